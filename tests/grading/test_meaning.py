"""Meaning read from the analysis: a step's `asks` finds the construction that says what the
step asks, in words no pattern lists, and stays strict about another step's answer, English,
a question back or words to the tutor."""

from pathlib import Path

import pytest
import yaml
from helpers import table

from langbot.errors import LessonFileError
from langbot.grading import accepts_answer, grade_answer
from langbot.grading.knowledge import knowledge
from langbot.grading.meaning import meaning_cores
from langbot.grading.meaning.words import load_meaning_words
from langbot.grading.tokens import tokenize
from langbot.lessons import load_lesson_file
from langbot.replies import follow_up_for

# What natives and learners write that the readers must read as the answer, and the value
# each names (None: no value to check).
READ = [
    ("likes", 7, "Me encantan las películas coreanas.", "las películas coreanas"),
    ("likes", 4, "Me encantan las series coreanas.", "las series coreanas"),
    ("likes", 8, "Me fascinan los tacos.", "los tacos"),
    ("likes", 2, "Me interesa mucho el jazz.", "el jazz"),
    ("likes", 2, "Mi música favorita es el rock.", "el rock"),
    ("likes", 2, "El jazz, sobre todo.", None),
    ("likes", 6, "Prefiero las novelas de misterio.", "las novelas de misterio"),
    ("likes", 4, "Me gusta coser.", "coser"),
    ("likes", 8, "La paella me encanta.", "La paella"),
    ("likes", 7, "Me gustan todas las películas.", "todas las películas"),  # every kind
    ("likes", 7, "Me encantan todas sus películas.", "todas sus películas"),
    ("family", 7, "Vivimos en las afueras.", "las afueras"),
    ("family", 7, "Mis abuelos viven cerca de Sevilla.", None),
    ("routine", 7, "Suelo cenar a las nueve.", "las nueve"),
    ("routine", 1, "Suelo levantarme a las siete.", "las siete"),
    ("routine", 2, "Me ducho casi todos los días.", None),
    ("routine", 3, "Normalmente desayuno fruta y un café.", None),
    ("routine", 4, "Estoy estudiando ingeniería eléctrica.", None),
    ("greetings", 4, "Me siento mejor.", "mejor"),
    ("greetings", 4, "Estoy muy enojado.", "enojado"),
    ("greetings", 4, "Estoy perfectamente.", "perfectamente"),
    ("directions", 8, "No hay de qué.", None),
    ("weekend", 2, "Voy con mi prima.", "mi prima"),
    ("weekend", 6, "Lo siento, tengo que trabajar.", None),
    ("weekend", 6, "Tengo que ir al banco.", "ir al banco"),
    ("greetings", 4, "Estoy mejorando.", "mejorando"),
    ("cafe", 4, "Con esto es suficiente.", None),
    ("cafe", 2, "¿Me pone un café?", "un café"),
    ("cafe", 3, "¿Me puede traer una tostada, por favor?", "una tostada"),
    ("cafe", 2, "Quiero un zumo de naranja.", "un zumo de naranja"),
    ("family", 8, "Sí, tengo dos perros.", None),  # yes/no: no value
    ("greetings", 2, "Pues me llamo Ana Lucía.", "Ana Lucía"),
    ("family", 3, "Se llama Carmen.", "Carmen"),
    ("greetings", 3, "Vengo de Perú.", "Perú"),
    ("numbers", 2, "Tengo treinta y cinco años.", "treinta y cinco"),
    ("family", 5, "Es alta, simpática y muy divertida.", None),
    ("family", 1, "Somos cinco.", None),
    ("cafe", 5, "Sí, está riquísimo.", None),
    ("greetings", 6, "Hablo inglés y un poco de español.", None),
    ("cafe", 6, "¿Cuánto le debo?", None),
    ("cafe", 7, "Pago con tarjeta.", None),
    ("greetings", 7, "Nos vemos.", None),
    ("directions", 4, "Está a la derecha.", "a la derecha"),
    ("directions", 7, "Sí, hay una en la plaza.", None),  # yes/no: no value
    ("directions", 7, "No, no hay.", None),
    ("directions", 6, "Sí, cruza la calle y sigue recto.", None),
    ("directions", 1, "¿Hay una estación por aquí?", None),
    ("directions", 2, "¿Sigo recto y giro a la derecha?", None),
    ("directions", 3, "¿Queda muy lejos?", None),
    ("numbers", 6, "Somos veintidós.", "veintidós"),
    ("numbers", 7, "Diez más cinco son quince.", "quince"),
    ("numbers", 1, "Cuatro, cinco y seis.", None),
    ("numbers", 8, "Es el 3 de marzo.", "el 3 de marzo"),
    ("numbers", 5, "Es el seis, uno, cinco, cero.", None),
    ("routine", 6, "Suelo ir al cine.", "Suelo ir al cine"),
    # bare answers and a few more constructions of the older kinds
    ("greetings", 4, "Muy bien, gracias.", "bien"),
    ("greetings", 4, "Más o menos.", "Más o menos"),
    ("greetings", 2, "Soy María.", "María"),
    ("greetings", 3, "De Chicago.", "Chicago"),
    ("greetings", 6, "Sí, un poquito.", None),
    ("family", 7, "En Manchester.", "Manchester"),
    ("family", 1, "Es muy grande.", "grande"),
    ("family", 6, "Alto y delgado.", "Alto y delgado"),
    ("numbers", 2, "Veintiocho.", "Veintiocho"),
    ("numbers", 4, "Dos.", None),
    ("routine", 1, "A las siete.", "las siete"),
    ("routine", 2, "Después del gimnasio.", None),
    ("cafe", 2, "Para mí, un cortado, por favor.", "un cortado"),
    ("cafe", 4, "Sí, un vaso de agua.", None),
    ("cafe", 5, "Sí, buenísimo.", None),
    ("likes", 2, "Me gusta Taylor Swift.", "Taylor Swift"),
    ("likes", 1, "Sí, mucho.", None),
    ("weekend", 5, "Mejor a las ocho, ¿vale?", None),
    ("weekend", 7, "Igualmente, ¡hasta el lunes!", None),
    # learners of COWS-L2H (issue 19): a size before the noun, a count, a field of study
    ("family", 1, "Tengo una gran familia.", "gran"),
    ("family", 1, "Tengo una familia de cuatro.", "cuatro"),
    ("routine", 4, "Mi especialidad es la bioquímica.", "la bioquímica"),
    ("routine", 4, "Mi carrera es Derecho.", "Derecho"),
    ("family", 5, "Tiene el pelo largo y los ojos negros.", "largo"),
    ("family", 6, "Tiene los ojos muy azules.", "azules"),
    ("numbers", 2, "Tengo treinta años y mi hermano tiene veinticinco.", "treinta"),
    ("family", 5, "Tiene los ojos cafés.", "cafés"),  # brown, in Mexico: a noun as a colour
    ("family", 5, "Tiene los ojos color miel.", "miel"),
]


@pytest.mark.parametrize("lesson_id,number,text,value", READ)
def test_the_reader_finds_what_the_step_asks(lessons, lesson_id, number, text, value):
    step = lessons[lesson_id].step(number)
    tokens = tokenize(text)
    cores = meaning_cores(step, tokens, knowledge())
    assert cores, f"{text!r} not read as {step.asks}"
    if value is not None:
        assert [tokens.original_text(i, j) for _, i, j in cores[0].slots] == [value]
    assert grade_answer(lessons[lesson_id], number, text).correct


# Sentences that must NOT count: another step's answer, a question back, a place for a
# state, an invitation accepted where it asks to decline, a drink where it asks for food.
NOT_READ = [
    ("likes", 7, "Me gusta la pizza."),
    ("likes", 8, "Me gustan las películas de acción."),
    ("likes", 2, "Sí, me gusta la música."),  # repeats the question: names no kind of music
    ("likes", 7, "Me gustan mucho las películas."),
    ("likes", 7, "Me gustan las películas muchas."),  # how much, put after the noun
    ("likes", 7, "Me gustan todas las canciones."),  # all of another thing
    ("likes", 7, "Me gustan todas las películas y los libros."),
    ("likes", 1, "¡Sí, me encantaría!"),  # accepts an invitation
    ("greetings", 4, "Estoy en casa."),
    ("greetings", 4, "Soy de Madrid."),
    ("greetings", 4, "Estoy comiendo."),  # says what one does, not how one is
    ("weekend", 2, "Voy al cine."),  # a plan, not who with
    ("routine", 7, "Ceno con mi familia."),  # no time
    ("routine", 7, "Me levanto a las siete."),  # another action
    ("cafe", 3, "Un café con leche."),  # a drink, asked what to eat
    ("cafe", 4, "De nada, adiós."),  # «nada» inside «de nada»
    ("weekend", 6, "Sí, me encantaría."),
    ("weekend", 2, "Con esto es suficiente."),
    ("family", 7, "Mi madre se llama Ana."),
    ("numbers", 2, "Me gusta la pizza."),
    ("greetings", 2, "Me llamo es Ana."),  # a verb is no name
    ("family", 1, "Mi padre es alto y serio."),  # the father, not the family
    ("cafe", 5, "Es alta y muy simpática."),  # a person, not the food
    ("directions", 4, "El banco está muy cerca."),  # asked right or left: not near or far
    ("directions", 5, "El banco está a la derecha."),  # asked near or far
    ("numbers", 7, "Son catorce."),  # the bot's sum makes fifteen
    ("numbers", 1, "Cinco, seis, siete."),  # the count the bot began goes on at four
    ("numbers", 6, "Tengo veinte años."),  # a verb the question does not ask with
    ("numbers", 8, "Tengo veinte años."),
    ("numbers", 5, "Tengo veinte años."),
    ("directions", 6, "Sí, sigo todo recto."),  # no instruction: the yo form
    ("directions", 3, "¿Dónde está la calle Mayor?"),  # asks no distance
    ("directions", 2, "¿Todo recto y después a la izquierda?"),  # not what the bot said
    ("directions", 3, "Sí, ¿estás lejos?"),  # asks about the bot
    ("routine", 6, "Por la mañana me ducho."),  # asked about the afternoon
    ("likes", 2, "Me gusta Madrid."),  # a place, not an artist
    ("greetings", 2, "Soy estudiante."),  # a job, not a name
    ("family", 1, "Tengo un gran perro."),  # a pet, not the family
    ("family", 1, "Tiene los ojos azules."),  # how someone looks, not the family's size
    ("family", 5, "Tiene un perro simpático."),  # a pet, not how she looks
    ("routine", 4, "Su especialidad es la bioquímica."),  # someone else's
    ("routine", 4, "Mi especialidad es."),
    ("numbers", 2, "Mi madre tiene cincuenta años."),  # asked your own age
    ("numbers", 2, "Él tiene treinta años."),
    ("family", 5, "Tiene los ojos."),  # says no colour
    ("family", 5, "Tiene los ojos de color"),
    ("family", 5, "Tiene un café."),
]


@pytest.mark.parametrize("lesson_id,number,text", NOT_READ)
def test_the_reader_refuses_what_the_step_does_not_ask(lessons, lesson_id, number, text):
    step = lessons[lesson_id].step(number)
    assert meaning_cores(step, tokenize(text), knowledge()) == []


# Asked about the learner, the same answer said of someone else is none, whether `asks` or
# the author's pattern found it; the learner's answer with someone else beside it still is.
SOMEONE_ELSE = [
    ("greetings", 3, "Mi padre es de México.", False),
    ("greetings", 3, "Él es de Londres.", False),
    ("greetings", 4, "Mi hermano está bien.", False),
    ("greetings", 6, "Mi madre habla un poco de español.", False),
    ("likes", 8, "A mi novia le gusta la pizza.", False),
    ("likes", 4, "A mi padre le gusta tocar la guitarra.", False),
    ("routine", 3, "Mi padre desayuna café.", False),
    ("numbers", 4, "Mi madre tiene dos hermanos.", False),
    ("family", 2, "Sí, mi padre tiene una hermana.", False),
    ("greetings", 3, "Soy de Londres, pero mi padre es de México.", True),
    ("family", 2, "Sí, tengo un hermano. Él se llama Juan.", True),
    ("likes", 8, "Me gusta la pizza, y a mi hermano le gusta la pasta.", True),
    ("routine", 6, "Por la tarde voy al gimnasio con mi hermana.", True),
    ("routine", 7, "Mi familia cena a las ocho.", True),  # a family the learner is in
    ("cafe", 2, "Mi amigo quiere un café con leche.", True),  # an order may be for a friend
    ("family", 5, "Mi padre es alto.", False),  # asked about the mother
    ("family", 3, "Mi padre se llama Juan.", False),
    ("numbers", 3, "Mi madre tiene cincuenta años.", False),  # asked about a friend
    ("family", 3, "Mi mamá se llama Ana.", True),
    ("family", 6, "Mi papá es alto.", True),
    ("numbers", 3, "Mi amiga tiene treinta años.", True),
]


@pytest.mark.parametrize("lesson_id,number,text,right", SOMEONE_ELSE)
def test_an_answer_about_someone_else_is_no_answer_about_you(
    lessons, lesson_id, number, text, right
):
    verdict = grade_answer(lessons[lesson_id], number, text)
    assert verdict.correct == right, (verdict.category, verdict.errors)
    assert right or verdict.category == "context"


# What reads as an answer but is no answer in what surrounds it stays a miss.
STRICT = table("answers", "not_answers", "lesson,step,text,category")


@pytest.mark.parametrize("lesson_id,number,text,category", STRICT)
def test_a_reading_in_english_a_question_or_an_injection_is_a_miss(
    lessons, lesson_id, number, text, category
):
    verdict = grade_answer(lessons[lesson_id], number, text)
    assert not verdict.correct
    assert verdict.category == category


def test_a_request_is_an_order_not_a_question_back(lessons):
    verdict = grade_answer(lessons["cafe"], 2, "¿Me pone un café con leche, por favor?")
    assert verdict.correct and dict(verdict.slots) == {"drink": "un café con leche"}


_STEP = {
    "gloss": "g",
    "goal": "Answer.",
    "cues": {"general": "Answer the question.", "specific": "Use the verb of the question."},
    "vocabulary": [{"word": "gustar", "kind": "verb", "gloss": "to like"}],
    "follow_up": "¡Muy bien!",
}
# A lesson written in YAML alone: each step says what it asks and lists no pattern.
_NEW_STEPS = [
    ("¿Qué deporte te gusta?", "Me gusta el tenis.", {"kind": "liking", "of": "hobby"}),
    ("¿Qué comes por la mañana?", "Desayuno pan.", {"kind": "routine", "action": "desayunar", "of": "food"}),
    ("¿A qué hora comes?", "Como a las dos.", {"kind": "routine_time", "action": "comer"}),
    ("¿Dónde vive tu familia?", "Vivimos en Lima.", {"kind": "residence", "who": "family"}),
    ("¿Con quién vas al parque?", "Con mi hermano.", {"kind": "company"}),
    ("¡Gracias por todo!", "De nada.", {"kind": "thanks_reply"}),
]  # fmt: skip


@pytest.fixture
def yaml_only_lesson(tmp_path) -> Path:
    steps = [
        {"bot": bot, "model_answer": answer, "asks": asks, **_STEP}
        for bot, answer, asks in _NEW_STEPS
    ]
    lesson = {
        "id": "sports", "order": 9, "title": "Deportes", "title_en": "Sports", "level": "A1",
        "description": "d", "minutes": 5, "steps": steps,
        "demo": [{"speaker": "bot", "text": "Hola", "gloss": "Hi"},
                 {"speaker": "learner", "text": "Hola", "gloss": "Hi"}],
    }  # fmt: skip
    steps[0]["follow_up"] = (
        "A mí también me encanta {hobby}."  # the slot the reading fills: its class
    )
    path = tmp_path / "sports.yaml"
    path.write_text(yaml.safe_dump(lesson, allow_unicode=True), encoding="utf-8")
    return path


def test_a_lesson_written_in_yaml_alone_grades_by_what_each_step_asks(yaml_only_lesson):
    lesson = load_lesson_file(yaml_only_lesson)
    assert all(not step.accept for step in lesson.steps)
    right = [
        (1, "Me encanta el baloncesto."),
        (2, "Suelo desayunar fruta."),
        (3, "Normalmente como a la una y media."),
        (4, "Mis padres viven en Quito."),
        (5, "Voy con unos amigos."),
        (6, "No hay de qué."),
    ]
    for number, text in right:
        assert grade_answer(lesson, number, text).correct, text
        assert accepts_answer(lesson, number, text), text
    wrong = [(1, "Me gusta la pizza."), (3, "Como pan."), (4, "Me llamo Ana."), (6, "Adiós.")]
    for number, text in wrong:
        assert not grade_answer(lesson, number, text).correct, text
    verdict = grade_answer(lesson, 1, "Me encanta el baloncesto.")
    assert follow_up_for(lesson.step(1), verdict, {})[0] == "A mí también me encanta el baloncesto."
    # every model answer is right by its own step's reading
    for number, step in enumerate(lesson.steps, 1):
        assert grade_answer(lesson, number, step.model_answer).correct, step.model_answer


def test_a_step_with_neither_asks_nor_patterns_is_refused_naming_the_step(yaml_only_lesson):
    data = yaml.safe_load(yaml_only_lesson.read_text(encoding="utf-8"))
    del data["steps"][2]["asks"]
    yaml_only_lesson.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(LessonFileError, match=r"sports\.yaml: step 3: .*asks"):
        load_lesson_file(yaml_only_lesson)


def test_an_unknown_kind_of_question_is_refused(yaml_only_lesson):
    data = yaml.safe_load(yaml_only_lesson.read_text(encoding="utf-8"))
    data["steps"][0]["asks"]["kind"] = "horoscope"
    yaml_only_lesson.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(LessonFileError, match=r"step 1, field .asks., field .kind."):
        load_lesson_file(yaml_only_lesson)


def test_a_malformed_meaning_file_names_file_entry_and_field(tmp_path):
    path = tmp_path / "meaning.yaml"
    good = yaml.safe_load(
        (Path(__file__).resolve().parents[2] / "langbot/grading/data/meaning.yaml").read_text(
            encoding="utf-8"
        )
    )
    good["liking_verbs"] = "gustar"
    good["surprise"] = ["x"]
    path.write_text(yaml.safe_dump(good, allow_unicode=True), encoding="utf-8")
    with pytest.raises(LessonFileError) as e:
        load_meaning_words(path)
    assert "meaning.yaml" in str(e.value)
    assert "liking_verbs" in str(e.value) and "surprise" in str(e.value)
