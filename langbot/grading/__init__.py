"""The built-in judge: matching, grammar, feedback and recasts, with its Spanish knowledge as data."""

import logging

from langbot.conversation import Conversation, Judgement
from langbot.errors import InputRejected
from langbot.grading.ahead import answered_ahead
from langbot.grading.checks import (
    RefusedAnswer,
    check_lessons,
    check_slot_kinds,
    refused_model_answers,
)
from langbot.grading.grammar import GrammarError, check_grammar
from langbot.grading.judge import accepts_answer, grade_answer
from langbot.grading.knowledge import knowledge
from langbot.grading.spelling import misspelled_extras, spelt
from langbot.grading.tokens import tokenize
from langbot.lessons import Lesson

__all__ = [
    "BuiltinJudge",
    "RefusedAnswer",
    "answered_ahead",
    "accepts_answer",
    "check_lessons",
    "check_slot_kinds",
    "grade_answer",
    "refused_model_answers",
    "sentence_errors",
    "warm_up",
]


log = logging.getLogger(__name__)
# the grader failing on an answer must not end the turn nor cost a try
UNCHECKED = "This answer could not be checked. Please write it another way: no try was used."


class BuiltinJudge:
    """The embedded default: the offline grader, no model."""

    name = "builtin"

    def judge(self, lesson: Lesson, conversation: Conversation, text: str) -> Judgement:
        """Grade with the built-in grader; a right answer that also answers the next step
        carries that step's verdict too."""
        try:
            verdict = grade_answer(lesson, conversation.step, text)
            ahead = (
                answered_ahead(lesson, conversation.step, text, verdict.slots)
                if verdict.correct
                else None
            )
        except Exception as fault:  # a fault in the grader's own code, found by no test yet
            log.exception("the built-in judge failed on one answer")
            raise InputRejected(UNCHECKED) from fault
        return Judgement(verdict, ahead=ahead)


def sentence_errors(text: str) -> list[GrammarError]:
    """The definite errors of a sentence on its own, with no step: grammar and misspellings."""
    kb = knowledge()
    tokens = tokenize(text)
    grammar = check_grammar(tokens, kb)
    return grammar + misspelled_extras(tokens, kb, skip=spelt(grammar))


def warm_up(lessons: dict[str, Lesson] | None = None) -> None:
    """Load the word lists, the accent table and the grammar rules and compile every step's
    patterns now, off the turn's path."""
    from langbot.grading.bare_predicates import counted_never_bare  # noqa: PLC0415
    from langbot.grading.bare_subjects import bare_singular_subjects  # noqa: PLC0415
    from langbot.grading.copula_adjectives import load_copula_adjectives  # noqa: PLC0415
    from langbot.grading.knowledge import knowledge  # noqa: PLC0415
    from langbot.grading.language import warm_up as load_frequencies  # noqa: PLC0415
    from langbot.grading.matching import compiled_patterns  # noqa: PLC0415
    from langbot.grading.near_words import warm_up as index_sounds  # noqa: PLC0415
    from langbot.grading.orthography import accent_context, accent_table  # noqa: PLC0415
    from langbot.grading.preposition_nouns import never_bare_after  # noqa: PLC0415
    from langbot.grading.rules.made_regular import made_up_forms, made_up_spellings  # noqa: PLC0415
    from langbot.grading.rules.registry import engine  # noqa: PLC0415
    from langbot.grading.slips import index_letters  # noqa: PLC0415
    from langbot.grading.verb_prepositions import load_verb_prepositions  # noqa: PLC0415

    load_frequencies()
    knowledge()
    accent_table()  # how the bot writes what it quotes and corrects: a large generated table
    accent_context()
    engine()  # the grammar rules and their lexicon
    made_up_forms()  # the irregular verbs' made-up forms, a generated table
    made_up_spellings()  # and the past forms missing their spelling change
    load_verb_prepositions()  # the counts the verb_links rules read
    load_copula_adjectives()  # the counts the copula rules read
    bare_singular_subjects()  # the counts the article rules read: a malformed file stops
    counted_never_bare()  # start-up here, naming itself, and never a learner's turn
    never_bare_after()
    index_sounds()  # the common words by how they sound, for misspellings by ear
    index_letters()  # and by their letters, for scrambled ones (80 ms to build)
    for lesson in (lessons or {}).values():
        for number in range(1, len(lesson.steps) + 1):
            compiled_patterns(lesson, number)
            # a right and a wrong answer (another step's) load what a turn reads lazily:
            # the meaning and instruction words, the step's context (100 ms on a first turn)
            grade_answer(lesson, number, lesson.step(number).model_answer)
            grade_answer(lesson, number, lesson.step(number % len(lesson.steps) + 1).model_answer)
