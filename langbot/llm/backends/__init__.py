"""Model backends for the LLM judge: SageMaker TGI (generate or messages) and OpenAI-compatible."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from langchain_core.runnables import Runnable

from langbot.config import Settings
from langbot.errors import BackendError, ConfigError


def check_backend(settings: Settings) -> None:
    """Raise ConfigError, saying what to set, if the configured backend cannot start."""
    if settings.backend == "sagemaker":
        from langbot.llm.backends.sagemaker import check_settings
    elif settings.backend == "openai":
        from langbot.llm.backends.openai import check_settings
    else:
        return
    check_settings(settings)


def require(backend: str, missing: list[str]) -> None:
    """Raise one ConfigError naming everything the backend still needs, if anything."""
    if missing:
        raise ConfigError(
            f"LANGBOT_BACKEND={backend} needs: "
            + "; ".join(missing)
            + ". Or set LANGBOT_BACKEND=builtin to use the built-in engine."
        )


def build_model(
    settings: Settings, schema: dict | None, client: Any = None, streaming: bool = True
) -> Runnable:
    """The chain's model step for the configured backend (client: an injected boto3 client)."""
    if settings.backend == "sagemaker":
        from langbot.llm.backends.sagemaker import build_sagemaker_model

        return build_sagemaker_model(settings, schema, client, streaming)
    from langbot.llm.backends.openai import build_openai_model

    return build_openai_model(settings, schema, streaming)


def build_probe(settings: Settings, client: Any = None) -> Callable[[], None]:
    """The circuit breaker's probe for the configured backend: raises if it is still down."""
    if settings.backend == "sagemaker":
        from langbot.llm.backends.sagemaker import build_probe as sagemaker_probe

        return sagemaker_probe(settings, client)

    def probe() -> None:
        """Raise unless the server lists its models."""
        import httpx

        url = (settings.openai_base_url or "").rstrip("/") + "/models"
        httpx.get(url, timeout=settings.connect_timeout).raise_for_status()

    return probe


@contextmanager
def translating(
    is_transport: Callable[[BaseException], bool],
    translate: Callable[[BaseException], BackendError],
) -> Iterator[None]:
    """Turn a backend's transport failure inside the block into its LangbotError subclass."""
    try:
        yield
    except Exception as e:
        if not is_transport(e):
            raise
        raise translate(e) from e
