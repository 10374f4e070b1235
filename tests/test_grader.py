"""The built-in grader: normalising, accents, patterns, grammar, English, off-topic."""

from pathlib import Path

import pytest
import yaml
from helpers import table

from langbot.grading import grade_answer

CASES_FILE = Path(__file__).parent / "data" / "grader_cases.yaml"


def grade(lessons, lesson, step, text):
    return grade_answer(lessons[lesson], step, text)


@pytest.mark.parametrize(
    "text",
    [
        "Me llamo Ana.",
        "me llamo ana",
        "  ME   LLAMO   ANA  ",
        "¡Me llamo Ana!",
        "hola, me llamo Ana, ¿y tú?",
    ],
)
def test_normalising_ignores_case_space_punctuation_and_marks(lessons, text):
    verdict = grade(lessons, "greetings", 2, text)
    assert verdict.correct and verdict.certain
    assert verdict.facts == {"name": "Ana"}


def test_missing_accents_are_accepted_with_a_note(lessons):
    verdict = grade(lessons, "greetings", 4, "Estoy bien, ¿y tu?")
    assert verdict.correct
    assert verdict.notes == ("«tu» needs an accent: «tú»",)


def test_correct_accents_get_no_note(lessons):
    assert grade(lessons, "greetings", 4, "Estoy bien, ¿y tú?").notes == ()


@pytest.mark.parametrize(
    "lesson,step,text,kind,fragment",
    table("answers", "grader_misses", "lesson,step,text,kind,fragment"),
)
def test_misses_say_what_was_wrong_without_the_answer(lessons, lesson, step, text, kind, fragment):
    verdict = grade(lessons, lesson, step, text)
    assert not verdict.correct
    assert verdict.category == kind
    joined = " ".join(verdict.errors)
    assert fragment in joined
    assert lessons[lesson].steps[step - 1].model_answer not in joined


@pytest.mark.parametrize(
    "lesson,step,text",
    [
        ("numbers", 3, "mi amiga tiene treinta y un años"),  # "un" here is a number, not an article
        ("routine", 6, "por la tarde voy al gimnasio y después ceno"),  # "por…" is not "por qué"
        ("greetings", 3, "soy de los Estados Unidos"),
        ("cafe", 5, "sí, el café está muy rico"),
    ],
)
def test_correct_answers_that_once_tripped_the_rules(lessons, lesson, step, text):
    verdict = grade(lessons, lesson, step, text)
    assert verdict.correct, verdict


def test_grammar_errors_fail_even_when_a_pattern_matches(lessons):
    # "{name}" is a free slot, but the verb form is still wrong
    verdict = grade(lessons, "greetings", 2, "yo me llamas Ana")
    assert not verdict.correct and verdict.category == "grammar"


def _cases():
    if not CASES_FILE.exists():
        return []
    rows = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    return [
        pytest.param(r, id=f"{r['lesson']}-{r['step']}-{r['kind']}-{i}") for i, r in enumerate(rows)
    ]


CASES = _cases()


def test_the_case_table_covers_every_lesson(lessons):
    covered = {c.values[0]["lesson"] for c in CASES}
    for key in lessons:
        assert key in covered, (
            f"lesson {key!r} has no rows in tests/data/grader_cases.yaml: add a few right and "
            "wrong answers for it there (lesson, step, text, correct, kind), as for the others"
        )
    assert covered <= set(lessons)


@pytest.mark.parametrize("case", CASES)
def test_grader_table(lessons, case):
    """Accepted variants and rejected errors, for every lesson."""
    verdict = grade(lessons, case["lesson"], case["step"], case["text"])
    assert verdict.correct is case["correct"], verdict
