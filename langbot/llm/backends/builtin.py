"""The built-in engine as a registry entry: no model, always available."""

from typing import Any

from langbot.config import Settings
from langbot.errors import ConfigError
from langbot.llm.backends.common import ModelBackend


def _no_model(settings: Settings, *_: Any) -> Any:
    """Never called: the wiring builds the rule judge itself, with no model or probe."""
    raise ConfigError("The built-in engine has no model.", field="LANGBOT_BACKEND")


BACKEND = ModelBackend(
    name="builtin",
    settings=(),
    describe=lambda settings: "built-in engine",
    check=lambda settings: None,
    model=_no_model,
    probe=_no_model,
    health=lambda settings, timeout: (True, "offline, no model needed"),
)
