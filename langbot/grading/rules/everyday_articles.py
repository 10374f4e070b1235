"""Articles of everyday phrases: a job after «trabajar como/de» is bare («trabajo como
camarero», not «como un camarero»); «uno» before a noun agrees with it («una hora», not «uno
hora»); «ir a» + a bare meal («voy a desayuno»: voy a desayunar, or al desayuno). The
words are in data/rules/everyday.yaml."""

from langbot.grading.analysis import Analysis
from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def verb_of(a: Analysis, i: int, lemmas: tuple[str, ...]) -> bool:
    """Token i is a verb of these lemmas and no determiner or preposition before it makes it
    a noun («el trabajo de…», «animal de trabajo del campo»)."""
    if (a.of(i - 1, "DET") or a.of(i - 1, "ADP")) and a.of(i, "NOUN"):
        return False
    return any(f.lemma in lemmas for f in a.of(i, "VERB"))


def job_after_como_with_article(ctx: Context):
    """«Trabajo como un camarero», «trabaja de una profesora»: the job takes no article
    (natives never write it; «trabaja como un loco», a likeness, is no job; a job with an
    adjective first, «como un buen profesor», is left alone)."""
    a = ctx.analysis
    jobs = set(ctx.words["job_classes"])
    for i in range(len(a) - 3):
        if not verb_of(a, i, ctx.words["work_lemmas"]):
            continue
        k = _past_place(ctx, i + 1)
        if a.at(k) not in ctx.words["as_role"] or a.at(k + 1) not in ctx.words["one_indefinite"]:
            continue
        nouns = a.of(k + 2, "NOUN")
        if nouns and all(f.classes & jobs for f in nouns) and not a.of(k + 2, "ADJ"):
            yield Hit(k + 1, k + 3, a.original(k + 2))


def _past_place(ctx: Context, k: int) -> int:
    """Past «en» + a place at k («trabajo en un hotel como…»), or k itself."""
    a = ctx.analysis
    if a.at(k) not in ctx.words["in"]:
        return k
    phrase = a.noun_phrase(k + 1)
    if phrase is not None:
        return phrase.end
    return k + 2 if a.only(k + 1, "NOUN") else k


def one_before_noun(ctx: Context):
    """«Trabajo uno hora», «uno libros»: «uno» before a feminine or plural noun is «una»,
    «unos», «unas» (the masculine singular, «un», is the agreement rules')."""
    a = ctx.analysis
    forms = ctx.spelled["one_forms"]
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["one_number"] or a.at(i - 1) in ctx.words["one_not_after"]:
            continue
        if not a.only(i + 1, "NOUN"):
            continue
        marks = {(f.gender, f.number) for f in a.of(i + 1, "NOUN")}
        if len(marks) != 1:
            continue
        gender, number = next(iter(marks))
        slot = {("f", "s"): 0, ("m", "p"): 1, ("f", "p"): 2}.get((gender, number))
        if slot is not None:
            yield Hit(i, i + 1, forms[slot])


def go_to_meal(ctx: Context):
    """«Voy a desayuno», «vamos a cena con…»: after «ir a» a bare meal is its verb (or takes
    the article); a meal described after it («a comida rápida», «a comida de…») is left."""
    a = ctx.analysis
    meals = ctx.words["meal_nouns"]
    for i in range(len(a) - 2):
        if not any(f.lemma in ctx.words["go_lemma"] and f.person for f in a.of(i, "VERB")):
            continue
        if a.at(i + 1) not in ctx.words["to"] or a.at(i + 2) not in meals:
            continue
        k = i + 3
        follows = a.at(k)
        if k < len(a) and follows != BOUNDARY:
            if a.of(k, "ADJ") or a.of(k, "NOUN") or follows in ctx.words["of"]:
                continue
        yield Hit(i + 1, i + 3, ctx.spelled["meal_verbs"][meals.index(a.at(i + 2))])
