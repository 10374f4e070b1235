"""The prepositions a verb takes, as data: the generated counts load and say what Spanish
says, the generator reads a treebank's dependents, and the rules built on it catch a real
learner's error and spare its correction."""

from pathlib import Path

import pytest

from langbot.grading import sentence_errors
from langbot.grading.verb_prepositions import (
    NONE,
    VerbPrepositions,
    load_verb_prepositions,
    parse_verb_prepositions,
)
from langbot.grading.verbs import load_verbs

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def generator(scripts):
    """scripts/generate_verb_prepositions.py, imported."""
    return scripts("generate_verb_prepositions")


@pytest.mark.parametrize(
    ("verb", "role", "used", "favoured"),
    [
        ("depender", "noun", "en", "de"),
        ("casarse", "noun", "a", "con"),
        ("disfrutar", "noun", "a", "de"),
        ("empezar", "infinitive", NONE, "a"),
        ("empezar", "infinitive", "de", "a"),
        ("tratar", "infinitive", NONE, "de"),
        ("ir", "infinitive", NONE, "a"),
    ],
)
def test_the_counts_favour_the_preposition_spanish_takes(verb, role, used, favoured):
    assert load_verb_prepositions().favoured(verb, role, used) == favoured


@pytest.mark.parametrize(
    ("verb", "role", "used"),
    [
        ("querer", "infinitive", NONE),  # quiero comer
        ("pensar", "noun", "de"),  # ¿qué piensas de…? is Spanish too
        ("ir", "noun", "en"),  # voy en tren
        ("trabajar", "noun", "de"),  # trabajo de camarero
        ("vivir", "noun", "con"),
        ("verboquenoexiste", "noun", "a"),  # no evidence: never an error
    ],
)
def test_a_word_the_counts_attest_is_never_corrected(verb, role, used):
    assert load_verb_prepositions().favoured(verb, role, used) is None


def test_verbs_yaml_hand_prepositions_count_as_attested(tmp_path):
    path = tmp_path / "counts.yaml"
    path.write_text("verbs:\n  trabajar: {noun: {en: 30}}\n", encoding="utf-8")
    data = parse_verb_prepositions(path)
    table = VerbPrepositions(dict(data.verbs), load_verbs())
    assert "de" in load_verbs().prepositions("trabajar")
    assert table.favoured("trabajar", "noun", "de") is None  # the hand entry: trabajo de…
    assert table.favoured("trabajar", "noun", "a") == "en"  # trabajo a un banco


CONLLU = """\
# text = Ella se casó con Juan y empezó a trabajar en un banco.
1\tElla\tél\tPRON\t_\t_\t3\tnsubj\t_\t_
2\tse\tél\tPRON\t_\tReflex=Yes\t3\texpl:pv\t_\t_
3\tcasó\tcasar\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_
4\tcon\tcon\tADP\t_\t_\t5\tcase\t_\t_
5\tJuan\tJuan\tPROPN\t_\t_\t3\tobl:arg\t_\t_
6\ty\ty\tCCONJ\t_\t_\t7\tcc\t_\t_
7\tempezó\tempezar\tVERB\t_\tVerbForm=Fin\t3\tconj\t_\t_
8\ta\ta\tADP\t_\t_\t9\tmark\t_\t_
9\ttrabajar\ttrabajar\tVERB\t_\tVerbForm=Inf\t7\txcomp\t_\t_
10-11\tal\t_\t_\t_\t_\t_\t_\t_\t_
10\ta\ta\tADP\t_\t_\t12\tcase\t_\t_
11\tel\tel\tDET\t_\t_\t12\tdet\t_\t_
12\tbanco\tbanco\tNOUN\t_\t_\t9\tobl\t_\t_

"""


def test_the_generator_counts_a_verbs_dependents_by_their_preposition(generator):
    counts = {}
    from collections import Counter, defaultdict  # noqa: PLC0415

    counts = defaultdict(lambda: {role: Counter() for role in generator.ROLES})
    for words in generator._words(CONLLU):
        generator.count_sentence(words, counts)
    assert dict(counts["casarse"]["noun"]) == {"con": 1}  # the «se» makes it casarse
    assert not counts["casar"]["noun"]
    assert dict(counts["casar"]["pronoun"]) == {"se": 1}  # by the plain lemma: with its «se»
    assert dict(counts["empezar"]["pronoun"]) == {"none": 1}
    assert dict(counts["casar"]["name"]) == {"con": 1}  # «con Juan»: a name
    assert dict(counts["empezar"]["infinitive"]) == {"a": 1}
    assert dict(counts["trabajar"]["noun"]) == {"a": 1}  # «al» is «a» + «el»
    text = generator.render(counts, 1, 0)
    path = Path(generator.OUT_FILE).parent / "verb_prepositions.yaml"
    assert text.splitlines()[0] == path.read_text(encoding="utf-8").splitlines()[0]


def test_a_real_learners_verb_preposition_is_caught_and_its_correction_is_not():
    learner = "Otra razón por la que disfruto a Lauren Jauregui es por su increíble voz."
    corrected = "Otra razón por la que disfruto de Lauren Jauregui es por su increíble voz."
    errors = [e for e in sentence_errors(learner) if e.kind == "preposition"]
    assert [e.fix for e in errors] == ["de"]
    assert not sentence_errors(corrected)


def test_the_counts_say_which_verbs_natives_say_with_their_own_pronoun_and_which_never():
    """quejarse is never said without «se»; participar never with one; ir both ways."""
    from langbot.grading.rules.reflexive_counts import always_reflexive, never_reflexive  # noqa: PLC0415

    assert {"quejar", "casar", "atrever"} <= always_reflexive("se")
    assert {"participar", "existir"} <= never_reflexive("se")
    assert not {"confiar", "regresar"} & never_reflexive("se")  # «no te confíes» is said
    assert "ir" not in always_reflexive("se") | never_reflexive("se")


@pytest.mark.parametrize(
    ("learner", "corrected", "fix"),
    [
        (
            "Durante este tiempo, Frida conoció Diego Rivera.",
            "Durante este tiempo, Frida conoció a Diego Rivera.",
            "a Diego Rivera",
        ),
        (
            "Mi hermano casó con una chica de Texas.",
            "Mi hermano se casó con una chica de Texas.",
            "se casó",
        ),
        ("Yo me sufro mucho en invierno.", "Yo sufro mucho en invierno.", "sufro"),
        ("Él estaba a Francia.", "Él estaba en Francia.", "en"),
    ],
)
def test_a_valency_error_is_caught_with_its_fix_and_its_correction_is_not(learner, corrected, fix):
    assert fix in [e.fix for e in sentence_errors(learner)]
    assert not sentence_errors(corrected)
