"""Test tables kept as data (rows of tests/data/cases/*.yaml turned into pytest parameters),
and the spelling errors of a sentence as the spelling tests compare them."""

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


def grade_lesson(lesson: str, number: int, text: str) -> bool:
    """Whether the built-in judge accepts text at a step of a YAML-only or a shipped lesson."""
    from langbot.evaluation import EVALS_DIR
    from langbot.grading import grade_answer
    from langbot.lessons import load_lesson_file, load_lessons

    path = EVALS_DIR / "yaml-only" / "lessons" / f"{lesson}.yaml"
    found = load_lesson_file(path) if path.is_file() else load_lessons()[lesson]
    return grade_answer(found, number, text).correct
