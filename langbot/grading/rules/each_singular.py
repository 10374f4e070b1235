"""«Cada días»: «cada» goes with one noun in the singular (cada día), unless a number
counts the noun (cada dos días). Part of the agreement family (rules/agreement.py)."""

from langbot.grading.rules.base import Context, Hit


def each_singular(ctx: Context):
    """Finder: «cada» right before a plural noun that is nothing else."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["each"] or not a.only(i + 1, "NOUN"):
            continue
        nouns = a.of(i + 1, "NOUN")
        if a.original(i + 1)[:1].isupper() or any(f.number != "p" for f in nouns):
            continue
        if a.at(i + 1) in ctx.words["plural_only"]:
            continue  # «cada vacaciones»: a noun said in the plural only
        lemmas = {f.lemma for f in nouns}
        if len(lemmas) == 1:
            yield Hit(i + 1, i + 2, lemmas.pop())
