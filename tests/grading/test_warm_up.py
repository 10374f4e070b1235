"""The start-up warm-up leaves no data file for a learner's first turns to read: after it,
grading right and wrong answers at every step opens no file (a first wrong turn once read the
meaning and instruction words, some 100 ms on that turn)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = """
import builtins, io
from langbot.grading import grade_answer, warm_up
from langbot.lessons import load_lessons
lessons = load_lessons()
warm_up(lessons)
def refuse(*args, **kwargs):
    raise AssertionError(f"a turn opened {args[0]}")
builtins.open = io.open = refuse
for lesson in lessons.values():
    steps = len(lesson.steps)
    for number in range(1, steps + 1):
        other = lesson.step(number % steps + 1).model_answer
        for text in (other, other.upper(), " ".join(reversed(other.split())), "xq " + other):
            grade_answer(lesson, number, text)
print("no file opened")
"""


def test_after_the_warm_up_no_turn_opens_a_file():
    done = subprocess.run(
        [sys.executable, "-c", CODE], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "no file opened"
