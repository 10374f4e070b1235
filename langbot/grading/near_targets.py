"""Which lesson word an unknown word is nearest: edit distance, gender variants, first sounds."""

from functools import lru_cache

from langbot.grading.knowledge import Knowledge
from langbot.grading.language import _frequencies, common_spanish
from langbot.grading.lexicon import lexicon
from langbot.grading.near_word_settings import near_words
from langbot.grading.sound_alike import sound_key
from langbot.text import edit_distance


def distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein distance (optimal string alignment), cut off at `limit` + 1."""
    return edit_distance(a, b, limit)


def _allowed(word: str) -> int:
    return 1 if len(word) <= 4 else 2


def known_word(word: str, kb: Knowledge) -> bool:
    """A word the vocabulary, the frequency lists or the lexicon (not its guesses) knows."""
    es, _ = _frequencies()
    if word in kb.spanish_words or word in es or word.isdigit() or common_spanish(word):
        return True
    # the lexicon the rules read (loaded in the start-up warm-up); its guesses from a word's
    # ending are no evidence that the word exists
    return any(r.source != "suffix" for r in lexicon().readings_folded(word))


def gender_variant(word: str, target: str, kb: Knowledge) -> bool:
    """The same stem with the other gender ending («gatita», «gatito»): an inflection."""
    for masculine, feminine in kb.words.gender_endings.items():
        for x, y in ((masculine, feminine), (feminine, masculine)):
            if word.endswith(x) and target.endswith(y) and word[: -len(x)] == target[: -len(y)]:
                return True
    return False


def nearest_target(
    word: str, targets, kb: Knowledge, preferred: frozenset[str] = frozenset()
) -> str | None:
    """The target nearest the word; among equally near ones (for «agusto», «agosto» and
    «gusto»), a preferred one (the step's own words), then the commoner, then the first in
    alphabetical order: never the order of a set, which changes with the hash seed."""
    es = _frequencies()[0]
    best, best_key = None, None
    for t in targets:
        if gender_variant(word, t, kb):
            continue
        d = distance(word, t, 2)
        # two edits and the first letter changed too: another word («cuchis» is no «muchas»)
        if d <= _allowed(t) and d < len(t) // 2 + 1 and (d < 2 or _same_start(word, t)):
            key = (d, t not in preferred, -es.get(t, 0.0), t)
            if best_key is None or key < best_key:
                best, best_key = t, key
    return best


def _same_start(word: str, target: str) -> bool:
    """The two words start with the same sound («kince»: «quince», «yamo»: «llamo»)."""
    rules = near_words().sound_alike
    return sound_key(word, rules)[:1] == sound_key(target, rules)[:1]


@lru_cache(maxsize=1)
def _long_nouns(kb: Knowledge) -> tuple[str, ...]:
    return tuple(n for n in kb.vocabulary.nouns if len(n) >= 6 and " " not in n)


def nearest_noun(word: str, kb: Knowledge) -> str | None:
    """A long lesson noun one letter away ("fubol" for fútbol); of several, the commoner,
    then the first in alphabetical order."""
    if len(word) < 5:
        return None
    near = [
        noun
        for noun in _long_nouns(kb)
        if abs(len(noun) - len(word)) <= 1
        and noun[0] == word[0]
        and distance(word, noun, 1) <= 1
        and not gender_variant(word, noun, kb)
    ]
    es = _frequencies()[0]
    return min(near, key=lambda noun: (-es.get(noun, 0.0), noun), default=None)
