"""The subject nouns natives say bare, as data counted in the treebanks: the generator counts
a treebank's preverbal subjects, the file loads, and the article rule leaves the nouns
natives say bare alone while flagging the others."""

import importlib
from collections import Counter
from pathlib import Path

import pytest

from langbot.grading import sentence_errors
from langbot.grading.bare_subjects import bare_singular_subjects

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"

CONLLU = """# text = Perro ladra. Internet es útil. El gato come. Fuentes oficiales confirmaron.
1\tPerro\tperro\tNOUN\t_\tGender=Masc|Number=Sing\t2\tnsubj\t_\t_
2\tladra\tladrar\tVERB\t_\tMood=Ind|Number=Sing|Person=3\t0\troot\t_\t_
3\tinternet\tinternet\tNOUN\t_\tNumber=Sing\t5\tnsubj\t_\t_
4\tes\tser\tAUX\t_\t_\t5\tcop\t_\t_
5\tútil\tútil\tADJ\t_\t_\t2\tparataxis\t_\t_
6\tEl\tel\tDET\t_\t_\t7\tdet\t_\t_
7\tgato\tgato\tNOUN\t_\tNumber=Sing\t8\tnsubj\t_\t_
8\tcome\tcomer\tVERB\t_\t_\t2\tparataxis\t_\t_
9\tFuentes\tfuente\tNOUN\t_\tNumber=Plur\t11\tnsubj\t_\t_
10\toficiales\toficial\tADJ\t_\t_\t9\tamod\t_\t_
11\tconfirmaron\tconfirmar\tVERB\t_\t_\t2\tparataxis\t_\t_

"""


@pytest.fixture(scope="module")
def generator(scripts):
    """scripts/generate_bare_subjects.py, imported."""
    return scripts("generate_bare_subjects")


def test_the_generator_counts_bare_and_determined_subjects(generator):
    counts = {"totals": Counter(), "singular": Counter()}
    for words in importlib.import_module("generate_verb_prepositions")._words(CONLLU):
        generator.count_sentence(words, counts)
    assert dict(counts["singular"]) == {"perro": 1, "internet": 1}
    assert counts["totals"]["singular determined"] == 1
    assert counts["totals"]["plural bare modified"] == 1  # «fuentes oficiales»
    text = generator.render(counts, 1).splitlines()
    checked_in = (ROOT / "langbot/grading/data/bare_subjects.yaml").read_text(encoding="utf-8")
    assert text[0] == checked_in.splitlines()[0]
    assert text[text.index("singular:") + 1 :] == ["  internet: 1", "  perro: 1"]


def test_the_checked_in_counts_list_what_natives_say_bare():
    found = bare_singular_subjects()
    assert {"internet", "alguien"} <= found
    assert not {"perro", "escuela", "mujer"} & found


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Habitación está muy fría.", "la habitación"),  # «ha-» unstressed: «la»
        ("Jaula está abierta.", "la jaula"),  # a dictionary noun, common in Spanish
        ("Kit tiene el pelo negro.", None),  # a name: for the dictionary an English loan
        ("Fraile opina que no.", None),  # a surname: for the dictionary a rare noun
        ("Internet es útil.", None),  # natives say it bare
        ("Creo que a veces actores no dicen la verdad.", "los actores"),
        ("Errores fatales surgen de la falta de atención.", None),  # a described plural
    ],
)
def test_bare_subjects_follow_what_natives_say(text, fix):
    fixes = [
        e.fix for e in sentence_errors(text) if e.fix and e.fix.startswith(("el ", "la ", "los "))
    ]
    assert fixes == ([fix] if fix else [])
