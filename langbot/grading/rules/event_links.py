"""Before or after an event or an action takes «de»: «después de la escuela», «antes de
comer». Part of the complements family (rules/complements.py lists it)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_infinitive
from langbot.grading.tokens import BOUNDARY


def event_without_de(ctx: Context):
    """«Después la escuela, voy a casa»: before or after an event takes «de»: «después de la
    escuela». «Después la clase empezó» (then the class began) has the class as the subject
    of the verb after it, so a third person there never fires."""
    a = ctx.analysis
    events = set(ctx.words["event_classes"])
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["before_after"] or a.at(i - 1) in ctx.words["of"]:
            continue
        if a.at(i - 1) in ctx.words["as_soon"]:
            continue  # «cuanto antes su policía»: as soon as possible, an adverb
        if only_infinitive(a, i + 1):
            if not _infinitive_subject(a, i + 2):
                yield Hit(i, i + 1, f"{a.original(i)} {ctx.spelled['of'][0]}")
            continue  # «después comer»: before or after doing takes «de» too
        if a.at(i + 1) not in ctx.words["event_articles"]:
            continue
        np = a.noun_phrase(i + 1)  # «la cena» after «antes» is the noun, not «la» + cenar
        nouns = (np.noun,) if np is not None else a.of(i + 2, "NOUN")
        end = np.end if np is not None else i + 3
        if len(nouns) != 1 or not nouns[0].classes & events:
            continue
        kinds, study = nouns[0].classes, set(ctx.words["study_event_classes"])
        if kinds & set(ctx.words["not_events"]) and not kinds & study:
            continue  # «después la escuela»: a place of study is the time spent there too
        if any(f.person and f.person[0] == "3" for f in a.of(end, "VERB")):
            continue
        if a.at(end) in ctx.words["of"] or a.of(end, "CLITIC"):
            continue
        yield Hit(i, i + 1, f"{a.original(i)} {ctx.spelled['of'][0]}")


def _infinitive_subject(a, k: int) -> bool:
    """A third-person verb from k to the clause's end may have the infinitive before k as
    its subject («antes comer era un placer»: before, eating was a pleasure)."""
    while k < len(a) and a.at(k) != BOUNDARY:
        if any(f.person and f.person[0] == "3" for f in a.of(k, "VERB")):
            return True
        k += 1
    return False
