"""Natural native answers the tuning rows showed refused (issue 19 part 3): an order of what
the bot offers and a list of things, asking to be charged, where we meet said with a verb of
meeting in «we», two pets' names, where one lives said of one's home, a kind of the thing
asked, a reason after a yes, a food the vocabulary lacks, a measure, asking leave to send,
«aquí tiene»; and what stays a miss."""

from helpers import accepted_at_steps, grade_lesson, refused_at_steps

_grade = grade_lesson


test_a_natural_answer_is_accepted = accepted_at_steps(
    [
        ("restaurante", 7, "Dos cafés y la cuenta, por favor."),
        ("restaurante", 7, "Dos cafés, por favor."),
        ("restaurante", 7, "Nada más, gracias. ¿Nos cobra, por favor?"),
        ("restaurante", 7, "¿Me cobra?"),
        ("cine", 5, "Nos vemos en la puerta del cine."),
        ("cine", 5, "Nos vemos en la plaza."),
        ("mascota", 2, "Se llaman Pipo y Lola."),
        ("ciudad", 1, "Mi casa está en una colina."),
        ("ciudad", 1, "Vivo hacia el norte."),
        ("ciudad", 5, "Mi casa está cerca de la iglesia."),
        ("ciudad", 2, "Es un pueblo pequeño y tranquilo."),
        ("ciudad", 6, "Sí, me gusta porque es tranquila."),
        ("likes", 8, "Me encantan las berenjenas."),
        ("cafe", 3, "Quiero un pancho."),
        ("clase", 7, "Necesito un montón de libros."),
        ("correos", 1, "Vengo a enviar un paquete."),
        ("correos", 1, "Hola, ¿puedo enviar este paquete aquí?"),
        ("mercado", 6, "No, gracias, tengo mi bolsa aquí. Aquí tiene."),
    ],
)


test_what_answers_another_thing_stays_a_miss = refused_at_steps(
    [
        ("restaurante", 7, "Me gusta el café."),  # liking, no order
        ("cine", 5, "Os veis en la puerta."),  # said of others, not of «we»
        ("cine", 5, "Me gusta el cine."),  # another step's answer
        ("family", 3, "Se llaman Ana y Luis."),  # the question names one mother
        ("ciudad", 1, "Mi perro está en el jardín."),  # not one's home
        ("ciudad", 2, "Es un perro pequeño."),  # not a kind of town
        ("likes", 8, "Me gusta el fútbol."),  # a noun of another class
        ("correos", 1, "¿Puedo pagar con tarjeta?"),  # paying, another step
        ("peluqueria", 1, "El jueves, por favor."),  # a day: «buenos días» offers no time
    ],
)
