"""The generated lexicon: real forms carry the right features, and a bad file names its field."""

import gzip
import subprocess
import sys

import pytest
from helpers import table

from langbot.errors import LexiconError
from langbot.grading.language import read_common_forms
from langbot.grading.lexicon import LEXICON, lexicon, read_lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def _has(lex, form, **want):
    return any(all(getattr(r, k) == v for k, v in want.items()) for r in lex.readings(form))


@pytest.mark.parametrize(
    ("form", "lemma", "gender", "number"),
    table("words", "lexicon_nouns", "form,lemma,gender,number"),
)
def test_common_nouns_have_their_gender(lex, form, lemma, gender, number):
    assert _has(lex, form, upos="NOUN", lemma=lemma, gender=gender, number=number)


@pytest.mark.parametrize(
    ("form", "lemma", "feats"),
    [
        ("tengo", "tener", dict(person="1", number="Sing", tense="Pres", mood="Ind")),
        ("vive", "vivir", dict(person="3", number="Sing", tense="Pres", mood="Ind")),
        ("comemos", "comer", dict(person="1", number="Plur", tense="Pres", mood="Ind")),
        ("fui", "ir", dict(person="1", number="Sing", tense="Past", mood="Ind")),
        ("fui", "ser", dict(person="1", number="Sing", tense="Past", mood="Ind")),
        ("vino", "venir", dict(person="3", number="Sing", tense="Past", mood="Ind")),
        ("quisiera", "querer", dict(person="1", number="Sing", tense="Imp", mood="Sub")),
        ("gustaría", "gustar", dict(person="3", number="Sing", mood="Cnd")),
        ("trabajaba", "trabajar", dict(person="3", tense="Imp", mood="Ind")),
        ("hablad", "hablar", dict(person="2", number="Plur", mood="Imp")),
        ("trabajar", "trabajar", dict(verbform="Inf")),
        ("bailando", "bailar", dict(verbform="Ger")),
        ("cansadas", "cansar", dict(verbform="Part", gender="Fem", number="Plur")),
        ("levantarme", "levantar", dict(verbform="Inf")),
        # voseo: the present and the imperative of vos, with and without the accent
        ("tenés", "tener", dict(person="2", number="Sing", tense="Pres", mood="Ind")),
        ("querés", "querer", dict(person="2", number="Sing", tense="Pres", mood="Ind")),
        ("mirá", "mirar", dict(person="2", number="Sing", mood="Imp")),
        ("decime", "decir", dict(person="2", number="Sing", mood="Imp")),
        # an impersonal verb keeps the forms verbecc gives (it fills the others with «h»)
        ("heló", "helar", dict(person="3", number="Sing", tense="Past", mood="Ind")),
        ("helando", "helar", dict(verbform="Ger")),
        # FreeLing's verbs in use, several forms of their own in wordfreq's list
        ("chirrió", "chirriar", dict(person="3", number="Sing", tense="Past", mood="Ind")),
        ("riñen", "reñir", dict(person="3", number="Plur", tense="Pres", mood="Ind")),
        ("asintió", "asentir", dict(person="3", number="Sing", tense="Past", mood="Ind")),
    ],
)
def test_verb_forms_carry_person_tense_and_mood(lex, form, lemma, feats):
    assert _has(lex, form, upos="VERB", lemma=lemma, **feats), lex.readings(form)


def test_a_voseo_form_written_without_its_accent_is_found(lex):
    assert _has(lex, "tenés", person="2") and lex.readings_folded("tenes") == lex.readings("tenés")


@pytest.mark.parametrize(
    ("form", "upos", "gender", "number"),
    [
        ("abuelita", "NOUN", "Fem", "Sing"),
        ("gatita", "NOUN", "Fem", "Sing"),
        ("amiguitos", "NOUN", "Masc", "Plur"),
        ("poquito", "ADV", None, None),
    ],
)
def test_diminutives_keep_the_features_of_their_word(lex, form, upos, gender, number):
    assert _has(lex, form, upos=upos, gender=gender, number=number), lex.readings(form)


@pytest.mark.parametrize(("form", "upos"), [("sevilla", "PROPN"), ("street", "X"), ("♪", "SYM")])
def test_names_english_words_and_symbols_are_known_but_never_read_by_the_rules(lex, form, upos):
    from langbot.grading.rules.registry import engine  # noqa: PLC0415

    assert lex.upos_set(form) == {upos}
    assert (
        engine()[0].lookup(form) == ()
    )  # no rule can take «Sevilla» for a noun or «street» for a word


def test_ambiguous_forms_keep_every_reading(lex):
    assert {"VERB", "SCONJ"} <= lex.upos_set("como")
    assert {"NOUN", "VERB"} <= lex.upos_set("vino")
    assert {"ADP"} <= lex.upos_set("sobre") and {"ADJ", "ADP"} <= lex.upos_set("bajo")


def test_accents_are_kept_apart_and_ignored_only_for_unknown_spellings(lex):
    assert lex.readings("como") != lex.readings("cómo")
    assert lex.readings_folded("cancion") == lex.readings("canción")
    assert lex.readings("qwxz") == () and lex.readings_folded("qwxz") == ()


def test_the_lexicon_covers_the_frequent_forms_and_ranks_them(lex):
    assert len(lex) >= 30_000
    assert lex.rank("de") == 1 and 0 < lex.rank("casa") < 2000


def test_every_noun_reading_has_a_gender():
    text = gzip.decompress(LEXICON.read_bytes()).decode()
    codes = [r.split(",")[2] for line in text.splitlines() for r in line.split("\t")[-1].split(";")
             if r.startswith("NOUN,")]  # fmt: skip
    assert len(codes) > 5000 and all(code[0] in "MFC" for code in codes)


def _write(path, lines):
    header = "# form\trank\treadings\n"
    path.write_bytes(gzip.compress((header + "\n".join(lines) + "\n").encode()))
    return path


GOOD = "casa\t300\tNOUN,=,FS----u;VERB,casar,-S3PIFv"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("casa\t300\tNOUN,=,XS----u", "line 3 (form 'casa'): field 'gender'"),
        ("perro\t300\tNOM,=,MS----u", "line 3 (form 'perro'): field 'upos'"),
        ("perro\tmany\tNOUN,=,MS----u", "line 3 (form 'perro'): field 'rank'"),
        ("perro\t3\tNOUN,=,MS----x", "line 3 (form 'perro'): field 'source'"),
        ("perro\t3\tNOUN,=,MS-9--u", "line 3 (form 'perro'): field 'tense'"),
        ("Perro\t3\tNOUN,=,MS----u", "line 3 (form 'Perro'): field 'form'"),
        (
            "perro\t3\tNOUN,MS----u",
            "line 3 (form 'perro'): reading 'NOUN,MS----u' is not UPOS,lemma,code",
        ),
        ("perro\t3", "line 3 (form 'perro'): 2 fields, expected 3"),
    ],
)
def test_a_malformed_lexicon_names_the_file_the_entry_and_the_field(tmp_path, line, message):
    path = _write(tmp_path / "lexicon.tsv.gz", [GOOD, line])
    with pytest.raises(LexiconError) as e:
        read_lexicon(path)
    assert str(path) in str(e.value) and message in str(e.value)


def test_a_well_formed_lexicon_reads_back(tmp_path):
    lex = read_lexicon(_write(tmp_path / "lexicon.tsv.gz", [GOOD, "perro\t9\tNOUN,=,MS----u"]))
    assert lex.readings("casa")[1].lemma == "casar" and lex.readings("casa")[0].gender == "Fem"
    assert lex.rank("perro") == 9 and len(lex) == 2


def test_lines_in_any_order_read_back_and_a_form_is_not_its_neighbour(tmp_path):
    lines = ["casas\t5\tNOUN,casa,FP----u", GOOD, "cas\t0\t@cás", "cás\t0\tNOUN,=,MS----u"]
    lex = read_lexicon(_write(tmp_path / "lexicon.tsv.gz", lines))
    assert lex.rank("casas") == 5 and lex.readings("casas")[0].number == "Plur"
    assert lex.readings("casa")[0].number == "Sing" and lex.readings("cas") == ()
    assert lex.readings_folded("cas")[0].lemma == "cás" and lex.readings("ca") == ()


def test_the_shipped_file_edited_by_hand_is_checked_line_by_line(tmp_path):
    text = gzip.decompress(LEXICON.read_bytes()).decode()
    assert "# checksum blake2b:" in text  # the generator's file: start-up trusts its lines
    lines = text.split("\n")
    number = next(i for i, line in enumerate(lines) if line.startswith("casa\t"))
    lines[number] = lines[number].replace("NOUN,=,FS", "NOUN,=,XS", 1)
    path = tmp_path / "lexicon.tsv.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    with pytest.raises(LexiconError) as e:
        read_lexicon(path)
    assert f"line {number + 1} (form 'casa'): field 'gender'" in str(e.value)


def test_a_lexicon_that_is_not_gzip_is_refused_by_name(tmp_path):
    path = tmp_path / "lexicon.tsv.gz"
    path.write_text(GOOD)
    with pytest.raises(LexiconError, match="lexicon.tsv.gz: cannot be read as gzipped"):
        read_lexicon(path)


def test_a_malformed_common_forms_list_names_the_line(tmp_path):
    path = tmp_path / "common.txt.gz"
    path.write_bytes(gzip.compress(b"# header\ncasa\nDos Palabras\n"))
    with pytest.raises(LexiconError, match=r"common.txt.gz: line 3 \('Dos Palabras'\)"):
        read_common_forms(path)


def test_the_runtime_no_longer_imports_wordfreq():
    code = (
        "import sys\n"
        "from langbot.grading import warm_up, grade_answer\n"
        "from langbot.lessons import load_lessons\n"
        "lessons = load_lessons()\n"
        "warm_up(lessons)\n"
        "grade_answer(lessons['greetings'], 2, 'Me llamo Ana y tengas amigos')\n"
        "print('wordfreq' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_malformed_lexicon_stops_the_apps_start_up_naming_the_file(tmp_path, monkeypatch):
    from langbot.grading import lexicon as lexicon_module
    from langbot.grading.rules import registry
    from langbot.lessons import load_lessons
    from langbot.wiring import WarmUp

    bad = _write(tmp_path / "lexicon.tsv.gz", [GOOD, "perro\t3\tNOUN,=,MS-9--u"])
    monkeypatch.setattr(lexicon_module, "LEXICON", bad)
    lexicon_module._shipped.cache_clear()
    registry._engine.cache_clear()
    try:
        warm = WarmUp(load_lessons(), None, check=False).start(wait=True)
    finally:
        monkeypatch.undo()
        lexicon_module._shipped.cache_clear()
        registry._engine.cache_clear()
    assert isinstance(warm.error, LexiconError)
    assert f"{bad}: line 3 (form 'perro'): field 'tense'" in str(warm.error)


@pytest.mark.parametrize("form", ["eligir", "empeció", "ensenaba", "ojalar"])
def test_no_verb_is_made_from_a_misspelling_or_an_unaccented_form(lex, form):
    # «eligir» (elegir), «empece» (empecé), «ensena» (enseña) are no evidence of a verb
    assert lex.readings(form) == ()
