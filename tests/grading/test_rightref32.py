"""Right answers refused at a step (issue 19), read at their general cause: to the bot's open
invitation («¿tiene alguna pregunta?», «¿necesita algo más?»), a question about a thing the
lesson names in any of its lines, the place it is set in included, is on its topic."""

import pytest
from helpers import grade_lesson


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        ("aeropuerto", 5, "¿Cuándo es el próximo vuelo?", True),  # «vuelo»: another step's
        ("teatro", 8, "¿A qué hora termina la obra?", True),  # «obra»: the demo's play
        ("teatro", 8, "¿Cuánto dura la obra de teatro?", True),  # the title's theatre
        ("aeropuerto", 5, "¿Cuánto cuesta la pizza?", False),  # named nowhere in the lesson
        ("aeropuerto", 5, "¿Tiene un perro grande?", False),
    ],
)
def test_open_invitation_takes_a_question_on_the_lesson(
    lesson: str, number: int, text: str, right: bool
) -> None:
    """A question about what the lesson talks about answers «¿tiene alguna pregunta?»."""
    assert grade_lesson(lesson, number, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("¿Cuándo la puedo recoger, el móvil?", False),  # «la» for «el móvil»
        ("¿Cuándo puedo recogerla, el móvil?", False),
        ("¿Cuándo lo puedo recoger, el móvil?", True),
        ("¿Cuándo puedo recogerlo?", True),
    ],
)
def test_pronoun_and_its_noun_after_a_comma_agree(text: str, right: bool) -> None:
    """An object pronoun and the noun it stands for, said after a comma, agree: a question
    whose pronoun has another gender is no right answer."""
    assert grade_lesson("taller", 7, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Buenos días. ¿Puede venir un fontanero?", True),  # the one asked for, sent
        ("¿Pueden venir dos fontaneros mañana?", True),
        ("¿Puede venir?", False),  # no one asked for
    ],
)
def test_request_that_someone_come(text: str, right: bool) -> None:
    """«¿Puede venir un fontanero?» asks for a plumber as «necesito un fontanero» does."""
    assert grade_lesson("averia", 1, text) is right


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        ("rastro", 8, "Cada sábado.", True),  # «¿cuándo vuelve por aquí?»: what one does
        ("dentista", 7, "Cada jueves.", False),  # «¿cuándo puede venir?»: one day
        ("optica", 3, "Cada jueves.", False),  # «¿cuándo fue…?»: in the past
    ],
)
def test_every_week_answers_when_one_does_it(
    lesson: str, number: int, text: str, right: bool
) -> None:
    """«¿Cuándo vuelve?» in the present takes the days of every week; a modal or a past
    «when» asks one day."""
    assert grade_lesson(lesson, number, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("No, a ninguno.", True),  # the question's «a» before the none
        ("No, de ninguno.", False),  # a preposition the question has not
        ("No, a nada.", False),  # the none of another thing
    ],
)
def test_none_after_the_questions_preposition(text: str, right: bool) -> None:
    """«No, a ninguno» answers «¿es alérgico a algún medicamento?»."""
    assert grade_lesson("dentista", 6, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("El grifo gotea.", True),  # what is wrong, said as what it does
        ("El fregadero pierde agua.", True),
        ("El váter pierde agua.", True),  # «váter»: a noun of the shared vocabulary
        ("El grifo no gotea.", False),  # nothing wrong
    ],
)
def test_fault_told_with_a_verb(text: str, right: bool) -> None:
    """«El grifo gotea» answers «¿qué le pasa?» as «el grifo está roto» does."""
    assert grade_lesson("averia", 2, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Le gustan todas.", True),  # «todas»: all the flowers asked about
        ("Me gustan todas.", False),  # the mother's liking is asked, not one's own
    ],
)
def test_all_of_the_plural_asked(text: str, right: bool) -> None:
    """«Le gustan todas» answers «¿qué flores le gustan a su madre?»."""
    assert grade_lesson("floristeria", 2, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Fila ocho, asiento dos.", True),  # a place named by its number
        ("La fila ocho.", True),
        ("Mesa para dos.", False),  # a number of people, no place
    ],
)
def test_numbered_place_says_where(text: str, right: bool) -> None:
    """«Fila ocho, asiento dos» answers «¿dónde están nuestros asientos?»."""
    assert grade_lesson("futbol", 4, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("No, solo soy alérgica a los gatos.", True),  # a no, then what is so instead
        ("No, solamente soy alérgico a los gatos.", True),
        ("Solo a los gatos.", False),  # no yes or no said
    ],
)
def test_no_then_what_is_so_instead(text: str, right: bool) -> None:
    """«No, solo soy alérgico a…» answers «¿es alérgico a algún medicamento?» with a no."""
    assert grade_lesson("dentista", 6, text) is right


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        ("tren", 8, "¿Por qué vía sale el tren?", True),  # «vía»: a place, as «andén» is
        ("teatro", 8, "¿Tienen guardarropa?", True),  # «guardarropa»: a place one asks for
        ("tren", 8, "¿Cuánto cuesta la pizza?", False),
    ],
)
def test_places_of_the_shared_vocabulary(lesson: str, number: int, text: str, right: bool) -> None:
    """A track and a cloakroom are places: a question names them as it names a platform."""
    assert grade_lesson(lesson, number, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("No, ¿dónde está tu casa?", True),  # «casa», though the first step names it
        ("¿Dónde está tu hogar?", True),
        ("¿Dónde está el museo?", False),  # another place
    ],
)
def test_home_asked_where_one_lives(text: str, right: bool) -> None:
    """«¿Dónde está tu casa?» asks «¿dónde vives?» even where another step says «mi casa»."""
    assert grade_lesson("cumple", 4, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Todo el museo.", False),  # another place, and no question
        ("Busco el guardarropa.", True),  # the thing itself, asked for
    ],
)
def test_statement_names_the_thing_itself(text: str, right: bool) -> None:
    """A statement asks for the model's own thing: any place stands for it only in a
    question («¿dónde está el aeropuerto?» as «¿dónde está la estación?»)."""
    assert grade_lesson("museo", 6, text) is right
