"""A large native precision net: how often the built-in checks flag edited native Spanish.

Usage: PYTHONPATH=. python scripts/native_net.py [--rule NAME] [--source NAME] [--samples N]

Reads the sentences (`# text =` lines) of every .conllu file of the UD Spanish treebanks
AnCora (CC BY 4.0), GSD and PUD (CC BY-SA 4.0), from the snapshots LANGBOT_UD_ANCORA,
LANGBOT_UD_GSD and LANGBOT_UD_PUD point at (scripts/treebanks.py reads them), and the
Tatoeba sentences (LANGBOT_TATOEBA_ZIP, CC-BY 2.0 FR) of the even half
(`make_tatoeba_sets.even_half`) less those `real_data.heldout` puts in the held-out native
sets: the odd half and the held-out rows are never looked at. Sentences of 2-25 words are
graded with `langbot.grading.sentence_errors`, with no step. Native, edited sentences are
right (but for a few typos), so nearly every error found is a false one.

Prints, per source, the sentences graded and those flagged per 1000; per rule (worst first),
its fires, their rate per 1000 sentences and a few samples with the words flagged. With
--rule, every fire of that rule.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

from make_tatoeba_sets import even_half
from real_data import heldout, words
from treebanks import conllu_files, newest_text, treebank_dir

from langbot.grading import sentence_errors
from langbot.native_eval import sentence_fires

MIN_WORDS, MAX_WORDS = 2, 25
TREEBANKS = ("AnCora", "GSD", "PUD")
TATOEBA = "Tatoeba"
TEXT_LINE = "# text = "


class Fire(NamedTuple):
    """One error the checks found: its source, rule, sentence and the words flagged."""

    source: str
    rule: str
    text: str
    flagged: str


def treebank_texts(name: str) -> list[str]:
    """The distinct sentence texts of every .conllu file of one treebank (the newest
    version of each file the snapshot holds; a file it holds in no version is skipped)."""
    source = treebank_dir(name)
    seen: dict[str, None] = {}
    for file in conllu_files(source):
        found = newest_text(source, file)
        print(f"{name} {file}: {found[0][:7] if found else 'not stored'}", file=sys.stderr)
        for line in (found[1] if found else "").splitlines():
            if line.startswith(TEXT_LINE):
                seen.setdefault(line[len(TEXT_LINE) :].strip(), None)
    return list(seen)


def tatoeba_texts() -> list[str]:
    """The even half's Tatoeba sentences outside the held-out native sets."""
    zip_path = os.environ.get("LANGBOT_TATOEBA_ZIP")
    if not zip_path:
        raise SystemExit("set LANGBOT_TATOEBA_ZIP to manythings.org's spa-eng.zip")
    return [text for text in even_half(Path(zip_path)) if not heldout(text)]


def source_texts(name: str) -> list[str]:
    """The sentences of one source with 2 to 25 words."""
    texts = tatoeba_texts() if name == TATOEBA else treebank_texts(name)
    return [t for t in texts if MIN_WORDS <= len(words(t)) <= MAX_WORDS]


def fires(source: str, text: str) -> list[Fire]:
    """The errors sentence_errors finds in a sentence, each named by its rule."""
    if not sentence_errors(text):
        return []
    return [Fire(source, rule, text, flagged) for rule, flagged, _ in sentence_fires(text)]


def grade(names: list[str]) -> tuple[dict[str, int], dict[str, set[str]], list[Fire]]:
    """Per source the sentences graded and those flagged, and every fire."""
    counts, flagged, found = {}, defaultdict(set), []
    for name in names:
        texts = source_texts(name)
        counts[name] = len(texts)
        for text in texts:
            here = fires(name, text)
            found += here
            if here:
                flagged[name].add(text)
        print(f"graded {name}: {len(texts)}", file=sys.stderr)
    return counts, flagged, found


def per_1000(count: int, total: int) -> str:
    """A count as a rate per 1000 sentences."""
    return f"{1000 * count / total:.2f}" if total else "n/a"


def print_sources(counts: dict[str, int], flagged: dict[str, set[str]]) -> None:
    """Per source and in all: sentences, sentences flagged, and flagged per 1000."""
    print(f"{'source':10} {'sentences':>9} {'flagged':>7} {'per 1000':>8}")
    for name, n in counts.items():
        print(f"{name:10} {n:>9} {len(flagged[name]):>7} {per_1000(len(flagged[name]), n):>8}")
    total, hit = sum(counts.values()), sum(len(v) for v in flagged.values())
    print(f"{'all':10} {total:>9} {hit:>7} {per_1000(hit, total):>8}")


def print_rules(found: list[Fire], total: int, samples: int) -> None:
    """Per rule, worst first: sentences it fires on, per 1000, and a few samples."""
    by_rule: dict[str, list[Fire]] = defaultdict(list)
    for fire in found:
        by_rule[fire.rule].append(fire)
    print(f"\n{'rule':34} {'fires':>6} {'per 1000':>8}")
    for rule, rows in sorted(by_rule.items(), key=lambda kv: -len(kv[1])):
        sentences = {f.text for f in rows}
        print(f"{rule:34} {len(sentences):>6} {per_1000(len(sentences), total):>8}")
        for fire in rows[:samples]:
            print(f"    [{fire.source}] «{fire.flagged}» in: {fire.text}")


def print_rule(found: list[Fire], rule: str) -> None:
    """Every fire of one rule."""
    rows = [f for f in found if f.rule == rule]
    for fire in rows:
        print(f"[{fire.source}] «{fire.flagged}» in: {fire.text}")
    print(f"{len(rows)} fires of {rule}")


def main(argv: list[str]) -> int:
    """Grade the net and print the rates, per source and per rule."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rule", help="list every fire of this rule")
    parser.add_argument("--source", action="append", choices=(*TREEBANKS, TATOEBA))
    parser.add_argument("--samples", type=int, default=3, help="samples per rule")
    args = parser.parse_args(argv)
    counts, flagged, found = grade(args.source or [*TREEBANKS, TATOEBA])
    if args.rule:
        print_rule(found, args.rule)
        return 0
    print_sources(counts, flagged)
    print_rules(found, sum(counts.values()), args.samples)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
