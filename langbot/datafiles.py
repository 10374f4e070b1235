"""Reading the YAML data files (lessons, prompts, eval sets) with errors that name file and field."""

from pathlib import Path

import yaml
from pydantic import ValidationError

from langbot.errors import LangbotError

# libyaml's safe loader is several times faster than the pure-Python one, where it is built in.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path, error: type[LangbotError]) -> object:
    """Parse one YAML file safely; an unreadable or malformed file raises `error` naming it."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
    except OSError as e:
        raise error(f"{path}: cannot be read ({e.strerror})") from e
    except yaml.YAMLError as e:
        raise error(f"{path}: is not valid YAML: {e}") from e


def _describe_location(loc: tuple) -> str:
    parts: list[str] = []
    items = list(loc)
    while items:
        key = items.pop(0)
        if key in ("steps", "demo") and items and isinstance(items[0], int):
            idx = items.pop(0)
            parts.append(f"{'step' if key == 'steps' else 'demo line'} {idx + 1}")
        elif isinstance(key, int):
            parts[-1:] = [f"{parts[-1]}[{key}]" if parts else f"[{key}]"]
        else:
            parts.append(f"field '{key}'")
    return ", ".join(parts) or "top level"


def format_validation_error(path: Path, error: ValidationError) -> str:
    """Turn a pydantic error into lines naming the file, the step and the field."""
    lines = []
    for err in error.errors():
        msg = err["msg"].removeprefix("Value error, ")
        lines.append(f"{path}: {_describe_location(err['loc'])}: {msg}")
    return "\n".join(lines)
