"""Natural answers the eleventh round showed refused (issue 19), each read at its general
cause and tested here on other words: a yes said as the question's own verb with no «sí»
before it («¿puedes venir mañana?» «puedo venir»), a word of the question mirrored
(«¿vienes conmigo?» «voy contigo»); at a counter whose model answer wants something done,
wanting to learn to do a thing («quiero aprender a conducir»), and asking whether the place
has it or does it («¿hay clases para niños?», «¿alquilan bicicletas?»); a yes and a detail
after a preposition («¿tienes crema?» «sí, en la mochila»); thanks and «muy amable» on
leaving; one person said as being alone («¿cuántas personas viajan?» «viajo solo»); and what
stays a miss (a thing of another class ordered where the question offers
two: «un bocadillo en la ventanilla» to «¿ventanilla o pasillo?»)."""

from helpers import accepted_at_steps, refused_at_steps

test_a_natural_answer_is_accepted = accepted_at_steps(
    [
        # the question's verb in the answerer's person, no «sí» before it
        ("mudanza", 7, "Te ayudo."),
        ("veterinario", 6, "Puedo dársela."),
        ("cine", 2, "Quiero ir."),
        # a word of the question as who answers says it
        ("boda", 7, "Bailo contigo."),
        ("boda", 7, "Sí, bailo contigo."),
        # wanting to learn to do a thing, where the model answer signs up for something
        ("autoescuela", 1, "Quisiera aprender a conducir, por favor."),
        ("piscina", 1, "Me gustaría aprender a nadar."),
        # asking whether the place has it, or does what the model answer wants done
        ("piscina", 1, "¿Hay clases para niños?"),
        ("bici", 1, "Buenos días, ¿alquilan bicis?"),
        # a yes and a detail of it after a preposition
        ("playa", 4, "Sí, en el coche."),
        ("museo", 5, "Sí, en francés."),
        # thanks, and saying the other is kind
        ("perdidos", 8, "Mil gracias por la ayuda, qué amable."),
        ("aeropuerto", 8, "Gracias, es usted muy amable."),
        # one person said as being alone, to a question counting people
        ("tren", 5, "Yo sola."),
        ("camping", 2, "Solo yo."),
        # one of the two offered, said of a thing with no class of its own
        ("tren", 6, "Queremos dos asientos en el pasillo."),
    ],
)


test_stays_a_miss = refused_at_steps(
    [
        ("veterinario", 6, "No puedo."),  # a no
        ("veterinario", 6, "Puedo comer."),  # another thing done
        ("taxi", 5, "Tengo que estudiar."),  # an obligation, not the «tener» asked
        ("veterinario", 6, "Sí, puedo venir el jueves."),  # coming is not what was asked
        ("numbers", 1, "Uno, dos, tres"),  # the bot's own count: «uno» is no verb said back
        ("boda", 7, "Bailo con mi novio."),  # not with who asks
        ("mudanza", 7, "Ayudo a mi madre."),  # someone else helped
        ("piscina", 1, "Quiero comer."),  # wants nothing the place does
        ("cafe", 1, "Quiero aprender a cocinar."),  # a café orders a thing, no lessons
        ("piscina", 1, "Aprendo a nadar."),  # says what one does, asks for nothing
        ("museo", 5, "Sí, con un café."),  # «con» adds another thing than the one offered
        ("playa", 4, "Sí, a las ocho."),  # a time, no detail of having it
        ("aeropuerto", 8, "Gracias, muy cansado."),  # a state, no courtesy
        ("tren", 6, "Quiero un bocadillo en la ventanilla."),  # food ordered, no seat chosen
        ("camping", 1, "Solo yo."),  # nights are counted, not people
        ("tren", 5, "Como solo."),  # another verb than the question's
    ],
)
