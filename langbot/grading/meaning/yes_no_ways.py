"""A yes or a no said in other words than a bare «sí» or «no»: how much («un poco»), placed
in time or coloured («ya no», «qué va»), not yet («todavía no»), «let's» to an invitation
(«¡bailemos!»), or put at ease («no, no pasa nada»)."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import chained_infinitives, question_verbs
from langbot.grading.openers import opening_phrases
from langbot.grading.tokens import BOUNDARY

_INVITED = frozenset({"accept", "accept_decline"})  # the kinds that answer an invitation
_HAD = frozenset({"possession"})  # the kinds that ask what one has


def reassured(s: Sentence) -> bool:
    """After the yes or no, nothing but words that put the asker at ease («no, no pasa nada»,
    «no, tranquilo, gracias a Dios»)."""
    k, spans = 1, dict(s.phrases("reassurances"))
    while k < len(s) and (s.w[k] == BOUNDARY or k in spans):
        k = spans.get(k, k + 1)
    return k >= len(s) and bool(spans)


def lets(s: Sentence, q: Question) -> Found | None:
    """To an invitation, its own verb as «let's»: «¿bailas conmigo?» «¡bailemos!» (the
    first person plural imperative, not «bailamos», which may be a habit); «¿quieres jugar
    conmigo?» «¡juguemos!»."""
    bot = q.bot_line(s)
    lemmas = question_verbs(bot) | chained_infinitives(bot)
    if q.asks.kind not in _INVITED or not s.verbs(0, lemmas, {"1p"}, ("imp",)):
        return None
    return Found(0, s.clause_end(0))


def how_much(s: Sentence, answers: frozenset[str]) -> Found | None:
    """How much alone, as a yes or a no: «un poco», «mucho», «muy poco», «bastante, sí»."""
    k, amount = 0, False
    degree = s.words.phrases("degree_words")
    while k < len(s):
        if s.w[k] == BOUNDARY or s.w[k] in answers:
            k += 1
            continue
        phrase = next((p for p in s.words.phrases("amount_answers") if s.phrase_at(k, p)), None)
        amount |= phrase is not None
        phrase = phrase or next((p for p in degree if s.phrase_at(k, p)), None)
        if phrase is None and amount:  # «nada, gracias», «mucho, gracias»
            phrase = next((p for p in s.words.phrases("courtesy_tails") if s.phrase_at(k, p)), None)
        if phrase is None and amount and s.w[k] in s.words.folded("reason_links"):
            return Found(0, k)  # «un poco, pero no muy bien»: how much, then a clause of its own
        if phrase is None:
            return None
        k += len(phrase)
    return Found(0, len(s)) if amount else None


def framed_answer(s: Sentence, answers: frozenset[str]) -> Found | None:
    """A yes or a no placed in time or coloured (`answer_frames`), or a no said without
    «no» (`no_phrases`), as the whole first clause: «ya no», «ahora mismo no», «por
    desgracia, no», «no, la verdad es que no», «qué va»."""
    k, end, framed, said = 0, 0, False, False
    frames, nos = opening_phrases("answer_frames"), s.words.phrases("no_phrases")
    while k < len(s):
        if s.w[k] == BOUNDARY:
            k += 1
            continue
        frame = next((p for p in frames if s.phrase_at(k, p)), None)
        no = None if frame else next((p for p in nos if s.phrase_at(k, p)), None)
        if frame is None and no is None and s.w[k] not in answers:
            break
        framed |= frame is not None or no is not None
        said = frame is None  # a frame is followed by its yes or no
        k = end = k + len(frame or no or (s.w[k],))
    if k < len(s) and s.w[k - 1] != BOUNDARY:
        return None  # «pues tengo frío»: the clause goes on
    return Found(0, end) if framed and said else None


def not_yet(s: Sentence) -> Found | None:
    """A no that says not yet, opening the answer: «todavía no», «aún no, pero…»."""
    negation = s.words.folded("negation")
    for phrase in s.words.phrases("ever_answers"):
        if phrase[-1] in negation and len(phrase) > 1 and s.phrase_at(0, phrase):
            return Found(0, len(phrase))
    return None


def kept_at(s: Sentence, q: Question, end: int) -> int:
    """Past where the thing one has is kept, closing the clause at end («sí, tenemos uno en
    casa», «sí, tengo dos allí»); end when there is none or the step asks no possession."""
    if q.asks.kind not in _HAD or end >= len(s):
        return end
    stop = s.clause_end(end)
    if s.a.at(end) in s.words.folded("there_words"):
        return end + 1 if end + 1 >= stop else end
    if s.a.at(end) not in s.words.folded("kept_openers"):
        return end
    place = s.noun_phrase(end + 1, s.words.folded("place_classes"))
    return place if place is not None and place >= stop else end
