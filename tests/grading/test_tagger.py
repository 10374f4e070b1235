"""The part-of-speech tagger: ambiguous forms in context, and its accuracy on unseen UD text."""

from collections import Counter
from pathlib import Path

import pytest

from langbot.errors import LexiconError
from langbot.grading.lexicon import lexicon
from langbot.grading.tagger import Tagger, tagger

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "ud_gsd_test_sample.tsv"
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


def test_a_model_file_that_is_not_a_model_is_refused_by_name(tmp_path):
    path = tmp_path / "tagger.crfsuite"
    path.write_bytes(b"not a model")
    with pytest.raises(LexiconError, match="tagger.crfsuite: cannot be read as a crfsuite model"):
        Tagger(path, lexicon())
