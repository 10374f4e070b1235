"""The scorecard tables of `langbot eval`: one column per report, and the rows it got wrong."""

from langbot.evaluation import CATEGORIES, CORRECT_KINDS
from langbot.real_eval import format_columns

# (label, key, kind): kind "pct" is a share, "ms" a latency, "n" a count
_ROWS = [
    ("rows", "rows", "n"),
    ("accuracy", "accuracy", "pct"),
    ("right answers accepted", "accepted_right", "pct"),
    ("wrong answers rejected", "rejected_wrong", "pct"),
    ("grammar misses: feedback names an error", ("grammar_feedback", "names_an_error"), "pct"),
    ("grammar misses: ...of the right kind", ("grammar_feedback", "names_the_right_kind"), "pct"),
    ("precision (correct)", "precision_correct", "pct"),
    ("recall (correct)", "recall_correct", "pct"),
    ("false-reject rate", "false_reject_rate", "pct"),
    ("false-accept rate", "false_accept_rate", "pct"),
    ("cue leakage (try 1-2)", "cue_leakage", "pct"),
    ("off-topic redirect rate", "redirect_rate", "pct"),
    ("fast-path share", "fast_path_share", "pct"),
    ("certain verdicts", "certain_share", "pct"),
    ("latency p50", ("latency_ms", "p50"), "ms"),
    ("latency p95", ("latency_ms", "p95"), "ms"),
]


def _value(report: dict, key) -> object:
    if isinstance(key, tuple):
        return report[key[0]][key[1]]
    return report[key]


def _fmt(value: object, kind: str) -> str:
    if value is None:
        return "n/a"
    if kind == "pct":
        return f"{100 * value:.1f}%"
    if kind == "ms":
        return f"{value:.2f} ms"
    return str(value)


def _fmt_group(group: dict) -> str:
    if not group.get("n"):
        return "-"
    return f"{_fmt(group['accuracy'], 'pct')} of {group['n']}"


def _fmt_rate(group: dict | None) -> str:
    if not group:
        return "-"
    return f"{100 * group['rate']:.1f}% of {group['n']}"


def format_table(reports: list[dict], titles: list[str]) -> str:
    """A plain-text table with one column per report: metrics, then accuracy per category."""
    lines: list[tuple[str, list[str]]] = []
    for label, key, kind in _ROWS:
        cells = [_fmt(_value(r, key), kind) for r in reports]
        if key == "fast_path_share":
            cells = [
                "n/a (builtin)" if r["backend"] == "builtin" else c
                for r, c in zip(reports, cells, strict=True)
            ]
        lines.append((label, cells))
    lines.append(("", ["" for _ in reports]))
    lines.append(("accuracy by category", ["" for _ in reports]))
    for cat in CATEGORIES:
        if any(cat in r["per_category"] for r in reports):
            cells = [_fmt_group(r["per_category"].get(cat, {"n": 0})) for r in reports]
            lines.append((f"  {cat}", cells))
    lines.append(("false rejects by kind of right answer", ["" for _ in reports]))
    for kind in CORRECT_KINDS:
        if any(kind in r["false_reject_by_kind"] for r in reports):
            cells = [_fmt_rate(r["false_reject_by_kind"].get(kind)) for r in reports]
            lines.append((f"  {kind}", cells))
    lines.append(("accuracy by lesson", ["" for _ in reports]))
    for lesson in reports[0]["per_lesson"]:
        # a new lesson has tuning rows before anyone has written its held-out ones
        cells = [_fmt_group(r["per_lesson"].get(lesson, {"n": 0})) for r in reports]
        lines.append((f"  {lesson}", cells))
    return format_columns(lines, titles)


def format_misses(report: dict) -> str:
    """One line per row the tutor got wrong: where, what was typed, label and verdict."""
    lines = [f"\n{len(report['misses'])} rows where the tutor disagreed with the label:"]
    for m in report["misses"]:
        lines.append(
            f"  {m['lesson']} step {m['step']} try {m['attempt']} [{m['category']}] "
            f"{m['text']!r}: expected {m['expected']}, tutor said {m['got']}"
        )
    return "\n".join(lines) + "\n"


def format_refused(messages: list[str]) -> str:
    """The model answers their own steps refuse, each once: eval scores them as right
    answers refused, and the app will not start until they are fixed."""
    unique = list(dict.fromkeys(messages))
    if not unique:
        return ""
    head = (
        f"{len(unique)} model answer(s) refused by their own step: each is counted as a "
        "right answer refused below, and the app will not start until it is accepted:"
    )
    return "\n".join([head, *(f"- {m}" for m in unique)]) + "\n\n"
