"""What surrounds an answer's core: whether the learner says more than the answer, uses a verb
the step is not about, asks a question, or writes English around it. The judge reads these to
decide whether a core it found really answers the step."""

from functools import lru_cache

from langbot.grading.knowledge import Knowledge, knowledge
from langbot.grading.language import (
    clearly_english,
    english_function_word,
    english_share,
    english_word,
)
from langbot.grading.matching import CoreMatch
from langbot.grading.meaning.asked import asked_back
from langbot.grading.meaning.words import meaning_words
from langbot.grading.openers import opening_phrases
from langbot.grading.tokens import BOUNDARY, Tokens, tokenize
from langbot.lessons import Lesson, Step
from langbot.text import fold

# Who answers a question about whom: the persons the question's own verb may take in the answer.
_ANSWERING = {
    "i": frozenset({"1s", "1p"}),
    "other": frozenset({"3s", "3p"}),
    "family": frozenset({"1p", "3s", "3p"}),
}
_WITH = "+"  # joins an indirect pronoun and a verb's person: «me» + 3s


_ASKER = frozenset({"2s"})  # the one who asks, never who answers nor a third (a subject left out)


def says_more(tokens: Tokens, core: CoreMatch, kb: Knowledge) -> bool:
    """Whether words outside a weak core make a statement of their own (a verb), other than
    a clause after «pero» or «porque» that follows an answer opening with the core."""
    words = tokens.words
    # "No, pero me gustan los gatos": answered, then a clause that says it is something more.
    # ("Sí, es bueno" is still one answer: its second part must be right too.)
    opens = (
        core.start == 0 and core.end < len(words) and words[core.end] in kb.words.answer_then_more
    )
    outside = words[: core.start] + (() if opens else words[core.end :])
    return any(w in kb.finite_forms for w in outside if w != BOUNDARY)


def _clause_links(kb: Knowledge) -> frozenset[str]:
    """Words that end a clause: the boundary, y, pero, porque... (grader_words.yaml)."""
    return frozenset([BOUNDARY, *kb.words.clause_links])


@lru_cache(maxsize=1024)
def asked_verbs(step: Step, kb: Knowledge) -> dict[str, frozenset[str]]:
    """The verbs of the bot's line, each with the persons that answer with it («¿Cómo quiere
    pagar?»: «pago con tarjeta», not «pagas con tarjeta»); none when the step asks nothing."""
    if step.asks is None:
        return {}
    people = _ANSWERING[step.asks.who]
    pronouns = meaning_words().pronouns
    answering = pronouns[step.asks.who] | (pronouns["we"] if step.asks.who == "i" else set())
    found: dict[str, frozenset[str]] = {}
    words = fold(step.bot).split()
    for k, word in enumerate(words):
        if word not in kb.words.question_words:
            lemmas = {*kb.persons.get(word, {}), *([word] if word in kb.verbs.entries else [])}
            said = people
            if k > 0 and words[k - 1] in kb.indirect:
                # «¿qué día le viene bien?»: the verb agrees with the thing, and who answers
                # is its pronoun: «el jueves me viene bien»
                forms = {p for persons in kb.persons.get(word, {}).values() for p in persons}
                said = people | {_clitic_person(c, p) for c in answering for p in forms}
            found.update(dict.fromkeys(lemmas, said))
    return found


def _clitic_person(clitic: str, person: str) -> str:
    """A verb's person said with the indirect pronoun before it («me» + 3s)."""
    return f"{clitic}{_WITH}{person}"


def _answers(asked: frozenset[str], persons: frozenset[str], before: str) -> bool:
    """The verb's persons (with the pronoun `before` it) are ones that answer the question."""
    return bool(asked & persons) or any(_clitic_person(before, p) in asked for p in persons)


def other_verb(
    tokens: Tokens,
    core: CoreMatch,
    verbs: frozenset[str],
    kb: Knowledge,
    asked: dict[str, frozenset[str]] | None = None,
) -> bool:
    """Whether a core with no verb of its own shares its clause with a verb the step is not
    about ("desayuno a las siete" asked when you have dinner; a verb of the question itself
    in a person that answers it is about the step); other clauses are fine."""
    asked = asked or {}
    words = tokens.words
    if any(_finite(w, kb) for w in words[core.start : core.end]):
        return False
    links = _clause_links(kb)
    i = core.start
    while i > 0 and words[i - 1] not in links:
        i -= 1
    j = core.end if words[core.end - 1] != BOUNDARY else core.end - 1  # it may take a comma
    while j < len(words) and words[j] not in links:
        j += 1
    for k in [*range(i, core.start), *range(core.end, j)]:
        w = words[k]
        starts = k == i or words[k - 1] in kb.subjects or words[k - 1] in kb.reflexive
        if w not in kb.finite_forms and not (starts and w in kb.persons):
            continue
        if _preposition_here(words, k, kb) or _names_no_action(words, k, kb):
            continue  # «para mí el flan»: «para» before a pronoun is no «parar»
        if _after_preposition(words, k, kb):
            continue  # «sin falta», «sin duda»: a noun, no «faltar»
        if _helps(words, k, verbs | asked.keys(), kb):
            continue  # «voy a pagar», «puedo pagar»: the step's verb, with a helper before it
        if any(
            inf not in verbs
            and inf not in kb.words.neutral_verbs
            and not _answers(asked.get(inf, frozenset()), persons, words[k - 1] if k else "")
            for inf, persons in kb.persons.get(w, {}).items()
        ):
            return True
    return False


def _finite(w: str, kb: Knowledge) -> bool:
    """A finite verb, or one with a pronoun joined («llévate», an imperative)."""
    if w in kb.persons:
        return True
    joined = (w.removesuffix(c) for c in meaning_words().folded("enclitics") if w.endswith(c))
    return any(stem in kb.persons for stem in joined if len(stem) > 2)


def said_to_the_asker(tokens: Tokens, asked: dict[str, frozenset[str]], kb: Knowledge) -> bool:
    """Whether an answer opens (past a yes or a no) with one of the question's verbs in the
    asker's person, echoing the question: «puedes venir los lunes» to «¿qué días puedes venir?»,
    «pagas con tarjeta», «¿pagas con tarjeta?» to «¿cómo quiere pagar?», an object pronoun
    before it too («lo necesitas para tres días»)."""
    words = tokens.words
    yes_no = meaning_words().folded("yes_words") | meaning_words().folded("negation")
    yes_no |= frozenset(meaning_words().object_clitics)
    k = next((k for k, w in enumerate(words) if w != BOUNDARY and w not in yes_no), len(words))
    return k < len(words) and _said_back(words[k], asked, kb)  # not «…, hablas muy bien»


def _said_back(word: str, asked: dict[str, frozenset[str]], kb: Knowledge) -> bool:
    """The word opening its clause is one of the question's verbs only in the asker's
    person: «pagas con tarjeta» where «pago» answers."""
    return any(
        inf in asked and persons and persons <= _ASKER and not persons & asked[inf]
        for inf, persons in kb.persons.get(word, {}).items()
    )


def _preposition_here(words: tuple[str, ...], k: int, kb: Knowledge) -> bool:
    """The word at k, a preposition and a verb form, stands before a pronoun, a determiner
    or a number: the preposition («para mí», «para los dos»)."""
    kinds = kb.vocabulary.function_words_by_type
    if words[k] not in kinds.get("prepositions", set()) or k + 1 >= len(words):
        return False
    after = ("pronouns_object", "pronouns_subject", "articles", "possessives", "numbers")
    return any(words[k + 1] in kinds.get(kind, set()) for kind in after)


def _after_preposition(words: tuple[str, ...], k: int, kb: Knowledge) -> bool:
    """The word at k follows a preposition that is no verb form: no finite verb stands there
    («sin falta»: the noun)."""
    prepositions = kb.vocabulary.function_words_by_type.get("prepositions", set())
    return k > 0 and words[k - 1] in prepositions and words[k - 1] not in kb.persons


@lru_cache(maxsize=8)
def _split_phrases(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Phrases (folded when loaded) as tuples of words, split once."""
    return tuple(tuple(p.split()) for p in phrases)


def _names_no_action(words: tuple[str, ...], k: int, kb: Knowledge) -> bool:
    """The verb at k names no action of its own: inside a phrase of suiting («el jueves me
    viene bien») or a modal with no infinitive after it («el martes sí puedo»)."""
    for parts in _split_phrases(kb.words.suiting_phrases):
        for start in range(max(0, k - len(parts) + 1), k + 1):
            if words[start : start + len(parts)] == parts:
                return True
    if not set(kb.persons.get(words[k], {})) & set(kb.words.bare_modals):
        return False
    if k > 0 and words[k - 1] in kb.words.modal_negations:
        return False  # «el lunes no puedo»: a day declined, not the one answered
    return k + 1 >= len(words) or words[k + 1] not in kb.verbs.entries


def _helps(words: tuple[str, ...], k: int, verbs: frozenset[str], kb: Knowledge) -> bool:
    """The finite verb at k stands before an infinitive of the step's verbs, directly or
    past «a» or «que»: it is a helper of the step's own verb."""
    j = k + 1 + (k + 1 < len(words) and words[k + 1] in kb.words.helper_links)
    return j < len(words) and words[j] in verbs


def inside_question(tokens: Tokens, core: CoreMatch) -> bool:
    """Whether the core sits inside a question the learner asks ("¿Qué tiempo hace?")."""
    if asked_back(tokens, core.start):
        return True
    text, start = tokens.original, tokens.spans[core.start][0]
    first = tokens.words[0] if tokens.words else ""
    return (
        "¿" not in text
        and text.find("?", start) > start
        and first in knowledge().words.question_starts
    )


def _named(tokens: Tokens, k: int) -> bool:
    """Whether token k is capitalised mid-sentence: a name ("Taylor Swift"), not English."""
    first = k == 0 or tokens.words[k - 1] == BOUNDARY
    return not first and tokens.original_text(k, k + 1)[:1].isupper()


@lru_cache(maxsize=64)
def lesson_names(lesson: Lesson) -> frozenset[str]:
    """Folded names the lesson's bot lines use (capitalised inside a sentence: "soy Tom"),
    which a learner may type in lower case ("a la izquierda tom") without writing English."""
    names = set()
    for step in lesson.steps:
        line = tokenize(step.bot)
        names.update(line.words[k] for k in range(len(line.words)) if _named(line, k))
    return frozenset(names)


def unnamed_words(tokens: Tokens, lesson: Lesson, indices) -> list[int]:
    """The indices among `indices` of words that could be English: no boundaries, no names."""
    names = lesson_names(lesson)
    return [
        k
        for k in indices
        if tokens.words[k] != BOUNDARY and not _named(tokens, k) and tokens.words[k] not in names
    ]


def _hedged(tokens: Tokens, kb: Knowledge) -> set[int]:
    """The indices of the words of an opinion hedge («creo que»): Spanish that frames an
    answer, which says nothing of the language the answer itself is in."""
    words, out = tokens.words, set()
    for parts in opening_phrases("opinion_hedges"):
        for s in range(len(words) - len(parts) + 1):
            if words[s : s + len(parts)] == parts:
                out.update(range(s, s + len(parts)))
    return out


def _exclaimed(tokens: Tokens, k: int) -> bool:
    """Token k is a sentence of its own, opening the answer or a sentence and closed by «!» or
    «.» («¡Great! ¿Dónde está el baño?»)."""
    start, end = tokens.spans[k]
    before, after = tokens.original[:start].rstrip(" ¡"), tokens.original[end:].lstrip(" ")
    return (not before or before[-1] in ".!?") and after[:1] in ("!", ".")


def english_run(tokens: Tokens, kb: Knowledge, lesson: Lesson) -> bool:
    """Two clearly English words in a row anywhere in the answer, names aside, the first a
    frequent English word: English mixed into the Spanish («Quiero ir a the mountains», «…y
    I want to run»), not a loanword or a name in lower case («el hip hop», «peter brown»)."""
    idx = unnamed_words(tokens, lesson, range(len(tokens.words)))
    english = {k for k in idx if clearly_english(tokens.words[k], kb.spanish_words)}
    return any(k + 1 in english and english_function_word(tokens.words[k]) for k in english)


def english_around(tokens: Tokens, core: CoreMatch, kb: Knowledge, lesson: Lesson) -> bool:
    """Whether the words around the core are mostly English (names aside), or English words
    run together anywhere."""
    if english_run(tokens, kb, lesson):
        return True
    idx = unnamed_words(tokens, lesson, [*range(core.start), *range(core.end, len(tokens.words))])
    hedged = _hedged(tokens, kb)  # «creo que at 8 pm»: a frame, not the answer's language
    idx = [k for k in idx if k not in hedged]
    if not idx:
        return False
    outside = [tokens.words[k] for k in idx]
    exclaimed = len(outside) == 1 and _exclaimed(tokens, idx[0])
    if (
        len(outside) == 1
        and not exclaimed
        and tokens.original_text(idx[0], idx[0] + 1)[:1].isupper()
        and not (idx[0] == 0 and english_word(outside[0]))  # «Sure, 612 345 678.»
    ):
        return False  # one capitalised word: a name ("Está muy cerca, Tom")
    share = english_share(outside, kb.spanish_words)
    if exclaimed:
        return share >= 0.5  # «¡Great! ¿Dónde…?»: a word said alone is no loanword
    if share < 0.5 or share * len(outside) >= 2:
        return share >= 0.5
    # one English word in an answer three quarters Spanish is a loanword («galletas de
    # chocolate y brownies»), not in a short one («no thanks», «a sandwich please»)
    every = unnamed_words(tokens, lesson, range(len(tokens.words)))
    every = [tokens.words[k] for k in every if k not in hedged]
    return english_share(every, kb.spanish_words) >= 0.25
