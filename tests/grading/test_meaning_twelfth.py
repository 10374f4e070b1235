"""Natural answers the twelfth round showed refused (issue 19), each read at its general
cause and tested here on other words: where one was born said for where one is from («nací en
Italia»; not a date: «nací en mayo»), something wanted said by its quality with no noun
(«algo ligero», «me apetece comer algo picante»; not a bare «algo»), and thanking back for
something as the reply to thanks («gracias por invitarnos»), and a yes said with the question's
verb and when or with what it is done («sí, se la doy con el desayuno»)."""

from helpers import accepted_at_steps, refused_at_steps

test_a_natural_answer_is_accepted = accepted_at_steps(
    [
        # a place of birth answers where one is from
        ("boda", 2, "Nací en Francia."),
        ("intercambio", 2, "Nací en un pueblo de Galicia."),
        # «algo» and an adjective: the thing wanted by its quality
        ("playa", 6, "Algo ligero."),
        ("playa", 6, "Me gustaría comer algo caliente."),
        ("mudanza", 8, "Me apetece comer algo picante."),
        ("ropa", 1, "Busco algo barato."),
        # thanking back for something
        ("boda", 8, "Gracias por invitarnos."),
        ("cumple", 8, "Gracias por la fiesta."),
        # the verb said back, and when or with what
        ("veterinario", 6, "Sí, se la doy con el desayuno."),
        ("veterinario", 6, "Sí, se la doy por la mañana."),
    ],
)


test_stays_a_miss = refused_at_steps(
    [
        ("intercambio", 2, "Nací en mayo."),  # when one was born, not where
        ("intercambio", 2, "Nací en agosto."),
        ("mudanza", 8, "Quiero algo."),  # no quality, no thing: nothing said
        ("mudanza", 8, "Algo más."),  # an amount, not a thing
        ("cumple", 6, "Gracias por la fiesta."),  # thanks where who comes is asked
        ("vecino", 7, "Sí, voy con mi hermano."),  # a yes where declining is asked
    ],
)
