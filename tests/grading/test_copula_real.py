"""Ser, estar and the verbs Spanish uses where English has a copula, on real learners'
sentences (COWS-L2H tuning half: evals/real-learner/cows.yaml, evals/real-pairs/pairs.yaml)
and on the A1 steps that ask for them: the wrong one is rejected and named, its expert
correction is accepted."""

import pytest

from langbot.grading import grade_answer, sentence_errors

# (lesson, step, the learner's answer, the fix the judge gives): real learners at a step,
# then the answers the steps invite (estar + a trait, ser + a state, the hay/hacer/tener forms).
WRONG_AT_A_STEP = [
    ("family", 5, "Ella esta muy divertida y simpática.", "es"),
    ("family", 6, "Esta muy divertido.", "es"),
    ("family", 6, "Él esta fuerte y alto.", "es"),
    ("family", 6, "Está bajo y trabajador", "es"),
    ("greetings", 4, "Soy nerviosa hoy.", "estoy"),
    ("weekend", 4, "Sí, soy libre el sábado.", "estoy"),
    ("numbers", 6, "Están treinta estudiantes en mi clase.", "hay"),
    ("numbers", 2, "Soy 20 años.", "tengo"),
]


@pytest.mark.parametrize(
    "lesson,step,text,fix", WRONG_AT_A_STEP, ids=[w[2] for w in WRONG_AT_A_STEP]
)
def test_a_wrong_copula_at_a_step_is_rejected_and_corrected(lessons, lesson, step, text, fix):
    verdict = grade_answer(lessons[lesson], step, text)
    assert not verdict.correct and verdict.category == "grammar", verdict
    assert {"ser_estar", "tener_age"} & set(verdict.error_kinds), verdict
    assert any(f"«{fix}»" in e for e in verdict.errors), verdict.errors


# Real learners' sentences from the tuning pairs, each with its expert correction.
PAIRS = [
    ("Esta muy divertido.", "Es muy divertido."),
    ("Estaba muy cómico.", "Fue muy cómico."),
    ("En adición a su programa, Nathan están cómico también.", "Nathan es cómico también."),
    ("Es enfadado para su un personaje en la seria.", "Está enfadado con un personaje."),
    ("Pero, hoy, no estaba divertido.", "Pero hoy no fue divertido."),
]


@pytest.mark.parametrize("learner,corrected", PAIRS, ids=[p[0] for p in PAIRS])
def test_a_real_learners_copula_error_is_named_and_its_correction_is_not(learner, corrected):
    assert "ser_estar" in {e.kind for e in sentence_errors(learner)}
    assert not sentence_errors(corrected)


# Both copulas are right with these, each in its own meaning, or the sentence says when.
RIGHT = [
    "Estoy aburrido.",
    "Es aburrido.",
    "Está listo.",
    "Es listo.",
    "Soy nerviosa.",
    "Hoy está muy simpático.",
    "La fiesta está muy divertida.",
    "Está cansada y simpática.",
    "El libro está bajo la cama.",
    "La fiesta es a las ocho.",
    "La fiesta está en mi casa.",
    "Hoy está frío.",
    "Es frío con sus amigos.",
    "Es mucho trabajo.",
    "En mi clase son treinta estudiantes.",
]


@pytest.mark.parametrize("text", RIGHT)
def test_a_copula_that_can_be_right_is_never_flagged(text):
    assert not sentence_errors(text)
