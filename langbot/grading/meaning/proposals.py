"""A proposal put as a question: the value a step asks said with a rising tone, alone or in a
frame («¿el lunes?», «¿qué tal el lunes?», «¿el lunes te va bien?», «no sé, ¿a las
siete?»), answers a question that arranges something with the learner («¿cuándo puede
venir?», «¿qué cocinamos hoy?»); a question that asks something else is no answer."""

from functools import lru_cache

from langbot.grading.knowledge import Knowledge
from langbot.grading.matching import CoreMatch
from langbot.grading.meaning.asked import question_span
from langbot.grading.meaning.reactions import Cut
from langbot.grading.meaning.words import MeaningWords, meaning_words
from langbot.grading.openers import opening_phrases
from langbot.grading.tokens import BOUNDARY, Tokens, tokenize
from langbot.lessons import Step


def _framed(words: tuple[str, ...], start: int, end: int, mw: MeaningWords) -> tuple[int, int]:
    """The span past an opening «qué tal» and before a closing «te va bien» (and its comma)."""
    for phrase in mw.phrases("proposal_openers"):
        if words[start : start + len(phrase)] == phrase and start + len(phrase) < end:
            start += len(phrase)
            break
    for phrase in mw.phrases("proposal_closers"):
        if end - len(phrase) > start and words[end - len(phrase) : end] == phrase:
            end -= len(phrase)
            break
    while end > start and words[end - 1] == BOUNDARY:
        end -= 1
    return start, end


def proposal(tokens: Tokens, mw: MeaningWords) -> Cut | None:
    """What a closing question proposes, past a hedge before it («no sé, ¿a las siete?») and
    its frame, when the answer is no more than that."""
    span = _closing_question(tokens)
    if span is None:
        return None
    before = tuple(w for w in tokens.words[: span[0]] if w != BOUNDARY)
    if before and before not in opening_phrases("proposal_hedges"):
        return None
    return _proposed(tokens, span, mw)


def counter_proposal(tokens: Tokens, mw: MeaningWords) -> Cut | None:
    """What a closing question proposes after declining what the bot proposed, whatever else
    comes before it: «el lunes no puedo, ¿el martes?», «lo siento, mañana trabajo. ¿El
    jueves?» (a proposal read before the declined day, which the answer does not give)."""
    span = _closing_question(tokens)
    if span is None:
        return None
    before = tokens.words[: span[0]]
    if not any(_holds(before, p) for p in mw.phrases("decline_phrases")):
        return None
    return _proposed(tokens, span, mw)


def _holds(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """The phrase stands somewhere in the words."""
    n = len(phrase)
    return any(words[k : k + n] == phrase for k in range(len(words) - n + 1))


def _closing_question(tokens: Tokens) -> tuple[int, int] | None:
    """The span of the question that closes the answer, if it ends with one."""
    span = question_span(tokens, tokens.original.rfind("?"))
    if span is None or tokens.original[tokens.original.rfind("?") + 1 :].strip(" .!"):
        return None
    return span


def _proposed(tokens: Tokens, span: tuple[int, int], mw: MeaningWords) -> Cut | None:
    """The question's proposal past its frame, cut out of the answer."""
    start, end = _framed(tokens.words, *span, mw)
    if (start, end) == (0, len(tokens.words)):
        return None  # nothing cut: the readers saw it already
    rest = tokenize(tokens.original[tokens.spans[start][0] : tokens.spans[end - 1][1]])
    return Cut(rest, start) if rest.words == tokens.words[start:end] else None


def proposes(step: Step, tokens: Tokens, core: CoreMatch, kb: Knowledge) -> bool:
    """Whether the core is what a question proposes (no verb or question word beside it but
    its frame) to a step that arranges something: a proposal, not a question back."""
    mw, kind = meaning_words(), core.pattern.rpartition(":")[2]
    timed = kind in mw.kinds("timed_proposal_kinds") and step.asks and step.asks.of == "time"
    if not (kind in mw.kinds("proposal_kinds") or timed) or not _arranges(step.bot, kb):
        return False
    span = question_span(tokens, tokens.spans[core.start][0])
    if span is None or core.end > span[1]:
        return False
    start, end = _framed(tokens.words, *span, mw)
    asking = frozenset(kb.words.question_words)  # «¿a qué hora…?», «¿por qué…?»
    inside = [k for k in range(start, end) if tokens.words[k] != BOUNDARY]
    return not any(tokens.words[k] in asking for k in inside[:2]) and all(
        core.start <= k < core.end or tokens.words[k] not in kb.finite_forms for k in inside
    )


@lru_cache(maxsize=1024)
def _arranges(bot: str, kb: Knowledge) -> bool:
    """Whether the bot's questions arrange with the learner: a verb in «we» («¿cuándo
    quedamos?») or one of `arranging_verbs` («¿cuándo puede venir?»)."""
    words = tokenize(bot[max(bot.find("¿"), 0) :]).words
    arranging = meaning_words().folded("arranging_verbs")
    return any(
        "1p" in persons or verb in arranging
        for w in words
        for verb, persons in kb.persons.get(w, {}).items()
    )
