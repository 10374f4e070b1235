"""Misspellings found with no step: an unknown word one likely edit from a word the lexicon
knows, English spellings of cognates included; never a name, a quoted word, a regular form
the lexicon does not list, or a word in a sentence that is not Spanish."""

from pathlib import Path

import pytest
from helpers import spelling_errors

from langbot.datafiles import validate
from langbot.errors import LexiconError
from langbot.grading.near_word_settings import NearWords, near_words
from langbot.grading.sound_alike import sound_key


@pytest.mark.parametrize(
    "text, word, fix",
    [
        ("Ella es muy sympatica y generosa.", "sympatica", "simpática"),  # a step row
        ("Angelina es sympatica.", "sympatica", "simpática"),  # real pairs from here on
        ("Mi madre es professor y muy amable.", "professor", "profesor"),
        ("Tengo una photo de mi familia.", "photo", "foto"),
        ("Voy a la classe de historia.", "classe", "clase"),
        ("Blue ivy no es pequna.", "pequna", "pequeña"),
        ("Durante su entrenamento, Ana conoció a Ana.", "entrenamento", "entrenamiento"),
        ("Hay muchas personas en nuestra soceidad que son famosas.", "soceidad", "sociedad"),
        ("Ella tiene veintineuve años.", "veintineuve", "veintinueve"),
        ("Kit esta preoccupado con trabajar.", "preoccupado", "preocupado"),
        ("Todos los días, Eliza se depertaba a las siete.", "depertaba", "despertaba"),
        ("Por supuesto, los gardines tenían hermosas flores y árboles.", "gardines", "jardines"),
        ("El tiene cuatros niños con su esposa.", "cuatros", "cuatro"),  # no decade: misspelt
        # a form of a verb only the long frequency list has: a learner's anglicism
        ("Su música ha captivado a muchos jóvenes.", "captivado", "cautivado"),
        # a verb the web writes spelt by ear («ablar») is no rare verb: a slip
        ("Los domingos ablamos con mi abuela.", "ablamos", "hablamos"),
        ("Ella ablaba con su madre.", "ablaba", "hablaba"),
        # the fix is spelt as written, with its accent: the learner copies it
        ("La reunión empezzó tarde.", "empezzó", "empezó"),  # not «empezo»
        ("Mi papáa trabaja mucho.", "papáa", "papá"),  # a letter doubled: not «papaya»
        # of two edits no frequency list ranks, the lexicon's commoner (real: «sentamientos»
        # was told «asentamientos»)
        ("Tuve muchas experiencies buenas en Chile.", "experiencies", "experiencias"),
        ("Tengo buenos racuerdos de mi abuela.", "racuerdos", "recuerdos"),
    ],
)
def test_an_unknown_word_one_likely_edit_from_a_known_one_is_misspelt(text, word, fix):
    assert spelling_errors(text) == [(f"Check the spelling of «{word}».", fix)]


@pytest.mark.parametrize(
    "text, word, fix",
    [
        ("Michael Jordan jugava para los Bulls de Chicago.", "jugava", "jugaba"),  # real pair
        ("MIchael Jordan es muy rico, y tiene su propio sapato.", "sapato", "zapato"),  # real
        ("Quiero una serveza fría, por favor.", "serveza", "cerveza"),  # two letters by ear
        ("Mañana voy a yegar tarde a la escuela.", "yegar", "llegar"),  # ll and y
        ("No conozco a esa jente.", "jente", "gente"),  # not «ente», one letter away
        ("Mi hermano estudiava mucho.", "estudiava", "estudiaba"),
        ("Deseo que Robin no lo hiceria.", "hiceria", "hiciera"),  # letters reordered: real
        ("No la conozco bien, pero puedo decir su amibalidad.", "amibalidad", "amabilidad"),
        ("Juego dos vezes a la semana.", "vezes", "veces"),  # z before e: no regular «vez»+es
        ("Hay muchas luzes en la calle.", "luzes", "luces"),
    ],
)
def test_a_word_spelt_as_a_common_one_sounds_or_with_its_letters_reordered_is_misspelt(
    text, word, fix
):
    assert spelling_errors(text) == [(f"Check the spelling of «{word}».", fix)]


@pytest.mark.parametrize(
    "word, key",
    [("llave", "yabe"), ("hacer", "aser"), ("quiero", "kiero"), ("gente", "jente"),
     ("guerra", "gerra"), ("chico", "chiko"), ("zapato", "sapato")],
)  # fmt: skip
def test_the_sound_key_makes_the_spellings_of_one_sound_one(word, key):
    assert sound_key(word, near_words().sound_alike) == key


@pytest.mark.parametrize(
    "text",
    [
        "Pero puedo divertirme sola.",  # pronouns joined to an infinitive
        "Sus bebés quieren cuidarla porque saben que no fue su culpa.",
        "Los gatos se están saciando en una casa.",  # a gerund of a known verb
        "La consideran una persona carísima.",  # a superlative of a known adjective
        "Tienen fresas y mangos y un durián grande.",  # a short accented word
        "Son trabajadoras y diligentes, pero se estresan mucho.",  # s for n: unlikely slip
        "En octubre de 2013, Watson ayuda a popularizar “HeForShe”.",  # a quoted title
        "Fui a ver a Demi Lavato en concierto.",  # a name
        "He turned into a princeso.",  # not a Spanish sentence
        "Me gusta la music.",  # an English word that is no cognate spelling
        "Ella es muy simpatica y generosa.",  # a missing accent is no error here
        "Cuatro niñas adolescentes.",  # spelt right (and «ninas» only lacks the ñ)
        "Se estresan, pero no se desesperan.",  # «desesperan»: no «desperan» reordered
        "El muralismo mexicano fue un movimiento muy importante.",  # -ismo on a known noun
        "Los muralistas pintaban en las paredes de los edificios.",  # -ista likewise
        "Esa música era muy popular en los ochentas.",  # a decade in the plural
        "El equipo de los lakers ganó el campeonato.",  # near only a name or a foreign word
        "Trabajé en mcdonalds durante la escuela secundaria.",
        "Temían que esas cosas acontecieran otra vez.",  # a subjunctive on a known preterite
        "Llegó con toda su patota.",  # rare words natives write, the lexicon lacks
        "Me compré una chomba azul.",
        "Ese billete es trucho.",
        "El búho estaba ululando en el bosque.",  # forms of rare verbs natives write
        "Los marineros arriaron la bandera.",  # (ulular, arriar), not «pululando», «arribaron»
    ],
)
def test_regular_forms_names_quotes_and_other_languages_are_no_misspellings(text):
    assert spelling_errors(text) == []


def test_the_near_word_settings_reject_an_unknown_field(tmp_path: Path):
    data = near_words().model_dump() | {"typo": 1}
    with pytest.raises(LexiconError, match="typo"):
        validate(tmp_path / "near_words.yaml", data, NearWords, LexiconError)


def test_a_sound_rule_that_is_no_regular_expression_stops_start_up(tmp_path: Path):
    """A bad pattern is refused on loading, naming the file and the field, not on a turn."""
    data = near_words().model_dump() | {"sound_alike": [["(ll", "y"]]}
    with pytest.raises(LexiconError, match=r"near_words\.yaml.*sound_alike"):
        validate(tmp_path / "near_words.yaml", data, NearWords, LexiconError)
