"""Nouns that take both articles and verb + plural noun compounds are read right:
a native sentence with them gets no error, and a wrong article is still one."""

import importlib.util
from pathlib import Path

import pytest

from langbot.grading import sentence_errors

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.mark.parametrize(
    "text",
    [
        # both articles: the vocabulary's mf (read at run time) and scripts/noun_genders.yaml
        "Se me rompió la manga del abrigo.",
        "Leo un manga japonés.",
        "Vimos un panda en el zoo.",
        "Salgo con una panda de amigos.",
        "Echo la azúcar morena al café.",
        "El azúcar está en la mesa.",
        "El radio del círculo mide dos metros.",
        "Oigo la radio.",
        "La guardia del palacio cambia a las doce.",
        "El guardia está en la puerta.",
        "Tengo una chance.",
        # verb + plural noun: one masculine form for both numbers
        "El rascacielos es muy alto.",
        "Hay muchos rascacielos en esta ciudad.",
        "El lanzallamas es peligroso.",
        # corta + pisas, but FreeLing's noun cortapisa: a regular feminine plural
        "No le pongas cortapisas a tus sueños.",
        "Las cortapisas son muchas.",
        # two nouns, one plural: «las mates» (clipped matemáticas), «los mates» (the drink)
        "Este año me cuestan mucho las mates.",
        "Mi abuelo prepara los mates por la tarde.",
        "Fue una experiencia muy buena.",
        "Fui al Festival de Cine de Málaga.",
    ],
)
def test_a_right_sentence_with_these_words_gets_no_error(text):
    assert sentence_errors(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Salgo con unos panda de amigos.",
        "Se me rompió los manga.",
        "Tengo unas chance.",
        "Veo una rascacielos.",
        "La lanzallamas es peligrosa.",
        "Los cortapisas son muchos.",
        # nouns the treebanks also have as a name in a title («la Experiencia», «el Festival»)
        "Fue un experiencia muy buena.",
        "Trabajo en una laboratorio.",
        "Mi cerebro es pequeña.",
    ],
)
def test_a_wrong_determiner_before_these_nouns_is_still_an_error(text):
    assert [e.kind for e in sentence_errors(text)] == ["gender_number"]


def _fixes():
    spec = importlib.util.spec_from_file_location("lexicon_fixes", SCRIPTS / "lexicon_fixes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _noun(gender, number):
    return ("NOUN", (("gender", gender), ("number", number)))


def test_the_generator_makes_a_verb_and_plural_noun_one_masculine_form():
    fixes = _fixes()
    verb = ("VERB", "abrir", (("mood", "Ind"), ("number", "Sing"), ("person", "3"), ("tense", "Pres")))  # fmt: skip
    table = {
        "abrelatas": {("NOUN", "abrelata", _noun("Fem", "Plur")[1]): "ud"},
        "abre": {verb: "verbecc"},
        "latas": {("NOUN", "lata", _noun("Fem", "Plur")[1]): "ud"},
        "caminos": {("NOUN", "camino", _noun("Masc", "Plur")[1]): "ud"},
        # abre + latas again, but «abrelata» is a form a source has: a regular plural
        "abrelata": {("NOUN", "abrelata", _noun("Fem", "Sing")[1]): "ud"},
    }
    regular = {k: dict(v) for k, v in table.items()}
    assert fixes.fix_compounds(regular) == []
    del table["abrelata"]
    assert fixes.fix_compounds(table) == ["abrelatas"]
    assert set(table["abrelatas"]) == {("NOUN", "abrelatas", (("gender", "Masc"),))}
    assert set(table["caminos"]) == {("NOUN", "camino", _noun("Masc", "Plur")[1])}
    # a singular the dictionary has as a noun: a regular plural, not a compound
    again = {k: dict(v) for k, v in regular.items() if k != "abrelata"}
    assert fixes.fix_compounds(again, {"abrelata"}) == []


def test_the_hand_made_genders_file_rejects_an_unknown_field(tmp_path):
    fixes = _fixes()
    bad = tmp_path / "genders.yaml"
    bad.write_text("entries:\n  - {lemma: chance, gender: Com, sense: luck}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="sense"):
        fixes.hand_genders(bad)
