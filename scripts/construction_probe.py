"""Native constructions at the steps they answer: Tatoeba sentences (EVEN half only) of a shape
the issue names, graded at every step (built-in and YAML-only lessons) whose `asks` fits it.

    PYTHONPATH=.:scripts python scripts/construction_probe.py [--out DIR] [--cap N]

A shape is a regex on the folded sentence and the `asks` kinds it answers; a liking shape
goes only to the liking steps with no class, or the class of one of its nouns in the shared
vocabulary (a film is no answer to a music question). Writes DIR/summary.txt (refused / graded
by shape) and DIR/refused.tsv (shape, step, question, sentence, reply): read them by eye, keep
the refusals that answer the step's question naturally. Held-out guard: the odd half of
Tatoeba is never read (cooccurrence.tatoeba_sentences) and a YAML-only row whose
"lesson|step|text" hash is odd is never graded.
"""

import re
import sys
from collections import Counter
from pathlib import Path

from cooccurrence import tatoeba_sentences
from cross_step_probe import grade
from probe_files import probe_parser, write_probe_files
from real_data import fold, heldout, words
from transfer_probe import load, signature

from langbot.grading.vocabulary import load_vocabulary

OUT = Path("/work/wt/natives33-probe/construction")
MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
DAYS = "lunes|martes|miercoles|jueves|viernes|sabado|domingo"
HOURS = "una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce"
ONE = "un|una|dos|tres|el|la|los|las|algo|agua|cafe|mas"
LIKE = "gusta|encanta|interesa|apasiona|fascina|chifla"
# name: (regex on the folded sentence, kinds it answers, liking routing by class)
SHAPES = {
    "gustar_plural": (rf"^(a mi )?me ({LIKE})n (mucho |muchisimo )?(los|las) ", ["liking"], True),
    "gustar_singular": (rf"^(a mi )?me ({LIKE}) (mucho |muchisimo )?(el|la) ", ["liking"], True),
    "gustar_bare": (rf"^(a mi )?me ({LIKE})n? (mucho |muchisimo )?[a-z]+[.!]?$", ["liking"], True),
    "favourite": (r"^mi \w+ (\w+ )?favorit[oa] es ", ["liking"], True),
    "soler": (r"^(yo )?(normalmente )?suelo \w+", ["routine", "routine_time", "activity"], False),
    "nosotros": (r"^(nosotros|nosotras) \w+", ["plan", "activity", "routine", "company"], False),
    "enough": (
        r"^(no,? )?(con esto |eso )?(es suficiente|es todo|nada mas|basta)",
        ["decline"],
        False,
    ),
    "me_pone": (
        rf"^¿?(me|nos) (pone|pones|da|das|trae|traes|pasa|pasas) ({ONE})",
        ["order"],
        False,
    ),
    "no_hay_de_que": (r"^(no hay de que|de nada|no es nada|a ti|a usted)", ["thanks_reply"], False),
    "prefiero": (r"^(yo )?prefiero ", ["liking", "opinion", "accept_decline", "order"], False),
    "me_da_igual": (r"^me da (igual|lo mismo)", ["opinion", "accept_decline", "liking"], False),
    "agree": (
        r"^(vale|de acuerdo|claro( que si)?|por supuesto|perfecto|genial|muy bien|bueno)[.!]?$",
        ["accept", "accept_decline"],
        False,
    ),
    "hour": (
        rf"(\ba las (\d|{HOURS})\b|a la una|a mediodia|son las|es la una)",
        ["routine_time"],
        False,
    ),
    "date": (
        rf"^((\w+ )*es |este |el proximo )?(el )?(({DAYS})|\d+ de ({MONTHS})|en ({MONTHS}))\b",
        ["date"],
        False,
    ),
}


def liking_classes(text: str, vocab) -> set[str]:
    """The vocabulary classes of the sentence's nouns."""
    found = set()
    for w in words(text):
        form = vocab.nouns.get(w)
        if form is not None:
            found |= set(form.classes)
    return found


def fits(step, kinds: list[str], by_class: bool, classes: set[str]) -> bool:
    """Whether the step's `asks` is one the shape answers."""
    asks = step.asks
    if asks.kind not in kinds or asks.who != "i":
        return False
    if asks.kind == "liking" and by_class:
        return not asks.yes_no and (asks.of in (None, "thing") or asks.of in classes)
    return not asks.yes_no


def matches(sentences: list[str], cap: int) -> dict[str, list[str]]:
    """Up to cap sentences of ten words or fewer per shape."""
    found: dict[str, list[str]] = {name: [] for name in SHAPES}
    for text in sentences:
        if len(words(text)) > 10 or "?" in text and not text.startswith("¿"):
            continue
        folded = fold(text)
        for name, (pattern, _, _) in SHAPES.items():
            if len(found[name]) < cap and re.search(pattern, folded):
                found[name].append(text)
    return found


def probe(cap: int) -> list[dict]:
    """Grade each shape's sentences at the fitting steps."""
    tutors, steps = load()
    vocab = load_vocabulary()
    pairs = []
    for name, texts in matches(tatoeba_sentences(), cap).items():
        _, kinds, by_class = SHAPES[name]
        for text in texts:
            classes = liking_classes(text, vocab)
            for at_set, lesson, number, step in steps:
                if not fits(step, kinds, by_class, classes):
                    continue
                if at_set == "yaml" and heldout(f"{lesson}|{number}|{text}"):
                    continue
                result = grade(tutors[at_set], lesson, number, text, "correct")
                pairs.append(
                    {
                        "shape": name,
                        "at": f"{lesson}:{number}",
                        "sig": signature(step.asks),
                        "question": step.bot.replace("\n", " "),
                        "text": text,
                        "accepted": result.accepted,
                        "reply": result.reply.replace("\n", " ")[:200],
                    }
                )
    return pairs


def summary(pairs: list[dict]) -> str:
    """Refused / graded and distinct sentences by shape."""
    total, refused = Counter(), Counter()
    texts: dict[str, set] = {}
    for p in pairs:
        total[p["shape"]] += 1
        refused[p["shape"]] += not p["accepted"]
        texts.setdefault(p["shape"], set()).add(p["text"])
    lines = [
        f"{k:<18} {refused[k]:>5} refused of {total[k]:>5} ({len(texts[k])} sentences)"
        for k in total
    ]
    return "\n".join(lines) + f"\nall: {sum(refused.values())} of {sum(total.values())}\n"


def main(argv: list[str]) -> None:
    """Run the probe and write the files."""
    parser = probe_parser(__doc__, OUT)
    parser.add_argument("--cap", type=int, default=40)
    args = parser.parse_args(argv)
    pairs = probe(args.cap)
    write_probe_files(
        args.out,
        summary(pairs),
        pairs,
        ["shape", "at", "sig", "question", "text", "reply"],
        ["shape", "at", "text", "accepted"],
    )
    sys.stdout.write(summary(pairs))


if __name__ == "__main__":
    main(sys.argv[1:])
