"""Is this answer Spanish at all? English, off-topic questions and answer-fishing.

English is told from Spanish with word-frequency lists (loaded once, lazily), not with a
hand-made word list: `data/word_frequencies.tsv.gz`, generated from pyspellchecker's Spanish
and English lists by scripts/generate_word_frequencies.py. Those lists hold base forms only
("amigo", not "amigos" or "tengas"), so whether a word is a common Spanish form, inflected or
not, comes from `data/common_spanish.txt.gz`, generated from wordfreq's list by
scripts/generate_common_forms.py (neither package is a runtime dependency).
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
ATTESTED_FORMS = Path(__file__).resolve().parent / "data" / "attested_spanish.txt.gz"
WORD_FREQUENCIES = Path(__file__).resolve().parent / "data" / "word_frequencies.tsv.gz"

_LOADING = threading.Lock()
COMMON_ENGLISH = 1e-5  # an English word this frequent is a common word, not a name
ENGLISH_FLOOR = 1e-6  # a relative frequency below which a word is too rare to call English
# an English word this frequent is a function word or a verb a beginner leans on (the, my, an,
# want), not a loanword or a name («hip hop», «brown»): English mixed in starts with one
ENGLISH_FUNCTION = 1e-3


def _frequencies() -> tuple[dict[str, float], dict[str, float]]:
    # A turn that arrives while the warm-up thread is loading waits for it, not loads twice.
    with _LOADING:
        return _load_frequencies()


@lru_cache(maxsize=1)
def _load_frequencies() -> tuple[dict[str, float], dict[str, float]]:
    return read_word_frequencies(WORD_FREQUENCIES)


def read_word_frequencies(path: Path) -> tuple[dict[str, float], dict[str, float]]:
    """The relative frequency of each folded Spanish and English word in a word-count file; a
    malformed one raises LexiconError naming the line."""
    codes = grader_words().languages
    spanish, english = codes.spanish, codes.english
    # A row: a language code (or `total`), a folded word, its count.
    count_row = re.compile(rf"^({spanish}|{english}|total)\t([^\W_A-Z]+)\t(\d+)$", re.M)
    lines = [line for line in _read_gzip(path).splitlines() if not line.startswith("#")]
    rows = count_row.findall("\n".join(lines))  # one pass in C, not a check per row
    if len(rows) != len(lines):
        number, line = next((n, x) for n, x in enumerate(lines, 1) if not count_row.fullmatch(x))
        raise LexiconError(
            f"{path}: row {number} ({line!r}): not {spanish}|{english}|total, a folded word, a count"
        )
    totals = {word: int(count) for kind, word, count in rows if kind == "total"}
    if set(totals) != {spanish, english} or not all(totals.values()):
        raise LexiconError(
            f"{path}: needs one `total` row with a count for each of {spanish}, {english}"
        )
    es: dict[str, float] = {}
    en: dict[str, float] = {}
    for kind, word, count in rows:
        if kind != "total":
            (es if kind == spanish else en)[word] = int(count) / totals[kind]
    return es, en


def _read_gzip(path: Path) -> str:
    try:
        return gzip.decompress(path.read_bytes()).decode("utf-8")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as e:
        raise LexiconError(f"{path}: cannot be read as gzipped UTF-8 text ({e})") from e


def common_spanish(word: str) -> bool:
    """Whether a folded word is a common Spanish word form, inflections included."""
    with _LOADING:
        return word in _common_forms()


@lru_cache(maxsize=1)
def _common_forms() -> frozenset[str]:
    return read_common_forms(COMMON_FORMS)


def attested_spanish(word: str) -> bool:
    """Whether natives write a folded word the lexicon lacks, if rarely («pesto», «dosier»)."""
    with _LOADING:
        return word in _attested_forms()


@lru_cache(maxsize=1)
def _attested_forms() -> frozenset[str]:
    return read_common_forms(ATTESTED_FORMS)


def read_common_forms(path: Path) -> frozenset[str]:
    """The folded forms listed in a word-list file; a malformed one raises LexiconError."""
    text = _read_gzip(path)
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
        _attested_forms()


def spanish_frequency(word: str) -> float:
    """The relative frequency of a folded Spanish base form in the subtitles' list (0 if absent)."""
    return _frequencies()[0].get(word, 0.0)


def english_share(words: list[str], spanish_words: frozenset[str] = frozenset()) -> float:
    """The share of words that are clearly English rather than Spanish."""
    if not words:
        return 0.0
    return sum(clearly_english(w, spanish_words) for w in words) / len(words)


def english_function_word(word: str) -> bool:
    """A folded word is among the most frequent English ones and no Spanish word."""
    es, en = _frequencies()
    return en.get(word, 0.0) >= ENGLISH_FUNCTION and en.get(word, 0.0) > 20 * es.get(word, 0.0)


def clearly_english(word: str, spanish_words: frozenset[str] = frozenset()) -> bool:
    """A folded word is clearly English rather than Spanish: far more frequent in English
    subtitles than in Spanish ones, and no word the vocabulary knows."""
    if word in spanish_words or word.isdigit():
        return False
    es, en = _frequencies()
    e, s = en.get(word, 0.0), es.get(word, 0.0)
    return e > ENGLISH_FLOOR and e > 20 * s


def english_word(word: str) -> bool:
    """A folded word is a common English word and no Spanish one («frozen», «friends»):
    common enough that it is no person's name («john» is rarer)."""
    es, en = _frequencies()
    return en.get(word, 0.0) > COMMON_ENGLISH and not es.get(word)


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
