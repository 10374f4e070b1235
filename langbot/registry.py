"""The backend registry: every judge backend by name, loaded only when it is used.

As `simonw/llm` registers its models, a backend registers here once: its name and where
its `Backend` object lives. Settings refuse any other name at start-up, and the wiring,
the health line and `langbot eval` all ask the registry instead of branching on names.
This module imports nothing heavy, so settings validation can use it.
"""

from importlib import import_module
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any, Protocol

from langbot.errors import ConfigError

if TYPE_CHECKING:
    from collections.abc import Callable

    from langbot.config import Settings

# name -> "module:attribute" of its Backend object (imported on first use)
_REGISTRY: dict[str, str] = {
    "builtin": "langbot.llm.backends.builtin:BACKEND",
    "sagemaker": "langbot.llm.backends.sagemaker:BACKEND",
    "openai": "langbot.llm.backends.openai:BACKEND",
}
# name -> (the modules it needs that the runtime install leaves out, the command that adds them)
_EXTRAS: dict[str, tuple[tuple[str, ...], str]] = {
    "openai": (("openai", "langchain_openai"), "pip install -r requirements-openai.txt"),
}
_loaded: dict[str, "Backend"] = {}


class Backend(Protocol):
    """What a judge backend provides to the wiring, the health line and the CLI."""

    name: str
    settings: tuple[str, ...]
    """The settings fields it reads (besides the common timeouts and sampling)."""

    def label(self, settings: "Settings") -> str:
        """Its name for people, e.g. 'SageMaker TGI (messages format)'."""

    def check_settings(self, settings: "Settings") -> None:
        """Raise ConfigError saying what to set, if it cannot start."""

    def build_model(
        self, settings: "Settings", schema: dict | None, client: Any, streaming: bool
    ) -> Any:
        """The chain's model step (a Runnable); client: an injected client for tests."""

    def build_probe(self, settings: "Settings", client: Any) -> "Callable[[], None]":
        """The circuit breaker's probe: raises if the backend is still down."""

    def check_health(self, settings: "Settings", timeout: float) -> tuple[bool, str]:
        """Whether it is reachable now, and a short detail for the health line."""


def register(name: str, target: str, needs: tuple[str, ...] = (), install: str = "") -> None:
    """Add a backend: `target` is the "module:attribute" of its Backend object; `needs`, the
    modules it imports that may not be installed, and `install`, the command that adds them."""
    _REGISTRY[name] = target
    _EXTRAS[name] = (needs, install)
    _loaded.pop(name, None)


def backend_names() -> tuple[str, ...]:
    """Every registered backend name, in registration order."""
    return tuple(_REGISTRY)


def check_backend_name(name: str) -> str:
    """The name if it is registered; else ConfigError listing the known names."""
    if name not in _REGISTRY:
        raise ConfigError(
            f"LANGBOT_BACKEND={name!r} is not a known backend; use one of: "
            + ", ".join(backend_names())
            + ".",
            field="LANGBOT_BACKEND",
        )
    return name


def get_backend(name: str) -> Backend:
    """The registered Backend called `name` (ConfigError, listing the known ones, if none)."""
    if name not in _loaded:
        module, _, attribute = _REGISTRY[check_backend_name(name)].partition(":")
        check_installed(name)
        _loaded[name] = getattr(import_module(module), attribute)
    return _loaded[name]


def check_installed(name: str) -> None:
    """ConfigError saying what to install, if a module the backend needs is not installed."""
    needs, install = _EXTRAS.get(name, ((), ""))
    missing = [module for module in needs if find_spec(module) is None]
    if missing:
        raise ConfigError(
            f"LANGBOT_BACKEND={name} needs {', '.join(missing)}, which the runtime install "
            f"(requirements.txt) leaves out: run `{install}`, or set LANGBOT_BACKEND=builtin.",
            field="LANGBOT_BACKEND",
        )
