"""Natural answers the YAML-only lessons' tuning halves showed refused (issue 19): a verb
the bot says after an indirect pronoun, answered in its own third person with the
learner's pronoun («¿Qué día le viene bien?» «El jueves me viene bien»); how many of a thing
one carries, said with any verb of having («¿Cuántas maletas lleva?» «Tengo dos»); a
question back that leaves out the place the lesson's title names («¿A qué hora cierra?» in
«En el museo»)."""

from helpers import accepted_at_steps, refused_at_steps

test_a_natural_answer_is_accepted = accepted_at_steps(
    [
        ("peluqueria", 2, "El jueves me viene bien."),
        ("peluqueria", 2, "El viernes nos viene bien."),
        ("aeropuerto", 3, "Tengo dos maletas."),
        ("aeropuerto", 3, "Tengo una."),
        ("aeropuerto", 3, "Traigo tres maletas."),
        ("museo", 3, "¿A qué hora cierra?"),
        ("museo", 3, "¿Hasta qué hora está abierto?"),
        ("museo", 7, "Sí, ¿hay cafetería?"),
        ("museo", 7, "¿Dónde está la cafetería?"),
        ("playa", 2, "Traigo una toalla y una pelota."),  # «¿qué llevas?»: any verb of having
        ("playa", 2, "Llevo crema, agua y fruta."),
    ],
)


test_what_answers_another_thing_stays_a_miss = refused_at_steps(
    [
        ("peluqueria", 2, "El jueves le viene bien."),  # the bot's pronoun, not the learner's
        ("peluqueria", 2, "El jueves viene mi madre."),  # someone coming, not a day that suits
        ("peluqueria", 2, "El jueves me vienen bien."),  # the verb disagrees with the day
        ("aeropuerto", 3, "Tengo dos maleta."),  # «dos» takes the plural
        ("aeropuerto", 3, "Quiero dos maletas."),  # wanting, not carrying
        ("museo", 7, "¿A qué hora cierra?"),  # the step's question asks for a café
        ("museo", 3, "¿Dónde está la cafetería?"),  # and this one the closing time
        ("museo", 3, "¿En qué hora cierra?"),  # «a qué hora»
        ("playa", 2, "Traigo a mi hermano."),  # a person, not a thing in the bag
    ],
)
