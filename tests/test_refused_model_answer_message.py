"""A model answer its step refuses tells the author what can lift the refusal: the step's
reading (`asks`, vocabulary, a pattern) for a meaning miss, and nothing of the lesson's for
a grammar error, which the author can only report."""

from pathlib import Path

import pytest
import yaml

from langbot.errors import LessonFileError
from langbot.grading import check_lessons
from langbot.lessons import load_lessons

SAMPLE = Path(__file__).resolve().parent / "data" / "authoring" / "ropa.yaml"


def _refusal(tmp_path: Path, model_answer: str) -> str:
    """The start-up check's message for the sample lesson with step 1's model answer set."""
    folder = tmp_path / "lessons"
    folder.mkdir()
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    data["steps"][0]["model_answer"] = model_answer
    (folder / "ropa.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(LessonFileError) as err:
        check_lessons(load_lessons(folder), folder)
    return str(err.value)


def test_a_grammar_error_on_a_model_answer_is_not_blamed_on_asks_or_vocabulary(tmp_path):
    message = _refusal(tmp_path, "Busco unas botas negro.")
    assert "steps[0].model_answer 'Busco unas botas negro.'" in message
    assert "(grammar:" in message
    assert "grammar check" in message and "report the sentence" in message
    assert "choose the kind" not in message


def test_a_meaning_miss_still_points_at_asks_vocabulary_and_patterns(tmp_path):
    message = _refusal(tmp_path, "Me gusta mucho el cine.")
    assert "steps[0].model_answer 'Me gusta mucho el cine.'" in message
    assert "choose the kind that says what the step asks" in message
    assert "grammar check" not in message
