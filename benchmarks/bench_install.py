"""Benchmark: the runtime install (requirements.txt) in a fresh venv against a fresh venv with
only Streamlit at the same version: their time, their sizes and the ratio (issue 19's cap:
at most 1.2x).

Sizes are disk usage in MiB, as `du -sm` counts it (each file's allocated blocks, hard links once), with
the files' own bytes beside it. Both venvs are made here, with no pip cache.
Run: python benchmarks/bench_install.py   (needs the package index; LANGBOT_SKIP_INSTALL_BENCH=1
skips it in run_all.py)
"""

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "requirements.txt"
CAP = 1.2


def sizes_mib(folder: Path) -> tuple[float, float]:
    """Disk usage as `du -sm` counts it, and the files' bytes, in MiB."""
    seen, disk, size = set(), 0, 0
    for path in folder.rglob("*"):
        stat = path.lstat()
        if (stat.st_dev, stat.st_ino) in seen:
            continue
        seen.add((stat.st_dev, stat.st_ino))
        disk += stat.st_blocks * 512
        size += stat.st_size if path.is_file() and not path.is_symlink() else 0
    return disk / 2**20, size / 2**20


def streamlit_pin() -> str:
    """The `streamlit==…` line of requirements.txt."""
    text = REQUIREMENTS.read_text(encoding="utf-8")
    return re.search(r"^streamlit==\S+", text, re.M).group(0)


def install(tmp: Path, name: str, args: list[str]) -> tuple[float, float, float]:
    """Seconds to install `args` into a fresh venv, then its disk usage and bytes in MiB."""
    venv = tmp / name
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--no-cache-dir"]
    start = time.perf_counter()
    subprocess.run([*pip, *args], check=True)
    return time.perf_counter() - start, *sizes_mib(venv)


def main() -> None:
    """Install both venvs and print their sizes and the ratio."""
    if os.environ.get("LANGBOT_SKIP_INSTALL_BENCH"):
        print("runtime install               skipped (LANGBOT_SKIP_INSTALL_BENCH is set)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        pin = streamlit_pin()
        runtime = install(Path(tmp), "runtime", ["-r", str(REQUIREMENTS)])
        bare = install(Path(tmp), "bare", [pin])
    for label, (seconds, disk, size) in (
        ("runtime install (requirements.txt)", runtime),
        (f"bare venv ({pin})", bare),
    ):
        print(f"{label:40} {seconds:6.1f} s   {disk:7.1f} MiB on disk ({size:.1f} MiB of files)")
    ratio = runtime[1] / bare[1]
    verdict = "met" if ratio <= CAP else "NOT met"
    print(f"{'ratio (on disk)':40} {ratio:8.3f}x   (target <= {CAP}x: {verdict}; "
          f"files alone {runtime[2] / bare[2]:.3f}x)")  # fmt: skip


if __name__ == "__main__":
    main()
