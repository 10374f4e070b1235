"""Errors the three blind lessons of 2026-12-07 (lavanderia, vivero, campamento; issue 19)
showed passing, each read at its general cause and tested here on other words: each adjective
of a coordinated pair after an object pronoun agrees with it («la quiero grande y blanco»); a
day's number and its month are joined by «de», not «del» or «en» («el lunes uno del julio»); a
plural verb of price before «todo», «esto» («¿cuánto cuestan todo?»); and a gustar-like
verb the question asks with, in the question's number, when the model answer says it of
another thing («¿le gustan los cactus?» «no mucho, me gustan más las flores»: «sí, me gusta
mucho» is a verb error); and an order of two infinitives joined before the thing («quiero lavar y
planchar esta ropa»); and a bare adjective the question said, with how much («¿es tímido?»
«un poco tímido»); and a word of the class asked after the noun the question named («¿cómo
quiere la maceta?» «una maceta grande»)."""

import pytest

import langbot.wiring  # noqa: F401  (names the built-in judge a bare Tutor uses)
from langbot.evaluation import YAML_ONLY_DIR, check_eval_set, load_eval_set, run_row
from langbot.grading import grade_answer, sentence_errors
from langbot.grading.checks import check_lessons
from langbot.lessons import Lesson, load_lesson_file
from langbot.tutor import Tutor

WRONG = [
    # each adjective of a pair after an object pronoun
    ("Las prefiero negras y azul.", "gender_number"),
    ("La necesito pequeños y roja.", "gender_number"),
    # the link of a day and its month
    ("Mi cumpleaños es el doce del marzo.", "de"),
    ("Vuelvo el viernes, tres en agosto.", "de"),
    # a plural verb of price before a pronoun for one whole
    ("Perdone, ¿cuánto valen eso?", "vale"),
    ("Vale, ¿y cuánto cuestan todo?", "cuesta"),
]
RIGHT = ["Las prefiero negras y azules.", "La necesito pequeña y roja.", "Lo quiero blanco o gris.",
         "Mi cumpleaños es el doce de marzo.", "Vuelvo el viernes, tres de agosto.",
         "Viajamos los tres en agosto.", "Lo vi el lunes 2 del mayo pasado.", "¿Cuánto valen esos?", "¿Cuánto cuesta eso?",
         "¿Cuánto cuestan todos los libros?"]  # fmt: skip


@pytest.mark.parametrize("text,fix_or_kind", WRONG)
def test_a_learner_error_the_new_lessons_showed_is_named(text, fix_or_kind):
    errors = sentence_errors(text)
    assert any(fix_or_kind in (e.fix, e.kind) for e in errors), (text, errors)


@pytest.mark.parametrize("text", RIGHT)
def test_the_right_forms_get_no_error(text):
    assert not sentence_errors(text), text


def _lesson(bot: str, asks: dict, model: str) -> Lesson:
    """Tiempo with its first step put in place by this one."""
    data = load_lesson_file(YAML_ONLY_DIR / "lessons" / "tiempo.yaml").model_dump()
    data["steps"][0].update(bot=bot, asks=asks, model_answer=model)
    data["steps"][0]["cues"] = {"general": "Answer in Spanish.", "specific": "A whole sentence."}
    return Lesson.model_validate(data)


DOGS = "Tenemos perros y gatos. ¿Te gustan los perros?"
LIKING = {"kind": "liking", "yes_no": True}
OTHER = "No mucho. Me gustan más los gatos."
STEPS = [
    (DOGS, LIKING, OTHER, "Sí, me gusta mucho.", False),
    (DOGS, LIKING, OTHER, "No, no me gusta.", False),
    (DOGS, LIKING, OTHER, "Sí, me gustan mucho.", True),
    (DOGS, LIKING, OTHER, "No, no me gustan.", True),
    ("¿Te gusta el fútbol?", LIKING, "No mucho. Prefiero el tenis.", "Sí, me gusta mucho.", True),
    ("¿Qué necesita?", {"kind": "order"}, "Quiero arreglar este coche.",
     "Necesito lavar y secar dos camisas.", True),
    ("¿Cómo es tu hermano? ¿Es tranquilo?", {"kind": "description", "who": "other"},
     "Sí, es muy tranquilo y simpático.", "Bastante tranquilo.", True),
    ("¿De qué color quiere la camiseta?", {"kind": "description", "of": "colour"},
     "La quiero azul.", "Una camiseta roja, por favor.", True),
    ("¿De qué color quiere la camiseta?", {"kind": "description", "of": "colour"},
     "La quiero azul.", "La camiseta, por favor.", False),
    ("¿Cómo quiere la mesa?", {"kind": "description", "of": "size"},
     "La quiero grande.", "Una mesa pequeña.", True),
    ("¿Cómo es tu hermano? ¿Es tranquilo?", {"kind": "description", "who": "other"},
     "Sí, es muy tranquilo y simpático.", "Un poco tranquilo, pero muy alegre.", True),
    ("¿Qué necesita?", {"kind": "order"}, "Quiero arreglar este coche.",
     "Quiero reparar y pintar la bicicleta.", True),
]  # fmt: skip


@pytest.mark.parametrize("bot,asks,model,text,right", STEPS, ids=[s[3] for s in STEPS])
def test_a_step_the_new_lessons_showed_misread_is_read(bot, asks, model, text, right):
    verdict = grade_answer(_lesson(bot, asks, model), 1, text)
    assert verdict.correct == right, (text, verdict.category, verdict.errors)


# Floors on the three lessons' tuning rows (right accepted, wrong rejected), rounded down from
# the figures after this branch's fixes: lavanderia 48/48 and 41/45, vivero 44/46 and 40/42,
# campamento 46/49 and 36/38 (first read, blind commit 555c10fc: 47/48 and 40/45, 43/46 and
# 36/42, 45/49 and 34/38). Their held-out halves are read by `langbot eval` only.
NEW_LESSONS = ("lavanderia", "vivero", "campamento")
FLOORS = {"lavanderia": (1.0, 0.91), "vivero": (0.95, 0.95), "campamento": (0.93, 0.94)}


def _yaml_lessons():
    return {n: load_lesson_file(YAML_ONLY_DIR / "lessons" / f"{n}.yaml") for n in NEW_LESSONS}


def test_the_three_lessons_pass_the_start_up_check():
    lessons = _yaml_lessons()
    check_lessons(lessons, YAML_ONLY_DIR / "lessons")  # raises naming a refused model answer
    assert all(not step.accept for lesson in lessons.values() for step in lesson.steps)


@pytest.mark.parametrize("name", NEW_LESSONS)
def test_the_tutor_grades_the_new_tuning_rows_at_least_as_well_as_measured(name):
    tutor = Tutor(_yaml_lessons())
    rows = load_eval_set(YAML_ONLY_DIR / "tuning" / f"{name}.yaml")
    check_eval_set(rows, tutor.lessons)
    results = [run_row(tutor, row) for row in rows]
    right = [r for r in results if r.row.expected == "correct"]
    wrong = [r for r in results if r.row.expected == "incorrect"]
    misses = [r.row.text for r in results if not r.right]
    assert sum(r.accepted for r in right) / len(right) >= FLOORS[name][0], misses
    assert sum(not r.accepted for r in wrong) / len(wrong) >= FLOORS[name][1], misses
