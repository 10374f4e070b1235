"""The readings an accent the learner wrote leaves of a word's folded readings: «jugó» is no
«jugo», «él» no «el», «habló» the preterite, never «hablo» (layered_lexicon.py asks)."""

from langbot.grading.analysis import Features
from langbot.text import fold as fold_word

# the word classes an accent tells apart by what the accented spelling is known as
WORD_CLASS = {"NOUN": "NOMINAL", "ADJ": "NOMINAL", "VERB": "VERB", "AUX": "VERB"}
# closed classes an accent tells apart: «él», «tú», «mí» are no determiner, «salvó» no «salvo»
_TOLD = frozenset({"ADP", "DET"})


def fitting(
    found: tuple[Features, ...], folded: str, lowered: str, written: tuple[Features, ...]
) -> tuple[Features, ...]:
    """The readings an accent the learner wrote leaves: not a noun or adjective spelt with
    its accent elsewhere («jugó» is no «jugo», «Ésta» no «esta»), nor a verb or noun when the
    accented spelling is known as neither («Ésta» is no «está», «cómo» no «como»), nor a
    preposition or determiner the accented spelling is not («salvó» is no «salvo», «él» no
    «el»)."""
    have = {WORD_CLASS.get(f.pos) for f in written}
    told = {f.pos for f in written}
    named = {f.lemma for f in written if WORD_CLASS.get(f.pos) == "NOMINAL"}
    kept = tuple(
        f
        for f in found
        if (f.pos not in WORD_CLASS and (f.pos not in _TOLD or not written or f.pos in told))
        or (
            written
            and f.pos in WORD_CLASS
            and WORD_CLASS[f.pos] in have
            and not _other_noun(f, named)
        )
        or (not written and not (f.lemma != lowered and fold_word(f.lemma) == folded))
    )
    # A verb's accent tells its tense and person: «habló» is the preterite, never «hablo».
    verbs = [f for f in written if f.pos == "VERB"]
    if not verbs:
        return kept
    fit = tuple(f for f in kept if f.pos != "VERB" or any(_same_form(f, w) for w in verbs))
    if not any(f.pos == "VERB" for f in kept):
        return fit
    said = [f for f in fit if f.pos == "VERB"]
    if not said:
        return fit + tuple(dict.fromkeys(verbs))
    forms = {f.form for f in said}  # the other persons of a form kept: «sería» is 1s and 3s
    # and the subjunctive the accent tells from a function word: «esté» (not «este»), «dé»
    subjunctive = {f.lemma for f in said}
    more = (
        w
        for w in verbs
        if (w.form in forms or (w.form == "subj" and w.lemma in subjunctive))
        and not any(_same_form(f, w) for f in said)
    )
    return tuple(dict.fromkeys((*fit, *more)))


def _other_noun(curated: Features, named: set[str]) -> bool:
    """A curated noun or adjective with no accent in its lemma that the accented spelling
    is not («carné» is no «carne», «papá» no «papa»)."""
    nominal = WORD_CLASS.get(curated.pos) == "NOMINAL"
    lemma = curated.lemma
    return nominal and bool(named) and lemma not in named and fold_word(lemma) == lemma


def _same_form(curated: Features, written: Features) -> bool:
    """Two verb readings of one tense and person (a curated one may leave the person open)."""
    return curated.form == written.form and curated.person in (None, written.person)
