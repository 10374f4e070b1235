"""The built-in judge: is an answer right, and if not, what exactly is wrong?

An answer is right when its core does what the step asks (found anywhere in it, around
greetings, thanks and extra clauses) and nothing in it is a definite error. It is wrong
when the core is missing (another question, English, off topic) or an error is certain.
"""

import re
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from langbot.conversation import Verdict
from langbot.grading.echo import accent_notes, guess_facts, slot_values
from langbot.grading.grammar import GrammarError, check_grammar
from langbot.grading.instructions import tells_the_tutor
from langbot.grading.knowledge import Knowledge, knowledge
from langbot.grading.language import english_share, is_help_request, is_injection, is_question
from langbot.grading.matching import CoreMatch, could_match, find_cores, tag_stream
from langbot.grading.meaning import (
    REQUESTS,
    asks_another_steps_thing,
    meaning_cores,
    reads_meaning,
    said_of_someone_else,
    step_subject,
)
from langbot.grading.meaning.words import meaning_words
from langbot.grading.orthography import quote_as_written, write_sentence
from langbot.grading.recast import apply_fixes
from langbot.grading.spelling import correct_spelling, misspelled_extras, step_words
from langbot.grading.surroundings import (
    asked_verbs,
    english_around,
    inside_question,
    lesson_names,
    other_verb,
    says_more,
    unnamed_words,
)
from langbot.grading.tokens import Tokens, tokenize
from langbot.lessons import Lesson
from langbot.text import accented_words, fold, has_accent


class StepContext(NamedTuple):
    """What the judge reads once from a step: its reflexive verbs, the subject it is about,
    accented words it knows, its verbs, and the person its model answer gives each verb."""

    reflexive: dict[str, str]
    subject: tuple[str | None, str]
    accented: dict[str, str]
    verbs: frozenset[str]
    persons: dict[str, str]
    infinitives: frozenset[str]


@lru_cache(maxsize=1024)
def _step_context(lesson: Lesson, number: int) -> StepContext:
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
    infinitives = frozenset(w for w in fold(step.model_answer).split() if w in kb.verbs.entries)
    return StepContext(reflexive, subject, accented, frozenset(verbs), persons, infinitives)


def _model_persons(model_answer: str, kb: Knowledge) -> dict[str, str]:
    """The model answer's verbs whose form is of one person only: infinitive -> that person.
    An adjective of the vocabulary («estoy enfermo») is no verb («enfermar»); a gustar-like
    verb counts only when what it speaks of is the question's («¿le duelen los ojos?» «sí, me
    duelen un poco»): its person is that thing's, which the answer need not name again."""
    wanted: dict[str, str] = {}
    for sentence in re.split(r"[.!?;]", model_answer):  # «Me gusta mucho. Está…»: one each
        words = fold(sentence).split()
        handing = _handing_words(words)
        for k, word in enumerate(words):
            # opening the answer an adjective's form is the verb: «vivo aquí», not «estoy vivo»
            if (word in kb.vocabulary.adjectives and k > 0) or k in handing:
                continue
            for inf, persons in kb.persons.get(word, {}).items():
                if len(persons) != 1:
                    continue
                if kb.verbs.is_like_gustar(inf) and not _names_nothing(words[k + 1 :], kb):
                    continue
                wanted.setdefault(inf, next(iter(persons)))
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


def _corrected(
    tokens: Tokens, errors: list[GrammarError], recheck
) -> tuple[str | None, tuple[GrammarError, ...]]:
    """The learner's sentence with every error the checks know of fixed, written right (None
    when a fix leaves an error behind: the model answer is shown instead), and the errors the
    fixes revealed («soi bien»: «soy bien» is ser for estar)."""
    if not _PLAIN_SENTENCE.fullmatch(tokens.original):
        return None, ()  # a link, an address or markup is never written back to the learner
    if len(tokens.original.split()) > _RECAST_MAX_WORDS:
        return None, ()  # a paragraph is not rewritten: the model answer is shown, fast
    revealed: list[GrammarError] = []
    for _ in range(_FIX_ROUNDS):
        fixed = apply_fixes(tokens, errors)
        if fixed is None:
            return None, tuple(revealed)
        tokens = tokenize(write_sentence(fixed))
        errors = recheck(tokens)
        revealed.extend(errors)
        if not errors:
            return tokens.original, tuple(revealed)
    return None, tuple(revealed)


_PLAIN_SENTENCE = re.compile(r"[\w\s.,;:!?¿¡«»()\"“”'’-]*")
_RECAST_MAX_WORDS = 40  # far beyond an A1 answer; each fix round re-runs every rule
_FIX_ROUNDS = 3  # a fix may reveal the next error ("Yo gusto las novelas": me gusta, gustan)


def _miss(
    category, errors: list[GrammarError], tokens: Tokens, recheck=None, certain: bool = True
) -> Verdict:
    recast, revealed = (
        _corrected(tokens, errors, recheck) if recheck else (apply_fixes(tokens, errors), ())
    )
    return Verdict(
        False,
        category,
        tuple(dict.fromkeys(quote_as_written(e.message, tokens) for e in errors)),
        error_kinds=tuple(dict.fromkeys(e.kind for e in (*errors, *revealed))),
        recast=recast,
        certain=certain,
    )


def _core(lesson: Lesson, number: int, tokens: Tokens, kb: Knowledge) -> CoreMatch | None:
    """The best core of a right answer that what surrounds it leaves an answer (one inside a
    question the learner asks, say, is none; another core may still be)."""
    model_answer = lesson.step(number).model_answer
    asks = "?" in fold(model_answer) or "?" in model_answer
    verbs = _step_context(lesson, number).verbs
    # What `asks` reads from the analysis, and the author's patterns: either is a core.
    cores = meaning_cores(lesson.step(number), tokens, kb)
    cores += find_cores(lesson, number, tag_stream(tokens, kb))
    for core in sorted(cores, key=lambda c: (c.weak, -(c.end - c.start))):
        if core.weak and says_more(tokens, core, kb):
            continue
        if other_verb(tokens, core, verbs, kb, asked_verbs(lesson.step(number), kb)):
            continue
        if said_of_someone_else(lesson.step(number), tokens, kb, core):
            continue
        if asks_another_steps_thing(tuple(lesson.steps), number, tokens, kb, core):
            continue
        if not asks and core.pattern not in REQUESTS and inside_question(tokens, core):
            continue
        return core
    return None


def _grammar_errors(
    lesson: Lesson, number: int, tokens: Tokens, kb: Knowledge
) -> list[GrammarError]:
    step = _step_context(lesson, number)
    age_step = not set(kb.words.age_words).isdisjoint(
        fold(lesson.step(number).model_answer).split()
    )
    return check_grammar(
        tokens, kb, step.reflexive, step.subject, age_step, step.persons, step.infinitives
    )


def _extra_misspellings(
    lesson: Lesson, number: int, tokens: Tokens, core: CoreMatch, kb: Knowledge
) -> list[GrammarError]:
    slot_tokens = {k for _, i, j in core.slots for k in range(i, j)}
    return misspelled_extras(tokens, kb, skip=slot_tokens, step_words=step_words(lesson, number))


def grade_answer(lesson: Lesson, step_number: int, text: str) -> Verdict:
    """Judge one learner answer to one step of a lesson (step numbers count from 1)."""
    verdict = _decide(lesson, step_number, text, quick=False)
    assert verdict is not None  # only the quick mode answers None
    return verdict


def accepts_answer(lesson: Lesson, step_number: int, text: str) -> bool:
    """Whether `grade_answer` would judge the text right: the same decisions in the quick
    mode, which stops at the first miss without working out any feedback."""
    verdict = _decide(lesson, step_number, text, quick=True)
    return verdict is not None and verdict.correct


_RIGHT = Verdict(True, "correct")  # the quick mode's right answer: no notes, no slots


def _decide(lesson: Lesson, number: int, text: str, quick: bool) -> Verdict | None:
    """The one decision list, in order: no answer at all (empty, help, an injection), then
    a core with what is around it, then a miss without a core. `quick` answers None for any
    miss and a bare verdict for a right answer: the leak guard's fast yes/no."""
    lesson.step(number)
    if quick and not could_match(lesson, number, text) and not reads_meaning(lesson.step(number)):
        return None
    kb = knowledge()
    tokens = tokenize(text)
    core = _core(lesson, number, tokens, kb) if tokens.content else None
    if quick and core is None:
        return None  # the cheap test first: most text has no core, and only a core is right
    refusal = _refusal(text, tokens, kb)
    if refusal is not None:
        return None if quick else refusal
    if core is None:
        return _without_core(lesson, number, text, tokens, kb)
    return _with_core(lesson, number, text, tokens, kb, core, quick)


def _refusal(text: str, tokens: Tokens, kb: Knowledge) -> Verdict | None:
    """Text that is no answer at all: empty, a request for help, or words to the tutor."""
    if not tokens.content:
        return Verdict(False, "context", ("That doesn't answer the question yet.",))
    if is_help_request(text):
        return Verdict(False, "help", certain=True)
    if is_injection(text) or tells_the_tutor(tokens, kb):
        return Verdict(False, "injection", ("Let's keep to the conversation.",), certain=True)
    return None


def _with_core(
    lesson: Lesson,
    number: int,
    text: str,
    tokens: Tokens,
    kb: Knowledge,
    core: CoreMatch,
    quick: bool,
) -> Verdict | None:
    """An answer with a core: right unless English surrounds it or an error is certain."""
    errors = _grammar_errors(lesson, number, tokens, kb)
    if english_around(tokens, core, kb, lesson):
        return None if quick else Verdict(False, "english", ("Try it in Spanish!",), certain=True)
    if quick and errors:
        return None
    errors += _extra_misspellings(lesson, number, tokens, core, kb)
    if errors:
        return None if quick else _miss("grammar", errors, tokens, _rechecker(lesson, number, kb))
    if quick:
        return _RIGHT
    notes = accent_notes(text, _step_context(lesson, number).accented, lesson_names(lesson))
    return Verdict(True, "correct", (), notes, slot_values(tokens, core), certain=True)


def _without_core(lesson: Lesson, number: int, text: str, tokens: Tokens, kb: Knowledge) -> Verdict:
    """A miss with no core: English, a misspelt answer, a grammar error, a question back,
    or something else."""
    unnamed = [tokens.words[k] for k in unnamed_words(tokens, lesson, range(len(tokens.words)))]
    if english_share(unnamed, kb.spanish_words) >= 0.5:
        return Verdict(False, "english", ("Try it in Spanish!",), certain=True)
    errors = _grammar_errors(lesson, number, tokens, kb)
    recheck = _rechecker(lesson, number, kb)
    spelling = correct_spelling(lesson, number, tokens, kb)
    if spelling:
        return _miss("grammar", spelling + errors, tokens, recheck)
    if errors:
        return replace(
            _miss("grammar", errors, tokens, recheck),
            slots=guess_facts(lesson, number, tokens, kb),
        )
    if is_question(text):
        return Verdict(False, "off_topic", ("That doesn't answer the question.",), certain=True)
    guessed = guess_facts(lesson, number, tokens, kb)
    return Verdict(False, "context", ("That doesn't answer the question yet.",), slots=guessed)


def _rechecker(lesson: Lesson, number: int, kb: Knowledge):
    """The grammar check a recast is run through again, on the fixed sentence."""

    def recheck(fixed: Tokens) -> list[GrammarError]:
        return _grammar_errors(lesson, number, fixed, kb)

    return recheck
