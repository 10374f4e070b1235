"""Noun-phrase and clause errors the rules catch (grammarJ, round 33), each written in other
words than the real learner's sentence it came from: the wrong sentence gets its rule's
error, and the right sentence beside it gets none."""

from helpers import named_and_left_alone

CAUGHT = [
    # a long possessive after its noun agrees with it, in gender and in number
    ("Unos amigos mía vienen hoy.", "possessive_after_noun", "Unos amigos míos vienen hoy."),
    ("Es una vecina mío.", "possessive_after_noun", "Es una vecina mía."),
    ("Tengo unas fotos tuyo.", "possessive_after_noun", "Tengo unas fotos tuyas."),
    ("Un primo suyos vive en Lima.", "possessive_after_noun", "Un primo suyo vive en Lima."),
    # «muy» before a noun after any verb that takes an object is «mucho», «mucha»
    ("Ella tiene muy paciencia.", "very_before_noun", "Ella tiene mucha paciencia."),
    ("Bebemos muy agua en verano.", "very_before_noun", "Bebemos mucha agua en verano."),
    ("Hay muy gente en la plaza.", "very_before_noun", "Hay mucha gente en la plaza."),
    ("Necesitaban muy dinero.", "very_before_noun", "Parece muy niño."),
    # a colour follows its noun
    ("Compré una roja mochila.", "colour_before_noun", "Compré una mochila roja."),
    ("Mis primos tienen unos negros perros.", "colour_before_noun", "Tienen unos perros negros."),
    # what one thinks, knows or hopes, with a subject pronoun of any person, takes «que»
    ("Mi madre piensa yo soy inteligente.", "that_after_thinking", "Eso pienso yo."),
    ("Mis padres creen nosotros vamos a ganar.", "that_after_thinking", "Creen que sí."),
    ("Sabemos el examen es difícil.", "that_after_thinking", "Sabemos la respuesta."),
    ("Espero tú estás bien.", "that_after_thinking", "Espero el autobús."),
    ("Pienso tu eres muy simpático.", "that_after_thinking", "Pienso en tu casa."),
    ("Creo mi hermano esta enfermo.", "that_after_thinking", "Creo esta historia."),
    # a clause about a person after the personal «a» takes «que»
    ("Ayer vi a una mujer vendía flores.", "relative_que", "Vi a una mujer que vendía flores."),
    # the one compared after a comparison of a quality is a subject pronoun
    ("Mi prima es más alta que mí.", "compared_pronoun", "Mi prima es más alta que yo."),
    ("Eres tan simpático como mí.", "compared_pronoun", "Está más cerca de mí."),
    ("Soy tres años mayor de ti.", "compared_pronoun", "Soy tres años mayor que tú."),
    # «tan … como» before an article and a possessive too
    ("Tu casa es tan bonita que la mía.", "so_as", "Tu casa es tan bonita como la mía."),
    # a class, a book, a dish joined to its subject or its food with «de»
    ("Mañana tengo un examen biología.", "noun_without_of", "Tengo un examen de biología."),
    ("Mi madre hace una sopa tomate.", "noun_without_of", "Lleva una camisa naranja."),
]


test_the_error_is_named_and_the_right_sentence_is_left_alone = named_and_left_alone(CAUGHT)
