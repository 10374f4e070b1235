"""Natural native answers the seventh round of Tatoeba rows showed refused (issue 19): a thing
the lexicon puts in no class, named after the question's own verb («perdí mi boleto» to
«¿qué ha perdido?»); «let's», the first person plural imperative, read as the present
(«vayamos en tren», «veámonos a las dos»); how something is or was with estar and «bien»
(«estuvo muy bien», «bien» is a degree word too); an invitation accepted with its own verb
as «let's» («¿bailas conmigo?» «bailemos»); thanks for something as a farewell («gracias por
su ayuda»); and what stays a miss."""

from helpers import accepted_at_steps, grade_lesson, refused_at_steps

_grade = grade_lesson


test_a_natural_answer_is_accepted = accepted_at_steps(
    [
        ("perdidos", 1, "Perdí mi boleto."),
        ("perdidos", 1, "He perdido un arete."),
        ("perdidos", 1, "He perdido mi billetera."),
        ("excursion", 2, "Vayamos en tren."),
        ("excursion", 8, "Veámonos a las dos y media."),
        ("excursion", 3, "Comamos bocadillos."),
        ("concierto", 8, "Estuvo muy bien."),
        ("boda", 5, "Está muy bien."),
        ("boda", 7, "¡Bailemos!"),
        ("deporte", 6, "Juguemos al pádel."),
        ("perdidos", 8, "Gracias por su ayuda."),
        ("perdidos", 8, "Muchas gracias por su ayuda."),
    ],
)


test_stays_a_miss = refused_at_steps(
    [
        ("perdidos", 1, "Ha perdido un arete."),  # someone else lost it
        ("perdidos", 1, "He perdido."),  # nothing named
        ("perdidos", 1, "Perdí el tren."),  # a train is missed, not lost at the office
        ("perdidos", 1, "He perdido a mi hermano."),  # a person
        ("perdidos", 6, "Perdí mi boleto."),  # another step's answer: not what is inside
        ("excursion", 2, "Vayamos a la montaña."),  # where, not how
        ("excursion", 2, "Vayan en tren."),  # «you go», not «let's go»
        ("excursion", 8, "Veámonos."),  # no time
        ("concierto", 8, "Estuvo muy lejos."),  # where, not how it was
        ("boda", 5, "Está en la mesa."),  # where the food is
        ("boda", 7, "Cantemos."),  # another verb than the one invited to
        ("gimnasio", 6, "Hagamos yoga."),  # «have you ever?» is no invitation
        ("perdidos", 8, "Gracias."),  # thanks alone answer a wish, and «eso es todo» is none
        ("perdidos", 8, "Gracias, me llamo Ana."),  # another step's answer
        ("greetings", 5, "No sé, perdón."),  # «I don't know» is no yes or no to «¿eres…?»
        ("dentista", 6, "No sé."),
    ],
)
