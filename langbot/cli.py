"""The `langbot` command: list lessons, practise in the terminal, grade turns."""

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from langbot import __version__
from langbot.conversation import Conversation
from langbot.display import write_turns
from langbot.errors import InputRejected, LangbotError, RequestError, StaleTurn
from langbot.eval_cli import add_eval_arguments, cmd_eval
from langbot.grade_cli import EXIT_USAGE, add_grade_arguments, cmd_grade
from langbot.review_cli import LEARNER_HELP, add_review_arguments, cmd_review, open_learner, settle
from langbot.tutor import Tutor

if TYPE_CHECKING:
    from langbot.practice import Practice


def _tutor(streaming: bool = True) -> Tutor:
    from langbot.wiring import build_tutor

    return build_tutor(streaming=streaming)


def cmd_lessons(args: argparse.Namespace, out: TextIO) -> int:
    """Print the lessons, as a table or as JSON with their steps."""
    tutor = _tutor()
    if args.json:
        data = [
            {
                "id": lesson.id,
                "title": lesson.title,
                "title_en": lesson.title_en,
                "level": lesson.level,
                "minutes": lesson.minutes,
                "description": lesson.description,
                "steps": [
                    {
                        "number": i,
                        "bot": s.bot,
                        "gloss": s.gloss,
                        "goal": s.goal,
                        "model_answer": s.model_answer,
                    }
                    for i, s in enumerate(lesson.steps, 1)
                ],
            }
            for lesson in tutor.lessons.values()
        ]
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    for n, lesson in enumerate(tutor.lessons.values(), 1):
        out.write(
            f"{n:>2}. {lesson.id:<12} {lesson.title} ({lesson.title_en}) · {lesson.level} · "
            f"{len(lesson.steps)} steps · ~{lesson.minutes} min\n"
        )
    return 0


def cmd_chat(args: argparse.Namespace, out: TextIO, inp: TextIO) -> int:
    """Run an interactive lesson in the terminal, kept as the web keeps it: the learner's
    place is saved, and each missed step joins their review queue (`langbot review`)."""
    from langbot.practice import Practice

    tutor = _tutor()
    lesson = tutor.lesson(args.lesson)
    store, learner = open_learner(args.learner, sys.stderr)
    practice = Practice(tutor, store)
    try:
        conv = practice.resume(learner, lesson.id)
        if conv.completed:
            conv = practice.restart(learner, lesson.id)
        out.write(
            f"{lesson.title} — {lesson.title_en}. Answer in Spanish; Ctrl-D or /quit to stop.\n"
        )
        out.write(f"Saved for learner {learner} (the app's ?learner= link).\n")
        write_turns(conv.transcript, out)
        conv = _chat_turns(practice, learner, conv, out, inp)
    finally:
        settle(store, sys.stderr)
    if conv is None:
        out.write("\n¡Hasta luego! Your place is saved.\n")
        return 0
    out.write(
        f"\nDone! Right on the first try: {conv.first_try}/{len(lesson.steps)} · "
        f"cues used: {conv.cues_used} · answers shown: {conv.revealed}\n"
    )
    if conv.mistakes:
        out.write("The steps you missed come back for review from tomorrow: langbot review\n")
    return 0


def _chat_turns(
    practice: "Practice", learner: str, conv: Conversation, out: TextIO, inp: TextIO
) -> Conversation | None:
    """The lesson's turns until it is finished (the conversation) or the learner quits (None)."""
    steps = len(practice.tutor.lesson(conv.lesson_id).steps)
    while not conv.completed:
        out.write(f"[step {conv.step}/{steps}, try {conv.attempt}/3] You> ")
        out.flush()
        line = inp.readline()
        if not line or line.strip() in ("/quit", "/exit"):
            return None
        try:  # the web's path: judged, saved, and a missed step made a review item
            stream = practice.stream(conv, line.rstrip("\n"), None)
            for _ in stream:
                pass
            saved = practice.commit(learner, stream.outcome)
        except StaleTurn as e:  # another window moved this lesson on
            out.write(f"LangBot> {e}\n")
            conv = practice.resume(learner, conv.lesson_id)
            write_turns(conv.transcript[-1:], out)
            continue
        except InputRejected as e:
            out.write(f"LangBot> {e}\n")
            continue
        write_turns(stream.outcome.messages, out)  # a grammar miss's cue is the error found
        conv = saved
    return conv


def cmd_starter_eval(args: argparse.Namespace, out: TextIO) -> int:
    """Write a starter eval file for a lesson and say what to do with it."""
    from pathlib import Path

    from langbot.eval_starter import REVIEW_MARK, write_starter
    from langbot.lessons import find_lesson

    tutor = _tutor(streaming=False)
    lesson = find_lesson(tutor.lessons, args.lesson)
    path = write_starter(lesson, tutor.lessons, Path(args.out) if args.out else None, args.force)
    out.write(
        f"wrote {path}: review every row marked `{REVIEW_MARK}`, delete the marks, and add "
        "learners' own answers until the lesson has 30 rows in 7 categories.\n"
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="langbot", description="LangBot: a Spanish (A1) tutor.")
    parser.add_argument("--version", action="store_true", help="show the version and backend")
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("lessons", help="list the lessons")
    p.add_argument("--json", action="store_true", help="print lessons with steps as JSON")
    p = sub.add_parser("chat", help="practise a lesson in the terminal")
    p.add_argument("lesson", help="lesson id (e.g. greetings) or number")
    p.add_argument("--learner", help=LEARNER_HELP)
    p = sub.add_parser("grade", help="judge one turn and print the response")
    add_grade_arguments(p)
    p = sub.add_parser("eval", help="score the tutor on the labelled answers in evals/")
    add_eval_arguments(p)
    p = sub.add_parser("starter-eval", help="write a starter eval file for a new lesson")
    p.add_argument("lesson", help="lesson id or number")
    p.add_argument("--out", metavar="FILE", help="where to write it; default evals/<id>.yaml")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p = sub.add_parser("review", help="your due reviews in the terminal, or export them")
    add_review_arguments(p)
    return parser


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, inp: TextIO | None = None
) -> int:
    """Entry point of the `langbot` console script."""
    out = out or sys.stdout
    inp = inp or sys.stdin
    args = build_parser().parse_args(argv)
    try:
        if args.version:
            from langbot.config import load_settings
            from langbot.llm.health import describe_backend

            out.write(f"langbot {__version__}\n")
            out.write(describe_backend(load_settings()) + "\n")
            return 0
        if args.command == "lessons":
            return cmd_lessons(args, out)
        if args.command == "chat":
            return cmd_chat(args, out, inp)
        if args.command == "grade":
            return cmd_grade(args, out, inp)
        if args.command == "eval":
            return cmd_eval(args, out)
        if args.command == "starter-eval":
            return cmd_starter_eval(args, out)
        if args.command == "review":
            return cmd_review(args, _tutor(), out, inp)
        build_parser().print_help(out)
        return EXIT_USAGE
    except LangbotError as e:
        sys.stderr.write(f"langbot: {e}\n")
        return exit_code(e)


def exit_code(error: LangbotError) -> int:
    """The exit status for an error: a usage error for what the caller can fix, else 1."""
    return EXIT_USAGE if isinstance(error, RequestError) else 1


if __name__ == "__main__":  # `python -m langbot.cli`, as well as `python -m langbot`
    sys.exit(main())
