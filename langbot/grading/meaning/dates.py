"""A date or a time since: «el doce de mayo», «el lunes», «desde hace tres días»."""

from langbot.grading.meaning.date_way import asks_ahead, points_ahead, points_back
from langbot.grading.meaning.numbers import dated, day_of, numbers_in, runs
from langbot.grading.meaning.often import every_time
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import asked_in_past
from langbot.text import fold

_MAX_DAY = 31
_YEAR_DIGITS = 4  # «desde 2020»


def read_date(s: Sentence, q: Question) -> Found | None:
    """«el doce de mayo», «mi cumpleaños es el 3 de marzo», «en mayo», «el lunes», «mañana»;
    not a day liked («me gusta el viernes»); to «¿desde cuándo?», since a day or for a length
    of time («desde ayer», «desde hace tres días»)."""
    since = s.words.folded("since_links")
    asked_since = bool(since & set(q.bot_line(s).w))
    found = _since(s) if asked_since else _date(s)
    found = found or _every_week(s, q) or _past(s, q) or _from_now(s, q, asked_since)
    if found is None:
        return None
    if points_ahead(s, found) if asked_since else asks_ahead(s, q) and points_back(s, found):
        return None  # «el próximo martes» since when; «el lunes pasado» to «¿cuándo puede…?»
    if not asked_since and found.value and s.a.at(found.value[0] - 1) in since:
        return None  # «desde el sábado» says since when, not when («¿cuándo puede venir?»)
    until = s.words.folded("farewell_until")
    if found.value and s.a.at(found.value[0] - 1) in until and not until & set(q.bot_line(s).w):
        return None  # «¡hasta el jueves!»: a farewell, not when; but to «¿hasta cuándo…?»
    liking = s.words.folded("liking_verbs")
    if any(s.verbs(k, liking) for k in range(found.start, found.end)):
        return None
    return found


def _date(s: Sentence) -> Found | None:
    articles = s.words.folded("date_articles")
    lone = [run[0] for run in runs(s, numbers_in(s)) if len(run) == 1]
    for start, end, value in lone:
        if not 0 < value <= _MAX_DAY:
            continue
        month = day_of(s, end)
        day = s.a.at(start - 1) in s.words.folded("day_nouns") and s.a.at(start - 2) in articles
        if month or day or s.a.at(start - 1) in articles:
            stop = end + 2 if month else end
            first = start - 1 - day if s.a.at(start - 1 - day) in articles else start
            return Found(s.clause_at[start][0], stop, (first, stop))
    openers = [*s.words.phrases("date_openers"), *((a,) for a in articles)]
    for i in range(len(s)):
        for opener in openers:
            k = i + len(opener)
            if s.phrase_at(i, opener) and (dated(s, k) or _year(s, k)):
                return Found(s.clause_at[i][0], k + 1, (i, k + 1))  # «en mayo», «en 1988»
    links = s.words.folded("date_word_links")
    for i, j in s.phrases("date_words"):  # «mañana», «el fin de semana que viene», «para hoy»
        if not s.a.of(i - 1, "DET") and (not s.a.of(i - 1, "ADP") or s.a.at(i - 1) in links):
            return Found(s.clause_at[i][0], j, (i, j))
    return None


def _from_now(s: Sentence, q: Question, asked_since: bool) -> Found | None:
    """A day said by how far off it is, to a question of when that is to come: «dentro de
    una semana», «dentro de dos días»."""
    if asked_since or asked_in_past(q.bot_line(s)):
        return None
    for i, _ in s.phrases("time_from_now"):
        end = s.time_at(i)
        if end is not None:
            return Found(s.clause_at[i][0], end, (i, end))
    return None


def _since(s: Sentence) -> Found | None:
    """«desde ayer», «desde el lunes», «desde enero», «hace tres días», «desde hace dos
    semanas», «ayer»; not «desde tres días» (a length of time takes «hace»)."""
    since, date = s.words.folded("since_links"), _date(s)
    degrees = s.words.folded("ago_degrees")  # «ya hace una semana»
    for i in range(len(s)):
        k = i + (s.w[i] in since)
        opens = i == s.opening() or (i - 1 == s.opening() and s.a.at(i - 1) in degrees)
        if k == i and not opens:
            continue  # a bare day answers only as the whole answer: «Ayer.», «El lunes.»
        end = _ago(s, k) or _past_day(s, k) or (_since_only(s, k) if k > i else None)
        end = end or (_lasting(s, k) or _bare_length(s, k) if k == i else None)
        if end is None and date is not None and date.value and date.value[0] == k:
            end = date.value[1]
        if end is not None:
            return Found(s.clause_at[i][0], end, (k, end))
    return None


def _past(s: Sentence, q: Question) -> Found | None:
    """To «¿cuándo…?» asked in the past («¿cuándo la perdió?»), a past day, a time ago or
    an hour: «ayer», «anoche», «la perdí ayer por la tarde», «hace dos días», «ocurrió a las
    once y cuarto»; or, opening the answer, that it never was: «nunca»."""
    if not asked_in_past(q.bot_line(s)):
        return None
    opening = s.opening()
    for phrase in s.words.phrases("never_answers"):  # «nunca, es la primera vez»: no day
        if s.phrase_at(opening, phrase):
            return Found(opening, opening + len(phrase))
    for i in range(len(s)):
        end = _ago(s, i) or _past_day(s, i) or (s.time_at(i) if s.hour_at(i) else None)
        if end is not None:
            return Found(s.clause_at[i][0], end, (i, end))
    return None


def _ago(s: Sentence, k: int) -> int | None:
    """«hace tres días», «hace una semana», «hace mucho tiempo», «hace casi un año»: the end
    of a length of time ago at k (a vague one only closing the clause, not «hace mucho frío»)."""
    if not s.verbs(k, s.words.folded("ago_verbs"), {"3s"}):
        return None
    k += s.a.at(k + 1) in s.words.folded("ago_degrees")  # «hace solo unos días»
    if s.a.at(k + 1) in s.words.folded("ago_barred_articles"):
        return None  # «hace el lunes»: a day, not a length of time
    end = s.noun_phrase(k + 1, frozenset(s.words.length_classes))
    if end is not None:
        return end
    for phrase in s.words.phrases("vague_lengths"):
        if s.phrase_at(k + 1, phrase) and k + 1 + len(phrase) >= s.clause_end(k + 1):
            return k + 1 + len(phrase)
    return None


def _lasting(s: Sentence, k: int) -> int | None:
    """«lleva así dos días», «llevo tres días así»: the end of a length of time after a verb
    of lasting at k."""
    if not s.verbs(k, s.words.folded("lasting_verbs")):
        return None
    k += s.a.at(k + 1) in s.words.folded("lasting_fillers")
    if s.a.at(k + 1) in s.words.folded("ago_barred_articles"):
        return None  # «lleva así el lunes»: a day, not a length of time
    end = s.noun_phrase(k + 1, frozenset(s.words.length_classes))
    if end is not None and s.a.at(end) in s.words.folded("lasting_fillers"):
        end += 1  # «llevo tres días así»
    return end


def _bare_length(s: Sentence, k: int) -> int | None:
    """A length of time alone, «hace» left out, as the whole answer: «un par de días», «unos
    días», «una semana»; not «el lunes»."""
    if s.a.at(k) in s.words.folded("ago_barred_articles"):
        return None
    vague = [j for i, j in s.phrases("vague_counts") if i == k]
    end = s.noun_phrase(max(vague, default=k), frozenset(s.words.length_classes))
    return end if end is not None and end == s.clause_end(k) else None


def _past_day(s: Sentence, k: int) -> int | None:
    """«ayer», «anteayer», «la semana pasada» at k."""
    for phrase in s.words.phrases("past_date_words"):
        if s.phrase_at(k, phrase):
            return k + len(phrase)
    return None


def _since_only(s: Sentence, k: int) -> int | None:
    """What names a time only after «desde»: a month or a weekday, a year, an hour («desde
    las ocho de la mañana»), «desde pequeña», «desde siempre»."""
    if dated(s, k) or _year(s, k):
        return k + 1
    hour = s.number_at(k + 1) if s.a.of(k, "DET") else None  # «las ocho»
    if hour is not None:
        tails = [t for t in s.words.phrases("hour_tails") if s.phrase_at(hour, t)]
        end = hour + max(map(len, tails), default=0)  # «de la mañana»
        return end if end >= s.clause_end(k) else None  # not «desde la uno de septiembre»
    for phrase in s.words.phrases("since_words"):
        if s.phrase_at(k, phrase):
            return k + len(phrase)
    return None


def _year(s: Sentence, k: int) -> bool:
    """Token k is a year in digits: «1988», «2020»."""
    return bool(s.w_digit(k)) and len(s.w[k]) == _YEAR_DIGITS


def _every_week(s: Sentence, q: Question) -> Found | None:
    """To «¿qué días…?» (a noun of days in the plural), the days of every week: «los lunes y
    los miércoles», «todos los días», «los fines de semana», «de lunes a viernes»."""
    bot, days = q.bot_line(s), s.words.folded("day_nouns")
    if not any(
        f.number == "p" and fold(f.lemma) in days
        for k in range(len(bot))
        for f in bot.a.of(k, "NOUN")
    ) and not _when_done(bot):
        return None
    links = s.words.folded("date_links")
    spans = s.phrases("frequency_phrases") + every_time(s)
    spans += [
        (i, i + 4) for i in range(len(s)) if s.w[i] in links and dated(s, i + 1) and dated(s, i + 3)
    ]
    if not spans:
        return None
    start, end = min(spans)
    return Found(s.clause_at[start][0], end, (start, end))


def _when_done(bot: Sentence) -> bool:
    """The bot asks «¿cuándo…?» of what someone does, in the present and with no copula:
    «¿cuándo vuelve por aquí?» takes «todos los domingos»; «¿cuándo es…?» and «¿cuándo
    puede venir?» ask one day."""
    if not set(bot.w) & bot.words.folded("when_words"):
        return False
    copulas = bot.words.folded("subject_copulas") | bot.words.folded("modal_verbs")
    verbs = [[f for f in bot.a.of(k, "VERB") if f.person] for k in range(len(bot))]
    verbs = [v for v in verbs if v]
    return bool(verbs) and all(
        any(f.form == "pres" for f in v) and not any(fold(f.lemma) in copulas for f in v)
        for v in verbs
    )
