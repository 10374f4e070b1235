"""Native answers refused at a step (issue 19, natives35), found on fresh Tatoeba sentences
mapped to steps by structure (evals/real-native-fresh/): each test uses other words."""

from helpers import grade_made_step, judged_at_made_step

test_how_food_tastes_with_saber_is_an_opinion = judged_at_made_step(
    "¿Qué tal la sopa? ¿Está buena?",
    {"kind": "opinion"},
    "Sí, está muy rica.",
    [
        ("La sopa sabe muy bien.", True),  # saber: how food tastes
        ("Sabe un poco salada.", True),
        ("Sabe riquísima.", True),
        ("Sabe francés.", False),  # saber: to know, no taste
        ("Sabe mucho.", False),
    ],
    "«sabe muy bien», «sabe salada» say how a dish is, as «está rica» does.",
)

test_opinion_with_a_place_or_time_word_after_it = judged_at_made_step(
    "Este es tu cuarto. ¿Qué te parece?",
    {"kind": "opinion"},
    "Es muy bonito.",
    [
        ("Es muy luminoso aquí.", True),  # a place word after the opinion
        ("Es bonito ahora.", True),
        ("Es precioso, de verdad.", True),
        ("Es aquí.", False),  # no opinion at all
    ],
    "«es muy luminoso aquí»: «aquí» or «ahora» after the adjective still gives an opinion.",
)

test_symptoms_said_with_tener_answer_how_one_is = judged_at_made_step(
    "¿Tiene fiebre o tos?",
    {"kind": "state", "of": "body"},
    "Tengo fiebre.",
    [
        ("Tengo escalofríos.", True),  # a symptom the vocabulary lacked
        ("No, pero tengo mareos.", True),
        ("Tengo calambres en las piernas.", True),
        ("Tengo un paraguas.", False),  # a thing, no symptom
    ],
    "«tengo escalofríos», «tengo mareos»: symptoms are nouns of the body class.",
)


def test_a_question_about_an_internet_cafe_is_a_question_of_a_place() -> None:
    """«¿dónde hay un cibercafé?» asks where a place is, as «¿dónde hay un banco?» does."""
    verdict = grade_made_step(
        "¿Necesitas ayuda?", {"kind": "question"}, "Sí, ¿dónde está el banco?",
        "Sí, ¿dónde hay un cibercafé por aquí?",
    )  # fmt: skip
    assert verdict.correct


test_asking_to_speak_to_someone_is_an_order_at_a_counter = judged_at_made_step(
    "Buenas tardes. ¿En qué puedo ayudarle?",
    {"kind": "order"},
    "Quiero abrir una cuenta, por favor.",
    [
        ("Quisiera hablar con el director, por favor.", True),  # asking for someone
        ("Quiero hablar con la encargada.", True),
        ("Quiero hablar.", False),  # no one asked for
        ("Hablo con el director.", False),  # no want: a fact
    ],
    "To «¿en qué puedo ayudarle?», «quisiera hablar con el director» says what is wanted.",
)
