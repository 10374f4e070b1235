"""Natural answers of time, numbers and transactions read by their construction, not by
sentence (issue 19): which way a date points (a past day answers no question of a time to
come, a day to come no «¿desde cuándo?»), a verb of suiting or a bare «puedo» around a day,
a way to pay alone, a price asked in any tense or by a verb of knowing it, thanks closing a
line that hands something over or wishes one well, an hour said with an approximation or
alone, a vague count with the thing left out, a count of money or a measure of another
thing as no count of what is asked, a want said by «me encantaría» or «tengo ganas de»."""

from helpers import accepted_at_steps, refused_at_steps

test_a_natural_answer_is_accepted = accepted_at_steps(
    [
        # dates: a day that suits, a bare «puedo», «que viene» after the day, since today
        ("veterinario", 8, "El domingo me va bien."),
        ("peluqueria", 2, "El miércoles sí puedo."),
        ("dentista", 7, "El viernes que viene."),
        ("gimnasio", 8, "A partir del martes."),  # from a day on
        ("farmacia", 3, "Desde hoy por la tarde."),
        ("salud", 5, "Desde principios de semana, creo."),
        ("taller", 2, "Llevo tres días así."),  # a verb of lasting and a length
        ("veterinario", 4, "Ya hace una semana."),
        ("farmacia", 3, "Un par de semanas."),  # a length alone, «hace» left out
        ("salud", 5, "Unos cuantos días."),
        ("piscina", 3, "Entre semana, por la tarde."),
        # paying: the way alone, a preference
        ("libreria", 8, "Efectivo, gracias."),
        ("coche", 8, "Tarjeta."),
        ("farmacia", 8, "Prefiero en efectivo."),
        # the price: any tense, a verb of knowing it
        ("ropa", 7, "¿Cuánto costará?"),
        ("camping", 7, "¿Cuánto sale?"),
        ("tienda", 6, "Quería saber el precio."),
        # farewells and thanks
        ("mercado", 7, "Mil gracias."),
        ("hotel", 6, "Gracias por todo."),
        ("aeropuerto", 8, "Cuídese."),
        ("biblioteca", 8, "Gracias, muy amable."),
        ("cumple", 8, "¡Encantada!"),
        # hours
        ("peluqueria", 3, "Como a las seis."),
        ("autoescuela", 4, "A primera hora."),
        ("mudanza", 2, "Las nueve y media."),
        ("peluqueria", 3, "Perfecto, a las cinco."),
        # counts
        ("teatro", 3, "Un par."),
        ("floristeria", 4, "Me da doce rosas, por favor."),  # a request to the one serving
        ("floristeria", 4, "Me pone doce, por favor."),
        # orders
        ("mudanza", 8, "Me encantaría una hamburguesa."),
        ("playa", 6, "Tengo ganas de comer una pizza."),
        ("correos", 1, "Para enviar un paquete."),
    ],
)


test_what_answers_nothing_asked_stays_a_miss = refused_at_steps(
    [
        ("dentista", 7, "El miércoles pasado."),  # a past day to «¿cuándo puede venir?»
        ("veterinario", 8, "Fui el jueves."),  # said in the past
        ("farmacia", 3, "El jueves que viene."),  # a day to come to «¿desde cuándo?»
        ("taller", 2, "El próximo sábado."),
        ("salud", 5, "Hace el jueves."),  # «hace» takes a length, not a day
        ("vecino", 8, "Muchas gracias."),  # «¡Hasta luego!» alone: no goodbye said
        ("viaje", 3, "¿Cuánto costar el billete?"),  # the infinitive for «cuesta»
        ("coche", 8, "Tarjeta verde."),  # not a way to pay
        ("aeropuerto", 3, "Tres euros."),  # money, to «¿cuántas maletas lleva?»
        ("excursion", 7, "Treinta euros."),  # money, to «¿cuánto tiempo dura?»
        ("floristeria", 4, "Una docena de huevos."),  # a measure of another thing
        (
            "restaurante",
            1,
            "Tres noches.",
        ),  # to «¿mesa para cuántas personas?» (not «buenas noches»)
        ("playa", 7, "Volvemos las ocho."),  # «a las ocho»
        ("playa", 6, "Tengo ganas de bailar."),  # no food wanted
    ],
)
