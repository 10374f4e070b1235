"""What every model backend shares: the missing-settings message and one error translation.

`translate_client_error` turns any client failure (botocore/urllib3 for SageMaker,
openai/httpx for OpenAI-compatible servers) into its LangbotError subclass, so the chain
and the fallback see one family of errors whatever the backend.
"""

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from langbot.config import Settings
from langbot.errors import (
    BackendError,
    BackendThrottled,
    BackendTimeout,
    BackendUnresponsive,
    ConfigError,
    ModelError,
)

_THROTTLE_CODES = {"ThrottlingException", "Throttling", "TooManyRequestsException"}
_STREAM_CODES = {"ModelStreamError", "InternalStreamFailure"}
_BOTO = ("botocore", "urllib3", "http.client")


@dataclass(frozen=True)
class ModelBackend:
    """A registry entry (see `langbot.registry.Backend`) made of the backend's functions."""

    name: str
    settings: tuple[str, ...]
    describe: Callable[[Settings], str]
    check: Callable[[Settings], None]
    model: Callable[[Settings, dict | None, Any, bool], Any]
    probe: Callable[[Settings, Any], Callable[[], None]]
    health: Callable[[Settings, float], tuple[bool, str]]

    def label(self, settings: Settings) -> str:
        """Its name for people."""
        return self.describe(settings)

    def check_settings(self, settings: Settings) -> None:
        """Raise ConfigError saying what to set, if it cannot start."""
        self.check(settings)

    def build_model(
        self, settings: Settings, schema: dict | None, client: Any = None, streaming: bool = True
    ) -> Any:
        """The chain's model step (client: an injected client, for tests)."""
        return self.model(settings, schema, client, streaming)

    def build_probe(self, settings: Settings, client: Any = None) -> Callable[[], None]:
        """The circuit breaker's probe: raises if the backend is still down."""
        return self.probe(settings, client)

    def check_health(self, settings: Settings, timeout: float) -> tuple[bool, str]:
        """Whether it is reachable now, and a short detail for the health line."""
        return self.health(settings, timeout)


def missing_settings(settings: Settings, needs: dict[str, str]) -> list[str]:
    """What to set (the `needs` text) for each needed settings field that is empty."""
    return [what for field, what in needs.items() if not getattr(settings, field)]


def require(backend: str, missing: list[str]) -> None:
    """Raise one ConfigError naming everything the backend still needs, if anything."""
    if missing:
        raise ConfigError(
            f"LANGBOT_BACKEND={backend} needs: "
            + "; ".join(missing)
            + ". Or set LANGBOT_BACKEND=builtin to use the built-in engine.",
            field="LANGBOT_BACKEND",
        )


def translate_client_error(e: BaseException) -> BackendError | None:
    """The LangbotError for a model client's failure, or None if `e` is not one (a bug)."""
    if isinstance(e, BackendError):
        return e
    if _is_openai(e):
        return _openai_error(e)
    if type(e).__module__.startswith(_BOTO):
        return _boto_error(e)
    return None


def _is_openai(e: BaseException) -> bool:
    # Only if the client was loaded at all (langchain-openai wraps its errors in subclasses).
    if "openai" not in sys.modules or "httpx" not in sys.modules:
        return False
    import httpx
    import openai

    return isinstance(e, openai.OpenAIError | httpx.HTTPError)


@contextmanager
def translated() -> Iterator[None]:
    """Raise a client failure inside the block as its LangbotError subclass (from the original)."""
    try:
        yield
    except Exception as e:
        error = translate_client_error(e)
        if error is None:
            raise
        if error is e:
            raise
        raise error from e


def _openai_error(e: BaseException) -> BackendError:
    import httpx
    import openai

    if isinstance(e, openai.RateLimitError):
        return BackendThrottled(f"The model server is overloaded (429: {e.message}).")
    if isinstance(e, openai.APITimeoutError | httpx.TimeoutException):
        return BackendUnresponsive(f"The model server did not answer in time ({e}).")
    if isinstance(e, openai.APIStatusError):
        return ModelError(f"The model server returned {e.status_code}: {e.message}")
    if isinstance(e, openai.APIConnectionError | httpx.TransportError):
        return BackendTimeout(f"The connection to the model server broke ({e}).")
    return ModelError(f"The model server call failed ({type(e).__name__}: {e}).")


def _boto_error(e: BaseException) -> BackendError:
    from botocore.exceptions import (
        ClientError,
        ConnectTimeoutError,
        EventStreamError,
        ReadTimeoutError,
        ResponseStreamingError,
    )
    from botocore.exceptions import ConnectionError as BotoConnectionError

    if isinstance(e, ReadTimeoutError | ConnectTimeoutError) or _urllib3_timeout(e):
        return BackendUnresponsive(f"The model did not answer in time ({e}).")
    if isinstance(e, EventStreamError | ResponseStreamingError):
        return BackendTimeout(f"The model's stream stopped midway ({e}).")
    if isinstance(e, BotoConnectionError):
        return ModelError(f"Cannot reach the SageMaker endpoint ({e}).")
    if isinstance(e, ClientError):
        return _client_error(e)
    if type(e).__module__.startswith(("urllib3", "http.client")):
        return BackendTimeout(f"The connection to the model broke ({e}).")
    return ModelError(f"The SageMaker call failed ({type(e).__name__}: {e}).")


def _client_error(e) -> BackendError:
    from langbot.llm.backends.tgi import parse_error

    error = e.response.get("Error", {})
    code = error.get("Code", "")
    status = e.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    if code in _THROTTLE_CODES or status == 429:
        return BackendThrottled(f"SageMaker is throttling requests ({code}).")
    if code == "ModelError":
        original = e.response.get("OriginalStatusCode")
        payload = e.response.get("OriginalMessage") or error.get("Message", "")
        return parse_error(int(original) if original else None, payload)
    if code in _STREAM_CODES:
        return BackendTimeout(f"The model's stream stopped midway ({code}).")
    return ModelError(f"SageMaker returned {code or status}: {error.get('Message', '')}")


def _urllib3_timeout(e: BaseException) -> bool:
    # A stream's later reads raise urllib3's own timeout: botocore wraps only the first.
    # (Matched by name: urllib3 comes with botocore and is not a dependency of ours.)
    return any(
        c.__module__ == "urllib3.exceptions" and c.__name__ == "TimeoutError"
        for c in type(e).__mro__
    )
