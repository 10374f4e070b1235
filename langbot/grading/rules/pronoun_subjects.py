"""Subject pronouns and the verb after them («Yo vive», «Yo trabajar»), and irregular
verbs conjugated as regular («empezo», «quero»): part of the verbs family (rules/verbs.py)."""

from weakref import WeakKeyDictionary

from langbot.grading.analysis import Analysis
from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import (
    chained_infinitive,
    only_infinitive,
    other_tense,
    past_alternative,
    past_told,
)
from langbot.grading.rules.present_forms import form_for
from langbot.grading.tokens import BOUNDARY
from langbot.text import accented_spellings, fold

_SUBJECTS: "WeakKeyDictionary[Analysis, tuple[tuple[int, str, int], ...]]" = WeakKeyDictionary()


def pronoun_subjects(ctx: Context) -> tuple[tuple[int, str, int], ...]:
    """Each subject pronoun standing alone as a clause's subject: (index, person, index of
    its verb past adverbs and clitic pronouns), read once a sentence."""
    found = _SUBJECTS.get(ctx.analysis)
    if found is None:
        found = _SUBJECTS[ctx.analysis] = tuple(_pronoun_subjects(ctx))
    return found


def _pronoun_subjects(ctx: Context):
    a = ctx.analysis
    coordinators, all_ = ctx.words["coordinators"], ctx.words["before_subject"]
    for i in range(len(a)):
        pronouns = [f for f in a.of(i, "PRON") if f.person]
        if not pronouns or (a.of(i, "DET") and not a.accented(i)):
            continue  # «el», «tu» without their accent are determiners
        before = i - 1 - (i > 0 and any(f.lemma in all_ for f in a.readings[i - 1]))
        # after a conjugated verb «y» starts a new clause: «pasó y ella se puso»
        clause = a.only(i - 2, "VERB") and any(f.person for f in a.of(i - 2, "VERB"))
        joined = a.at(i - 1) in coordinators and not clause
        joined = joined and not _after_clause(ctx, i - 1)  # «llevo agua y tú llevas zumo»
        if a.of(before, "ADP") or joined or a.at(i + 1) in coordinators:
            continue  # «para ella», «de todas ellas», «mi amiga y yo»: not a lone subject
        if a.only(i - 1, "VERB") and any(f.person for f in a.of(i - 1, "VERB")):
            continue  # «¿Puede usted hacer…?»: the subject of the verb before it
        if _compared(ctx, i):
            continue  # «nadie más que tú puede», «tanto él como ella intentan»
        k = i + 1
        while a.only(k, "ADV") or (a.of(k, "CLITIC") and _verb_after_clitics(a, k)):
            k += 1
        yield i, pronouns[0].person, k


def _after_clause(ctx: Context, y: int) -> bool:
    """The «y» at y ends a clause with its own finite verb, and the word before it is no
    person, name or pronoun that may share the subject after it («veo que Ana y tú…»)."""
    a = ctx.analysis
    before = y - 1 - (a.original(y - 1) == ",")  # «es mi autor favorito, y yo leí…»
    people = set(ctx.words["pair_people_classes"])
    if (
        before < 0
        or a.original(before)[:1].isupper()
        or a.of(before, "PRON")
        or not a.readings[before]
    ):
        return False
    if any(f.classes & people for f in a.of(before, "NOUN")):
        return False
    k = before - 1
    while k >= 0 and a.at(k) != BOUNDARY:
        if a.only(k, "VERB") and any(f.person for f in a.of(k, "VERB")):
            return True
        k -= 1
    return False


def _compared(ctx: Context, i: int) -> bool:
    """The pronoun at i is what another subject is compared with, not the verb's subject."""
    a = ctx.analysis
    before = (a.at(i - 1), f"{a.at(i - 2)} {a.at(i - 1)}")
    return any(words in ctx.words["compared_with"] for words in before)


def _verb_after_clitics(a: Analysis, k: int) -> bool:
    """Clitic pronouns from k on lead to a verb («se lo merecía»), or to a word the lexicon
    does not know («se resfría»): an unaccented «se» there is the pronoun, not «sé»."""
    m = k + 1
    while a.of(m, "CLITIC") and m < k + 3:
        m += 1
    if a.of(m, "VERB"):
        return True
    return m < len(a) and not a.readings[m] and not a.accented(k)


def a_verb_here(ctx: Context, k: int) -> tuple:
    """The verb readings at k when no reading makes it a little word instead."""
    a = ctx.analysis
    other = [pos for pos in ctx.spelled["not_a_verb"] if a.of(k, pos)]
    if other and (other != ["DET"] or a.of(k + 1, "NOUN") or a.only(k + 1, "ADJ")):
        return ()  # «tanto él como yo»; a determiner only before its noun («yo esta bien»)
    return a.of(k, "VERB")


def pronoun_subject_person(ctx: Context):
    a = ctx.analysis
    for i, person, k in pronoun_subjects(ctx):
        verbs = [f for f in a_verb_here(ctx, k) if f.person]
        if not verbs or any(f.person == person for f in verbs):
            continue
        if any(ctx.kb.verbs.is_like_gustar(f.lemma) for f in verbs):
            continue  # «yo gusto»: the gustar rules say what is wrong
        if not _listed_or_only_verb(ctx, k, verbs) or _bare_command(ctx, i, person, k):
            continue
        fixes = {form_for(ctx.kb, f.lemma, person) for f in verbs if f.form == "pres"}
        if len(fixes) != 1 or other_tense(a, ctx.kb, k):
            continue
        fix = fixes.pop()
        if fix and fold(fix) != a.at(k):
            past = past_alternative(a, k, person)
            if past and past_told(a, k):
                continue  # «Ella llego tarde y se fue»: «llegó», its accent dropped
            yield Hit(k, k + 1, fix, {"subject": a.original(i), "or_past": past})


def pronoun_subject_infinitive(ctx: Context):
    a = ctx.analysis
    for i, person, k in pronoun_subjects(ctx):
        verbs = a_verb_here(ctx, k)
        if not verbs or any(f.form != "inf" for f in verbs) or _after_verb(ctx, i, k, person):
            continue  # an object pronoun before it too: «Ella lo besar» (it goes after one)
        if not only_infinitive(a, k) and not chained_infinitive(a, k):
            continue  # also an adjective, or a noun of its own: only the infinitive's noun (el correr)
        fix = form_for(ctx.kb, verbs[0].lemma, person)
        if fix:
            yield Hit(k, k + 1, fix, {"subject": a.original(i)})


def _bare_command(ctx: Context, i: int, person: str, k: int) -> bool:
    """«Tú empieza.», «Tú maneja.»: a command with its «tú» said, the pronoun then the
    command form and nothing else in the clause; an order, right as it stands."""
    a = ctx.analysis
    command = any(f.form == "imp" for f in a.of(k, "VERB"))
    alone = k == i + 1 and a.at(k + 1) == BOUNDARY and (i == 0 or a.at(i - 1) == BOUNDARY)
    asked = ctx.spelled["short_marks"][0] in a.tokens.original  # «¿Tú empieza?»: a question
    return person in ctx.words["command_persons"] and command and alone and not asked


def _listed_or_only_verb(ctx: Context, k: int, verbs) -> bool:
    """The verb at k is in verbs.yaml, or nothing but a verb: a present form read from the
    lexicon alone is not trusted on a word that is also an adjective or adverb («ciego»)."""
    return all(f.lemma in ctx.kb.verbs.entries for f in verbs) or ctx.analysis.only(k, "VERB")


def _after_verb(ctx: Context, i: int, k: int, person: str) -> bool:
    """The pronoun at i follows a finite verb («¿Necesitamos nosotros archivar…?»: its
    subject, after it), or a pronoun before k is also a verb form of its person («Yo se
    usar»: sé)."""
    a = ctx.analysis
    inverted = any(f.person for f in a.of(i - 1, "VERB"))
    verb = a.of(k - 1, "CLITIC") and any(f.person == person for f in a.of(k - 1, "VERB"))
    return inverted or bool(verb)


def _said_by(ctx: Context, i: int, person: str) -> bool:
    """A subject pronoun of this person stands before token i (past adverbs and clitics)."""
    return any(k == i and p == person for _, p, k in pronoun_subjects(ctx))


def _common_verb(written: str) -> bool:
    """The form, as written, is a verb form in the frequency list (not only by its accent)."""
    readings = lexicon().readings(written)
    return any(r.upos in ("VERB", "AUX") for r in readings) and lexicon().rank(written) > 0


def _third_person_before(ctx: Context, i: int) -> bool:
    """A noun, a name or a third-person pronoun stands before token i."""
    a = ctx.analysis
    k = i - 1
    while a.only(k, "ADV") or a.of(k, "CLITIC"):
        k -= 1
    if k < 0 or a.at(k) == BOUNDARY:
        return False
    named = k > 0 and a.original(k)[:1].isupper() and not a.readings[k]
    third = any((f.person or "")[:1] == "3" for f in a.of(k, "PRON"))
    return bool(a.of(k, "NOUN")) or named or third


def regularised(ctx: Context):
    a = ctx.analysis
    for i in range(len(a)):
        hit = ctx.kb.regularised.get(a.at(i))
        if hit is None or a.accented(i) or a.of(i, "ADJ"):
            continue
        inf, person, real = hit
        stepped = ctx.persons.get(inf) == person  # the step's answer says «vuelvo»: «volvo»
        if _common_verb(a.original(i)) and not (_said_by(ctx, i, person) or stepped):
            continue  # «pode» is also a form of podar
        if a.of(i, "VERB") and person[0] != "3" and _third_person_before(ctx, i):
            continue  # «Ana empezo»: «empezó» without its accent
        if _preterite_by_accent(a.at(i), inf) and past_told(a, i) and not _said_by(ctx, i, person):
            continue  # «me encantaba… porque siempre jugo»: «jugó», the past being told
        accent = any(f.person for f in a.of(i, "VERB"))  # comenzó, senté, tenés unaccented
        if accent and not _said_by(ctx, i, person) and ctx.persons.get(inf) != person:
            continue  # «Frida comenzo»; at a step whose answer says «empiezo», «Empezo» is it
        verb_next = a.at(i + 1) in ctx.words["after_verb_not_noun"]
        # «volvo», a noun of no kind the vocabulary knows, is «vuelvo» at a step that says it
        known = any(f.classes for f in a.of(i, "NOUN"))
        if a.of(i, "NOUN") and not (_said_by(ctx, i, person) or verb_next or stepped and not known):
            continue  # «jugo» is also juice
        yield Hit(i, i + 1, real, {"verb": inf})


def _preterite_by_accent(word: str, inf: str) -> bool:
    """The folded word with one accent is a preterite of the verb («jugo»: «jugó»)."""
    return any(
        r.lemma == inf and r.tense == "Past" and r.mood == "Ind"
        for spelling in accented_spellings(word)
        for r in lexicon().readings(spelling)
    )


def pronoun_after_ser(ctx: Context):
    """«La única cosa que nos detiene son nosotros mismos»: ser before yo, tú, nosotros or
    vosotros that ends its clause agrees with that pronoun (somos nosotros, eres tú)."""
    a = ctx.analysis
    ser = ctx.words["copulas"][0]
    for i in range(len(a) - 1):
        if not any(f.lemma == ser for f in a.readings[i]) or not a.of(i + 1, "PRON"):
            continue
        verbs = [f for f in a.of(i, "VERB") if f.person]
        if not verbs or not a.only(i, "VERB") or any(f.lemma != ser for f in verbs):
            continue
        pronouns = [f.person for f in a.of(i + 1, "PRON") if f.person]
        if not pronouns or pronouns[0][0] == "3" or (a.of(i + 1, "DET") and not a.accented(i + 1)):
            continue  # «es él», «son ellos»; «tu» without its accent is «your»
        end = i + 2 + (a.at(i + 2) in ctx.words["self"])
        if a.at(end) != BOUNDARY and a.at(end) not in ctx.words["relative_subject"]:
            continue
        if any(f.person == pronouns[0] for f in verbs):
            continue
        fix = form_for(ctx.kb, ser, pronouns[0]) if any(f.form == "pres" for f in verbs) else None
        yield Hit(i, i + 1, fix, {"subject": a.original(i + 1)})
