"""Natural native answers the fifth round of Tatoeba rows showed refused (issue 19): a
favourite said thing first; «el mes que viene» as a date; a school as a place there is;
liking the thing an opinion question names; an amount before what is ordered; one's pastime
as a liking; a favourite to an activity question naming its class; «vayamos» accepting;
clouds coming; the weather a place has, said as «we»; and from the YAML-only lessons' blind
answers: a question back leaving out its subject, a count with a verb of having, «me viene
bien», being on the floor asked about, what a place has; and what stays a miss."""

from helpers import accepted_at_steps, grade_lesson, refused_at_steps

_grade = grade_lesson


test_a_natural_answer_is_accepted = accepted_at_steps(
    [
        ("tiempo", 5, "El verano es mi estación favorita."),
        ("tiempo", 5, "El verano es la estación que más me gusta."),
        ("clase", 2, "La historia es mi asignatura favorita."),
        ("piso", 7, "Nos mudaremos el mes que viene."),
        ("piso", 7, "El año que viene."),
        ("playa", 8, "Me gusta esta playa."),
        ("playa", 8, "No me gusta la playa."),
        ("museo", 8, "Me gustan los cuadros."),
        ("cafe", 4, "Quiero un poco más de agua."),
        ("cafe", 4, "Quisiera un poco de mantequilla."),
        ("cocina", 8, "Mi pasatiempo es cocinar."),
        ("intercambio", 6, "Mi afición es la lectura."),
        ("deporte", 1, "Mi deporte favorito es el fútbol."),
        ("playa", 3, "Vayamos a nadar."),
        ("tiempo", 3, "Se está nublando."),
        ("tiempo", 4, "Tenemos mucha nieve en invierno."),
        ("museo", 3, "¿A qué hora cierra?"),
        ("aeropuerto", 3, "Tengo dos maletas."),
        ("biblioteca", 5, "Voy a llevar dos."),
        ("peluqueria", 2, "El jueves me viene bien."),
        ("cine", 3, "El sábado me va mejor."),
        ("vecino", 2, "Estoy en el segundo piso."),
        ("ciudad", 3, "Mi ciudad tiene muchos parques."),
    ],
)


test_what_answers_another_thing_stays_a_miss = refused_at_steps(
    [
        ("tiempo", 5, "El verano es tu estación favorita."),  # someone else's favourite
        ("tiempo", 5, "El verano es la estación que menos me gusta."),  # the least liked
        ("tiempo", 5, "El verano es una estación."),  # no favourite said
        ("playa", 8, "Me gusta el mar."),  # another thing than the beach asked about
        ("museo", 8, "Me gustan los cuadros de Picasso."),  # not Goya's, which it asks about
        ("trabajo", 6, "Mi pasatiempo es cocinar."),  # «¿te gusta tu trabajo?»: another thing
        ("intercambio", 6, "Tu pasatiempo es nadar."),  # the asker's pastime
        ("deporte", 1, "Mi comida favorita es la pizza."),  # a favourite of another class
        ("deporte", 1, "Tu deporte favorito es el fútbol."),
        ("tiempo", 4, "Tenemos frío en invierno."),  # how we feel, not the weather
        ("tiempo", 1, "Tenemos un perro."),  # a thing had, no weather
        ("museo", 3, "¿Cierra?"),  # no time asked
        ("museo", 6, "¿Dónde está?"),  # a copula says nothing without its subject
        ("aeropuerto", 3, "Compro dos maletas."),  # buying, not carrying
        ("peluqueria", 2, "El jueves viene mi hermano."),  # someone else comes
        ("ciudad", 1, "Estoy en Madrid."),  # where one is, not where one lives
        ("ciudad", 3, "Mi hermano tiene un perro."),  # another thing had
    ],
)
