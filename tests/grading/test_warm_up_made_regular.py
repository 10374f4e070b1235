"""The table of made-up verb forms (~0.6 s to build) is built in the start-up warm-up, never on
a learner's turn: a turn with an unknown word after the warm-up reads the table it left."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = """
from langbot.grading import sentence_errors, warm_up
from langbot.grading.rules.made_regular import made_regular
warm_up()
built = made_regular.cache_info().misses
errors = sentence_errors("Ella dormió mucho.")
assert any("durmió" in e.message for e in errors), errors
assert made_regular.cache_info().misses == built, "a turn built the table"
print("built", built)
"""


def test_the_warm_up_builds_the_made_up_forms_once():
    done = subprocess.run(
        [sys.executable, "-c", CODE], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "built 1"
