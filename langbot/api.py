"""The API contract as an AWS Lambda handler for API Gateway proxy events (REST v1 and HTTP v2).

One endpoint, documented in infrastructure/openapi.yaml: POST a TurnRequest, get a
TurnResponse. A bad request gets 400 with {"error", "field"}; a fault gets 500 with
{"error"}. The tutor is built once per Lambda container, on the first request.
"""

import base64
import binascii
import json
import logging
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from langbot.errors import BadRequest, LangbotError, RequestError
from langbot.review_api import export_response, is_export
from langbot.tutor import MAX_ATTEMPTS, MAX_INPUT_CHARS, TurnRequest, Tutor

logger = logging.getLogger(__name__)

HEADERS = {
    "Content-Type": "application/json",
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type",
}
SERVER_FAULT = "Something went wrong on our side. Please try again in a moment."
_TYPE_NAMES = {
    "conversationId": "a string (lesson id) or an integer (lesson number)",
    "stepNumber": "an integer",
    "attemptNumber": "an integer",
    "text": "a string",
}

# an error's field (the core's name) -> the request field of the contract
_CONTRACT_FIELDS = {"lesson": "conversationId", "step": "stepNumber"}
_tutor: Tutor | None = None


def request_field(error: RequestError) -> str | None:
    """The request field an error is about, in the contract's names (conversationId, ...)."""
    return _CONTRACT_FIELDS.get(error.field or "", error.field)


def get_tutor() -> Tutor:
    """The tutor for this container, built on first use (never at import time)."""
    global _tutor
    if _tutor is None:
        from langbot.wiring import build_tutor

        _tutor = build_tutor()
    return _tutor


def reset_tutor(tutor: Tutor | None = None) -> None:
    """Drop the cached tutor, or install one (tests, or a warm-up hook)."""
    global _tutor
    _tutor = tutor


def respond(status: int, payload: Mapping[str, Any] | None) -> dict:
    """An API Gateway proxy response with a JSON body and CORS headers."""
    body = "" if payload is None else json.dumps(payload, ensure_ascii=False)
    if not _is_unicode(body):  # a lone surrogate cannot be sent as UTF-8: escape it instead
        body = json.dumps(payload)
    return {"statusCode": status, "headers": dict(HEADERS), "body": body, "isBase64Encoded": False}


def _is_unicode(text: str) -> bool:
    """Whether a string can be sent as UTF-8 (it has no lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _object(value: object, field: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise BadRequest(f"{field} must be a JSON object.", field)
    return value


def _method(event: object) -> str:
    if not isinstance(event, Mapping):
        raise BadRequest("The event must be a JSON object (an API Gateway proxy event).", "event")
    http = _object(
        _object(event.get("requestContext"), "requestContext").get("http"), "requestContext.http"
    )
    method = event.get("httpMethod") or http.get("method") or "POST"
    if not isinstance(method, str):
        raise BadRequest("httpMethod must be a string.", "httpMethod")
    return method.upper()


def _read_body(event: Mapping[str, Any]) -> dict:
    raw = event.get("body")
    if raw is None or raw == "":
        raise BadRequest("The request body is empty; send a JSON object.", "body")
    if not isinstance(raw, str):
        raise BadRequest("The body must be a string of JSON.", "body")
    if event.get("isBase64Encoded"):
        try:
            raw = base64.b64decode(raw, validate=True).decode("utf-8")
        except (binascii.Error, ValueError) as e:
            raise BadRequest("The body is marked base64 but cannot be decoded.", "body") from e
    try:
        data = json.loads(raw)
    except RecursionError as e:
        raise BadRequest("The body is not valid JSON: it is nested too deeply.", "body") from e
    except json.JSONDecodeError as e:
        raise BadRequest(f"The body is not valid JSON: {e}", "body") from e
    except ValueError as e:  # Python refuses integers of more than 4,300 digits
        raise BadRequest("The body has a number with too many digits.", "body") from e
    if not isinstance(data, dict):
        raise BadRequest("The body must be a JSON object.", "body")
    return data


def parse_request(data: dict) -> TurnRequest:
    """Validate a decoded body against the contract; raise BadRequest naming the field."""
    data = dict(data)
    for key, value in data.items():
        if not _is_unicode(key):
            raise BadRequest("A field name in the body is not valid Unicode.", "body")
        if isinstance(value, str) and not _is_unicode(value):
            raise BadRequest(f"{key} is not valid Unicode (it has a lone surrogate).", key)
    cid = data.get("conversationId")
    if isinstance(cid, int) and not isinstance(cid, bool):
        data["conversationId"] = str(cid)  # the original contract's 1-based lesson number
    try:
        request = TurnRequest.model_validate(data, strict=True)
    except ValidationError as e:
        err = e.errors()[0]
        field = str(err["loc"][0]) if err["loc"] else "body"
        kind = err["type"]
        if kind == "missing":
            message = f"{field} is required."
        elif kind == "extra_forbidden":
            message = f"Unknown field {field}."
        elif field == "attemptNumber" and kind in ("greater_than_equal", "less_than_equal"):
            message = f"attemptNumber must be 1, 2 or {MAX_ATTEMPTS}."
        elif field == "stepNumber" and kind == "greater_than_equal":
            message = "stepNumber must be 1 or more."
        else:
            message = f"{field} must be {_TYPE_NAMES.get(field, 'valid')}."
        raise BadRequest(message, field) from e
    if not request.text.strip():
        raise BadRequest("text is empty; send the learner's answer.", "text")
    if len(request.text) > MAX_INPUT_CHARS:
        raise BadRequest(
            f"text is {len(request.text)} characters; the limit is {MAX_INPUT_CHARS}.", "text"
        )
    return request


def handler(event: Mapping[str, Any], context: object = None) -> dict:
    """AWS Lambda entry point: one learner turn through the API contract."""
    try:
        method = _method(event)
        if method == "OPTIONS":
            return respond(204, None)
        if method == "GET" and is_export(event):
            return export_response(event, HEADERS, get_tutor)
        if method != "POST":
            return respond(405, {"error": f"Use POST, not {method}."})
        request = parse_request(_read_body(event))
        tutor = get_tutor()
        response = tutor.grade(
            request.conversationId, request.stepNumber, request.attemptNumber, request.text
        )
    except RequestError as e:
        return respond(400, {"error": str(e), "field": request_field(e)})
    except LangbotError as e:
        logger.error("turn failed: %s", e)
        return respond(500, {"error": f"The tutor could not answer this turn: {e}"})
    except Exception:
        logger.exception("unexpected error in the API handler")
        return respond(500, {"error": SERVER_FAULT})
    return respond(200, response.model_dump())
