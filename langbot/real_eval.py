"""Sets of real language (COWS-L2H learners, Tatoeba natives) and how `langbot eval` scores them.

Two shapes: step rows (the EvalRow schema, run through the tutor like every other set), and
pairs of a learner sentence with its expert correction, graded with no step at all: the
corrected sentence should get no definite error, the learner sentence should get one.
Every set has a tuning half and a held-out half, split by a hash (see evals/real-learner/).
"""

import re
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

from langbot.evaluation import EVALS_DIR, YAML_ONLY_DIR, load_pairs_file, share
from langbot.native_eval import native_lines
from langbot.synthetic_eval import synthetic_lines
from langbot.text import fold

PAIRS_DIR = EVALS_DIR / "real-pairs"
PAIRS_HELDOUT_DIR = EVALS_DIR / "real-pairs-heldout"
YAML_ONLY_TITLE = "lessons written in YAML alone, blind answers"
# (key, title, tuning folder, held-out folder) of the step-row sets from real language
REAL_STEP_SETS = (
    ("learners", "COWS-L2H learners", EVALS_DIR / "real-learner", EVALS_DIR / "real-learner-heldout"),
    ("learners_yaml", "COWS-L2H learners, YAML-only lessons", EVALS_DIR / "real-learner-yaml", EVALS_DIR / "real-learner-yaml-heldout"),
    ("natives", "Tatoeba natives", EVALS_DIR / "real-native", EVALS_DIR / "real-native-heldout"),
    ("natives_yaml", "Tatoeba natives, YAML-only lessons", EVALS_DIR / "real-native-yaml", EVALS_DIR / "real-native-yaml-heldout"),
)  # fmt: skip
# The lessons a step set's rows point at, when not the built-in ones.
REAL_STEP_LESSONS = {
    "learners_yaml": YAML_ONLY_DIR / "lessons",
    "natives_yaml": YAML_ONLY_DIR / "lessons",
}
PairKind = Literal[
    "gender_number",
    "verb_person",
    "ser_estar",
    "gustar",
    "missing_verb",
    "extra_verb",
    "preposition",
    "contraction",
    "article",
    "reflexive",
    "spelling",
    "other",
]
PAIR_KINDS: tuple[str, ...] = get_args(PairKind)
# The judge's error kind that names each pair kind, where it has one.
JUDGE_KIND = {
    "gender_number": "gender_number",
    "verb_person": "verb",
    "ser_estar": "ser_estar",
    "gustar": "gustar",
    "missing_verb": "verb",
    "extra_verb": "verb",
    "reflexive": "reflexive",
    "spelling": "spelling",
}


class Pair(BaseModel):
    """A real learner's sentence, its expert correction, and the error kinds the edit shows."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    learner: str = Field(min_length=1)
    corrected: str = Field(min_length=1)
    kinds: list[PairKind] = Field(min_length=1)
    source: str = Field(min_length=1)
    still_wrong: str | None = Field(default=None, min_length=1)
    """Reviewed by eye (tuning half only): an error the corrector left in `corrected`, its
    words quoted as written there, then the fix («su programas»: «sus programas»). An error
    the judge finds inside those quoted words is right to flag; see evals/real-pairs/."""

    @model_validator(mode="after")
    def _quotes_the_corrected_sentence(self) -> "Pair":
        if self.still_wrong is not None and not self.still_wrong_words():
            raise ValueError(
                "still_wrong must quote, in «», words of the corrected sentence that are wrong"
            )
        return self

    def still_wrong_words(self) -> list[tuple[str, ...]]:
        """The quoted word runs of `still_wrong` that are in the corrected sentence."""
        sentence = _words(self.corrected)
        quotes = (_words(q) for q in re.findall(r"«([^»]+)»", self.still_wrong or ""))
        return [q for q in quotes if q and _inside(q, sentence)]

    def left_wrong(self, flagged: str) -> bool:
        """Whether words the judge flags in `corrected` lie inside a reviewed error."""
        words = _words(flagged)
        return bool(words) and any(_inside(words, q) for q in self.still_wrong_words())


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", fold(text)))


def _inside(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    n = len(part)
    return any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def load_pairs(folder: Path | str) -> list[Pair]:
    """Every pair in a folder's pairs.yaml; EvalSetError names the file, row and field."""
    return load_pairs_file(folder, Pair)


def score_pairs(pairs: list[Pair]) -> dict:
    """False errors on the corrected sentences, and how often each kind of learner error is
    caught (any definite error) and named (an error of the matching kind)."""
    from langbot.grading import sentence_errors  # noqa: PLC0415 (the grader loads its data)
    from langbot.grading.tokens import tokenize  # noqa: PLC0415

    false_errors, missed, by_kind = [], [], {k: [0, 0, 0] for k in PAIR_KINDS}
    false_kinds: dict[str, int] = {}
    for pair in pairs:
        wrong_in_right = sentence_errors(pair.corrected)
        if wrong_in_right:
            tokens = tokenize(pair.corrected)
            left = [pair.left_wrong(tokens.original_text(e.start, e.end)) for e in wrong_in_right]
            false_errors.append(
                {
                    "corrected": pair.corrected,
                    "errors": [e.message for e in wrong_in_right],
                    "still_wrong": pair.still_wrong if all(left) else None,
                }
            )
        for error in wrong_in_right:
            false_kinds[error.kind] = false_kinds.get(error.kind, 0) + 1
        found = {e.kind for e in sentence_errors(pair.learner)}
        if not found:
            missed.append(
                {"learner": pair.learner, "corrected": pair.corrected, "kinds": pair.kinds}
            )
        for kind in pair.kinds:
            by_kind[kind][0] += 1
            by_kind[kind][1] += bool(found)
            by_kind[kind][2] += JUDGE_KIND.get(kind) in found
    return {
        "pairs": len(pairs),
        "false_error_rate": share(len(false_errors), len(pairs)),
        "reviewed_misses": sum(bool(f["still_wrong"]) for f in false_errors),
        "false_error_rate_reviewed": share(
            sum(not f["still_wrong"] for f in false_errors), len(pairs)
        ),
        "false_errors_by_judge_kind": dict(sorted(false_kinds.items())),
        "learner_flagged": share(len(pairs) - len(missed), len(pairs)),
        "recall_by_kind": {
            kind: {
                "n": n,
                "recall": share(hit, n),
                "named": share(named, n) if kind in JUDGE_KIND else None,
            }
            for kind, (n, hit, named) in by_kind.items()
            if n
        },
        "false_errors": false_errors,
        "missed": missed,
    }


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def _reviewed_cell(score: dict) -> str:
    return f"{_pct(score['false_error_rate_reviewed'])} ({score['reviewed_misses']} left)"


def _kind_cell(group: dict | None) -> str:
    if not group:
        return "-"
    named = "" if group["named"] is None else f" / {_pct(group['named'])}"
    return f"{_pct(group['recall'])}{named} of {group['n']}"


def _step_lines(real: dict) -> list[tuple[str, list[str]]]:
    lines: list[tuple[str, list[str]]] = []
    sets = [(key, f"{title} at a step") for key, title, _, _ in REAL_STEP_SETS]
    for key, title in [*sets, ("yaml_only", YAML_ONLY_TITLE)]:
        if key not in real:
            continue
        halves = [real[key]["tuning"], real[key]["heldout"]]
        lines.append((title, ["", ""]))
        lines.append(("  rows", [str(r["rows"]) for r in halves]))
        lines.append(("  right answers accepted", [_pct(r["accepted_right"]) for r in halves]))
        lines.append(("  wrong answers rejected", [_pct(r["rejected_wrong"]) for r in halves]))
    return lines


def format_real_table(real: dict) -> str:
    """The real-language scorecard: step rows and pairs, the tuning and held-out halves apart
    (the tuning halves alone when `real` holds no held-out half: `langbot eval --tuning-only`)."""
    columns = 2 if "heldout" in real["pairs"] else 1
    # a held-out half left out is filled with the tuning one, whose cells are then cut off
    real = {key: {"heldout": v["tuning"], **v} for key, v in real.items()}
    pairs = [real["pairs"]["tuning"], real["pairs"]["heldout"]]
    lines = _step_lines(real)
    lines += [
        ("COWS-L2H pairs, built-in checks, no step", ["", ""]),
        ("  pairs", [str(p["pairs"]) for p in pairs]),
        ("  corrected sentence gets an error, raw", [_pct(p["false_error_rate"]) for p in pairs]),
        (
            "  ...less the errors correctors left (reviewed)",
            [_reviewed_cell(pairs[0]), "not reviewed"],
        ),
        ("  learner sentence gets an error", [_pct(p["learner_flagged"]) for p in pairs]),
        ("  by kind of learner error: caught / named", ["", ""]),
    ]
    for kind in PAIR_KINDS:
        cells = [_kind_cell(p["recall_by_kind"].get(kind)) for p in pairs]
        if cells != ["-", "-"]:
            lines.append((f"    {kind}", cells))
    lines += native_lines(real.get("native_sentences"))
    lines += synthetic_lines(real.get("synthetic"))
    titles = ["tuning half", "held-out half (never tuned on)"][:columns]
    lines = [(label, cells[:columns]) for label, cells in lines]
    return "\n" + format_columns(lines, titles, "real language")


def format_columns(lines: list[tuple[str, list[str]]], titles: list[str], corner: str = "") -> str:
    """A plain-text table: labels on the left, one right-aligned column under each title."""
    left = max(len(label) for label, _ in lines)
    widths = [max(len(t), *(len(c[i]) for _, c in lines)) for i, t in enumerate(titles)]
    cols = "  ".join(t.rjust(w) for t, w in zip(titles, widths, strict=True))
    head = corner.ljust(left) + "  " + cols
    out = [head, "-" * len(head)]
    for label, cells in lines:
        padded = (c.rjust(w) for c, w in zip(cells, widths, strict=True))
        out.append(label.ljust(left) + "  " + "  ".join(padded))
    return "\n".join(line.rstrip() for line in out) + "\n"


def format_pair_misses(score: dict) -> str:
    """The tuning half's corrected sentences that got an error, one a line with the errors."""
    lines = [f"\n{len(score['false_errors'])} corrected sentences (real-pairs) that got an error:"]
    for item in score["false_errors"]:
        left = f" [still wrong, reviewed: {item['still_wrong']}]" if item["still_wrong"] else ""
        lines.append(f"  {item['corrected']!r}: {' '.join(item['errors'])}{left}")
    return "\n".join(lines) + "\n"
