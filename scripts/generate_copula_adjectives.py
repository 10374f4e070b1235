"""Generate langbot/grading/data/copula_adjectives.yaml: per adjective (or participle) lemma,
how often it is said with ser and with estar, in the UD Spanish treebanks and in Tatoeba.

Treebanks: a predicate headed by an adjective or participle whose `cop` dependent is ser or
estar (UD: «está cansado» -> cansado <-cop- está), and a participle with estar as `aux:pass`
(GSD marks «está cerrada» so). Ser as `aux:pass` is a passive («fue construido»), not a
copula, and is not counted. A participle UD tags VERB (VerbForm=Part) counts under its
verb's lemma, apart from the adjectives («cerradas» -> participles: cerrar).
Tatoeba: the tuning half of the even half (held-out sentences left out), read by the grader:
a form of ser or estar (present, imperfect, subjunctive), degree words skipped («muy», «tan», «bastante», «un poco»), then a
word that is nothing but an adjective (its lemma), or nothing but a participle (its verb's).
Each use also counts as `personal` when the copula is in the first or second person (estoy,
eres, somos; not «estaba», also the third): a subject that is surely someone.

Sources (git directories, read with `git show <commit>:<file>`):
  LANGBOT_UD_ANCORA: UD_Spanish-AnCora, commit 642d3bc (dev, test; GPL-3.0 at that commit)
  LANGBOT_UD_GSD: UD_Spanish-GSD, commit 57c0456 (dev, test; CC BY-SA 4.0)
  LANGBOT_UD_PUD, LANGBOT_UD_COSER: UD_Spanish-PUD and -COSER test (CC BY-SA 4.0)
  LANGBOT_TATOEBA_ZIP: manythings.org's spa-eng.zip (CC-BY 2.0 FR)
Run `python scripts/generate_copula_adjectives.py`; the output is checked in.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))
from generate_verb_prepositions import (  # noqa: E402
    tuning_contexts,
    write_data,
)
from treebanks import tree  # noqa: E402

OUT_FILE = (
    Path(__file__).resolve().parent.parent
    / "langbot"
    / "grading"
    / "data"
    / "copula_adjectives.yaml"
)
COPULAS = ("ser", "estar")
PERSONAL = ("1", "2")
MIN_TOTAL = 2
"""An adjective seen fewer times in all is left out."""


def _key(head: dict) -> tuple[str, str] | None:
    """Where an adjective or participle counts: ("adjectives", its lemma), or for a
    participle UD tags VERB ("participles", its verb's lemma); None for other words."""
    if head["upos"] == "ADJ":
        key = ("adjectives", head["lemma"])
    elif head["upos"] == "VERB" and "VerbForm=Part" in head["feats"]:
        key = ("participles", head["lemma"])
    else:
        return None
    return key if key[1].isalpha() and key[1] == key[1].lower() else None


def _person(feats: str) -> str:
    pairs = dict(p.split("=", 1) for p in feats.split("|") if "=" in p)
    return pairs.get("Person", "")


def count_sentence(words: list[dict], counts: dict) -> None:
    """Add one treebank sentence's ser/estar + adjective predicates to counts[lemma]."""
    by_id = tree(words).by_id
    for w in words:
        copula = w["lemma"] in COPULAS and (
            w["rel"] == "cop" or (w["rel"] == "aux:pass" and w["lemma"] == "estar")
        )
        head = by_id.get(w["head"]) if copula else None
        key = _key(head) if head else None
        if key:
            counts[key][w["lemma"]] += 1
            if _person(w["feats"]) in PERSONAL:
                counts[key][f"{w['lemma']}_personal"] += 1


def tatoeba_counts(zip_path: Path, counts: dict) -> int:
    """Add the tuning half of Tatoeba's even half: ser or estar, degree words, an adjective,
    as the grader reads them; the number of sentences read."""
    from langbot.grading.rules.copula_forms import skip_degree  # noqa: PLC0415

    n = 0
    for ctx in tuning_contexts(zip_path, "copula"):
        n += 1
        for i, c in _copulas(ctx):
            readings = ctx.analysis.of(i, "VERB")
            persons = {(f.person or "")[:1] for f in readings if f.lemma == c.lemma}
            for lemma in _predicate(ctx, skip_degree(ctx, i + 1)):
                counts[lemma][c.lemma] += 1
                if persons and persons <= set(PERSONAL):  # not «era»: I or she was
                    counts[lemma][f"{c.lemma}_personal"] += 1
    return n


def _copulas(ctx):
    """The grader's forms of ser and estar (present, imperfect, infinitive), and their
    subjunctive ones («que no estén disponibles»), which the rules build no fix for."""
    from langbot.grading.rules.copula_forms import Copula, copulas  # noqa: PLC0415

    found = dict(copulas(ctx))
    for i in range(len(ctx.analysis)):
        if i in found or ctx.analysis.of(i, "DET"):
            continue
        for f in ctx.analysis.of(i, "VERB"):
            if f.lemma in ctx.words["copulas"] and f.person and f.form == "subj":
                found[i] = Copula(f.lemma, f.form, f.person)
                break
    return sorted(found.items())


def _predicate(ctx, j: int) -> list[tuple[str, str]]:
    """The keys token j counts under: its one adjective lemma, or when it is nothing but a
    participle, its verbs' lemmas («equivocado»: equivocar, equivocarse)."""
    from langbot.grading.rules.copula_forms import adjective_at  # noqa: PLC0415

    a = ctx.analysis
    lemmas = {f.lemma for f in adjective_at(a, j)}
    if lemmas:
        return [("adjectives", lemma) for lemma in lemmas] if len(lemmas) == 1 else []
    verbs = a.of(j, "VERB")
    if verbs and len(verbs) == len(a.readings[j]) and all(f.form == "part" for f in verbs):
        return [("participles", lemma) for lemma in sorted({f.lemma for f in verbs})]
    return []


def render(counts: dict, n: int, tatoeba: int) -> str:
    """The YAML text: a header, then one line per adjective with its counts."""
    lines = [
        "# Generated by scripts/generate_copula_adjectives.py: do not edit, re-run it.",
        f"# {n} sentences of UD_Spanish-AnCora (dev, test at 642d3bc; GPL-3.0 there),",
        "# UD_Spanish-GSD (dev, test at 57c0456), -PUD and -COSER (test; CC BY-SA 4.0),",
        f"# plus {tatoeba} Tatoeba sentences (even half, tuning half; CC-BY 2.0 FR) read by",
        "# the grader: ser or estar (degree words skipped) and an adjective or participle.",
        "# adjective lemma (participles: the verb's lemma, when UD or the lexicon reads the",
        "# word as a participle only) -> uses with ser, with estar, and of those with a first",
        f"# or second person copula (personal). Seen fewer than {MIN_TOTAL} times: left out.",
    ]
    fields = ("ser", "estar", "ser_personal", "estar_personal")
    for section in ("adjectives", "participles"):
        lines.append(f"{section}:")
        for kind, lemma in sorted(k for k in counts if k[0] == section):
            c = counts[(kind, lemma)]
            if c["ser"] + c["estar"] >= MIN_TOTAL:
                body = ", ".join(f"{f}: {c[f]}" for f in fields if c[f])
                lines.append(f"  {lemma}: {{{body}}}")
    return "\n".join(lines) + "\n"


def main() -> None:
    """Read the treebanks and Tatoeba and write the data file."""
    write_data(defaultdict(Counter), count_sentence, tatoeba_counts, render, OUT_FILE, "adjectives")


if __name__ == "__main__":
    main()
