"""Natural native answers the sixth round of Tatoeba rows showed refused (issue 19): how a
garment fits said as «no me queda»; being there for arriving, and an hour «más o menos»;
a plan said in the future tense of any verb; a language one can speak; the verb a liking
question asks about, with a title («leo el New York Times»); how often, with a pastime for
«hacer deporte» («corro dos veces a la semana»); which one, the noun asked again with an adjective («una
talla mediana»); and what stays a miss."""

from helpers import accepted_at_steps, grade_lesson, refused_at_steps

_grade = grade_lesson


test_a_natural_answer_is_accepted = accepted_at_steps(
    [
        ("ropa", 5, "Esta talla no me queda."),
        ("ropa", 5, "No me queda."),
        ("tienda", 5, "No me quedan."),
        ("cumple", 3, "Estaré allí a las diez."),
        ("cumple", 3, "Estaré allí a las dos y media, ¿vale?"),
        ("fiesta", 7, "Estaremos ahí a las ocho."),
        ("cumple", 3, "Llego más o menos a las diez."),
        ("cumple", 7, "Te daré un libro."),
        ("cumple", 7, "Te compraré una camiseta."),
        ("fiesta", 4, "Llevaré una tarta."),
        ("intercambio", 3, "Puedo hablar chino."),
        ("intercambio", 3, "Sé hablar francés e inglés."),
        ("likes", 6, "Leo el New York Times."),
        ("likes", 6, "Leo El País."),
        ("gimnasio", 2, "Corro tres veces a la semana."),
        ("gimnasio", 2, "Yo troto dos veces a la semana."),
        ("ropa", 2, "Quisiera una talla mediana."),
        ("ropa", 2, "Uso la talla pequeña."),
    ],
)


test_stays_a_miss = refused_at_steps(
    [
        ("ropa", 5, "No me gusta."),  # a liking, not how it fits
        ("ropa", 5, "Me queda."),  # neither how nor a «no»
        ("ropa", 5, "No me queda nada."),  # «I have none left»
        ("cumple", 3, "Estaré en casa a las diez."),  # at home, not arriving at the party
        ("cumple", 3, "Estaré allí."),  # no time
        ("cumple", 7, "Te daré."),  # nothing given
        ("cumple", 7, "Llegaré a las nueve."),  # another step's answer: no present
        ("cumple", 5, "Te daré un libro."),  # no way of coming
        ("intercambio", 3, "Puedo nadar."),  # no language
        ("likes", 6, "Leo a María."),  # a person, not a title
        ("likes", 6, "Leo mucho."),  # how much, not what
        ("gimnasio", 2, "Como dos veces a la semana."),  # eating, no sport
        ("ropa", 2, "Quiero una camiseta negra."),  # a garment and its colour, not the size
    ],
)
