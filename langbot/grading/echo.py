"""What the bot may echo and note about an answer: clean slot values, the learner's own name
or place on a miss, and accent notes in English."""

import re
from functools import lru_cache

from langbot.grading.knowledge import Knowledge, knowledge
from langbot.grading.matching import CoreMatch
from langbot.grading.orthography import restore_accents, unshout
from langbot.grading.tokens import BOUNDARY, Tokens
from langbot.lessons import Lesson
from langbot.text import fold, has_accent

_CAPITALISED_SLOTS = ("name", "place", "city", "country", "person")
_PLACE_SLOTS = ("place", "city", "country")
_CLEAN_VALUE = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")
_CLEAN_NUMBERISH = re.compile(r"[\w]+(?:[ ,:'’-]+[\w]+)*")


def slot_values(tokens: Tokens, core: CoreMatch) -> tuple[tuple[str, str], ...]:
    """The learner's own words for each slot the core filled, only where they are clean."""
    values = []
    for name, i, j in core.slots:
        if name.startswith(_PLACE_SLOTS) and _bare_core(tokens, core.start, i):
            i, j = _place_named_before(tokens, core.start) or (i, j)
        value = tokens.original_text(i, j)
        pattern = _CLEAN_VALUE if name.startswith(_CAPITALISED_SLOTS) else _CLEAN_NUMBERISH
        if not value or not pattern.fullmatch(value) or len(value) > 60 or _glued(tokens, i, j):
            continue  # only clean values are echoed: no links, markup or odd characters
        if name.startswith("name") and _plain_adjectives(value):
            continue  # «soy nueva aquí» names no one: no «¡Mucho gusto, Nueva!»
        values.append((name, _written(name, value)))
    return tuple(values)


def _plain_adjectives(value: str) -> bool:
    """Whether a name typed in lower case is only adjectives («nueva»), so likely none."""
    adjectives = knowledge().vocabulary.adjectives
    return value.islower() and all(fold(w) in adjectives for w in value.split())


def _bare_core(tokens: Tokens, start: int, slot: int) -> bool:
    """Whether a core is only its slot and small words before it («en …», «de …»)."""
    return all(w in knowledge().stop_words for w in tokens.words[start:slot])


def _place_named_before(tokens: Tokens, start: int) -> tuple[int, int] | None:
    """A known place just before a core, then a comma: in «vive en Manchester, en el norte de
    Inglaterra» the core found is the longer «en el norte de Inglaterra», and the echo names
    the place the learner named first (its tokens' span)."""
    if start < 2 or tokens.words[start - 1] != BOUNDARY:
        return None
    places = knowledge().vocabulary.places
    for i in range(max(0, start - 4), start - 1):  # a place of up to three words
        if " ".join(tokens.words[i : start - 1]) in places:
            return i, start - 1
    return None


def _written(name: str, value: str) -> str:
    """A slot value as the bot may echo it: accents restored, and a name or place typed all in
    lower (or upper) case capitalised word by word, except its small words (el norte de …)."""
    if name.startswith(_PLACE_SLOTS) and (value.islower() or value.isupper()):
        value = _places().get(fold(value), value)  # as the place is written: «Las Palmas»
    if name.startswith(_CAPITALISED_SLOTS) and (value.islower() or value.isupper()):
        small = _small_words()
        value = " ".join(
            w.lower() if fold(w) in small else w[:1].upper() + w[1:].lower() for w in value.split()
        )
    elif not name.startswith(_CAPITALISED_SLOTS) and value.isupper() and len(value) > 1:
        value = value.lower()  # «UN CAFÉ CON LECHE» is echoed «un café con leche»
    elif (
        not name.startswith(_CAPITALISED_SLOTS)
        and value[:1].isupper()
        and fold(value.split()[0]) in knowledge().spanish_words
    ):
        value = value[0].lower() + value[1:]  # capitalised only as the answer's first word
    if name.startswith(_PLACE_SLOTS):
        value = _without_plural_article(value)
    lead = value.split()
    while len(lead) > 1 and fold(lead[0]) in knowledge().adverbs_between:
        lead.pop(0)  # «mucho el café» echoes as «el café»
    return restore_accents(" ".join(lead))


def _without_plural_article(value: str) -> str:
    """A place named with a plural article, without it where the place is known so: «Me
    encanta Estados Unidos», not «Me encanta los Estados Unidos» (the verb would be plural)."""
    first, _, rest = value.partition(" ")
    article = fold(first)
    if article in knowledge().stop_words and article.endswith("s") and fold(rest) in _places():
        return rest
    return value


def _places() -> dict[str, str]:
    return knowledge().vocabulary.places


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    """Words kept in lower case inside a name or place («el norte de Inglaterra»)."""
    return knowledge().stop_words | frozenset(knowledge().vocabulary.nouns)


def _glued(tokens: Tokens, i: int, j: int) -> bool:
    """Whether a slot's words touch markup, a link or an address ("<b>Ana", "www.x", "a@b")."""
    while i < j and tokens.words[i] == BOUNDARY:
        i += 1
    while j > i and tokens.words[j - 1] == BOUNDARY:
        j -= 1
    if i >= j:
        return True
    start, end = tokens.spans[i][0], tokens.spans[j - 1][1]
    text = tokens.original
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in ".:" and start >= 2 and text[start - 2].isalnum():
        return True  # "evil.example"
    if after in ".:" and end + 1 < len(text) and text[end + 1].isalnum():
        return True  # "www.evil"
    return before in _MARKUP or after in _MARKUP


_MARKUP = set("<>/@#&=_\\[]{}|*`~^%+")


def accent_notes(
    text: str, accented: dict[str, str], names: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """Gentle English notes for words written without the accent or ñ they need: those the
    sentence shows (restore_accents), and the step's own words; a name (folded in `names`)
    is given with its capital (Sofía)."""
    notes = []
    written = _WORD.findall(text)
    restored = _WORD.findall(restore_accents(text))
    for word, right in zip(written, restored, strict=False):
        if has_accent(word):
            continue
        want = right if right != word else accented.get(fold(word))
        if want and fold(word) not in knowledge().words.ambiguous_accents or right != word:
            capital = word[:1].isupper() or _is_name(fold(word), names)
            want = want[:1].upper() + want[1:] if want and capital else want
        else:
            want = None
        if want and want != word:
            notes.append(f"«{word}» {_needs(word, want)}: «{want}»")
    return tuple(dict.fromkeys(notes))


_WORD = re.compile(r"[^\W\d_]+")


def _is_name(folded: str, names: frozenset[str]) -> bool:
    """Whether a word is one of the lesson's names, not a common word one of them is made of
    (the café of «Café Sol» is written «café»)."""
    return folded in names and folded not in _small_words()


def _needs(word: str, want: str) -> str:
    """What a word lacks, in English: an accent, the letter ñ, a capital, or two of them."""
    if want.lower() == word.lower():
        return "needs a capital letter"
    tilde = "ñ" in want.lower() and "ñ" not in word.lower()
    accent = any(c in "áéíóúü" for c in want.lower())
    if tilde and accent:
        return "needs its accent and the letter ñ"
    return "needs the letter ñ" if tilde else "needs an accent"


def guess_facts(
    lesson: Lesson, number: int, tokens: Tokens, kb: Knowledge
) -> tuple[tuple[str, str], ...]:
    """On a miss, the learner's own name or place if it stands out (a capitalised unknown
    word, or a known place), so a reveal says their facts, not the model answer's."""
    step = lesson.step(number)
    if not step.model_template:
        return ()
    wanted = [
        n
        for n in re.findall(r"\{(\w+)\}", step.model_template)
        if step.slots.get(n) in ("name", "place")
    ]
    if len(wanted) != 1:
        return ()
    run: list[int] = []
    shouted = unshout(tokens.original) != tokens.original  # capitals tell nothing then
    for i, word in enumerate(tokens.words):
        first = i == 0 or tokens.words[i - 1] == BOUNDARY or shouted
        text = tokens.original_text(i, i + 1)
        known_place = step.slots[wanted[0]] == "place" and word in kb.vocabulary.places
        if word != BOUNDARY and (
            (text[:1].isupper() and not first and word not in kb.spanish_words) or known_place
        ):
            run.append(i)
        elif run:
            break
    if not run:
        return ()
    value = tokens.original_text(run[0], run[-1] + 1)
    if value.islower() or value.isupper():
        value = kb.vocabulary.places.get(fold(value), value)  # «london» is written «London»
    return ((wanted[0], value),) if _CLEAN_VALUE.fullmatch(value) else ()  # fmt: skip
