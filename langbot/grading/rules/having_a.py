"""«Tengo a un perro», «tiene a dos hijos»: «tener» takes the personal «a» only before a
known person (tengo a mi madre en casa); one not known yet, with «un», «una» or a number,
follows it bare. Part of the complements family (rules/complements.py)."""

from langbot.grading.rules.base import Context, Hit


def _someone_new(ctx: Context, k: int) -> bool:
    """An indefinite article or a number opens a noun phrase at k (no hour: «a la una»)."""
    a = ctx.analysis
    if a.at(k) not in ctx.words["someone_new"] and not a.only(k, "NUM"):
        return False
    np = a.noun_phrase(k)
    if np is None or np.start != k:
        return False
    return bool(np.noun.classes & set(ctx.words["someone_classes"]))


def having_someone_with_a(ctx: Context):
    """Finder: a finite form of «tener», «a», then an indefinite noun phrase: no «a»."""
    a = ctx.analysis
    to = ctx.words["to"][0]
    for i in range(len(a) - 3):
        if a.at(i + 1) != to:
            continue
        if not any(f.lemma in ctx.words["owning_verbs"] and f.person for f in a.of(i, "VERB")):
            continue
        if a.at(i - 1) in ctx.words["relative_that"] and a.of(i - 2, "ADJ"):
            continue  # «parecido que tiene a»: the adjective's «a»
        if _someone_new(ctx, i + 2):
            yield Hit(i + 1, i + 3, a.original(i + 2))
