"""The built-in engine as a registry entry: no model, always available."""

from typing import Any

from langbot.config import Settings
from langbot.errors import ConfigError


class BuiltinBackend:
    """The rule judge in `langbot.grading`: nothing to set, build or probe."""

    name = "builtin"
    settings: tuple[str, ...] = ()

    def label(self, settings: Settings) -> str:
        """Its name for people."""
        return "built-in engine"

    def check_settings(self, settings: Settings) -> None:
        """Nothing to check: the built-in engine needs no setting."""

    def build_model(
        self, settings: Settings, schema: dict | None, client: Any = None, streaming: bool = True
    ) -> Any:
        """Never called: the wiring builds the rule judge itself."""
        raise ConfigError("The built-in engine has no model to build.", field="LANGBOT_BACKEND")

    def build_probe(self, settings: Settings, client: Any = None) -> Any:
        """Never called: the built-in engine has no circuit breaker."""
        raise ConfigError("The built-in engine has no model to probe.", field="LANGBOT_BACKEND")

    def check_health(self, settings: Settings, timeout: float) -> tuple[bool, str]:
        """Always reachable."""
        return True, "offline, no model needed"


BACKEND = BuiltinBackend()
