"""`langbot eval` as an author and CI run it: a lesson folder's model answers are graded once a
run, however many sets name its lessons."""

import json

import langbot.grading
from helpers import run_eval_cli

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
