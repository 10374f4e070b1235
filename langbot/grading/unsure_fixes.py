"""The one-edit fix of a misspelling is given only when it is sure: not for a word written
with both gender endings («otroas», «bonitoa») unless the noun after it says which form the
learner meant («otroas hijos»: «otros»), nor for a preposition run together with a word after
it («porde»: no «pode»), nor for a word two edits away when common words are one («cuanfo»). A wrong fix is worse than none: learners copy it. Used by
spelling.py; the endings are data/grader_words.yaml's gender_endings."""

from langbot.grading.lexicon import lexicon
from langbot.grading.near_word_settings import near_words
from langbot.grading.slips import joined_phrase, one_edit
from langbot.grading.sound_alike import common_words, sound_key
from langbot.grading.tokens import BOUNDARY, Tokens
from langbot.text import edit_distance

GENDERS = ("Masc", "Fem")  # the lexicon's genders, in the order of a (masculine, feminine) pair


def sure_fix(tokens: Tokens, i: int, near: str, endings: dict[str, str]) -> str | None:
    """The fix for the unknown word at i: `near`, unless the word is a preposition and a word
    run together (None), or its other gender's form is one edit from the word too; then the
    form of the gender of the noun after it, else None."""
    word = tokens.words[i]
    if joined_phrase(word) or _nearer_words(word, near):
        return None
    pair = _gender_pair(near, endings)
    if pair is None or any(edit_distance(word, form, 1) != 1 for form in pair):
        return near
    if not all(lexicon().readings_folded(form) for form in pair):
        return near
    gender = _noun_gender(tokens, i + 1)
    return dict(zip(GENDERS, pair, strict=True)).get(gender or "")


def _nearer_words(word: str, near: str) -> bool:
    """`near` is two or more edits away though common words are one («cuanfo»: «cuando»,
    «cuanto», so no «cuatro» the step offers)."""
    if edit_distance(word, near, 1) <= 1 or _explained(word, near):
        return False
    common = common_words()
    return any(form in common for form in one_edit(word, near_words().letters))


def _explained(word: str, near: str) -> bool:
    """`near` accounts for the word by a slip learners make, so it is sure however many edits
    away: it sounds the same («yegar»: «llegar») or is a form of a verb whose stem the word
    keeps («comaba»: «comía», «lloría»: «lloraba»)."""
    rules = near_words().sound_alike
    if sound_key(word, rules) == sound_key(near, rules):
        return True
    lemmas = {r.lemma for r in lexicon().readings_folded(near) if r.upos in ("VERB", "AUX")}
    stems = {lemma[:-2] for lemma in lemmas if len(lemma) > 4}
    return any(word.startswith(stem) and near.startswith(stem) for stem in stems)


def _gender_pair(form: str, endings: dict[str, str]) -> tuple[str, str] | None:
    """The masculine and feminine forms of a folded form by its ending (the longest first:
    «otros», «otras»), or None when it has no gender ending."""
    for masculine, feminine in sorted(endings.items(), key=lambda e: -len(e[0])):
        for ending in (masculine, feminine):
            if form.endswith(ending):
                stem = form[: -len(ending)]
                return stem + masculine, stem + feminine
    return None


def _noun_gender(tokens: Tokens, j: int) -> str | None:
    """The one gender the lexicon gives the word at j as a noun, else None."""
    if j >= len(tokens.words) or tokens.words[j] == BOUNDARY:
        return None
    readings = lexicon().readings_folded(tokens.words[j])
    genders = {r.gender for r in readings if r.upos == "NOUN"}
    return genders.pop() if len(genders) == 1 else None
