"""What the judge reads once from a step: its reflexive verbs, the subject it is about, the
accented words it knows, its verbs, and the person its model answer gives each verb."""

import re
from functools import lru_cache
from typing import NamedTuple

from langbot.grading.asked_persons import asked_persons
from langbot.grading.knowledge import Knowledge, knowledge
from langbot.grading.meaning.subject_asked import step_subject
from langbot.grading.meaning.words import meaning_words
from langbot.grading.past_forms import past_persons
from langbot.grading.step_tenses import step_past_verbs
from langbot.lessons import Lesson
from langbot.text import accented_words, fold, has_accent, lower_keep_accents

_SPEAKER = frozenset({"1s", "1p"})  # who answers speaks of themself
_SPEAKER_OR_THIRD = frozenset({"1s", "3s"})  # the imperfect's one form: «estaba»


class StepContext(NamedTuple):
    """What the judge reads once from a step: its reflexive verbs, the subject it is about,
    accented words it knows, its verbs, and the person its model answer gives each verb."""

    reflexive: dict[str, str]
    subject: tuple[str | None, str]
    accented: dict[str, str]
    verbs: frozenset[str]
    persons: dict[str, str]
    infinitives: frozenset[str]
    past: dict[str, tuple[str, str]]


@lru_cache(maxsize=1024)
def step_context(lesson: Lesson, number: int) -> StepContext:
    """The step's reflexive verbs, the subject it is about, and accented words it knows."""
    kb = knowledge()
    step = lesson.step(number)
    reflexive = kb.reflexive_uses(fold(step.model_answer).split())
    subject = step_subject(step, kb)
    accented: dict[str, str] = {}
    sources = [*step.accept, step.model_answer, *(v.word for v in step.vocabulary)]
    sources += kb.words.accents_known
    sources += [v for values in step.slots.values() if isinstance(values, list) for v in values]
    for text in sources:
        for word in accented_words(text):
            if has_accent(word):
                accented.setdefault(fold(word), word)
    verbs = set()
    sources = [*step.accept, step.model_answer, step.goal]
    for text in sources:
        for word in fold(text).split():
            verbs.update(kb.persons.get(word, {}))
    verbs.update(fold(v.word).strip() for v in step.vocabulary if v.kind == "verb")
    persons = _model_persons(step.model_answer, kb)
    asks_me = step.asks is not None and step.asks.who == "i"
    for verb, person in _model_past_persons(step.model_answer, kb, asks_me).items():
        persons.setdefault(verb, person)
    written = {inf for word in fold(step.model_answer).split() for inf in kb.persons.get(word, {})}
    for verb, person in asked_persons(step, kb).items():
        # the model answer's own use first («aquí tiene»), but a gustar-like verb it says of
        # another thing («me gustan más las flores») leaves the question's thing's number
        if verb not in written or (kb.verbs.is_like_gustar(verb) and verb not in persons):
            persons[verb] = person
    infinitives = frozenset(w for w in fold(step.model_answer).split() if _infinitive(w, kb))
    past = step_past_verbs(step)
    return StepContext(reflexive, subject, accented, frozenset(verbs), persons, infinitives, past)


def _infinitive(word: str, kb: Knowledge) -> bool:
    """A folded word is an infinitive, alone or with a reflexive pronoun joined («ir»,
    «apuntarme»)."""
    return word in kb.verbs.entries or any(
        word.endswith(p) and word[: -len(p)] in kb.verbs.entries for p in kb.reflexive
    )


def _model_persons(model_answer: str, kb: Knowledge) -> dict[str, str]:
    """The model answer's verbs whose form is of one person only: infinitive -> that person.
    An adjective of the vocabulary («estoy enfermo») is no verb («enfermar»); a gustar-like
    verb counts only when what it speaks of is the question's («¿le duelen los ojos?» «sí, me
    duelen un poco»): its person is that thing's, which the answer need not name again. A
    verb the answer says in two persons («está bien. Estoy en casa») sets neither."""
    wanted: dict[str, set[str]] = {}
    for sentence in re.split(r"[.!?;]", model_answer):  # «Me gusta mucho. Está…»: one each
        words, written = fold(sentence).split(), lower_keep_accents(sentence).split()
        handing = _handing_words(words)
        for k, word in enumerate(words):
            # opening the answer an adjective's form is the verb: «vivo aquí», not «estoy vivo»
            if (word in kb.vocabulary.adjectives and k > 0) or k in handing:
                continue
            if written[k] != word and past_persons(written[k]):
                continue  # «me gustó»: a past its accent tells from the present «gusto»
            for inf, persons in kb.persons.get(word, {}).items():
                if len(persons) != 1:
                    continue
                if kb.verbs.is_like_gustar(inf) and not _names_nothing(words[k + 1 :], kb):
                    continue
                wanted.setdefault(inf, set()).update(persons)
    return {inf: next(iter(people)) for inf, people in wanted.items() if len(people) == 1}


def _model_past_persons(model_answer: str, kb: Knowledge, asks_me: bool) -> dict[str, str]:
    """The model answer's past verbs the speaker says of themself, in one person («la pasé
    con mi familia»: pasar, yo); a past of the third person («se rompió») speaks of a thing.
    An imperfect of yo and él alike opening its clause («Sí, estaba con mi hermana») is the
    speaker's where the step asks about the learner (`asks_me`)."""
    wanted: dict[str, str] = {}
    raw, words = model_answer.split(), lower_keep_accents(model_answer).split()
    for k, word in enumerate(words):  # as written, a comma closes what opens the answer
        opening = k == 0 or (len(raw) == len(words) and raw[k - 1].endswith(","))
        for inf, persons in past_persons(word).items():
            if asks_me and opening and persons == _SPEAKER_OR_THIRD:
                persons = frozenset({"1s"})
            (person, *others) = persons
            if others or person not in _SPEAKER or kb.verbs.is_like_gustar(inf):
                continue
            wanted.setdefault(inf, person)
    return wanted


def _handing_words(words: list[str]) -> set[int]:
    """The positions of a phrase handing a thing over («aquí tiene»): said to the listener."""
    found: set[int] = set()
    for phrase in meaning_words().phrases("handing_phrases"):
        for k in range(len(words) - len(phrase) + 1):
            if tuple(words[k : k + len(phrase)]) == phrase:
                found.update(range(k, k + len(phrase)))
    return found


def _names_nothing(words: list[str], kb: Knowledge) -> bool:
    """Only degree words and adjectives follow («un poco», «muy bien», «un poco grande»)."""
    m = meaning_words()
    degree = {part for phrase in kb.adverbs_between for part in phrase.split()}
    degree |= {
        part for f in ("degree_words", "state_adverbs") for p in m.folded(f) for part in p.split()
    }
    return all(w in degree or w in kb.vocabulary.adjectives for w in words)
