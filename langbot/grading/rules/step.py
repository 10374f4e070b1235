"""The verb's person against the step: a verb of the step's model answer written in another
singular person with no subject before it («me llamas Ana» where the step asks «me llamo»)."""

from dataclasses import replace
from typing import NamedTuple

from langbot.grading.analysis import Analysis
from langbot.grading.openers import opening_words
from langbot.grading.past_forms import past_form
from langbot.grading.reader import PERSON_NAMES
from langbot.grading.rules.asked_back import asked_around
from langbot.grading.rules.base import Context, Hit, folded
from langbot.grading.rules.hedges import opens_after_hedge
from langbot.grading.rules.past_fix import past_tables
from langbot.grading.rules.step_adjective import FINDERS as ADJECTIVE_FINDERS
from langbot.grading.rules.step_chains import FINDERS as CHAIN_FINDERS
from langbot.grading.rules.step_chains import chain_persons
from langbot.grading.rules.step_joined import FINDERS as JOINED_FINDERS
from langbot.grading.rules.step_named import named_before_adjective
from langbot.grading.rules.step_number import plural_for_one
from langbot.grading.rules.step_seeming import FINDERS as SEEMING_FINDERS
from langbot.grading.rules.step_tense import FINDERS as TENSE_FINDERS
from langbot.grading.rules.step_where import FINDERS as WHERE_FINDERS
from langbot.grading.tokens import BOUNDARY

_SINGULAR = frozenset({"1s", "2s", "3s"})
_TENSES = ("pres", "past", "impf")  # present, preterite, imperfect: a person of each
_THIRD = frozenset({"3s", "3p"})  # «es bonito», «son las ocho»: of no one
_WE, _OTHERS_PLURAL = "1p", frozenset({"2p", "3p"})  # who speaks for a group, who does not


class Slip(NamedTuple):
    """A verb of the step in another person: its infinitive, the persons the learner's form
    can be, and the person the step's model answer gives it."""

    verb: str
    persons: frozenset[str]
    want: str
    form: str = "pres"


def _has_subject(a: Analysis, i: int) -> bool:
    """A subject pronoun, a determiner (not an object pronoun), or a noun after its
    determiner with a third-person verb, stands before token i or its object pronouns («tú
    llamas», «mi trabajo», «y mi hermano tiene veinte», «mi hermana la pasó»; not «mi familia
    vivo», nor a phrase a preposition opens the clause with: «por la mañana trabaja»)."""
    third = any(f.person in ("3s", "3p") for f in a.of(i, "VERB"))
    j = i
    while j > 0 and a.of(j - 1, "CLITIC") and not a.of(j - 1, "NOUN"):
        j -= 1
    opening = j == 3 or (j > 3 and a.at(j - 4) == BOUNDARY)
    noun = third and a.of(j - 1, "NOUN") and a.of(j - 2, "DET")
    noun = noun and not (opening and a.of(j - 3, "ADP"))
    determiner = a.of(i - 1, "DET") and not a.of(i - 1, "CLITIC")  # «los devuelves»: an object
    return bool(determiner or noun) or any(f.person for f in a.of(i - 1, "PRON"))


def _a_noun_here(ctx: Context, i: int) -> bool:
    """Token i reads as the noun it also is: no reflexive pronoun before it, and not a verb
    at the head of its clause with a preposition, a bare noun or a determiner after it («cena
    a las ocho», «compra ropa dos veces», «hablas un poco»: no noun takes a bare noun after
    it, nor a noun with no article a determiner), the clause after a hedge too («creo que
    cena a las nueve»)."""
    a = ctx.analysis
    if not a.of(i, "NOUN") or a.at(i - 1) in ctx.kb.reflexive:
        return False
    heads = i == 0 or a.at(i - 1) == BOUNDARY or after_hedge(ctx, i)
    bare = a.only(i + 1, "NOUN") and not a.original(i + 1)[:1].isupper()
    return not (heads and (a.of(i + 1, "ADP") or a.of(i + 1, "DET") or bare))


def _wanted(ctx: Context, lemma: str) -> str | None:
    """The person the step gives a verb; a verb of liking the step has not, the person of one
    it has («¿le gustan?» «sí, me encantan»: the thing liked is the same)."""
    if lemma in ctx.persons:
        return ctx.persons[lemma]
    liking = ctx.kb.words.liking_verbs
    if lemma not in liking:
        return None
    return next((p for verb, p in ctx.persons.items() if verb in liking), None)


def _persons_by_verb(ctx: Context, i: int) -> dict[str, set[str]]:
    """The step's verbs that token i is a present or past form of, with the persons it can
    be; a reflexive verb's first when a reflexive pronoun stands before it («me llamas»)."""
    found: dict[str, set[str]] = {}
    for f in ctx.analysis.of(i, "VERB"):
        if f.form in _TENSES and f.person and _wanted(ctx, f.lemma):
            found.setdefault(f.lemma, set()).add(f.person)
    if ctx.analysis.at(i - 1) in ctx.kb.reflexive:
        found = dict(sorted(found.items(), key=lambda kv: not ctx.kb.verbs.is_reflexive(kv[0])))
    return found


def after_hedge(ctx: Context, i: int) -> bool:
    """Token i opens the clause after a hedge that opens the answer («pues creo que…»)."""
    return opens_after_hedge(ctx, i, opening_words("answer_openers"))


def _names_a_thing(ctx: Context, i: int) -> bool:
    """A noun, a determiner or an infinitive follows the verb at i in its clause (degree
    words aside: «me duelen un poco»)."""
    a = ctx.analysis
    degree = {part for phrase in ctx.kb.adverbs_between for part in phrase.split()}
    for k in range(i + 1, len(a)):
        if a.at(k) == BOUNDARY:
            return False
        if a.at(k) in degree:
            continue
        if a.of(k, "NOUN") or a.of(k, "DET") or any(f.form == "inf" for f in a.of(k, "VERB")):
            return True
    return False


def slip_at(ctx: Context, i: int, impersonal: tuple[str, ...] = ()) -> Slip | None:
    """The step's verb at token i in another singular person than the step gives it, with
    no subject before it; None when there is none, in a question, where the form reads as a
    noun, or for the third person of an impersonal verb («es bonito»)."""
    a = ctx.analysis
    if not ctx.persons or _has_subject(a, i) or asked_around(a, i):
        return None  # a subject is the subject rules' business; «¿y tú, cómo te llamas?»
    if _handing_over(ctx, i) or _subject_after(ctx, i) or _maybe(ctx, i) or _of_noun(ctx, i):
        return None
    if _unsure(ctx, i) or _being_before(ctx, i):
        return None
    for lemma, persons in _persons_by_verb(ctx, i).items():
        want = _wanted(ctx, lemma)
        gustar = ctx.kb.verbs.is_like_gustar(lemma)  # its person is the question's thing's
        mine = want == "1s" and not a.of(i - 1, "CLITIC")  # «pagan»; not «me vienen bien»
        others = (want == _WE or mine) and persons & _OTHERS_PLURAL  # «quedáis…»
        plural = plural_for_one(ctx, i, want, persons)  # «están» for the model's «está»
        if want in persons or not (persons & _SINGULAR or gustar or others or plural):
            continue
        if want == "1p" and "1s" in persons:
            continue  # «¿qué necesitamos?» «necesito huevos»: the speaker says it alone
        if gustar and _names_a_thing(ctx, i):
            continue  # «me duele la cabeza»: agreement with it is the gustar rules' business
        if gustar and lemma not in ctx.past_verbs and _only_past(a, i, lemma):
            continue  # «¿le gustan los cuadros?» «no me gustó»: the whole visit, now over
        counted = want == _WE and bool(a.of(i + 1, "NUM"))  # «son cuatro» for «somos cuatro»
        if _a_noun_here(ctx, i) or (
            lemma in impersonal and (persons | {want}) & _THIRD and not counted
        ):
            continue  # the model's «es» speaks of a thing («mi equipo favorito es…»): «soy del…»
        forms = {f.form for f in a.of(i, "VERB") if f.lemma == lemma and f.person in persons}
        return Slip(lemma, frozenset(persons), want, min(forms, key=_TENSES.index))
    return None


def _only_past(a: Analysis, i: int, lemma: str) -> bool:
    """Token i reads only as a preterite of the verb («gustó»)."""
    return {f.form for f in a.of(i, "VERB") if f.lemma == lemma} == {"past"}


def _handing_over(ctx: Context, i: int) -> bool:
    """The verb at i closes its clause after a presentative: «aquí tiene», «aquí la tiene»,
    said to the listener while handing something over, not of the step's subject."""
    a = ctx.analysis
    presentatives = folded(ctx.words.get("presentatives", ()))
    k = i - 2 if a.of(i - 1, "CLITIC") else i - 1
    return a.at(k) in presentatives and (i + 1 >= len(a) or a.at(i + 1) == BOUNDARY)


def _maybe(ctx: Context, i: int) -> bool:
    """The verb at i opens a phrase that says «maybe» («si puede ser», «puede que»): of no one."""
    a = ctx.analysis
    return f"{a.at(i)} {a.at(i + 1)}" in opening_words("maybe_phrases")


def _of_noun(ctx: Context, i: int) -> bool:
    """A third-person verb at i in a relative clause right after a noun, not the
    answerer's: «el lunes que viene», «la semana que viene»."""
    a = ctx.analysis
    third = any(f.person in ("3s", "3p") for f in a.of(i, "VERB"))
    relatives = folded(ctx.words.get("relatives", ()))
    return third and a.at(i - 1) in relatives and bool(a.of(i - 2, "NOUN"))


def _being_before(ctx: Context, i: int) -> bool:
    """A third-person verb at i after a being the answer has named («tengo una hermana.
    Tiene diez años.», «tengo un perro y come mucho»): of that one, not of the answerer."""
    a, beings = ctx.analysis, set(ctx.words.get("being_classes", ()))
    if not any(f.person in _THIRD for f in a.of(i, "VERB")):
        return False
    return any(
        a.of(k - 1, "DET") and any(f.classes & beings for f in a.of(k, "NOUN")) for k in range(i)
    )


def _unsure(ctx: Context, i: int) -> bool:
    """The verb at i says how sure the speaker is («no estoy seguro, creo que…»): of the
    speaker, whoever the step asks about (`certainty_words`)."""
    return ctx.analysis.at(i + 1) in folded(ctx.words.get("certainty_words", ()))


def _subject_after(ctx: Context, i: int) -> bool:
    """A third person verb at i with a person or a name after it, who does it: «viene mi
    hermana», «paga Pablo» (not «paga la cuenta», «tiene una hermana»)."""
    a = ctx.analysis
    third = any(f.person in _THIRD for f in a.of(i, "VERB"))
    if not third or a.at(i + 1) in ctx.words["someone_unnamed"]:
        return False
    k = i + 1
    while a.of(k, "DET"):
        k += 1
    people = set(ctx.words["subject_classes"])
    named = k < len(a) and not a.readings[k] and a.original(k)[:1].isupper()
    return named or any(f.classes & people for f in a.of(k, "NOUN"))


def _pronoun_for(ctx: Context, person: str) -> str | None:
    """The reflexive pronoun of a person (me for 1s), from the grammar lists."""
    return next((p for p, people in ctx.kb.reflexive.items() if person in people), None)


def _step_person(ctx: Context):
    a, chained = ctx.analysis, chain_persons(ctx)  # «va a pagar»: ir, the speaker's too
    ctx = replace(ctx, persons={**chained, **ctx.persons}, memo={}) if chained else ctx
    for i in range(len(a) if ctx.persons else 0):
        slip = slip_at(ctx, i, ctx.words["impersonal_ser"])
        if slip is None:
            continue
        fix = _fix(ctx, slip, a.original(i))
        said = {
            "verb": slip.verb,
            "written": a.original(i),
            "person": PERSON_NAMES[sorted(slip.persons)[0]],
            "want": PERSON_NAMES[slip.want],
        }
        pronoun = _pronoun_for(ctx, slip.want)
        if a.at(i - 1) in ctx.kb.reflexive and ctx.kb.verbs.is_reflexive(slip.verb) and pronoun:
            yield Hit(i - 1, i + 1, f"{pronoun} {fix}" if fix else None, said)  # «me llama»
        else:
            yield Hit(i, i + 1, fix, said)
        return


def _fix(ctx: Context, slip: Slip, written: str) -> str | None:
    """The slip's verb in the person wanted, in the tense the learner wrote it in."""
    if slip.form == "pres":
        return ctx.kb.verbs.present(slip.verb).get(slip.want)
    return past_form(slip.verb, slip.form, written, slip.want, past_tables(ctx.words, slip.form))


def _step_infinitive(ctx: Context):
    """«Pagar con tarjeta.» where the step's model answer says «pago»: an answer opened by
    the infinitive of a verb the model answer conjugates, with no conjugated verb at all;
    not where the model answer writes that infinitive too («voy a ir»: «ir a la playa»)."""
    a = ctx.analysis
    if not ctx.persons or "?" in a.tokens.original:
        return
    i = 0
    while i < len(a) and (a.at(i) == BOUNDARY or a.at(i) in opening_words("answer_openers")):
        i += 1
    lemmas = {f.lemma for f in a.of(i, "VERB") if f.form == "inf"}
    if len(lemmas) != 1 or not a.only(i, "VERB") or a.at(i) in ctx.infinitives:
        return
    lemma = lemmas.pop()
    if lemma not in ctx.persons or any(_finite(a, k) for k in range(i, len(a))):  # «mira, …»
        return
    fix = ctx.kb.verbs.present(lemma).get(ctx.persons[lemma])
    if fix:
        yield Hit(i, i + 1, fix, {"want": PERSON_NAMES[ctx.persons[lemma]]})


def _finite(a: Analysis, k: int) -> bool:
    """Token k may be a conjugated verb."""
    return any(f.person and f.form != "inf" for f in a.of(k, "VERB"))


FINDERS = {
    "step_verb_person": _step_person,
    "step_infinitive": _step_infinitive,
    "named_before_adjective": named_before_adjective,
    **CHAIN_FINDERS,
    **TENSE_FINDERS,
    **ADJECTIVE_FINDERS,
    **JOINED_FINDERS,
    **WHERE_FINDERS,
    **SEEMING_FINDERS,
}
