"""The circuit breaker: after repeated backend faults, turns go straight to the built-in
engine with no model call, and a background probe closes the breaker once the endpoint
answers again. The sidebar reads `breaker_open()` to show that simple mode is on."""

import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)
_registry: dict[str, "CircuitBreaker"] = {}
_registry_lock = threading.Lock()


class CircuitBreaker:
    """Counts consecutive faults; `threshold` of them open it for at least `cooldown` seconds."""

    def __init__(
        self,
        name: str,
        probe: Callable[[], None] | None = None,
        threshold: int = 3,
        cooldown: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        background: bool = True,
    ) -> None:
        self.name, self.probe, self.threshold, self.cooldown = name, probe, threshold, cooldown
        self.clock, self.background = clock, background
        self.failures = 0
        self.opened_at: float | None = None
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        with _registry_lock:
            _registry[name] = self

    @property
    def is_open(self) -> bool:
        """Whether turns skip the model now."""
        return self.opened_at is not None

    def allow(self) -> bool:
        """Whether this turn may call the model. Without a probe, one trial after the cool-down."""
        with self._lock:
            if self.opened_at is None:
                return True
            if self.probe is None and self.clock() - self.opened_at >= self.cooldown:
                self.opened_at = self.clock()  # half-open: one trial turn, re-armed if it fails
                return True
            return False

    def record_success(self) -> None:
        """A turn got an answer from the model: the breaker closes."""
        with self._lock:
            if self.opened_at is not None:
                log.info("Circuit breaker %s closed: the model answers again.", self.name)
            self.failures, self.opened_at = 0, None

    def record_failure(self) -> None:
        """A turn's model call failed; open after `threshold` in a row."""
        with self._lock:
            self.failures += 1
            if self.failures < self.threshold or self.opened_at is not None:
                return
            self.opened_at = self.clock()
            log.warning(
                "Circuit breaker %s opened after %d faults: simple mode for %g s.",
                self.name,
                self.failures,
                self.cooldown,
            )
        if self.probe is not None and self.background:
            self._start_probe()

    def probe_once(self) -> bool:
        """Call the probe now; close the breaker if it succeeds. Returns whether it closed."""
        if self.probe is None:
            return False
        try:
            self.probe()
        except Exception as e:  # any failure means "still down": keep simple mode
            log.info("Circuit breaker %s probe failed (%s).", self.name, type(e).__name__)
            with self._lock:
                if self.opened_at is not None:
                    self.opened_at = self.clock()
            return False
        self.record_success()
        return True

    def _start_probe(self) -> None:
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._thread = threading.Thread(
                target=self._probe_loop, name=f"langbot-breaker-{self.name}", daemon=True
            )
            self._thread.start()

    def _probe_loop(self) -> None:
        while self.is_open:
            if self._wake.wait(self.cooldown):
                self._wake.clear()
                if not self.is_open:
                    return
            self.probe_once()

    def stop(self) -> None:
        """Close the breaker and end its probe thread (for shutdown and tests)."""
        self.record_success()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=5)


def breaker_open(name: str | None = None) -> bool:
    """Whether a backend's breaker (or any, with no name) is open: simple mode is on."""
    with _registry_lock:
        breakers = (
            [_registry[name]] if name in _registry else ([] if name else list(_registry.values()))
        )
    return any(b.is_open for b in breakers)
