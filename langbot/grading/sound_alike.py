"""Misspellings a learner makes by ear or by hand: a word spelt as a common one sounds
(«jugava» for «jugaba»: b and v, ll and y, a silent h, c, s and z), or with its
letters in the wrong order («hiceria», «amibalidad»).

The common words are the frequent Spanish forms the lexicon reads (never a name or an
English word); the spellings that sound alike are data (data/near_words.yaml `sound_alike`).
"""

import re
from functools import lru_cache

from langbot.grading.language import _common_forms
from langbot.grading.lexicon import RULES_IGNORE, lexicon

Rules = tuple[tuple[str, str], ...]  # a regular expression and what it becomes, in order


@lru_cache(maxsize=4)
def _compiled(rules: Rules) -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(a), b) for a, b in rules)


def sound_key(word: str, rules: Rules) -> str:
    """A folded word as it sounds: the spellings of one sound made one («llave»: «yabe»)."""
    for pattern, replacement in _compiled(rules):
        word = pattern.sub(replacement, word)
    return word


def _rank(folded: str) -> int:
    ranks = [r for r in (lexicon().rank(s) for s in lexicon().spellings(folded)) if r]
    return min(ranks, default=10**9)


def _spanish(folded: str) -> bool:
    return any(r.source not in RULES_IGNORE for r in lexicon().readings_folded(folded))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The common folded forms the lexicon reads as Spanish (not «facebook», not «the»)."""
    return frozenset(w for w in _common_forms() if w.isalpha() and _spanish(w))


@lru_cache(maxsize=4)
def sound_index(rules: Rules) -> dict[str, str]:
    """The common word each sound key spells, the commonest when several do."""
    best: dict[str, tuple[int, str]] = {}
    for word in common_words():
        key, rank = sound_key(word, rules), _rank(word)
        if key not in best or (rank, word) < best[key]:
            best[key] = (rank, word)
    return {key: word for key, (_rank_, word) in best.items()}


def sounds_like(word: str, rules: Rules) -> str | None:
    """The common word spelt with the same sounds as a folded word, other than itself."""
    found = sound_index(rules).get(sound_key(word, rules))
    return found if found != word else None


def reordered(word: str, reach: int) -> set[str]:
    """The common words with the same letters as a folded word, one letter moved up to
    `reach` places or two letters swapped across as many («hiceria»: «hiciera»)."""
    common, found = common_words(), set()
    n = len(word)
    for i in range(n):
        rest = word[:i] + word[i + 1 :]
        for j in range(max(0, i - reach), min(n, i + reach + 1)):
            moved = rest[:j] + word[i] + rest[j:]
            if moved != word and moved in common:
                found.add(moved)
        for j in range(i + 2, min(n, i + reach + 1)):
            swapped = word[:i] + word[j] + word[i + 1 : j] + word[i] + word[j + 1 :]
            if swapped != word and swapped in common:
                found.add(swapped)
    return found
