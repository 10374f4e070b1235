"""Misspellings one edit does not reach, each found by how learners make it:

- a verb form given the ending of another conjugation («lloría» for «lloraba», «comaba» for
  «comía», «vivaron» for «vivieron»): the same tense and person of the verb the stem makes;
- a short stretch written wrong in a longer word, two or three letters where one or two
  belong («descriptir»: «describir», «basbol»: «beisbol»): the only common word that differs
  from it there;
- the right letters in the wrong order in a long word («suecrestada»: «secuestrada»);
- a doubled letter in a capitalised word that opens a sentence («Jullio dice…»: «Julio»);
- a pronoun written joined to the conjugated verb after it («Legusta»: «le gusta»);
- an «i» typed for the «¡» before a capitalised word («iDios mío!»: «¡Dios»).

Each gives a word only when it is the one common word the slip leads to; an unknown word
near no common word is never a misspelling. Data: data/near_words.yaml.
"""

from functools import lru_cache

from langbot.grading.lexicon import RULES_IGNORE, lexicon
from langbot.grading.sound_alike import common_words
from langbot.text import edit_distance, fold


def _verb_of(form: str, infinitive: str) -> bool:
    """The lexicon reads a folded form as a form of that (folded) infinitive."""
    return any(
        r.upos in ("VERB", "AUX") and fold(r.lemma) == infinitive and r.source not in RULES_IGNORE
        for r in lexicon().readings_folded(form)
    )


def other_conjugation(word: str, endings: list[dict[str, str]], written: str = "") -> str | None:
    """The form of the stem's verb with the ending of its own conjugation, for a folded word
    with the same ending of another one («lloria»: «lloraba»). `endings`: for each tense and
    person, the ending of each infinitive ending, accents kept («ar»: «aba», «er»: «ía»);
    `written`: the word as the learner wrote it, whose accent, if any, must be the ending's
    («lloría», not «durián»)."""
    accented = fold(written) != written
    for group in endings:
        for spelt in set(group.values()):
            end = fold(spelt)
            if not word.endswith(end) or len(word) < len(end) + 2:
                continue
            if accented and not written.endswith(spelt):
                continue
            stem = word[: -len(end)]
            for infinitive, ending in group.items():
                form = stem + fold(ending)
                if fold(ending) != end and _verb_of(form, stem + infinitive):
                    return form
    return None


# letters a stretch written wrong leaves at the end: an ending changed is more often another
# word made from the same stem («pantallazo», «protagonico») than a slip
KEPT_END = 2


def _alike(cut: str, put: str, vowels: str, pairs: list[str] | None) -> bool:
    """Two stretches a learner writes for each other, one letter for two or two for one:
    vowels for vowels («a» for «ei»), or, given `pairs`, a letter for one that sounds near
    it and another («pt» for «b»); not a vowel for a consonant («persia» is no «persona»)."""
    if set(cut + put) <= set(vowels):
        return True
    return bool(pairs) and any(x + y in pairs or y + x in pairs for x in cut for y in put)


def garbled(word: str, settings) -> str | None:
    """The one common word that differs from a folded word in one letter written for two
    alike or two for one (not only left out or added: «pilchas» is no «pilas»), other than
    by one edit, its first letter and last two kept («descriptir»: «describir», «basbol»:
    «beisbol»)."""
    chunk, letters = settings.garble_chunk, settings.letters
    if len(word) < settings.garble_length:
        return None
    common, found = common_words(), set()
    pairs = settings.garble_alike if len(word) >= settings.garble_consonant_length else None
    sizes = [(a, b) for a in range(1, chunk + 1) for b in range(1, chunk + 1) if a != b]
    fillers = {1: list(letters), 2: [x + y for x in letters for y in letters]}
    for i in range(1, len(word) + 1):
        for cut, put in sizes:
            if i + cut + KEPT_END > len(word):
                continue
            head, tail = word[:i], word[i + cut :]
            for f in fillers[put]:
                if head + f + tail in common and _alike(
                    word[i : i + cut], f, settings.vowels, pairs
                ):
                    found.add(head + f + tail)
    found = {w for w in found if edit_distance(word, w, 1) > 1}  # one edit: near_words' own
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=1)
def _by_letters() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for w in common_words():
        index.setdefault("".join(sorted(w)), []).append(w)
    return {k: tuple(v) for k, v in index.items()}


def index_letters() -> None:
    """Build the common words' index by their letters now, off a turn's path."""
    _by_letters()


def scrambled(word: str, min_length: int) -> str | None:
    """The one common word with the same letters as a long folded word and the same first
    letter («suecrestada»: «secuestrada»)."""
    if len(word) < min_length:
        return None
    found = [w for w in _by_letters().get("".join(sorted(word)), ()) if w[0] == word[0]]
    return found[0] if len(found) == 1 and found[0] != word else None


def undoubled(word: str) -> str | None:
    """The common noun or adjective a folded word is with one doubled letter written once
    («jullio»: «julio»; not «marcello»: «marcelo» is a name)."""
    for i in range(len(word) - 1):
        if word[i] == word[i + 1]:
            single = word[:i] + word[i + 1 :]
            readings = lexicon().readings_folded(single)
            if single in common_words() and any(
                r.upos in ("NOUN", "ADJ") and r.source not in RULES_IGNORE for r in readings
            ):
                return single
    return None


# a verb form left after the pronoun must be this long: «sera» is no «se» + «ra»
MIN_HOST = 3
FINITE_MOODS = ("Ind", "Sub")
FUNCTION_RANK = 50  # a preposition run together with the words after it is this common
PHRASE_RANK = 5000  # and the word ending the phrase this common («alan» is no «a lan»)


def run_together(word: str, clitics: list[str]) -> str | None:
    """A pronoun and the conjugated verb it goes before, written as one folded word
    («legusta»: «le gusta», «nosvemos»: «nos vemos»); the longest pronoun first."""
    for clitic in sorted(clitics, key=len, reverse=True):
        host = word[len(clitic) :]
        if word.startswith(clitic) and len(host) >= MIN_HOST and _finite(host):
            return f"{clitic} {host}"
    return None


def _finite(form: str) -> bool:
    """The lexicon reads a folded form as a conjugated verb, not a command."""
    return any(
        r.upos in ("VERB", "AUX") and r.mood in FINITE_MOODS and r.source not in RULES_IGNORE
        for r in lexicon().readings_folded(form)
    )


def one_edit(word: str, letters: str) -> set[str]:
    """Every form a letter dropped, added, changed, or two swapped, make of the word."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in letters}
    edits |= {a + c + b for a, b in splits for c in letters}
    edits.discard(word)
    return edits


def swapped(form: str, word: str) -> bool:
    """Two letters swapped keep every letter: sure enough in a short word («mader»: «madre»)."""
    return sorted(form) == sorted(word)


def bare_plural(word: str, endings: dict[str, str]) -> str | None:
    """A noun or adjective that ends in a consonant made plural with a bare -s, where Spanish
    adds -es («construccións»: «construcciones», «marrons»: «marrones»): the plural the
    lexicon knows, not the singular one edit away."""
    for bare, full in endings.items():
        base = word[: -len(bare)]
        if not word.endswith(bare) or not base:
            continue
        if not any(r.upos in ("NOUN", "ADJ") and r.number == "Sing" for r in _nominal(base)):
            continue
        if any(r.upos in ("NOUN", "ADJ") and r.number == "Plur" for r in _nominal(base + full)):
            return base + full
    return None


def _nominal(form: str):
    return [r for r in lexicon().readings_folded(form) if r.source not in RULES_IGNORE]


def joined_phrase(word: str) -> str | None:
    """A preposition and one or two words after it written as one folded word («alomejor»:
    «a lo mejor», «enserio»: «en serio», «porde»: «por de»), the last a common word that is
    no verb, name, article or pronoun («Amanda», «Consuelo», «Adela», «Alan» stay names);
    None when no split reads so."""
    for cut in range(len(word) - 2, 0, -1):  # the longest preposition first
        if "ADP" not in _upos(word[:cut]) or not _function_word(word[:cut]):
            continue
        rest = word[cut:]
        for pieces in [(rest,)] + [(rest[:k], rest[k:]) for k in range(2, len(rest) - 1)]:
            if all(_function_word(p) for p in pieces[:-1]) and _phrase_end(pieces[-1]):
                return " ".join((word[:cut], *pieces))
    return None


def _function_word(form: str) -> bool:
    """One of the commonest forms (prepositions, articles, pronouns)."""
    rank = lexicon().rank(form)
    return bool(_upos(form)) and 0 < rank <= FUNCTION_RANK


def _phrase_end(form: str) -> bool:
    """A common word that may end a phrase: no verb, name, article or pronoun; a short one
    only if it is a function word («de»; not «na» of «Ana»)."""
    upos, rank = _upos(form), lexicon().rank(form)
    if not upos or upos & {"VERB", "AUX", "PROPN"} or upos <= {"DET", "PRON"}:
        return False
    return (len(form) > 2 and 0 < rank <= PHRASE_RANK) or _function_word(form)


def _upos(form: str) -> set[str]:
    """The parts of speech the lexicon gives a common folded form (none if it is rare)."""
    if form not in common_words():
        return set()
    return {r.upos for r in lexicon().readings_folded(form) if r.source not in RULES_IGNORE}


def opening_mark(written: str) -> str | None:
    """The word as written with its first letter an «i» typed for «¡», when the rest is a
    capitalised word the lexicon knows («iDios»: «¡Dios»; not «iPhone»)."""
    rest = written[1:]
    if written[:1] != "i" or not rest[:1].isupper() or not rest[1:].islower():
        return None
    readings = lexicon().readings_folded(fold(rest))
    return f"¡{rest}" if any(r.source not in RULES_IGNORE for r in readings) else None
