"""Sentences of the native rounds' shapes: sample strings from each YAML step rule of the native
rounds (scripts/steps_rules_*.yaml, the regexes that route Tatoeba sentences to the YAML-only
lessons' steps) and grade each at the rule's steps. The rules say what shape of native answer a
step gets, so a refusal here is a shape the judge misses whatever the sentence; no Tatoeba text
is read at all.

    PYTHONPATH=.:scripts python scripts/shape_probe.py [--out DIR] [--per N] [--seed S]

Writes DIR/summary.txt (refused / graded by round and by step) and DIR/refused.tsv (step,
question, sentence, reply), outside the repository. Held-out guard: a sampled sentence whose
own hash is odd, or whose row "lesson|step|text" hash is odd, is never graded.
"""

import random
import sys
from collections import Counter
from pathlib import Path

try:
    import re._parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover
    import sre_parse

from cross_step_probe import grade
from probe_files import probe_parser, write_probe_files
from real_data import heldout
from tatoeba_yaml_round import dropper, load_round

from langbot.eval_cli import build_eval_tutor
from langbot.evaluation import YAML_ONLY_DIR

OUT = Path("/work/wt/natives33-probe/shapes")
ROUNDS = sorted(Path(__file__).parent.glob("steps_rules_*.yaml"))
LETTERS = "abcdefghijklmnopqrstuvwxyz"
WILD = "\x00"


def sample(parsed, rng: random.Random) -> str:
    """One random string the parsed regex matches (anchors dropped, classes picked)."""
    out = []
    for op, arg in parsed:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "SUBPATTERN":
            out.append(sample(arg[-1], rng))
        elif name == "BRANCH":
            out.append(sample(rng.choice(arg[1]), rng))
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, sub = arg
            n = rng.randint(low, min(high, low + 1 if low else 1))
            out.extend(sample(sub, rng) for _ in range(n))
        elif name == "IN":
            out.append(_pick_class(arg, rng))
        elif name == "ANY":
            out.append(WILD)
    return "".join(out)


def _pick_class(items, rng: random.Random) -> str:
    chars = []
    for op, arg in items:
        if str(op) == "LITERAL":
            chars.append(chr(arg))
        elif str(op) == "RANGE":
            chars.extend(chr(c) for c in range(arg[0], arg[1] + 1))
        elif str(op) == "CATEGORY":
            chars.extend("0123456789" if "DIGIT" in str(arg) else LETTERS)
    if not chars or any(c in LETTERS for c in chars) and len(chars) > 3:
        return WILD  # a free word: no sentence of the shape, only of the filter
    return rng.choice(chars)


def texts_of(pattern: str, per: int, rng: random.Random) -> list[str]:
    """Up to `per` distinct sentences of the pattern, with a capital and a full stop."""
    parsed = sre_parse.parse(pattern)
    found = set()
    for _ in range(per * 6):
        words = " ".join(sample(parsed, rng).split())
        if words and WILD not in words:
            found.add(words)
        if len(found) >= per:
            break
    return sorted(found)


def _expanded(data, pattern: str) -> str:
    """The pattern with every `@name` replaced, definitions inside definitions too."""
    while "@" in pattern:
        pattern = data.expand(pattern)
    return pattern


def dress(words: str, question: bool) -> str:
    """The folded words as a learner would type them."""
    text = words[0].upper() + words[1:]
    return f"¿{text}?" if question else f"{text}."


def probe(per: int, seed: int) -> list[dict]:
    """Grade each rule's sampled sentences at its steps."""
    rng = random.Random(seed)
    tutor = build_eval_tutor("builtin", None, YAML_ONLY_DIR / "lessons")
    lessons = dict(tutor.lessons)
    pairs = []
    for path in ROUNDS:
        data = load_round(path)
        dropped = dropper(data)
        for rule in data.rules:
            for words in texts_of(_expanded(data, rule.pattern), per, rng):
                text = dress(words, rule.question)
                for lesson, number in rule.steps:
                    if lesson not in lessons or dropped((lesson, number), text):
                        continue
                    if heldout(text) or heldout(f"{lesson}|{number}|{text}"):
                        continue
                    result = grade(tutor, lesson, number, text, "correct")
                    step = lessons[lesson].steps[number - 1]
                    pairs.append(
                        {
                            "round": path.stem.removeprefix("steps_rules_"),
                            "at": f"{lesson}:{number}",
                            "question": step.bot.replace("\n", " "),
                            "text": text,
                            "accepted": result.accepted,
                            "reply": result.reply.replace("\n", " ")[:200],
                        }
                    )
    return pairs


def summary(pairs: list[dict]) -> str:
    """Refused / graded by round and by step (the steps with a refusal)."""
    lines = []
    for key in ("round", "at"):
        total, refused = Counter(), Counter()
        for p in pairs:
            total[p[key]] += 1
            refused[p[key]] += not p["accepted"]
        rows = sorted(total, key=lambda k: -refused[k])
        lines += [f"{k:<22} {refused[k]:>4} of {total[k]:>4}" for k in rows if refused[k]]
        lines.append("")
    refused = sum(not p["accepted"] for p in pairs)
    return "\n".join(lines) + f"all: {refused} refused of {len(pairs)}\n"


def main(argv: list[str]) -> None:
    """Run the probe and write the files."""
    parser = probe_parser(__doc__, OUT)
    parser.add_argument("--per", type=int, default=12)
    parser.add_argument("--seed", type=int, default=33)
    args = parser.parse_args(argv)
    pairs = probe(args.per, args.seed)
    write_probe_files(
        args.out,
        summary(pairs),
        pairs,
        ["round", "at", "question", "text", "reply"],
        ["at", "text", "accepted"],
    )
    sys.stdout.write(summary(pairs))


if __name__ == "__main__":
    main(sys.argv[1:])
