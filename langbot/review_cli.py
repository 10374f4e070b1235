"""`langbot review`: a learner's due reviews in the terminal, and `langbot review export`."""

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

from langbot.display import write_turns
from langbot.errors import InputRejected, UsageError
from langbot.review import session
from langbot.review.days import local_zone, zone_named
from langbot.review.export import FORMATS, export
from langbot.review.queue import describe_next
from langbot.review.reviewer import Reviewer
from langbot.storage import DEFAULT_PATH, ProgressStore, is_learner_id, new_learner_id, open_store
from langbot.tutor import Tutor

OUTCOME_WORDS = {
    "first_try": "right first time",
    "after_cue": "right after a cue",
    "revealed": "answer shown",
}
SKIPPED = "{n} saved review item(s) could not be read and were skipped; the others are here."
LEARNER_FILE = "learner"  # beside the progress file: this computer's own learner id
LEARNER_HELP = "the learner id (the ?learner= link); default: this computer's own"


def add_review_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `langbot review` and `langbot review export`."""
    parser.add_argument("action", nargs="?", choices=("export",), help="export the items")
    parser.add_argument("--learner", help=LEARNER_HELP)
    parser.add_argument("--format", choices=FORMATS, default="apkg", help="export format")
    parser.add_argument("--output", help="export file (default langbot-review.FORMAT; - stdout)")
    parser.add_argument("--tz", help="your time zone, e.g. Europe/Madrid (default: this machine's)")


def _own_learner(folder: Path) -> str:
    """This computer's learner id, remembered in `folder` (made on first use)."""
    path = folder / LEARNER_FILE
    try:
        remembered = path.read_text(encoding="utf-8").strip()
    except OSError:
        remembered = ""
    if is_learner_id(remembered):
        return remembered
    fresh = new_learner_id()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(fresh + "\n", encoding="utf-8")
    except OSError:
        pass  # not remembered: this run still saves under it
    return fresh


def open_learner(given: str | None, err: TextIO) -> tuple[ProgressStore, str]:
    """The progress store and the learner a terminal command uses: `--learner`, else this
    computer's own id, remembered beside the progress file (the web's is in its cookie)."""
    from langbot.config import load_settings

    if given is not None and not is_learner_id(given):
        raise UsageError(
            f"{given!r} is not a learner id: 8-64 letters, digits, '-' or '_'"
            " (the ?learner= part of the app's link)."
        )
    settings = load_settings()
    store, warning = open_store(settings)
    if warning:
        err.write(f"langbot: {warning}\n")
    learner = given or _own_learner(Path(settings.store_path or DEFAULT_PATH).parent)
    return store, learner


def settle(store: ProgressStore, err: TextIO, timeout: float = 5) -> None:
    """Before a terminal command exits: write what waits in memory, or say it could not be."""
    waiting = getattr(store, "waiting", None)  # only a FallbackStore keeps saves waiting
    if waiting is not None and waiting() and not store.wait_until_saved(timeout):  # type: ignore[attr-defined]
        err.write("langbot: the progress store is failing: this session's progress is lost.\n")


def _reviewer(args: argparse.Namespace, tutor: Tutor, err: TextIO) -> Reviewer:
    tz = local_zone() if args.tz is None else zone_named(args.tz)
    if tz is None:
        raise UsageError(f"{args.tz!r} is not a time zone: give a name such as Europe/Madrid.")
    store, args.learner = open_learner(args.learner, err)
    reviewer = Reviewer(tutor, store, tz=tz)
    reviewer.backfill(args.learner)  # lessons finished before reviews existed: once, idempotent
    return reviewer


def cmd_review(args: argparse.Namespace, tutor: Tutor, out: TextIO, inp: TextIO) -> int:
    """Run the learner's due reviews, or export their items."""
    reviewer = _reviewer(args, tutor, sys.stderr)
    if args.action == "export":
        return _export(reviewer, args, out)
    try:
        return _run_reviews(tutor, reviewer, args.learner, out, inp)
    finally:
        settle(reviewer.store, sys.stderr)


def _run_reviews(tutor: Tutor, reviewer: Reviewer, learner: str, out: TextIO, inp: TextIO) -> int:
    found = reviewer.reviews(learner)
    if found.skipped:
        out.write(SKIPPED.format(n=found.skipped) + "\n")
    queue = reviewer.due(learner)
    if not queue:
        out.write(describe_next(reviewer.next_due(learner), reviewer.clock(), reviewer.tz) + "\n")
        return 0
    out.write(f"{len(queue)} review(s) due. Answer in Spanish; Ctrl-D or /quit to stop.\n")
    done: Counter[str] = Counter()
    for number, item in enumerate(queue, 1):
        lesson = tutor.lesson(item.lesson_id)
        out.write(f"\nReview {number} of {len(queue)} · {lesson.title}, step {item.step}\n")
        outcome = _ask(tutor, reviewer, learner, item, out, inp)
        if outcome is None:
            out.write("\n¡Hasta luego! Your reviews so far are saved.\n")
            return 0
        done[outcome] += 1
    summary = ", ".join(f"{done[k]} {w}" for k, w in OUTCOME_WORDS.items() if done[k])
    out.write(f"\n¡Muy bien! All {len(queue)} review(s) done: {summary}.\n")
    out.write(describe_next(reviewer.next_due(learner), reviewer.clock(), reviewer.tz) + "\n")
    return 0


def _ask(tutor, reviewer, learner, item, out: TextIO, inp: TextIO) -> str | None:
    conv = session.ask(tutor, item)
    write_turns(conv.transcript, out)
    while True:
        out.write(f"[try {conv.attempt}/3] You> ")
        out.flush()
        line = inp.readline()
        if not line or line.strip() in ("/quit", "/exit"):
            return None
        try:
            turn = session.answer(tutor, item, conv, line.rstrip("\n"))
        except InputRejected as e:
            out.write(f"LangBot> {e}\n")
            continue
        for error in turn.errors:
            out.write(f"  · {error}\n")
        write_turns(turn.messages, out)
        conv = turn.conversation
        if turn.finished:
            reviewer.finish(learner, item, turn)
            out.write(f"  Last time you wrote «{item.wrote}» → «{item.correction}»\n")
            out.write(f"  ({OUTCOME_WORDS[turn.outcome]})\n")
            return turn.outcome


def _export(reviewer: Reviewer, args: argparse.Namespace, out: TextIO) -> int:
    items = reviewer.store.reviews(args.learner).items
    data = export(items, args.learner, args.format, reviewer.clock(), reviewer.tz)
    if args.output == "-":
        if args.format == "apkg":
            raise UsageError("An .apkg is binary: give --output FILE, not -.")
        out.write(data.decode("utf-8-sig"))
        return 0
    path = Path(args.output or f"langbot-review.{args.format}")
    try:
        path.write_bytes(data)
    except OSError as e:
        raise UsageError(f"cannot write {path}: {e.strerror or e}") from e
    out.write(f"Wrote {len(items)} item(s) to {path}\n")
    return 0
