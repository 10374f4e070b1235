"""Build the real-learner sets from COWS-L2H (UC Davis, Apache-2.0) essays and corrections.

Usage: python scripts/make_cowsl2h_sets.py SOURCE
SOURCE is a checkout of github.com/ucdaviscl/cowsl2h or its bare git directory (then the
files are read with `git show HEAD:<path>`). The script reads ONLY the ten files listed in
scripts/cows_files.yaml (ALLOWED_FILES): the rest of the corpus is the team's
held-out set and must stay unseen (tests/test_real_data.py pins that list by its digest).

Writes:
- evals/real-pairs/pairs.yaml and evals/real-pairs-heldout/pairs.yaml: short learner
  sentences aligned with their expert correction, with the error kinds the diff shows;
- evals/real-learner/cows.yaml and evals/real-learner-heldout/cows.yaml: corrected
  sentences (right) and learner sentences with an A1 error (wrong) at the step they answer.
Rows go to the held-out half when the SHA-1 of the corrected sentence has an odd first byte.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from difflib import SequenceMatcher
from pathlib import Path

import yaml
from cows_steps import step_rows
from error_kinds import classify
from pydantic import BaseModel, ConfigDict
from real_data import EVALS, fold, heldout, quote, split_sentences, words, write_rows


class _AllowedFiles(BaseModel):
    """The list of COWS-L2H files the generator may read."""

    model_config = ConfigDict(extra="forbid")
    files: list[str]


ALLOWED_FILES = tuple(
    _AllowedFiles.model_validate(
        yaml.safe_load((Path(__file__).with_name("cows_files.yaml")).read_text(encoding="utf-8"))
    ).files
)
MAX_WORDS = 15
MAX_CHANGED = 3  # words changed, added or dropped between learner and correction
# Anonymisation tags of the corpus, replaced by a plain value so a sentence reads naturally.
PLACEHOLDERS = {
    "*FIRST_NAME*": "Ana",
    "*LAST_NAME*": "García",
    "*CITY*": "Sacramento",
    "*AGE*": "veinte",
    "*STATE*": "California",
    "*COUNTRY*": "México",
}


def read_allowed(source: Path, name: str) -> str:
    """The text of one allowed file from a checkout or a bare git directory."""
    if name not in ALLOWED_FILES:
        raise ValueError(f"{name} is not one of the allowed COWS-L2H files")
    if (source / name).is_file():
        return (source / name).read_text(encoding="utf-8")
    done = subprocess.run(
        ["git", f"--git-dir={source}", "show", f"HEAD:{name}"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def clean(text: str) -> str | None:
    """A sentence with the corpus's anonymisation tags replaced, or None if one is left."""
    for tag, value in PLACEHOLDERS.items():
        text = text.replace(tag, value)
    for value in PLACEHOLDERS.values():  # "*CITY* *CITY*" for a two-word city
        while f"{value} {value}" in text:
            text = text.replace(f"{value} {value}", value)
    text = " ".join(text.split()).strip('\ufeff"“”—- ')
    return None if "*" in text or "[" in text else text


def align(essay: str, corrected: str) -> list[tuple[str, str]]:
    """Pairs of (learner sentence, corrected sentence), matched in order by similarity."""
    ours, theirs = split_sentences(essay), split_sentences(corrected)
    pairs, start = [], 0
    for sentence in ours:
        best, best_j = 0.0, None
        for j in range(start, min(start + 4, len(theirs))):
            ratio = SequenceMatcher(None, fold(sentence), fold(theirs[j])).ratio()
            if ratio > best:
                best, best_j = ratio, j
        if best_j is not None and best >= 0.75:
            pairs.append((sentence, theirs[best_j]))
            start = best_j + 1
    return pairs


def changed_words(learner: str, corrected: str) -> int:
    """How many words differ between the two (folded; accents alone do not count)."""
    a, b = words(learner), words(corrected)
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")


def essay_pairs(source: Path) -> list[dict]:
    """Every short aligned pair with a small edit, from the allowed files, deduplicated."""
    seen, out = set(), []
    for name in ALLOWED_FILES:
        for row in csv.DictReader(io.StringIO(read_allowed(source, name))):
            for column in ("corrected1", "corrected2"):
                if not (row.get(column) or "").strip():
                    continue
                for learner, corrected in align(row["essay"], row[column]):
                    learner, corrected = clean(learner), clean(corrected)
                    if not learner or not corrected or (learner, corrected) in seen:
                        continue
                    seen.add((learner, corrected))
                    n = len(words(learner))
                    if not 2 <= n <= MAX_WORDS:
                        continue
                    out.append(
                        {"learner": learner, "corrected": corrected, "file": name, "id": row["id"]}
                    )
    return out


def labelled_pairs(pairs: list[dict]) -> list[dict]:
    """The pairs whose small edit shows at least one A1 error kind, with those kinds."""
    out = []
    for p in pairs:
        changed = changed_words(p["learner"], p["corrected"])
        if not 1 <= changed <= MAX_CHANGED:
            continue  # the same words (accents, case, punctuation) or a rewrite
        kinds = classify(p["learner"], p["corrected"])
        if kinds and set(kinds) != {"other"}:
            out.append({**p, "kinds": kinds})
    return out


# A subject pronoun the learner wrote and the corrector dropped (style, not an error).
_PRONOUN = re.compile(r"^((?:También|Además|Y),? )?(?:[Yy]o|[ÉéEe]l|[Ee]lla|[Ee]lle) ", re.UNICODE)


def without_pronoun(learner: str, corrected: str) -> str:
    """The learner's sentence without a leading subject pronoun the correction drops."""
    found = _PRONOUN.match(learner)
    if not found or _PRONOUN.match(corrected):
        return learner
    rest = learner[found.end() :]
    return (
        (found.group(1) or "") + (rest[:1].upper() if not found.group(1) else rest[:1]) + rest[1:]
    )


def pronoun_dropped_pairs(pairs: list[dict], labelled: list[dict]) -> list[dict]:
    """For the step rows only: pairs with no A1 kind once compared whole, whose edit shows
    one when a subject pronoun the corrector dropped is left out of the comparison («Él
    esta fuerte» → «Es fuerte»: ser_estar, not a change of words). The pairs sets keep
    the first labels."""
    done = {(p["learner"], p["corrected"]) for p in labelled}
    out = []
    for p in pairs:
        learner = without_pronoun(p["learner"], p["corrected"])
        if (p["learner"], p["corrected"]) in done or learner == p["learner"]:
            continue
        if not 1 <= changed_words(learner, p["corrected"]) <= MAX_CHANGED:
            continue
        kinds = classify(learner, p["corrected"])
        if kinds and set(kinds) != {"other"}:
            out.append({**p, "kinds": kinds})
    return out


def reviewed_notes(path: Path) -> dict[str, str]:
    """The `still_wrong` notes (reviewed by eye) of a pairs file already written, by corrected
    sentence, so regenerating keeps them. Only ever called on the tuning half."""
    if not path.is_file():
        return {}
    rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return {r["corrected"]: r["still_wrong"] for r in rows if r.get("still_wrong")}


def write_pairs(path: Path, pairs: list[dict], half: str, notes: dict[str, str]) -> None:
    """Write a pairs file: learner, corrected, kinds, source, and a reviewed note if any."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        f"# Real learner sentences and their expert corrections: COWS-L2H ({half}).",
        "# Made by scripts/make_cowsl2h_sets.py; see evals/real-learner/README.md.",
        "# Source: github.com/ucdaviscl/cowsl2h (Apache-2.0). Schema: langbot/real_eval.py (Pair).",
    ]
    for p in sorted(pairs, key=lambda p: p["corrected"]):
        lines.append(
            f"- {{learner: {quote(p['learner'])}, corrected: {quote(p['corrected'])}, "
            f"kinds: [{', '.join(p['kinds'])}], source: {quote(p['file'] + '#' + p['id'])}"
            + (
                f", still_wrong: {quote(notes[p['corrected']])}}}"
                if p["corrected"] in notes
                else "}"
            )
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    """Read the allowed files and write the four real-learner files."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    source = Path(argv[0])
    pairs = essay_pairs(source)
    labelled = labelled_pairs(pairs)
    dev = [p for p in labelled if not heldout(p["corrected"])]
    held = [p for p in labelled if heldout(p["corrected"])]
    tuning = EVALS / "real-pairs" / "pairs.yaml"
    write_pairs(tuning, dev, "tuning half", reviewed_notes(tuning))
    # the held-out half is never reviewed (its file is never read back)
    write_pairs(EVALS / "real-pairs-heldout" / "pairs.yaml", held, "held-out half", {})
    rows = step_rows(pairs, labelled + pronoun_dropped_pairs(pairs, labelled))
    header = [
        "Real learner sentences (COWS-L2H, Apache-2.0) at the step whose question they answer.",
        "Made by scripts/make_cowsl2h_sets.py; see evals/real-learner/README.md.",
    ]
    for folder, keep in (("real-learner", False), ("real-learner-heldout", True)):
        half = [r for r in rows if heldout(r["key"]) == keep]
        write_rows(EVALS / folder / "cows.yaml", header, half)
    print(f"pairs {len(dev)} + {len(held)}, step rows {len(rows)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
