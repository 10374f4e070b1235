"""Facts about someone: their routine and its time (how they are: meaning/states.py; what
they have: meaning/possession.py; where they live: meaning/residence.py). Each reader finds the verb that says it, in the person of who
answers, and what that verb needs after it."""

from langbot.grading.meaning.chosen import past_choosing_verb
from langbot.grading.meaning.hour_span import not_offered, outside_span
from langbot.grading.meaning.hours import clock_alone, the_one_at
from langbot.grading.meaning.liking import bare_answer
from langbot.grading.meaning.offered_hours import offered_hours
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import own_verbs
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

FINITE = ("pres", "cond", "fut")


def verb_at(s: Sentence, i: int, lemmas: frozenset[str], persons) -> bool:
    """Token i is a finite verb of one of `lemmas` in one of `persons`, not a noun after a
    determiner («mi trabajo»); after «las», «lo» that may be its object («las devuelvo»)."""
    after_det = bool(s.a.of(i - 1, "DET"))
    if after_det and s.a.of(i - 1, "CLITIC") and not s.a.of(i, "NOUN"):
        after_det = False
    return not after_det and bool(s.verbs(i, lemmas, persons, FINITE))


def _action_verb(s: Sentence, q: Question, lemmas: frozenset[str]) -> tuple[int, int] | None:
    """The tokens of the action asked about in the right person, or a habit verb and its
    infinitive («suelo desayunar»)."""
    habit = s.words.folded("habit_verbs")
    persons = q.persons_in(s)  # «¿a qué hora volvemos?» «volvemos a las siete»
    for i in range(len(s)):
        if verb_at(s, i, lemmas, persons):
            return (i - 1 if i and s.a.of(i - 1, "CLITIC") else i, i + 1)
        there = _being_there(s, i, lemmas, persons)
        if there:
            return (i, i + there)
        if verb_at(s, i, habit, persons) and s.verbs(i + 1, lemmas, None, ("inf",)):
            return (i, i + 2)
        liked_or_fed = _liked_or_fed(s, q, i, lemmas)
        if liked_or_fed:
            return (i - 1, liked_or_fed)  # «le gusta comer…», «le doy pienso»
        we_can = "1p" in persons and verb_at(s, i, s.words.folded("we_proposal_verbs"), {"1p"})
        if we_can and s.verbs(i + 1, lemmas, None, ("inf",)):
            return (i, i + 2)  # «¿a qué hora quedamos?» «podemos quedar a las siete»
        to_come = verb_at(s, i, s.words.folded("future_verbs"), persons)
        linked = s.a.at(i + 1) in s.words.folded("future_links")
        if to_come and linked and s.verbs(i + 2, lemmas, None, ("inf",)):
            return (i, i + 3)  # «voy a desayunar a las ocho»
    return None


def _liked_or_fed(s: Sentence, q: Question, i: int, lemmas: frozenset[str]) -> int:
    """After the pronoun of the one asked, a liking verb and the action («le gusta comer
    pienso»), or a verb of feeding them (`fed_alike`) by the speaker («le doy pienso»): the
    end of the verbs, else 0."""
    if not i or s.a.at(i - 1) not in s.words.pronouns.get(q.asks.who, frozenset()):
        return 0
    liking = s.words.folded("liking_verbs")
    if s.verbs(i, liking, None) and s.verbs(i + 1, lemmas, None, ("inf",)):
        return i + 2
    fed = frozenset(fold(v) for a in lemmas for v in s.words.fed_alike.get(a, ()))
    return i + 1 if q.asks.who != "i" and s.verbs(i, fed, {"1s", "1p"}) else 0


def _being_there(s: Sentence, i: int, lemmas: frozenset[str], persons) -> int:
    """The length of a phrase of `there_actions` for an asked action at i («estaré allí» for
    llegar), in the right person and any tense to come; else 0."""
    for lemma in lemmas:
        for phrase in s.words.there_actions.get(lemma, ()):
            verb, *rest = fold(phrase).split()
            said = s.verbs(i, frozenset({verb}), persons, ("pres", "fut"))
            if said and list(s.w[i + 1 : i + 1 + len(rest)]) == rest:
                return 1 + len(rest)
    return 0


def read_routine_time(s: Sentence, q: Question) -> Found | None:
    """The routine action asked about and when: «me levanto a las siete», «suelo cenar
    tarde», «a las ocho ceno»; not an hour outside the span the bot's line gives («de siete
    a diez»: «a las doce»), nor one of none of the hours it offers («hay trenes a las nueve
    y a las cuatro»)."""
    found = _routine_time(s, q)
    bot = q.bot_line(s)
    if found and found.value and outside_span(s, bot, found.value):
        return None
    if found and not_offered(s, bot, found.value or (found.start, found.end)):  # «la de las…»
        return None
    return found


def _routine_time(s: Sentence, q: Question) -> Found | None:
    # with no `action`, the question's own verb: «¿a qué hora sale el tren?» «sale a las diez»
    action = frozenset({q.asks.action}) if q.asks.action else own_verbs(q.bot_line(s))
    same = s.words.same_actions  # «entro a las nueve» says when one starts
    action = action.union(*(same.get(a, ()) for a in action))
    verb = _action_verb(s, q, action)
    if verb is None:
        return _chosen_time(s, q) or _open_until(s, action)
    cs, ce = s.verb_clause(verb[1] - 1)
    time = s.find_time(cs, ce)
    if time is None and cs > 1 and s.w[cs - 1] == BOUNDARY:
        before = s.clause_at[cs - 2]
        found = s.find_time(*before)
        time = found if found and found == before else None
    if time is None:  # «quiero la de las ocho»: the question's verb, then the one chosen
        return _chosen_time(s, q) if verb[0] == s.opening() else None
    # the value is the hour with its article («las siete»), as a follow-up says «a {time}»
    hour = s.hour_at(time[0])
    value = (hour[0], time[1]) if hour else None
    return Found(min(time[0], verb[0]), max(time[1], verb[1]), value)


def _open_until(s: Sentence, action: frozenset[str]) -> Found | None:
    """Asked when something closes or ends, a bare «hasta» and an hour: until when it is
    open, «hasta las ocho»."""
    i = s.opening()
    if action.isdisjoint(s.words.folded("ending_verbs")) or i >= len(s):
        return None
    end = clock_alone(s, i + 1) if s.w[i] in s.words.folded("until_words") else None
    return Found(i, end, (i + 1, end)) if end is not None else None


def _chosen_time(s: Sentence, q: Question) -> Found | None:
    """A bare time, or one after a verb of choosing: «prefiero la de las ocho»."""
    i = s.opening()
    found = _bare_time(s, past_choosing_verb(s, q, i), not offered_hours(q.bot_line(s)))
    return Found(i, found.end, found.value) if found else None


def _bare_time(s: Sentence, i: int, any_hour: bool) -> Found | None:
    """The first clause from i is only a time: «a las siete», «por la noche», and where, to
    meet: «a las ocho en la estación»; a bare hour («Las cinco.») when no hours are offered."""
    alone = clock_alone(s, i) if any_hour and i == s.opening() else None  # not «volvemos las…»
    end = s.time_at(i) or the_one_at(s, i) or alone  # «el de las nueve»
    if end is None:
        return None
    if end < s.clause_end(i) and s.a.only(end, "ADP"):  # «a las ocho en la estación»
        end = max(end, s.noun_phrase(end + 1, frozenset()) or end)
    if end < s.clause_end(i):
        return None
    hour = s.hour_at(i)
    return Found(i, end, (hour[0], end) if hour else None)


def read_routine(s: Sentence, q: Question) -> Found | None:
    """The routine action asked about (or a verb of eating) and a thing of the class:
    «desayuno café y tostadas», «suelo tomar fruta»."""
    lemmas = frozenset({q.asks.action or ""}) | s.words.folded("order_verbs")
    if q.asks.action in s.words.folded("going_verbs"):
        lemmas |= s.words.folded("going_alike")
    verb = _action_verb(s, q, lemmas)
    if verb is not None:
        k = s.skip_degree(verb[1])
        k += s.a.only(k, "ADP")  # «vengo en autobús»
        end = s.noun_phrase(k, q.classes(s, related=True))
        if end is not None:
            return Found(verb[0], end, (k, end))
    return bare_answer(s, q, related=True)
