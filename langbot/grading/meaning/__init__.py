"""Meaning read from the analysis: whether an answer says what its step asks (a liking of
some class, a state, the time of a routine action, a reply to thanks...), for any lesson and
without its patterns. A step's `asks` names what it asks; one reader per kind finds the
construction that says it, and gives a core like a pattern's (langbot/grading/matching.py)."""

from functools import lru_cache

from langbot.grading.analyses import Kept, analysed
from langbot.grading.knowledge import Knowledge
from langbot.grading.matching import CoreMatch
from langbot.grading.meaning import (
    age,
    amounts,
    answering,
    company,
    dates,
    directions,
    doing,
    facts,
    liking_whom,
    medium,
    mishaps,
    none_asked,
    numbers,
    offered_hours,
    open_question,
    orders,
    person,
    places,
    plans,
    possession,
    proposals,
    qualified,
    qualities,
    reactions,
    reasons,
    residence,
    social,
    stressed,
    studies,
    talk,
    weather,
    whose,
    yes_no,
)
from langbot.grading.meaning.objects import object_disagrees
from langbot.grading.meaning.other_steps import asks_another_steps_verb, homes_asked
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.words import meaning_words
from langbot.grading.openers import opening_phrases
from langbot.grading.rules.registry import engine
from langbot.grading.tokens import BOUNDARY, Tokens, tokenize
from langbot.lessons import Step

READERS = {
    "liking": qualities.read_liking,
    "state": mishaps.read_state_or_mishap,
    "routine_time": facts.read_routine_time,
    "routine": doing.read_routine,
    "residence": residence.read_residence,
    "job_or_studies": studies.read_job_or_studies,
    "possession": possession.read_possession,
    "thanks_reply": social.read_thanks_reply,
    "accept_decline": social.read_accept_decline,
    "accept": social.read_accept,
    "decline": social.read_decline,
    "order": orders.read_order,
    "company": company.read_company,
    "plan": plans.read_plan,
    "name": person.read_name,
    "origin": person.read_origin,
    "age": age.read_age,
    "description": qualities.read_description,
    "opinion": qualities.read_opinion,
    "weather": weather.read_weather,
    "language": medium.read_language,
    "greeting": talk.read_greeting,
    "farewell": talk.read_farewell,
    "price_question": talk.read_price_question,
    "payment": talk.read_payment,
    "number": amounts.read_amount,
    "phone_number": numbers.read_phone_number,
    "date": dates.read_date,
    "location": places.read_location,
    "directions": directions.read_directions,
    "question": open_question.read_any_question,
    "activity": doing.read_activity,
}
# the kinds whose readers tell a yes from a no themselves: a bare «no» declines no invitation
_SAYS_YES_OR_NO = frozenset({"accept", "decline", "accept_decline"})
# a step that wants a question asked is not done by a yes or a no to the bot's question
# («¿Tienes alguna pregunta?» «No, ninguna.»)
_NO_YES_OR_NO = _SAYS_YES_OR_NO | {"question"}
CORE_PREFIX = "asks:"  # a core's `pattern` when the meaning reader found it
# a polite question there is a request, not a question back: «¿me pone un café?», and to
# «¿algo más?» «sí, ¿tiene pañuelos?»; asking leave to pay one way: «¿puedo pagar con tarjeta?»
REQUESTS = frozenset({CORE_PREFIX + k for k in ("order", "accept_decline", "payment")})


@lru_cache(maxsize=1024)
def _question(step: Step, setting: str = "", topic: str = "") -> Question | None:
    if step.asks is None:
        return None
    words = frozenset(tokenize(step.bot).words)
    return Question(step.asks, words, step.bot, step.model_answer, _setting(setting), topic)


@lru_cache(maxsize=256)
def _setting(title: str) -> frozenset[str]:
    return frozenset(tokenize(title).words)


_SENTENCES = Kept(16)


def analyse(tokens: Tokens, kb: Knowledge) -> Sentence:
    """The sentence as the readers see it (one a turn: the rules read the same analysis)."""
    lexicon = engine()[0]
    a = analysed(tokens, lexicon)
    return _SENTENCES.get((a, kb), lambda: Sentence(a, lexicon, kb, meaning_words()))


def meaning_cores(
    step: Step, tokens: Tokens, kb: Knowledge, setting: str = "", topic: str = ""
) -> list[CoreMatch]:
    """The cores that say what the step asks, read from the analysis ([] when the step has
    no `asks`, its kind has no reader, or the answer does not say it); `setting` is the
    lesson's title, whose place a question may leave unsaid («¿a qué hora cierra?» at a
    museum), `topic` the lesson's lines (meaning/topic.py)."""
    question = _question(step, setting, topic)
    reader = READERS.get(question.asks.kind) if question else None
    if reader is None or question is None or not tokens.content:
        return []
    core = _read(step, question, analyse(tokens, kb))
    core = core or _read_cut(step, question, reactions.after_reaction(tokens, kb), kb)
    fillers = opening_phrases("fillers") + meaning_words().phrases("focus_openers")
    core = core or _read_cut(step, question, reactions.after_filler(tokens, fillers), kb)
    after_both = reactions.after_filler_reaction(tokens, fillers, kb)
    core = core or _read_cut(step, question, after_both, kb)
    asides = meaning_words().phrases("answer_asides")
    core = core or _read_cut(step, question, reactions.before_aside(tokens, asides), kb)
    core = core or _read_cut(step, question, proposals.proposal(tokens, meaning_words()), kb)
    # «el lunes no puedo, ¿el martes?»: the day proposed, not the one declined, answers
    counter = _read_cut(step, question, proposals.counter_proposal(tokens, meaning_words()), kb)
    return [c for c in (counter, core) if c]


def _read_cut(step: Step, question: Question, cut: reactions.Cut | None, kb) -> CoreMatch | None:
    """The core read past a reaction («¡qué bien! sí, voy») or in a proposal's frame («¿qué
    tal el lunes?»), placed in the whole answer."""
    core = cut and _read(step, question, analyse(cut.rest, kb))
    return core and reactions.shifted(core, cut.skipped)


def _read(step: Step, question: Question, sentence: Sentence) -> CoreMatch | None:
    """The core of the answer the step's readers find, or None."""
    reader = READERS[question.asks.kind]
    found = reader(sentence, question) or answering.read_with_question_verb(sentence, question)
    found = found or reasons.read_reason(sentence, question)
    found = found or answering.read_offered(sentence, question)
    found = found or offered_hours.read_offered_hour(sentence, question)  # «las ocho»
    asked = question.asks.kind not in _NO_YES_OR_NO and question.asked_yes_or_no(sentence)
    if found is None and (question.asks.yes_no or asked):
        found = yes_no.read_yes_no(sentence, question)
        found = found or stressed.read_stressed_yes_no(sentence, question)  # «yo sí»
        found = found or qualified.read_being_qualified(sentence, question)  # «somos…»
    found = found or none_asked.read_none(sentence, question)  # «¿le duele algo?» «no, nada»
    if found is None or found.end <= found.start or object_disagrees(sentence, question):
        return None
    if liking_whom.pronoun_disagrees(sentence, question):  # «les gustan» to «¿le gusta…?»
        return None
    return _core(step, question, found, sentence)


def asks_another_steps_thing(
    steps: tuple[Step, ...],
    number: int,
    tokens: Tokens,
    kb: Knowledge,
    core: CoreMatch,
    setting: str = "",
) -> bool:
    """Whether a question back (a core of `question`) names a place (`asked_any_of`) only
    another step of the lesson speaks of («¿dónde está la farmacia?» where a later step asks
    the way to it): that step's question, not this one's; the place the lesson is set in
    (its title: «la obra de teatro» at the theatre) is every step's."""
    if core.pattern != CORE_PREFIX + "question":
        return False
    if asks_another_steps_verb(steps, number, tokens, kb):  # «¿a qué hora cierra?»
        return True
    step = steps[number - 1]
    own = set(_step_words(step))  # and its vocabulary: «la tienda» and «la piscina» both ask
    own |= {w for item in step.vocabulary for w in tokenize(item.word).words}
    own |= _setting(setting) | homes_asked(step.model_answer, kb)
    others = {w for k, st in enumerate(steps, 1) if k != number for w in _step_words(st)}
    kinds = meaning_words().folded("asked_any_of")  # the places a question may ask about
    nouns = {
        w for w in tokens.words if kinds & getattr(kb.vocabulary.nouns.get(w), "classes", set())
    }
    return bool(nouns & others - own)


@lru_cache(maxsize=1024)
def _step_words(step: Step) -> frozenset[str]:
    return frozenset(tokenize(f"{step.bot} {step.model_answer}").words)


def said_of_someone_else(step: Step, tokens: Tokens, kb: Knowledge, core: CoreMatch) -> bool:
    """Whether a core says the answer of someone the step does not ask about («Mi padre es
    de México» to «¿De dónde eres?»): no answer, whether `asks` or a pattern found it."""
    question = _question(step)
    if question is None or not whose.may_be_someone_else(question, meaning_words()):
        return False
    sentence = analyse(tokens, kb)
    if reasons.read_reason(sentence, question) is not None:
        return False  # «porque mi novia es española»: a reason may speak of anyone
    return whose.of_someone_else(sentence, question, core.start, core.end)


def _core(step: Step, question: Question, found: Found, sentence: Sentence) -> CoreMatch:
    slots: tuple[tuple[str, int, int], ...] = ()
    # a yes/no question names the thing itself: what follows «me gusta» there is no fact
    # the bot asks for, and must not count as the next step answered ahead
    if found.value is not None and not question.asks.yes_no:
        start, end = found.value
        # a value echoes the learner's words, and the misspelling check passes over them:
        # it stops before a word no lexicon knows, unless it is a name; a comma inside it
        # is no word («seis, uno, dos...», «612, 345, 789»): the value goes on past it
        for k in range(start, end):
            known = sentence.w[k] == BOUNDARY or sentence.a.readings[k] or sentence.w_digit(k)
            if not known and not sentence.a.original(k)[:1].isupper():
                end = k
                break
        if end > start:
            slots = ((_slot_name(step, question), start, end),)
    return CoreMatch(CORE_PREFIX + question.asks.kind, found.start, found.end, slots, False)


# The slot kinds (langbot/lessons.py) of the value each kind of answer names, so a reading
# fills the slot a step's follow-up already uses ("¿En {place}?", "Ah, a {time}.").
_VALUE_KINDS = {
    "residence": ("place",),
    "routine_time": ("time",),
    "accept_decline": ("time",),
    "company": ("thing", "family", "name"),
    "state": ("state",),
    "job_or_studies": ("job", "study"),
    "plan": ("hobby", "activity"),
    "name": ("name",),
    "origin": ("place", "nationality"),
    "age": ("number",),
    "description": ("description",),
    "weather": ("weather",),
    "language": ("language",),
    "number": ("number",),
    "phone_number": ("number",),
    "date": ("number", "time", "month"),
    "location": ("place",),
    "directions": ("place",),
    "activity": ("activity", "hobby"),
}


def _slot_name(step: Step, question: Question) -> str:
    """The step's slot for the value read: one of the kind the value is, else `asks_slots`."""
    kinds = (question.asks.of, *_VALUE_KINDS.get(question.asks.kind, ()))
    for name, spec in step.slots.items():
        if isinstance(spec, str) and spec in kinds:
            return name
    return next(iter(step.asks_slots))


def reads_meaning(step: Step) -> bool:
    """Whether the step's `asks` has a reader (else only its patterns find a core)."""
    return step.asks is not None and step.asks.kind in READERS
