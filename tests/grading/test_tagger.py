"""The part-of-speech tagger: ambiguous forms in context, and its accuracy on unseen UD text."""

import gzip
import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from langbot.errors import LexiconError
from langbot.grading.lexicon import lexicon
from langbot.grading.tagger import (
    MODEL,
    WEIGHTS,
    Tagger,
    agree_subject_verb,
    tagger,
    token_features,
)

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "ud_gsd_test_sample.tsv"
SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
# Floors a little under what the checked-in model scores on the sample (README: Tagger).
FLOOR_ALL = 0.90
FLOOR_AMBIGUOUS = 0.84


def _sample() -> list[list[tuple[str, str]]]:
    sentences, current = [], []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line:
            if current:
                sentences.append(current)
            current = []
            continue
        form, upos = line.split("\t")
        current.append((form, upos))
    return sentences + ([current] if current else [])


def test_accuracy_on_unseen_treebank_text_stays_above_its_floors():
    tag, lex = tagger(), lexicon()
    score = Counter()
    for sentence in _sample():
        predicted = tag.tag([form for form, _ in sentence])
        for (form, gold), got in zip(sentence, predicted, strict=True):
            score["all", got == gold] += 1
            if len(lex.upos_set(form)) > 1:
                score["ambiguous", got == gold] += 1
    for kind, floor in (("all", FLOOR_ALL), ("ambiguous", FLOOR_AMBIGUOUS)):
        right, wrong = score[kind, True], score[kind, False]
        assert right + wrong > 500
        assert right / (right + wrong) >= floor, (kind, right, wrong)


@pytest.mark.parametrize(
    ("sentence", "word", "upos"),
    [
        ("Yo como pan con queso .", "como", "VERB"),
        ("Es alto como su padre .", "como", "ADP"),
        ("Mi padre vino ayer de Madrid .", "vino", "VERB"),
        ("Mi hermano vino a casa .", "vino", "VERB"),
        ("Tomo café como postre .", "como", "ADP"),
        ("Me gusta el vino tinto .", "vino", "NOUN"),
        ("El libro está sobre la mesa .", "sobre", "ADP"),
        ("Mi hermano es bajo .", "bajo", "ADJ"),
        ("Hace frío hoy .", "frío", "NOUN"),
        ("El agua está fría .", "fría", "ADJ"),
    ],
)
def test_ambiguous_forms_get_their_part_of_speech_in_context(sentence, word, upos):
    words = sentence.split()
    tagged = tagger().analyse(words)
    found = tagged[words.index(word)]
    assert found.upos == upos, tagged
    assert all(r.upos == upos for r in found.readings)


def test_the_readings_kept_are_those_of_the_tag():
    tagged = tagger().analyse("Yo como pan .".split())
    como = tagged[1]
    assert como.readings and {r.lemma for r in como.readings} == {"comer"}
    assert {r.person for r in como.readings} == {"1"}


def test_an_empty_sentence_has_no_tags():
    assert tagger().tag([]) == []


def test_a_weights_file_that_is_not_gzip_is_refused_by_name(tmp_path):
    path = tmp_path / "tagger_weights.tsv.gz"
    path.write_bytes(b"not a model")
    with pytest.raises(LexiconError, match="tagger_weights.tsv.gz: cannot be read as gzipped"):
        Tagger(path, lexicon())


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (["labels\tNOUN\tVERB", "state\tw=casa\tNOUN\tmany"], r"row 2 \('state"),
        (["labels\tNOUN\tVERB", "trans\tNOUN\tADJ\t0.5"], "row 2 .*a label not in the list"),
        (["trans\tNOUN\tVERB\t0.5"], "the first row must list the labels"),
        (["labels\tNOUN", "bias\tNOUN\t0.5"], "row 2 .*not labels, trans or state"),
    ],
)
def test_a_malformed_weights_file_names_the_row(tmp_path, rows, message):
    path = tmp_path / "tagger_weights.tsv.gz"
    path.write_bytes(gzip.compress(("\n".join(rows) + "\n").encode()))
    with pytest.raises(LexiconError, match=message):
        Tagger(path, lexicon())


def test_the_weights_are_the_trained_model_and_tag_as_crfsuite_does(tmp_path):
    # The app runs the weights in numpy; python-crfsuite (dev only) trained them.
    pycrfsuite = pytest.importorskip("pycrfsuite")
    spec = importlib.util.spec_from_file_location("train_tagger", SCRIPTS / "train_tagger.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.export_weights(MODEL, tmp_path / "weights.tsv.gz")
    assert (tmp_path / "weights.tsv.gz").read_bytes() == WEIGHTS.read_bytes()
    reference = pycrfsuite.Tagger()
    reference.open(str(MODEL))
    ours, lex = tagger(), lexicon()
    for sentence in _sample() + [[(w, "") for w in "Mi padre vino ayer .".split()]]:
        words = [form for form, _ in sentence]
        features = token_features(words, lex)
        tags = reference.tag(features)  # then the marginals, of the sequence just tagged
        verb_odds = [reference.marginal("VERB", i) for i in range(len(words))]
        want = agree_subject_verb(words, tags, lex, verb_odds)
        assert ours.tag(words) == want
