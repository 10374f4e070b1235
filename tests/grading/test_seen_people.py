"""A learner's «vi» is ver, not the Roman numeral six the treebanks write «VI», so the rules
on a person after a verb read it: «Vi Carlota en el parque» takes «a»; and a person's
pronoun right after such a verb is whom one saw, not who («Conozco ella»: «a ella», never
«conoce»)."""

from langbot.grading import sentence_errors
from langbot.grading.analyses import analysed
from langbot.grading.rules.registry import engine
from langbot.grading.tokens import tokenize


def _parts(text: str, i: int) -> set[str]:
    return {f.pos for f in analysed(tokenize(text), engine()[0]).readings[i]}


def test_a_lowercase_vi_is_only_the_verb_and_capitals_keep_the_numeral():
    assert _parts("Ayer vi una película.", 1) == {"VERB"}
    assert _parts("Vi una película.", 0) == {"VERB"}
    assert "NUM" in _parts("Felipe VI es rey.", 1)


def test_a_name_after_vi_takes_a():
    fixes = [e.fix for e in sentence_errors("Ayer vi Carlota en el parque.")]
    assert "a Carlota" in fixes


def test_a_film_of_english_words_after_vi_takes_no_a():
    assert not sentence_errors("Vi Iron Man unas veinte veces.")


def test_a_pronoun_right_after_a_verb_of_people_is_its_object_not_its_subject():
    # its object form before the verb («la conozco»), never «vi a él», which no one says
    for text, want in (
        ("Conozco ella.", "La conozco"),
        ("Desde la primera vez que vi él, supe que era bueno.", "lo vi"),
    ):
        fixes = [e.fix for e in sentence_errors(text)]
        assert want in fixes, (text, fixes)
        assert not [fix for fix in fixes if fix in ("conoce", "vio")], (text, fixes)
