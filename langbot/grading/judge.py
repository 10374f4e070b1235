"""The built-in judge: is an answer right, and if not, what exactly is wrong?

An answer is right when its core does what the step asks (found anywhere in it, around
greetings, thanks and extra clauses) and nothing in it is a definite error. It is wrong
when the core is missing (another question, English, off topic) or an error is certain.
"""

import re
from dataclasses import replace

from langbot.conversation import Verdict
from langbot.grading.answer_tense import told_only_in_past
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
)
from langbot.grading.meaning.proposals import proposes
from langbot.grading.meaning.topic import lesson_text
from langbot.grading.orthography import quote_as_written, write_sentence
from langbot.grading.recast import apply_fixes
from langbot.grading.spelling import correct_spelling, misspelled_extras, spelt, step_words
from langbot.grading.step_context import step_context
from langbot.grading.surroundings import (
    asked_verbs,
    english_around,
    inside_question,
    lesson_names,
    other_verb,
    said_to_the_asker,
    says_more,
    unnamed_words,
)
from langbot.grading.tokens import Tokens, tokenize
from langbot.lessons import Lesson
from langbot.text import fold


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
    if told_only_in_past(lesson.step(number), tokens):
        return None  # «fui al cine» to «¿qué haces por la tarde?»: once, not what one does
    verbs = step_context(lesson, number).verbs
    # What `asks` reads from the analysis, and the author's patterns: either is a core.
    cores = meaning_cores(lesson.step(number), tokens, kb, lesson.title, lesson_text(lesson))
    cores += find_cores(lesson, number, tag_stream(tokens, kb))
    for core in sorted(cores, key=lambda c: (c.weak, -(c.end - c.start))):
        if core.weak and says_more(tokens, core, kb):
            continue
        asked = asked_verbs(lesson.step(number), kb)
        step = lesson.step(number)
        if other_verb(tokens, core, verbs, kb, asked) and not proposes(step, tokens, core, kb):
            continue  # the frame's verb is no other: «¿el lunes te va bien?»
        if not asks and said_to_the_asker(tokens, asked, kb):  # a question asked may ask the bot
            continue
        if said_of_someone_else(lesson.step(number), tokens, kb, core):
            continue
        steps = tuple(lesson.steps)
        if asks_another_steps_thing(steps, number, tokens, kb, core, lesson.title):
            continue
        if not asks and core.pattern not in REQUESTS and inside_question(tokens, core):
            if not proposes(step, tokens, core, kb):  # «¿qué tal el sábado?» to «¿cuándo…?»
                continue
        return core
    return None


def _grammar_errors(
    lesson: Lesson, number: int, tokens: Tokens, kb: Knowledge
) -> list[GrammarError]:
    step = step_context(lesson, number)
    age_step = not set(kb.words.age_words).isdisjoint(
        fold(lesson.step(number).model_answer).split()
    )
    return check_grammar(
        tokens,
        kb,
        step.reflexive,
        step.subject,
        age_step,
        step.persons,
        step.infinitives,
        step_verbs=step.verbs,
        past_verbs=step.past,
    )


def _extra_misspellings(
    lesson: Lesson, number: int, tokens: Tokens, core: CoreMatch, kb: Knowledge, errors
) -> list[GrammarError]:
    slot_tokens = {k for _, i, j in core.slots for k in range(i, j)} | spelt(errors)
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
    errors += _extra_misspellings(lesson, number, tokens, core, kb, errors)
    if errors:
        return None if quick else _miss("grammar", errors, tokens, _rechecker(lesson, number, kb))
    if quick:
        return _RIGHT
    notes = accent_notes(text, step_context(lesson, number).accented, lesson_names(lesson))
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
