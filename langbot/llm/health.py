"""Which backend is active and whether it is reachable: one short check per process, cached."""

import logging
import threading
from dataclasses import dataclass

from langbot.config import Settings
from langbot.llm.breaker import breaker_open
from langbot.registry import get_backend

log = logging.getLogger(__name__)
SIMPLE_MODE_LABEL = "simple mode"
HEALTH_TIMEOUT = 2.0  # seconds; the check must never slow the page down for long
_cache: dict[Settings, "Health"] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class Health:
    """The result of one reachability check."""

    backend: str
    reachable: bool
    detail: str


def check_health(settings: Settings) -> Health:
    """Check the configured backend once per process (cached per settings)."""
    with _lock:
        if settings not in _cache:
            backend = get_backend(settings.backend)
            reachable, detail = backend.check_health(settings, HEALTH_TIMEOUT)
            _cache[settings] = Health(settings.backend, reachable, detail)
            log.info("Backend health: %s", _cache[settings])
        return _cache[settings]


def describe_backend(settings: Settings) -> str:
    """One line for the sidebar and `langbot --version`: the backend and its reachability."""
    health = check_health(settings)
    label = get_backend(settings.backend).label(settings)
    if not get_backend(settings.backend).settings:  # nothing to reach: the built-in engine
        return f"Backend: {label} · always available"
    state = "reachable" if health.reachable else "not reachable (simple mode answers)"
    if breaker_open(settings.backend):
        state = f"{SIMPLE_MODE_LABEL} (paused after a timeout or repeated faults; retrying in the background)"
    fast = "on" if settings.fast_path else "off"
    return f"Backend: {label} · {state} · {health.detail} · fast path {fast}"
