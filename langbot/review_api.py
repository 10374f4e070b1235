"""`GET /review/export?learner=ID&format=apkg|csv` for the API handler: a learner's review
items as an Anki deck (base64 in the proxy response) or CSV, as `langbot review export`."""

import base64
import time
from collections.abc import Callable, Mapping
from datetime import UTC
from typing import Any

from langbot.errors import ExportRequestError
from langbot.review.days import zone_named
from langbot.review.export import FORMATS, export
from langbot.review.reviewer import Reviewer
from langbot.storage import ProgressStore, is_learner_id, open_store
from langbot.tutor import Tutor

EXPORT_PATH = "/review/export"
MEDIA_TYPES = {"apkg": "application/octet-stream", "csv": "text/csv; charset=utf-8"}

_store: ProgressStore | None = None


def is_export(event: Mapping[str, Any]) -> bool:
    """Whether a proxy event asks for the export (its path ends in /review/export)."""
    path = event.get("rawPath") or event.get("path") or ""
    return isinstance(path, str) and path.rstrip("/").endswith(EXPORT_PATH)


def get_store() -> ProgressStore:
    """The progress store for this container, opened on first use from the settings."""
    global _store
    if _store is None:
        from langbot.config import load_settings

        _store = open_store(load_settings())[0]
    return _store


def reset_store(store: ProgressStore | None = None) -> None:
    """Drop the cached store, or install one (tests)."""
    global _store
    _store = store


def export_response(
    event: Mapping[str, Any], headers: Mapping[str, str], tutor: Callable[[], Tutor]
) -> dict:
    """The proxy response for an export request; ExportRequestError for a bad query. Lessons
    finished before reviews existed get their items first, as on the pages and in the CLI."""
    query = event.get("queryStringParameters") or {}
    if not isinstance(query, Mapping):
        raise ExportRequestError("queryStringParameters must be an object.", "query")
    learner, fmt = query.get("learner"), query.get("format") or "apkg"
    if not is_learner_id(learner):
        raise ExportRequestError(
            "learner must be a learner id (8-64 letters, digits, - or _).", "learner"
        )
    if fmt not in FORMATS:
        raise ExportRequestError("format must be apkg or csv.", "format")
    tz = zone_named(query.get("tz")) if query.get("tz") is not None else UTC
    if tz is None:
        raise ExportRequestError("tz must be a time zone name such as Europe/Madrid.", "tz")
    store = get_store()
    Reviewer(tutor(), store).backfill(learner)  # idempotent: a step with an item is left alone
    items = store.reviews(learner).items
    data = export(items, learner, fmt, time.time(), tz)
    out = dict(headers)
    out["Content-Type"] = MEDIA_TYPES[fmt]
    out["Content-Disposition"] = f'attachment; filename="langbot-review.{fmt}"'
    if fmt == "csv":
        return {
            "statusCode": 200,
            "headers": out,
            "body": data.decode("utf-8"),
            "isBase64Encoded": False,
        }
    body = base64.b64encode(data).decode("ascii")
    return {"statusCode": 200, "headers": out, "body": body, "isBase64Encoded": True}
