"""A singular present subjunctive reads as one: «quiero que venga» (venir, yo or él) and
«¡Venga!» (the usted imperative) are one spelling, and the analysis gives it both readings;
a function word spelled like one without its accent («de», «este») or a noun («viaje») stays
what it is."""

import pytest

from langbot.grading.analyses import analysed
from langbot.grading.rules.registry import engine
from langbot.grading.tokens import tokenize


def _verbs(text: str, k: int) -> set[tuple[str, str | None, str | None]]:
    a = analysed(tokenize(text), engine()[0])
    return {(f.lemma, f.form, f.person) for f in a.of(k, "VERB")}


def test_que_venga_reads_as_the_subjunctive_of_yo_and_el():
    assert {("venir", "subj", "3s"), ("venir", "subj", "1s")} <= _verbs("Quiero que venga.", 2)


def test_venga_alone_is_still_the_usted_command():
    assert ("venir", "imp", None) in _verbs("¡Venga!", 0)


@pytest.mark.parametrize(
    ("text", "k"), [("La casa de Ana.", 2), ("Este libro es bueno.", 0), ("Buen viaje.", 1)]
)
def test_a_function_word_or_a_noun_is_no_subjunctive(text, k):
    assert not {v for v in _verbs(text, k) if v[1] == "subj"}


def test_a_reflexive_command_is_no_subjunctive():
    assert not {v for v in _verbs("Siéntese aquí.", 0) if v[1] == "subj"}


def test_an_accent_tells_the_subjunctive_from_a_function_word():
    assert ("estar", "subj", "3s") in _verbs("Espero que esté bien.", 2)
    assert ("dar", "subj", "3s") in _verbs("Quiero que me dé el libro.", 3)
