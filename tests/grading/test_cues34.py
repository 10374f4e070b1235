"""Cues a learner would copy are right: one person compared takes «que», a class of a
language takes «de», a short adjective before a masculine noun, no «serla» for an article,
«casar a» as the plain verb, and the misses next to a caught error."""

from helpers import sentence_fixes

from langbot.grading.knowledge import knowledge
from langbot.grading.rules.registry import run_rules
from langbot.grading.tokens import tokenize


def _every_fix(text: str) -> list[str | None]:
    """The fix of every rule that fires, overlapping ones too (a lesson step may show any)."""
    return [e.fix for _, e in run_rules(tokenize(text), knowledge())]


def test_one_person_compared_takes_que_not_the_superlative_article():
    """«mayor de mi tío»: «que», not «el mayor»; a group keeps the superlative."""
    fixes = sentence_fixes("Mi abuela es mayor de mi abuelo.")
    assert fixes == ["que"]
    assert sentence_fixes("El chino es más difícil del inglés.") == ["que el"]
    assert "el mayor" in sentence_fixes("Mi tío es mayor de sus primos.")


def test_a_class_of_a_language_takes_de_not_the_feminine_adjective():
    """«una clase alemán»: «de alemán», not «alemana»."""
    assert sentence_fixes("Hoy tengo una clase alemán.") == ["de alemán"]
    assert sentence_fixes("Es una clase francesa.") == []


def test_the_fix_before_a_masculine_singular_noun_is_the_short_form():
    """«un mala momento»: «mal», not «malo»."""
    assert sentence_fixes("Fue un mala momento.") == ["mal"]


def test_an_article_after_a_copula_is_no_pronoun_joined_to_ser():
    """«era la ser más…»: no «serla»."""
    assert "serla" not in sentence_fixes("Era la ser más fuerte del bosque.")


def test_the_plain_verb_casar_takes_its_object_with_a():
    """«el juez casó a la pareja» is right; «me caso a…» still takes «con»."""
    assert sentence_fixes("El juez casó a la pareja.") == []
    assert sentence_fixes("Mi prima se casa a un profesor.") == ["con"]


def test_a_weather_state_after_a_plural_estar_agrees_with_its_subject():
    """«las noches estaban nublado»: «nubladas»."""
    assert "nubladas" in sentence_fixes("Las noches estaban nublado.")


def test_one_noun_before_a_plural_estar_of_a_trait_is_told_es():
    """«mi abuela están simpática»: «es», not «son»."""
    fixes = _every_fix("Mi abuela están simpática.")
    assert "es" in fixes and "son" not in fixes


def test_an_adjective_of_the_other_gender_after_a_wrong_plural_copula_is_told_too():
    """«el profesor están cansada»: «cansado» besides the verb's «está»."""
    assert "cansado" in _every_fix("El profesor están cansada.")
