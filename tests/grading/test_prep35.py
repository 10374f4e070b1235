"""A learner's wrong preposition after a verb or an adjective that governs another, read from
the treebank and Tatoeba counts, gets a cue naming the right one; right Spanish gets none.
The sentences use other verbs and adjectives than the COWS pairs the rules were read on."""

import pytest

from langbot.native_eval import sentence_fires

RULES = ("governed_preposition", "governed_after_adjective")


def _cues(text: str) -> dict[str, str]:
    return {rule: msg for rule, _words, msg in sentence_fires(text) if rule in RULES}


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Confío sobre mi madre para todo.", "«en»"),
        ("Mi padre se preocupa sobre mi hermano.", "«por»"),
        ("Renuncié de mi trabajo en mayo.", "«a»"),
        ("Ella es famosa para su música.", "«por»"),
        ("Mi hermana insiste sobre pagar la cena.", "«en»"),
        ("Rezo para mi abuela enferma.", "«por»"),
        ("Mi perro se parece con un lobo.", "«a»"),
    ],
)
def test_governed_preposition_is_named(text, fix):
    cues = _cues(text)
    assert cues, text
    assert all(fix in msg for msg in cues.values())


@pytest.mark.parametrize(
    "text",
    [
        "Confío en mi madre para todo.",
        "Renuncié a mi trabajo en mayo.",
        "Ella es famosa por su música.",
        "Es famosa en Japón.",
        "Te amaré por el resto de mi vida.",
        "Tom no nadó con John.",
        "Trabajo para una empresa grande.",
        "Hablo con mis amigos en la escuela.",
        "Viajo por Europa en verano.",
        "Cocino para mi familia los domingos.",
        "Es bueno para la salud.",
        "Estoy contento con mi nueva casa.",
        "Él estaba sentado a mi lado.",
        "Poco se sabe sobre su vida.",
        "Confío con los ojos cerrados en ti.",
        "Rezo por mi abuela enferma.",
        "Ella se parece a su padre en los ojos.",
    ],
)
def test_right_prepositions_get_no_governed_cue(text):
    assert not _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Confío sobre mi madre para todo.",
        "Mi padre se preocupa sobre mi hermano.",
        "Renuncié de mi trabajo en mayo.",
        "Ella es famosa para su música.",
        "Mi hermana insiste sobre pagar la cena.",
        "Rezo para mi abuela enferma.",
        "Mi perro se parece con un lobo.",
    ],
)
def test_wrong_preposition_gets_a_cue(text):
    # none of these got any cue before the counts were read for governed prepositions
    assert sentence_fires(text), text
