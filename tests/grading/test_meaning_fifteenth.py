"""Natural answers the fifteenth round of natives showed refused (issue 19), read at their
general cause and tested here on other words and steps: a nationality says what someone
else is like («mi profesor es mexicano»), and the learner may say what they are like as a
person with traits («soy una chica muy alegre»); «pásame…» asks to be handed a thing as
«dame…» does; the thing asked for may carry the number that tells it from the others («en el
autobús 27»); a day to come may be said by how far off it is («dentro de una semana»); a
question may leave its thing to the talk and ask with the model answer's verb («¿cuándo las
tomo?» for «¿cuántas pastillas tomo al día?»); after declining what the bot proposed, a
question proposes another day or hour («el lunes no puedo. ¿El martes?»); «me va bien»
accepts (and «no me va bien» does not); «¡me encanta!» says what one thinks of the thing
asked about; a word that buys time («pues, sí, por favor») is read past.
A nationality of a thing or of the learner alone, a pet for a person, «me pasa algo», a
number with no thing, and a time to come where a time since or past is asked stay misses."""

from helpers import accepted_at_steps, refused_at_steps

test_a_natural_answer_is_accepted = accepted_at_steps(
    [
        # a nationality of someone else, alone or before a trait
        ("clase", 6, "Mi profesor es mexicano."),
        ("clase", 6, "Es colombiana."),
        ("clase", 6, "Es mexicano y muy simpático."),
        # the learner as a person with traits
        ("entrevista", 7, "Soy una chica muy alegre."),
        ("entrevista", 7, "Soy un chico tranquilo y responsable."),
        # handing a thing over is a request
        ("cocina", 4, "Pásame una cuchara."),
        ("cocina", 4, "Pásanos la sartén."),
        ("cocina", 2, "¿Nos pasas la cebolla?"),
        # the thing with its number
        ("trabajo", 5, "En el autobús 27."),
        ("autoescuela", 6, "En el autobús número tres."),
        # a day to come by how far off it is
        ("biblioteca", 7, "Dentro de dos semanas."),
        ("veterinario", 8, "Dentro de una semana."),
        ("gimnasio", 8, "Dentro de dos días."),
    ],
)


test_stays_a_miss = refused_at_steps(
    [
        ("casa", 2, "Es española."),  # a flat has no nationality
        ("entrevista", 7, "Soy alemana."),  # where one is from, not what one is like
        ("entrevista", 7, "Pues, soy un perro muy simpático."),  # no person
        ("cocina", 4, "Me pasa algo."),  # something happens to me: no request
        ("trabajo", 5, "En el número cinco."),  # a number, no transport
        ("salud", 5, "Dentro de dos días."),  # since when, not when
        ("perdidos", 5, "Dentro de dos horas."),  # asked in the past
        ("robo", 3, "Dentro de una hora."),
    ],
)


test_a_question_with_the_model_verb_and_no_thing_is_accepted = accepted_at_steps(
    [
        ("farmacia", 6, "¿Cuándo las tomo?"),  # the pills left to the talk
        ("farmacia", 6, "¿Cómo las tomo?"),
        ("tren", 8, "Bueno, ¿a qué hora sale?"),  # the train
        ("farmacia", 6, "¿Cuántas tomo?"),
    ],
)


test_a_question_with_no_thing_and_no_verb_of_the_step_stays_a_miss = refused_at_steps(
    [
        ("farmacia", 6, "¿Tomas café?"),  # asks the bot
        ("farmacia", 6, "¿Qué hora es?"),  # no verb of the step
        ("camping", 6, "¿A qué hora abro?"),  # asks of oneself what the model asks of others
        ("camping", 6, "Pues, bueno, ¿abres mañana?"),  # «duchas» may read as a verb in «tú»
        ("directions", 1, "¿Dónde está?"),  # a copula ties nothing to the step
        ("tren", 8, "Pues, ¿sale puntual?"),  # a yes/no question asks no value
    ],
)


test_a_counter_proposal_is_accepted = accepted_at_steps(
    [
        ("intercambio", 7, "El lunes no puedo. ¿El martes?"),
        ("telefono", 5, "El lunes no puedo. ¿El martes?"),
        ("cine", 4, "A las cinco no puedo. ¿A las siete?"),
        ("piso", 8, "Pues, a las cinco no puedo. ¿A las siete?"),  # a time the bot proposed
        ("piso", 8, "Mañana no puedo. ¿El jueves?"),
    ],
)


test_a_question_after_a_decline_that_proposes_nothing_asked_stays_a_miss = refused_at_steps(
    [
        ("intercambio", 7, "Pues, el lunes no puedo. ¿Qué tal estás?"),  # no proposal
        ("salud", 5, "Pues, el lunes no puedo. ¿El martes?"),  # nothing is arranged
    ],
)


test_it_suits_me_accepts = accepted_at_steps(
    [
        ("cine", 2, "Sí, me viene bien."),
        ("vecino", 6, "Sí, me va bien."),
        ("fiesta", 3, "¡Sí! Me va bien."),
        ("piso", 8, "Sí, a las cinco me va bien."),
    ],
)


test_it_does_not_suit_me_accepts_nothing = refused_at_steps(
    [
        ("cine", 2, "No me va bien."),
        ("cine", 2, "No me parece bien."),
        ("telefono", 8, "No me viene bien."),
    ],
)


test_loving_it_is_an_opinion = accepted_at_steps(
    [
        ("cocina", 7, "¡Me encanta!"),  # «¿qué tal está?»
        ("restaurante", 5, "¡Me encanta!"),  # «¿qué tal está el pescado?»
        ("libreria", 4, "¡Me encanta!"),  # «¿qué le parece?»
    ],
)


test_loving_something_else_or_no_reason_stays_a_miss = refused_at_steps(
    [
        ("cocina", 7, "Me encantan las patatas."),  # another thing
        ("entrevista", 6, "Pues, ¡me encanta!"),  # a why asks a reason
        ("ropa", 5, "¡Me encanta!"),  # «¿qué tal le queda?» asks how it fits
        ("tienda", 5, "¡Me encantan!"),
    ],
)


test_an_answer_after_a_word_that_buys_time_is_accepted = accepted_at_steps(
    [
        ("mercado", 6, "Pues, sí, por favor."),
        ("coche", 6, "Pues, no, gracias."),
        ("fiesta", 3, "Mmm, ¡sí, gracias!"),
        ("mascota", 1, "Pues, no, no tengo."),
        ("salud", 6, "Pues, sí, un poco."),
    ],
)


test_a_word_that_buys_time_before_no_answer_stays_a_miss = refused_at_steps(
    [
        ("libreria", 6, "Pues, tengo hambre."),  # no answer after it
        ("mercado", 6, "Mmm, bueno."),  # nothing after it
        ("salud", 6, "Vale, mmm, no sé."),
    ],
)
