"""Reading the Universal Dependencies Spanish treebanks for the lexicon, the tagger and the count
generators (bare subjects, verb prepositions, copula adjectives).

The treebanks are not checked in. Bring a snapshot of the repository (a clone, or a mirror's
git directory) and point LANGBOT_UD_GSD at it; files are read with `git show HEAD:<file>`
when the path is a git directory, or from the folder otherwise.

UD_Spanish-GSD is CC BY-SA 4.0 (see its LICENSE.txt); UD_Spanish-AnCora is CC BY 4.0.
"""

from __future__ import annotations

import os
import subprocess
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

KEPT_FEATURES = ("Gender", "Number", "Person", "Tense", "Mood", "VerbForm")


class Word(NamedTuple):
    """One surface token: its text, UPOS, lemma and the features the lexicon keeps."""

    form: str
    upos: str
    lemma: str
    feats: str


class Tree(NamedTuple):
    """A sentence's syntactic words by id, and each head's dependents in sentence order."""

    by_id: dict[int, dict]
    children: dict[int, list[dict]]


def tree(words: list[dict]) -> Tree:
    """The dependency index of a sentence's words (dicts with "id" and "head"); a word's
    dependents are `children[word["id"]]`, an empty list when it has none."""
    children: dict[int, list[dict]] = defaultdict(list)
    for w in words:
        children[w["head"]].append(w)
    return Tree({w["id"]: w for w in words}, children)


def treebank_dir(name: str) -> Path:
    """The folder or git directory of a treebank, from LANGBOT_UD_<NAME>."""
    value = os.environ.get(f"LANGBOT_UD_{name.upper()}")
    if not value:
        raise SystemExit(f"set LANGBOT_UD_{name.upper()} to a snapshot of UD_Spanish-{name}")
    return Path(value)


def read_file(source: Path, name: str, commit: str = "HEAD") -> str:
    """The text of one treebank file, from a git directory's commit (HEAD) or a folder."""
    if (source / "HEAD").exists() and not (source / name).exists():
        return subprocess.run(
            ["git", "--git-dir", str(source), "show", f"{commit}:{name}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    return (source / name).read_text(encoding="utf-8")


def _git(source: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["git", "--git-dir", str(source), *args], check=False, capture_output=True, text=True
    )


def conllu_files(source: Path) -> list[str]:
    """The .conllu files of a snapshot: HEAD's listing of a git directory, or the folder's."""
    if (source / "HEAD").exists():
        names = _git(source, "ls-tree", "--name-only", "HEAD").stdout.split()
    else:
        names = [p.name for p in source.iterdir()]
    return sorted(name for name in names if name.endswith(".conllu"))


def newest_text(source: Path, name: str) -> tuple[str, str] | None:
    """(commit, text) of the newest version of a file a snapshot holds (a mirror may list a
    large file at HEAD without storing it), or None when it holds none."""
    if not (source / "HEAD").exists():
        return "folder", read_file(source, name)
    for commit in _git(source, "rev-list", "HEAD", "--", name).stdout.split():
        shown = _git(source, "show", f"{commit}:{name}")
        if shown.returncode == 0:
            return commit, shown.stdout
    return None


def kept(feats: str) -> str:
    """The features the lexicon keeps, in a fixed order ('_' when none)."""
    pairs = dict(p.split("=", 1) for p in feats.split("|") if "=" in p)
    out = []
    for key in KEPT_FEATURES:
        value = pairs.get(key)
        if value:
            out.append(
                f"{key}={'Com' if ',' in value and key == 'Gender' else value.split(',')[0]}"
            )
    return "|".join(out) or "_"


def _head(parts: list[list[str]]) -> list[str]:
    """The word a multiword token stands for: its verb (dámelo), else its first word (del)."""
    for p in parts:
        if p[3] in ("VERB", "AUX"):
            return p
    return parts[0]


def _merge_det(head: list[str], parts: list[list[str]]) -> str:
    """A contraction's features: the preposition takes the article's gender and number (del)."""
    feats = kept(head[5])
    if head[3] == "ADP" and len(parts) > 1 and parts[1][3] == "DET":
        feats = kept(parts[1][5])
    return feats


def sentences(text: str) -> list[list[Word]]:
    """The sentences of a CoNLL-U text as surface tokens (a multiword token is one Word)."""
    out: list[list[Word]] = []
    current: list[Word] = []
    pending: tuple[int, int, str] | None = None
    parts: list[list[str]] = []
    for line in text.splitlines():
        if not line:
            if current:
                out.append(current)
            current, pending, parts = [], None, []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0]:
            start, end = (int(x) for x in cols[0].split("-"))
            pending, parts = (start, end, cols[1]), []
            continue
        if "." in cols[0]:
            continue  # empty nodes
        if pending and pending[0] <= int(cols[0]) <= pending[1]:
            parts.append(cols)
            if int(cols[0]) == pending[1]:
                head = _head(parts)
                current.append(Word(pending[2], head[3], head[2], _merge_det(head, parts)))
                pending = None
            continue
        current.append(Word(cols[1], cols[3], cols[2], kept(cols[5])))
    if current:
        out.append(current)
    return out


def by_count(counter: dict[str, int]) -> list[tuple[str, int]]:
    """A count's items as the count files list them: the most frequent first, ties in
    alphabetical order."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
