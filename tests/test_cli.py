"""The `langbot` command line, run as a learner or a tool would run it."""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest

from langbot.cli import main

REPO = Path(__file__).resolve().parent.parent


def run(*argv: str, stdin: str = "") -> tuple[int, str]:
    out = StringIO()
    code = main(list(argv), out=out, inp=StringIO(stdin))
    return code, out.getvalue()


def test_lessons_lists_every_lesson(lessons):
    code, out = run("lessons")
    assert code == 0
    assert len(out.strip().splitlines()) == len(lessons)
    assert "greetings" in out and "Saludos y presentaciones" in out


def test_lessons_json_has_steps_bot_lines_and_model_answers(lessons):
    code, out = run("lessons", "--json")
    data = json.loads(out)
    assert [d["id"] for d in data] == list(lessons)
    greet = data[0]["steps"][1]
    assert greet["bot"] == lessons["greetings"].steps[1].bot
    assert greet["model_answer"] == lessons["greetings"].steps[1].model_answer


def test_grade_json_prints_exactly_one_contract_object():
    code, out = run("grade", "greetings", "2", "Me llamo Ana", "--json")
    assert code == 0
    assert out.count("\n") == 1
    data = json.loads(out)
    assert data == {
        "correct": True,
        "nextStep": 1,
        "text": "¡Mucho gusto, Ana! Yo soy de Madrid. ¿De dónde eres?",
        "errors": [],
    }


def test_grade_attempt_three_reveals():
    code, out = run("grade", "greetings", "2", "me gusta el café", "--attempt", "3", "--json")
    assert json.loads(out)["text"].startswith("The answer was: «Me llamo Ana.»")


def test_grade_human_output():
    code, out = run("grade", "greetings", "4", "soy bien")
    assert code == 0
    assert out.startswith("✘ not yet (nextStep 2)")
    assert "use estar, not ser" in out


@pytest.mark.parametrize(
    "argv,message",
    [
        (("grade", "klingon", "1", "hola"), "There is no lesson 'klingon'"),
        (("grade", "greetings", "0", "hola"), "there is no step 0"),
        (("chat", "nope"), "There is no lesson 'nope'"),
        (("grade", "greetings", "1", "   "), "empty"),
    ],
)
def test_unknown_lesson_or_step_exits_2_with_a_message(argv, message, capsys):
    code, _ = run(*argv)
    assert code == 2
    assert message in capsys.readouterr().err


def test_batch_from_stdin_answers_in_order_in_one_process():
    lines = [
        {"lesson": "greetings", "step": 2, "attempt": 1, "text": "me llamo Ana"},
        {"lesson": "greetings", "step": 2, "attempt": 1, "text": "me llamas Ana"},
        {"lesson": "greetings", "step": 2, "attempt": 3, "text": "me llamas Ana"},
        {"lesson": 1, "step": 4, "attempt": 1, "text": "estoy bien"},
    ]
    code, out = run("grade", "--batch", "-", stdin="\n".join(json.dumps(x) for x in lines))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["correct"] for r in rows] == [True, False, False, True]
    assert [r["nextStep"] for r in rows] == [1, 2, 1, 1]


def test_batch_file_reports_bad_lines_and_keeps_going(tmp_path):
    path = tmp_path / "turns.jsonl"
    path.write_text(
        '{"lesson": "greetings", "step": 1, "text": "hola"}\n'
        '{"lesson": "greetings", "step": 1}\n'
        '{"lesson": "greetings", "step": 42, "text": "hola"}\n'
        '{"lesson": "greetings", "step": 1, "text": "buenos días"}\n',
        encoding="utf-8",
    )
    code, out = run("grade", "--batch", str(path))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 2
    assert rows[0]["correct"] is True and rows[3]["correct"] is True
    assert "line 2" in rows[1]["error"] and "text" in rows[1]["error"]
    assert "no step 42" in rows[2]["error"]


GOOD_LINE = b'{"lesson": "greetings", "step": 1, "text": "hola"}\n'
BAD_UTF8 = b'{"lesson": "greetings", "step": 1, "text": "hol\xff"}\n'


@pytest.mark.parametrize("where", ["file", "stdin"])
def test_an_undecodable_line_is_an_error_object_and_every_other_line_is_answered(tmp_path, where):
    import io

    data = GOOD_LINE * 40 + BAD_UTF8 + GOOD_LINE * 40  # past any decoding chunk size
    path = tmp_path / "turns.jsonl"
    path.write_bytes(data)
    out = StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    code = main(["grade", "--batch", str(path) if where == "file" else "-"], out=out, inp=stdin)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert code == 2 and len(rows) == 81
    assert rows[40] == {"error": "line 41: not valid UTF-8 (byte 48)"}
    assert all(r["correct"] for i, r in enumerate(rows) if i != 40)


@pytest.mark.parametrize("target", ["no-such-file.jsonl", "."])
def test_a_batch_that_cannot_be_opened_is_one_line_and_status_2(target, capsys):
    code, out = run("grade", "--batch", target)
    err = capsys.readouterr().err
    assert code == 2 and out == ""
    assert err.startswith(f"langbot: cannot open {target}: ") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ('{"lesson": "greetings", "step": "2", "text": "me llamo Ana"}', "step"),
        ('{"lesson": "greetings", "step": true, "text": "hola"}', "step"),
        ('{"lesson": "greetings", "step": 1, "attempt": "1", "text": "hola"}', "attempt"),
        ('{"lesson": true, "step": 1, "text": "hola"}', "lesson"),
    ],
)
def test_batch_types_are_strict_as_in_the_api(line, field):
    code, out = run("grade", "--batch", "-", stdin=line)
    (row,) = [json.loads(x) for x in out.splitlines()]
    assert code == 2 and "line 1" in row["error"] and field in row["error"]


def test_chat_in_a_real_terminal_process():
    """`python -m langbot chat greetings` runs a lesson end to end on stdin/stdout."""
    answers = [
        "hola",
        "me llamas Ana",
        "me llamo Ana",
        "soy de Londres",
        "estoy bien",
        "sí, soy estudiante",
        "hablo un poco de español",
        "adiós",
    ]
    run_ = subprocess.run(
        [sys.executable, "-m", "langbot", "chat", "greetings"],
        input="\n".join(answers) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert run_.returncode == 0, run_.stderr
    out = run_.stdout
    assert "¡Mucho gusto, Ana!" in out
    assert "Hint:" in out
    assert "Done! Right on the first try: 6/7 · cues used: 1 · answers shown: 0" in out


def test_version():
    code, out = run("--version")
    assert code == 0 and out.startswith("langbot 0.1.0")


@pytest.mark.parametrize("module", ["langbot", "langbot.cli"])
def test_both_module_entry_points_run_the_cli(module):
    """`python -m langbot.cli` lists the lessons just as `python -m langbot` does (it once
    printed nothing and exited 0)."""
    done = subprocess.run(
        [sys.executable, "-m", module, "lessons"],
        capture_output=True, text=True, timeout=60, cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "greetings" in done.stdout


def test_each_grammar_error_is_shown_once():
    code, out = run("grade", "family", "1", "mi familia es pequeño")
    error = "«pequeño» describes «mi familia», so it agrees with it: «pequeña»."
    assert out.count(error) == 1
    chat = subprocess.run(
        [sys.executable, "-m", "langbot", "chat", "family"],
        input="mi familia es pequeño\n/quit\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert chat.stdout.count(error) == 1


def test_an_answer_with_no_subject_is_told_what_its_adjective_describes():
    """«¿Cómo es tu madre?» «Es alto.»: the cue says the adjective describes the one asked
    about (it once said «describes what you describe»)."""
    code, out = run("grade", "family", "5", "Es alto.")
    assert "«alto» describes the one the question is about" in out
    assert "what you describe" not in out
