"""The one shape of a grammar rule: data (id, kind, message, examples) in a YAML file per
family under langbot/grading/data/rules/, and a finder in the family's module that reads the
analysis. The examples are also the rule's tests (tests/grading/test_rules.py)."""

import functools
import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from langbot.conversation import ErrorKind
from langbot.datafiles import format_validation_error, read_yaml
from langbot.errors import LessonFileError
from langbot.grading.analysis import Analysis
from langbot.grading.knowledge import Knowledge
from langbot.grading.reader import GrammarError
from langbot.grading.rules.triggers import TRIGGER_PATTERN
from langbot.text import fold

RULES_DIR = Path(__file__).resolve().parent.parent / "data" / "rules"
GENDER_NUMBER = (("m", "s"), ("f", "s"), ("m", "p"), ("f", "p"))
"""The order of a four-form series in the rule data (lo la los las): gender, then number."""


def series_index(gender: str | None, number: str | None) -> int:
    """Where a gender and a number stand in a four-form series (GENDER_NUMBER); a gender
    other than «f» reads as the masculine, a number other than «p» as the singular."""
    return GENDER_NUMBER.index(("f" if gender == "f" else "m", "p" if number == "p" else "s"))


RuleKind = Literal[
    "gender_number", "verb_person", "ser_estar", "gustar", "finite_verb", "preposition",
    "contraction", "y_e", "que_clause", "reflexive", "usage", "article",
]  # fmt: skip


class WrongExample(BaseModel):
    """A sentence the rule must flag, and the fix it must give (None: the rule gives none)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1)
    fix: str | None


class Examples(BaseModel):
    """Sentences that are the rule's tests: wrong ones it flags, right ones it leaves."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    wrong: list[WrongExample] = Field(min_length=1)
    right: list[str] = Field(min_length=1)
    step_subject: tuple[Literal["m", "f"], Literal["s", "p"]] | None = None
    """The gender and number of the thing the examples' step asks about, for a rule that
    reads it (Context.subject); None: a step that names none."""
    step_infinitives: list[str] = []
    """The infinitives the examples' step's model answer writes (Context.infinitives)."""


class RuleSpec(BaseModel):
    """One rule's data. The message may name {found} (the learner's words) and {fix}, and
    any value the finder reports."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    kind: RuleKind
    error_kind: ErrorKind
    """The kind of error the judge names (conversation.ERROR_KINDS), as the evals label it."""
    message: str = Field(min_length=1)
    examples: Examples
    switched_off: str | None = Field(default=None, min_length=1)
    """Why the rule does not ship: more than 3% of its fires on the COWS-L2H tuning pairs are
    on corrected sentences (the precision gate, tests/grading/test_rule_precision.py). An off
    rule is still scored by `langbot eval`, never run by the judge."""
    trigger: list[Annotated[str, Field(pattern=TRIGGER_PATTERN)]] | None = Field(
        default=None, min_length=1
    )
    """What a sentence must hold for the finder to fire (rules/triggers.py): speed only."""


class RuleFile(BaseModel):
    """One family's file: the words the language lists for it, and its rules."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: dict[str, list[str]] = {}
    rules: list[RuleSpec] = Field(min_length=1)


class SharedWords(BaseModel):
    """The word lists more than one family reads (data/rules/shared.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: dict[str, list[str]]


class Hit(NamedTuple):
    """Where a finder found an error (tokens [start, end)), the fix, and message values."""

    start: int
    end: int
    fix: str | None
    values: dict = {}


@dataclass
class Context:
    """What a finder reads: the analysis, the knowledge, its family's words, the step's hints
    (its reflexive verbs, the subject it is about, whether it asks an age, its verbs' persons)."""

    analysis: Analysis
    kb: Knowledge
    words: dict[str, tuple[str, ...]]
    reflexive_verbs: dict[str, str] = field(default_factory=dict)
    subject: tuple[str | None, str] = (None, "s")
    age_step: bool = False
    spelled: dict[str, tuple[str, ...]] = field(default_factory=dict)
    persons: dict[str, str] = field(default_factory=dict)
    """The step's verbs (infinitive as listed) -> the one person its model answer gives each."""
    infinitives: frozenset[str] = frozenset()
    """The infinitives the step's model answer writes, folded, with a reflexive pronoun
    joined too («voy a ir»: ir; «quiero apuntarme»: apuntarme)."""
    step_verbs: frozenset[str] = frozenset()
    """The verbs the step's model answer, accepted answers, goal and vocabulary name."""
    past_verbs: dict[str, tuple[str, str]] = field(default_factory=dict)
    """The verbs the step tells in the past -> (past or impf; the form the step writes)."""
    memo: dict = field(default_factory=dict, repr=False, compare=False)
    """What `per_sentence` helpers found in this sentence (one context a sentence)."""


@functools.cache
def phrases(entries: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A words list of phrases as word tuples, in its order (split once, not per sentence)."""
    return tuple(tuple(entry.split()) for entry in entries)


@functools.cache
def folded(entries: tuple[str, ...]) -> frozenset[str]:
    """A words list folded as a set, for lookups (built once, not per sentence)."""
    return frozenset(fold(w) for w in entries)


def per_sentence(helper: Callable) -> Callable:
    """A helper several finders ask the same question of, `helper(ctx, *args)`: its answer
    is worked out once a sentence and family (a generator's as the items it yields, handed
    out again as a fresh iterator). Only for helpers that read nothing but the context and
    their arguments, and whose answer no caller changes."""
    generator = inspect.isgeneratorfunction(helper)

    @functools.wraps(helper)
    def cached(ctx: "Context", *args, **kwargs):
        # the family's words are in the key: a helper reading them answers per family
        key = (helper, id(ctx.words), args, tuple(kwargs.items()))
        memo = ctx.memo
        if key in memo:
            found = memo[key]
        else:
            found = helper(ctx, *args, **kwargs)
            found = memo[key] = tuple(found) if generator else found
        return iter(found) if generator else found

    return cached


Finder = Callable[[Context], Iterable["Hit | GrammarError"]]


@dataclass(frozen=True)
class Rule:
    """A rule ready to run: its data, its family's words, and its finder."""

    spec: RuleSpec
    family: str
    words: dict[str, tuple[str, ...]]
    find: Finder
    spelled: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The family's words as the file spells them (accents kept), for fixes."""
    trigger: frozenset[str] | None = None
    """The sentence keys one of which the finder needs (rules/triggers.py); None: always run."""

    def run(self, ctx: Context) -> list[GrammarError]:
        """The rule's errors in one analysed sentence."""
        out = []
        for hit in self.find(ctx):
            if isinstance(hit, GrammarError):
                out.append(hit)
                continue
            found = ctx.analysis.tokens.original_text(hit.start, hit.end)
            message = self.spec.message.format(found=found, fix=hit.fix, **hit.values)
            out.append(GrammarError(self.spec.error_kind, message, hit.start, hit.end, hit.fix))
        return out


def load_rule_file(path: Path) -> RuleFile:
    """Read one family's rule file; LessonFileError names the file, the rule and the field."""
    data = read_yaml(path, LessonFileError)
    try:
        return RuleFile.model_validate(data)
    except ValidationError as e:
        where = path
        loc = e.errors()[0]["loc"]
        if len(loc) > 1 and loc[0] == "rules" and isinstance(data, dict):
            try:
                where = Path(f"{path}: rule {data['rules'][loc[1]]['id']!r}")
            except (KeyError, TypeError, IndexError):
                pass
        raise LessonFileError(format_validation_error(where, e)) from e
