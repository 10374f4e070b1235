"""The native-sentence precision net (evals/real-native-sentences/): its rows come only from
Tatoeba's even half, split by hash, and the built-in checks find few errors in them."""

import hashlib
import io
import sys
from pathlib import Path

import pytest

from langbot.evaluation import EvalSetError
from langbot.native_eval import (
    NATIVE_DIR,
    NATIVE_HELDOUT_DIR,
    format_native_misses,
    load_sentences,
    load_wrong,
    native_lines,
    score_sentences,
)

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
SAMPLE = 5000
# The tuning half's false-error rate (sentences with a definite error, less those reviewed
# as wrong): 0.46% (23 of 5000) on 2026-12-04 after the fixes of issue 19's native net (1.7%
# raw before them), plus a margin of about ten sentences. A change that makes the checks flag
# more right Spanish fails here: lower it as they improve.
FALSE_ERROR_CEILING = 0.0065


def _heldout(text: str) -> bool:
    return hashlib.sha1(text.encode("utf-8")).digest()[0] % 2 == 1


@pytest.fixture(scope="module")
def script(scripts):
    """scripts/make_native_sentences.py, imported."""
    return scripts("make_native_sentences")


@pytest.mark.parametrize(("folder", "held"), [(NATIVE_DIR, False), (NATIVE_HELDOUT_DIR, True)])
def test_every_row_is_from_the_even_half_in_its_hash_half_and_2_to_15_words(script, folder, held):
    rows = load_sentences(folder)
    assert len(rows) == SAMPLE and len(set(rows)) == SAMPLE
    for text in rows:
        digest = hashlib.sha1(text.strip().encode("utf-8")).hexdigest()
        assert digest[0] in "02468ace", f"{text!r}: from Tatoeba's held-out odd half"
        assert _heldout(text) == held, text
        assert script.keep(text), text
    assert rows == sorted(rows, key=script.hash_key)  # the first of the half in hash order


def test_the_sample_is_the_first_of_each_half_in_hash_order(script):
    odd = "x" * 3  # a sentence the filter refuses never enters, whatever its place
    texts = [f"Frase número {n} de prueba." for n in range(40)] + [odd]
    halves = script.halves(texts, sample=5)
    for held, rows in halves.items():
        every = sorted(
            (t for t in texts if script.keep(t) and _heldout(t) == held), key=script.hash_key
        )
        assert rows == every[:5]
    assert odd not in halves[False] + halves[True]


def test_the_tuning_halfs_false_error_rate_stays_under_its_ceiling():
    score = score_sentences(load_sentences(NATIVE_DIR), load_wrong(NATIVE_DIR))
    flagged = [f["text"] for f in score["flagged"] if not f["wrong"]]
    assert score["false_error_rate"] <= FALSE_ERROR_CEILING, flagged


def test_every_reviewed_wrong_sentence_is_in_the_tuning_half_and_flagged():
    wrong = load_wrong(NATIVE_DIR)
    rows = set(load_sentences(NATIVE_DIR))
    assert wrong and set(wrong) <= rows
    flagged = {f["text"] for f in score_sentences(list(wrong))["flagged"]}
    assert flagged == set(wrong), "a reviewed sentence the checks no longer flag: drop its note"


def test_a_wrong_note_must_quote_words_of_its_sentence(tmp_path):
    (tmp_path / "wrong.yaml").write_text(
        '- {text: "Es un manera buena.", wrong: "«una manera»: fixed"}\n', encoding="utf-8"
    )
    with pytest.raises(EvalSetError, match="row 1"):
        load_wrong(tmp_path)


def test_the_block_and_the_misses_list_name_the_flagged_sentences_and_their_rules(tmp_path):
    (tmp_path / "wrong.yaml").write_text(
        '- {text: "Tengo una amigo.", wrong: "«una amigo»: «un amigo»"}\n', encoding="utf-8"
    )
    sentences = ["Tengo una amigo.", "Ella vive en Madrid.", "Mi hermana es alta."]
    tuning = score_sentences(sentences, load_wrong(tmp_path))
    assert tuning["flagged_rate"] == pytest.approx(1 / 3) and tuning["false_error_rate"] == 0
    assert tuning["by_rule"] == {"determiner_noun": 1}
    score = {"tuning": tuning, "heldout": {"sentences": 3, "flagged_rate": 0.0}}
    lines = dict(native_lines(score))
    assert lines["  sentence gets an error, raw"] == ["33.3%", "0.0%"]
    assert lines["  ...less the sentences reviewed as wrong"] == ["0.0% (1 wrong)", "not reviewed"]
    assert lines["    determiner_noun"] == ["1", ""]
    listed = format_native_misses(score)
    assert "'Tengo una amigo.': determiner_noun [una] [wrong, reviewed: «una amigo»" in listed


def test_eval_set_on_the_native_sentences_says_what_they_are():
    from langbot.cli import main  # noqa: PLC0415

    out, err = io.StringIO(), io.StringIO()
    sys_err, sys.stderr = sys.stderr, err
    try:
        code = main(["eval", "--set", str(NATIVE_DIR)], out=out)
    finally:
        sys.stderr = sys_err
    assert code == 1 and "native sentences graded with no step" in err.getvalue()
