"""Who likes, with a verb like gustar, in real learners' sentences (COWS-L2H tuning pairs):
the «a» (or «le») they leave out is named, with the kind of error, and the experts'
corrections and what natives say get no error."""

import pytest

from langbot.grading import sentence_errors

# (learner sentence, its expert correction, the kind the learner's error is named with)
PAIRS = [
    ("Kat Von D no le gusta comer los animales.", "A Kat Von D no le gusta comer animales.",
     "preposition"),
    ("Tom se gustan los gatos verdes.", "A Tom le gustan los gatos verdes.", "preposition"),
    ("Tom Cruise se gustan los gatos.", "A Tom Cruise le gustan los gatos.", "preposition"),
    ("Su hermano, Ana, le encanta el futbol y siempre juega con Ana.",
     "A su hermano, Ana, le encanta el fútbol y siempre juega con Ana.", "preposition"),
    ("Mis hermanas, Jessica y Erika gustan Johnny Depp tambien.",
     "A mis hermanas, Jessica y Erika les gusta Johnny Depp también.", "gustar"),
    ("Mi mader no le gusta su musica.", "A mi madre no le gusta su música.", "preposition"),
    ("Se gustas leer y caminar por el parque.", "Le gusta leer y caminar por el parque.",
     "gustar"),
]  # fmt: skip

NATIVE = [
    "Mi madre me encanta.",
    "Le gusta mi madre.",
    "Mi madre le compra pan.",
    "Mi madre le dijo la verdad.",
    "Los domingos le gusta ir al cine.",
    "Ana y Tom se gustan.",
    "Al niño le gusta la sopa.",
    "Me gusta el cine y a mi hermano le gusta el teatro.",
    "A mi familia y a mí nos gusta viajar.",
    "Yo le gusto.",
]


@pytest.mark.parametrize("learner,corrected,kind", PAIRS, ids=[p[0] for p in PAIRS])
def test_who_likes_is_named_in_the_learners_sentence_not_the_correction(learner, corrected, kind):
    assert kind in {e.kind for e in sentence_errors(learner)}, learner
    assert not sentence_errors(corrected), corrected


@pytest.mark.parametrize("text", NATIVE)
def test_what_natives_say_with_gustar_gets_no_error(text):
    assert not sentence_errors(text), text
