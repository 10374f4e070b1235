"""Reading the YAML data files (lessons, prompts, eval sets) with errors that name file and field."""

from pathlib import Path
from typing import Annotated, TypeVar

import yaml
from pydantic import BaseModel, Field, ValidationError

from langbot.errors import LangbotError

M = TypeVar("M", bound=BaseModel)
WordList = Annotated[list[str], Field(min_length=1)]
"""A non-empty list of words or phrases, the commonest field of the data files."""

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


def _field_before(data: object, loc: tuple) -> str | None:
    """The key given just before the last one of `loc` in the data, if any."""
    for key in loc[:-1]:
        try:
            data = data[key]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return None
    keys = list(data) if isinstance(data, dict) else []
    at = keys.index(loc[-1]) if loc and loc[-1] in keys else 0
    return str(keys[at - 1]) if at > 0 else None


def _explain(err: dict, data: object) -> str:
    """The error's message; for an unknown field with no value, the likely cause: a comma in
    an unquoted value of a `{...}` mapping starts a new field."""
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] != "extra_forbidden" or err.get("input") is not None or not err["loc"]:
        return msg
    before = _field_before(data, err["loc"])
    if before is None:
        return msg
    return (
        f"{err['loc'][-1]!r} is not a field. If it is the end of {before!r} (a comma in a "
        f"value inside {{...}} starts a new field), put that value in quotes: "
        f'{before}: "…, {err["loc"][-1]}"'
    )


def format_validation_error(path: Path, error: ValidationError, data: object = None) -> str:
    """Turn a pydantic error into lines naming the file, the step and the field."""
    lines = []
    for err in error.errors():
        lines.append(f"{path}: {_describe_location(err['loc'])}: {_explain(err, data)}")
    return "\n".join(lines)


def validate(path: Path | str, data: object, model: type[M], error: type[LangbotError]) -> M:
    """Validate parsed data as `model`; `error` names the file (or row), entry and field."""
    try:
        return model.model_validate(data)
    except ValidationError as e:
        raise error(format_validation_error(Path(path), e, data)) from e


def load_model(
    path: Path, model: type[M], error: type[LangbotError], *, mapping_of: str | None = None
) -> M:
    """Read one YAML data file into a validated `model`; `error` names file, entry and field.

    `mapping_of` (e.g. "lesson"): the top level must be a mapping of that thing's fields.
    """
    data = read_yaml(path, error)
    if mapping_of and not isinstance(data, dict):
        raise error(f"{path}: top level must be a mapping of {mapping_of} fields")
    return validate(path, data, model, error)


def load_rows(
    path: Path, model: type[M], error: type[LangbotError], what: str = "rows"
) -> list[tuple[str, M]]:
    """Read a YAML list of mappings into validated rows, each with its "file: row N" place."""
    data = read_yaml(path, error)
    if not isinstance(data, list):
        raise error(f"{path}: top level must be a list of {what}")
    rows = []
    for index, item in enumerate(data, 1):
        where = f"{path}: row {index}"
        if not isinstance(item, dict):
            raise error(f"{where}: must be a mapping of fields")
        rows.append((where, validate(where, item, model, error)))
    return rows
