"""How well the built-in checks generalise: meaning-preserving variants of caught learner errors.

Usage: PYTHONPATH=. python scripts/variant_eval.py [--natives N] [--misses EDIT] [--seed S]

For each tuning-half COWS-L2H pair (evals/real-pairs/) whose learner sentence
`langbot.grading.sentence_errors` catches, every edit of scripts/variant_edits.py is applied
alike to the learner sentence and its correction (strip the accents, lower-case the first
letter, a fronted clause, an adverb before the verb, «muy» before an adjective, a clause at the
end, another name, another noun of the same gender, number and class). A variant pair is usable
when its corrected sentence gets no error; the measure is the share of usable learner variants
still caught, by edit and by error kind, and the share of corrected variants that get an error,
by edit. The same edits run over a seeded sample of the Tatoeba tuning-half native sentences
(evals/real-native-sentences/) that get no error as they are: the share of variants flagged.
Deterministic for a seed.
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from functools import cache

from variant_edits import EDITS

from langbot.grading import sentence_errors
from langbot.native_eval import load_sentences
from langbot.real_eval import PAIRS_DIR, load_pairs

NATIVES_DIR = PAIRS_DIR.parent / "real-native-sentences"


@cache
def errors(text: str) -> tuple[str, ...]:
    """The messages of the definite errors the checks find in a sentence (cached)."""
    return tuple(f"{e.kind}: {e.message}" for e in sentence_errors(text))


def _rng(seed: int, index: int, edit: str) -> random.Random:
    return random.Random(f"{seed}:{index}:{edit}")


def pair_variants(seed: int = 0, limit: int | None = None) -> list[dict]:
    """Every variant of every caught tuning pair: edit, kinds, texts, and what the checks say."""
    out = []
    pairs = [p for p in load_pairs(PAIRS_DIR) if errors(p.learner) and not errors(p.corrected)]
    pairs = pairs[:limit]
    for index, pair in enumerate(pairs):
        for name, edit in EDITS.items():
            made = edit((pair.learner, pair.corrected), _rng(seed, index, name))
            if made is None:
                continue
            learner, corrected = made
            out.append(
                {
                    "edit": name,
                    "kinds": pair.kinds,
                    "original": pair.learner,
                    "learner": learner,
                    "corrected": corrected,
                    "false": errors(corrected),
                    "caught": errors(learner) if not errors(corrected) else None,
                    "kinds_before": {e.split(":")[0] for e in errors(pair.learner)},
                }
            )
    return out


def native_variants(seed: int = 0, sample: int = 1000) -> list[dict]:
    """The edits over a seeded sample of tuning native sentences that get no error as written."""
    sentences = load_sentences(NATIVES_DIR)
    random.Random(seed).shuffle(sentences)
    out = []
    for index, text in enumerate(s for s in sentences[:sample] if not errors(s)):
        for name, edit in EDITS.items():
            made = edit((text,), _rng(seed, index, name))
            if made is not None:
                out.append(
                    {"edit": name, "original": text, "text": made[0], "false": errors(made[0])}
                )
    return out


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "  n/a "


def summary(variants: list[dict], natives: list[dict]) -> dict:
    """Per edit and per kind: counts of variants made, usable, caught, and false errors."""
    by_edit: dict[str, list[int]] = defaultdict(lambda: [0] * 7)
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for v in variants:
        row = by_edit[v["edit"]]
        row[0] += 1
        row[1] += bool(v["false"])
        if v["caught"] is not None:
            row[2] += 1
            row[3] += bool(v["caught"])
            same = _same_kind(v)
            row[6] += same
            for kind in v["kinds"]:
                by_kind[kind][0] += 1
                by_kind[kind][1] += bool(v["caught"])
                by_kind[kind][2] += same
    for n in natives:
        by_edit[n["edit"]][4] += 1
        by_edit[n["edit"]][5] += bool(n["false"])
    return {"by_edit": dict(by_edit), "by_kind": dict(by_kind)}


def _same_kind(variant: dict) -> bool:
    """Whether a learner variant still gets an error of a kind its original got."""
    return any(e.split(":")[0] in variant["kinds_before"] for e in variant["caught"] or ())


def format_summary(result: dict) -> str:
    """The two tables the script prints."""
    lines = [
        f"{'edit':<14} {'pairs':>6} {'corr. false':>11} {'usable':>7} {'caught':>7}"
        f" {'same kind':>9} {'natives':>8} {'flagged':>8}"
    ]
    total = [0] * 7
    for name in EDITS:
        row = result["by_edit"].get(name, [0] * 7)
        total = [a + b for a, b in zip(total, row, strict=True)]
        lines.append(_edit_line(name, row))
    lines.append(_edit_line("all", total))
    lines.append(f"\n{'learner error kind':<18} {'usable':>7} {'caught':>7} {'same kind':>9}")
    for kind, (n, hit, same) in sorted(result["by_kind"].items()):
        lines.append(f"{kind:<18} {n:>7} {_pct(hit, n):>7} {_pct(same, n):>9}")
    return "\n".join(lines)


def _edit_line(name: str, row: list[int]) -> str:
    made, false, usable, caught, natives, flagged, same = row
    return (
        f"{name:<14} {made:>6} {_pct(false, made):>11} {usable:>7} {_pct(caught, usable):>7}"
        f" {_pct(same, usable):>9} {natives:>8} {_pct(flagged, natives):>8}"
    )


def main() -> None:
    """Print the variant tables, and with --misses the variants of one edit gone wrong."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--natives", type=int, default=1000, help="native sentences sampled")
    parser.add_argument("--misses", metavar="EDIT", help="list this edit's lost and false")
    args = parser.parse_args()
    variants = pair_variants(args.seed)
    natives = native_variants(args.seed, args.natives)
    print(format_summary(summary(variants, natives)))
    if args.misses:
        for v in variants:
            if v["edit"] == args.misses and v["caught"] == ():
                print(f"\nLOST {v['kinds']}\n  was: {v['original']}\n  now: {v['learner']}")
        for v in variants + natives:
            if v["edit"] == args.misses and v["false"]:
                print(f"\nFALSE {v.get('corrected', v.get('text'))}\n  " + "\n  ".join(v["false"]))


if __name__ == "__main__":
    main()
