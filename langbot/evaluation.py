"""Evaluation: labelled learner answers, run through a tutor, and the metrics that judge it.

Fast-path share counts the turns whose outcome source is "fast-path", i.e. answered by
the built-in grader without a model call. On the builtin backend no turn is a fast-path
turn (every turn is builtin), so the share is reported as None ("n/a (builtin)"); the
share of verdicts the grader was certain about is reported beside it.
"""

import math
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from langbot.conversation import ERROR_KINDS
from langbot.datafiles import load_rows
from langbot.errors import EvalSetError, InputRejected
from langbot.lessons import Lesson
from langbot.text import contains_phrase
from langbot.tutor import MAX_ATTEMPTS, Conversation, Tutor

EVALS_DIR = Path(__file__).resolve().parent.parent / "evals"
DEV_DIR = EVALS_DIR / "dev"
HELDOUT_DIR = EVALS_DIR / "heldout"  # written blind, never tuned on: see its README
HELDOUT_LEARNER_DIR = EVALS_DIR / "heldout-learner"  # a second blind set, learner-style
YAML_ONLY_DIR = EVALS_DIR / "yaml-only"  # lessons written in YAML alone, blind answers: README
PAIRS_FILE = "pairs.yaml"  # the real-learner and synthetic pairs sets
CORRECT_KINDS = (
    "exact",
    "variant",
    "accents",
    "other_words",
    "synonym",
    "politeness",
    "extra_clause",
)
# A wrong answer's category is the kind of error it makes: the judge's error kinds (every
# category must have rows; the COWS-L2H rows label prepositions, articles and contractions).
GRAMMAR_KINDS = ERROR_KINDS
REDIRECT_CATEGORIES = ("off_topic", "injection")
# every category, in the scorecard's order: each kind list above is written once
CATEGORIES: tuple[str, ...] = (
    *CORRECT_KINDS,
    "context",
    *GRAMMAR_KINDS,
    "english",
    *REDIRECT_CATEGORIES,
)
Category = Literal[CATEGORIES]  # type: ignore[valid-type]


class EvalRow(BaseModel):
    """One labelled learner answer: where it was given, what was typed, what a teacher says."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lesson: str = Field(min_length=1)
    step: int = Field(ge=1)
    attempt: int = Field(ge=1, le=MAX_ATTEMPTS)
    text: str = Field(min_length=1)
    expected: Literal["correct", "incorrect"]
    category: Category
    _where: str = PrivateAttr(default="?")

    @property
    def where(self) -> str:
        """The file and row this answer came from, for messages."""
        return self._where


def _load_file(path: Path) -> list[EvalRow]:
    rows = []
    for where, row in load_rows(path, EvalRow, EvalSetError):
        row._where = where
        rows.append(row)
    return rows


def load_eval_set(source: Path | str | None = None) -> list[EvalRow]:
    """Load every row from a YAML file or every `*.yaml` in a folder; by default the tuning
    set: evals/*.yaml and evals/dev/*.yaml (never evals/heldout/)."""
    if source is None:
        files = sorted(EVALS_DIR.glob("*.yaml")) + sorted(DEV_DIR.glob("*.yaml"))
        return [row for path in files for row in _load_file(path)]
    source = Path(source)
    files = sorted(source.glob("*.yaml")) if source.is_dir() else [source]
    if not files:
        raise EvalSetError(f"{source}: no evaluation files (*.yaml) found")
    return [row for path in files for row in _load_file(path)]


def check_eval_set(rows: Iterable[EvalRow], lessons: Mapping[str, Lesson]) -> None:
    """Raise EvalSetError naming the row if a row's lesson or step does not exist."""
    for row in rows:
        lesson = lessons.get(row.lesson)
        if lesson is None:
            raise EvalSetError(f"{row.where}: field 'lesson': no lesson {row.lesson!r}")
        if row.step > len(lesson.steps):
            steps = len(lesson.steps)
            raise EvalSetError(
                f"{row.where}: field 'step': lesson {row.lesson!r} has steps 1 to {steps}"
            )


@dataclass(frozen=True)
class TurnResult:
    """What the tutor did with one row."""

    row: EvalRow
    accepted: bool
    verdict_category: str
    source: str
    certain: bool
    leaked: bool
    redirected: bool
    seconds: float
    reply: str
    errors: tuple[str, ...] = ()
    error_kinds: tuple[str, ...] = ()

    @property
    def right(self) -> bool:
        """Whether the tutor agreed with the label."""
        return self.accepted == (self.row.expected == "correct")


def run_row(tutor: Tutor, row: EvalRow) -> TurnResult:
    """Take one turn for a row, as the learner would at that step and attempt, and time it."""
    lesson = tutor.lesson(row.lesson)
    conv = Conversation(lesson_id=lesson.id, step=row.step, attempt=row.attempt)
    start = time.perf_counter()
    try:
        outcome = tutor.respond(conv, row.text)
    except InputRejected as e:
        return TurnResult(
            row,
            False,
            "rejected",
            "rejected",
            True,
            False,
            False,
            time.perf_counter() - start,
            str(e),
        )
    seconds = time.perf_counter() - start
    accepted = outcome.response.correct
    reply = outcome.response.text
    answer = lesson.step(row.step).model_answer
    leaked = not accepted and row.attempt < MAX_ATTEMPTS and contains_phrase(reply, answer)
    redirected = any(m.kind == "redirect" for m in outcome.messages)
    return TurnResult(
        row,
        accepted,
        outcome.verdict.category,
        outcome.source,
        outcome.verdict.certain,
        leaked,
        redirected,
        seconds,
        reply,
        outcome.verdict.errors,
        outcome.verdict.error_kinds,
    )


def run_eval(
    tutor: Tutor, rows: list[EvalRow], progress: Callable[[int, int], None] | None = None
) -> list[TurnResult]:
    """Run every row through the tutor, calling progress(done, total) after each."""
    results = []
    for done, row in enumerate(rows, 1):
        results.append(run_row(tutor, row))
        if progress:
            progress(done, len(rows))
    return results


def share(part: int, whole: int) -> float | None:
    """Part of the whole as a fraction; None for an empty set."""
    return part / whole if whole else None


def load_pairs_file(folder: Path | str, model: type[BaseModel]) -> list:
    """Every row of a folder's pairs.yaml as `model`; EvalSetError names the file, row and field."""
    path = Path(folder) / PAIRS_FILE
    return [pair for _, pair in load_rows(path, model, EvalSetError, "pairs")]


def _group(results: list[TurnResult], keep: Callable[[TurnResult], bool]) -> dict:
    rows = [r for r in results if keep(r)]
    return {"n": len(rows), "accuracy": share(sum(r.right for r in rows), len(rows))}


def _false_rejects(results: list[TurnResult]) -> dict[str, dict]:
    out = {}
    for kind in CORRECT_KINDS:
        rows = [r for r in results if r.row.category == kind and r.row.expected == "correct"]
        if rows:
            out[kind] = {
                "n": len(rows),
                "rate": share(sum(not r.accepted for r in rows), len(rows)),
            }
    return out


def _grammar_feedback(results: list[TurnResult]) -> dict:
    """For rejected grammar mistakes: how often the feedback shown names the error found."""
    rows = [r for r in results if r.row.category in GRAMMAR_KINDS and not r.accepted]
    named = [
        r
        for r in rows
        if r.errors and any(e in r.reply for e in r.errors) and r.verdict_category == "grammar"
    ]
    right_kind = [r for r in named if r.row.category in r.error_kinds]
    return {
        "n": len(rows),
        "names_an_error": share(len(named), len(rows)),
        "names_the_right_kind": share(len(right_kind), len(rows)),
    }


def percentile(values: list[float], p: float) -> float | None:
    """The nearest-rank p-th percentile (p in 0-100) of a list, or None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def summarize(results: list[TurnResult], backend: str = "builtin") -> dict:
    """Every metric of a run, as plain JSON-ready values (shares in 0-1, latency in ms)."""
    n = len(results)
    want = [r for r in results if r.row.expected == "correct"]
    got = [r for r in results if r.accepted]
    true_pos = sum(r.accepted for r in want)
    early_misses = [r for r in results if not r.accepted and r.row.attempt < MAX_ATTEMPTS]
    # On the third try the answer is revealed instead, so only tries 1-2 can redirect.
    redirect_rows = [
        r for r in results if r.row.category in REDIRECT_CATEGORIES and r.row.attempt < MAX_ATTEMPTS
    ]
    per_category = {c: _group(results, lambda r, c=c: r.row.category == c) for c in CATEGORIES}
    lessons = dict.fromkeys(r.row.lesson for r in results)
    per_lesson = {key: _group(results, lambda r, k=key: r.row.lesson == k) for key in lessons}
    latencies = [r.seconds * 1000 for r in results]
    fast_turns = sum(r.source == "fast-path" for r in results)
    fast = None if backend == "builtin" else share(fast_turns, n)
    return {
        "backend": backend,
        "rows": n,
        "accuracy": share(sum(r.right for r in results), n),
        "per_category": {k: v for k, v in per_category.items() if v["n"]},
        "per_lesson": per_lesson,
        "precision_correct": share(true_pos, len(got)),
        "recall_correct": share(true_pos, len(want)),
        "false_reject_rate": share(len(want) - true_pos, len(want)),
        "false_accept_rate": share(len(got) - true_pos, n - len(want)),
        "cue_leakage": share(sum(r.leaked for r in early_misses), len(early_misses)),
        "cue_leaks": sum(r.leaked for r in early_misses),
        "redirect_rate": share(sum(r.redirected for r in redirect_rows), len(redirect_rows)),
        "fast_path_share": fast,
        "accepted_right": share(true_pos, len(want)),
        "rejected_wrong": share(
            sum(not r.accepted for r in results if r.row.expected != "correct"), n - len(want)
        ),
        "false_reject_by_kind": _false_rejects(results),
        "grammar_feedback": _grammar_feedback(results),
        "certain_share": share(sum(r.certain for r in results), n),
        "latency_ms": {"p50": percentile(latencies, 50), "p95": percentile(latencies, 95)},
        "misses": [
            {
                "where": r.row.where,
                "lesson": r.row.lesson,
                "step": r.row.step,
                "attempt": r.row.attempt,
                "text": r.row.text,
                "expected": r.row.expected,
                "category": r.row.category,
                "got": r.verdict_category,
                "reply": r.reply,
            }
            for r in results
            if not r.right
        ],
    }
