"""The edit distance behind near-miss spellings: optimal string alignment (adjacent letters
swapped count once, no substring edited twice), cut off above the caller's limit."""

import json
import os
import random
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from langbot.grading.near_targets import distance
from langbot.text import fold

ROOT = Path(__file__).resolve().parents[2]


def reference(a: str, b: str) -> int:
    """Optimal string alignment distance, straight from its recursive definition."""

    @cache
    def d(i: int, j: int) -> int:
        if not i or not j:
            return i + j
        best = min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + (a[i - 1] != b[j - 1]))
        if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
            best = min(best, d(i - 2, j - 2) + 1)
        return best

    return d(len(a), len(b))


@pytest.mark.parametrize(
    "a, b, limit, expected",
    [
        ("llamo", "llamo", 1, 0),
        ("llamo", "lalmo", 1, 1),  # one swap of neighbours is one edit
        ("madre", "mdaer", 2, 2),  # two swaps
        ("yamo", "llamo", 2, 2),
        ("ca", "abc", 2, 3),  # OSA edits no substring twice (full Damerau-Levenshtein: 2)
        ("fubol", "futbol", 1, 1),
        ("hola", "adiós", 2, 3),  # far apart: the cut-off, not the whole distance
        ("sí", "sííííí", 1, 2),
    ],
)
def test_distance_table(a, b, limit, expected):
    assert distance(a, b, limit) == expected


def _mutate(word: str, rng: random.Random) -> str:
    for _ in range(rng.choice([1, 1, 2, 3])):
        i = rng.randrange(len(word) + 1)
        op = rng.choice("dist")
        if op == "d" and len(word) > 1:
            word = word[:i] + word[i + 1 :]
        elif op == "i":
            word = word[:i] + rng.choice("aeilnorsñáé") + word[i:]
        elif op == "s" and i < len(word):
            word = word[:i] + rng.choice("aeilnorsñáé") + word[i + 1 :]
        elif op == "t" and i < len(word) - 1:
            word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word


def test_distance_matches_the_definition_on_lesson_words():
    text = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "lessons").rglob("*.yaml"))
    vocab = sorted({fold(w) for w in re.findall(r"\w+", text) if len(w) >= 2})
    rng = random.Random(9)
    pairs = [(rng.choice(vocab), rng.choice(vocab)) for _ in range(500)]
    pairs += [(w, _mutate(w, rng)) for w in rng.choices(vocab, k=1500)]
    for a, b in pairs:
        for limit in (1, 2):
            assert distance(a, b, limit) == min(reference(a, b), limit + 1), (a, b, limit)


@pytest.mark.parametrize(
    "text",
    [
        "Tengo muchas pecas.",  # words the lexicon knows, though no lesson has them
        "Un policía lo atrapó y el chico se disculpó.",
        "Llevaba la capucha de su suéter.",
        "Hay una gatita blanca.",  # «gatito» with the other gender ending: no misspelling
        "Selena lloraba cantando.",  # a capitalised word before a third-person verb: a name
        "Hasan Minhaj es cómico.",
        "Reeves no lo sabía.",
        "Tiene cuatro niños con su esposa, Tana Ramsay.",  # a capital after a comma
        "Leímos El principito en la clase de francés.",  # a title a capital article opens
    ],
)
def test_known_words_and_names_are_never_misspellings(text):
    from langbot.grading import sentence_errors

    assert not [e.message for e in sentence_errors(text) if e.kind == "spelling"]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Grasias, adiós.", "Grasias"),
        ("Grasias Sofía, adiós.", "Grasias"),  # before a name, but no verb follows
        ("Holla Javier", "Holla"),
        ("Tengo un perro. Grasias.", "Grasias"),
        ("Picasso era erudito de la laengua de Francia.", "laengua"),
        ("Fubol es divertido.", "Fubol"),  # before a verb, but one letter from «fútbol»
        ("Bibloteca es grande.", "Bibloteca"),
    ],
)
def test_misspellings_of_courtesy_words_and_nouns_are_still_caught(text, word):
    from langbot.grading import sentence_errors

    assert f"Check the spelling of «{word}»." in [e.message for e in sentence_errors(text)]


# Two words equally near a misspelling: the correction the learner is shown must not hang on
# the order of a set, which changes with Python's hash seed from one start to the next.
TIES = [
    ("numbers", 8, "Mi cumpleaños es el dos de agusto", "«Mi cumpleaños es el dos de agosto»"),
    ("directions", 6, "Sí, sige todo recto", "«Sí, sigue todo recto»"),
]


@pytest.mark.parametrize("seed", ["0", "1"])
def test_a_correction_between_equally_near_words_is_the_same_whatever_the_hash_seed(seed):
    rows = "".join(
        json.dumps({"lesson": lesson, "step": step, "attempt": 3, "text": text}) + "\n"
        for lesson, step, text, _ in TIES
    )
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-m", "langbot", "grade", "--batch", "-"],
        input=rows,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    shown = [json.loads(line)["text"] for line in run.stdout.splitlines()]
    for (_, _, _, corrected), text in zip(TIES, shown, strict=True):
        assert corrected in text, text


@pytest.mark.parametrize(
    "text, fix",
    [
        ("Tiene tres habitaciónes.", "habitaciones"),  # the plural keeps the singular's accent
        ("Mis canciónes favoritas.", "canciones"),
        ("Mi amiga es inglésa.", "inglesa"),  # so does the feminine
    ],
)
def test_a_plural_or_feminine_that_keeps_its_singulars_accent_is_a_spelling_error(text, fix):
    from langbot.grading import sentence_errors

    assert fix in [e.fix for e in sentence_errors(text) if e.kind == "spelling"]


@pytest.mark.parametrize(
    "text", ["Tiene tres habitaciones.", "Los exámenes son difíciles.", "Por favor, cálmate."]
)
def test_accents_a_word_has_are_no_spelling_error(text):
    from langbot.grading import sentence_errors

    assert not [e for e in sentence_errors(text) if e.kind == "spelling"]


@pytest.mark.parametrize(
    "text, fix",
    [
        ("Vivemos en Madrid.", "vivimos"),  # one edit from a verb, two from «(nos) vemos»
        ("Nosotros vivemos en una casa.", "vivimos"),
        ("Trabajjo en un banco.", "trabajo"),  # a slip for the verb, not a name with no verb
    ],
)
def test_a_misspelt_verb_gets_the_nearest_fix_and_no_missing_verb_error(text, fix):
    from langbot.grading import sentence_errors

    errors = sentence_errors(text)
    assert [(e.kind, e.fix) for e in errors] == [("spelling", fix)]


@pytest.mark.parametrize("text", ["Decidieron rebelar contra el rey.", "Quieren rebelarse."])
def test_an_infinitive_the_lexicon_knows_by_its_forms_is_no_misspelling(text):
    from langbot.grading import sentence_errors

    assert not sentence_errors(text)  # «rebelar» is no misspelt «revelar»: «rebela» is known
