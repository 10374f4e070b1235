"""Another lesson's answer: grade each step's accepted right answers at the other lessons' steps
that ask the same kind.

A step's right answers are its model answer and the `expected: correct` rows of the TUNING eval
files for it (built-in: evals/*.yaml, evals/real-native/; YAML-only: evals/yaml-only/tuning/,
evals/real-native-yaml/; never a held-out folder). An answer its own step accepts is graded at
every step of ANOTHER lesson (built-in and YAML-only alike) whose `asks` has the same kind. A
refusal there is a reader that knows one lesson's words and not the kind, or an answer that does
not fit the other question (a price for bread is not a price for a bike): read them by eye.

    PYTHONPATH=.:scripts python scripts/transfer_probe.py [--out DIR] [--kind KIND ...]

Writes DIR/summary.txt (refusals by kind, by whether the `asks` match in full) and
DIR/refused.tsv (each refusal with the bot's reply), outside the repository.

Held-out guard: a text whose own hash is odd is never graded elsewhere, nor a row
"lesson|step|text" of a YAML-only lesson whose hash is odd (it could be a held-out row).
"""

import sys
from collections import Counter
from pathlib import Path

from cross_step_probe import grade, right_answers
from probe_files import probe_parser, write_probe_files
from real_data import heldout

from langbot.eval_cli import build_eval_tutor
from langbot.evaluation import EVALS_DIR, YAML_ONLY_DIR

OUT = Path("/work/wt/natives33-probe/transfer")
SETS = {
    "builtin": (None, [None, EVALS_DIR / "real-native"]),
    "yaml": (YAML_ONLY_DIR / "lessons", [YAML_ONLY_DIR / "tuning", EVALS_DIR / "real-native-yaml"]),
}


def signature(asks) -> str:
    """The step's `asks` in full: kind, class, action, who, yes or no."""
    parts = [asks.kind, asks.of or "-", asks.action or "-", asks.who]
    return "/".join(parts) + ("/yn" if asks.yes_no else "")


def load() -> tuple[dict, list]:
    """The tutors by set, and every step as (set, lesson, number, step)."""
    tutors, steps = {}, []
    for name, (lessons_dir, _) in SETS.items():
        tutors[name] = build_eval_tutor("builtin", None, lessons_dir)
        for lesson in tutors[name].lessons.values():
            for number, step in enumerate(lesson.steps, 1):
                if step.asks is not None:
                    steps.append((name, lesson.id, number, step))
    return tutors, steps


def accepted_answers(tutors, steps, kinds) -> list[tuple]:
    """Each right answer its own step accepts, with the step it comes from."""
    out = []
    for name, (_, folders) in SETS.items():
        lessons = dict(tutors[name].lessons)
        for (lesson_id, number), texts in sorted(right_answers(lessons, folders).items()):
            step = lessons[lesson_id].steps[number - 1]
            if step.asks is None or (kinds and step.asks.kind not in kinds):
                continue
            for answer in texts:
                if heldout(answer.text):
                    continue
                if grade(tutors[name], lesson_id, number, answer.text, "correct").accepted:
                    out.append((name, lesson_id, number, step, answer))
    return out


def probe(kinds: set[str]) -> list[dict]:
    """Grade every accepted answer at the other lessons' steps of its kind."""
    tutors, steps = load()
    answers = accepted_answers(tutors, steps, kinds)
    pairs = []
    for _set, lesson_id, number, own, answer in answers:
        for at_set, at_lesson, at_number, at in steps:
            if at_lesson == lesson_id or at.asks.kind != own.asks.kind:
                continue
            if at_set == "yaml" and heldout(f"{at_lesson}|{at_number}|{answer.text}"):
                continue
            result = grade(tutors[at_set], at_lesson, at_number, answer.text, "correct")
            pairs.append(
                {
                    "kind": own.asks.kind,
                    "full": signature(own.asks) == signature(at.asks),
                    "from": f"{lesson_id}:{number}",
                    "from_sig": signature(own.asks),
                    "at": f"{at_lesson}:{at_number}",
                    "at_sig": signature(at.asks),
                    "question": at.bot.replace("\n", " "),
                    "source": answer.source,
                    "text": answer.text,
                    "accepted": result.accepted,
                    "reply": result.reply.replace("\n", " ")[:200],
                }
            )
    return pairs


def summary(pairs: list[dict]) -> str:
    """Refusals by kind, for pairs whose `asks` match in full and for the others."""
    lines = ["kind                full-match refused/pairs   other refused/pairs"]
    total, refused = Counter(), Counter()
    for p in pairs:
        total[p["kind"], p["full"]] += 1
        refused[p["kind"], p["full"]] += not p["accepted"]
    for kind in sorted({p["kind"] for p in pairs}):
        cells = [f"{refused[kind, f]:>6}/{total[kind, f]:<6}" for f in (True, False)]
        lines.append(f"{kind:<20}{cells[0]:>20}   {cells[1]:>16}")
    lines.append(f"all: {sum(refused.values())} refused of {sum(total.values())}")
    return "\n".join(lines) + "\n"


def write(pairs: list[dict], out: Path) -> None:
    """The summary and the refusals, outside the repository."""
    write_probe_files(
        out,
        summary(pairs),
        pairs,
        ["kind", "full", "from", "at", "at_sig", "source", "text", "question", "reply"],
        ["kind", "from", "at", "text", "accepted"],
    )


def main(argv: list[str]) -> None:
    """Run the probe on the kinds asked for (all by default) and write the files."""
    parser = probe_parser(__doc__, OUT)
    parser.add_argument("--kind", action="append", default=[])
    args = parser.parse_args(argv)
    pairs = probe(set(args.kind))
    write(pairs, args.out)
    sys.stdout.write(summary(pairs))


if __name__ == "__main__":
    main(sys.argv[1:])
