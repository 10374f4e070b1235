"""A lesson written in YAML alone works: slots name the vocabulary's classes, gustar-like
verbs are read from verbs.yaml, and whatever is missing is named in words."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from langbot.errors import LessonFileError
from langbot.grading import check_lessons, grade_answer
from langbot.grading.knowledge import knowledge, load_knowledge, use_knowledge
from langbot.grading.vocabulary import DEFAULT_DIR
from langbot.lessons import load_lessons

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "tests" / "data" / "authoring" / "ropa.yaml"


def _lesson_dir(tmp_path: Path, edit=None) -> Path:
    """A lessons folder holding only the sample YAML-only lesson, edited if asked."""
    folder = tmp_path / "lessons"
    folder.mkdir()
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    if edit:
        edit(data)
    (folder / "ropa.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


@pytest.fixture
def own_vocabulary(tmp_path):
    """The repository's vocabulary plus a class no Python file names: `dessert`."""
    folder = tmp_path / "vocabulary"
    shutil.copytree(DEFAULT_DIR, folder)
    with (folder / "nouns.yaml").open("a", encoding="utf-8") as f:
        f.write("- {word: torrijas, gender: f, plural_only: true, classes: [dessert]}\n")
        f.write("- {word: flan de huevo, gender: m, plural: flanes de huevo, classes: [dessert]}\n")
    text = (folder / "nouns.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "{word: flan, gender: m, classes: [food]}",
        "{word: flan, gender: m, classes: [food, dessert]}",
    )
    (folder / "nouns.yaml").write_text(text, encoding="utf-8")
    use_knowledge(load_knowledge(folder))
    yield folder
    use_knowledge(None)


def _dessert_step(data: dict) -> None:
    step = data["steps"][0]
    step.update(
        bot="¿Y de postre?",
        goal="Say which dessert you want.",
        model_answer="De postre quiero flan.",
        accept=["[de postre] (quiero|tomo) {sweet}", "{sweet}"],
        slots={"sweet": "dessert"},
    )
    step["cues"] = {"general": "Name a dessert.", "specific": "«De postre quiero» plus a dessert."}


def test_a_class_added_only_in_yaml_is_a_slot_kind(tmp_path, own_vocabulary):
    folder = _lesson_dir(tmp_path, _dessert_step)
    lessons = load_lessons(folder)
    check_lessons(lessons, folder)
    lesson = lessons["ropa"]
    for text in ("De postre quiero flan.", "Quiero unas torrijas.", "Tomo el flan de huevo."):
        assert grade_answer(lesson, 1, text).correct, text
    assert not grade_answer(lesson, 1, "Quiero un café.").correct  # food, not dessert


def test_the_vocabularys_classes_are_slot_kinds_in_the_shipped_files(tmp_path):
    """`clothes` and `colour` are classes of nouns.yaml and adjectives.yaml, not Python."""
    lessons = load_lessons(_lesson_dir(tmp_path))
    lesson = lessons["ropa"]
    assert grade_answer(lesson, 1, "Busco unas botas negras.").correct
    assert not grade_answer(lesson, 1, "Busco un perro.").correct
    assert grade_answer(lesson, 2, "La prefiero roja.").correct
    assert "clothes" in knowledge().vocabulary.noun_classes


def test_a_slot_of_an_unknown_kind_stops_start_up_naming_file_step_and_field(tmp_path):
    folder = _lesson_dir(tmp_path, lambda d: d["steps"][1].update(slots={"colour": "colours"}))
    lessons = load_lessons(folder)
    with pytest.raises(LessonFileError) as err:
        check_lessons(lessons, folder)
    message = str(err.value)
    assert f"{folder / 'ropa.yaml'}: steps[1].slots.colour: 'colours' is not a slot kind" in message
    assert "colour" in message.split("lessons/vocabulary")[1]  # the classes it could have used
    run = subprocess.run(
        [sys.executable, "-m", "langbot", "grade", "ropa", "1", "Busco una camisa."],
        capture_output=True,
        text=True,
        env={"LANGBOT_LESSONS_DIR": str(folder), "PATH": "/usr/bin", "PYTHONPATH": str(REPO)},
        cwd=REPO,
    )
    assert run.returncode != 0
    assert "steps[1].slots.colour: 'colours' is not a slot kind" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_yaml_lessons_model_answers_with_gustar_like_verbs_pass_the_start_up_check(tmp_path):
    """«Me queda bien», «Me sienta bien»: quedar and sentar are gustar-like in verbs.yaml,
    so «me» + the él form is right, not a reflexive in the wrong person."""
    folder = _lesson_dir(tmp_path)
    lessons = load_lessons(folder)
    check_lessons(lessons, folder)
    lesson = lessons["ropa"]
    for number, step in enumerate(lesson.steps, 1):
        verdict = grade_answer(lesson, number, step.model_answer)
        assert verdict.correct, (number, step.model_answer, verdict.errors)
    assert grade_answer(lesson, 3, "No, me queda grande.").correct


def test_a_real_reflexive_in_the_model_answer_still_checks_the_pronoun(lessons):
    """Reading reflexives from the data keeps «me llamo» a reflexive: «se llamo» is wrong."""
    verdict = grade_answer(lessons["greetings"], 2, "Se llamo Ana.")
    assert not verdict.correct and verdict.errors


def test_verb_behaviour_is_data():
    verbs = knowledge().verbs
    assert verbs.is_like_gustar("sentar") and verbs.is_like_gustar("quedar")
    assert verbs.is_reflexive("sentarse") and not verbs.is_reflexive("sentar")
    assert verbs.is_irregular("pensar") and not verbs.is_irregular("hablar")
    assert "en" in verbs.prepositions("vivir") and "a" in verbs.prepositions("ir")


def test_an_unquoted_comma_in_a_gloss_is_explained(tmp_path):
    """`gloss: hi, hello` inside {...} makes a field `hello`: the message says to quote it."""
    text = (REPO / "lessons" / "greetings.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "{word: hola, kind: phrase, gloss: hi}", "{word: hola, kind: phrase, gloss: hi, hello}"
    )
    (tmp_path / "greetings.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(LessonFileError) as err:
        load_lessons(tmp_path)
    message = str(err.value)
    assert "step 1, field 'vocabulary'[0], field 'hello'" in message
    assert "If it is the end of 'gloss'" in message
    assert 'put that value in quotes: gloss: "…, hello"' in message
    assert "Extra inputs are not permitted" not in message


def test_grade_batch_ignores_fields_it_does_not_use(tmp_path):
    from io import StringIO

    from langbot.cli import main

    line = '{"lesson": "greetings", "step": 2, "text": "Me llamo Ana.", "expected": "correct", "note": "x"}\n'
    out = StringIO()
    assert main(["grade", "--batch", "-"], out=out, inp=StringIO(line)) == 0
    assert '"correct": true' in out.getvalue()


@pytest.fixture
def with_ropa(tmp_path, monkeypatch):
    """The shipped lessons plus the YAML-only sample, as LANGBOT_LESSONS_DIR."""
    folder = tmp_path / "all-lessons"
    folder.mkdir()
    for path in (REPO / "lessons").glob("*.yaml"):
        shutil.copy(path, folder)
    shutil.copy(SAMPLE, folder)
    monkeypatch.setenv("LANGBOT_LESSONS_DIR", str(folder))
    return folder


def test_starter_eval_writes_a_reviewable_eval_file_the_tests_accept(tmp_path, with_ropa):
    from io import StringIO

    from langbot.cli import main
    from langbot.eval_starter import REVIEW_MARK
    from langbot.evaluation import CATEGORIES, check_eval_set, load_eval_set

    target = tmp_path / "ropa.yaml"
    out = StringIO()
    assert main(["starter-eval", "ropa", "--out", str(target)], out=out) == 0
    assert f"wrote {target}: review every row marked `{REVIEW_MARK}`" in out.getvalue()
    text = target.read_text(encoding="utf-8")
    rows = load_eval_set(target)
    lessons = load_lessons(with_ropa)
    check_eval_set(rows, lessons)
    assert len(rows) >= 30 and len({r.category for r in rows}) >= 7
    assert {r.category for r in rows} <= set(CATEGORIES)
    marked = [line for line in text.splitlines() if line.startswith(REVIEW_MARK)]
    assert len(marked) == sum(1 for r in rows if r.category not in ("exact", "injection"))
    exact = [r for r in rows if r.category == "exact"]
    assert [r.text for r in exact] == [s.model_answer for s in lessons["ropa"].steps]
    assert "Busco un camisa." in text  # the wrong gender, from the determiners' data
    assert "Me quedan bien." in text  # a gustar-like verb put in the other number
    for row in rows:
        if row.category in ("exact", "accents"):  # the others may show the grader a miss
            verdict = grade_answer(lessons["ropa"], row.step, row.text)
            assert verdict.correct is (row.expected == "correct"), row
    # a second run never overwrites what the author has reviewed
    assert main(["starter-eval", "ropa", "--out", str(target)], out=StringIO()) == 2
    assert target.read_text(encoding="utf-8") == text


def test_no_eval_file_keeps_a_row_marked_for_review():
    from langbot.eval_starter import REVIEW_MARK

    for path in sorted((REPO / "evals").rglob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines()
        marked = sum(1 for line in lines if line.startswith(REVIEW_MARK))
        assert not marked, (
            f"{path.relative_to(REPO)} still has {marked} rows marked `{REVIEW_MARK}` by "
            "`langbot starter-eval`: check each one's text and label, then delete the mark"
        )


def test_eval_table_shows_a_lesson_the_held_out_sets_do_not_have_yet(lessons):
    """A new lesson has tuning rows before its held-out rows exist: the table says n/a."""
    from langbot.eval_cli import format_table
    from langbot.evaluation import EvalRow, run_eval, summarize
    from langbot.tutor import Tutor

    row = {"attempt": 1, "expected": "correct", "category": "exact"}
    tuning = [
        EvalRow(lesson="greetings", step=2, text="Me llamo Ana.", **row),
        EvalRow(lesson="likes", step=2, text="Me gusta el rock.", **row),
    ]
    tutor = Tutor(lessons)
    reports = [summarize(run_eval(tutor, tuning)), summarize(run_eval(tutor, tuning[:1]))]
    for report in reports:
        report["backend"] = "builtin"
    table = format_table(reports, ["tuning", "held out"])
    assert "likes" in table.split("accuracy by lesson")[1]


def test_every_refused_model_answer_is_named_at_once(tmp_path):
    """An author fixing a lesson learns of all its refused model answers in one run, not one
    at a time: two steps whose model answers answer something else are both named."""

    def two_wrong(data: dict) -> None:
        data["steps"][0]["model_answer"] = "Me llamo Pedro."
        data["steps"][2]["model_answer"] = "Vivo en Madrid."

    folder = _lesson_dir(tmp_path, two_wrong)
    with pytest.raises(LessonFileError) as err:
        check_lessons(load_lessons(folder), folder)
    message = str(err.value)
    assert message.startswith("2 model answers are not accepted by their own steps:")
    assert f"{folder / 'ropa.yaml'}: steps[0].model_answer 'Me llamo Pedro.'" in message
    assert f"{folder / 'ropa.yaml'}: steps[2].model_answer 'Vivo en Madrid.'" in message


def test_starter_rows_change_only_a_verb_and_file_gustar_under_gustar(tmp_path):
    """The wrong-person variant reads the sentence: «para» before a day is a preposition, not
    parar («Paro el viernes.» is no learner error to review), and a verb like gustar put in the
    other number is filed as a gustar error, not a verb one."""
    from langbot.eval_starter import starter_rows

    def answers(data: dict) -> None:
        data["steps"][0]["model_answer"] = "Para el viernes."
        data["steps"][1]["model_answer"] = "Me gustan los museos."
        data["steps"][2]["model_answer"] = "Busco unas botas."

    lessons = load_lessons(_lesson_dir(tmp_path, answers))
    rows = starter_rows(lessons["ropa"], lessons)
    made = {
        (row["step"], category): row["text"] for row, _, category, generated in rows if generated
    }
    assert (1, "verb") not in made
    assert made[(2, "gustar")] == "Me gusta los museos."
    assert (2, "verb") not in made
    assert made[(3, "verb")] == "Busca unas botas."
