"""Natural native answers the fourth round of Tatoeba rows showed refused (issue 19): who
pays, asked of a group; since a vague length of time ago; an ailment had; «we» where the
kind is shared, for a routine's time too; just looking, to a shop's «¿qué buscas?»; having
time, a no to «¿tiene prisa?»; getting a thing with «conseguir»; coming to do what the model answer wants («vengo a abrir una
cuenta»); «no, nada» to a question of whether there is any; and what stays a miss."""

from helpers import accepted_at_steps, grade_lesson, refused_at_steps

_grade = grade_lesson


test_a_natural_answer_is_accepted = accepted_at_steps(
    [
        ("restaurante", 8, "Pago yo."),
        ("restaurante", 8, "Yo pagaré la cuenta."),
        ("restaurante", 8, "Queremos cuentas separadas."),
        ("restaurante", 8, "Pagamos por separado."),
        ("vecino", 3, "Vivo aquí desde hace mucho tiempo."),
        ("farmacia", 3, "Desde hace años."),
        ("farmacia", 1, "Tengo resaca."),
        ("farmacia", 1, "Tengo migraña."),
        ("hotel", 4, "Desayunaremos a las ocho."),
        ("hotel", 4, "Vamos a desayunar a las ocho."),
        ("routine", 7, "Cenamos a las nueve."),
        ("tienda", 1, "Solo estoy mirando, gracias."),
        ("taxi", 5, "No, tengo tiempo."),
        ("taxi", 5, "Tengo mucho tiempo."),
        ("correos", 6, "Tengo que conseguir algunos sellos."),
        ("banco", 1, "Vengo a abrir una cuenta."),  # coming to do what the model answer wants
        ("farmacia", 2, "No, no me duele nada."),  # «¿le duele algo?»: nothing
        ("farmacia", 2, "No, nada."),
        ("cine", 6, "No, nadie."),  # «¿viene alguien más?»: no one
    ],
)


test_what_answers_another_thing_stays_a_miss = refused_at_steps(
    [
        ("cafe", 7, "Pago yo."),  # the bot offers cash or card: who pays chooses neither
        ("hotel", 5, "Pago yo."),  # asked of one guest: who pays says nothing of how
        ("restaurante", 8, "Tú pagas la cuenta."),  # not the speaker paying
        ("restaurante", 8, "Yo pagué la cuenta."),  # a past payment
        ("farmacia", 3, "Hace mucho frío."),  # the weather, not a time ago
        ("farmacia", 1, "Tengo un perro."),  # a thing had, no ailment
        ("hotel", 4, "Me gusta desayunar."),  # no time
        ("tienda", 1, "Estoy mirando el mar."),  # looking at something, not round the shop
        ("restaurante", 2, "Solo estoy mirando."),  # a waiter asks no «¿qué buscas?»
        ("taxi", 5, "Tengo tiempo para leer."),  # time for something else
        ("taxi", 5, "Tengo un perro."),  # having something else
        ("correos", 1, "Vengo a abrir una cuenta."),  # another place's errand
        ("biblioteca", 6, "No, ninguna."),  # the step wants a question asked
        ("farmacia", 2, "No, me gusta el cine."),  # a no, then something else
    ],
)
