"""Misspellings one edit does not reach (langbot/grading/slips.py): a verb ending of another
conjugation, a short stretch written wrong, letters out of order, a doubled letter in a
capitalised word, a pronoun joined to its verb, an «i» typed for «¡». The real learner slips
of COWS-L2H and invented ones of each kind are found; a word near no common word, a name, or
a right form is never a misspelling."""

import pytest
from helpers import spelling_errors


@pytest.mark.parametrize(
    "text, word, fix",
    [
        # another conjugation's ending, same tense and person (real: «Ana lloría»)
        ("Cada noche, Ana lloría con su bebé.", "lloría", "lloraba"),
        ("Yo comaba mucho pan.", "comaba", "comía"),
        ("Nosotros cantíamos en el coro.", "cantíamos", "cantábamos"),
        ("Ellos vivaron en Madrid.", "vivaron", "vivieron"),
        ("Ayer tú bebaste mucha agua.", "bebaste", "bebiste"),
        ("Estoy escribando una carta.", "escribando", "escribiendo"),
        # a stretch of two letters written wrong (real: «basbol», «descriptir»)
        ("Pero Jordan no era bueno en el basbol.", "basbol", "beisbol"),
        (
            "Por ejemplo, cuando aprendemos como descriptir caracteristicas fisicas.",
            "descriptir",
            "describir",
        ),  # fmt: skip
        ("Hay muchas cadades en España.", "cadades", "ciudades"),  # «a» for «iu»
        # the right letters in another order (real: «suecrestada»)
        ("Ella fue suecrestada en su hotel.", "suecrestada", "secuestrada"),
        ("El profesor es muy inetligente.", "inetligente", "inteligente"),
    ],
)
def test_a_slip_one_edit_does_not_reach_is_found(text, word, fix):
    assert spelling_errors(text) == [(f"Check the spelling of «{word}».", fix)]


@pytest.mark.parametrize(
    "text, word, fix",
    [
        ("Jullio dice que fue difícil dejar todo.", "Jullio", "julio"),  # real pair
        ("Marrzo es un mes frío.", "Marrzo", "marzo"),
    ],
)
def test_a_capitalised_common_word_with_a_doubled_letter_is_no_name(text, word, fix):
    assert spelling_errors(text) == [(f"Check the spelling of «{word}».", fix)]


@pytest.mark.parametrize(
    "text, word, fix",
    [
        ("Nosvemos mañana en clase.", "Nosvemos", "nos vemos"),  # real: «Legusta la música»
        ("Mi hermana sellama Rosa.", "sellama", "se llama"),
        ("A mis padres lesgustan los perros.", "lesgustan", "les gustan"),
    ],
)
def test_a_pronoun_joined_to_the_verb_after_it_is_two_words(text, word, fix):
    assert spelling_errors(text) == [(f"Check the spelling of «{word}».", fix)]


@pytest.mark.parametrize(
    "text, word, fix",
    [
        ("Mi madre gritó: iQué bonito!", "iQué", "¡Qué"),  # real: «iDios mío!»
        ("iHola! Soy Marta.", "iHola", "¡Hola"),
    ],
)
def test_an_i_typed_for_the_opening_mark_is_the_mark(text, word, fix):
    assert spelling_errors(text) == [(f"Write «{fix}».", fix)]


def test_a_brand_written_with_a_small_i_is_no_opening_mark():
    assert spelling_errors("Mi padre compró un iPhone y un iPad.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Marcello dice que sí.",  # a name spelt with a double letter: «Marcelo» is a name
        "Gabriella tiene dos hermanos.",
        "Mi amigo se llama Xiomarqui.",  # an unknown word near no common word
        "Compré un zlorpeta en la tienda.",
        "Mi abuela cocinaba y yo comía mucho.",  # the right forms of the same verbs
        "Los niños lloraban y los padres bebían.",
        "Ella fue secuestrada en su hotel.",
        "Escribiendo aprendo a describir las cosas.",
        # real words the lexicon lacks, near a common word in another way than a slip
        "No gano dinero suficiente para comprar pilchas.",  # two letters more: «pilas»
        "Son trabajadoras, pero se estresan mucho.",  # «st» for «xp»: «expresan»
        "¿Cuál te gusta más, sushi o tempura?",  # «mp» for «rn»: «ternura»
        "Fue un pantallazo de la película.",  # another ending: «pantallas»
        "Tienen fresas y mangos y un durián grande.",  # the accent is no imperfect's
        "Mis primos viajaron por Chile haciendo autoestop.",  # RAE's word, near «autostop»
    ],
)
def test_a_name_a_right_form_or_a_word_near_no_common_word_is_no_misspelling(text):
    assert spelling_errors(text) == []
