"""The made-up verb forms are generated data: the checked-in file is what its generator makes
from verbs.yaml, the endings and the lexicon, and a malformed file stops start-up with a
message naming the file and the entry."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from langbot.errors import LessonFileError
from langbot.grading.rules.made_regular import made_up_forms

ROOT = Path(__file__).resolve().parents[2]


def test_the_checked_in_table_is_what_the_generator_makes():
    done = subprocess.run(
        [sys.executable, "scripts/generate_made_regular.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]


def test_a_malformed_entry_is_named(tmp_path):
    bad = tmp_path / "made_regular.yaml"
    bad.write_text("forms:\n  dormio: [dormir]\n", encoding="utf-8")
    with pytest.raises(LessonFileError) as e:
        made_up_forms(bad)
    assert "made_regular.yaml" in str(e.value) and "dormio" in str(e.value)


def test_an_unknown_field_is_refused(tmp_path):
    bad = tmp_path / "made_regular.yaml"
    bad.write_text("forms: {}\nextra: 1\n", encoding="utf-8")
    with pytest.raises(LessonFileError) as e:
        made_up_forms(bad)
    assert "extra" in str(e.value)
