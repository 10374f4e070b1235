"""The words that may open an answer before the answer itself (data/openers.yaml), in one
home: the fillers, hedges and frames the meaning readers and the grammar rules read past."""

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from langbot.datafiles import WordList, load_model
from langbot.errors import LessonFileError
from langbot.text import fold

OPENERS_FILE = Path(__file__).resolve().parent / "data" / "openers.yaml"

Phrases = tuple[tuple[str, ...], ...]


class Uses(BaseModel):
    """The kinds each reader or rule reads past."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fillers: WordList
    bare_hedges: WordList
    answer_frames: WordList
    answer_openers: WordList
    answer_fillers: WordList
    opinion_hedges: WordList
    proposal_hedges: WordList
    bare_openers: WordList
    maybe_phrases: WordList


class Openers(BaseModel):
    """The opening words by kind, each word in one kind, and the kinds of each use."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kinds: dict[str, WordList] = Field(min_length=1)
    uses: Uses

    @model_validator(mode="after")
    def _consistent(self) -> "Openers":
        """Every kind a use names exists, every kind is used, and no word is in two kinds."""
        named = {kind for kinds in self.uses.model_dump().values() for kind in kinds}
        if unknown := sorted(named - set(self.kinds)):
            raise ValueError(f"uses: {unknown[0]!r} is no kind")
        if unused := sorted(set(self.kinds) - named):
            raise ValueError(f"kinds: {unused[0]!r} is in no use")
        seen: dict[str, str] = {}
        for kind, words in self.kinds.items():
            for word in words:
                if fold(word) in seen:
                    raise ValueError(f"kinds: {word!r} is in {seen[fold(word)]!r} and {kind!r}")
                seen[fold(word)] = kind
        return self


@lru_cache(maxsize=1)
def _openers() -> Openers:
    return load_model(OPENERS_FILE, Openers, LessonFileError)


@lru_cache(maxsize=16)
def opening_phrases(use: str) -> Phrases:
    """The opening phrases of one use (a field of Uses), folded, as word tuples, the longest
    first."""
    kinds = getattr(_openers().uses, use)
    out = {tuple(fold(p).split()) for kind in kinds for p in _openers().kinds[kind]}
    return tuple(sorted(out, key=lambda p: (-len(p), p)))


@lru_cache(maxsize=16)
def opening_words(use: str) -> frozenset[str]:
    """The opening phrases of one use, folded, as strings (a one-word phrase matches a
    token)."""
    return frozenset(" ".join(p) for p in opening_phrases(use))
