"""«¿Cuánto cuestan el kilo?»: after «cuánto» asking a price, what costs is the noun phrase
after the verb, and the verb agrees with it («cuánto cuesta el kilo», «cuánto valen las
fresas»), with no «de» before it («¿cuánto cuesta de la camiseta?»); and the price said
after the verb takes no preposition («cuesta veinte euros», not «cuesta de veinte euros»).
Part of the agreement family (rules/agreement.py lists them)."""

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


def _amount(ctx: Context, k: int) -> bool:
    """Token k is a number: a numeral or digits."""
    a = ctx.analysis
    return a.at(k).isdigit() or bool(a.of(k, "NUM"))


def price_with_preposition(ctx: Context):
    """Finder: a finite verb of price (no determiner before it: «la cuesta de…» is a slope),
    then «de» or «en» and a number of money (or a number closing the clause): the price
    follows the verb bare; not a range («cuesta de diez a veinte euros»)."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.of(i - 1, "DET") or a.at(i + 1) not in ctx.words["price_prepositions"]:
            continue
        if not any(f.lemma in ctx.words["price_verbs"] and f.person for f in a.of(i, "VERB")):
            continue
        k = i + 2
        while _amount(ctx, k + 1) or a.at(k + 1) in ctx.words["within_numbers"]:
            k += 1  # «de veinticinco», «de cien mil»
        if not _amount(ctx, i + 2):
            continue
        if any(a.at(j) in ctx.words["range_links"] for j in range(k + 1, k + 4)):
            continue  # «de diez a veinte euros», «de diez euros o más»
        money = any(f.lemma in ctx.words["money_nouns"] for f in a.of(k + 1, "NOUN"))
        if not money and a.at(k + 1) != BOUNDARY:
            continue  # «vale de dos maneras», «me costó en 2019 mucho dinero»: no price
        yield Hit(i + 1, i + 3, a.original(i + 2))
