"""Asked what one did with a class of things, a thing of a class that class takes too answers
(meaning.yaml's related_classes: what one eats may be a drink): «¿Qué comió o bebió ayer?»
«Bebí agua.». Something of no such class is still a miss."""

from helpers import accepted_at_steps, refused_at_steps

test_a_drink_answers_what_one_ate_or_drank = accepted_at_steps(
    [
        ("dentista", 5, "Bebí agua."),
        ("dentista", 5, "Ayer bebí una cerveza."),
        ("navidad", 3, "Bebimos mucho vino."),
    ],
)


test_an_activity_with_no_food_or_drink_is_still_a_miss = refused_at_steps(
    [
        ("dentista", 5, "Fui al cine."),
        ("dentista", 5, "Compré un coche."),
        ("navidad", 3, "Vimos una película."),
    ],
)
