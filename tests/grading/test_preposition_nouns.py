"""The nouns natives never say bare after «en» or «a», as data counted in the treebanks and
Tatoeba: the generator counts them with the rule's own reading, the file loads, and the
article rule flags such a noun said bare while leaving what natives do say bare alone."""

from collections import Counter
from pathlib import Path

import pytest

from langbot.errors import LessonFileError
from langbot.grading import sentence_errors
from langbot.grading.analysis import Analysis
from langbot.grading.knowledge import knowledge
from langbot.grading.preposition_nouns import never_bare_after
from langbot.grading.rules.base import Context
from langbot.grading.rules.registry import engine
from langbot.grading.tokens import tokenize

ROOT = Path(__file__).resolve().parents[2]


def _contexts(texts):
    lexicon, rules = engine()
    rule = next(r for r in rules if r.family == "articles")
    for text in texts:
        ctx = Context(Analysis(tokenize(text), lexicon), knowledge(), rule.words)
        ctx.spelled = rule.spelled
        yield ctx


def test_the_generator_counts_nouns_bare_and_determined_after_en_and_a(scripts):
    generator = scripts("generate_preposition_nouns")
    counts = {"bare": Counter(), "determined": Counter()}
    texts = ["Vivo en la ciudad.", "Voy al trabajo.", "Estoy en casa.", "Voy a mi casa."]
    assert generator.count(_contexts(texts), counts) == 4
    assert dict(counts["determined"]) == {"ciudad": 1, "trabajo": 1, "casa": 1}
    assert dict(counts["bare"]) == {"casa": 1}
    text = generator.render(counts, 0, 4).splitlines()
    checked_in = (ROOT / "langbot/grading/data/preposition_nouns.yaml").read_text(encoding="utf-8")
    assert text[0] == checked_in.splitlines()[0]
    assert text[text.index("never_bare:") + 1 :] == []  # seen once each: under the floor


def test_the_checked_in_counts_keep_what_natives_say_bare():
    assert {"ciudad", "mundo", "trabajo"} <= never_bare_after()
    assert not {"casa", "clase", "tren", "pie", "serio", "realidad"} & never_bare_after()


def test_a_malformed_preposition_file_names_the_file_and_the_entry(tmp_path):
    path = tmp_path / "preposition_nouns.yaml"
    path.write_text("never_bare:\n  ciudad: 0\n", encoding="utf-8")
    with pytest.raises(LessonFileError, match=r"never_bare.*ciudad") as err:
        never_bare_after(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Vivo en ciudad con mi familia.", "en la ciudad"),
        ("Mañana voy a trabajo.", "al trabajo"),
        ("Es el mejor país en mundo.", "en el mundo"),
        ("Vivo en la ciudad con mi familia.", None),
        ("Voy en tren.", None),  # natives say it bare
        ("Está en casa.", None),
        ("Voy a pie.", None),
        ("Trabajan a cielo abierto.", None),  # a set phrase: an adjective after the noun
        ("Van de ciudad en ciudad.", None),  # a bare pair
        ("En conclusión, es bueno.", None),  # a phrase that opens the sentence
        ("Llegó a ministro.", None),  # a person
        ("Está en reunión.", None),  # listed: natives say it bare
        ("Lo vi en página 5.", None),  # a number names the page
    ],
)
def test_a_noun_natives_never_say_bare_after_en_or_a_takes_its_article(text, fix):
    fixes = [e.fix for e in sentence_errors(text) if e.fix and " " in e.fix]
    assert fixes == ([fix] if fix else [])


def test_the_start_up_warm_up_reads_the_preposition_counts():
    from langbot.grading import warm_up

    never_bare_after.cache_clear()
    warm_up()
    assert never_bare_after.cache_info().currsize == 1
