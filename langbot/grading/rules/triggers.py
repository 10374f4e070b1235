"""A rule's trigger (speed only): the words, lemmas or parts of speech one of which a
sentence must hold for the rule's finder to find anything in it. The registry skips the
finder on a sentence with none of them, so a trigger may only name what the finder cannot
fire without (tests/grading/test_rule_triggers.py checks it on thousands of sentences)."""

from collections.abc import Callable, Iterable
from weakref import WeakKeyDictionary

from langbot.errors import LessonFileError
from langbot.grading.analysis import Analysis

# a trigger entry is "<how>:<what>": a folded word, a reading's lemma or part of speech, or
# every entry of one of the family's `words:` lists (as words, or as lemmas), every word of
# every entry of one («forms:determiner_sets»: el, la, los, las, un…), or every verb
# verbs.yaml lists with a behaviour («verbs:like_gustar»: a reading of one of them)
TRIGGER_PATTERN = r"^(word|lemma|upos|words|lemmas|forms|verbs):\S+$"

_KEYS: "WeakKeyDictionary[Analysis, frozenset[str]]" = WeakKeyDictionary()


def sentence_keys(a: Analysis) -> frozenset[str]:
    """Every key a trigger can name that the sentence holds, worked out once a sentence."""
    found = _KEYS.get(a)
    if found is None:
        keys = {"w:" + w for w in a.words}
        for readings in a.readings:
            for f in readings:
                keys.add("l:" + f.lemma)
                keys.add("u:" + f.pos)
        found = _KEYS[a] = frozenset(keys)
    return found


def trigger_keys(
    entries: list[str] | None,
    words: dict[str, tuple[str, ...]],
    verbs: Callable[[str], Iterable[str]],
    where: str,
) -> frozenset[str] | None:
    """A rule's trigger as the keys any one of which lets its finder run (None: it always
    runs), `verbs` naming the infinitives with a behaviour; LessonFileError, naming `where`,
    for a words list the family lacks."""
    if entries is None:
        return None
    keys = set()
    for entry in entries:
        kind, _, what = entry.partition(":")
        if kind in ("words", "lemmas", "forms"):
            if what not in words:
                raise LessonFileError(f"{where}: trigger {entry!r}: no words list {what!r}")
            prefix = "l:" if kind == "lemmas" else "w:"
            if kind == "forms":  # an entry lists several forms, any of which is one
                keys.update(prefix + w for entry in words[what] for w in entry.split())
            else:  # a phrase of the list holds its first word
                keys.update(prefix + w.split()[0] for w in words[what] if w.split())
        elif kind == "verbs":
            keys.update("l:" + lemma for lemma in verbs(what))
        else:
            keys.add({"word": "w:", "lemma": "l:", "upos": "u:"}[kind] + what)
    return frozenset(keys)
