"""Which backend is active and whether it is reachable: one short check per process, cached."""

import logging
import threading
from dataclasses import dataclass

from langbot.config import Settings
from langbot.llm.breaker import breaker_open

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


def _check_sagemaker(settings: Settings) -> Health:
    import boto3
    from botocore.config import Config

    config = Config(
        connect_timeout=HEALTH_TIMEOUT,
        read_timeout=HEALTH_TIMEOUT,
        retries={"total_max_attempts": 1},
    )
    name = settings.sagemaker_endpoint or "?"
    try:
        client = boto3.client("sagemaker", region_name=settings.aws_region, config=config)
        status = client.describe_endpoint(EndpointName=name)["EndpointStatus"]
    except Exception as e:  # any failure only means "not reachable"; the turn falls back
        return Health("sagemaker", False, f"endpoint {name!r}: {type(e).__name__}")
    return Health("sagemaker", status == "InService", f"endpoint {name!r} is {status}")


def _check_openai(settings: Settings) -> Health:
    import httpx

    url = (settings.openai_base_url or "").rstrip("/") + "/models"
    try:
        response = httpx.get(url, timeout=HEALTH_TIMEOUT)
    except Exception as e:  # any failure only means "not reachable"
        return Health("openai", False, f"{url}: {type(e).__name__}")
    return Health("openai", response.status_code < 500, f"{url}: HTTP {response.status_code}")


def check_health(settings: Settings) -> Health:
    """Check the configured backend once per process (cached per settings)."""
    with _lock:
        if settings not in _cache:
            if settings.backend == "sagemaker":
                _cache[settings] = _check_sagemaker(settings)
            elif settings.backend == "openai":
                _cache[settings] = _check_openai(settings)
            else:
                _cache[settings] = Health("builtin", True, "offline, no model needed")
            log.info("Backend health: %s", _cache[settings])
        return _cache[settings]


def describe_backend(settings: Settings) -> str:
    """One line for the sidebar and `langbot --version`: the backend and its reachability."""
    health = check_health(settings)
    label = {
        "builtin": "built-in engine",
        "sagemaker": f"SageMaker TGI ({settings.sagemaker_format} format)",
        "openai": f"OpenAI-compatible ({settings.openai_model})",
    }[settings.backend]
    if settings.backend == "builtin":
        return f"Backend: {label} · always available"
    state = "reachable" if health.reachable else "not reachable (simple mode answers)"
    if breaker_open(settings.backend):
        state = f"{SIMPLE_MODE_LABEL} (paused after a timeout or repeated faults; retrying in the background)"
    fast = "on" if settings.fast_path else "off"
    return f"Backend: {label} · {state} · {health.detail} · fast path {fast}"
