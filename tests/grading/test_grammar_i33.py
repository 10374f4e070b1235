"""Real learners' verb errors the rules catch (grammarI, round 33), each in other words than
the learner's: the wrong sentence gets its rule's error, the right one beside it none."""

from helpers import named_and_left_alone

CAUGHT = [
    # an object pronoun never stands before an infinitive that a preposition or verb leads
    ("Quiero a te decir algo.", "clitic_joins_infinitive", "Quiero decirte algo."),
    ("Estudio para me preparar.", "clitic_joins_infinitive", "Estudio para prepararme."),
    ("Mis padres quieren nos visitar.", "clitic_joins_infinitive", "Nos quieren visitar."),
    ("Salimos sin les decir nada.", "clitic_joins_infinitive", "Salimos sin decirles nada."),
    ("Voy a la tienda para la comprar.", "clitic_joins_infinitive", "La voy a comprar."),
    # an infinitive as the verb of a subject, also one the lexicon knows as a noun (el correr)
    ("Ella siempre correr en el parque.", "pronoun_subject_infinitive", "Ella corre."),
    ("Nosotros nunca saber la respuesta.", "pronoun_subject_infinitive", "No la sabemos."),
    ("Mi hermano siempre correr.", "noun_subject_infinitive", "Mi hermano siempre corre."),
    ("Mis amigos siempre saber la verdad.", "noun_subject_infinitive", "La saben."),
    # a stem-changing verb conjugated as regular after its noun subject and an object pronoun
    ("Mi hermano me recorda todo.", "regularised_after_subject", "Mi hermano me recuerda."),
    ("La película no costa mucho.", "regularised_after_subject", "La costa no es bonita."),
    # a -se verb said without its pronoun, a time phrase after it (when, not its object)
    ("Nosotros divertimos el sábado.", "reflexive_always", "Nos divertimos el sábado."),
    ("Mi prima graduó este año.", "reflexive_always", "Mi prima se graduó este año."),
    # an infinitive joined by «y» to a conjugated verb, past «muy» + adjective or «se»
    ("Mi tía es muy activa y nadar cada día.", "joined_infinitive", "Es muy activa y nada."),
    ("Se despierta y desayunar.", "joined_infinitive", "Se despierta y desayuna."),
    # a time that places it in the past, and the sentence's verbs in the present only
    ("Ayer mis primos juegan al fútbol.", "present_with_past_time", "Ayer jugaron al fútbol."),
    ("El mes pasado tengo un examen.", "present_with_past_time", "Desde ayer tengo fiebre."),
    ("Anoche nosotros vamos a una fiesta.", "present_with_past_time", "Hoy vamos a una fiesta."),
    # «el» opening a clause with no verb, then an infinitive: «él» and his verb conjugated
    ("El cocinar pasta para su familia.", "el_then_infinitive", "El cocinar es divertido."),
    ("Es mi tío y el vivir en Lima.", "el_then_infinitive", "Me gusta el vivir tranquilo."),
    # where one goes or leaves takes its preposition before a possessive too
    ("Yo voy mi casa después de clase.", "place_without_preposition", "Voy a mi casa."),
    ("Nuestros hijos llegan su escuela.", "place_without_preposition", "Fue su escuela."),
    ("Ella regresa la oficina.", "place_without_preposition", "En mayo vuelve la escuela."),
]


test_the_error_is_named_and_the_right_sentence_is_left_alone = named_and_left_alone(CAUGHT)
