"""A word that is an adjective and also a noun or a number («segundo», «primero»), between a
determiner and a noun that agrees with the determiner («la segundo vez»): there it is the
adjective of that noun, so the word to fix is it, not the determiner."""

from langbot.grading.analysis import Analysis, Features

_OWN = ("ADJ", "NOUN", "NUM", "PRON", "DET", "ADV")


def adjective_before_noun(a: Analysis, i: int, slots, nouns) -> tuple[Features, ...]:
    """The adjective readings of the word after the determiner at i (whose (gender, number)
    are `slots`) when no noun reading of it agrees with the determiner and the word after
    it is only a noun that agrees with it («la segundo vez», «la primero vez»)."""
    k = i + 1
    adjectives = a.of(k, "ADJ")
    if not adjectives or a.original(k)[:1].isupper():
        return ()
    lemmas = {f.lemma for f in adjectives}
    if any(f.pos not in _OWN or (f.pos != "NOUN" and f.lemma not in lemmas) for f in a.readings[k]):
        return ()
    if any((f.gender, f.number) in slots for f in a.of(k, "NOUN")):
        return ()  # «el segundo día»: the determiner agrees with it either way
    after = nouns(a, k + 1)
    if not a.only(k + 1, "NOUN") or len(after) != 1 or a.original(k + 1)[:1].isupper():
        return ()
    if (after[0].gender, after[0].number) not in slots:
        return ()
    return adjectives
