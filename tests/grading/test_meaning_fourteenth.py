"""Natural answers the fourteenth round of natives showed refused (issue 19), read at their
general cause and tested here on other words and steps: a proposal put as a question
(«¿qué tal el lunes?», «¿el viernes te va bien?», «¿una tortilla?», «no sé, ¿a las seis?»)
answers a step that arranges something with the learner (a verb in «we», or «¿cuándo puede
venir?», «¿qué día le viene bien?»), whatever its kind asks: a day, an hour, a plan, an
order. A table orders for «us» as one orders for «me» («tráiganos agua», «pónganos dos
cervezas»). After a yes or a no, words that put the asker at ease say nothing else («no, no
pasa nada», «no, gracias a Dios»). An English word said as a sentence of its own before
the answer («¡Cool! ¿Dónde…?») is English, no loanword. A question about anything else, a proposal to a step that arranges nothing (where
one's class starts, since when it hurts) and English stay misses."""

from helpers import accepted_at_steps, grade_lesson, refused_at_steps

test_a_proposal_as_a_question_is_accepted = accepted_at_steps(
    [
        # a day proposed, alone or in a frame, where the bot arranges when
        ("mudanza", 1, "¿Qué tal el domingo?"),
        ("mudanza", 1, "¿El domingo te va bien?"),
        ("mudanza", 1, "¿El domingo?"),
        ("intercambio", 7, "¿El viernes te va bien?"),
        ("dentista", 7, "¿El viernes por la tarde?"),
        ("dentista", 7, "¿Le va bien el martes?"),
        ("dentista", 7, "¿Qué tal el lunes por la mañana?"),
        ("veterinario", 8, "¿Qué tal el jueves?"),
        ("peluqueria", 2, "¿Qué tal el viernes?"),
        ("telefono", 5, "¿El lunes por la mañana?"),
        ("cine", 3, "¿Qué tal el domingo?"),
        # an hour
        ("playa", 7, "¿Qué tal a las seis?"),
        ("playa", 7, "No sé, ¿a las seis?"),
        ("cine", 4, "¿Qué tal a las diez?"),
        # a plan or an order
        ("cocina", 1, "¿Qué tal una paella?"),
        ("cocina", 1, "¿Y si hacemos pasta?"),
        ("cocina", 1, "¿Una tortilla?"),
        ("excursion", 2, "¿En autobús?"),
        ("excursion", 3, "¿Unos bocadillos?"),
        ("mudanza", 8, "¿Qué tal una pizza?"),
        ("excursion", 2, "¿Por qué no vamos en bici?"),
        ("mudanza", 8, "¿Por qué no pedimos una pizza?"),
    ],
)


test_stays_a_miss = refused_at_steps(
    [
        ("mudanza", 1, "¿Qué tal estás?"),  # asks the bot
        ("mudanza", 1, "¿Qué día es hoy?"),
        ("excursion", 1, "¿Y si llueve?"),
        ("excursion", 1, "¿Qué tal el tiempo?"),
        ("cocina", 1, "¿Qué tal si cocinas tú?"),
        ("dentista", 7, "¿Qué tal el dolor?"),
        ("playa", 7, "¿Qué tal el agua?"),
        ("cine", 4, "¿Qué tal la película?"),
        ("mudanza", 2, "¿A qué hora vienes tú?"),
        ("telefono", 5, "What about Monday?"),
        # a step that arranges nothing: a proposal is a question back there
        ("salud", 5, "¿Desde el domingo?"),
        ("farmacia", 3, "¿Desde anteayer?"),
        ("trabajo", 3, "¿A las nueve?"),
        ("clase", 4, "¿A las diez?"),
        ("robo", 3, "¿El martes por la noche?"),
    ],
)


test_an_order_for_us_is_accepted = accepted_at_steps(
    [
        ("restaurante", 2, "Tráiganos agua, por favor."),
        ("restaurante", 2, "Pónganos dos cervezas."),
        ("restaurante", 3, "Tráiganos dos sopas, por favor."),
        ("restaurante", 6, "Sí, tráiganos un helado."),
    ],
)


def test_a_request_for_us_of_no_drink_stays_a_miss():
    assert not grade_lesson("restaurante", 3, "¿Nos trae la carta en inglés?")


test_a_no_that_reassures_is_accepted = accepted_at_steps(
    [
        ("dentista", 4, "No, no pasa nada."),
        ("farmacia", 4, "No, gracias a Dios."),
        ("taxi", 5, "No, no pasa nada."),
    ],
)


test_a_reassurance_alone_stays_a_miss = refused_at_steps(
    [
        ("taxi", 5, "No te preocupes."),  # no yes or no said
        ("dentista", 4, "Gracias a Dios."),
    ],
)


test_an_english_exclamation_before_the_answer_is_english = refused_at_steps(
    [
        ("taller", 7, "¡Cool! ¿Dónde está el baño?"),
        ("museo", 7, "¡Nice! ¿Hay una cafetería?"),
        ("teatro", 8, "Perfect. ¿Dónde está el baño?"),
    ],
)


test_a_spanish_exclamation_before_the_answer_is_accepted = accepted_at_steps(
    [
        ("taller", 7, "¡Perfecto! ¿Dónde está el baño?"),
        ("museo", 7, "¡Vale! ¿Hay una cafetería?"),
        ("museo", 7, "¡Ok! ¿Hay una cafetería?"),
    ],
)
