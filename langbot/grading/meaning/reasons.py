"""A reason, to a question that asks why («¿por qué estudias español?»), whatever the step's
kind: «porque» and a clause of its own («porque mi novia es española»), or «para» and what
for («para mi trabajo», «para viajar»)."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence


def read_reason(s: Sentence, q: Question) -> Found | None:
    """«Porque me encanta España.», «Para mi trabajo.», «Para viajar a México.» to a why."""
    bot = q.bot_line(s)
    if not bot.phrases("why_questions"):
        return None
    i = s.opening()
    if i >= len(s) or s.w[i] not in s.words.folded("reason_openers"):
        return None
    end = s.clause_end(i + 1)  # «porque» opens the clause that follows it
    finite = any(f.person for k in range(i + 1, end) for f in s.a.of(k, "VERB"))
    purpose = s.w[i] in s.words.folded("purpose_openers") and (
        s.infinitive(i + 1) or s.noun_phrase(i + 1, frozenset()) is not None
    )
    if s.w[i] in s.words.folded("cause_openers"):  # no clause after «por»: «por que…»
        finite = purpose = False
    return Found(i, end) if end > i + 1 and (finite or purpose or _cause(s, i)) else None


def _cause(s: Sentence, i: int) -> bool:
    """«por» and a cause with no verb of its own: «por trabajo», «por mi familia»; not a
    time («por la tarde») nor «por favor»."""
    k = i + 1
    while s.a.of(k, "DET"):
        k += 1
    times = s.words.folded("duration_classes")
    courtesy = s.words.folded("courtesy_words")
    return bool(s.noun_of(k, frozenset())) and not s.noun_of(k, times) and s.w[k] not in courtesy
