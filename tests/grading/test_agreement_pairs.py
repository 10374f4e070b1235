"""Real learners' agreement errors (COWS-L2H tuning pairs) the agreement rules catch: the
learner's sentence gets a gender or number error, and the expert's correction gets none."""

import pytest

from langbot.grading import sentence_errors
from langbot.real_eval import PAIRS_DIR, load_pairs

CAUGHT = [
    "Somos conectada.",  # a participle after ser
    "Un tendero está siendo investigados.",  # past «siendo»
    "ella es super lindo y peludo.",  # past «súper»
    "Ella es bien conocido para su trabajo en las séries de televisión.",
    "Ella viste ropa que es bueno para el medioambiente.",  # the relative «que»
    "Mucha gente la llama genius mujer porque sus canciones son significativos.",
    "Su personalidad es cómico, simpático y aimable.",  # an adjective also read as a noun
    "No creo que la idea de las personas famosas es bueno para los niños.",
    'Ana pensaba, "La cuenta necesita ser muy bueno.',  # ser after another verb
    "Pero la programa es cómico.",  # not «la» + the verb «programa»
    "Ellos hicieron una otra fiesta, y es más grande y mejor que los otras.",
    "Por eso, no visite la cascada los primeras dos días del viaje.",
    "Él tiene cuarenta años y tiene dos hijos llamado Apple y Moses.",
    "En un lugar muy secreta era una princesa bonita.",
    "El tiene pelo largo y musculos muy grande y recuerda, el es inteligente.",
]


@pytest.fixture(scope="module")
def pairs() -> dict:
    """The tuning pairs by learner sentence."""
    return {p.learner: p for p in load_pairs(PAIRS_DIR)}


@pytest.mark.parametrize("learner", CAUGHT)
def test_a_real_agreement_error_is_named_and_its_correction_is_left_alone(pairs, learner):
    pair = pairs[learner]
    assert "gender_number" in pair.kinds
    assert "gender_number" in {e.kind for e in sentence_errors(pair.learner)}
    assert not [e for e in sentence_errors(pair.corrected) if e.kind == "gender_number"]


def test_one_cue_fixes_both_the_gender_and_the_missing_article(pairs):
    """Two errors on one word are one mistake: the cue's fix corrects both (one cue per
    mistake), and the correction gets none."""
    pair = pairs["Todos películas son comedias y muy interesante."]
    assert "gender_number" in pair.kinds
    assert [e.fix for e in sentence_errors(pair.learner)] == ["Todas las"]
    assert not sentence_errors(pair.corrected)


def test_the_weather_with_estar_has_no_subject_to_agree_with():
    assert not sentence_errors("Esa noche estaba nublado.")
    assert [e.kind for e in sentence_errors("El agua está frío.")] == ["gender_number"]
