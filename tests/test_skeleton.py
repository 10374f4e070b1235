"""The leak guard's skeleton and answer forms: unit tables, the generated data file."""

import json

import pytest

from langbot.lessons import load_lessons
from langbot.llm.answer_forms import OpenSlot, answer_forms, expand, number_variants
from langbot.llm.skeleton import DATA_FILE, leak_forms, loose_skeleton, skeleton, visible

LESSONS = load_lessons()


@pytest.mark.parametrize(
    ("text", "bones"),
    [
        ("¡Son Quince!", "sonquince"),
        ("q·u·i\nn-c'e", "quince"),
        ("quin\u034f\ufe0f\u3164\u115f\uffa0ce", "quince"),  # drawn as nothing
        ("quin<b class='x'></b><!-- a\ncomment -->ce", "quince"),
        ("quin**ce** [y](http://x.y)", "quincey"),
        ("&amp;amp;amp;#113;uince", "quince"),  # escaped three times
        ("\u202eecniuq\u202c!", "quince"),  # a right-to-left override, as it is drawn
        ("գսiոce ɑɡɪ", "quinceagi"),  # Armenian, IPA
        ("ԚUІNСЕ", "quince"),  # Cyrillic capitals
        ("ｑｕｉｎｃｅ 𝐪𝐮𝐢𝐧𝐜𝐞", "quincequince"),
        ("١٥ ۱۵ 1 5", "151515"),  # Arabic-Indic digits
        ("mañana, café", "mananacafe"),
        ("🇶🇺 🅠 🆀 ɴ", "quqqn"),  # symbols and small capitals named after a letter
        ("", ""),
    ],
)
def test_a_skeleton_keeps_only_the_letters_a_reader_sees(text, bones) -> None:
    assert skeleton(text) == bones


def test_a_loose_skeleton_reads_digits_and_signs_as_letters() -> None:
    assert loose_skeleton("QU1NC3 qu|nce QUlNCE @$") == "quincequincequinceas"


def test_text_that_is_not_markup_is_kept() -> None:
    assert visible("2 < 3 y 5 > 4") == "2 < 3 y 5 > 4"
    assert skeleton("a [b] (c)") == "abc"


@pytest.mark.parametrize(
    ("pattern", "slots", "texts"),
    [
        ("[(es|son)] quince", {}, ["quince", "es quince", "son quince"]),
        ("(a|b c)[,] d;", {}, ["a d", "a, d", "b c d", "b c, d"]),
        ("el {day} de {month}", {"day": ["uno"], "month": ["mayo", "junio"]}, None),
        ("me llamo {name}", {"name": "name"}, "open"),
    ],
)
def test_patterns_expand_to_every_text_they_describe(pattern, slots, texts) -> None:
    if texts == "open":
        with pytest.raises(OpenSlot):
            expand(pattern, slots)
        return
    got = expand(pattern, slots)
    assert sorted(got) == sorted(texts or ["el uno de mayo", "el uno de junio"])


def test_numbers_come_in_digits_and_english_too() -> None:
    assert number_variants("son quince") == [["son", "quince"], ["son", "15"], ["son", "fifteen"]]
    assert number_variants("treinta y cinco")[1:] == [["35"], ["thirty", "five"]]


def test_the_forms_of_quince() -> None:
    forms = answer_forms(LESSONS["numbers"], 7)
    assert {"quince", "fifteen", "ecniuq"} <= set(forms.anywhere)
    assert "15" in forms.aligned and "51" in forms.reversed_aligned


@pytest.mark.parametrize(
    ("text", "leaks"),
    [
        ("Son quince.", True),
        ("¡Una quinceañera!", True),
        ("1 5", True),
        ("1·5", True),
        ("Tienes 115 puntos.", False),  # 15 inside a longer number
        ("Piensa en los números y en los años.", False),
        ("Suma diez más cinco; catorce no es.", False),
    ],
)
def test_what_gives_quince_away(text, leaks) -> None:
    assert answer_forms(LESSONS["numbers"], 7).leaks(text) is leaks


@pytest.mark.parametrize(
    ("lesson", "step", "text", "leaks"),
    [
        ("greetings", 4, "¿Sí? Bien.", True),  # «bien» answers «¿Cómo estás?»
        ("greetings", 4, "b i e n", True),
        ("greetings", 4, "También puedes decirlo así.", False),  # «bien» inside a word
        ("greetings", 5, "Casi, mucho mejor.", False),  # not «sí, mucho»
        ("numbers", 2, "Di tu edad con «tengo» y «años».", False),
        ("numbers", 2, "Por ejemplo: t.e.n.g.o v.e.i.n.t.e", True),
    ],
)
def test_short_forms_count_only_on_the_edges_of_words(lesson, step, text, leaks) -> None:
    assert answer_forms(LESSONS[lesson], step).leaks(text) is leaks


@pytest.mark.parametrize(
    ("lesson", "step"), [(k, n) for k, le in LESSONS.items() for n in range(1, len(le.steps) + 1)]
)
def test_no_cue_of_a_step_counts_as_giving_its_answer_away(lesson, step) -> None:
    s = LESSONS[lesson].step(step)
    forms = answer_forms(LESSONS[lesson], step)
    assert not forms.leaks(s.cues.general) and not forms.leaks(s.cues.specific)


def test_the_data_file_is_valid_and_names_its_source_and_licence() -> None:
    data = leak_forms()
    assert "Unicode License" in data.licence and "confusable_homoglyphs" in data.generated_by
    assert data.lookalikes["ս"] == "u" and data.lookalikes["і"] == "i"
    assert [n.value for n in data.numbers] == list(range(101))
    assert data.numbers[15].es == "quince" and data.numbers[15].en == "fifteen"


def test_the_data_file_is_what_the_generator_writes(tmp_path, monkeypatch) -> None:
    pytest.importorskip("confusable_homoglyphs")
    pytest.importorskip("num2words")
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "generate_leak_forms", DATA_FILE.parents[3] / "scripts" / "generate_leak_forms.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "OUT", tmp_path / "leak_forms.json")
    module.main()
    fresh = json.loads((tmp_path / "leak_forms.json").read_text(encoding="utf-8"))
    assert fresh == json.loads(DATA_FILE.read_text(encoding="utf-8"))
