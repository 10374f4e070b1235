"""The singular nouns natives count («un personaje») and those they say bare after «ser»
(«es miembro de»), counted in the UD Spanish treebanks (data/bare_predicates.yaml, generated
by scripts/generate_bare_predicates.py): a counted noun natives never said bare after «ser»
takes an article there («Es un personaje malvado»)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, PositiveInt

from langbot.datafiles import validate
from langbot.errors import LessonFileError
from langbot.grading.vocabulary_files import read_data_yaml
from langbot.text import fold

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "bare_predicates.yaml"


class BarePredicateFile(BaseModel):
    """The whole bare_predicates.yaml: lemma -> times natives said it with «un»/«una», and
    lemma -> times natives said it bare as the predicate of «ser»."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    counted: dict[str, PositiveInt]
    bare: dict[str, PositiveInt]


@lru_cache(maxsize=4)
def _read(path: Path) -> BarePredicateFile:
    return validate(path, read_data_yaml(Path(path)), BarePredicateFile, LessonFileError)


def counted_nouns(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """The folded lemmas natives count with «un» or «una»."""
    return frozenset(fold(k) for k in _read(path).counted)


def counted_never_bare(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """The folded lemmas natives count and never said bare as the predicate of «ser»."""
    return counted_nouns(path) - {fold(k) for k in _read(path).bare}


def bare_after_ser(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """The folded lemmas natives said bare as the predicate of «ser» (roles: «es ministro»)."""
    return frozenset(fold(k) for k in _read(path).bare)
