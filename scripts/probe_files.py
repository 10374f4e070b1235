"""What the probes share: their command line, and the files they write outside the repository
(a summary, the refusals and every pair)."""

import argparse
from pathlib import Path


def probe_parser(doc: str, out: Path) -> argparse.ArgumentParser:
    """A probe's parser: described by its docstring's first line, with --out DIR (default out)."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--out", type=Path, default=out)
    return parser


def write_probe_files(
    out: Path, summary: str, pairs: list[dict], refused_cols: list[str], every_cols: list[str]
) -> None:
    """Write DIR/summary.txt, DIR/refused.tsv (the refused pairs) and DIR/pairs.tsv (all)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "summary.txt").write_text(summary, encoding="utf-8")
    refused = [p for p in pairs if not p["accepted"]]
    (out / "refused.tsv").write_text(tsv(refused, refused_cols), encoding="utf-8")
    (out / "pairs.tsv").write_text(tsv(pairs, every_cols), encoding="utf-8")


def tsv(pairs: list[dict], cols: list[str]) -> str:
    """One tab-separated line per pair: its values in the columns named."""
    return "".join("\t".join(str(p[c]) for c in cols) + "\n" for p in pairs)
