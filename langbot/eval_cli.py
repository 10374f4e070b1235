"""`langbot eval`: build the tutor to evaluate, run the tuning set and the two held-out sets,
and print their scorecards side by side (the held-out sets are never tuned on)."""

import argparse
import json
import sys
from functools import partial
from pathlib import Path
from typing import TextIO

from langbot.config import load_settings
from langbot.eval_lessons import lessons_for
from langbot.eval_tables import format_misses, format_refused, format_table
from langbot.evaluation import (
    HELDOUT_DIR,
    HELDOUT_LEARNER_DIR,
    PAIRS_FILE,
    YAML_ONLY_DIR,
    EvalRow,
    EvalSetError,
    check_eval_set,
    load_eval_set,
    run_eval,
    summarize,
)
from langbot.lessons import LESSONS_DIR
from langbot.native_eval import SENTENCES_FILE, format_native_misses, score_native
from langbot.real_eval import (
    PAIRS_DIR,
    PAIRS_HELDOUT_DIR,
    REAL_STEP_LESSONS,
    REAL_STEP_SETS,
    format_pair_misses,
    format_real_table,
    load_pairs,
    score_pairs,
)
from langbot.registry import backend_names
from langbot.synthetic_eval import evaluate_synthetic, format_synthetic_misses
from langbot.tutor import Tutor

PROGRESS_MIN_ROWS = 50
BAR_WIDTH = 30


def build_eval_tutor(
    backend: str | None,
    prompts: str | None,
    lessons: Path | None = None,
    *,
    check_answers: bool = True,
) -> Tutor:
    """The tutor to evaluate: the configured settings with --backend and --prompts applied
    (and another folder of lessons, for the lessons written in YAML alone)."""
    from langbot.wiring import build_tutor

    settings = load_settings()
    update: dict[str, object] = {"lessons_dir": lessons} if lessons else {}
    if backend:
        update["backend"] = backend
    if prompts:
        update["prompts_dir"] = Path(prompts)
    return build_tutor(settings.model_copy(update=update), check_answers=check_answers)


def refused_rows(
    tutor: Tutor, lessons: Path | None, rows: list[EvalRow], cache: dict | None = None
) -> list[EvalRow]:
    """A right-answer row for each model answer its own step refuses, in the lessons the
    rows are about: eval scores it as a right answer refused where the app would not start.
    The folder's model answers are graded once per `cache` (one a run), not once a set."""
    from langbot.grading import refused_model_answers

    folder = Path(lessons or load_settings().lessons_dir or LESSONS_DIR)
    cache = {} if cache is None else cache
    if folder.resolve() not in cache:
        cache[folder.resolve()] = refused_model_answers(tutor.lessons, folder)
    about = {row.lesson for row in rows}
    out = []
    for refused in cache[folder.resolve()]:
        if refused.lesson in about:
            row = EvalRow(
                lesson=refused.lesson,
                step=refused.step,
                attempt=1,
                text=refused.answer,
                expected="correct",
                category="exact",
            )
            row._where = refused.message
            out.append(row)
    return out


def progress_bar(stream: TextIO, label: str = ""):
    """A progress(done, total) callback that redraws a one-line bar on a stream."""
    tty = stream.isatty()

    def progress(done: int, total: int) -> None:
        if not tty and total <= PROGRESS_MIN_ROWS:
            return
        # Off a terminal, redraw only every tenth so logs stay short.
        if not tty and done != total and done % max(1, total // 10):
            return
        filled = BAR_WIDTH * done // total
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        end = "\n" if done == total or not tty else ""
        stream.write(f"\r{label}[{bar}] {done}/{total}{end}")
        stream.flush()

    return progress


def _evaluate(
    args: argparse.Namespace,
    prompts: str | None,
    err: TextIO,
    label: str,
    source=None,
    lessons: Path | None = None,
    refused_cache: dict | None = None,
) -> dict:
    source = source if source is not None else args.set
    if source is not None and (Path(source) / PAIRS_FILE).is_file():
        raise EvalSetError(
            f"{source}: a folder of learner/corrected pairs, not answers to a step; "
            "`langbot eval` with no --set reports it in the real-language table"
        )
    if source is not None and (Path(source) / SENTENCES_FILE).is_file():
        raise EvalSetError(
            f"{source}: native sentences graded with no step, not answers to a step; "
            "`langbot eval` with no --set reports them in the real-language table"
        )
    rows = load_eval_set(source)
    if lessons is None and source is not None:
        lessons = lessons_for(rows, source)
    tutor = build_eval_tutor(args.backend, prompts, lessons, check_answers=False)
    check_eval_set(rows, tutor.lessons)
    refused = refused_rows(tutor, lessons, rows, refused_cache)
    results = run_eval(tutor, refused + rows, progress_bar(err, label))
    report = summarize(results, backend=getattr(tutor.judge, "name", args.backend or "builtin"))
    report["refused_model_answers"] = [row.where for row in refused]
    return report


def _evaluate_real(args: argparse.Namespace, err: TextIO, evaluate=None) -> dict:
    """The real-language sets, each half apart; held-out halves keep no misses. With
    --tuning-only no held-out half is scored at all."""
    evaluate = evaluate or partial(_evaluate, args)
    keep = not args.tuning_only
    real: dict = {}
    for key, title, tuning, heldout in REAL_STEP_SETS:
        lessons = REAL_STEP_LESSONS.get(key)
        real[key] = {"tuning": evaluate(args.prompts, err, f"{title} ", tuning, lessons)}
        if keep:
            label = f"{title} held-out "
            real[key]["heldout"] = evaluate(args.prompts, err, label, heldout, lessons)
    halves = (("tuning", "YAML-only lessons "), ("heldout", "YAML-only held-out "))[: 1 + keep]
    lessons_dir = YAML_ONLY_DIR / "lessons"
    real["yaml_only"] = {
        half: evaluate(args.prompts, err, label, YAML_ONLY_DIR / half, lessons_dir)
        for half, label in halves
    }
    for key in real:
        real[key].get("heldout", {}).pop("misses", None)
    pairs = load_pairs(PAIRS_DIR)
    held_pairs = load_pairs(PAIRS_HELDOUT_DIR) if keep else None
    real["pairs"] = {"tuning": score_pairs(pairs)}
    if held_pairs is not None:
        # never list a held-out half's sentences; its labels are unreviewed
        dropped = ("false_errors", "missed", "reviewed_misses", "false_error_rate_reviewed")
        real["pairs"]["heldout"] = score_pairs(held_pairs)
        for key in dropped:
            real["pairs"]["heldout"].pop(key)
    real["native_sentences"] = score_native(with_heldout=keep)
    from langbot.grading.rules.scores import score_rules  # noqa: PLC0415 (loads the grader)

    real["synthetic"] = evaluate_synthetic(with_heldout=keep)
    real["rules"] = {"tuning": score_rules(pairs)}
    if held_pairs is not None:
        real["rules"]["heldout"] = score_rules(held_pairs)
    return real


def _refused_messages(reports: list[dict], real: dict) -> list[str]:
    """The refused model answers every run found, the real-language step sets' too."""
    keys = [*(k for k, *_ in REAL_STEP_SETS), "yaml_only"]
    runs = [*reports, *(run for key in keys for run in real.get(key, {}).values())]
    return [m for run in runs for m in run.get("refused_model_answers", [])]


def score_runs(args: argparse.Namespace, err: TextIO) -> tuple[list[dict], list[str], dict]:
    """The scorecards `langbot eval` prints, their titles, and (on a default run) the
    real-language figures; the progress bars go to err."""
    evaluate = partial(_evaluate, args, refused_cache={})
    real: dict = {}
    if args.compare:
        dir_a, dir_b = args.compare
        reports = [evaluate(dir_a, err, "A "), evaluate(dir_b, err, "B ")]
        titles = [f"A: {dir_a}", f"B: {dir_b}"]
    elif args.set:
        reports = [evaluate(args.prompts, err, "")]
        titles = [reports[0]["backend"]]
    else:
        real = _evaluate_real(args, err, evaluate)
        reports = [evaluate(args.prompts, err, "tuning ")]
        titles = [f"{reports[0]['backend']}: tuning"]
        if not args.tuning_only:
            reports += [
                evaluate(args.prompts, err, "held-out ", HELDOUT_DIR),
                evaluate(args.prompts, err, "held-out learner ", HELDOUT_LEARNER_DIR),
            ]
            titles += ["held-out (never tuned on)", "held-out, learner-style"]
    return reports, titles, real


def cmd_eval(args: argparse.Namespace, out: TextIO, err: TextIO | None = None) -> int:
    """Run the evaluation set and print the scorecard (a table, or JSON with --json)."""
    from langbot.grading.rules.scores import format_rule_table  # noqa: PLC0415

    err = err or sys.stderr
    reports, titles, real = score_runs(args, err)
    default_run = not args.set and not args.compare
    if args.json:
        data = reports[0]
        if not args.set and not args.compare:
            held = (
                {} if args.tuning_only else {"heldout": reports[1], "heldout_learner": reports[2]}
            )
            data = {**reports[0], **held, "real": real}
        if args.compare:
            pairs = zip(args.compare, reports, strict=True)
            data = {"runs": [{"prompts": p, **r} for p, r in pairs]}
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(format_refused(_refused_messages(reports, real if default_run else {})))
        out.write(format_table(reports, titles))
        if not args.set and not args.compare:
            out.write(format_real_table(real))
            out.write(format_rule_table(real["rules"]["tuning"], real["rules"].get("heldout")))
        if args.compare and reports[0]["backend"] == "builtin":
            out.write(
                "Note: prompts only change LLM backends; on builtin both columns are equal.\n"
            )
        if args.misses:  # never a held-out set's rows: reading them would make it a tuning set
            out.write(format_misses(reports[0] if default_run else reports[-1]))
            if default_run:
                for key in [*(k for k, *_ in REAL_STEP_SETS), "yaml_only"]:
                    out.write(format_misses(real[key]["tuning"]))
                out.write(format_pair_misses(real["pairs"]["tuning"]))
                out.write(format_synthetic_misses(real["synthetic"]["tuning"]))
                out.write(format_native_misses(real["native_sentences"]))
    if args.fail_under is not None and any(100 * r["accuracy"] < args.fail_under for r in reports):
        err.write(f"langbot eval: accuracy is below --fail-under {args.fail_under}%\n")
        return 1
    return 0


def add_eval_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `langbot eval`."""
    parser.add_argument(
        "--backend",
        choices=backend_names(),
        help="judge to evaluate (default: the configured one)",
    )
    parser.add_argument("--prompts", metavar="DIR", help="prompt folder for LLM backends")
    parser.add_argument(
        "--compare", nargs=2, metavar=("DIR_A", "DIR_B"), help="run two prompt folders side by side"
    )
    parser.add_argument(
        "--set",
        metavar="PATH",
        help="one evaluation file or folder (default: the tuning set and the held-out set)",
    )
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list the rows the tutor got wrong (of the tuning set, never a held-out one, unless --set names it)",
    )
    parser.add_argument(
        "--tuning-only",
        action="store_true",
        help="score the tuning sets and halves only: no held-out file is read (for tuning work)",
    )
    parser.add_argument(
        "--fail-under", type=float, metavar="PCT", help="exit 1 if accuracy is below PCT percent"
    )
