"""Natural answers the tenth round showed refused (issue 19), each read at its general cause
and tested here on other words: a choice said with a verb before it («preferimos la de las
cinco», «elijo la doble») where the question offers two things and asks a choice; how a
thing seems («parece muy fresco»); a present given with another verb of giving («me
trajo…», «me compró…»); to a yes/no question with «querer» or
«necesitar», a yes or a no with the other («¿quiere una bolsa?» «no, no necesito bolsa»);
to a question about a card named for who may have it, being that («sí, somos estudiantes»);
«recibí…» to «¿qué te dieron?»; the things a routine takes, alone, and when («carne por
la mañana»); a size worn with «llevar» or «tener» to «¿qué talla usa?»; «cualquier día» to
what day; «sí, quiero hacerlo» for the infinitive asked; and what stays a miss."""

from helpers import accepted_at_steps, refused_at_steps

test_a_natural_answer_is_accepted = accepted_at_steps(
    [
        # a verb of choosing, or the question's own, before one of the two things offered
        ("teatro", 2, "Preferimos la de las cinco."),
        ("hotel", 3, "Elijo la doble."),
        # how the thing asked about seems, its subject left out
        ("restaurante", 5, "Parece muy fresco."),
        ("mercado", 4, "Parece muy dulce."),
        ("peluqueria", 7, "Parece un poco corto."),
        # a present given with another verb of giving than the question's
        ("navidad", 4, "Mi abuela me trajo unos calcetines."),
        ("navidad", 4, "Mi hermano me compró una bufanda."),
        # to «¿quiere…?» a yes or a no with «necesitar», and the other way round
        ("mercado", 6, "No, no necesito bolsa."),
        ("gimnasio", 7, "Sí, necesito un entrenador."),
        # to «¿tiene la tarjeta de cliente?», being one: «no, no soy cliente»
        ("libreria", 7, "No, no soy cliente."),
        ("museo", 2, "Sí, soy estudiante."),
        # what was given, said by who got it
        ("navidad", 4, "Recibí una bufanda."),
        # what an animal eats, alone, and when
        ("mascota", 5, "Carne por la mañana y pescado por la noche."),
        # a size one uses, said with «llevar» or «tener»
        ("ropa", 2, "Llevo la talla cuarenta y dos."),
        ("ropa", 2, "Tengo la talla cuarenta."),
        # any day will do, to what day
        ("teatro", 1, "Cualquier día de la semana."),
        ("cine", 3, "Cualquier día me va bien."),
        # «hacerlo» for the infinitive the question chains
        ("ropa", 4, "Sí, quiero hacerlo."),
        ("deporte", 6, "Sí, quiero hacerlo."),
        ("ropa", 4, "si, me la pruebo"),  # the asked verb last: nothing after it to read
    ],
)


test_stays_a_miss = refused_at_steps(
    [
        ("casa", 1, "Prefiero un piso."),  # «¿vives en…?» asks where, no choice
        ("teatro", 4, "Prefiero el cine."),  # neither of the two offered
        ("camping", 4, "Prefiero la playa."),  # neither of the two offered
        ("mercado", 4, "Parece que sí."),  # how it seems is not said
        ("navidad", 4, "Compré un diccionario."),  # bought, not given to the learner
        ("navidad", 4, "Me robaron un diccionario."),  # taken, no present
        ("mercado", 6, "Sí, necesito un taxi."),  # another thing than the one offered
        ("libreria", 7, "Sí, soy profesor."),  # not what the card is for
        ("navidad", 4, "Recibí una multa."),  # no present
        ("mascota", 5, "Mañana por la mañana."),  # when, but no food
        ("ropa", 2, "Como dos pizzas."),  # a number of another thing
        ("veterinario", 8, "Cualquier cosa."),  # anything, no day
        ("veterinario", 6, "Sí, puedo hacer la cena."),  # another thing done
    ],
)
