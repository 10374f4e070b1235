"""Which way a date points: a past day («el lunes pasado», «fui el martes», «ayer») answers
no question of a time to come, a day to come («el próximo martes», «pasado mañana») no
«¿desde cuándo…?»."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import asked_in_past


def asks_ahead(s: Sentence, q: Question) -> bool:
    """The bot asks of a time to come: a verb of `forward_verbs` («¿cuándo puede venir?»,
    «¿qué día te va mejor?», «¿cuándo quieres empezar?»), nothing asked in the past."""
    bot = q.bot_line(s)
    if asked_in_past(bot):
        return False
    forward = s.words.folded("forward_verbs")
    return any(f.lemma in forward for k in range(len(bot)) for f in bot.a.of(k, "VERB"))


def points_back(s: Sentence, found: Found) -> bool:
    """The date's clause names a past day («el lunes pasado», «ayer») or says it with a
    verb only read as past («fui el martes»)."""
    cs, ce = s.clause_at[found.start]
    markers = s.words.folded("past_date_markers")
    if any(s.w[k] in markers and s.a.of(k - 1, "NOUN") for k in range(cs, ce)):
        return True  # «el lunes pasado», not «pasado mañana»
    if any(cs <= i < ce for i, _ in s.phrases("past_date_words")):
        return True
    for k in range(cs, ce):
        forms = {f.form for f in s.a.of(k, "VERB") if f.person}
        if forms == {"past"}:
            return True
    return False


def points_ahead(s: Sentence, found: Found) -> bool:
    """The date's clause names a day to come: «el próximo martes», «el lunes que viene»,
    «pasado mañana», «mañana» (not «esta mañana», «por la mañana»)."""
    cs, ce = s.clause_at[found.start]
    if any(cs <= i <= ce for i, _ in s.phrases("future_date_phrases")):
        return True  # «que viene» right after the day opens a clause of its own
    tomorrow = s.words.folded("tomorrow_words")
    return any(
        s.w[k] in tomorrow and not (s.a.of(k - 1, "DET") or s.a.of(k - 1, "ADP"))
        for k in range(cs, ce)
    )  # «mañana», not the morning of «esta mañana», «por la mañana»
