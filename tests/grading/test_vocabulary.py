"""The shared A1 vocabulary: every file validates, forms are derived right, errors name the entry."""

import shutil
from pathlib import Path

import pytest
import yaml
from helpers import table

from langbot.errors import LessonFileError
from langbot.grading.inflection import feminine, plural
from langbot.grading.verbs import DEFAULT_PATH as VERBS_PATH
from langbot.grading.vocabulary import DEFAULT_DIR, FILES, load_vocabulary
from langbot.grading.vocabulary_files import read_data_yaml


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def test_every_vocabulary_file_validates(vocab):
    for name in FILES:
        assert (DEFAULT_DIR / f"{name}.yaml").is_file()
    assert len(vocab.nouns) >= 1200  # forms of 600+ lemmas
    assert len({n.lemma for n in vocab.nouns.values()}) >= 600
    assert len({a.lemma for a in vocab.adjectives.values()}) >= 250
    assert len(vocab.hobbies) >= 120
    assert len(vocab.places) >= 200


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("café", "cafés"),
        ("canción", "canciones"),
        ("jardín", "jardines"),
        ("autobús", "autobuses"),
        ("país", "países"),
        ("lápiz", "lápices"),
        ("luz", "luces"),
        ("reloj", "relojes"),
        ("árbol", "árboles"),
        ("ticket", "tickets"),
    ],
)
def test_regular_plural(word, expected):
    assert plural(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("cansado", "cansada"),
        ("trabajador", "trabajadora"),
        ("inglés", "inglesa"),
        ("alemán", "alemana"),
        ("dormilón", "dormilona"),
        ("inteligente", None),
        ("azul", None),
        ("feliz", None),
    ],
)
def test_regular_feminine(word, expected):
    assert feminine(word) == expected


FORMS = [
    (part, *row)
    for part in ("nouns", "adjectives")
    for row in table("words", f"vocabulary_{part}", "form,lemma,gender,number")
]


@pytest.mark.parametrize(("part", "form", "lemma", "gender", "number"), FORMS)
def test_noun_and_adjective_forms(vocab, part, form, lemma, gender, number):
    entry = getattr(vocab, part)[form]
    assert (entry.lemma, entry.gender, entry.number) == (lemma, gender, number)


def test_helpers(vocab):
    assert vocab.plural_of("cancion") == "canciones"
    assert vocab.adjective_form("cansado", "f", "p") == "cansadas"
    assert vocab.adjective_form("alemanes", "f", "s") == "alemana"
    assert vocab.adjective_form("inteligente", "f", "p") == "inteligentes"
    assert vocab.invariable("lunes") and not vocab.invariable("gafas")
    assert "perrito caliente" in vocab.multiword("food")
    assert "feliz" in vocab.words_in_class("state") and "feliz" in vocab.words_in_class(
        "description"
    )
    assert {"cafe", "cafes", "zumo"} <= vocab.words_in_class("drink")


def test_phrases_places_and_function_words(vocab):
    assert "estados unidos" in vocab.places and "los estados unidos" in vocab.places
    assert vocab.places["nueva york"] == "Nueva York" and vocab.places["pekin"] == "Pekín"
    assert vocab.place_kinds["japon"] == "country"
    assert "jugar al futbol" in vocab.hobbies and "ver la tele" in vocab.hobbies
    assert {"hola", "buenos dias", "que tal"} <= set(vocab.phrases["greeting"])
    assert {"y tu", "y usted"} <= set(vocab.phrases["ask_back"])
    assert {"no", "si", "muy", "tambien", "bueno", "mmm", "el", "de"} <= vocab.function_words
    assert "tu" in vocab.function_words_by_type["pronouns_subject"]


def _copy(tmp_path: Path) -> Path:
    directory = tmp_path / "vocabulary"
    shutil.copytree(DEFAULT_DIR, directory)
    return directory


@pytest.mark.parametrize(
    ("file", "text", "message"),
    [
        (
            "nouns.yaml",
            "- {word: café, gender: m, classes: [drink]}\n- {word: casa, gender: x, classes: [place]}\n",
            "nouns.yaml: entry 2 (word 'casa'): gender: Input should be 'm', 'f' or 'mf'",
        ),
        (
            "nouns.yaml",
            "- {word: casa, gender: f, classes: [Big Houses]}\n",
            "nouns.yaml: entry 1 (word 'casa'): classes.0: String should match pattern",
        ),
        (
            "nouns.yaml",
            "- {word: casa, gender: f, colour: red, classes: [place]}\n",
            "nouns.yaml: entry 1 (word 'casa'): colour: Extra inputs are not permitted",
        ),
        (
            "adjectives.yaml",
            "- {word: alto, classes: [size]}\n- {word: bajo}\n",
            "adjectives.yaml: entry 2 (word 'bajo'): classes: Field required",
        ),
        (
            "places.yaml",
            "- {name: Madrid, kind: town}\n",
            "places.yaml: entry 1 (name 'Madrid'): kind: Input should be",
        ),
        (
            "phrases.yaml",
            "greeting: [hola]\n",
            "phrases.yaml: farewell: Field required",
        ),
    ],
)
def test_malformed_file_names_file_entry_and_field(tmp_path, file, text, message):
    directory = _copy(tmp_path)
    (directory / file).write_text(text, encoding="utf-8")
    with pytest.raises(LessonFileError) as err:
        load_vocabulary(directory)
    assert str(directory / file) in str(err.value)
    assert message in str(err.value)


def test_duplicate_word_names_both_entries(tmp_path):
    directory = _copy(tmp_path)
    (directory / "nouns.yaml").write_text(
        "- {word: casa, gender: f, classes: [place]}\n"
        "- {word: mesa, gender: f, classes: [thing]}\n"
        "- {word: casa, gender: f, classes: [place]}\n",
        encoding="utf-8",
    )
    with pytest.raises(LessonFileError, match=r"entry 3 \(word 'casa'\) repeats entry 1"):
        load_vocabulary(directory)


def test_missing_file_names_it(tmp_path):
    directory = _copy(tmp_path)
    (directory / "hobbies.yaml").unlink()
    with pytest.raises(LessonFileError, match="hobbies.yaml: cannot be read"):
        load_vocabulary(directory)


def test_fast_reader_matches_safe_load():
    """read_data_yaml builds exactly what yaml.safe_load would from every data file."""
    paths = [DEFAULT_DIR / f"{name}.yaml" for name in FILES] + [VERBS_PATH]
    for path in paths:
        assert read_data_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8")), path
