"""Folding, the normal form every comparison uses: lower case, no accents, punctuation to
spaces, one character for one, so a span found in folded text is the same span in the original."""

import pytest

from langbot.text import edit_distance, fold, squash, words


@pytest.mark.parametrize(
    "text, folded",
    [
        ("¿Cómo te llamas?", " como te llamas "),
        ("ESPAÑOL", "espanol"),
        ("Ünïcödé", "unicode"),
        ("Jean-Luc O'Brien", "jean luc o brien"),
        ("snake_case 42", "snake case 42"),
        ("¡Hola, Sofía!", " hola  sofia "),
        ("", ""),
    ],
)
def test_fold_table(text, folded):
    assert fold(text) == folded


def test_fold_keeps_every_character_in_place():
    text = "Me llamo José; soy de Perú — ¡y tú? «Ça va» ½ 東京" * 3
    folded = fold(text)
    assert len(folded) == len(text)
    for original, mapped in zip(text, folded, strict=True):
        assert mapped == " " if not original.isalnum() else mapped.isalnum()


def test_fold_is_the_same_after_many_distinct_characters():
    before = fold("Ñandú, ¿qué tal?")
    fold("".join(chr(c) for c in range(0x4E00, 0x4E00 + 6000)))  # more than the cache holds
    assert fold("Ñandú, ¿qué tal?") == before == "nandu   que tal "


def test_squash_and_words_use_the_folded_form():
    assert squash("  ¿Dónde   ESTÁ? ") == "donde esta"
    assert words("¿Dónde está el baño?") == ["donde", "esta", "el", "bano"]


# The near-miss spellings the grader corrects: (a, b, limit, transpositions, distance)
@pytest.mark.parametrize(
    "a, b, limit, swaps, want",
    [
        ("grasias", "gracias", 2, True, 1),  # a changed letter
        ("fubol", "futbol", 2, True, 1),  # a dropped letter
        ("hermnao", "hermano", 2, True, 1),  # two neighbours swapped: one edit
        ("hermnao", "hermano", 2, False, 2),  # without swaps, two changes
        ("cumpleanos", "cumpleaños", 1, True, 1),
        ("estudiante", "estudiante", 0, True, 0),
        ("casa", "perro", 2, True, 3),  # over the limit: limit + 1
        ("ab", "ba", 0, True, 1),
        ("", "abc", 5, True, 3),
        ("ca", "abc", 3, True, 3),  # optimal string alignment, not full Damerau: 3, not 2
        ("marca", "marcar", 1, False, 1),
    ],
)
def test_edit_distance_counts_the_edits_up_to_the_limit(a, b, limit, swaps, want):
    assert edit_distance(a, b, limit, swaps) == want == edit_distance(b, a, limit, swaps)
