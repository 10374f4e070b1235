"""Grade the fresh native rows (evals/real-native-fresh/rows.yaml) at their steps.

Usage: PYTHONPATH=.:scripts python scripts/native_fresh_grade.py dev|check
`dev`: every dev row with its verdict and the judge's reply; `check`: the number of check
rows accepted, nothing else printed (the check half is read once before and once after).
"""

from __future__ import annotations

import sys

import yaml
from real_data import EVALS, heldout

from langbot.conversation import Conversation
from langbot.eval_cli import build_eval_tutor
from langbot.evaluation import YAML_ONLY_DIR

ROWS = EVALS / "real-native-fresh" / "rows.yaml"


def main(argv: list[str]) -> int:
    """Grade one half's rows; print the verdicts (dev) or the count (check)."""
    if argv not in (["dev"], ["check"]):
        print(__doc__, file=sys.stderr)
        return 2
    rows = [r for r in yaml.safe_load(ROWS.read_text(encoding="utf-8")) if r["half"] == argv[0]]
    tutors = {
        False: build_eval_tutor("builtin", None, None),
        True: build_eval_tutor("builtin", None, YAML_ONLY_DIR / "lessons"),
    }
    accepted = 0
    for row in rows:
        assert not heldout(row["text"])
        turn = Conversation(lesson_id=row["lesson"], step=row["step"], attempt=1)
        out = tutors[row["yaml_only"]].respond(turn, row["text"])
        accepted += out.response.correct
        if argv[0] == "dev":
            verdict = "YES" if out.response.correct else "NO "
            reply = out.response.text.replace("\n", " ")[:200]
            print(
                f"{verdict} {row['kind']} {row['lesson']} {row['step']}: {row['text']}\n    {reply}"
            )
    print(f"{argv[0]} accepted {accepted} of {len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
