"""A word spelt letter by letter: «Brown: be, erre, o, uve doble, ene», «se escribe
B-R-O-W-N», «con be de Barcelona: B, R, O, W, N»."""

from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.tokens import BOUNDARY

_MIN_LETTERS = 3  # «Ana: a, ene, a»; two letters may be words («a, o»)


def read_spelled(s: Sentence) -> Found | None:
    """The answer ends in at least three letters (their names or single letters, or one
    word written with hyphens between its letters), and what comes before is only a name,
    a letter named after a word («be de Barcelona»), an opener («se escribe») or a courtesy."""
    letters = s.words.folded("letter_names")
    end = len(s)
    while end and s.w[end - 1] == BOUNDARY:
        end -= 1
    start, count = end, 0
    while start and (s.w[start - 1] == BOUNDARY or _letter(s, start - 1, letters)):
        start -= 1
        count += s.w[start] != BOUNDARY
    if count < _MIN_LETTERS and not (end and _hyphenated(s, end - 1)):
        return None
    if count < _MIN_LETTERS:
        start = end - 1
    openers = {k for i, j in s.phrases("spelling_openers") if j <= start for k in range(i, j)}
    for k in range(start):
        named = s.a.original(k)[:1].isupper() and not s.a.of(k, "VERB")
        after_letter = s.w[k] in s.words.folded("letter_links") and k and _letter(s, k - 1, letters)
        courtesy = s.w[k] in s.words.folded("courtesy_words")  # «Perdone: eme, i, ele…»
        fine = s.w[k] == BOUNDARY or k in openers or named or after_letter or courtesy
        if not (fine or _letter(s, k, letters)):
            return None
    return Found(0, end, (start, end))


def _letter(s: Sentence, k: int, letters: frozenset[str]) -> bool:
    """Token k names a letter, or is one letter alone."""
    word = s.w[k]
    return word in letters or (len(word) == 1 and word.isalpha())


def _hyphenated(s: Sentence, k: int) -> bool:
    """Token k was written as its letters joined by hyphens («B-R-O-W-N»)."""
    parts = s.a.original(k).split("-")
    return len(parts) >= _MIN_LETTERS and all(len(p) == 1 and p.isalpha() for p in parts)
