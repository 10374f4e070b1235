"""The Spanish and English word counts the judge reads to tell English and misspellings apart."""

import gzip
import importlib.util

import pytest

from langbot.errors import LexiconError
from langbot.grading.language import WORD_FREQUENCIES, english_share, read_word_frequencies

GENERATOR = WORD_FREQUENCIES.parents[3] / "scripts" / "generate_word_frequencies.py"


def test_the_checked_in_counts_tell_english_from_spanish():
    es, en = read_word_frequencies(WORD_FREQUENCIES)
    assert len(es) > 80_000 and len(en) > 14_000
    assert es["de"] > 2e-5 and es["cumpleanos"] > 0 and "tengas" not in es  # base forms only
    assert en["the"] > en.get("el", 0) and es["el"] > es.get("the", 0)
    assert english_share("my name is ana".split()) == 0.75  # «ana» is no English word
    assert english_share("me llamo ana".split()) == 0


def _write(path, rows):
    path.write_bytes(gzip.compress(("# a comment\n" + "\n".join(rows) + "\n").encode()))
    return path


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (["total\tes\t10", "total\ten\t5", "es\tCasa\t3"], r"row 3 \('es\\tCasa\\t3'\)"),
        (["total\tes\t10", "total\ten\t5", "fr\tmaison\t3"], r"row 3 \('fr\\tmaison\\t3'\)"),
        (["total\tes\t10", "total\ten\t5", "es\tcasa\tmany"], "row 3"),
        (["total\tes\t10", "es\tcasa\t3"], "needs one `total` row with a count for each of es, en"),
        (["total\tes\t0", "total\ten\t5"], "needs one `total` row"),
    ],
)
def test_a_malformed_counts_file_names_the_row(tmp_path, rows, message):
    with pytest.raises(LexiconError, match=message):
        read_word_frequencies(_write(tmp_path / "counts.tsv.gz", rows))


def test_a_counts_file_that_is_not_gzip_is_refused(tmp_path):
    (tmp_path / "counts.tsv.gz").write_text("es\tcasa\t3\n")
    with pytest.raises(LexiconError, match="cannot be read as gzipped UTF-8"):
        read_word_frequencies(tmp_path / "counts.tsv.gz")


def test_the_counts_file_is_what_the_generator_writes(tmp_path, monkeypatch):
    pytest.importorskip("spellchecker")
    spec = importlib.util.spec_from_file_location("generate_word_frequencies", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "OUT", tmp_path / "counts.tsv.gz")
    module.main()
    assert (tmp_path / "counts.tsv.gz").read_bytes() == WORD_FREQUENCIES.read_bytes()
