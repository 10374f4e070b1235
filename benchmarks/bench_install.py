"""Benchmark: the runtime install (requirements.txt) in a fresh venv: its time and its size.

Run: python benchmarks/bench_install.py   (needs the package index; LANGBOT_SKIP_INSTALL_BENCH=1
skips it in run_all.py)
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def main() -> None:
    if os.environ.get("LANGBOT_SKIP_INSTALL_BENCH"):
        print("runtime install               skipped (LANGBOT_SKIP_INSTALL_BENCH is set)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--no-cache-dir"]
        start = time.perf_counter()
        subprocess.run([*pip, "-r", str(ROOT / "requirements.txt")], check=True)
        seconds = time.perf_counter() - start
        print(
            f"runtime install (requirements.txt, fresh venv, no cache)   {seconds:6.1f} s   "
            f"{size_mb(venv):7.1f} MB"
        )


if __name__ == "__main__":
    main()
