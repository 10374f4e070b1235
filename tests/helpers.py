"""Test tables kept as data (rows of tests/data/cases/*.yaml turned into pytest parameters),
the spelling errors and fixes of a sentence, and lessons and steps to grade answers at."""

from pathlib import Path

import yaml

CASES_DIR = Path(__file__).parent / "data" / "cases"


def table(name: str, section: str, fields: str) -> list[tuple]:
    """The rows of one section of tests/data/cases/<name>.yaml as tuples in the order of fields."""
    names = [f.strip() for f in fields.split(",")]
    path = CASES_DIR / f"{name}.yaml"
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))[section]
    for number, row in enumerate(rows, 1):
        if not isinstance(row, dict) or set(row) != set(names):
            raise ValueError(f"{path} {section} row {number}: want the fields {names}, got {row!r}")
    return [tuple(row[n] for n in names) for row in rows]


def strings(name: str, section: str) -> list[str]:
    """One section of tests/data/cases/<name>.yaml that is a plain list of strings."""
    path = CASES_DIR / f"{name}.yaml"
    items = yaml.safe_load(path.read_text(encoding="utf-8"))[section]
    if not all(isinstance(item, str) for item in items):
        raise ValueError(f"{path} {section}: every item must be a string")
    return items


def spelling_errors(text: str) -> list[tuple[str, str]]:
    """The (message, fix) of each spelling error the judge finds in a sentence with no step."""
    from langbot.grading import sentence_errors

    return [(e.message, e.fix) for e in sentence_errors(text) if e.kind == "spelling"]


def sentence_fixes(text: str) -> list[str | None]:
    """The fix of each error the judge finds in a sentence with no step, in reading order."""
    from langbot.grading import sentence_errors

    return [e.fix for e in sentence_errors(text)]


def lesson_named(name: str):
    """A YAML-only lesson (evals/yaml-only/lessons) by name, else the shipped one."""
    from langbot.evaluation import YAML_ONLY_DIR
    from langbot.lessons import load_lesson_file, load_lessons

    path = YAML_ONLY_DIR / "lessons" / f"{name}.yaml"
    return load_lesson_file(path) if path.is_file() else load_lessons()[name]


def grade_lesson(lesson: str, number: int, text: str) -> bool:
    """Whether the built-in judge accepts text at a step of a YAML-only or a shipped lesson."""
    from langbot.grading import grade_answer

    return grade_answer(lesson_named(lesson), number, text).correct


def made_step(bot: str, asks: dict, model: str, **fields):
    """YAML-only «tiempo» with its first step made of a bot line, what it asks, a model answer
    and any other step fields, with plain cues: a step of any kind, in one line."""
    from langbot.lessons import Lesson

    data = lesson_named("tiempo").model_dump()
    data["steps"][0].update(bot=bot, asks=asks, model_answer=model, **fields)
    data["steps"][0]["cues"] = {"general": "Answer in Spanish.", "specific": "A whole sentence."}
    return Lesson.model_validate(data)


def grade_made_step(bot: str, asks: dict, model: str, text: str):
    """The verdict on text at a step made by made_step."""
    from langbot.grading import grade_answer

    return grade_answer(made_step(bot, asks, model), 1, text)


def judged_at_made_step(bot: str, asks: dict, model: str, cases: list[tuple], doc: str):
    """A test that the judge accepts each (text, right) at a step made by made_step when right
    is True and refuses it when False; `doc` says what the table holds."""
    import pytest

    @pytest.mark.parametrize("text,right", cases)
    def test(text: str, right: bool) -> None:
        assert grade_made_step(bot, asks, model, text).correct is right

    test.__doc__ = doc
    return test


def check_yaml_lessons(names) -> None:
    """The start-up check of these YAML-only lessons: raises naming the step if the judge
    refuses a model answer."""
    from langbot.evaluation import YAML_ONLY_DIR
    from langbot.grading.checks import check_lessons

    check_lessons({n: lesson_named(n) for n in names}, YAML_ONLY_DIR / "lessons")


def accepted_at_steps(cases: list[tuple]):
    """A test that the judge accepts each (lesson, step, text) at its step."""
    import pytest

    @pytest.mark.parametrize("lesson,number,text", cases)
    def test(lesson, number, text):
        assert grade_lesson(lesson, number, text), text

    return test


def refused_at_steps(cases: list[tuple]):
    """A test that the judge refuses each (lesson, step, text) at its step."""
    import pytest

    @pytest.mark.parametrize("lesson,number,text", cases)
    def test(lesson, number, text):
        assert not grade_lesson(lesson, number, text), text

    return test


def named_and_left_alone(cases: list[tuple]):
    """A test that each rule fires on its (wrong, rule, right) wrong sentence, not on the right."""
    import pytest

    from langbot.native_eval import sentence_fires

    @pytest.mark.parametrize(("wrong", "rule", "right"), cases)
    def test(wrong, rule, right):
        assert rule in {r for r, _, _ in sentence_fires(wrong)}
        assert rule not in {r for r, _, _ in sentence_fires(right)}

    return test


def run_eval_cli(*argv: str) -> tuple[int, str, str]:
    """`langbot eval` with these arguments: its exit code, output and error output."""
    import io
    import sys

    from langbot.cli import main

    out, err = io.StringIO(), io.StringIO()
    real, sys.stderr = sys.stderr, err
    try:
        code = main(["eval", *argv], out=out)
    finally:
        sys.stderr = real
    return code, out.getvalue(), err.getvalue()
