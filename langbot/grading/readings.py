"""The readings of a sentence's tokens, bounded like the rest of the analysis."""


class Readings(tuple):
    """Each token's readings; an index outside the sentence has none, as `Analysis.of` says
    (a rule that looks one word past the end gets nothing, not an IndexError or the last
    token's readings)."""

    __slots__ = ()

    def __getitem__(self, i):
        if i.__class__ is int:
            return tuple.__getitem__(self, i) if 0 <= i < len(self) else ()
        return tuple.__getitem__(self, i)
