"""Another step's answer at a step that asks where (issue 19): after «en», a bare noun of a
means of transport, a language, a time or a means of paying says how or when, not where
(«¿Dónde vive?» «En coche.», «¿En qué calle está?» «En euros.»), and «por favor» is no place
(«por» + a noun); «en el autobús», with its article, is still a place."""

from helpers import accepted_at_steps, refused_at_steps

test_how_is_no_where = refused_at_steps(
    [
        ("autoescuela", 5, "En coche."),  # how one comes, to «¿dónde vive?»
        ("autoescuela", 5, "En tren."),
        ("autoescuela", 5, "Sí, claro, por favor."),  # a courtesy, no place
        ("taxi", 2, "En euros."),  # a means of paying, to «¿en qué calle está?»
        ("taxi", 2, "En español, por favor."),  # a language
        ("teatro", 4, "En español."),
    ],
)


test_a_place_is_still_where = accepted_at_steps(
    [
        ("banco", 3, "En la calle Mayor."),
        ("taxi", 2, "En la calle Goya."),
        ("perdidos", 4, "Creo que en el autobús."),  # with its article, a place
    ],
)
