"""The circuit breaker: after repeated backend faults, or one timeout, turns go straight to
the built-in engine with no model call, and a background probe closes the breaker once the
endpoint answers again. The sidebar reads `breaker_open()` to show that simple mode is on."""

import logging
import threading
import time
from collections.abc import Callable, Iterator

from langbot.errors import BackendUnresponsive

log = logging.getLogger(__name__)
FIRST_PROBE = 1.0  # seconds from opening to the first probe
_registry: dict[str, "CircuitBreaker"] = {}
_registry_lock = threading.Lock()


class CircuitBreaker:
    """Counts consecutive faults; `threshold` of them open it, and so does one timeout.

    While open, turns make no model call. Half-open probing: a background probe tries the
    endpoint `first_probe` seconds after it opened, then after waits that double up to
    `cooldown`, and closes it when the endpoint answers. If the breaker opens again before
    any turn got an answer (a flapping endpoint), probing starts from a longer wait.
    """

    def __init__(
        self,
        name: str,
        probe: Callable[[], None] | None = None,
        threshold: int = 3,
        cooldown: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        background: bool = True,
        first_probe: float = FIRST_PROBE,
    ) -> None:
        self.name, self.probe, self.threshold, self.cooldown = name, probe, threshold, cooldown
        self.clock, self.background, self.first_probe = clock, background, first_probe
        self.failures = 0
        self.trips = 0  # times opened since a turn last got an answer
        self.opened_at: float | None = None
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._probing = False  # a probe thread is running (set and cleared under the lock)
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
            self.trips = 0
        self._close()

    def _close(self) -> None:
        with self._lock:
            if self.opened_at is not None:
                log.info("Circuit breaker %s closed: the model answers again.", self.name)
            self.failures, self.opened_at = 0, None

    def record_failure(self, error: BaseException | None = None) -> None:
        """A turn's model call failed; open after `threshold` in a row, or at once on a
        timeout (BackendUnresponsive), which says the next call would hang as well."""
        hung = isinstance(error, BackendUnresponsive)
        with self._lock:
            self.failures += 1
            if self.opened_at is not None or (self.failures < self.threshold and not hung):
                return
            self.opened_at = self.clock()
            self.trips += 1
            log.warning(
                "Circuit breaker %s opened after %s: simple mode until the endpoint answers.",
                self.name,
                "a timeout" if hung else f"{self.failures} faults in a row",
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
        self._close()
        return True

    def probe_waits(self) -> Iterator[float]:
        """Seconds to wait before each probe while open: doubling, capped at the cool-down."""
        wait = self.first_probe * 2 ** max(self.trips - 1, 0)
        while True:
            yield min(wait, self.cooldown)
            wait *= 2

    def _start_probe(self) -> None:
        with self._lock:
            if self._probing:
                return
            self._probing = True
            self._wake.clear()
            self._thread = threading.Thread(
                target=self._probe_loop, name=f"langbot-breaker-{self.name}", daemon=True
            )
            self._thread.start()

    def _probe_loop(self) -> None:
        while True:
            for wait in self.probe_waits():
                if not self.is_open or (self._wake.wait(wait) and not self.is_open):
                    break
                self._wake.clear()
                if self.probe_once():
                    break
            with self._lock:  # opened again meanwhile? keep probing, or no thread would
                if self.opened_at is None:
                    self._probing = False
                    return

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
