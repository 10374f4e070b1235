"""The files a probe writes outside the repository: its summary, its refusals and every pair."""

from pathlib import Path


def write_probe_files(
    out: Path, summary: str, pairs: list[dict], refused_cols: list[str], every_cols: list[str]
) -> None:
    """Write DIR/summary.txt, DIR/refused.tsv (the refused pairs) and DIR/pairs.tsv (all)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "summary.txt").write_text(summary, encoding="utf-8")
    refused = [p for p in pairs if not p["accepted"]]
    (out / "refused.tsv").write_text(_tsv(refused, refused_cols), encoding="utf-8")
    (out / "pairs.tsv").write_text(_tsv(pairs, every_cols), encoding="utf-8")


def _tsv(pairs: list[dict], cols: list[str]) -> str:
    return "".join("\t".join(str(p[c]) for c in cols) + "\n" for p in pairs)
