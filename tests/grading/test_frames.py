"""A fixed sample of the frame probe (scripts/frame_probe.py, issue 19): the frames natives put
around an answer (openers, closers, an added or dropped pronoun, sí/no, a time adverb, «¡…!»,
typing with no capitals or final stop) keep every model answer of a few lessons accepted,
and keep the wrong tuning answers of a few lessons refused."""

from functools import cache

import pytest

from langbot.evaluation import EVALS_DIR, YAML_ONLY_DIR, load_eval_set
from langbot.grading import grade_answer
from langbot.lessons import load_lesson_file, load_lessons

RIGHT = {
    "builtin": ("cafe", "likes", "routine"),
    "yaml": ("tren", "bici", "gimnasio", "piscina", "banco", "cocina"),
}
WRONG = {"builtin": ("weekend", "greetings"), "yaml": ("concierto", "salud", "farmacia")}


@cache
def _lesson(where: str, lesson_id: str):
    if where == "yaml":
        return load_lesson_file(YAML_ONLY_DIR / "lessons" / f"{lesson_id}.yaml")
    return load_lessons()[lesson_id]


def _framed(probe, where: str, lesson_id: str, number: int, text: str, right: bool):
    """Each (frame, framed text) of an answer at a step; none a held-out half could hold."""
    step = _lesson(where, lesson_id).step(number)
    yes_no = bool(step.asks and step.asks.yes_no)
    kind = step.asks.kind if step.asks else "pattern"
    for frame, framed in probe.frames_of(text, kind, step.bot, yes_no, right):
        if framed and framed != text and not probe.held(lesson_id, number, framed, where == "yaml"):
            yield frame, framed


def _misjudged(probe, where: str, lesson_id: str, answers, right: bool) -> list[str]:
    lesson = _lesson(where, lesson_id)
    out = []
    for number, text in answers:
        for frame, framed in _framed(probe, where, lesson_id, number, text, right):
            verdict = grade_answer(lesson, number, framed)
            if verdict.correct != right:
                out.append(f"{lesson_id} {number} [{frame}] {framed}")
    return out


@pytest.fixture(scope="module")
def probe(scripts):
    """scripts/frame_probe.py, imported."""
    return scripts("frame_probe")


@pytest.mark.parametrize("where,lesson_id", [(w, i) for w, ids in RIGHT.items() for i in ids])
def test_frames_keep_a_model_answer_accepted(probe, where, lesson_id):
    steps = _lesson(where, lesson_id).steps
    answers = [(n, step.model_answer) for n, step in enumerate(steps, 1)]
    assert not _misjudged(probe, where, lesson_id, answers, True)


@pytest.mark.parametrize("where,lesson_id", [(w, i) for w, ids in WRONG.items() for i in ids])
def test_frames_keep_a_wrong_answer_refused(probe, where, lesson_id):
    rows = load_eval_set(YAML_ONLY_DIR / "tuning" if where == "yaml" else EVALS_DIR)
    lesson = _lesson(where, lesson_id)
    answers = [
        (r.step, r.text)
        for r in rows
        if r.lesson == lesson_id
        and r.expected == "incorrect"
        and not grade_answer(lesson, r.step, r.text).correct
    ]
    assert answers
    assert not _misjudged(probe, where, lesson_id, answers, False)
