"""Dump what the built-in judge says, to prove a speed change leaves behaviour identical:
every rule's errors (switched-off rules too) and the misspellings in the tuning real-pairs
sentences (learner and corrected), and the full verdict of every bench_core turn.

Run: python benchmarks/fires_identity.py > before.txt, then again after a change, and diff.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_core import _turns  # noqa: E402

from langbot.evaluation import EVALS_DIR  # noqa: E402
from langbot.grading import grade_answer, warm_up  # noqa: E402
from langbot.grading.knowledge import knowledge  # noqa: E402
from langbot.grading.rules.registry import run_rules  # noqa: E402
from langbot.grading.spelling import misspelled_extras  # noqa: E402
from langbot.grading.tokens import tokenize  # noqa: E402
from langbot.lessons import load_lessons  # noqa: E402
from langbot.real_eval import load_pairs  # noqa: E402


def _fires(text: str) -> list:
    """Every rule's errors, with the rules switched off, and the misspellings."""
    kb, tokens = knowledge(), tokenize(text)
    found = run_rules(tokens, kb, include_off=True)
    found += [("misspelling", e) for e in misspelled_extras(tokens, kb, set())]
    return [(rule, e.kind, e.message, e.start, e.end, e.fix) for rule, e in found]


def main() -> None:
    """Print one line a sentence and one a turn."""
    texts = []
    for pair in load_pairs(EVALS_DIR / "real-pairs"):
        texts += [pair.learner, pair.corrected]
    for text in texts:
        print(repr(text), _fires(text))
    lessons = load_lessons()
    warm_up(lessons)
    for lesson, number, text in _turns(lessons):
        print(lesson.id, number, repr(text), repr(grade_answer(lesson, number, text)))


if __name__ == "__main__":
    main()
