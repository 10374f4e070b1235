"""«Todas de mis clases»: English «all of my» is «todas mis» in Spanish, with no «de»."""

from langbot.grading.rules.base import Context, Hit


def all_of(ctx: Context):
    """«Todas de mis clases», «todos de ellos»: «todos» goes straight before a possessive, a
    demonstrative or a pronoun of people («todas mis clases», «todos ellos»)."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.at(i) not in ctx.words["all_plural"] or a.at(i + 1) not in ctx.words["of"]:
            continue
        if a.at(i + 2) not in ctx.words["after_all"]:
            continue
        yield Hit(i, i + 3, f"{a.original(i)} {a.original(i + 2)}")
