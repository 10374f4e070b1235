"""The nouns natives count and say bare after «ser», as data counted in the treebanks: the
generator counts them, the file loads, and the article rule flags a counted noun said bare
after «ser» with an adjective, leaving the nouns natives say bare there alone."""

import importlib
from collections import Counter
from pathlib import Path

import pytest

from langbot.errors import LessonFileError
from langbot.grading import sentence_errors
from langbot.grading.bare_predicates import counted_never_bare, counted_nouns

ROOT = Path(__file__).resolve().parents[2]

CONLLU = """# text = Es un personaje. Es miembro. Es un miembro. Es un personaje.
1\tEs\tser\tAUX\t_\t_\t3\tcop\t_\t_
2\tun\tuno\tDET\t_\t_\t3\tdet\t_\t_
3\tpersonaje\tpersonaje\tNOUN\t_\tGender=Masc|Number=Sing\t0\troot\t_\t_
4\tEs\tser\tAUX\t_\t_\t5\tcop\t_\t_
5\tmiembro\tmiembro\tNOUN\t_\tGender=Masc|Number=Sing\t3\tparataxis\t_\t_
6\tEs\tser\tAUX\t_\t_\t8\tcop\t_\t_
7\tun\tuno\tDET\t_\t_\t8\tdet\t_\t_
8\tmiembro\tmiembro\tNOUN\t_\tGender=Masc|Number=Sing\t3\tparataxis\t_\t_
9\tEs\tser\tAUX\t_\t_\t11\tcop\t_\t_
10\tun\tuno\tDET\t_\t_\t11\tdet\t_\t_
11\tpersonaje\tpersonaje\tNOUN\t_\tGender=Masc|Number=Sing\t3\tparataxis\t_\t_

"""


def test_the_generator_counts_counted_and_bare_predicate_nouns(scripts):
    generator = scripts("generate_bare_predicates")
    counts = {"totals": Counter(), "counted": Counter(), "bare": Counter()}
    for words in importlib.import_module("generate_verb_prepositions")._words(CONLLU):
        generator.count_sentence(words, counts)
    assert dict(counts["counted"]) == {"personaje": 2, "miembro": 1}
    assert dict(counts["bare"]) == {"miembro": 1}
    assert counts["totals"]["determined"] == 3
    text = generator.render(counts, 1).splitlines()
    checked_in = (ROOT / "langbot/grading/data/bare_predicates.yaml").read_text(encoding="utf-8")
    assert text[0] == checked_in.splitlines()[0]
    assert text[text.index("counted:") + 1 :] == ["  personaje: 2", "bare:", "  miembro: 1"]


def test_the_checked_in_counts_keep_what_natives_say_bare_after_ser():
    assert {"personaje", "ciudad", "miembro", "persona"} <= counted_nouns()
    assert "personaje" in counted_never_bare()
    assert not {"miembro", "persona"} & counted_never_bare()


def test_a_malformed_predicate_file_names_the_file_and_the_entry(tmp_path):
    path = tmp_path / "bare_predicates.yaml"
    path.write_text("counted:\n  personaje: 0\nbare: {}\n", encoding="utf-8")
    with pytest.raises(LessonFileError, match=r"counted.*personaje") as err:
        counted_nouns(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Kristen Bell es personaje principal que se llama Anna.", "un personaje"),
        ("Es ciudad muy bonita.", "una ciudad"),
        ("Es una ciudad muy bonita.", None),
        ("Dinamarca es miembro activo de la OTAN.", None),  # natives say «miembro» bare
        ("Es profesor titular.", None),  # a job
        ("Es hija única.", None),  # a kin
        ("Hoy es día laborable.", None),  # a time
        ("España es país miembro.", None),  # a second counted noun: a compound
    ],
)
def test_a_counted_noun_after_ser_takes_its_article(text, fix):
    fixes = [e.fix for e in sentence_errors(text) if e.fix and e.fix.startswith(("un ", "una "))]
    assert fixes == ([fix] if fix else [])


def test_the_start_up_warm_up_reads_the_article_counts_so_a_bad_file_never_reaches_a_turn():
    from langbot.grading import bare_predicates, warm_up
    from langbot.grading.bare_subjects import bare_singular_subjects

    bare_predicates._read.cache_clear()
    bare_singular_subjects.cache_clear()
    warm_up()
    assert bare_predicates._read.cache_info().currsize == 1
    assert bare_singular_subjects.cache_info().currsize == 1
