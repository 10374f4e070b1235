"""One analysis of an answer a turn: the meaning readers and the grammar rules read the same
tokens, so the analysis (and what is worked out lazily in it) is built once and shared.

Kept by the identity of the tokens, not their text: a turn tokenizes its answer once, and the
same text graded at another step is another turn with an analysis of its own (a rule's
per-sentence memo never carries over between steps)."""

import threading

from langbot.grading.analysis import Analysis, Lexicon
from langbot.grading.tokens import Tokens


class Kept:
    """A few values, each built once for the objects it was built from while they are in use
    (matched by identity), the oldest dropped past `size`; safe to share between threads."""

    def __init__(self, size: int):
        self._size, self._found, self._lock = size, {}, threading.Lock()

    def get(self, of: tuple, build):
        """The value built for these very objects, building it (`build()`) the first time."""
        key = tuple(map(id, of))
        found = self._found.get(key)
        if found is not None and all(a is b for a, b in zip(found[0], of, strict=True)):
            return found[1]
        value = build()
        with self._lock:
            if len(self._found) >= self._size:
                self._found.pop(next(iter(self._found)))
            self._found[key] = (of, value)  # the objects are kept: their ids stay theirs
        return value


_ANALYSES = Kept(16)


def analysed(tokens: Tokens, lexicon: Lexicon) -> Analysis:
    """The analysis of these tokens with this lexicon, built once while they are in use."""
    return _ANALYSES.get((tokens, lexicon), lambda: Analysis(tokens, lexicon))
