"""Is this answer Spanish at all? English, off-topic questions and answer-fishing.

English is told from Spanish with the word-frequency lists that ship with
pyspellchecker (loaded once, lazily), not with a hand-made word list. pyspellchecker's
Spanish list holds base forms only ("amigo", not "amigos" or "tengas"), so whether a word
is a common Spanish form, inflected or not, comes from `data/common_spanish.txt.gz`,
generated from wordfreq's list by scripts/generate_common_forms.py (wordfreq is not a
runtime dependency).
"""

import gzip
import re
import threading
import zlib
from functools import lru_cache
from pathlib import Path

from langbot.errors import LexiconError
from langbot.grading.words import grader_words
from langbot.text import fold, squash

COMMON_FORMS = Path(__file__).resolve().parent / "data" / "common_spanish.txt.gz"

_LOADING = threading.Lock()
ENGLISH_FLOOR = 1e-6  # a relative frequency below which a word is too rare to call English


def _frequencies() -> tuple[dict[str, float], dict[str, float]]:
    # A turn that arrives while the warm-up thread is loading waits for it, not loads twice.
    with _LOADING:
        return _load_frequencies()


@lru_cache(maxsize=1)
def _load_frequencies() -> tuple[dict[str, float], dict[str, float]]:
    from spellchecker import SpellChecker  # noqa: PLC0415 - 0.4 s to load, so only when needed

    def relative(lang: str, floor: float = 0.0) -> dict[str, float]:
        wf = SpellChecker(language=lang, distance=1).word_frequency
        total = wf.total_words
        out: dict[str, float] = {}
        for word, count in wf.dictionary.items():
            # Most entries are plain lower-case ASCII, which fold leaves as they are.
            key = word if word.isascii() and word.isalnum() else fold(word)
            out[key] = out.get(key, 0.0) + count / total
        return {w: f for w, f in out.items() if f > floor} if floor else out

    # English words at or below ENGLISH_FLOOR never count as English, so they are not kept.
    codes = grader_words().languages
    return relative(codes.spanish), relative(codes.english, ENGLISH_FLOOR)


def common_spanish(word: str) -> bool:
    """Whether a folded word is a common Spanish word form, inflections included."""
    with _LOADING:
        return word in _common_forms()


@lru_cache(maxsize=1)
def _common_forms() -> frozenset[str]:
    return read_common_forms(COMMON_FORMS)


def read_common_forms(path: Path) -> frozenset[str]:
    """The folded forms listed in a word-list file; a malformed one raises LexiconError."""
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as e:
        raise LexiconError(f"{path}: cannot be read as gzipped UTF-8 text ({e})") from e
    forms = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("#"):
            continue
        if not line or fold(line) != line or " " in line:
            raise LexiconError(f"{path}: line {number} ({line!r}): not one folded word form")
        forms.append(line)
    return frozenset(forms)


def warm_up() -> None:
    """Load the word-frequency lists now, so the first learner turn is not the slow one."""
    _frequencies()
    with _LOADING:
        _common_forms()


def english_share(words: list[str], spanish_words: frozenset[str] = frozenset()) -> float:
    """The share of words that are clearly English rather than Spanish."""
    if not words:
        return 0.0
    es, en = _frequencies()
    english = 0
    for w in words:
        if w in spanish_words or w.isdigit():
            continue
        e, s = en.get(w, 0.0), es.get(w, 0.0)
        if e > ENGLISH_FLOOR and e > 20 * s:
            english += 1
    return english / len(words)


def is_injection(text: str) -> bool:
    """Whether the text tries to get at the answer or at the tutor's instructions."""
    return bool(_patterns()[0].search(squash(text)))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The answer-fishing and help-request patterns, built from grader_words.yaml."""
    w = grader_words()
    injection = "|".join(re.escape(p) for p in sorted(w.injection, key=len, reverse=True))
    help_request = (
        rf"^(?:(?:{w.alternation('help_lead')})\s+)*(?:{'|'.join(w.help_requests)})"
        rf"(?:\s+(?:{w.alternation('help_tail')}))?$"
    )
    return re.compile(rf"\b(?:{injection})\b"), re.compile(help_request)


def is_help_request(text: str) -> bool:
    """Whether the learner asks for help, a meaning or a repeat instead of answering."""
    return bool(_patterns()[1].match(squash(text)))


def is_question(text: str) -> bool:
    """Whether the learner asked something instead of answering."""
    if "?" in text or "¿" in text:
        return True
    words = squash(text).split()
    w = grader_words()
    if not words or words[0] not in w.question_words or len(words) <= 2:
        return False
    # "por qué…?", not "por la tarde…": a word that opens a question only with a second one
    pairs = w.question_pairs
    return words[0] not in pairs or words[1] in pairs[words[0]]
