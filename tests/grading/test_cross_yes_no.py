"""Another step's answer at a yes-or-no question (issue 19): a thing after a preposition or a
place word the question does not say is where or how, no yes and no thing asked («¿Te gusta
tu ciudad?» «En el centro.», «¿Tiene coche?» «En tren.»); a yes or a no still answers."""

from helpers import accepted_at_steps, refused_at_steps

test_where_or_how_is_no_yes = refused_at_steps(
    [
        ("ciudad", 6, "En el centro."),  # where, to «¿te gusta tu ciudad?»
        ("ciudad", 6, "Cerca del río."),
        ("autoescuela", 2, "En tren."),  # how one comes, to «¿tiene coche?»
    ],
)


test_a_yes_or_a_no_still_answers = accepted_at_steps(
    [
        ("ciudad", 6, "No mucho."),
        ("autoescuela", 2, "Sí, tengo un coche rojo."),
    ],
)
