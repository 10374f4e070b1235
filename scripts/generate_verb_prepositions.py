"""Generate langbot/grading/data/verb_prepositions.yaml: per verb lemma, the prepositions
that head its complements in the Universal Dependencies Spanish treebanks, with counts.

A verb's dependent after it counts as a complement before a noun (`noun`: obl, obl:arg,
obj, iobj headed by a noun, name, pronoun or number; its `case` word is the preposition,
«pienso en ti») or before an infinitive (`infinitive`: xcomp, advcl, ccomp, csubj, obj that
is an infinitive; its `mark` word is the link, «empiezo a leer», «tengo que ir»). A
dependent with no such word counts as `none` («quiero comer», «veo la casa»). A verb with
a pronominal «se» (expl:pv) counts as the -se verb (casarse, acordarse). Multiword
prepositions keep their `fixed` words («a través de»).

Two more roles, by the plain lemma: `pronoun`, each use of the verb with a reflexive pronoun
of its own person (`se`: «se casó», «me quejo», «nos fuimos»; a non-finite verb only with
«se») or without one (`none`); and `person`, the word before a complement that is a noun of
people (lessons/vocabulary/nouns.yaml, the `people` classes: «conocí a su padre», «tengo
dos hermanos»), of places (`place`: «vivo en la ciudad») or a name (`name`: «conozco a
Tom», «visito Boston»; in Tatoeba, a capitalised word the grader does not know, or a place).

Sources (git directories, read with `git show <commit>:<file>`; the train splits are not
stored in any snapshot, so the dev and test splits are read):
  LANGBOT_UD_ANCORA: UD_Spanish-AnCora, commit 642d3bc (dev, test; GPL-3.0 at that commit)
  LANGBOT_UD_GSD: UD_Spanish-GSD, commit 57c0456 (dev, test; CC BY-SA 4.0)
  LANGBOT_UD_PUD, LANGBOT_UD_COSER: UD_Spanish-PUD and -COSER test (CC BY-SA 4.0)
Run `python scripts/generate_verb_prepositions.py`; the output is checked in.
"""

from __future__ import annotations

import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))
from treebanks import read_file, tree, treebank_dir  # noqa: E402
from verb_uses import ADJECTIVE, count_adjective, count_verb  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "langbot" / "grading" / "data"
OUT_FILE = OUT / "verb_prepositions.yaml"
SOURCES = {  # name: (commit, files)
    "AnCora": ("642d3bc39e95aa2bec6bd799e53a604f46cc77be", ("dev", "test")),
    "GSD": ("57c045644664e5c1e169263cc4e3b95e40c078ba", ("dev", "test")),
    "PUD": ("HEAD", ("test",)),
    "COSER": ("HEAD", ("test",)),
}
NOUN_DEPS = {"obl", "obl:arg", "obj", "iobj"}
NOUN_HEADS = {"NOUN", "PROPN", "PRON", "NUM"}
CLAUSE_DEPS = {"xcomp", "advcl", "ccomp", "csubj", "obj"}
NONE = "none"
ROLES = ("noun", "infinitive", "pronoun", "person", "place", "name")
MIN_ROLE_TOTAL = 3
"""A verb's role is kept when its complements there were seen this often in all."""


def _words(text: str) -> list[list[dict]]:
    """The sentences of a CoNLL-U text as syntactic words (contractions split: al = a el)."""
    out, current = [], []
    for line in text.splitlines():
        if not line.strip():
            if current:
                out.append(current)
            current = []
            continue
        cols = line.split("\t")
        if line.startswith("#") or len(cols) != 10 or not cols[0].isdigit():
            continue
        current.append(
            {
                "id": int(cols[0]),
                "form": cols[1].lower(),
                "lemma": cols[2].lower(),
                "upos": cols[3],
                "feats": cols[5],
                "head": int(cols[6]) if cols[6].isdigit() else -1,
                "rel": cols[7],
            }
        )
    if current:
        out.append(current)
    return out


def _link(word: dict, children: dict[int, list[dict]], rel: str) -> str:
    """The preposition (rel 'case') or link (rel 'mark') of a dependent, with its fixed words."""
    marks = [c for c in children[word["id"]] if c["rel"] == rel and c["id"] < word["id"]]
    if not marks:
        return NONE
    first = marks[0]
    fixed = [c["form"] for c in children[first["id"]] if c["rel"] == "fixed"]
    base = first["lemma"] if first["upos"] == "ADP" else first["form"]
    return " ".join([base, *fixed])


def _verb_key(verb: dict, children: dict[int, list[dict]]) -> str | None:
    """The verb's lemma, as a -se verb when it has a pronominal «se»; None for no infinitive."""
    lemma = verb["lemma"]
    if not lemma.isalpha() or not lemma.endswith(("ar", "er", "ir", "ír")):
        return None
    if any(c["rel"] == "expl:pv" for c in children[verb["id"]]):
        return lemma + "se"
    return lemma


def count_sentence(words: list[dict], counts: dict) -> None:
    """Add one sentence's verb complements to counts[verb][role][preposition]."""
    by_id, children = tree(words)
    for w in words:
        if w["upos"] == "VERB":
            count_verb(w, children, counts, lambda d, c: _link(d, c, "case"))
    for w in words:
        verb = by_id.get(w["head"])
        if verb is not None:
            count_adjective(verb, w, children, counts, _link)
        if verb is None or verb["upos"] != "VERB" or w["id"] < verb["id"]:
            continue
        key = _verb_key(verb, children)
        if key is None:
            continue
        base = w["rel"].split(":")[0] if w["rel"] != "obl:arg" else w["rel"]
        infinitive = w["upos"] == "VERB" and "VerbForm=Inf" in w["feats"]
        if infinitive and (w["rel"] in CLAUSE_DEPS or base in CLAUSE_DEPS):
            counts[key]["infinitive"][_link(w, children, "mark")] += 1
        elif w["upos"] in NOUN_HEADS and (w["rel"] in NOUN_DEPS or base in NOUN_DEPS):
            counts[key]["noun"][_link(w, children, "case")] += 1


def _treebank_text(name: str, commit: str, split: str) -> str:
    source = treebank_dir(name)
    prefix = {"AnCora": "es_ancora", "GSD": "es_gsd", "PUD": "es_pud", "COSER": "es_coser"}
    return read_file(source, f"{prefix[name]}-ud-{split}.conllu", commit)


def treebank_sentences():
    """The words of every sentence of the source treebanks, in order."""
    for name, (commit, splits) in SOURCES.items():
        for split in splits:
            yield from _words(_treebank_text(name, commit, split))


def count_treebanks(count_sentence, counts: dict) -> int:
    """Add every sentence of the source treebanks to counts (count_sentence(words, counts));
    the number of sentences."""
    n = 0
    for words in treebank_sentences():
        count_sentence(words, counts)
        n += 1
    return n


def tuning_contexts(zip_path: Path, family: str):
    """A rule context of `family` for each sentence of Tatoeba's even half that is not in the
    held-out native set's half, as the grader reads it."""
    from make_tatoeba_sets import even_half  # noqa: PLC0415
    from real_data import heldout  # noqa: PLC0415

    from langbot.grading.analysis import Analysis  # noqa: PLC0415
    from langbot.grading.knowledge import knowledge  # noqa: PLC0415
    from langbot.grading.rules.base import Context  # noqa: PLC0415
    from langbot.grading.rules.registry import engine  # noqa: PLC0415
    from langbot.grading.tokens import tokenize  # noqa: PLC0415

    lexicon, rules = engine()
    rule = next(r for r in rules if r.family == family)
    for text in even_half(zip_path):
        if not heldout(text):
            ctx = Context(Analysis(tokenize(text), lexicon), knowledge(), rule.words)
            ctx.spelled = rule.spelled
            yield ctx


def tatoeba_counts(zip_path: Path, counts: dict) -> int:
    """Add, from the tuning half of Tatoeba's even half, each verb the grader reads followed by
    a preposition and a complement, or by an infinitive (none), as the rules see them."""
    from langbot.grading.rules.adjective_links import adjective_uses  # noqa: PLC0415
    from langbot.grading.rules.reflexive_counts import pronoun_uses  # noqa: PLC0415
    from langbot.grading.rules.verb_classes import class_uses  # noqa: PLC0415
    from langbot.grading.rules.verb_links import link_uses, preposition_uses  # noqa: PLC0415
    from langbot.grading.verb_prepositions import VerbCounts, VerbPrepositions  # noqa: PLC0415
    from langbot.grading.verbs import load_verbs  # noqa: PLC0415

    table = VerbPrepositions(
        {
            v: VerbCounts.model_validate({k: dict(c) for k, c in r.items()})
            for v, r in counts.items()
        },
        load_verbs(),
    )
    n = 0
    for ctx in tuning_contexts(zip_path, "verb_links"):
        n += 1
        for _, lemmas, role, used, _ in preposition_uses(ctx, table, every=True):
            for lemma in lemmas:
                counts[lemma][role][used] += 1
        for _, lemmas in link_uses(ctx, table):
            for lemma in lemmas:
                counts[lemma]["infinitive"][NONE] += 1
        for lemma, used in pronoun_uses(ctx):
            counts[lemma]["pronoun"][used] += 1
        for _, lemmas, role, used in class_uses(ctx, table):
            for lemma in lemmas:
                counts[lemma][role][used] += 1
        for _, lemmas, role, used, _ in adjective_uses(ctx):
            for lemma in lemmas:
                counts[ADJECTIVE + lemma][role][used] += 1
    return n


def _mapping(counter: Counter) -> str:
    items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    return "{" + ", ".join(f"{k if ' ' not in k else repr(k)}: {v}" for k, v in items) + "}"


def render(counts: dict, n: int, tatoeba: int) -> str:
    """The YAML text: a header, then one line per verb with its kept roles."""
    lines = [
        "# Generated by scripts/generate_verb_prepositions.py: do not edit, re-run it.",
        f"# {n} sentences of UD_Spanish-AnCora (dev, test at 642d3bc; GPL-3.0 there),",
        "# UD_Spanish-GSD (dev, test at 57c0456), -PUD and -COSER (test; CC BY-SA 4.0),",
        f"# plus {tatoeba} Tatoeba sentences (even half, tuning half; CC-BY 2.0 FR) read by",
        "# the grader: a verb right before the preposition and its complement.",
        "# verb lemma (-se verbs apart) -> role -> the word before its complement -> count;",
        "# noun: before a noun or pronoun (pienso en ti); infinitive: before an infinitive",
        "# (empiezo a leer); none: no word (quiero comer); pronoun (by the plain lemma):",
        "# with a reflexive pronoun of its own person (se: se casó, me quejo) or none;",
        "# person: before a noun of people (conocí a su padre); place: of places (vivo en la",
        "# ciudad); name: before a name (conozco a Tom, visito Boston; in Tatoeba, a",
        "# capitalised word the grader does not know, or a known place). adjectives: the",
        "# same noun and infinitive roles after an adjective or participle (orgulloso de,",
        f"# capaz de hacer). A role seen fewer than {MIN_ROLE_TOTAL} times is left out.",
        "# Hand entries: verbs.yaml `prepositions`.",
    ]
    for section, adjectives in (("verbs:", False), ("adjectives:", True)):
        lines.append(section)
        for verb in sorted(counts):
            if verb.startswith(ADJECTIVE) != adjectives:
                continue
            roles = {
                role: counter
                for role, counter in counts[verb].items()
                if sum(counter.values()) >= MIN_ROLE_TOTAL
            }
            if roles:
                body = ", ".join(f"{role}: {_mapping(c)}" for role, c in roles.items())
                lines.append(f"  {verb.removeprefix(ADJECTIVE)}: {{{body}}}")
    return "\n".join(lines) + "\n"


def write_data(counts: dict, count_sentence, tatoeba_counts, render, out_file: Path, what: str):
    """Count every treebank sentence into `counts`, then Tatoeba's tuning half, and write
    one data file."""
    n = 0
    for words in treebank_sentences():
        count_sentence(words, counts)
        n += 1
    zip_path = os.environ.get("LANGBOT_TATOEBA_ZIP")
    if not zip_path:
        raise SystemExit("set LANGBOT_TATOEBA_ZIP to manythings.org's spa-eng.zip")
    tatoeba = tatoeba_counts(Path(zip_path), counts)
    out_file.write_text(render(counts, n, tatoeba), encoding="utf-8")
    print(f"{out_file}: {len(counts)} {what} from {n} treebank, {tatoeba} Tatoeba sentences")


def main() -> None:
    """Read the treebanks and write the data file."""
    counts: dict = defaultdict(lambda: {role: Counter() for role in ROLES})
    write_data(counts, count_sentence, tatoeba_counts, render, OUT_FILE, "verbs and adjectives")


if __name__ == "__main__":
    main()
