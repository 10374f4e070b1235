"""TGI's wire format on SageMaker /invocations: request bodies, responses, stream lines, errors.

Pure functions and content handlers, no network: the one seam between LangChain and the
bytes TGI sends. Both request formats are here: generate (`inputs` + `parameters`) and
the Messages API (`messages`).
"""

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from langchain_aws.chat_models.sagemaker_endpoint import ChatModelContentHandler
from langchain_aws.llms.sagemaker_endpoint import LLMContentHandler
from langchain_core.messages import AIMessage, AIMessageChunk

from langbot.errors import (
    BackendError,
    BackendThrottled,
    BackendTimeout,
    ModelError,
    OutputParseError,
)

STREAM = "stream"  # model kwarg our endpoints set on streaming calls only
GRAMMAR = "grammar"  # model kwarg: a JSON schema the output must follow


def parse_error(status: int | None, payload: Mapping[str, Any] | str) -> BackendError:
    """Map a TGI error payload (and HTTP status) to a LangbotError, as TGI's own client does."""
    if isinstance(payload, str):
        try:
            payload = json.loads(payload)
        except ValueError:
            payload = {"error": payload}
    if not isinstance(payload, Mapping):
        payload = {"error": str(payload)}
    message = str(payload.get("error") or payload.get("message") or "unknown error")
    kind = str(payload.get("error_type") or "")
    where = f"TGI {status}" if status else "TGI"
    if status == 429 or kind == "overloaded":
        return BackendThrottled(f"The model is overloaded ({where}: {message}).")
    if kind == "incomplete_generation":
        return BackendTimeout(f"The model stopped midway ({where}: {message}).")
    if status == 422 or kind == "validation":
        return ModelError(f"The model rejected the request ({where} validation: {message}).")
    if status == 424 or kind == "generation":
        return ModelError(f"The model failed while generating ({where}: {message}).")
    return ModelError(f"The model endpoint returned an error ({where} {kind}: {message}).")


def generate_body(prompt: str, model_kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """The generate-format body: inputs, parameters, and `stream` only when streaming."""
    kwargs = dict(model_kwargs)
    stream = bool(kwargs.pop(STREAM, False))
    grammar = kwargs.pop(GRAMMAR, None)
    params: dict[str, Any] = {"return_full_text": False, "details": False}
    params.update(_sampling(kwargs, "max_new_tokens"))
    if grammar is not None:
        params["grammar"] = {"type": "json", "value": grammar}
    body: dict[str, Any] = {"inputs": prompt, "parameters": params}
    if stream:
        body["stream"] = True
    return body


def messages_body(
    messages: list[dict[str, Any]], model_kwargs: Mapping[str, Any]
) -> dict[str, Any]:
    """The Messages-API body: messages, sampling, `response_format`, `stream` only when streaming."""
    kwargs = dict(model_kwargs)
    stream = bool(kwargs.pop(STREAM, False))
    grammar = kwargs.pop(GRAMMAR, None)
    body: dict[str, Any] = {"messages": messages, **_sampling(kwargs, "max_tokens")}
    if grammar is not None:
        body["response_format"] = {"type": "json", "value": grammar}
    if stream:
        body["stream"] = True
    return body


def _sampling(kwargs: Mapping[str, Any], max_key: str) -> dict[str, Any]:
    # Temperature 0 is greedy. TGI samples whenever temperature or top_p is present in the
    # generate format, and when temperature is absent in the Messages API (it means 1.0
    # there); only an explicit 0.0 is greedy in the Messages API. top_p 1 is a 422.
    out: dict[str, Any] = {}
    if kwargs.get("max_new_tokens"):
        out[max_key] = int(kwargs["max_new_tokens"])
    temperature = float(kwargs.get("temperature") or 0.0)
    generate = max_key == "max_new_tokens"
    if temperature > 0:
        out["temperature"] = temperature
        top_p = kwargs.get("top_p")
        if top_p is not None and 0 < top_p < 1:
            out["top_p"] = float(top_p)
        if generate:
            out["do_sample"] = True
    elif generate:
        out["do_sample"] = False
    else:
        out["temperature"] = 0.0
    if kwargs.get("stop"):
        out["stop"] = list(kwargs["stop"])[:4]
    return out


def read_body(output: Any) -> Any:
    """JSON from a non-streaming response body (a botocore StreamingBody, or bytes)."""
    raw = output.read() if hasattr(output, "read") else output
    try:
        return json.loads(raw.decode("utf-8") if isinstance(raw, bytes) else raw)
    except (ValueError, UnicodeDecodeError) as e:
        raise OutputParseError(f"The endpoint's response is not JSON: {raw[:120]!r}") from e


def stream_event(line: bytes) -> dict[str, Any] | None:
    """One server-sent-event line as JSON; None for blank lines, comments and [DONE]."""
    text = line.decode("utf-8").strip()
    if not text or text.startswith(":"):
        return None
    text = text.removeprefix("data:").strip()
    if not text or text == "[DONE]":
        return None
    try:
        event = json.loads(text)
    except ValueError as e:
        raise OutputParseError(f"Unreadable stream line from the endpoint: {text[:120]!r}") from e
    if isinstance(event, dict) and "error" in event:
        raise parse_error(None, event)
    return event


def generated_text(payload: Any) -> str:
    """The text of a non-streaming generate response: `[{"generated_text": ...}]` or an object."""
    if isinstance(payload, list) and payload:
        payload = payload[0]
    if isinstance(payload, dict):
        if "error" in payload:
            raise parse_error(None, payload)
        if isinstance(payload.get("generated_text"), str):
            return payload["generated_text"]
    raise OutputParseError(f"No generated_text in the endpoint's response: {str(payload)[:120]}")


def token_text(event: Mapping[str, Any]) -> str:
    """The new text of one generate-stream event; special tokens (e.g. </s>) add nothing."""
    token = event.get("token") or {}
    return "" if token.get("special") else str(token.get("text", ""))


def chat_text(payload: Mapping[str, Any]) -> str:
    """The assistant text of a Messages-API completion, or of one streamed chunk."""
    if "error" in payload:
        raise parse_error(None, payload)
    choices = payload.get("choices") or [{}]
    part = choices[0].get("delta") or choices[0].get("message") or {}
    return part.get("content") or ""


def iter_lines(events: Iterable[Mapping[str, Any]]) -> Iterator[bytes]:
    """Lines of bytes from SageMaker PayloadPart events, however the bytes are split.

    Unlike langchain-aws's LineIterator this never hangs on a stream without a final
    newline: the remainder is the last line.
    """
    buffer = b""
    for event in events:
        part = event.get("PayloadPart")
        if not part:
            continue
        buffer += part.get("Bytes", b"")
        *lines, buffer = buffer.split(b"\n")
        yield from lines
    if buffer.strip():
        yield buffer


class GenerateHandler(LLMContentHandler):
    """Content handler for TGI's generate format (a plain prompt string in, text out)."""

    content_type = "application/json"
    accepts = "application/json"

    def transform_input(self, prompt: str, model_kwargs: dict) -> bytes:
        """The request body for one prompt."""
        return json.dumps(generate_body(prompt, model_kwargs), ensure_ascii=False).encode("utf-8")

    def transform_output(self, output: Any) -> str:
        """Text from a StreamingBody (invoke) or from one raw stream line (bytes)."""
        if isinstance(output, bytes):
            event = stream_event(output)
            return token_text(event) if event else ""
        return generated_text(read_body(output))


class MessagesHandler(ChatModelContentHandler):
    """Content handler for TGI's Messages API on /invocations."""

    content_type = "application/json"
    accepts = "application/json"

    def transform_input(self, prompt: list[dict[str, Any]], model_kwargs: dict) -> bytes:
        """The request body for a list of chat messages."""
        return json.dumps(messages_body(prompt, model_kwargs), ensure_ascii=False).encode("utf-8")

    def transform_output(self, output: Any) -> AIMessage:
        """An AI message from a StreamingBody, or a chunk from one raw stream line."""
        if isinstance(output, bytes):
            event = stream_event(output)
            return AIMessageChunk(content=chat_text(event) if event else "")
        payload = read_body(output)
        if not isinstance(payload, dict):
            raise OutputParseError(
                f"Unexpected chat response from the endpoint: {str(payload)[:120]}"
            )
        return AIMessage(content=chat_text(payload))
