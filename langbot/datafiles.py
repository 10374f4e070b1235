"""Reading the YAML data files (lessons, prompts, eval sets) with errors that name file and field."""

from pathlib import Path

import yaml
from pydantic import ValidationError

from langbot.errors import LangbotError

# libyaml's safe loader is several times faster than the pure-Python one, where it is built in.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DuplicateKey(yaml.YAMLError):
    """A mapping names the same key twice (YAML itself would keep the last one silently)."""


class SafeLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader, refusing duplicate keys instead of keeping the last one."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        """Build a mapping, raising DuplicateKey naming both lines."""
        first: dict[object, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                line = first.setdefault(key, key_node.start_mark.line)
            except TypeError:  # an unhashable key: the base loader reports it
                continue
            if line != key_node.start_mark.line:
                raise DuplicateKey(
                    f"line {key_node.start_mark.line + 1}: duplicate key {key!r}"
                    f" (first given on line {line + 1})"
                )
        return super().construct_mapping(node, deep)


def read_text(path: Path, error: type[LangbotError]) -> str:
    """A data file's text; one that is not UTF-8 raises `error` naming the file and line."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise error(f"{path}: cannot be read ({e.strerror})") from e
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise error(
            f"{path}: is not UTF-8 text (line {line}, byte {e.start + 1}); save it as UTF-8"
        ) from e


def read_yaml(path: Path, error: type[LangbotError]) -> object:
    """Parse one YAML file safely; an unreadable or malformed file raises `error` naming it."""
    text = read_text(path, error)
    try:
        return yaml.load(text, Loader=SafeLoader)
    except DuplicateKey as e:
        raise error(f"{path}: {e}") from e
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
