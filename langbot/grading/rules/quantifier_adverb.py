"""More of the agreement family (rules/agreement.py lists it): a quantifier that says how
much of an adjective after a copula keeps the adverb's one form («es mucho más alta», «era
demasiado joven»), not the adjective's gender and number («mucha más alta»)."""

from langbot.grading.rules.base import Context, Hit


def quantifier_as_adverb(ctx: Context):
    """«Es mucha más alta», «eran bastantes difíciles»: after ser, estar or parecer, a form of
    mucho (before «más» or «mejor»), poco, demasiado or bastante not in the one form, before
    an adjective that ends its phrase."""
    a = ctx.analysis
    for i in range(1, len(a) - 1):
        quantity = [f for f in a.of(i, "ADJ") if f.lemma in ctx.words["degree_quantifiers"]]
        if not quantity or a.at(i) == quantity[0].lemma:
            continue
        if not any(f.lemma in ctx.words["predicate_verbs"] for f in a.of(i - 1, "VERB")):
            continue  # «tengo pocas buenas ideas»: after other verbs it may count a noun
        j = i + 1 + (a.at(i + 1) in ctx.words["more_or_less"])
        much = quantity[0].lemma == ctx.words["degree_quantifiers"][0]
        if much and j == i + 1 and a.at(j) not in ctx.words["comparative_forms"]:
            continue  # «es mucha grande»: much_before_adjective says «muy»
        if _adjective_alone(ctx, j, quantity[0].number):
            yield Hit(i, i + 1, quantity[0].lemma)


def _adjective_alone(ctx: Context, j: int, number: str | None) -> bool:
    """An adjective at j that ends its phrase: no noun, adjective or article after it; after
    a plural, none that may name people or things («son muchos jóvenes», «eran pocos
    mexicanos»: many young people, few Mexicans)."""
    a = ctx.analysis
    adjectives = a.of(j, "ADJ")
    if not adjectives or a.original(j)[:1].isupper():
        return False
    people = set(ctx.words["people_adjective_classes"])
    if number == "p" and (a.of(j, "NOUN") or any(f.classes & people for f in adjectives)):
        return False
    if any(a.of(j, pos) for pos in ("DET", "PRON", "ADP")):
        return False
    return not any(a.of(j + 1, pos) for pos in ("NOUN", "ADJ", "DET"))
