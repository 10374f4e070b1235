"""«¿Cuánto cuestan el kilo?»: after «cuánto» asking a price, what costs is the noun phrase
after the verb, and the verb agrees with it («cuánto cuesta el kilo», «cuánto valen las
fresas»), with no «de» before it («¿cuánto cuesta de la camiseta?»). The price said after
the verb is rules/bare_amount.py's. Part of the agreement family (rules/agreement.py lists them)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.postposed_subject import article_noun
from langbot.grading.tokens import BOUNDARY


def price_subject(ctx: Context):
    """Finder: asking «cuánto», a present verb of price in the third person, then a noun
    phrase with a determiner in the other number: the verb in the noun's number."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.at(i) not in ctx.words["how_much"]:
            continue
        if not (a.accented(i) or a.at(i - 1) == BOUNDARY) or a.of(i - 1, "ADP"):
            continue
        verbs = [f for f in a.of(i + 1, "VERB") if f.lemma in ctx.words["price_verbs"]]
        if not verbs or len({f.lemma for f in verbs}) != 1:
            continue
        persons = {f.person for f in verbs if f.form == "pres"}
        if _plural_for_whole(ctx, i + 1, persons):
            form = ctx.kb.verbs.present(verbs[0].lemma).get("3s")
            yield Hit(i + 1, i + 2, form, {"noun": a.original(i + 2)})
            continue
        np = a.noun_phrase(i + 2) or article_noun(a, i + 2)
        if np is None or np.det is None or not np.noun.number or len(persons) != 1:
            continue
        if a.original(np.end - 1)[:1].isupper():
            continue  # a name
        person = persons.pop()
        if person not in ("3s", "3p") or person[1] == np.noun.number:
            continue
        form = ctx.kb.verbs.present(verbs[0].lemma).get("3" + np.noun.number)
        if form and form != a.at(i + 1):
            yield Hit(i + 1, i + 2, form, {"noun": a.original(np.end - 1)})


def _plural_for_whole(ctx: Context, v: int, persons: set[str]) -> bool:
    """«¿Cuánto cuestan todo?»: a plural verb of price whose subject, ending the clause, is
    a pronoun for one whole."""
    a = ctx.analysis
    if persons != {"3p"} or a.at(v + 1) not in ctx.words["singular_wholes"]:
        return False
    return v + 2 >= len(a) or not a.at(v + 2).isalnum()


def price_with_of(ctx: Context):
    """Finder: asking «cuánto», a verb of price, then «de» and a determiner: what costs is
    the subject, with no preposition («¿cuánto cuesta la camiseta?»)."""
    a = ctx.analysis
    for i in range(len(a) - 3):
        if a.at(i) not in ctx.words["how_much"] or a.of(i - 1, "ADP"):
            continue
        if not (a.accented(i) or a.at(i - 1) == BOUNDARY):
            continue
        if not any(f.lemma in ctx.words["price_verbs"] and f.person for f in a.of(i + 1, "VERB")):
            continue
        np = a.noun_phrase(i + 3) or article_noun(a, i + 3)
        if a.at(i + 2) in ctx.words["of"] and a.of(i + 3, "DET") and np is not None:
            yield Hit(i + 2, i + 4, a.original(i + 3))
