"""Real learners' noun-phrase and clause errors the rules catch (grammarH, round 31): each
wrong sentence gets its rule's error, and the right sentence beside it gets none."""

from helpers import named_and_left_alone

CAUGHT = [
    # «y» before a name that starts with the sound «i» (a name the lexicon lacks)
    ("Bush protege la democracia en Afganistán y Iraq.", "y_before_i", "Afganistán e Irak."),
    ("Mis amigos son Juan y Isabel.", "y_before_i", "Mis amigos son Juan e Isabel."),
    ("Voy a Bélgica o Holanda.", "o_before_o", "Voy a Bélgica u Holanda."),
    # «también» in a negative clause is «tampoco»
    ("No me gusta el café también.", "also_after_negative", "No me gusta el café tampoco."),
    ("Los residentes tambien no saben nada.", "also_after_negative", "Tampoco saben nada."),
    # what one thinks or says, with no subject of its own, still takes «que»
    ("Creo es muy importante.", "that_before_said_verb", "Creo que es muy importante."),
    ("Pienso me gusta más el verano.", "that_before_said_verb", "Lo que pienso es cierto."),
    # a predicate adjective agrees with a person named after the noun: «mi amiga Ana»
    ("Mi amiga Ana es muy alto.", "predicate_adjective", "Mi amiga Ana es muy alta."),
    ("Mi hermano Juan es alta.", "predicate_adjective", "Mi hermano Juan es alto."),
    # how one does something is «bien», not «bueno»
    ("Mi hermano cocina muy bueno.", "manner_with_good", "Mi hermano cocina muy bien."),
    ("Bailo bueno.", "manner_with_good", "La sopa está muy buena."),
    # «muy» with nothing to grade is «mucho»; «muy frío» after tener or hacer is the noun
    ("Me gusta muy.", "very_alone", "Me gusta mucho."),
    ("En invierno tengo muy frío.", "very_before_noun", "Tengo un café muy frío."),
    # an adjective listed after the noun with commas, then «y», agrees with it
    ("Es una ciudad pequeña, tranquila y bonito.", "noun_adjective", "Es pequeña y bonita."),
    # a day of the month spelled out takes «el», not «en»
    ("Walker murió en treinta de noviembre.", "date_article", "Murió el treinta de noviembre."),
    # before a number, «more than» is «más de»
    ("Tengo más que veinte amigos.", "more_than_number", "No tengo más que dos amigos."),
    # after «muy» and an adjective of both genders, the adjective «y» joins agrees too
    ("Es una clase muy difícil y aburrido.", "adjective_after_degree", "Es difícil y aburrida."),
    # «nosotros» is masculine (or mixed): women alone are «nosotras»
    ("Nosotros estamos cansadas.", "predicate_adjective", "Nosotras estamos cansadas."),
    # how much one likes something is «mucho» after the verb, not a quantifier after the noun
    ("Me gustan las películas muchas.", "amount_after_noun", "Me gustan mucho las películas."),
    # opening the sentence before a noun, «se», «me», «te» are the possessive mistyped
    ("Se álbumes salió hace dos años.", "pronoun_opening_noun", "Sus álbumes salieron."),
    # «algo» before a noun: «algo de» or «alguna»
    ("Había algo cosa que lo hacía sentir diferente.", "something_before_noun", "Había algo."),
    # «quien» right after its noun, with no comma or preposition, is «que»
    ("Una persona famosa quien admiro es Shakira.", "who_after_noun", "Fue Ana quien vino."),
    ("Es una mujer quien ayuda a los animales.", "who_after_noun", "Mi tía, quien vive aquí."),
]


test_the_error_is_named_and_the_right_sentence_is_left_alone = named_and_left_alone(CAUGHT)
