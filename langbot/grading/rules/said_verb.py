"""What one thinks or says, told with no subject of its own: «Creo es bueno», «Pienso
está cansada» take «que» before the second verb (creo que es bueno), as a clause with its
own subject does (clauses.that_after_thinking)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_verb, thinking_verb_at
from langbot.grading.tokens import BOUNDARY


def that_before_said_verb(ctx: Context):
    """A thinking or saying verb right before another conjugated verb that can be nothing
    else: «que» joins them; not after «que» or «como» («lo que dice es verdad», «como
    dice es así», «lo que él dice es cierto»), where the first verb belongs to a clause of
    its own."""
    a = ctx.analysis
    thinking = set(ctx.words["thinking_verbs"])
    for i in range(len(a) - 1):
        if not thinking_verb_at(ctx, i) or _in_a_clause(ctx, i):
            continue
        k = i + 1
        while a.only(k, "CLITIC"):
            k += 1  # «creo me gusta»
        said = [f for f in only_verb(a, k) if f.person and f.form != "imp"]
        if said and not any(f.lemma in thinking for f in said):
            yield Hit(
                i + 1, k + 1, f"{ctx.words['relative'][0]} {a.tokens.original_text(i + 1, k + 1)}"
            )


def _in_a_clause(ctx: Context, i: int) -> bool:
    """A «que» or a word like «como» or «cuando» opens the clause of token i."""
    a, k = ctx.analysis, i - 1
    while k >= 0 and a.at(k) != BOUNDARY:
        if a.at(k) in ctx.words["relative"] or a.at(k) in ctx.words["subordinators"]:
            return True
        k -= 1
    return False
