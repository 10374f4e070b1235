"""Little words: contractions, y/e and o/u, and the preposition a verb takes."""

from langbot.grading.rules.base import Context, Hit


def _contraction(ctx: Context):
    a = ctx.analysis
    joins = ctx.words["joins"]
    for i, w in enumerate(a.words):
        pair = f"{w} {a.at(i + 1)}"
        if pair in ctx.words["contractible"] and not a.accented(i + 1):
            yield Hit(i, i + 2, next(j for j in joins if j[0] == w[0]))


def _starts_with_vowel_sound(word: str, vowel: str) -> bool:
    rest = word[1:] if word.startswith("h") else word
    return len(rest) > 1 and rest[0] == vowel and rest[1] not in "aeiou"


def _conjunction(ctx: Context, swap: str):
    conj, vowel, fix = ctx.words[swap]
    a = ctx.analysis
    for i, w in enumerate(a.words):
        nxt = a.at(i + 1)
        if w == conj and a.readings[i + 1 : i + 2] and a.readings[i + 1]:
            if _starts_with_vowel_sound(nxt, vowel) and a.original(i) == conj:
                yield Hit(i, i + 1, fix)


def _verb_preposition(ctx: Context):
    a = ctx.analysis
    takes_en = ctx.words["takes_en"]
    wrong = ctx.words["not_before_places"]
    places = ctx.kb.vocabulary.places
    for i in range(len(a) - 2):
        if a.at(i + 1) not in wrong:
            continue
        if not any(f.lemma in takes_en for f in a.present(i)):
            continue
        np = a.noun_phrase(i + 2)
        place = np is not None and "place" in np.noun.classes
        bare = a.at(i + 2) in places or a.at(i + 2) in ctx.words["bare_places"]
        if place or bare:
            yield Hit(i + 1, i + 2, next(iter(ctx.words["right"])))


FINDERS = {
    "contraction": _contraction,
    "y_before_i": lambda ctx: _conjunction(ctx, "y_e"),
    "o_before_o": lambda ctx: _conjunction(ctx, "o_u"),
    "verb_preposition_en": _verb_preposition,
}
