"""Agreement across a word of degree, after verbs that say how the subject stays or turns
out, after a possessive that follows its noun, and the short adjective after a verb (round
35), each written in other words than the fresh learner sentences it came from: the wrong
sentence gets its rule's error, and the right sentence beside it gets none."""

from helpers import named_and_left_alone

CAUGHT = [
    # determiner + «muy» + adjective + noun: the determiner and the adjective go with the noun
    ("Fue un muy aburrido película.", "degree_phrase", "Fue una película muy aburrida."),
    ("Es un muy difícil lección.", "degree_phrase", "Es una lección muy difícil."),
    ("Tengo una muy cómodo silla.", "degree_phrase", "Tengo una silla muy cómoda."),
    ("Compramos unas muy baratos mesas.", "degree_phrase", "Compramos unas mesas muy baratas."),
    # quedar, resultar, seguir, permanecer describe their subject as ser and estar do
    ("La tienda sigue cerrado.", "predicate_adjective", "La tienda sigue cerrada."),
    ("Las camisas quedaron muy arrugados.", "predicate_adjective", "Las camisas quedaron limpias."),
    ("La película resultó aburrido.", "predicate_adjective", "La película resultó aburrida."),
    ("Las ventanas permanecieron cerrados.", "predicate_adjective", "Los precios siguen igual."),
    # a verb with its own pronoun and two adjectives joined by «y»
    (
        "Mi abuela se puso contenta y nervioso.",
        "predicate_adjective",
        "Se puso contenta y nerviosa.",
    ),
    # a long possessive after the subject's noun
    ("Una tía mía es muy alto.", "predicate_adjective", "Una tía mía es muy alta."),
    (
        "Unos primos tuyos son simpáticas.",
        "predicate_adjective",
        "Unos primos tuyos son simpáticos.",
    ),
    # after gustar, a noun that is also a conjugated verb is the thing liked: its article
    ("A mi hermana le encanta cocina china.", "gustar_bare_noun", "Me encanta cómo cocina."),
    ("Nos gusta baile moderno.", "gustar_bare_noun", "Nos gusta el baile moderno."),
    # right after a verb, with no determiner, «bueno», «malo», «grande» shorten before a noun
    ("Mañana es bueno momento para viajar.", "whole_before_noun", "Llegó primero papá."),
    ("Hoy hace bueno tiempo.", "whole_before_noun", "Hoy hace buen tiempo."),
]


test_the_error_is_named_and_the_right_sentence_is_left_alone = named_and_left_alone(CAUGHT)
