"""To an invitation, a yes and a liking of the thing the invitation names accepts it: «¿Quieres
venir a un concierto de rock?» «Sí, me encanta el rock.». A liking of something else, or a bare
«sí, me encanta» (the present said for the conditional «me encantaría»), stays a miss."""

from helpers import accepted_at_steps, refused_at_steps

test_a_yes_and_a_liking_of_what_is_offered_accepts = accepted_at_steps(
    [
        ("concierto", 3, "Sí, me encanta el rock."),
        ("concierto", 3, "¡Sí! Me gusta mucho el rock."),
        ("weekend", 4, "Sí, me encanta el flamenco."),
    ],
)


test_a_liking_of_something_else_or_without_a_yes_or_bare_is_a_miss = refused_at_steps(
    [
        ("concierto", 3, "Sí, me gusta el fútbol."),
        ("concierto", 3, "Me encanta el rock."),
        ("weekend", 4, "Sí, me encanta."),
    ],
)
