"""A pronoun that stands only before a conjugated verb, with none after it: «Él le mensaje»,
«se saciando»."""

import unicodedata

from langbot.grading.lexicon import RULES_IGNORE, lexicon
from langbot.grading.rules.base import Context, Hit

_ACUTE = "\u0301"  # the written accent, as a combining mark
_VOWELS = "aeiou"


def pronoun_without_verb(ctx: Context):
    """«Él le mensaje», «se saciando»: a pronoun that stands only before a conjugated verb,
    then a noun, a gerund or a participle: the conjugated verb is missing."""
    a = ctx.analysis
    listed = {*ctx.words["before_verb_only"], *ctx.words["before_verb_form_only"]}
    for i in range(len(a) - 1):
        if a.at(i) not in listed or a.of(i - 1, "ADP"):
            continue
        nxt = a.readings[i + 1]
        nonfinite = a.only(i + 1, "VERB") and all(f.form in ("ger", "part") for f in nxt)
        if a.at(i) in ctx.words["before_verb_form_only"] and not a.accented(i) and nonfinite:
            yield Hit(i, i + 2, None, {"pronoun": a.original(i)})  # «se saciando»
        if a.at(i) not in ctx.words["before_verb_only"]:
            continue
        noun = a.only(i + 1, "NOUN") and not a.original(i + 1)[:1].isupper()
        # a noun read only as a name (no gender, no number) is a foreign word: «Les yeux»
        noun = noun and any(f.gender or f.number for f in nxt)
        if noun and _finite_too(a.at(i + 1)):
            continue  # «no me mates»: also a conjugated verb, which the lexicon knows
        if noun or nonfinite:
            yield Hit(i, i + 2, None, {"pronoun": a.original(i)})


def _finite_too(folded: str) -> bool:
    """The generated lexicon knows the word as a conjugated verb too («mates», «mate»), or
    as one with its last vowel accented («cayo»: «se me cayó»)."""
    last = max((i for i, c in enumerate(folded) if c in _VOWELS), default=None)
    spellings = [folded]
    if last is not None:
        accented = unicodedata.normalize("NFC", folded[last] + _ACUTE)
        spellings.append(folded[:last] + accented + folded[last + 1 :])
    readings = [r for w in spellings for r in lexicon().readings_folded(w)]
    return any(r.upos == "VERB" and r.person and r.source not in RULES_IGNORE for r in readings)
