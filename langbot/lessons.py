"""Lesson scripts: pydantic models for `lessons/*.yaml` and the loader that validates them."""

import re
import string
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from langbot.asks import Asks
from langbot.datafiles import load_model
from langbot.errors import LessonFileError, UnknownLessonError, UnknownStepError
from langbot.notation import CompiledPattern, PatternError, check_pattern
from langbot.text import contains_phrase, fold

LESSONS_DIR = Path(__file__).resolve().parent.parent / "lessons"


def _template_fields(template: str, field: str = "follow_up") -> list[str]:
    """The slot names a follow-up template uses; ValueError for anything but plain `{name}`."""
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as e:
        raise ValueError(
            f"{field} is not a valid template ({e}); write {{{{ or }}}} for a literal brace"
        ) from None
    names = []
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValueError(
                f"{field} uses {{{name}}}: only plain slot names like {{name}} are allowed"
            )
        names.append(name)
    return names


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    def __hash__(self) -> int:
        # Loaded once and never changed: identity is enough, and lets caches key on lessons.
        return id(self)


class VocabItem(_Strict):
    """A word or phrase a step uses; nouns carry their gender."""

    word: str = Field(min_length=1)
    kind: Literal["noun", "verb", "adjective", "adverb", "phrase", "pronoun", "number", "other"]
    gloss: str = Field(min_length=1)
    gender: Literal["m", "f", "mf"] | None = None
    plural: str | None = None

    @model_validator(mode="after")
    def _gender_only_on_nouns(self) -> "VocabItem":
        if self.kind == "noun" and self.gender is None:
            raise ValueError(f"noun {self.word!r} needs a gender (m, f, or mf for both)")
        if self.kind != "noun" and (self.gender is not None or self.plural is not None):
            raise ValueError(f"{self.word!r} is a {self.kind}: only nouns take gender/plural")
        if self.kind == "verb" and not re.fullmatch(r"\w*(ar|er|ir|ír)(se)?", self.word):
            raise ValueError(f"verb {self.word!r} must be given as an infinitive")
        return self


class Cues(_Strict):
    """Two escalating hints: a general one first, then a specific one."""

    general: str = Field(min_length=1)
    specific: str = Field(min_length=1)

    def for_attempt(self, attempt: int) -> str:
        """The hint for a try: the general one on the first, the specific one after."""
        return self.general if attempt == 1 else self.specific


class DemoLine(_Strict):
    """One line of a lesson's example conversation."""

    speaker: Literal["bot", "learner"]
    text: str = Field(min_length=1)
    gloss: str = Field(min_length=1)


# An open class a slot can name instead of listing values: a kind the grader builds in
# (number, time, name, place...) or any word class of lessons/vocabulary/ (food, job...).
# Which names exist is checked at start-up against the vocabulary (langbot.grading.checks).
SlotKind = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z_]*$")]


class Reaction(_Strict):
    """A follow-up variant, used when the answer contains one of `when` (folded words)."""

    when: list[str] = Field(min_length=1)
    text: str = Field(min_length=1)
    gloss: str = Field(min_length=1)


class Subject(_Strict):
    """Who a step's answer is about, when the learner may leave the subject out."""

    gender: Literal["m", "f"] | None = None
    number: Literal["s", "p"] = "s"


class Step(_Strict):
    """One exchange: the bot's line and what counts as a right answer to it."""

    bot: str = Field(min_length=1)
    gloss: str = Field(min_length=1)
    goal: str = Field(min_length=1)
    accept: list[str] = Field(default_factory=list)
    """Patterns of right answers: the author's override beside what `asks` reads."""
    asks: Asks | None = None
    slots: dict[str, list[str] | SlotKind] = Field(default_factory=dict)
    model_answer: str = Field(min_length=1)
    model_template: str | None = None
    """The model answer with slots for the learner's own facts ("Me llamo {name}.")."""
    cues: Cues
    vocabulary: list[VocabItem] = Field(min_length=1)
    follow_up: str = Field(min_length=1)
    follow_up_gloss: str | None = None
    reactions: list[Reaction] = Field(default_factory=list)
    subject: Subject | None = None

    @property
    def asks_slots(self) -> frozenset[str]:
        """The slot names a reading of `asks` fills: its class, or its kind."""
        if self.asks is None:
            return frozenset()
        return frozenset({self.asks.of or self.asks.kind})

    @cached_property
    def patterns(self) -> tuple[CompiledPattern, ...]:
        """The accepted patterns, syntax-checked (the grader compiles them for matching)."""
        return tuple(check_pattern(p) for p in self.accept)

    @model_validator(mode="after")
    def _consistent(self) -> "Step":
        if not self.accept and self.asks is None:
            raise ValueError("a step needs `asks` (what it asks) or `accept` patterns, or both")
        compiled = []
        for i, source in enumerate(self.accept):
            try:
                compiled.append(check_pattern(source))
            except PatternError as e:
                raise ValueError(f"accept[{i}]: {e}") from None
        self.__dict__["patterns"] = tuple(compiled)  # fills the cached_property once
        pattern_slots = [p.slots for p in self.patterns]
        used = set().union(*pattern_slots, self.asks_slots)
        unknown = set(self.slots) - used
        if unknown:
            raise ValueError(f"slots {sorted(unknown)} are listed but no accept pattern uses them")
        templates = [("follow_up", self.follow_up), ("follow_up_gloss", self.follow_up_gloss)]
        templates.append(("model_template", self.model_template))
        templates += [(f"reactions[{i}].text", r.text) for i, r in enumerate(self.reactions)]
        templates += [(f"reactions[{i}].gloss", r.gloss) for i, r in enumerate(self.reactions)]
        for field, template in templates:
            for name in _template_fields(template or "", field):
                if name not in self.asks_slots and not any(name in p.slots for p in self.patterns):
                    raise ValueError(f"{field} uses {{{name}}}, which no accept pattern has")
        for which in ("general", "specific"):
            if contains_phrase(getattr(self.cues, which), self.model_answer):
                raise ValueError(f"cues.{which} gives away the model_answer {self.model_answer!r}")
        return self


class Lesson(_Strict):
    """A scripted conversation for one topic."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    order: int = Field(ge=1)
    title: str = Field(min_length=1)
    title_en: str = Field(min_length=1)
    level: Literal["A1"]
    description: str = Field(min_length=1)
    minutes: int = Field(ge=1, le=60)
    demo: list[DemoLine] = Field(min_length=2)
    steps: list[Step] = Field(min_length=6, max_length=10)

    @cached_property
    def vocabulary(self) -> tuple[VocabItem, ...]:
        """Every distinct vocabulary item of the lesson, in order of first use."""
        seen: dict[tuple[str, str], VocabItem] = {}
        for step in self.steps:
            for item in step.vocabulary:
                seen.setdefault((fold(item.word), item.kind), item)
        return tuple(seen.values())

    def step(self, number: int) -> Step:
        """The step with this 1-based number, or UnknownStepError."""
        if not 1 <= number <= len(self.steps):
            raise UnknownStepError(
                f"Lesson {self.id!r} has steps 1 to {len(self.steps)}; there is no step {number}."
            )
        return self.steps[number - 1]


def load_lesson_file(path: Path | str) -> Lesson:
    """Read and validate one lesson file; raise LessonFileError naming the file and field."""
    path = Path(path)
    lesson = load_model(path, Lesson, LessonFileError, mapping_of="lesson")
    if lesson.id != path.stem:
        raise LessonFileError(
            f"{path}: field 'id' is {lesson.id!r} but the file is named {path.name!r}"
        )
    return lesson


def load_lessons(directory: Path | str | None = None) -> dict[str, Lesson]:
    """Load every `*.yaml` lesson in a directory, ordered by `order` then id."""
    directory = Path(directory) if directory is not None else LESSONS_DIR
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise LessonFileError(f"{directory}: no lesson files (*.yaml) found")
    lessons = [load_lesson_file(f) for f in files]
    return {
        lesson.id: lesson
        for lesson in sorted(lessons, key=lambda lesson: (lesson.order, lesson.id))
    }


def find_lesson(lessons: dict[str, Lesson], key: str | int) -> Lesson:
    """Look a lesson up by id, or by its 1-based position; raise UnknownLessonError."""
    if isinstance(key, str) and key in lessons:
        return lessons[key]
    text = str(key).strip()
    # isdigit() alone is true for '¹' and other digits int() refuses; ASCII digits only.
    if text.isascii() and text.isdigit() and 1 <= int(text) <= len(lessons):
        return list(lessons.values())[int(text) - 1]
    raise UnknownLessonError(f"There is no lesson {key!r}. Available: {', '.join(lessons)}.")
