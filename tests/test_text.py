"""Folding, the normal form every comparison uses: lower case, no accents, punctuation to
spaces, one character for one, so a span found in folded text is the same span in the original."""

import pytest

from langbot.text import fold, squash, words


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
