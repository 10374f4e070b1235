"""The process-wide sagemaker-runtime client: standard retry mode narrowed to one quick
throttling retry, no retry of read timeouts, and a connection pool for many sessions.

Every call has a connect timeout and a first-byte deadline (botocore's read timeout, which
bounds each read): for a stream, the verdict deadline; for a non-streaming call, whose first
byte comes with its whole reply, the reply deadline. Both are capped by LANGBOT_READ_TIMEOUT,
so a hung endpoint costs at most connect + read timeout (2 + 6 s by default).

The endpoint URL is left to boto3, so AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME keeps working.
"""

import threading
from typing import Any

from langbot.config import Settings

_clients: dict[tuple, Any] = {}
_lock = threading.Lock()
MAX_ATTEMPTS = 2  # one retry, for throttling only
THROTTLE_BACKOFF = 0.2  # seconds at most before that retry


def stream_read_timeout(settings: Settings) -> float:
    """Seconds one read of a stream may wait: never past the verdict deadline."""
    return min(settings.read_timeout, settings.verdict_deadline)


def reply_read_timeout(settings: Settings) -> float:
    """Seconds a non-streaming call may wait for its reply: never past the reply deadline."""
    return min(settings.read_timeout, settings.reply_deadline)


def _throttling_only(client: Any) -> None:
    """Swap botocore's standard retry conditions for "throttled, at most once, quickly".

    Standard mode retries read timeouts (HTTPClientError) and 5xx as transient: a hung
    model would be asked twice and the learner would wait twice as long.
    """
    from botocore.retries import quota, standard

    event = client.meta.service_model.service_id.hyphenize()
    adapter = standard.RetryEventAdapter()
    detector = standard.ThrottlingErrorDetector(adapter)
    checker = _AndChecker(
        standard.MaxAttemptsChecker(MAX_ATTEMPTS),
        standard.OrRetryChecker(
            [standard.ThrottledRetryableChecker(), standard.ThrottlingStatusCodeChecker()]
        ),
    )
    handler = standard.RetryHandler(
        retry_policy=standard.RetryPolicy(
            retry_checker=checker,
            retry_backoff=standard.ExponentialBackoff(
                max_backoff=THROTTLE_BACKOFF, service_name=event, throttling_detector=detector
            ),
        ),
        retry_event_adapter=adapter,
        retry_quota=standard.RetryQuotaChecker(quota.RetryQuota(), detector),
        service_name=event,
    )
    unique_id = f"retry-config-{event}"
    client.meta.events.unregister(f"needs-retry.{event}", unique_id=unique_id)
    client.meta.events.register(f"needs-retry.{event}", handler.needs_retry, unique_id=unique_id)


class _AndChecker:
    def __init__(self, *checkers: Any) -> None:
        self.checkers = checkers

    def is_retryable(self, context: Any) -> bool:
        """Whether every checker says the request may be retried."""
        return all(c.is_retryable(context) for c in self.checkers)


def make_client(settings: Settings, read_timeout: float | None = None) -> Any:
    """The sagemaker-runtime client for these settings and read timeout (created once)."""
    read_timeout = read_timeout or settings.read_timeout
    key = (
        settings.aws_region,
        read_timeout,
        settings.connect_timeout,
        settings.max_pool_connections,
    )
    with _lock:
        if key not in _clients:
            import boto3
            from botocore.config import Config

            config = Config(
                read_timeout=read_timeout,
                connect_timeout=settings.connect_timeout,
                retries={"mode": "standard", "total_max_attempts": MAX_ATTEMPTS},
                max_pool_connections=settings.max_pool_connections,
            )
            client = boto3.client(
                "sagemaker-runtime", region_name=settings.aws_region, config=config
            )
            _throttling_only(client)
            _clients[key] = client
        return _clients[key]
