"""Answers the three blind lessons of 2026-12-07 (acogida, optica, granja; issue 19) showed
misread, each read at its general cause and tested here on other words: a question asked
inside «¿sabes…?» asks in the person of its own verb («¿sabes qué comen?» «comen hierba»);
a yes/no answer may say the question's own words again after its verb, or the opposite manner
(«¿duermes bien por la noche?» «no, duermo mal por la noche»); a pet is an animal too
(«¿te gustan los animales?» «me encantan los gatos»); «¿qué te parece?» after a thing named
asks how that thing is, so an answer that leaves it unsaid agrees with it («esta es mi casa
nueva. ¿qué te parece?» «es muy bonito» → bonita); an order may say what one has come to get
(«vengo a abrir una cuenta», «voy a comprar…»)."""

import pytest
from helpers import check_yaml_lessons, grade_made_step

EATS = {"kind": "routine", "action": "comer", "of": "food", "who": "other"}
OPINION = {"kind": "opinion"}
ORDER = {"kind": "order"}
ANIMALS = {"kind": "liking", "of": "animal", "yes_no": True}
SLEEPS = {"kind": "state", "yes_no": True}

STEPS = [
    # a question inside «¿sabes…?»: its own verb's person
    ("Mira los conejos. ¿Sabes qué comen?", EATS, "Comen zanahorias.", "Comen lechuga y pan.", True),
    ("Mira los conejos. ¿Sabes qué comen?", EATS, "Comen zanahorias.", "Creo que comen fruta.", True),
    ("Mira los conejos. ¿Sabes qué comen?", EATS, "Comen zanahorias.", "Comemos lechuga.", False),
    ("Mira los conejos. ¿Sabes qué comen?", EATS, "Comen zanahorias.", "Sé nadar.", False),
    # the question's own words said again, or the opposite manner
    ("¿Duermes bien por la noche?", SLEEPS, "No, no duermo bien por la noche.",
     "Sí, duermo bien por la noche.", True),
    ("¿Duermes bien por la noche?", SLEEPS, "No, no duermo bien por la noche.",
     "No, duermo muy mal por la noche.", True),
    ("¿Duermes bien por la noche?", SLEEPS, "No, no duermo bien por la noche.",
     "No, duermo bien el libro.", False),
    ("¿Duermes bien por la noche?", SLEEPS, "No, no duermo bien por la noche.",
     "Sí, duermo bien por el parque.", False),
    ("¿Tienes tos?", {"kind": "state", "yes_no": True}, "Sí, tengo tos.", "Sí, hay tos.", False),
    # «¿qué te parece?» after a thing named asks how it is: an answer agrees with it
    ("Esta es mi casa nueva. ¿Qué te parece?", OPINION, "Es muy bonita.", "Es muy bonita.", True),
    ("Esta es mi casa nueva. ¿Qué te parece?", OPINION, "Es muy bonita.", "Es muy bonito.", False),
    ("Este es mi coche nuevo. ¿Qué te parece?", OPINION, "Es muy bonito.", "Es muy rápido.", True),
    # what one has come to get, with «vengo a» or «voy a» and the infinitive
    ("Buenos días. ¿Qué desea?", ORDER, "Quiero abrir una cuenta.", "Vengo a abrir una cuenta.", True),
    ("Buenos días. ¿Qué desea?", ORDER, "Quiero un billete.", "Vengo a comprar un billete.", True),
    ("Buenos días. ¿Qué desea?", ORDER, "Quiero abrir una cuenta.", "Va a abrir una cuenta.", False),
    # a pet is an animal too
    ("¿Te gustan los animales?", ANIMALS, "Sí, mucho.", "Sí, me encantan los gatos.", True),
    ("¿Te gustan los animales?", ANIMALS, "Sí, mucho.", "Me gustan los conejos.", True),
    ("¿Te gustan los animales?", ANIMALS, "Sí, mucho.", "Me gusta el tenis.", False),
]  # fmt: skip


@pytest.mark.parametrize("bot,asks,model,text,right", STEPS, ids=[s[3] for s in STEPS])
def test_a_step_of_the_blind_lessons_kinds_is_read(bot, asks, model, text, right):
    verdict = grade_made_step(bot, asks, model, text)
    assert verdict.correct == right, (text, verdict.category, verdict.errors)


def test_the_three_lessons_model_answers_pass_the_start_up_check():
    check_yaml_lessons(("acogida", "optica", "granja"))
