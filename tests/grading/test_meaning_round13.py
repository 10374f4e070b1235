"""Natural answers the thirteenth blind Tatoeba round (2026-12-07) showed refused (issue 19),
each read at its general cause and tested here on other words: more of something to «¿algo
más?» said with «más» and the bare noun («más leche, por favor»), and how an event went said
with estar's preterite and no subject («estuvo muy divertido»: no «fue» told)."""

from helpers import accepted_at_steps, refused_at_steps

test_a_natural_answer_is_accepted = accepted_at_steps(
    [
        # «más» and the thing: more of it, to «¿algo más?»
        ("cafe", 4, "Más leche, por favor."),
        ("mercado", 5, "Más tomates, por favor."),
        # how the concert went, estar's preterite with no subject
        ("concierto", 8, "Estuvo muy divertido."),
    ],
)


test_not_an_answer_is_refused = refused_at_steps(
    [
        ("concierto", 8, "Mi amigo estuvo muy divertido."),  # a person: what he is like
    ],
)
