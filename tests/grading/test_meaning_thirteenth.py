"""Natural answers the thirteenth round of natives showed refused (issue 19), each read at its
general cause and tested here on other words and steps: an answer after a reaction
(«¡qué bien! sí, voy»), a question asked where the bot invites
any question («¿tiene alguna pregunta?», «¿necesita algo más?») about a thing the step is about
or a place where one is («¿dónde está el baño?»), not only the model answer's question; a
question about a thing named nowhere in the step, one with the verb in the wrong person, and a
statement stay misses."""

from helpers import accepted_at_steps, refused_at_steps

test_an_answer_after_a_reaction_is_accepted = accepted_at_steps(
    [
        # a reaction before the answer: the answer is read after it
        ("deporte", 6, "¡Qué bien! Sí, juego contigo."),
        ("fiesta", 3, "¡Qué guay! Sí, voy."),
        ("fiesta", 3, "¡Qué ilusión! Sí, voy."),
    ],
)


test_a_reaction_does_not_make_an_answer = refused_at_steps(
    [
        ("fiesta", 3, "¡Qué pena! Me gusta el fútbol."),  # off the topic after it
        ("fiesta", 3, "¡Hola! Me llamo Ana."),
    ],
)


test_a_question_to_an_open_invitation_is_accepted = accepted_at_steps(
    [
        # a place where one is: any place noun asks about the setting
        ("camping", 6, "¿Dónde están los baños?"),
        ("camping", 8, "¿Dónde está la recepción?"),
        ("museo", 7, "¿Dónde está el baño?"),
        ("taller", 7, "¿Dónde está el baño?"),
        # a thing the bot's line or the model answer names
        ("cumple", 2, "¿Dónde es la fiesta?"),
        ("mudanza", 4, "¿Cuántas habitaciones tiene el piso?"),
        ("camping", 8, "¿A qué hora cierra la tienda?"),
        ("directions", 3, "¿Dónde está la biblioteca?"),
    ],
)


test_stays_a_miss = refused_at_steps(
    [
        ("mudanza", 4, "¿Cuánto cuesta la pizza?"),  # a thing the step never names
        ("autoescuela", 8, "¿Cuánto cuesta un helado?"),
        ("teatro", 8, "¿Cómo te llamas?"),  # asks the bot, names nothing of the step
        ("teatro", 8, "Me gusta bailar."),  # no question
        ("teatro", 8, "Tres entradas."),
        ("directions", 3, "¿Dónde está el museo?"),  # what a later step speaks of
        ("museo", 7, "¿Dónde estás el baño?"),  # the verb in the bot's person
        ("camping", 8, "¿Dónde estás la recepción?"),
    ],
)
