"""The form an adjective needs, for the agreement rules' fixes, and where an adjective's
form is an adverb's word instead."""

from functools import lru_cache

from langbot.grading.inflection import feminine, plural
from langbot.grading.lexicon import RULES_IGNORE, lexicon
from langbot.grading.rules.base import Context
from langbot.text import fold


def adjective_fix(ctx: Context, i: int, gender: str | None, number: str) -> str | None:
    """The form of the adjective at i for a gender (None: its own) and number: from the
    vocabulary, else by regular inflection of its lemma."""
    a = ctx.analysis
    own = {f.gender for f in a.of(i, "ADJ")}
    if gender is None and len(own) == 1:
        gender = next(iter(own))
    fix = ctx.kb.vocabulary.adjective_form(a.at(i), gender, number)
    if fix:
        return fix
    lemmas = {f.lemma for f in a.of(i, "ADJ")}
    if len(lemmas) != 1:
        return None
    form = lemma = lemmas.pop()
    if gender == "f" and own != {None}:
        form = feminine(lemma)
        if None in own and not (form and known_form(form)):
            form = lemma  # «menor» (no «menora»): one form for both genders
        if form is None:
            return None
    form = plural(form) if number == "p" else form
    # a form the lexicon does not know is no word: the adjective keeps one form
    # («estanquillas multicolores», «vuelos chárter»: no «multicoloras», «chárteres»)
    return form if form and known_form(form) else None


def known_form(form: str) -> bool:
    """A word someone writes: a reading the rules read, and a participle only when the
    frequency list holds it («andados», «nadadas» exist only in conjugation tables: no
    one says a walk is «andada», so «estaban andado» is not fixed to them)."""
    readings = [r for r in lexicon().readings(form) if r.source not in RULES_IGNORE]
    if readings and all(r.upos == "VERB" for r in readings):
        return lexicon().rank(form) > 0
    return bool(readings)


@lru_cache(maxsize=4)
def _adverb_pairs(kb) -> frozenset[str]:
    adverbs = kb.vocabulary.function_words_by_type.get("adverbs", ())
    return frozenset(fold(w) for w in adverbs if len(w.split()) == 2)


def opens_adverb(ctx: Context, i: int) -> bool:
    """The word at i opens an adverb of two words of the vocabulary («pasado mañana»)."""
    a = ctx.analysis
    return f"{a.at(i)} {a.at(i + 1)}" in _adverb_pairs(ctx.kb)


def apposed_noun(a, k: int, adjectives) -> bool:
    """The singular adjective at k is a noun of its own too, which stands unchanged after a
    plural noun («palabras clave», «camisas rosa»); not an adjective said of a person, a
    noun of both genders («tres hermanas menor»: menores)."""
    lemmas = {f.lemma for f in adjectives if f.number != "p"}
    return any(f.lemma in lemmas and f.number == "s" and f.gender for f in a.of(k, "NOUN"))


def shade(ctx: Context, k: int) -> bool:
    """The adjective at k names the shade of a colour before it («azul oscuro»)."""
    a = ctx.analysis
    colour = any(set(ctx.words["colours"]) & f.classes for f in a.of(k - 1, "ADJ"))
    return colour and any(f.lemma in ctx.spelled["shades"] for f in a.of(k, "ADJ"))
