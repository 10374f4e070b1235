"""Real learners' verb mistakes (COWS-L2H tuning pairs): the judge flags the learner's
sentence and names the verb error, and leaves the expert's correction alone."""

import pytest

from langbot.grading import sentence_errors
from langbot.grading.knowledge import knowledge
from langbot.grading.rules.registry import run_rules
from langbot.grading.tokens import tokenize

PAIRS = [
    # a past tense in another person than its subject
    ("past_person", "yo vio novelas todo la noche.", "Yo vi novelas toda la noche."),
    (
        "past_person",
        "Así que, el niño corrí para la camion.",
        "Así que, el niño corrió hacia el camión.",
    ),
    # ser agrees with the pronoun after it
    (
        "pronoun_after_ser",
        "La unica cosa que nos detiene son nosotros mismos.",
        "La única cosa que nos detiene somos nosotros mismos.",
    ),
    # one verb too many
    ("ser_before_gustar", "Es le gusta un gatos y perros.", "Le gustan los gatos y perros."),
    (
        "ser_name_verb",
        "Cuando es Cosmo era joven, el mundo estaba muy frio.",
        "Cuando Cosmo era joven, el mundo estaba muy frío.",
    ),
    # a conjugated verb where the infinitive goes
    (
        "finite_after_modal",
        "Quiero maneja este Ferari de nuevo.",
        "Quiero manejar este Ferrari de nuevo.",
    ),
    # no verb at all
    ("missing_verb", "Ahora, ella en musica.", "Ahora, está en la música."),
    # «se» with a verb like gustar
    (
        "reflexive_with_gustar",
        "Se le gusta historia especialmente historia de la guerra.",
        "Le gusta la historia, especialmente la historia de la guerra.",
    ),
]

KIND = {"reflexive_with_gustar": "reflexive"}


def _rules(text: str) -> set[str]:
    return {rule_id for rule_id, _ in run_rules(tokenize(text), knowledge())}


@pytest.mark.parametrize(("rule", "learner", "corrected"), PAIRS)
def test_the_learners_verb_mistake_is_named_and_the_correction_passes(rule, learner, corrected):
    assert rule in _rules(learner)
    assert KIND.get(rule, "verb") in {e.kind for e in sentence_errors(learner)}
    assert rule not in _rules(corrected)


@pytest.mark.parametrize(
    ("text", "kind", "fix"),
    [
        # the issue's own kinds, each named with its fix
        ("Mi hermano muy alto.", "verb", "es muy"),
        ("Mi padre es trabaja en un banco.", "verb", "trabaja"),
        ("Yo estoy trabajo en un banco.", "verb", "trabajo"),
        ("Yo trabajar en un banco.", "verb", "trabajo"),
        ("Ana trabajar en un banco.", "verb", "trabaja"),
        ("Mi madre trabajo en un banco.", "verb", "trabaja"),
        ("Mi madre me llamo Ana.", "verb", "se llama"),
        ("Vivo en una casa tiene jardín.", "word_form", "que tiene"),
        ("Tengo un perro se llama Max.", "word_form", "que se llama"),
        ("Yo se llamo Ana.", "reflexive", "me"),
        ("Me llama Ana.", "reflexive", "llamo"),
    ],
)
def test_the_issues_verb_mistakes_are_named_with_their_fix(text, kind, fix):
    assert (kind, fix) in {(e.kind, e.fix) for e in sentence_errors(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Cuando llega el verano hace calor.",
        "Cuando vamos a la playa hace sol.",
        "Yo vivo en Madrid, ella en Sevilla.",
        "Mi madre me llama Ana.",
        "Te llama Ana.",
        "Estoy vivo.",
        "Es trabajo de todos.",
        "Mi familia fuimos a Madrid.",
        "A todos los estudiantes les gustaba.",
    ],
)
def test_right_sentences_that_look_like_those_mistakes_get_no_error(text):
    assert sentence_errors(text) == []
