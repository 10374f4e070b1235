"""Benchmark: the lexicon and the part-of-speech tagger. Loading them in a fresh process, one
lookup, and tagging with lookups of a typical turn and of a 500-character sentence.

Also loading and validating the shared vocabulary (lessons/vocabulary/).

Run: python benchmarks/bench_lexicon.py   (or python benchmarks/run_all.py for everything)
Targets: loading the lexicon and the tagger under 500 ms in a fresh process (the import of the
grading package, which the app pays anyway, is shown apart; the app loads the lexicon in its
start-up warm-up, off the first request's path); tagging and
looking up a typical turn under 1 ms at the median; a 500-character sentence well under 50 ms.
"""

import statistics
import subprocess
import sys
import time
from pathlib import Path

from langbot.grading.lexicon import lexicon
from langbot.grading.tagger import tagger
from langbot.grading.vocabulary import DEFAULT_DIR, load_vocabulary

_COLD = (
    "import time; t0, c0 = time.perf_counter(), time.process_time(); "
    "import langbot.grading.tagger as t; "
    "t1, c1 = time.perf_counter(), time.process_time(); t.tagger(); "
    "t2, c2 = time.perf_counter(), time.process_time(); "
    "print(t1 - t0, c1 - c0, t2 - t1, c2 - c1)"
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


def _cold_load_ms(runs: int = 5) -> list[float]:
    """Median ms in a fresh process: import wall and CPU (the grading package comes with
    it), then loading the lexicon and the tagger, wall and CPU."""
    samples = []
    for _ in range(runs):
        cmd = [sys.executable, "-c", _COLD]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        samples.append([float(x) * 1000 for x in out.stdout.split()])
    return [statistics.median(column) for column in zip(*samples, strict=True)]


def _timed(fn, arg, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn(arg)
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    import_wall, import_cpu, wall, cpu = _cold_load_ms()
    print(
        f"import the grading package, fresh process (median of 5) {import_wall:7.1f} ms wall,"
        f" {import_cpu:.1f} ms CPU"
    )
    print(
        f"then load lexicon + tagger (median of 5)              {wall:7.1f} ms wall, {cpu:.1f} ms CPU"
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
    # a fresh parse of lessons/vocabulary/, the cache bypassed by a new spelling of its path
    folder = Path(str(DEFAULT_DIR) + "/")
    vocab = _timed(load_vocabulary.__wrapped__, folder, 10)
    print(
        f"load and validate lessons/vocabulary/ (median of 10) {statistics.median(vocab) * 1000:7.1f} ms"
        "   target < 150 ms"
    )


if __name__ == "__main__":
    main()
