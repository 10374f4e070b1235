"""Each determiner's series: its masculine and feminine, singular and plural forms."""

from functools import lru_cache

from langbot.grading.rules.base import Context


@lru_cache(maxsize=4)
def _series_table(sets: tuple[str, ...], contracted: tuple[str, ...], preps: tuple[str, ...]):
    """Each determiner -> its series (masculine and feminine, singular and plural)."""
    table: dict[str, tuple[str, ...]] = {}
    for line in sets:
        forms = tuple(line.split())
        for form in forms:
            table.setdefault(form, forms)
    articles = sets[0].split()
    for det, prep in zip(contracted, preps, strict=True):
        table[det] = (det, *(f"{prep} {art}" for art in articles[1:]))
    return table


def series(ctx: Context, det: str) -> tuple[str, ...] | None:
    """The series a determiner belongs to (el, la, los, las), or None."""
    words = ctx.words
    table = _series_table(words["determiner_sets"], words["contracted"], words["contracted_from"])
    return table.get(det)
