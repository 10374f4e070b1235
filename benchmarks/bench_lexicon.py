"""Benchmark: the lexicon and the part-of-speech tagger. Loading them in a fresh process, one
lookup, and tagging with lookups of a typical turn and of a 500-character sentence.

Run: python benchmarks/bench_lexicon.py   (or python benchmarks/run_all.py for everything)
Targets: loading the lexicon and the tagger under 500 ms in a fresh process; tagging and
looking up a typical turn under 1 ms at the median; a 500-character sentence well under 50 ms.
"""

import statistics
import subprocess
import sys
import time

from langbot.grading.lexicon import lexicon
from langbot.grading.tagger import tagger

_COLD = (
    "import time; t0, c0 = time.perf_counter(), time.process_time(); "
    "from langbot.grading.tagger import tagger; tagger(); "
    "print(time.perf_counter() - t0, time.process_time() - c0)"
)
TURNS = [
    "Me llamo Ana y soy de Madrid.",
    "Yo como pan con queso por la mañana.",
    "Como tengo frío, bebo un vino caliente.",
    "Mi hermano vive bajo el puente, sobre todo en verano.",
    "Me gustan las series coreanas y el fútbol.",
    "Quisiera un café con leche, por favor.",
    "Suelo desayunar a las siete y media.",
    "Vivimos en las afueras con mi abuela.",
]
LONG = ("Como tengo frío, mi hermano bebe vino bajo el sol y habla sobre el día. " * 8)[:500]


def _cold_load_ms(runs: int = 5) -> tuple[float, float]:
    """Median wall and CPU time (ms) to import and load both in a fresh process."""
    wall, cpu = [], []
    for _ in range(runs):
        cmd = [sys.executable, "-c", _COLD]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        w, c = out.stdout.split()
        wall.append(float(w) * 1000)
        cpu.append(float(c) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def _timed(fn, arg, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn(arg)
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    wall, cpu = _cold_load_ms()
    print(
        f"load lexicon + tagger, fresh process (median of 5)   {wall:7.1f} ms wall, {cpu:.1f} ms CPU"
        "   target < 500 ms"
    )
    lex, tag = lexicon(), tagger()
    words = [w for turn in TURNS for w in turn.replace(",", " ").replace(".", " ").split()]
    per = _timed(lambda ws: [lex.readings_folded(w) for w in ws], words, 200)
    print(
        f"lookup, one word (median)                           {statistics.median(per) / len(words) * 1e6:7.2f} µs"
    )
    split = [t.replace(",", " ,").replace(".", " .").split() for t in TURNS]
    turn = [s for ws in split for s in _timed(tag.analyse, ws, 200)]
    print(
        f"tag + look up a typical turn (median, p99)          {statistics.median(turn) * 1000:7.3f} ms"
        f"  {statistics.quantiles(turn, n=100)[98] * 1000:.3f} ms   target < 1 ms"
    )
    long = _timed(tag.analyse, LONG.replace(",", " ,").replace(".", " .").split(), 50)
    print(
        f"tag + look up a 500-character sentence (median)     {statistics.median(long) * 1000:7.3f} ms"
    )


if __name__ == "__main__":
    main()
