"""A long possessive after its noun agrees with it: «unos amigos míos», «una amiga mía»,
not «unos amigos mía», «una amiga mío». Part of the agreement family."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.determiner_noun import common_nouns

_FORMS = (("m", "s"), ("f", "s"), ("m", "p"), ("f", "p"))


def _forms(ctx: Context, word: str) -> tuple[int, tuple[str, ...]] | None:
    """Where the folded word stands in its long possessive's four forms (masculine and
    feminine, singular and plural), and those forms as spelled; None for another word."""
    for folded, spelled in zip(
        ctx.words["after_possessive_sets"], ctx.spelled["after_possessive_sets"], strict=True
    ):
        if word in folded.split():
            return folded.split().index(word), tuple(spelled.split())
    return None


def _noun(ctx: Context, j: int):
    """The one noun reading of token j, a common noun written small, known in number, and
    only a noun or after a determiner of its gender and number («una casa mío»: «casa» is
    no verb there)."""
    a = ctx.analysis
    nouns = common_nouns(a, j)
    if len(nouns) != 1 or not nouns[0].number or a.original(j)[:1].isupper():
        return None
    noun = nouns[0]
    agreed = any(
        d.gender in (noun.gender, None) and d.number in (noun.number, None)
        for d in a.of(j - 1, "DET")
    )  # «eso era nuestro»: «era» is the verb, no noun «eso» determines
    return noun if a.only(j, "NOUN") or agreed else None


def _owner_gender(ctx: Context, j: int, at: int) -> str:
    """The gender of a noun of both genders at j: its determiner's («una estudiante»), or
    else the possessive's own."""
    genders = {f.gender for f in ctx.analysis.of(j - 1, "DET")}
    return genders.pop() if len(genders) == 1 and genders <= {"m", "f"} else _FORMS[at][0]


def possessive_after_noun(ctx: Context):
    """«Unos amigos mía», «una amiga mío», «un primo suyos»: «mío», «tuyo», «suyo»,
    «nuestro» after the noun they own agree with it, as an adjective does (not before
    another noun, which «nuestra» may determine: «dio al perro nuestra comida»)."""
    a = ctx.analysis
    for j in range(1, len(a)):
        found = _forms(ctx, a.at(j))
        if found is None or a.of(j + 1, "NOUN") or a.of(j + 1, "ADJ"):
            continue
        noun = _noun(ctx, j - 1)
        if noun is None:
            continue
        at, forms = found
        gender = noun.gender if noun.gender in ("m", "f") else _owner_gender(ctx, j - 1, at)
        right = _FORMS.index((gender, noun.number))
        if right != at:
            yield Hit(j, j + 1, forms[right], {"noun": a.original(j - 1)})
