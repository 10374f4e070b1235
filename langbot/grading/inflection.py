"""Regular Spanish inflection for the vocabulary: plurals and feminines."""

_ACCENTED = str.maketrans("áéíóú", "aeiou")
_VOWELS = "aeiouáéíóú"


def _drop_final_accent(word: str) -> str:
    """canción -> cancion, inglés -> ingles: an accent on the last syllable goes in -es forms."""
    for i in range(len(word) - 1, -1, -1):
        if word[i] in "áéíóú":
            hiatus = word[i] in "íú" and i and word[i - 1] in "aeo"  # país -> países
            if not hiatus and not any(ch in _VOWELS for ch in word[i + 1 :]):
                return word[:i] + word[i].translate(_ACCENTED) + word[i + 1 :]
            return word
    return word


def plural(word: str) -> str:
    """The regular plural: vowel +s, z -> ces, consonant +es (canción -> canciones).

    Loanwords (a final consonant Spanish words do not end in, as in ticket or cómic, or two
    final consonants, as in camping or hobby) take -s.
    """
    if word[-1] in _VOWELS:
        return word + "s"
    if word[-1] not in "djlnrszxy" or (len(word) > 2 and word[-2] not in _VOWELS):
        return word + "s"
    if word.endswith("z"):
        return word[:-1] + "ces"
    return _drop_final_accent(word) + "es"


def feminine(word: str) -> str | None:
    """The regular feminine of an adjective, or None if it has one form for both genders."""
    if word.endswith("o"):
        return word[:-1] + "a"
    if word.endswith(("or", "ón", "ín", "és", "án")):
        return _drop_final_accent(word) + "a"
    return None
