"""Finding the core of a right answer anywhere in what the learner wrote.

A step's patterns (langbot/notation.py) are compiled once against the slot kinds of
langbot/grading/slots.py and searched over the answer's tagged token stream.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from langbot.grading import slots as kinds
from langbot.grading.knowledge import Knowledge, knowledge
from langbot.grading.tokens import BOUNDARY, JOINING, Tokens, tokenize
from langbot.lessons import Lesson, Step
from langbot.notation import compile_pattern
from langbot.text import fold

ACTIVITY = "activity"  # the slot kind of a finite verb and what follows it (slots.activities)


@dataclass(frozen=True)
class TaggedStream:
    """The token stream the patterns search, with each token's start offset."""

    text: str
    starts: tuple[int, ...]

    def token_index(self, offset: int) -> int:
        """The index of the token that starts at or after a stream offset."""
        for i, s in enumerate(self.starts):
            if s >= offset:
                return i
        return len(self.starts)


@lru_cache(maxsize=8192)  # the leak guard tags the same words over and over
def token_tags(word: str, kb: Knowledge) -> str:
    """The tag letters of one folded word (see langbot/grading/slots.py)."""
    vocab = kb.vocabulary
    tags = []
    noun = vocab.nouns.get(word)
    if noun is not None:
        tags.append("n")
        tags.extend(kb.class_tags[c] for c in noun.classes)
    adj = vocab.adjectives.get(word)
    if adj is not None:
        tags.append("a")
        tags.extend(kb.class_tags[c] for c in adj.classes)
        if word in kb.estar_only:
            tags.append(kinds.FIXED_CLASS_TAGS["state"])
    if word in kb.infinitive_forms:
        tags.append("v")
    if word.isdigit():
        tags.append("N")
    if word in kb.finite_forms:
        tags.append("f")
    return "".join(dict.fromkeys(tags))


def tag_stream(tokens: Tokens, kb: Knowledge | None = None) -> TaggedStream:
    """Build the stream `[~]word/TAGS ` for every token of an answer."""
    kb = kb or knowledge()
    stop = kb.stop_words
    parts, starts, at = [], [], 0
    for word in tokens.words:
        if word == BOUNDARY:
            piece = ",/ "
        else:
            piece = ("~" if word in stop else "") + word + "/" + token_tags(word, kb) + " "
        starts.append(at)
        parts.append(piece)
        at += len(piece)
    return TaggedStream("".join(parts), tuple(starts))


@dataclass(frozen=True)
class CoreMatch:
    """Where the core of a right answer sits in the tokens, and the slots it filled."""

    pattern: str
    start: int
    end: int
    slots: tuple[tuple[str, int, int], ...]
    weak: bool


@dataclass(frozen=True)
class _Compiled:
    source: str
    regex: re.Pattern[str]
    slots: frozenset[str]
    weak: bool
    needs: tuple[frozenset[str], ...]  # one word of each set must be in the answer


def slot_regex(step: Step, name: str, kb: Knowledge) -> str:
    """The regex for one of a step's slots, from its listed values or its kind."""
    spec = step.slots.get(name)
    if isinstance(spec, list):
        return kinds.value_list(spec)
    kind = spec or ("name" if name.startswith("name") else "place")
    return kinds.kind_regex(kind, kb.vocabulary, kb.class_tags)


def _is_weak(source: str, slot_names: frozenset[str]) -> bool:
    if slot_names:
        return False
    words = fold(re.sub(r"[\[\]()|,¿?¡!]", " ", source)).split()
    # Patterns made only of weak words ("sí", "no mucho") are too weak to find inside a longer
    # answer: they count only when nothing else in the answer says something of its own.
    return all(w in knowledge().weak_words for w in words)


@lru_cache(maxsize=1024)
def compiled_patterns(lesson: Lesson, number: int) -> tuple[_Compiled, ...]:
    """A step's patterns compiled for searching (cached; the warm-up thread fills it)."""
    kb = knowledge()
    step = lesson.step(number)
    out = []
    for source in step.accept:
        pattern = compile_pattern(source, lambda name: slot_regex(step, name, kb))
        out.append(
            _Compiled(
                source,
                re.compile(pattern.expression),
                pattern.slots,
                _is_weak(source, pattern.slots),
                pattern.required_words,
            )
        )
    return tuple(out)


_RUN = re.compile(r"\w+")


def _word_pieces(text: str) -> set[str]:
    """Every folded word a pattern's literal can match in the text's tokens, and a few more:
    each word, and each run of words `tokenize` may join ("Jean-Luc" is "jeanluc")."""
    if not any(j in text for j in JOINING):
        return set(fold(text).split())  # no joins: the folded words
    pieces: set[str] = set()
    chain: list[tuple[int, str]] = []  # (end, folded) of the words joined so far
    for m in _RUN.finditer(text):
        if chain and not (chain[-1][0] + 1 == m.start() and text[chain[-1][0]] in JOINING):
            chain = []
        chain.append((m.end(), fold(m.group())))
        joined = ""
        for _, folded in reversed(chain):
            joined = folded + joined
            pieces.update(joined.split())
    return pieces


def could_match(lesson: Lesson, number: int, text: str) -> bool:
    """Whether the text has the words some pattern of the step needs: if not, no core can be
    found in it, and no word need be tagged."""
    pieces = _word_pieces(text)
    return any(
        all(not need.isdisjoint(pieces) for need in pattern.needs)
        for pattern in compiled_patterns(lesson, number)
    )


def find_cores(lesson: Lesson, number: int, stream: TaggedStream) -> list[CoreMatch]:
    """Every core of a right answer found in the stream, the best first: strong before weak
    (a weak one is made only of words like "sí" or "vale"), then longer before shorter."""
    found: list[CoreMatch] = []
    for pattern in compiled_patterns(lesson, number):
        for m in pattern.regex.finditer(stream.text):
            if m.end() == m.start():
                continue
            start, end = stream.token_index(m.start()), stream.token_index(m.end())
            filled = tuple(
                (name, stream.token_index(m.start(name)), stream.token_index(m.end(name)))
                for name in sorted(pattern.slots)
                if m.group(name) is not None
            )
            if _activity_in_person(lesson, number, filled, stream):
                found.append(CoreMatch(pattern.source, start, end, filled, pattern.weak))
    # sorted() is stable, so among equals the earlier pattern stays first, as before
    return sorted(found, key=lambda c: (c.weak, -(c.end - c.start)))


def _activity_in_person(lesson: Lesson, number: int, filled, stream: TaggedStream) -> bool:
    """An `activity` slot's verb is in a person the step's model answer gives the verb in
    that slot («cuando llueve, veo la tele», not «ve la tele», where the model says «leo»)."""
    wanted = _model_activity_persons(lesson, number)
    if not wanted:
        return True
    persons = knowledge().persons
    words = [piece.split("/")[0].lstrip("~") for piece in stream.text.split(" ")]
    for name, i, j in filled:
        verb = next((persons[w] for w in words[i:j] if w in persons), None)
        if name in wanted and verb is not None:
            if not any(p & wanted[name] for p in verb.values()):
                return False
    return True


@lru_cache(maxsize=1024)
def _model_activity_persons(lesson: Lesson, number: int) -> dict[str, frozenset[str]]:
    """The persons of the verb each `activity` slot takes in the step's model answer."""
    step = lesson.step(number)
    names = {n for n, spec in step.slots.items() if spec == ACTIVITY}
    if not names:
        return {}
    kb = knowledge()
    stream = tag_stream(tokenize(step.model_answer), kb)
    words = [piece.split("/")[0].lstrip("~") for piece in stream.text.split(" ")]
    out: dict[str, frozenset[str]] = {}
    for pattern in compiled_patterns(lesson, number):
        m = pattern.regex.search(stream.text)
        for name in names & pattern.slots if m else ():
            if m.group(name) is None or name in out:
                continue
            i, j = stream.token_index(m.start(name)), stream.token_index(m.end(name))
            verb = next((kb.persons[w] for w in words[i:j] if w in kb.persons), None)
            if verb is not None:
                out[name] = frozenset().union(*verb.values())
    return out


def find_core(lesson: Lesson, number: int, stream: TaggedStream) -> CoreMatch | None:
    """The best core of a right answer found anywhere in the stream, if any."""
    cores = find_cores(lesson, number, stream)
    return cores[0] if cores else None
