"""Another step's answer at a step that asks how many or how much (issue 19): a number read
from «un»/«una» before a noun of something else, from «un poco», or from a noun that is no
unit of the amount asked, is no answer («¿Cuánto tiempo dura?» «Traigo una botella de
agua.»); the count or the amount asked still is."""

from helpers import accepted_at_steps, refused_at_steps

test_a_count_of_something_else_is_refused = refused_at_steps(
    [
        ("aeropuerto", 3, "Hoy hace un buen día."),  # «un» before an adjective and a noun
        ("aeropuerto", 3, "Hace un día muy bonito."),
        ("restaurante", 1, "Es un poco caro."),  # a degree, not one of anything
        ("mercado", 3, "Estoy un poco cansado."),
        ("excursion", 7, "Una chaqueta y un gorro."),  # «¿cuánto tiempo?»: a length
        ("excursion", 7, "Traigo una botella de agua."),
        ("bici", 3, "Queremos un mapa de la ciudad."),
        ("concierto", 5, "Perfecto. Cuatro entradas."),  # «¿cuánto cuesta?»: a price
        ("concierto", 5, "Sí, dos entradas."),
        ("banco", 6, "Quiero abrir una cuenta nueva."),  # «¿cuántos dólares?»: money
    ],
)


test_the_amount_asked_is_accepted = accepted_at_steps(
    [
        ("aeropuerto", 3, "Llevo tres maletas."),
        ("excursion", 7, "Dura tres horas."),
        ("bici", 3, "Para dos horas."),
        ("concierto", 5, "Cuesta quince euros."),
    ],
)
