"""The model's output format and its verdict-first streaming parser.

The model answers with one JSON object whose keys come in a fixed order:
`{"category": …, "reply": "…", "errors": […]}`, where the category "correct" means a right
answer. The verdict can be parsed as soon as the `reply` key starts; the reply's text is then
decoded and passed on as it streams, and the errors, written last so they never delay the
reply, come once the object is complete. The older form, with a boolean `correct` before the
category, still parses as it did.
"""

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from langchain_core.runnables import Runnable

from langbot.conversation import MISS_CATEGORIES
from langbot.errors import OutputParseError

OUTPUT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "category": {"type": "string", "enum": ["correct", *MISS_CATEGORIES]},
        "reply": {"type": "string"},
        "errors": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
    },
    "required": ["category", "reply", "errors"],
    "additionalProperties": False,
}
_REPLY_KEY = re.compile(r'"reply"\s*:\s*"')


@dataclass(frozen=True)
class ModelVerdict:
    """What the model said about the answer, before the reply text."""

    correct: bool
    category: str
    errors: tuple[str, ...]


@dataclass(frozen=True)
class ModelErrors:
    """The model's `errors` list, which follows the reply in the output."""

    errors: tuple[str, ...]


def _errors_from(data: Any) -> tuple[str, ...]:
    errors = data.get("errors") if isinstance(data, dict) else None
    if not errors:
        return ()
    if not isinstance(errors, list):
        errors = [str(errors)]
    return tuple(str(e) for e in errors if str(e).strip())[:3]


def _has_verdict(data: Any) -> bool:
    return isinstance(data, dict) and ("correct" in data or "category" in data)


def _verdict_from(data: Any) -> ModelVerdict:
    if isinstance(data, dict) and "correct" not in data:
        category = data.get("category")
        if category == "correct" or category in MISS_CATEGORIES:
            return ModelVerdict(category == "correct", category, _errors_from(data))
        raise OutputParseError(f"The model's verdict has no known 'category': {str(data)[:120]}")
    if not isinstance(data, dict) or not isinstance(data.get("correct"), bool):
        raise OutputParseError(
            f"The model's verdict has no true/false 'correct': {str(data)[:120]}"
        )
    correct = data["correct"]  # the older form: a boolean, then the category
    category = str(data.get("category", ""))
    if correct:
        category = "correct"
    elif category not in MISS_CATEGORIES:
        category = "context"
    return ModelVerdict(correct, category, _errors_from(data))


Event = ModelVerdict | str | ModelErrors


class VerdictParser:
    """Incremental parser for `{"category":…, "reply":"…", "errors":[…]}`.

    `feed` returns the verdict as soon as its keys are complete, then reply text chunks;
    `close` returns the errors. Errors written before the reply stay in the verdict.
    """

    def __init__(self) -> None:
        self.buffer = ""
        self.state = "head"  # head -> reply -> tail; or whole (verdict not first)
        self.verdict_sent = False

    def feed(self, text: str) -> list[Event]:
        """Events made available by one more piece of model output."""
        self.buffer += text
        out: list[Event] = []
        if self.state == "head":
            match = _REPLY_KEY.search(self.buffer)
            if not match:
                return out
            head = self.buffer[self.buffer.find("{") : match.start()].rstrip().rstrip(",") + "}"
            try:
                data = json.loads(head)
            except ValueError:
                data = None
            if not _has_verdict(data):
                self.state = "whole"  # reply came first: wait for the complete object
                return out
            out.append(_verdict_from(data))
            self.verdict_sent = True
            self.state, self.buffer = "reply", self.buffer[match.end() :]
        if self.state == "reply":
            chunk = self._decode_string()
            if chunk:
                out.append(chunk)
        return out

    def _decode_string(self) -> str:
        raw, i, parts = self.buffer, 0, []
        while i < len(raw):
            ch = raw[i]
            if ch == '"':
                self.state, self.buffer = "tail", raw[i + 1 :]
                return "".join(parts)
            if ch == "\\":
                size = 6 if raw[i + 1 : i + 2] == "u" else 2
                if size == 6 and 0xD800 <= int(raw[i + 2 : i + 6] or "0", 16) <= 0xDBFF:
                    size = 12  # a surrogate pair: decode both halves together
                if i + size > len(raw) or len(raw) < i + 2:
                    break
                try:
                    parts.append(json.loads(f'"{raw[i : i + size]}"'))
                except ValueError as e:
                    raise OutputParseError(
                        f"Bad escape in the model's reply: {raw[i : i + size]!r}"
                    ) from e
                i += size
                continue
            parts.append(ch)
            i += 1
        self.buffer = raw[i:]
        return "".join(parts)

    def close(self) -> list[Event]:
        """The events left at the end of the output; OutputParseError if it was incomplete."""
        if self.state == "tail":
            tail = self.buffer.strip().lstrip(",").strip()
            end = tail.rfind("}")
            try:
                data = json.loads("{" + tail[: end + 1]) if end >= 0 else {}
            except ValueError:
                data = {}  # the reply is complete; errors are optional extras
            self.state = "done"
            return [ModelErrors(_errors_from(data))]
        if self.state == "done":
            return []
        if self.state == "reply":
            raise OutputParseError("The model's reply was cut off before its end.")
        start, end = self.buffer.find("{"), self.buffer.rfind("}")
        try:
            data = json.loads(self.buffer[start : end + 1]) if start >= 0 < end else None
        except ValueError as e:
            raise OutputParseError(f"The model's output is not JSON: {self.buffer[:120]!r}") from e
        verdict = _verdict_from(data)
        self.state = "done"
        return [verdict, str(data.get("reply", "")), ModelErrors(verdict.errors)]


def _text_of(chunk: Any) -> str:
    content = getattr(chunk, "content", chunk)
    if isinstance(content, list):
        return "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    return str(content)


def parse_output(chunks: Iterable[Any]) -> Iterator[Event]:
    """The verdict, then reply text chunks, from the model's output chunks (str or messages)."""
    parser = VerdictParser()
    for chunk in chunks:
        yield from parser.feed(_text_of(chunk))
    yield from parser.close()


class VerdictStreamParser(Runnable):
    """The chain's parser step: model output in, a verdict and reply chunks out."""

    def invoke(self, input: Any, config: Any = None, **kwargs: Any) -> list[Event]:
        """Parse a whole model output at once."""
        return list(parse_output([input]))

    def transform(self, input: Iterator[Any], config: Any = None, **kwargs: Any) -> Iterator[Any]:
        """Parse model output as it streams in."""
        yield from parse_output(input)

    def stream(self, input: Any, config: Any = None, **kwargs: Any) -> Iterator[Any]:
        """Parse a whole model output, yielding events."""
        yield from parse_output([input])
