"""The lessons folder an evaluation set is about: `langbot eval --set FILE` finds the lessons its
rows name without LANGBOT_LESSONS_DIR, so a set of a lesson kept outside lessons/ runs as it is."""

from collections.abc import Iterable
from pathlib import Path

from langbot.config import load_settings
from langbot.evaluation import YAML_ONLY_DIR, EvalRow
from langbot.lessons import LESSONS_DIR


def lesson_folders(source: Path | str) -> list[Path]:
    """Where a set's lessons may be, in order: the configured folder, a `lessons/` folder beside
    the set (beside its folder, for a file), and the lessons written in YAML alone."""
    path = Path(source)
    beside = [path.parent / "lessons"]
    if not path.is_dir():
        beside.append(path.parent.parent / "lessons")
    return [load_settings().lessons_dir or LESSONS_DIR, *beside, YAML_ONLY_DIR / "lessons"]


def lessons_for(rows: Iterable[EvalRow], source: Path | str) -> Path | None:
    """The first folder that holds every lesson the rows name (a lesson's file is `<id>.yaml`);
    None for the configured folder, or when no folder holds them all."""
    named = {row.lesson for row in rows}
    configured, *others = lesson_folders(source)
    for folder in [configured, *others]:
        if all((Path(folder) / f"{lesson}.yaml").is_file() for lesson in named):
            return None if folder == configured else Path(folder)
    return None
