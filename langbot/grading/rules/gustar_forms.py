"""Where the verbs like gustar stand in a sentence: the readings the gustar rules share
(rules/gustar.py, rules/gustar_who.py)."""

from weakref import WeakKeyDictionary

from langbot.grading.analysis import Analysis
from langbot.grading.rules.base import Context

# the finite forms whose 3s and 3p differ by a final n (gusta/gustan, gustaba/gustaban,
# guste/gusten...)
AGREEING = ("pres", "impf", "imp", "cond", "subj")


_LIKING: "WeakKeyDictionary[Analysis, dict[int, dict[str, str]]]" = WeakKeyDictionary()


def likings(ctx: Context) -> dict[int, dict[str, str]]:
    """Where a gustar-like verb stands, with its finite forms: {token: {form: infinitive}},
    read once a sentence for every rule that asks."""
    a = ctx.analysis
    found = _LIKING.get(a)
    if found is None:
        entries, found = ctx.kb.verbs.entries, {}
        for i, readings in enumerate(a.readings):
            for f in readings:
                entry = entries.get(f.lemma) if f.pos == "VERB" else None
                if entry and entry.like_gustar and f.form:
                    found.setdefault(i, {}).setdefault(f.form, f.lemma)
        _LIKING[a] = found
    return found


def liking(
    ctx: Context, i: int, forms=("pres", "past", "impf", "fut", "cond", "subj")
) -> str | None:
    """The infinitive of the gustar-like verb at i (a finite form only), else None."""
    at = likings(ctx).get(i)
    return next((at[f] for f in forms if f in at), None) if at else None


def after_clitic(ctx: Context, i: int) -> bool:
    """An indirect pronoun (me, te, le...) stands right before the verb at i."""
    return ctx.analysis.at(i - 1) in ctx.kb.lists.indirect


def plural_at(ctx: Context, i: int) -> bool:
    """The gustar-like verb at i is plural («nos faltan ganas»): what it has is things, not
    an action, which takes the singular («nos falta salir»)."""
    return all(f.person == "3p" for f in ctx.analysis.of(i, "VERB"))
