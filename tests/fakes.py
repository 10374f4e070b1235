"""Realistic fakes for TGI on SageMaker and for LangChain chat models.

TGI bodies are what TGI really sends: `[{"generated_text": ...}]` for a generate call,
`data:{"index":…,"token":{…},"generated_text":null,…}` server-sent events when streaming,
wrapped in SageMaker `PayloadPart` events whose bytes are split anywhere: mid-line,
mid-token and mid-UTF-8 character. Errors are botocore's own exception classes.
"""

import functools
import json
import time
from collections.abc import Iterator
from typing import Any

from botocore.exceptions import ClientError, EventStreamError, ReadTimeoutError
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult


def sagemaker_settings(**overrides: Any) -> Any:
    """Settings for a SageMaker generate-format endpoint, fast path off (every turn calls it)."""
    from langbot.config import Settings

    values = {
        "backend": "sagemaker",
        "sagemaker_endpoint": "tutor-tgi",
        "aws_region": "eu-west-1",
        "fast_path": False,
        "sagemaker_format": "generate",
    }
    return Settings(**{**values, **overrides})


def model_output(
    correct: bool, reply: str, category: str | None = None, errors: list[str] | None = None
) -> str:
    """The JSON text a well-behaved model produces under our grammar: the verdict (its
    category, "correct" for a right answer), then the reply, then the errors."""
    category = "correct" if correct else category or "context"
    return json.dumps(
        {"category": category, "reply": reply, "errors": errors or []}, ensure_ascii=False
    )


def tokens_of(text: str, size: int = 3) -> list[str]:
    """Split text into BPE-like tokens of a few characters."""
    return [text[i : i + size] for i in range(0, len(text), size)]


def generate_body(text: str) -> str:
    """A non-streaming TGI generate response body on /invocations."""
    return json.dumps([{"generated_text": text}], ensure_ascii=False)


def _tgi_chat(kind: str, choice: dict[str, Any], usage: dict[str, int] | None) -> dict:
    """One TGI Messages-API object (a whole completion or a stream chunk) with one choice."""
    return {
        "object": kind,
        "id": "",
        "created": 1732240000,
        "model": "tgi",
        "system_fingerprint": "3.3.6-dev0-sha-db931fc",
        "choices": [{"index": 0, "logprobs": None, **choice}],
        "usage": usage,
    }


def chat_body(text: str) -> str:
    """A non-streaming TGI Messages-API response body."""
    choice = {"message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
    usage = {"prompt_tokens": 410, "completion_tokens": 42, "total_tokens": 452}
    return json.dumps(_tgi_chat("chat.completion", choice, usage), ensure_ascii=False)


def generate_stream(
    tokens: list[str], final_newline: bool = True, eos: str = "<|eot_id|>"
) -> bytes:
    """TGI's generate stream: one `data:` event per token, then the special end token."""
    lines = []
    for i, tok in enumerate(tokens, 1):
        event = {
            "index": i,
            "token": {"id": 1000 + i, "text": tok, "logprob": -0.12, "special": False},
            "generated_text": None,
            "details": None,
            "top_tokens": [],
        }
        lines.append("data:" + json.dumps(event, ensure_ascii=False))
    last = {
        "index": len(tokens) + 1,
        "token": {"id": 128009, "text": eos, "logprob": -0.01, "special": True},
        "generated_text": "".join(tokens),
        "details": None,
        "top_tokens": [],
    }
    lines.append("data:" + json.dumps(last, ensure_ascii=False))
    data = "\n\n".join(lines) + ("\n\n" if final_newline else "")
    return data.encode("utf-8")


def chat_stream(tokens: list[str], final_newline: bool = True) -> bytes:
    """TGI's Messages-API stream: chat.completion.chunk events, then [DONE]."""
    lines = []
    for tok in tokens:
        choice = {"delta": {"role": "assistant", "content": tok}, "finish_reason": None}
        event = _tgi_chat("chat.completion.chunk", choice, None)
        lines.append("data: " + json.dumps(event, ensure_ascii=False))
    lines.append("data: [DONE]")
    return ("\n\n".join(lines) + ("\n\n" if final_newline else "")).encode("utf-8")


def error_event(error: str, error_type: str) -> bytes:
    """A TGI error event inside a stream."""
    return f"data:{json.dumps({'error': error, 'error_type': error_type})}\n\n".encode()


def split_parts(data: bytes, size: int = 7) -> list[dict[str, Any]]:
    """PayloadPart events of `size` bytes: cuts fall mid-line, mid-token and mid-character."""
    return [{"PayloadPart": {"Bytes": data[i : i + size]}} for i in range(0, len(data), size)]


def cut_inside(data: bytes, char: str) -> list[dict[str, Any]]:
    """PayloadPart events with one cut inside the UTF-8 bytes of `char` (e.g. ñ, á)."""
    at = data.index(char.encode("utf-8")) + 1
    return [{"PayloadPart": {"Bytes": data[:at]}}, {"PayloadPart": {"Bytes": data[at:]}}]


def client_error(
    code: str, message: str, status: int, operation: str = "InvokeEndpoint", **extra: Any
) -> ClientError:
    """A botocore ClientError shaped as SageMaker Runtime returns it."""
    response = {
        "Error": {"Code": code, "Message": message},
        "ResponseMetadata": {"HTTPStatusCode": status},
        **extra,
    }
    return ClientError(response, operation)


def model_error(status: int, payload: dict[str, str]) -> ClientError:
    """SageMaker's ModelError wrapping a TGI error payload, as boto3 parses it."""
    original = json.dumps(payload)
    return client_error(
        "ModelError",
        f'Received client error ({status}) from primary with message "{original}". See '
        "https://eu-west-1.console.aws.amazon.com/cloudwatch/home for more information.",
        424,
        OriginalStatusCode=status,
        OriginalMessage=original,
        LogStreamArn="arn:aws:logs:eu-west-1:123456789012:log-group:/aws/sagemaker/Endpoints/tutor",
    )


def stream_cut() -> EventStreamError:
    """The error botocore raises when SageMaker ends a response stream with a failure."""
    return EventStreamError(
        {"Error": {"Code": "ModelStreamError", "Message": "Model stream failed midway."}},
        "InvokeEndpointWithResponseStream",
    )


def read_timeout() -> ReadTimeoutError:
    """botocore's read timeout."""
    return ReadTimeoutError(endpoint_url="https://runtime.sagemaker.eu-west-1.amazonaws.com")


KEEP_ALIVE = b":\n\n"  # what TGI's SSE stream sends every 15 s while it has no token


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Let `seconds` pass."""
        self.now += seconds


class FakeEventStream:
    """The `Body` of invoke_endpoint_with_response_stream: iterable events and `close()`."""

    def __init__(self, events: Iterator[dict[str, Any]]) -> None:
        self._events, self.closed = events, False

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return self._events

    def close(self) -> None:
        """Close the connection, as botocore's EventStream does."""
        self.closed = True
        self._events.close()


class FakeStreamingClient:
    """A sagemaker-runtime client whose streaming call yields queued PayloadPart events.

    Queue a list of events (an exception inside the list is raised at that point of the
    stream) or an exception (raised by the call itself). Every call is recorded.
    """

    def __init__(
        self,
        delay: float = 0.0,
        first_delay: float = 0.0,
        clock: FakeClock | None = None,
        tick: float = 0.0,
    ) -> None:
        self.queue: list[Any] = []
        self.calls: list[dict[str, Any]] = []
        self.delay, self.first_delay = delay, first_delay
        self.clock, self.tick = clock, tick  # a fake clock moved `tick` s per event
        self.emitted: list[float] = []
        self.bodies: list[FakeEventStream] = []

    def enqueue(self, *responses: Any) -> "FakeStreamingClient":
        """Add responses to the queue, in order."""
        self.queue.extend(responses)
        return self

    def invoke_endpoint_with_response_stream(self, **params: Any) -> dict[str, Any]:
        """Record the call and return the next queued stream."""
        self.calls.append(params)
        response = self.queue.pop(0)
        if isinstance(response, BaseException):
            raise response
        body = FakeEventStream(self._events(response))
        self.bodies.append(body)
        return {"Body": body, "ContentType": "text/event-stream"}

    def _events(self, events: list[Any]) -> Iterator[dict[str, Any]]:
        if self.first_delay:
            time.sleep(self.first_delay)
        for i, event in enumerate(events):
            if isinstance(event, BaseException):
                raise event
            if i and self.delay:
                time.sleep(self.delay)
            if self.clock:
                self.clock.advance(self.tick)
            self.emitted.append(time.perf_counter())
            yield event

    def body(self, call: int = -1) -> dict[str, Any]:
        """The JSON body of a recorded call."""
        return json.loads(self.calls[call]["Body"])


class ScriptedChatModel(BaseChatModel):
    """A chat model that answers with queued texts (streamed in small chunks) and records
    every prompt. A queued exception is raised; `fail_after` cuts a stream midway."""

    responses: list[Any] = []
    prompts: list[list[BaseMessage]] = []
    chunk_size: int = 4
    fail_after: int | None = None
    failure: Any = None

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def enqueue(self, *responses: Any) -> "ScriptedChatModel":
        """Add responses to the queue."""
        self.responses.extend(responses)
        return self

    def _next(self, messages: list[BaseMessage]) -> str:
        self.prompts.append(messages)
        response = self.responses.pop(0)
        if isinstance(response, BaseException):
            raise response
        return response

    def _generate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any
    ) -> ChatResult:
        return ChatResult(
            generations=[ChatGeneration(message=AIMessage(content=self._next(messages)))]
        )

    def _stream(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any
    ) -> Iterator[ChatGenerationChunk]:
        text = self._next(messages)
        for i, piece in enumerate(tokens_of(text, self.chunk_size)):
            if self.fail_after is not None and i >= self.fail_after:
                raise self.failure
            yield ChatGenerationChunk(message=AIMessageChunk(content=piece))


def scripted(*responses: Any, **fields: Any) -> ScriptedChatModel:
    """A fresh ScriptedChatModel with its own queue."""
    return ScriptedChatModel(responses=list(responses), prompts=[], **fields)


@functools.cache
def _prompts() -> Any:
    """The repository's tutor prompts, read once per test session."""
    from langbot.llm.prompts import load_prompts

    return load_prompts()


def scripted_judge(model: BaseChatModel, **fields: Any) -> Any:
    """An LLM judge on the real chain and prompts that answers with this chat model."""
    from langbot.llm.chain import LLMJudge, build_chain

    return LLMJudge("sagemaker", build_chain(_prompts(), model), fast_path=False, **fields)


def tgi_stream_judge(output: str) -> Any:
    """The wired SageMaker judge, its TGI stream sending this output in 2-character tokens
    cut into 5-byte payload parts."""
    from langbot.wiring import build_judge

    tokens = [output[i : i + 2] for i in range(0, len(output), 2)]  # TGI-sized tokens
    client = FakeStreamingClient().enqueue(split_parts(generate_stream(tokens), 5))
    return build_judge(sagemaker_settings(sagemaker_endpoint="e"), client=client)
