"""Misspelled lesson words: only where the correction is certain.

A word counts as misspelled when it is no known Spanish word and one or two letters away
from a word the step expects, and (inside the answer's core) when correcting it makes the
answer right. Names and other unknown words are never errors. A word is known when the
vocabulary, the frequency lists or the lexicon (224k forms: «pecas», «atrapó») has it; a
capitalised unknown word that heads a name or a clause is a name («Hasan tiene…», «Tana
Ramsay»); a word that differs from a target only in its gender ending («gatita», «gatito»)
is an inflection, not a misspelling.
"""

from functools import lru_cache

from langbot.grading.grammar import GrammarError
from langbot.grading.knowledge import Knowledge
from langbot.grading.language import _frequencies, attested_spanish, common_spanish
from langbot.grading.lexicon import lexicon
from langbot.grading.matching import find_core, tag_stream
from langbot.grading.meaning import meaning_cores
from langbot.grading.meaning.topic import lesson_text
from langbot.grading.misplaced_accents import misplaced_accents
from langbot.grading.names import capitalised, heads_a_name
from langbot.grading.near_targets import (
    distance,
    known_word,
    nearest_noun,
    nearest_target,
)
from langbot.grading.near_word_settings import near_words
from langbot.grading.near_words import (
    a_common_word,
    cognate_spelling,
    homophone,
    keeps_diacritic,
    nearest_word,
    regular_form,
    written_fix,
)
from langbot.grading.slips import opening_mark, undoubled
from langbot.grading.tokens import BOUNDARY, Tokens, tokenize
from langbot.grading.unsure_fixes import sure_fix
from langbot.grading.written import hyphenated, inside_quotes
from langbot.lessons import Lesson
from langbot.notation import check_pattern
from langbot.text import fold, unaccented

SENTENCE_MARKS = ".!?¡¿…:;"  # what ends or opens a sentence before a word


@lru_cache(maxsize=1024)
def _targets(lesson: Lesson, number: int) -> frozenset[str]:
    step = lesson.step(number)
    words = set()
    for source in step.accept:
        words |= {fold(w) for w in check_pattern(source).literal_words}
    for values in step.slots.values():
        if isinstance(values, list):
            for v in values:
                words.update(fold(v).split())
    return frozenset(w for w in words if len(w) >= 3)


@lru_cache(maxsize=1024)
def _model_words(lesson: Lesson, number: int) -> frozenset[str]:
    """The folded words of the step's model answer: the nearest of two equally near
    corrections is the one the tutor itself uses («sige»: «sigue», not «siga»)."""
    return frozenset(tokenize(lesson.step(number).model_answer).words)


def correct_spelling(
    lesson: Lesson, number: int, tokens: Tokens, kb: Knowledge
) -> list[GrammarError]:
    """If fixing near-miss words makes the core appear, those words are spelling errors."""
    targets = _targets(lesson, number)
    fixes = {}
    for i, word in enumerate(tokens.words):
        if word == BOUNDARY or word in targets or word in kb.persons or len(word) < 2:
            continue
        if word in kb.vocabulary.nouns or word in kb.vocabulary.adjectives:
            continue
        if word in kb.vocabulary.function_words or _frequencies()[0].get(word, 0.0) > 2e-5:
            continue  # a common Spanish word ("por") is no misspelling, whatever it is near
        near = nearest_target(word, targets, kb, _model_words(lesson, number))
        if near:
            fixes[i] = near
    if not fixes:
        return []
    fixed = Tokens(
        tokens.original, tuple(fixes.get(i, w) for i, w in enumerate(tokens.words)), tokens.spans
    )
    if find_core(lesson, number, tag_stream(fixed, kb)) is None and not meaning_cores(
        lesson.step(number), fixed, kb, lesson.title, lesson_text(lesson)
    ):
        return []
    return [
        GrammarError("spelling", f"Check the spelling of «{tokens.original_text(i, i + 1)}».", i, i + 1, fixes[i])
        for i in sorted(fixes)
    ]  # fmt: skip


@lru_cache(maxsize=1)
def _courtesy_words(kb: Knowledge) -> frozenset[str]:
    words = {w for w in kb.words.courtesy_numbers if len(w) >= 4}
    for group in ("thanks", "politeness", "greeting", "farewell"):
        for phrase in kb.vocabulary.phrases.get(group, ()):
            words.update(w for w in phrase.split() if len(w) >= 5)
    return frozenset(words)


def _sentence_start(tokens: Tokens, i: int) -> bool:
    """The word opens the text or follows a full stop, ? or ! (not a comma: «…, Tana»)."""
    before = tokens.original[: tokens.spans[i][0]].rstrip()
    return not before or before[-1] in SENTENCE_MARKS


def _a_name(tokens: Tokens, i: int, kb: Knowledge) -> bool:
    """A capitalised unknown word inside a clause is a name; at a clause's start (after a
    comma, or heading a verb in the third person) too, unless it is one letter from a lesson
    noun («Fubol es divertido») or a common word with a letter doubled («Jullio dice…»)."""
    if i > 0 and tokens.words[i - 1] != BOUNDARY:
        return True
    if _sentence_start(tokens, i) and not heads_a_name(tokens, i):
        return False
    word = tokens.words[i]
    full_name = i + 1 < len(tokens.words) and tokens.words[i + 1] != BOUNDARY
    if full_name and capitalised(tokens, i + 1):
        return True  # «Arrigo Sacchi recupera…»: a first name and a surname
    return nearest_noun(word, kb) is None and undoubled(word) is None


def step_words(lesson: Lesson, number: int) -> frozenset[str]:
    """The words a step's patterns and values spell out (for near-miss spellings)."""
    return _targets(lesson, number)


def spelt(errors: list[GrammarError]) -> set[int]:
    """The tokens a grammar rule already names a misspelling of («quatro») or gives the one
    word to write instead of («hacimos»: hicimos): not twice."""
    named = [e for e in errors if e.kind == "spelling" or (e.fix and e.end - e.start == 1)]
    return {k for e in named for k in range(e.start, e.end)}


def misspelled_extras(
    tokens: Tokens, kb: Knowledge, skip: set[int], step_words: frozenset[str] = frozenset()
) -> list[GrammarError]:
    """Unknown words around a right core that are near-misses of courtesy or step words, or,
    in a sentence with few unknown words, one edit from a word the lexicon knows."""
    targets = _courtesy_words(kb) | step_words
    unknown = [i for i in range(len(tokens.words)) if _unknown(tokens, i, kb, skip)]
    general = len(unknown) <= near_words().max_unknown
    errors = []
    for i in unknown:
        word, general_here = tokens.words[i], general and not inside_quotes(tokens, i)
        if _in_title(tokens, i, kb):
            continue  # «Leímos El principito»: a title's own words
        if regular_form(word) or regular_form(unaccented(tokens.original_text(i, i + 1))):
            continue  # «oírte», «Sírvete»: no misspelt «siete»; «Cíñete» (ciñe, not cine)
        if opened := opening_mark(tokens.original_text(i, i + 1)):  # «iDios»: «¡Dios»
            errors.append(GrammarError("spelling", f"Write «{opened}».", i, i + 1, opened))
            continue
        if _english(word):  # an English word is no misspelling but for a cognate's
            near = cognate_spelling(word) if general_here else None
        else:
            near = cognate_spelling(word) or (homophone(word) if general_here else None)
            near = near or _closest(tokens, i, targets, kb, step_words, general_here)
        quoted = tokens.original_text(i, i + 1)
        if near and keeps_diacritic(quoted, near) and a_common_word(quoted, near):
            fix = sure_fix(tokens, i, near, kb.words.gender_endings)  # «otroas hijos», «porde»
            fix = fix and written_fix(fix, quoted.lower())  # «ocurió»: «ocurrió», not «ocurrio»
            errors.append(
                GrammarError("spelling", f"Check the spelling of «{quoted}».", i, i + 1, fix)
            )
    return errors + misplaced_accents(tokens, kb, skip)  # fmt: skip


def _closest(
    tokens: Tokens, i: int, targets, kb: Knowledge, step_words: frozenset[str], general: bool
) -> str | None:
    """A step or courtesy word near the unknown one («sapato»: not «sábado»), unless a word
    the lexicon knows is fewer edits away («vivemos»: «vivimos», not «vemos»)."""
    word = tokens.words[i]
    if attested_spanish(word):  # «patota»: natives write it, no slip of «patata»…
        return nearest_target(word, step_words, kb, step_words)  # …but of what the step asks
    near = nearest_target(word, targets, kb, step_words) or nearest_noun(word, kb)
    written = tokens.original_text(i, i + 1).lower()
    one_edit = nearest_word(word, fold(written) != written, written) if general else None
    if near and one_edit and distance(word, one_edit) < distance(word, near):
        return one_edit
    return near or one_edit


def _in_title(tokens: Tokens, i: int, kb: Knowledge) -> bool:
    """An article written with a capital inside the sentence opens a title just before i."""
    articles = kb.vocabulary.function_words_by_type.get("articles", frozenset())
    return any(
        0 < j
        and tokens.words[j - 1] != BOUNDARY
        and tokens.words[j] in articles
        and capitalised(tokens, j)
        and BOUNDARY not in tokens.words[j:i]
        for j in range(max(0, i - 2), i)
    )


def _unknown(tokens: Tokens, i: int, kb: Knowledge, skip: set[int]) -> bool:
    """An unknown word that is no name (an English one too)."""
    word = tokens.words[i]
    if i in skip or word == BOUNDARY or len(word) < 3:
        return False
    if known_word(word, kb) and not (_spanish_unknown(word, kb) and _english(word)):
        return False
    if tokens.original_text(i, i + 1).isupper() or hyphenated(tokens, i):
        return False  # «RIAZOR FUE OTRA VEZ…»: a headline or an acronym; a compound
    return not (capitalised(tokens, i) and _a_name(tokens, i, kb))


def _english(word: str) -> bool:
    """An English word: in the English frequency list, or only English in the lexicon."""
    readings = lexicon().readings_folded(word)
    return word in _frequencies()[1] or (
        bool(readings) and all(r.source == "foreign" for r in readings)
    )


def _spanish_unknown(word: str, kb: Knowledge) -> bool:
    """No Spanish list or Spanish reading of the lexicon knows the word («professor»)."""
    if word in kb.spanish_words or word in _frequencies()[0] or common_spanish(word):
        return False
    return all(r.source in ("suffix", "foreign") for r in lexicon().readings_folded(word))
