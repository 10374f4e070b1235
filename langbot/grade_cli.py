"""`langbot grade`: judge one turn, or a batch of JSON lines, and print the contract response."""

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from typing import TextIO

from pydantic import BaseModel, ConfigDict, ValidationError

from langbot.errors import InputRejected, LangbotError, UsageError
from langbot.tutor import SIMPLE_MODE, Tutor

EXIT_USAGE = 2
FAULT_NOTE = "The model backend failed ({}): the built-in engine answered."
logger = logging.getLogger(__name__)


class BatchLine(BaseModel):
    """One line of `langbot grade --batch` input; fields it does not use (`expected`) are ignored."""

    model_config = ConfigDict(extra="ignore")

    lesson: str | int
    step: int
    attempt: int = 1
    text: str


def add_grade_arguments(p: argparse.ArgumentParser) -> None:
    """The arguments of `langbot grade`."""
    p.add_argument("lesson", nargs="?", help="lesson id or number")
    p.add_argument("step", nargs="?", type=int, help="step number, from 1")
    p.add_argument("text", nargs="?", help="the learner's answer")
    p.add_argument("--attempt", type=int, default=1, choices=(1, 2, 3), help="attempt number 1-3")
    p.add_argument("--json", action="store_true", help="print exactly one JSON object")
    p.add_argument(
        "--batch", metavar="FILE", help="JSON lines of {lesson, step, attempt, text}; - for stdin"
    )


def cmd_grade(args: argparse.Namespace, out: TextIO, inp: TextIO) -> int:
    """Judge one turn, or a batch of JSON lines, and print the contract response."""
    from langbot.wiring import build_tutor

    tutor = build_tutor(streaming=False)  # one JSON answer per turn: nothing to stream
    if args.batch:
        return _grade_batch(tutor, args.batch, out, inp)
    if args.lesson is None or args.step is None or args.text is None:
        raise InputRejected("grade needs LESSON STEP TEXT, or --batch FILE.")
    outcome = tutor.grade_outcome(args.lesson, args.step, args.attempt, args.text)
    if outcome.fault is not None:  # the built-in engine stood in: one line on stderr
        sys.stderr.write(f"langbot: {SIMPLE_MODE} {FAULT_NOTE.format(outcome.fault)}\n")
    response = outcome.response
    if args.json:
        out.write(response.model_dump_json() + "\n")
    else:
        out.write(
            ("✔ correct" if response.correct else "✘ not yet")
            + f" (nextStep {response.nextStep})\n"
        )
        out.write(response.text + "\n")  # the errors found are in the cue: shown once
    return 0


def _batch_lines(source: str, inp: TextIO) -> Iterator[bytes | str]:
    """The raw lines of a batch, as bytes where possible, so each line is decoded on its own."""
    if source == "-":
        yield from getattr(inp, "buffer", inp)
        return
    try:
        stream = open(source, "rb")  # noqa: SIM115 - closed below, after the last line
    except OSError as e:
        raise UsageError(f"cannot open {source}: {e.strerror or e}") from e
    with stream:
        yield from stream


def _grade_line(tutor: Tutor, number: int, raw: bytes | str) -> dict:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            return {"error": f"line {number}: not valid UTF-8 (byte {e.start + 1})"}
    if number == 1:
        raw = raw.removeprefix("\ufeff")  # a byte-order mark some editors write
    try:
        # strict: "2" and true are not step numbers, as in the API.
        line = BatchLine.model_validate_json(raw, strict=True)
        return tutor.grade(line.lesson, line.step, line.attempt, line.text).model_dump()
    except ValidationError as e:
        return {"error": f"line {number}: {e.errors()[0]['loc']}: {e.errors()[0]['msg']}"}
    except LangbotError as e:
        return {"error": f"line {number}: {e}"}
    except Exception:  # one bad line must never cost the lines after it
        logger.exception("grade --batch: line %d failed", number)
        return {"error": f"line {number}: this line could not be graded (an internal error)"}


def _grade_batch(tutor: Tutor, source: str, out: TextIO, inp: TextIO) -> int:
    status = 0
    for number, raw in enumerate(_batch_lines(source, inp), 1):
        if not raw.strip():
            continue
        result = _grade_line(tutor, number, raw)
        if "error" in result:
            status = EXIT_USAGE
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return status
