"""«Nos quedamos a las siete»: to agree to meet at a time is «quedar» («quedamos a las
siete»); «quedarse» is to stay, which takes no clock time with «a». Part of the reflexive
family (rules/reflexive.py)."""

from langbot.grading.rules.base import Context, Hit


def _clock_time(ctx: Context, k: int) -> bool:
    """«a las siete», «a la una» from token k: «a», the hour's article and an hour."""
    a = ctx.analysis
    hour = a.at(k + 2)
    is_hour = (
        hour in ctx.words["hours"]
        or hour in ctx.words["one_hour"]
        or (hour.isdigit() and 1 <= int(hour) <= 24)
    )
    return (
        a.at(k) in ctx.words["at_time"] and a.at(k + 1) in ctx.words["clock_articles"] and is_hour
    )


def meeting_with_pronoun(ctx: Context):
    """«nos» and quedar's «we» form, then a clock time with «a»: the two meeting."""
    a = ctx.analysis
    se = ctx.words["reflexive_by_person"][2]
    meet = {*ctx.words["meeting_verbs"], *(m + se for m in ctx.words["meeting_verbs"])}
    for i in range(1, len(a) - 3):
        if a.at(i - 1) not in ctx.words["meeting_pronouns"]:
            continue
        if not any(f.lemma in meet and f.person == "1p" for f in a.of(i, "VERB")):
            continue  # «me quedo a las ocho con los niños» may well be staying
        if _clock_time(ctx, i + 1):
            yield Hit(i - 1, i + 1, a.original(i))
