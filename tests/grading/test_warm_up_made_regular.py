"""The table of made-up verb forms is loaded in the start-up warm-up, never on a learner's
turn: a turn with a made-up form after the warm-up reads the table it left."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = """
from langbot.grading import sentence_errors, warm_up
from langbot.grading.rules.made_regular import made_up_forms
warm_up()
loaded = made_up_forms.cache_info().misses
errors = sentence_errors("Ella dormió mucho.")
assert any("durmió" in e.message for e in errors), errors
assert made_up_forms.cache_info().misses == loaded, "a turn loaded the table"
print("loaded", loaded)
"""


def test_the_warm_up_loads_the_made_up_forms_once():
    done = subprocess.run(
        [sys.executable, "-c", CODE], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "loaded 1"
