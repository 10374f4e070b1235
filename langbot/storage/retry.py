"""Writing what waits in memory to the real store in the background, with backoff.

FallbackStore inherits this: it says what waits (`waiting`) and how to write it once
(`_flush`); this runs one flush at a time, on a daemon thread while anything waits.
"""

import threading
import time


class BackgroundRetry:
    """One flush at a time, retried on a daemon thread with backoff while anything waits."""

    def __init__(self, retry_min: float, retry_max: float) -> None:
        self.retry_min, self.retry_max = retry_min, retry_max
        self._lock = threading.RLock()
        self._flushing = threading.Lock()  # one flush at a time, or a completion is written twice
        self._flusher: threading.Thread | None = None
        self._closed = threading.Event()

    def waiting(self) -> int:
        """How many writes are waiting in memory for the real store."""
        raise NotImplementedError

    def _flush(self) -> bool:
        raise NotImplementedError

    def flush(self) -> bool:
        """Try once to write everything waiting; True when nothing is left waiting."""
        with self._flushing:
            return self._flush()

    def wait_until_saved(self, timeout: float) -> bool:
        """Retry until everything waiting is written or `timeout` seconds pass."""
        deadline = time.monotonic() + timeout
        delay = self.retry_min
        while not self.flush():
            if time.monotonic() + delay > deadline:
                return False
            time.sleep(delay)
            delay = min(delay * 2, self.retry_max)
        return True

    def _start_flusher(self) -> None:
        # Called with the lock held; the thread clears `_flusher` under it when it is done.
        if self._flusher is None:
            self._flusher = threading.Thread(
                target=self._retry, name="langbot-store-retry", daemon=True
            )
            self._flusher.start()

    def _retry(self) -> None:
        delay = self.retry_min
        while True:
            saved = self.flush()
            with self._lock:
                if (saved and not self.waiting()) or self._closed.is_set():
                    self._flusher = None
                    return
            if self._closed.wait(delay):
                return
            delay = min(delay * 2, self.retry_max)

    def close(self) -> None:
        """Stop retrying in the background (what still waits stays in memory)."""
        self._closed.set()
        with self._lock:
            flusher = self._flusher
        if flusher is not None:
            flusher.join(timeout=5)
