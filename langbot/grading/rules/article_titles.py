"""A title before a name takes the article when one speaks of the person, not to them: «El
señor Stark es alto», «con el señor López»; «Señor Stark, ¿cómo está?» calls him."""

from langbot.grading.lexicon import lexicon
from langbot.grading.rules.article_words import lower_first, the, with_article
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.name_spans import name_end
from langbot.grading.rules.subjects import after_subject
from langbot.grading.tokens import BOUNDARY


def title_without_article(ctx: Context):
    """«Señor Stark es alto»: a title before a name takes the article when one speaks of the
    person («El señor Stark», «con el señor Stark»), not to them («Señor Stark, ¿cómo está?»)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["titles"] or name_end(a, i + 1) == i + 1:
            continue
        if i > 0 and a.at(i - 1) in ctx.words["before_title"]:
            yield from _title_after(ctx, i)
            continue
        opens = i == 0 or a.at(i - 1) == BOUNDARY
        if not opens and not (i == 1 and (a.of(0, "ADV") or a.of(0, "CONJ"))):
            continue  # «Además, señor…» too
        nouns = a.of(i, "NOUN")
        if len(nouns) != 1 or not nouns[0].gender:
            continue
        end = name_end(a, i + 1)
        persons = {f.person for f in a.of(after_subject(ctx, end), "VERB")} - {None}
        if persons and persons <= set(ctx.words["third_singular"]):
            article = the(ctx, nouns[0])
            if article:
                yield Hit(
                    i, i + 1, f"{article.capitalize() if opens else article} {lower_first(a, i)}"
                )


def _title_after(ctx: Context, i: int):
    """«miedo de Princesa Elsa»: after a preposition the title is no call to the person, so
    it takes the article («de la princesa Elsa», «con el señor López», «del señor»)."""
    a = ctx.analysis
    genders = {r.gender for r in lexicon().readings(a.original(i).lower()) if r.upos == "NOUN"}
    if len(genders) != 1 or genders <= {None}:
        return  # a capital hides the title's noun reading («Princesa»): the lexicon's gender
    article = ctx.spelled["definite"][ctx.spelled["title_genders"].index(genders.pop())]
    joined = with_article(ctx, i - 1, article)
    if joined:
        yield Hit(i - 1, i + 1, f"{joined} {lower_first(a, i)}")
    else:
        yield Hit(i, i + 1, f"{article} {lower_first(a, i)}")
