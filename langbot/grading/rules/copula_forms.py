"""Where ser and estar stand in a sentence and how they are written: the readings the
copula rules (copula.py) and the constructions that replace a copula share."""

from typing import NamedTuple
from weakref import WeakKeyDictionary

from langbot.grading.analysis import Analysis
from langbot.grading.rules.base import Context
from langbot.grading.rules.common import (
    folded_adverbs,
    noun_after_article,
    skip_adverbs,
)
from langbot.grading.rules.name_spans import name_like
from langbot.grading.tokens import BOUNDARY
from langbot.grading.verbs import PERSONS


class Copula(NamedTuple):
    """A form of ser or estar: its verb, tense (pres or impf, the imperfect) and person."""

    lemma: str
    form: str
    person: str


def capital_at(a: Analysis, i: int) -> bool:
    """Token i exists and the learner wrote it with a capital (a name, or a sentence's start)."""
    return 0 <= i < len(a) and a.original(i)[:1].isupper()


_FOUND: "WeakKeyDictionary[Analysis, tuple[tuple[int, Copula], ...]]" = WeakKeyDictionary()


def copulas(ctx: Context) -> tuple[tuple[int, Copula], ...]:
    """Every form of ser or estar in the sentence with its place (see copula_at), read once
    a sentence for every rule that asks."""
    found = _FOUND.get(ctx.analysis)
    if found is None:
        found = tuple((k, c) for k in range(len(ctx.analysis)) if (c := copula_at(ctx, k)))
        _FOUND[ctx.analysis] = found
    return found


def copulas_of(ctx: Context, which: int):
    """The forms of one copula (0: ser, 1: estar, as the family's words list them)."""
    lemma = ctx.words["copulas"][which]
    return ((i, c) for i, c in copulas(ctx) if c.lemma == lemma)


def copula_at(ctx: Context, i: int) -> Copula | None:
    """Ser or estar at i, in the present or imperfect with a person, or the infinitive
    (person ""); not «esta» the demonstrative."""
    a = ctx.analysis
    copulas = ctx.words["copulas"]
    if not any(f.lemma in copulas for f in a.readings[i]):
        return None
    noun_next = a.of(i + 1, "NOUN") and not a.of(i + 1, "ADJ") and not a.of(i + 1, "DET")
    if a.of(i, "DET") and not a.accented(i):
        if noun_next or (a.of(i + 1, "ADJ") and a.of(i + 2, "NOUN")):
            return None
    if noun_after_article(a, i):
        return None  # «es una era en la vida»: the noun era
    for f in a.of(i, "VERB"):
        if f.lemma in ctx.words["copulas"] and f.person and f.form in ("pres", "impf"):
            return Copula(f.lemma, f.form, f.person)
        if f.lemma in ctx.words["copulas"] and f.form == "inf":
            return Copula(f.lemma, f.form, "")
    return None


def copula_form(ctx: Context, lemma: str, form: str, person: str) -> str | None:
    """The form of ser, estar or another verb for a tense and person, accents kept."""
    if form == "inf":
        return lemma
    if form in ("impf", "past"):
        table = ctx.spelled.get(f"{lemma}_{'imperfect' if form == 'impf' else 'preterite'}")
        return table[PERSONS.index(person)] if table else None
    return ctx.kb.verbs.present(lemma).get(person)


def other_copula(ctx: Context, c: Copula) -> str | None:
    """The same tense and person of the other copula (estar for ser, ser for estar)."""
    ser, estar = ctx.words["copulas"]
    return copula_form(ctx, estar if c.lemma == ser else ser, c.form, c.person)


def a_person(ctx: Context, i: int, person: str) -> bool:
    """The subject of the verb at i is surely a person: by its person, or a pronoun before it."""
    if person in ctx.words["personal_subjects"]:
        return True
    a = ctx.analysis
    k = i - 1
    while k >= 0 and a.at(k) in folded_adverbs(ctx.kb):
        k -= 1
    pronoun = any(f.person == person for f in a.of(k, "PRON"))
    if pronoun and (a.accented(k) or not a.of(k, "DET")):  # él, not the article
        return True
    people = set(ctx.words["people_classes"])
    number = person[1:]
    k = of_head(ctx, k)  # «mi compañera de piso está…»: the compañera
    if any(f.classes & people and f.number == number for f in a.of(k, "NOUN")):
        return a.only(k, "NOUN")  # «mis padres son…», «mi madre es…»
    named = capital_at(a, k) and k > 0 and not a.readings[k]
    return named and number == "s"  # «Melania Trump es…»


def of_head(ctx: Context, k: int) -> int:
    """The noun a «de» phrase ending at k hangs on («compañera de piso», «el hermano de mi
    amigo»: the first noun), or k itself."""
    a = ctx.analysis
    if a.at(k - 1) == ctx.words["contracted"][0]:  # «el dueño del bar»
        m = k - 1
    else:
        m = k - 1 - bool(a.of(k - 1, "DET"))
        if a.at(m) not in ctx.words["of"]:
            return k
    if a.of(k, "NOUN") and a.of(m - 1, "NOUN") and a.of(m - 2, "DET"):  # casa: a verb too
        return m - 1
    return k


def adjective_at(a: Analysis, j: int) -> tuple:
    """Token j's adjective readings when it is only an adjective (or a participle: cansado)."""
    adjectives = a.of(j, "ADJ")
    others = [f for f in a.readings[j] if f.pos != "ADJ" and f.form != "part"] if adjectives else 1
    return () if others else adjectives


def predicate_adjectives(ctx: Context, j: int, after_estar: bool = False) -> list[tuple]:
    """The adjectives said of the subject from token j on, joined by commas and «y» («fuerte y
    alto», «muy divertida y simpática»), each as its readings; [] when j is no adjective. After
    a degree word («muy cómico»), or after estar, which takes no bare noun, a word that is also
    a noun or a verb form («cómico», «baja») is the adjective."""
    a = ctx.analysis
    found: list[tuple] = []
    while j < len(a):
        adjectives = adjective_at(a, j) or (a.of(j, "ADJ") if _lenient(ctx, j, after_estar) else ())
        if not adjectives:
            return found
        found.append(adjectives)
        k = j + 1
        if a.at(k) not in ctx.words["and_or_comma"]:
            return found
        j = skip_degree(ctx, k + 1 + (a.at(k + 1) in ctx.words["and_or_comma"]))
    return found


def _lenient(ctx: Context, j: int, after_estar: bool) -> bool:
    """An adjective at j that is also a noun or a verb form is the adjective here: after estar
    or a degree word, and not a preposition before its noun («está bajo la mesa»)."""
    a = ctx.analysis
    if not a.of(j, "ADJ"):
        return False
    if not (after_estar or a.at(j - 1) in ctx.words["degree_before_predicate"] or _not_after(a, j)):
        return False
    others = {f.pos for f in a.readings[j]} - {"ADJ", "NOUN", "VERB"}
    alone = a.at(j + 1) in ctx.words["and_or_comma"] or not a.at(j + 1).isalnum()
    return alone or not others and not a.of(j + 1, "DET")


def _not_after(a: Analysis, j: int) -> bool:
    """Token j's verb readings are all finite, right after a finite verb: no finite verb
    follows the copula, so «es enferma» is no «es» + «(ella) enferma»."""
    verbs = a.of(j, "VERB")
    before = [f.person for f in a.of(j - 1, "VERB")]
    finite = bool(before) and all(before)
    return finite and bool(verbs) and all(f.form not in ("inf", "ger", "part") for f in verbs)


def skip_degree(ctx: Context, j: int) -> int:
    """The first token from j past adverbs and «un poco» («está un poquito egoísta»)."""
    a = ctx.analysis
    while True:
        j = skip_adverbs(a, ctx.kb, j)
        if f"{a.at(j)} {a.at(j + 1)}" not in ctx.words["a_little"]:
            return j
        j += 2


def clause_of(a: Analysis, i: int) -> tuple[int, int]:
    """The clause (token range) token i stands in."""
    return next(((s, e) for s, e in a.clauses if s <= i < e), (i, i + 1))


def doing_subject(ctx: Context, i: int, person: str) -> bool:
    """The subject of the verb at i can be doing something: a person (a_person), a name that
    opens the clause («Tom es silbando»), or none before the verb in its clause («Es
    nevando»); not a thing named before it («mi hobby es leyendo»: the infinitive)."""
    if a_person(ctx, i, person):
        return True
    a = ctx.analysis
    k = i - 1
    while k >= 0 and (a.only(k, "ADV") or a.of(k, "CLITIC")):
        k -= 1
    if k < 0 or a.at(k) == BOUNDARY:  # not a cleft: «es trabajando como se aprende»
        return not any(a.at(m) in ctx.words["cleft"] for m in range(i, len(a)))
    if a.of(i - 1, "CLITIC") and not a.of(i - 1, "DET"):
        return True  # «se es muriendo»: a pronoun goes with a verb of doing
    if a.of(k, "PRON") and (not a.of(k, "DET") or a.accented(k)):
        return True  # «nadie es hablando», «él todavía es trabajando»
    if a.accented(k) and a.of(k, "CONJ"):
        return True  # «¿qué es comiendo?»: asking what someone is doing
    doing = set(ctx.words["doing_classes"])
    if any(f.classes & doing for f in a.of(k, "NOUN")) and not a.of(k, "ADJ"):
        return True  # «el perro es corriendo»
    return name_like(a, k) and (k == 0 or a.at(k - 1) == BOUNDARY) and person[1:] == "s"


def subject_before(ctx: Context, i: int) -> bool:
    """A subject stands right before the verb at i: a noun (with its determiner, not after a
    preposition: «en la mesa está…»), a subject pronoun or a name."""
    a = ctx.analysis
    if a.original(i - 1) == BOUNDARY and (start := _apposition_start(a, i - 1)) is not None:
        return subject_before(ctx, start)  # «la madre de Kylie, Kris, estuvo…»
    named = capital_at(a, i - 1) and i > 1 and not a.readings[i - 1]
    pronoun = any(f.person for f in a.of(i - 1, "PRON"))
    pronoun = pronoun and (not a.of(i - 1, "DET") or a.accented(i - 1))  # él, not el
    if not a.only(i - 1, "NOUN"):
        return bool(pronoun or named)
    if a.at(i - 2) in ctx.words["interrogative"]:
        return False  # «¿en qué página está Tom?»: what is asked about
    k = i - 2 if a.of(i - 2, "DET") else i - 1
    return not a.of(k - 1, "ADP")


def _apposition_start(a: Analysis, comma: int) -> int | None:
    """The comma that opens a name between commas ending at `comma` («…, Kris,»), when two
    words or more stand before it; else None."""
    start = comma - 1
    while start > 0 and name_like(a, start):
        start -= 1
    if start == comma - 1 or a.original(start) != BOUNDARY or start < 2:
        return None  # not «Ana, Kris, está…»: a name called, alone before it
    return start


def who_after(ctx: Context, j: int) -> bool:
    """Who or what the subject is stands at j: «mi serie favorita», «Alex Rodríguez», «la
    novia de Bruce» (a definite person: someone's role)."""
    a = ctx.analysis
    if a.at(j) in ctx.words["possessive"]:
        return a.noun_phrase(j) is not None
    np = a.noun_phrase(j) if a.at(j) in ctx.words["definite"] else None
    if np is None and a.at(j) in ctx.words["indefinite"]:  # «él está un hombre cruel»
        np = a.noun_phrase(j)
    if np is not None:
        return bool(np.noun.classes & people(ctx)) and a.only(np.end - 1, "NOUN")
    return capital_at(a, j) and not a.readings[j]


def people(ctx: Context) -> set[str]:
    """The noun classes that name who someone is: people and jobs."""
    return set(ctx.words["people_classes"]) | {"job"}


def thing_colour(ctx: Context, i: int, j: int) -> bool:
    """«Mi sofá está azul»: a made thing (a noun of `made_things` with its determiner, not
    after a preposition) before estar at i, and only colours after it at j: its colour is
    what it is like, with ser (not «el cielo está gris», nor «hoy»: it was painted)."""
    a = ctx.analysis
    said = predicate_adjectives(ctx, j, True)
    colours = set(ctx.words["colour_classes"])
    if not said or not all(f.classes & colours for adjectives in said for f in adjectives):
        return False
    k = i - 1 - (a.only(i - 1, "ADJ") and bool(a.of(i - 2, "NOUN")))  # «mi sofá nuevo»
    made = set(ctx.words["made_things"])
    if not a.of(k - 1, "DET") or a.of(k - 2, "ADP"):
        return False
    if not any(f.classes & made for f in a.of(k, "NOUN")):
        return False
    return not any(a.at(n) in ctx.words["now"] for n in range(*clause_of(a, i)))
