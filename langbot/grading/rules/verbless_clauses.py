"""Which clauses have no word that may be their verb, read once a sentence for the missing-verb
finders (rules/verbless.py, rules/conjunction_verbless.py)."""

from weakref import WeakKeyDictionary

from langbot.grading.analysis import Analysis
from langbot.grading.lexicon import lexicon
from langbot.grading.near_word_settings import near_words
from langbot.grading.near_words import nearest_word
from langbot.grading.rules.base import Context


def could_be_verb(ctx: Context, i: int) -> bool:
    """Token i may be a verb here: a verb reading that is not a participle, and not a little
    word («de», also «dé») nor a noun after its determiner or a preposition («la casa», «en
    casa», also «casa»)."""
    a = ctx.analysis
    capital = i > 0 and a.original(i)[:1].isupper()  # «Yo de España»: a name, no slip
    if not a.readings[i] and not capital and _few_unknown(a) and _misspelt_verb(a.at(i)):
        return True  # «Vivemos en Madrid»: a slip for a verb is no missing verb
    if not any(f.pos == "VERB" and f.form != "part" for f in a.readings[i]) or a.of(i, "ADP"):
        return False
    if a.of(i, "DET") and a.of(i + 1, "NOUN") and not any(f.person for f in a.of(i, "VERB")):
        return False  # «una estudiante»: an order (unir) only besides, so the article
    return not (a.of(i, "NOUN") and (a.of(i - 1, "DET") or a.only(i - 1, "ADP")))


def _few_unknown(a: Analysis) -> bool:
    """No more unknown words than the misspelling check looks at (more: another language)."""
    return sum(not r for r in a.readings) <= near_words().max_unknown


def _misspelt_verb(word: str) -> bool:
    """An unknown word one edit or one sound from a finite verb form (one with a person)."""
    near = nearest_word(word)
    return near is not None and any(
        r.upos in ("VERB", "AUX") and r.person for r in lexicon().readings_folded(near)
    )


_FOUND: "WeakKeyDictionary[Analysis, tuple[tuple[int, int], ...]]" = WeakKeyDictionary()


def verbless_clauses(ctx: Context) -> tuple[tuple[int, int], ...]:
    """Each clause with no word that may be its verb, not one a coordinator opens («…y muy
    guapa»), read once a sentence for every rule that asks."""
    a = ctx.analysis
    found = _FOUND.get(a)
    if found is None:
        coordinators = ctx.words["coordinators"]
        found = tuple(
            (start, end)
            for start, end in a.clauses
            if (start == 0 or a.at(start - 1) not in coordinators)
            and not any(could_be_verb(ctx, i) for i in range(start, end))
        )
        _FOUND[a] = found
    return found
