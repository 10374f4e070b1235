"""A first-order linear-chain CRF, scored as crfsuite scores one, for the part-of-speech tagger.

The model is trained with python-crfsuite by scripts/train_tagger.py (a development tool) and
its weights are checked in as text (`data/tagger_weights.tsv.gz`): a weight for each pair of
an item's attribute and a label, and one for each pair of neighbouring labels. Tagging is
Viterbi and the marginals are forward-backward, in numpy (which Streamlit already installs),
so the runtime needs no C extension of its own.
"""

from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path

import numpy as np

from langbot.errors import LexiconError

# A row of the weights file: `labels` and every label; `trans` from, to, weight; `state`
# attribute, label, weight.
_WEIGHT = r"-?\d+(?:\.\d+)?(?:e-?\d+)?"
_ROW = re.compile(
    rf"(?:labels(?:\t[A-Z]+)+|trans\t[A-Z]+\t[A-Z]+\t{_WEIGHT}|state\t[^\t]+\t[A-Z]+\t{_WEIGHT})"
)


class LinearChainCRF:
    """Labels for a sequence of items, each item a list of attribute names (weight 1 each)."""

    def __init__(self, labels: list[str], state: dict[str, np.ndarray], transitions: np.ndarray):
        self.labels = labels
        self._row = {attribute: i for i, attribute in enumerate(state)}
        self._weights = np.array(list(state.values())).reshape(len(state), len(labels))
        self._transitions = transitions  # [from, to]
        self._odds = np.exp(transitions)

    def _scores(self, items: list[list[str]]) -> np.ndarray:
        at = [(t, self._row.get(a)) for t, attributes in enumerate(items) for a in attributes]
        known = [(t, row) for t, row in at if row is not None]
        scores = np.zeros((len(items), len(self.labels)))
        if known:
            items_at, rows = zip(*known, strict=True)
            np.add.at(scores, list(items_at), self._weights[list(rows)])
        return scores

    def tag(self, items: list[list[str]]) -> tuple[list[str], np.ndarray]:
        """The best labels (Viterbi), and each item's marginal probability of every label."""
        scores = self._scores(items)
        return self._viterbi(scores), self._marginals(scores)

    def _viterbi(self, scores: np.ndarray) -> list[str]:
        best, back = scores[0], []
        for t in range(1, len(scores)):
            paths = best[:, None] + self._transitions
            back.append(paths.argmax(axis=0))
            best = paths.max(axis=0) + scores[t]
        path = [int(best.argmax())]
        for pointers in reversed(back):
            path.append(int(pointers[path[-1]]))
        return [self.labels[i] for i in reversed(path)]

    def _marginals(self, scores: np.ndarray) -> np.ndarray:
        # Forward-backward in probabilities, each step rescaled to sum to 1 (no under- or
        # overflow: each item's scores are first shifted by their maximum).
        odds = np.exp(scores - scores.max(axis=1, keepdims=True))
        alpha, beta = np.empty_like(odds), np.ones_like(odds)
        alpha[0] = odds[0] / odds[0].sum()
        for t in range(1, len(odds)):
            step = (alpha[t - 1] @ self._odds) * odds[t]
            alpha[t] = step / step.sum()
        for t in range(len(odds) - 2, -1, -1):
            step = self._odds @ (odds[t + 1] * beta[t + 1])
            beta[t] = step / step.sum()
        both = alpha * beta
        return both / both.sum(axis=1, keepdims=True)


def read_crf(path: Path) -> LinearChainCRF:
    """The CRF in a weights file; a malformed file raises LexiconError naming the row."""
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as e:
        raise LexiconError(f"{path}: cannot be read as gzipped UTF-8 text ({e})") from e
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    for number, row in enumerate(rows, 1):
        if not _ROW.fullmatch(row):
            raise LexiconError(f"{path}: row {number} ({row[:80]!r}): not labels, trans or state")
    if not rows or not rows[0].startswith("labels\t"):
        raise LexiconError(f"{path}: the first row must list the labels")
    labels = rows[0].split("\t")[1:]
    index = {label: i for i, label in enumerate(labels)}
    transitions = np.zeros((len(labels), len(labels)))
    state: dict[str, np.ndarray] = {}
    for number, row in enumerate(rows[1:], 2):
        kind, a, b, weight = row.split("\t")
        names = (a, b) if kind == "trans" else (b,)
        if any(name not in index for name in names):
            raise LexiconError(f"{path}: row {number} ({row[:80]!r}): a label not in the list")
        if kind == "trans":
            transitions[index[a], index[b]] = float(weight)
        else:
            state.setdefault(a, np.zeros(len(labels)))[index[b]] = float(weight)
    return LinearChainCRF(labels, state, transitions)
