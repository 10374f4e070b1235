"""Native sentences from the large native net (scripts/native_net.py) that the built-in
checks once flagged: each gets no definite error (tests/grading/data/native_net.yaml names
each one's source, licence and the rule it tripped)."""

import hashlib
import zipfile
from pathlib import Path

import pytest
import yaml

from langbot.grading import sentence_errors

DATA = Path(__file__).parent / "data" / "native_net.yaml"
SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
ROWS = [row for rows in yaml.safe_load(DATA.read_text(encoding="utf-8")).values() for row in rows]


@pytest.mark.parametrize("text", [row["text"] for row in ROWS], ids=lambda t: t[:40])
def test_native_sentence_gets_no_error(text: str) -> None:
    """A native speaker's sentence is not marked wrong."""
    assert sentence_errors(text) == [], f"false error on {text!r}"


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Ceno a los ocho.", "las"),
        ("Tengo una amigo.", "un"),
        ("Mi hermano está alto.", "es"),
        ("Ella es alto.", "alta"),
        ("Tú habla español.", "hablas"),
        ("Tengo un perro se llama Max.", "que se llama"),
        ("Kousei dije que no.", "dijo"),
        ("Una historia terrible sucedó en el año 2018.", "sucedió"),
        ("Yo comí mucho y despué dormí.", "después"),
        ("Mi amigo es muy preoccupado.", "preocupado"),  # no «pre» on a known word
        ("Son kince.", "quince"),  # two edits, a first letter that sounds alike
        ("Jullio y Ana son amigos.", "julio"),  # «y» joins names, a doubled letter still shows
        ("Yo gusta bailar.", "me gusta"),
        ("Me encanta a bailar.", "bailar"),
        ("No conozco nadie.", "a nadie"),
        ("Nunca olvidaron de este día.", "olvidaron"),
        ("Mi gusta el fútbol.", "me"),
        ("Cuando esta teenager, Selena Gomez en peliculas.", "está en"),
        ("Perros son muy leales.", "los perros"),
        ("Empieza a trabaja.", "trabajar"),
        ("Tom Cruise tiene ojos marron.", "marrones"),
        ("Kit vivo en Spain con la madre.", "vive"),
        ("Se casaron a 1992.", "en"),
        ("Sigue todo recto y gira a derecha.", "a la derecha"),
        ("Fuimos al parque de perros por la primera vez.", "por primera vez"),
        ("Veía sus películas todos días.", "todos los"),
        ("Vivo a Madrid.", "en"),
    ],
)
def test_the_learner_errors_beside_them_are_still_caught(text: str, fix: str | None) -> None:
    """The fixes that free the native sentences still catch a learner's slip."""
    errors = sentence_errors(text)
    assert errors and fix in {e.fix for e in errors}


@pytest.fixture
def script(scripts):
    """scripts/native_net.py, imported."""
    return scripts("native_net")


def test_the_net_reads_only_tatoebas_even_tuning_sentences(script, tmp_path, monkeypatch):
    """The odd half and the held-out native rows are never read."""
    lines = [f"I am {n}.\tFrase número {n} de prueba." for n in range(60)]
    archive = tmp_path / "spa-eng.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("spa.txt", "\n".join(lines))
    monkeypatch.setenv("LANGBOT_TATOEBA_ZIP", str(archive))
    texts = script.tatoeba_texts()
    assert texts  # some of the sixty are on the tuning side
    for text in texts:
        assert hashlib.sha1(text.encode("utf-8")).hexdigest()[0] in "02468ace"
        assert hashlib.sha1(text.encode("utf-8")).digest()[0] % 2 == 0


def test_the_net_reads_every_text_line_of_a_treebank_folder(script, tmp_path, monkeypatch):
    """Each .conllu file's `# text =` lines, once each, 2 to 25 words."""
    (tmp_path / "a-ud-dev.conllu").write_text("# text = Hola mundo.\n1\tHola\n\n# text = Sí.\n")
    (tmp_path / "a-ud-test.conllu").write_text("# text = Hola mundo.\n# text = Ana come pan.\n")
    (tmp_path / "README.md").write_text("# text = not a treebank file\n")
    monkeypatch.setenv("LANGBOT_UD_GSD", str(tmp_path))
    assert script.source_texts("GSD") == ["Hola mundo.", "Ana come pan."]
