"""Words made of a prefix and a word the lexicon knows («exagentes», «providas»): made words,
which the lexicon need not list, never a learner's slip for a word one edit away."""

from langbot.grading.lexicon import RULES_IGNORE, lexicon

MADE_FROM = frozenset({"NOUN", "ADJ"})  # the words a prefix joins freely


def prefixed(word: str, settings) -> bool:
    """A folded word that is one of the settings' prefixes joined to a noun or adjective the
    lexicon knows, the rest at least `settings.prefix_rest_length` letters long."""
    for prefix in settings.prefixes:
        rest = word[len(prefix) :]
        if (
            word.startswith(prefix)
            and len(rest) >= settings.prefix_rest_length
            and _made_from(rest)
        ):
            return True
    return False


def _made_from(rest: str) -> bool:
    return any(
        r.upos in MADE_FROM and r.source not in RULES_IGNORE
        for r in lexicon().readings_folded(rest)
    )
