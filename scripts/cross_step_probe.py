"""Another step's answer: grade each step's right answers at every other step of its lesson.

For every lesson (the built-in ones and `evals/yaml-only/lessons/`), a step's right answers are
its model answer and the `expected: correct` rows of the TUNING eval files for it (never a
held-out folder). Each is graded at its own step (it must be accepted) and at every other step
of the lesson (it should be refused: it answers another question), unless a rule below says it
answers the other step too; the skipped pairs are written with their reason.

    PYTHONPATH=.:scripts python scripts/cross_step_probe.py [--out DIR] [--set builtin|yaml]

Writes DIR/summary.txt (refused cross answers by the `asks` kind of the step graded at and by
the kind of the answer's own step; own answers accepted), DIR/accepted.tsv (the cross answers
accepted), DIR/own_refused.tsv, DIR/skipped.tsv (pair and reason), DIR/pairs.tsv (every pair).

Skip rules, in order (the first that holds names the reason):
- `held-out guard`: the text's own hash is odd (`real_data.heldout(text)`: a held-out Tatoeba or
  COWS sentence may share it) or, at a YAML-only lesson, the row "lesson|step|text" at the
  step graded at would be a held-out row (odd hash). Counted, not listed.
- `same asks`: both steps ask the same kind, of the same class, with the same action.
- `listed right there`: the text is a right answer of the step graded at too (its model answer
  or a correct tuning row).
- `bare yes or no`: the text is a yes or a no with nothing but courtesy words, and both steps
  want a yes or a no (`yes_no`, or a kind that takes a yes or a no: accept, decline,
  accept_decline).
"""

import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from probe_files import probe_parser, tsv
from real_data import heldout

from langbot.eval_cli import build_eval_tutor
from langbot.evaluation import EVALS_DIR, YAML_ONLY_DIR, EvalRow, load_eval_set, run_row
from langbot.lessons import Step
from langbot.text import fold

OUT = Path("/work/wt/cross-probe")
SOURCES = {
    "builtin": (None, [None, EVALS_DIR / "real-learner", EVALS_DIR / "real-native"]),
    "yaml": (
        YAML_ONLY_DIR / "lessons",
        [YAML_ONLY_DIR / "tuning", EVALS_DIR / "real-learner-yaml", EVALS_DIR / "real-native-yaml"],
    ),
}
YES_NO_KINDS = {"accept", "decline", "accept_decline"}
BARE_YES_NO = re.compile(r"^(si|no|vale|claro|gracias|por favor|de acuerdo|muchas|[ ,.!¡])+$")


@dataclass(frozen=True)
class Answer:
    """A right answer of a step: its text and where it comes from."""

    lesson: str
    step: int
    text: str
    source: str


def kind_of(step: Step) -> str:
    """The step's `asks` kind and class, or `accept pattern` for a step with none."""
    if step.asks is None:
        return "pattern"
    return step.asks.kind + (f"/{step.asks.of}" if step.asks.of else "")


def right_answers(lessons, folders) -> dict[tuple[str, int], list[Answer]]:
    """Each step's model answer and the correct tuning rows for it, distinct texts."""
    found: dict[tuple[str, int], dict[str, Answer]] = defaultdict(dict)
    for lesson in lessons.values():
        for number, step in enumerate(lesson.steps, 1):
            found[lesson.id, number][step.model_answer] = Answer(
                lesson.id, number, step.model_answer, "model"
            )
    for folder in folders:
        for row in load_eval_set(folder):
            if row.expected == "correct" and row.lesson in lessons:
                where = row.where.split("/")[-1].split(":")[0]
                found[row.lesson, row.step].setdefault(
                    row.text, Answer(row.lesson, row.step, row.text, where)
                )
    return {key: list(texts.values()) for key, texts in found.items()}


def guarded(lesson: str, step: int, text: str, yaml_only: bool) -> bool:
    """Whether grading the text at this step could touch a held-out row."""
    return heldout(text) or (yaml_only and heldout(f"{lesson}|{step}|{text}"))


def wants_yes_no(step: Step) -> bool:
    """Whether the step takes a yes or a no."""
    return step.asks is not None and (step.asks.yes_no or step.asks.kind in YES_NO_KINDS)


def skip_reason(answer: Answer, at: Step, own: Step, listed: set[str]) -> str | None:
    """Why the answer also answers the step graded at, or None (see the module's rules)."""
    if at.asks is not None and own.asks is not None:
        a, b = at.asks, own.asks
        if (a.kind, a.of, a.action) == (b.kind, b.of, b.action):
            return "same asks"
    if answer.text in listed:
        return "listed right there"
    if BARE_YES_NO.match(fold(answer.text)) and wants_yes_no(at) and wants_yes_no(own):
        return "bare yes or no"
    return None


def grade(tutor, lesson: str, step: int, text: str, expected: str):
    """The tutor's verdict and reply for the text at the step."""
    category = "context" if expected == "incorrect" else "exact"
    row = EvalRow(
        lesson=lesson, step=step, attempt=1, text=text, expected=expected, category=category
    )
    return run_row(tutor, row)


def probe(name: str, out: list[dict]) -> None:
    """Grade one set's lessons: own answers at their step, cross answers at the others."""
    lessons_dir, folders = SOURCES[name]
    tutor = build_eval_tutor("builtin", None, lessons_dir)
    lessons = dict(tutor.lessons)
    answers = right_answers(lessons, folders)
    for (lesson_id, number), texts in sorted(answers.items()):
        lesson = lessons[lesson_id]
        own = lesson.steps[number - 1]
        for answer in texts:
            result = grade(tutor, lesson_id, number, answer.text, "correct")
            out.append(_pair(name, answer, number, own, own, "own", result))
            for at_number, at in enumerate(lesson.steps, 1):
                if at_number == number:
                    continue
                if guarded(lesson_id, at_number, answer.text, name == "yaml"):
                    out.append(_pair(name, answer, at_number, at, own, "held-out guard", None))
                    continue
                listed = {a.text for a in answers.get((lesson_id, at_number), [])}
                reason = skip_reason(answer, at, own, listed)
                result = (
                    None if reason else grade(tutor, lesson_id, at_number, answer.text, "incorrect")
                )
                out.append(_pair(name, answer, at_number, at, own, reason or "cross", result))


def _pair(name, answer, at_number, at, own, what, result) -> dict:
    return {
        "set": name,
        "lesson": answer.lesson,
        "at": at_number,
        "at_kind": kind_of(at),
        "from": answer.step,
        "from_kind": kind_of(own),
        "source": answer.source,
        "what": what,
        "accepted": None if result is None else result.accepted,
        "text": answer.text,
        "reply": "" if result is None else result.reply.replace("\n", " ")[:160],
    }


def _table(pairs: list[dict], key: str) -> list[str]:
    total, refused = Counter(), Counter()
    for p in pairs:
        total[p[key].split("/")[0]] += 1
        refused[p[key].split("/")[0]] += not p["accepted"]
    return [
        f"  {k:<18} {refused[k]:>5} of {total[k]:>5} refused ({100 * refused[k] / total[k]:.1f}%)"
        for k in sorted(total, key=lambda k: -(total[k] - refused[k]))
    ]


def summary(pairs: list[dict]) -> str:
    """The figures: cross answers refused by kind, own answers accepted, skips by reason."""
    lines = []
    for name in sorted({p["set"] for p in pairs}):
        mine = [p for p in pairs if p["set"] == name]
        own = [p for p in mine if p["what"] == "own"]
        cross = [p for p in mine if p["what"] == "cross"]
        refused = sum(not p["accepted"] for p in cross)
        accepted = sum(p["accepted"] for p in own)
        lines += [
            f"== {name}",
            f"own answers accepted: {accepted} of {len(own)} ({100 * accepted / len(own):.1f}%)",
            f"cross answers refused: {refused} of {len(cross)} "
            f"({100 * refused / max(1, len(cross)):.1f}%)",
            "skipped: "
            + ", ".join(f"{k} {v}" for k, v in Counter(p["what"] for p in mine).items()),
            "cross refused by the kind of the step graded at:",
            *_table(cross, "at_kind"),
            "cross refused by the kind of the answer's own step:",
            *_table(cross, "from_kind"),
        ]
    return "\n".join(lines) + "\n"


def write(pairs: list[dict], out: Path) -> None:
    """The summary and the pair lists, outside the repository."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "summary.txt").write_text(summary(pairs), encoding="utf-8")
    cols = ["set", "lesson", "at", "at_kind", "from", "from_kind", "source", "what", "text"]

    (out / "pairs.tsv").write_text(tsv(pairs, [*cols, "accepted"]), encoding="utf-8")
    cross = [p for p in pairs if p["what"] == "cross" and p["accepted"]]
    (out / "accepted.tsv").write_text(tsv(cross, cols), encoding="utf-8")
    own = [p for p in pairs if p["what"] == "own" and not p["accepted"]]
    (out / "own_refused.tsv").write_text(tsv(own, [*cols, "reply"]), encoding="utf-8")
    skipped = [p for p in pairs if p["what"] not in ("own", "cross", "held-out guard")]
    (out / "skipped.tsv").write_text(tsv(skipped, cols), encoding="utf-8")


def main(argv: list[str]) -> None:
    """Run the probe on the sets asked for and write the files."""
    parser = probe_parser(__doc__, OUT)
    parser.add_argument("--set", choices=sorted(SOURCES), action="append")
    args = parser.parse_args(argv)
    pairs: list[dict] = []
    for name in args.set or sorted(SOURCES):
        probe(name, pairs)
    write(pairs, args.out)
    sys.stdout.write(summary(pairs))


if __name__ == "__main__":
    main(sys.argv[1:])
