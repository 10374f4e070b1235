"""Run every benchmark under benchmarks/ in one go: python benchmarks/run_all.py"""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    for path in sorted(HERE.glob("bench_*.py")):
        print(f"\n== {path.name}")
        sys.stdout.flush()
        runpy.run_path(str(path), run_name="__main__")
