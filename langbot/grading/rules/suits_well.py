"""What suits someone comes or goes «bien» or «mal», an adverb: «el jueves me viene bien», not
«me viene bueno» (a family of the everyday phrases)."""

from langbot.grading.rules.base import Context, Hit


def suits_with_good(ctx: Context):
    """«El jueves me viene bueno», «¿te va bueno?»: venir or ir after an indirect pronoun takes
    «bien» or «mal», not the adjective."""
    a = ctx.analysis
    pairs = ctx.spelled["good_to_well"]
    adverb_of = dict(zip(pairs[::2], pairs[1::2], strict=True))
    for i in range(1, len(a) - 1):
        if a.at(i - 1) not in ctx.words["suit_pronouns"] or a.accented(i - 1):
            continue
        suiting = ctx.spelled["suiting_verbs"]  # the thing suits: «me voy» is irse
        verbs = [f for f in a.of(i, "VERB") if (f.person or "")[:1] == "3" and f.lemma in suiting]
        if not verbs or not a.only(i, "VERB"):
            continue
        fix = next((adverb_of[f.lemma] for f in a.of(i + 1, "ADJ") if f.lemma in adverb_of), None)
        if fix is not None:
            yield Hit(i + 1, i + 2, fix)
