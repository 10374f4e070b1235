"""A precision net of real learner writing: how often the built-in checks flag the experts'
corrected sentences of COWS-L2H.

Usage: PYTHONPATH=.:scripts python scripts/learner_net.py COWS_SOURCE [--rule NAME] [--samples N]

COWS_SOURCE is a checkout of github.com/ucdaviscl/cowsl2h or its bare git directory. Only the
ten files of scripts/cows_files.yaml are read (make_cowsl2h_sets.read_allowed refuses any
other). Every sentence of their corrected essays (`corrected1`, `corrected2`) of 2 to 25 words
is graded with no step, unless its SHA-1 puts it in the held-out half (`real_data.heldout`,
the split of the real-pairs and real-learner sets): the held-out half is never graded. The
corrections are an expert's, so an error found is nearly always a false one, in the register
learners write in (longer and plainer than Tatoeba's, about their own lives), which the pairs
(short sentences with a small edit only) sample thinly. Printed as scripts/native_net.py
prints: sentences and flagged per 1000, then per rule, worst first, with samples.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

from make_cowsl2h_sets import ALLOWED_FILES, clean, read_allowed
from native_net import MAX_WORDS, MIN_WORDS, fires, print_rule, print_rules, print_sources
from real_data import heldout, split_sentences, words

SOURCE = "COWS"
COLUMNS = ("corrected1", "corrected2")


def corrected_sentences(source: Path) -> list[str]:
    """The tuning half's corrected sentences of 2 to 25 words, deduplicated, in file order."""
    seen: dict[str, None] = {}
    for name in ALLOWED_FILES:
        for row in csv.DictReader(io.StringIO(read_allowed(source, name))):
            for column in COLUMNS:
                for sentence in split_sentences(row.get(column) or ""):
                    text = clean(sentence)
                    if text and MIN_WORDS <= len(words(text)) <= MAX_WORDS:
                        seen.setdefault(text, None)
    return [text for text in seen if not heldout(text)]


def main(argv: list[str]) -> int:
    """Grade the corrected sentences and print the rates, in all and per rule."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="COWS-L2H checkout or git directory")
    parser.add_argument("--rule", help="list every fire of this rule")
    parser.add_argument("--samples", type=int, default=3, help="samples per rule")
    args = parser.parse_args(argv)
    texts = corrected_sentences(args.source)
    found = [fire for text in texts for fire in fires(SOURCE, text)]
    if args.rule:
        print_rule(found, args.rule)
        return 0
    print_sources({SOURCE: len(texts)}, {SOURCE: {f.text for f in found}})
    print_rules(found, len(texts), args.samples)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
