"""The accepted-answer notation lesson authors write, compiled to a regex over word tokens.

Notation (case, accents and punctuation are ignored when matching):
- `{name}`   a slot: a named part whose kind the step's `slots` gives (a list of values,
             or an open class such as `name`, `place`, `food`, `number`, `time`);
- `(a|b|c)`  one of several alternatives;
- `[words]`  an optional part;
- `;`        the end of a clause (a comma, a full stop or the end of the answer).
A pattern describes the *core* of a right answer: the grader finds it anywhere in what the
learner wrote, so greetings, thanks and extra clauses around it need no notation.

The regex runs over a token stream where every word is followed by one space, clause
punctuation is the token ",", and words that can never be part of a name carry a "~" mark.
Each token reads `[~]word/TAGS ` (see langbot/grading/slots.py). There are no nested
unbounded repeats, so matching stays linear in the answer's length.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from langbot.text import fold, lower_keep_accents

_SLOT_NAME = re.compile(r"[a-z_][a-z0-9_]*")
_OPTIONAL_BOUNDARY = "(?:,/ )?"


class PatternError(ValueError):
    """A pattern is not well formed; the message says where."""


@dataclass(frozen=True)
class CompiledPattern:
    """One pattern's regex source, its slot names, its literal words, and the sets of folded
    words a match must contain (at least one word of each set)."""

    source: str
    expression: str
    slots: frozenset[str]
    literal_words: frozenset[str]
    required_words: tuple[frozenset[str], ...]


def word_regex(word: str) -> str:
    """The regex for one literal folded word in the token stream."""
    return "~?" + re.escape(word) + "/[A-Za-z]* " + _OPTIONAL_BOUNDARY


def _slot_name(source: str, start: int, seen: set[str]) -> tuple[str, int]:
    """The slot name in `{...}` at `start`, and the index after its `}`."""
    end = source.find("}", start)
    if end < 0:
        raise PatternError(f"'{{' without '}}' in pattern {source!r}")
    name = source[start + 1 : end].strip()
    if not _SLOT_NAME.fullmatch(name):
        raise PatternError(f"bad slot name {name!r} in pattern {source!r}")
    if name in seen:
        raise PatternError(f"slot {{{name}}} appears twice in pattern {source!r}")
    return name, end + 1


def _close_bracket(
    source: str, ch: str, stack: list[str], needs: list[list[list[frozenset[str]]]]
) -> str:
    """Close the open `(` or `[`: fold its options' needed words into the enclosing part,
    and give the regex that closes it."""
    opener = "(" if ch == ")" else "["
    if not stack or stack.pop() != opener:
        raise PatternError(f"unbalanced {ch!r} in pattern {source!r}")
    options = needs.pop()
    if ch == ")" and all(options):  # "(a|b c)" needs a or b; "[a]" needs nothing
        needs[-1][-1].append(frozenset().union(*(min(o, key=len) for o in options)))
    return ")" if ch == ")" else ")?"


def compile_pattern(source: str, slot_regex: Callable[[str], str]) -> CompiledPattern:
    """Compile one pattern of the notation above; raise PatternError if it is malformed."""
    out: list[str] = []
    stack: list[str] = []
    # The words a match needs: per open bracket, its options' lists; the last list is current.
    needs: list[list[list[frozenset[str]]]] = [[[]]]
    slots: set[str] = set()
    folded = fold(source)
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "{":
            name, i = _slot_name(source, i, slots)
            slots.add(name)
            out.append(f"(?P<{name}>{slot_regex(name)}){_OPTIONAL_BOUNDARY}")
            continue
        if ch in "([":
            stack.append(ch)
            needs.append([[]])
            out.append("(?:")
        elif ch in ")]":
            out.append(_close_bracket(source, ch, stack, needs))
        elif ch == "|":
            if not stack:
                raise PatternError(f"'|' outside ( ) in pattern {source!r}")
            needs[-1].append([])
            out.append("|")
        elif ch == ";":
            out.append("(?=,/ |$)")  # the clause ends here: "tengo dos" but not "tengo dos perros"
        elif ch == "}":
            raise PatternError(f"'}}' without '{{' in pattern {source!r}")
        elif folded[i].isalnum():
            j = i
            while j < len(source) and folded[j].isalnum():
                j += 1
            out.append(word_regex(folded[i:j]))
            needs[-1][-1].append(frozenset({folded[i:j]}))
            i = j
            continue
        i += 1
    if stack:
        raise PatternError(f"unclosed {stack[-1]!r} in pattern {source!r}")
    body = "".join(out)
    if not re.sub(r"\(\?:|\)\??|\|", "", body):
        raise PatternError(f"empty pattern {source!r}")
    literals = re.sub(r"\{[^}]*\}", " ", source)
    literal_words = frozenset(re.findall(r"\w+", lower_keep_accents(literals)))
    # (?<![^ ]) : a match starts at a token, never inside one.
    return CompiledPattern(
        source, r"(?<![^ ])" + body, frozenset(slots), literal_words, tuple(needs[0][0])
    )


def check_pattern(source: str) -> CompiledPattern:
    """Check a pattern's syntax alone (slots compile to a placeholder)."""
    return compile_pattern(source, lambda _name: r"\w+ ")


def required_words(source: str) -> tuple[frozenset[str], ...]:
    """Sets of folded words a match must contain, at least one word of each set: the pattern's
    words outside options and slots ("(a|b c)" needs a or b). A cheap test before matching."""
    return check_pattern(source).required_words
