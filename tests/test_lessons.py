"""Lesson files: every shipped lesson is valid, and malformed files are refused by name."""

import re
from pathlib import Path

import pytest
import yaml

from langbot.errors import LessonFileError
from langbot.grading import grade_answer
from langbot.lessons import load_lesson_file, load_lessons
from langbot.text import contains_phrase
from langbot.tutor import Tutor

REPO = Path(__file__).resolve().parent.parent
LESSON_FILES = sorted((REPO / "lessons").glob("*.yaml"))
TOPICS = {"greetings", "likes", "cafe", "family", "numbers", "directions", "routine", "weekend"}


def test_the_eight_topics_are_shipped(lessons):
    assert TOPICS <= set(lessons)
    assert len(lessons) == len(LESSON_FILES)


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda p: p.stem)
def test_lesson_is_complete(path):
    lesson = load_lesson_file(path)
    assert 6 <= len(lesson.steps) <= 10
    assert lesson.level == "A1" and lesson.description and lesson.minutes > 0
    assert all(line.gloss for line in lesson.demo)
    for step in lesson.steps:
        assert step.gloss and step.goal and step.follow_up
        assert step.cues.general != step.cues.specific


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda p: p.stem)
def test_no_cue_leaks_its_model_answer(path):
    lesson = load_lesson_file(path)
    for number, step in enumerate(lesson.steps, 1):
        for cue in (step.cues.general, step.cues.specific):
            assert not contains_phrase(cue, step.model_answer), (lesson.id, number, cue)


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda p: p.stem)
def test_every_model_answer_is_graded_correct(path):
    lesson = load_lesson_file(path)
    for number, step in enumerate(lesson.steps, 1):
        verdict = grade_answer(lesson, number, step.model_answer)
        assert verdict.correct, (lesson.id, number, step.model_answer, verdict)


def test_design_example_in_the_likes_lesson(lessons):
    """The design's own exchange: 'Si, me gusta ir a la biblioteca' → '¡Bueno! ¿Qué te gusta leer?'."""
    tutor = Tutor(lessons)
    lesson = lessons["likes"]
    number = next(i for i, s in enumerate(lesson.steps, 1) if "biblioteca" in s.bot)
    conv = tutor.start("likes").model_copy(update={"step": number})
    outcome = tutor.respond(conv, "Si, me gusta ir a la biblioteca")
    assert outcome.response.correct
    assert outcome.response.text.startswith("¡Bueno! ¿Qué te gusta leer?")


# --- malformed files: the message names the file, the step and the field --------------------

GOOD = (REPO / "lessons" / "greetings.yaml").read_text(encoding="utf-8")


def _mutate(tmp_path: Path, edit, name: str = "greetings") -> Path:
    data = yaml.safe_load(GOOD)
    edit(data)
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


MALFORMED = [
    ("missing goal", lambda d: d["steps"][1].pop("goal"), r"step 2, field 'goal': Field required"),
    (
        "unknown field",
        lambda d: d["steps"][2].update(hint="x"),
        r"step 3, field 'hint': Extra inputs",
    ),
    (
        "noun without gender",
        lambda d: d["steps"][1]["vocabulary"][1].pop("gender"),
        r"step 2, field 'vocabulary'\[1\].*gender",
    ),
    (
        "cue leaks answer",
        lambda d: d["steps"][1]["cues"].update(specific="Say: Me llamo Ana."),
        r"step 2.*cues.specific gives away",
    ),
    (
        "unbalanced pattern",
        lambda d: d["steps"][3]["accept"].append("(bien|mal"),
        r"step 4.*accept\[\d\]: unclosed",
    ),
    (
        "follow-up slot missing",
        lambda d: d["steps"][1].update(follow_up="Hola, {nombre}"),
        r"step 2.*follow_up uses \{nombre\}",
    ),
    (
        "stray brace in follow-up",
        lambda d: d["steps"][1].update(follow_up="¡Mucho gusto, {name}!}"),
        r"step 2.*follow_up is not a valid template \(Single '\}'",
    ),
    (
        "attribute in follow-up",
        lambda d: d["steps"][1].update(follow_up="¡Mucho gusto, {name.__class__}!"),
        r"step 2.*follow_up uses \{name.__class__\}: only plain slot names",
    ),
    ("too few steps", lambda d: d.update(steps=d["steps"][:3]), r"field 'steps'.*at least 6"),
    ("bad level", lambda d: d.update(level="C2"), r"field 'level'"),
    ("missing minutes", lambda d: d.pop("minutes"), r"field 'minutes': Field required"),
]


@pytest.mark.parametrize("edit,expected", [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED])
def test_malformed_lesson_is_refused_with_file_step_and_field(tmp_path, edit, expected):
    path = _mutate(tmp_path, edit)
    with pytest.raises(LessonFileError) as info:
        load_lessons(tmp_path)
    message = str(info.value)
    assert str(path) in message
    assert re.search(expected, message), message


def test_invalid_yaml_names_the_file(tmp_path):
    bad = tmp_path / "broken.yaml"
    bad.write_text("id: broken\nsteps: [\n", encoding="utf-8")
    with pytest.raises(LessonFileError, match=r"broken\.yaml: is not valid YAML"):
        load_lessons(tmp_path)


def test_a_file_that_is_not_utf8_names_the_file_and_line(tmp_path):
    bad = tmp_path / "greetings.yaml"
    bad.write_bytes(
        GOOD.encode("latin-1", "replace").replace(b"id: greetings", b"id: gr\xe9etings")
    )
    with pytest.raises(LessonFileError) as info:
        load_lessons(tmp_path)
    assert re.match(
        rf"{re.escape(str(bad))}: is not UTF-8 text \(line \d+, byte \d+\)", str(info.value)
    )


def test_a_duplicate_key_is_refused_naming_the_file_and_line(tmp_path):
    path = tmp_path / "greetings.yaml"
    lines = GOOD.splitlines()
    title = next(i for i, line in enumerate(lines) if line.startswith("title:"))
    lines.insert(title + 1, "title: Otra vez")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LessonFileError) as info:
        load_lessons(tmp_path)
    assert str(info.value) == (
        f"{path}: line {title + 2}: duplicate key 'title' (first given on line {title + 1})"
    )


def test_id_must_match_file_name(tmp_path):
    _mutate(tmp_path, lambda d: None, name="hello")
    with pytest.raises(LessonFileError, match=r"hello\.yaml: field 'id' is 'greetings'"):
        load_lessons(tmp_path)


def test_empty_folder_is_an_error(tmp_path):
    with pytest.raises(LessonFileError, match="no lesson files"):
        load_lessons(tmp_path)


def test_start_up_stops_on_a_bad_lesson(tmp_path):
    """The CLI refuses to start and names the file instead of printing a traceback."""
    import subprocess
    import sys

    _mutate(tmp_path, lambda d: d["steps"][1].pop("goal"))
    run = subprocess.run(
        [sys.executable, "-m", "langbot", "lessons"],
        capture_output=True,
        text=True,
        env={"LANGBOT_LESSONS_DIR": str(tmp_path), "PATH": "/usr/bin", "PYTHONPATH": str(REPO)},
        cwd=REPO,
    )
    assert run.returncode == 1
    assert "greetings.yaml: step 2, field 'goal': Field required" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_model_answer_its_step_does_not_accept_is_named_with_file_and_step(tmp_path):
    from langbot.grading import check_lessons

    path = _mutate(tmp_path, lambda d: d["steps"][0].update(model_answer="Me gusta el café."))
    lessons = load_lessons(path.parent)
    with pytest.raises(
        LessonFileError,
        match=r"greetings.yaml: steps\[0\]\.model_answer 'Me gusta el café\.' is not accepted",
    ):
        check_lessons(lessons, path.parent)
