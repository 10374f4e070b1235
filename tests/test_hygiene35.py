"""`langbot eval` as an author and CI run it: a lesson folder's model answers are graded once a
run, however many sets name its lessons."""

import json
import shutil
from pathlib import Path

from helpers import run_eval_cli

import langbot.grading

REPO = Path(__file__).resolve().parent.parent
ROW = {"lesson": "greetings", "step": 1, "attempt": 1, "text": "hola"}
ROW.update(expected="correct", category="exact")


def test_eval_grades_a_folders_model_answers_once_a_run(tmp_path, monkeypatch):
    """Two sets on the same lessons (here --compare's two columns) check the model answers
    once: the check graded every model answer of the folder again for every set."""
    calls = []
    real = langbot.grading.refused_model_answers

    def counting(lessons, folder=None):
        calls.append(folder)
        return real(lessons, folder)

    monkeypatch.setattr(langbot.grading, "refused_model_answers", counting)
    path = tmp_path / "one.yaml"
    path.write_text(json.dumps([ROW]), encoding="utf-8")
    code, out, _ = run_eval_cli("--set", str(path), "--compare", "a", "b", "--json")
    assert code == 0
    assert [run["rows"] for run in json.loads(out)["runs"]] == [1, 1]
    assert len(calls) == 1


def test_eval_of_one_set_runs_with_no_lessons_folder_configured(tmp_path, monkeypatch):
    """With no LANGBOT_LESSONS_DIR the built-in lessons are evaluated (the once-a-run check
    of their model answers first failed on a folder left unset)."""
    monkeypatch.delenv("LANGBOT_LESSONS_DIR")
    path = tmp_path / "one.yaml"
    path.write_text(json.dumps([ROW]), encoding="utf-8")
    code, out, _ = run_eval_cli("--set", str(path), "--json")
    assert code == 0 and json.loads(out)["rows"] == 1


# --- `langbot eval --set` finds the lessons its rows name ---------------------------------

SAMPLE = REPO / "tests" / "data" / "authoring" / "ropa.yaml"
ROPA = {**ROW, "lesson": "ropa", "text": "Busco una falda."}


def test_eval_set_finds_its_lesson_in_a_lessons_folder_beside_it(tmp_path):
    """An author keeps a new lesson in work/lessons/ and its answers in work/answers/:
    `langbot eval --set work/answers/ropa.yaml` runs with no LANGBOT_LESSONS_DIR."""
    (tmp_path / "work" / "lessons").mkdir(parents=True)
    shutil.copy(SAMPLE, tmp_path / "work" / "lessons" / "ropa.yaml")
    answers = tmp_path / "work" / "answers"
    answers.mkdir()
    (answers / "ropa.yaml").write_text(json.dumps([ROPA]), encoding="utf-8")
    for source in (answers / "ropa.yaml", answers):
        code, out, err = run_eval_cli("--set", str(source), "--json")
        assert code == 0, err
        assert json.loads(out)["per_lesson"]["ropa"]["n"] == 1


def test_eval_set_finds_a_lesson_of_the_yaml_only_folder(tmp_path, monkeypatch):
    """A set on a lesson of evals/yaml-only/lessons runs wherever the set file is (here a
    yaml-only folder of one lesson stands in for the seventy, whose check takes long)."""
    import langbot.eval_lessons

    (tmp_path / "yaml-only" / "lessons").mkdir(parents=True)
    shutil.copy(SAMPLE, tmp_path / "yaml-only" / "lessons" / "ropa.yaml")
    monkeypatch.setattr(langbot.eval_lessons, "YAML_ONLY_DIR", tmp_path / "yaml-only")
    path = tmp_path / "answers.yaml"
    path.write_text(json.dumps([ROPA]), encoding="utf-8")
    code, out, err = run_eval_cli("--set", str(path), "--json")
    assert code == 0, err
    assert json.loads(out)["per_lesson"]["ropa"]["n"] == 1


def test_eval_set_of_an_unknown_lesson_still_names_it(tmp_path):
    path = tmp_path / "one.yaml"
    path.write_text(json.dumps([{**ROW, "lesson": "nowhere"}]), encoding="utf-8")
    code, _, err = run_eval_cli("--set", str(path))
    assert code == 1 and "no lesson 'nowhere'" in err
