"""An author's first read of a lesson whose model answer is refused: `langbot eval` still
gives figures and names the refused answer at the top, while the app will not start on it."""

import hashlib
import json
import os
import re
from pathlib import Path

import pytest
import yaml
from helpers import run_eval_cli

from langbot.config import load_settings
from langbot.errors import LessonFileError

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "tests" / "data" / "authoring" / "ropa.yaml"
ROW = {"lesson": "ropa", "attempt": 1, "expected": "correct", "category": "exact"}


@pytest.fixture
def refused_lesson(tmp_path, monkeypatch):
    """A lessons folder whose first step's model answer answers something else, and an
    eval file of two right answers to the lesson."""
    folder = tmp_path / "lessons"
    folder.mkdir()
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    data["steps"][0]["model_answer"] = "Me llamo Pedro."
    (folder / "ropa.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    rows = [
        {**ROW, "step": 1, "text": "Busco una falda."},
        {**ROW, "step": 6, "text": "Pago con tarjeta."},
    ]
    eval_file = tmp_path / "ropa-eval.yaml"
    eval_file.write_text(yaml.safe_dump(rows, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("LANGBOT_LESSONS_DIR", str(folder))
    return folder, eval_file


def _eval(*argv: str) -> tuple[int, str]:
    code, out, _ = run_eval_cli(*argv)
    return code, out


def test_eval_names_a_refused_model_answer_at_the_top_and_scores_it(refused_lesson):
    folder, eval_file = refused_lesson
    code, text = _eval("--set", str(eval_file))
    assert code == 0
    first, second = text.splitlines()[:2]
    assert first.startswith("1 model answer(s) refused by their own step")
    assert f"{folder / 'ropa.yaml'}: steps[0].model_answer 'Me llamo Pedro.'" in second
    code, text = _eval("--set", str(eval_file), "--json")
    report = json.loads(text)
    assert report["rows"] == 3  # the two rows and the refused model answer
    assert report["false_reject_by_kind"]["exact"] == {"n": 3, "rate": pytest.approx(1 / 3)}
    assert report["refused_model_answers"][0].startswith(f"{folder / 'ropa.yaml'}: steps[0]")


def test_the_app_still_will_not_start_on_a_refused_model_answer(refused_lesson):
    from langbot.wiring import build_app_tutor, build_tutor

    with pytest.raises(LessonFileError, match="steps\\[0\\].model_answer 'Me llamo Pedro.'"):
        build_tutor(load_settings())
    _, warm = build_app_tutor(load_settings())
    warm.start(wait=True)
    assert isinstance(warm.error, LessonFileError)
    assert "steps[0].model_answer 'Me llamo Pedro.'" in str(warm.error)


# --- the Tatoeba rounds regenerate byte for byte -----------------------------------------

SCRIPTS = REPO / "scripts"
TATOEBA_ZIP = os.environ.get("LANGBOT_TATOEBA_ZIP", "")
needs_tatoeba = pytest.mark.skipif(
    not Path(TATOEBA_ZIP).is_file(),
    reason="LANGBOT_TATOEBA_ZIP names no spa-eng.zip (the Tatoeba corpus is not on CI)",
)


@pytest.fixture(scope="module")
def even_half_texts(monkeypatch_module):
    monkeypatch_module.syspath_prepend(str(SCRIPTS))
    from make_tatoeba_sets import even_half

    return even_half(Path(TATOEBA_ZIP))


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as mp:
        yield mp


def _rounds() -> list[str]:
    """The later rounds' names, read from the table without importing the scripts."""
    text = (SCRIPTS / "tatoeba_rounds.py").read_text(encoding="utf-8")
    return re.findall(r'^    Round\("(\w+)"', text, re.MULTILINE)


@needs_tatoeba
@pytest.mark.parametrize("ordinal", _rounds())
def test_a_tatoeba_round_regenerates_its_checked_in_files(ordinal, even_half_texts):
    """Each half of each group, held-out ones too, compared by sha256 alone."""
    from tatoeba_rounds import round_files

    for path, text in round_files(ordinal, even_half_texts).items():
        want = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
        got = hashlib.sha256(text.encode("utf-8")).hexdigest() if text is not None else None
        assert got == want, f"{path.relative_to(REPO)} does not come out as checked in"
