"""The folded views of a word-data model's fields (meaning/words.py), cached per model and
field: a word list as a set, phrase lists as word tuples, the longest first."""

from functools import lru_cache

from pydantic import BaseModel

from langbot.text import fold


@lru_cache(maxsize=64)
def folded_set(words: BaseModel, field: str) -> frozenset[str]:
    """A word-list field, folded, as a set."""
    return frozenset(fold(w) for w in getattr(words, field))


@lru_cache(maxsize=64)
def phrase_tuples(words: BaseModel, field: str) -> tuple[tuple[str, ...], ...]:
    """A phrase-list field as folded word tuples, the longest first."""
    out = {tuple(fold(p).split()) for p in getattr(words, field)}
    return tuple(sorted(out, key=lambda p: (-len(p), p)))


@lru_cache(maxsize=16)
def group_tuples(words: BaseModel, field: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A field of named phrase lists as folded word tuples per name, the longest first."""
    out = {}
    for name, phrases in getattr(words, field).items():
        tuples = {tuple(fold(p).split()) for p in phrases}
        out[name] = tuple(sorted(tuples, key=lambda p: (-len(p), p)))
    return out
