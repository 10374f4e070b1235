"""A real `streamlit run streamlit_app.py` on a free loopback port, for the browser test and
the app benchmark."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Greetings, with step 2 missed three times: cues, a reveal, and every other kind of turn
# (the benchmarks' learner script).
GREETINGS_ANSWERS = (
    "Hola",
    "¿Qué hora es?",
    "My name is Ana",
    "me gusta el café",
    "Soy de Londres",
    "Estoy bien",
    "Sí, soy estudiante",
    "Hablo un poco de español",
    "Adiós",
)
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_process(
    env: dict[str, str],
    log: Path,
    seconds: float = 60,
    *,
    script: str = "streamlit_app.py",
    cwd: Path = ROOT,
    flags: tuple[str, ...] = ("--server.fileWatcherType", "none"),
    prefix: tuple[str, ...] = (),
) -> Iterator[tuple[str, subprocess.Popen]]:
    """Start `streamlit run script` in cwd, wait for its health check, yield its base URL and
    the process, and always stop it. `prefix` goes before the command (e.g. `taskset -c 1`)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with log.open("w") as out:
        server = subprocess.Popen(
            [*prefix, sys.executable, "-m", "streamlit", "run", script,
             "--server.headless", "true", "--server.address", "127.0.0.1",
             "--server.port", str(port), "--browser.gatherUsageStats", "false", *flags],
            cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        _wait_for_health(base, server, log, seconds)
        yield base, server
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@contextmanager
def streamlit_server(
    env: dict[str, str], log: Path, seconds: float = 60, *, script: str = "streamlit_app.py"
) -> Iterator[str]:
    """Start the app (or another script in the checkout) and yield its base URL."""
    with streamlit_process(env, log, seconds, script=script) as (base, _):
        yield base


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wait_for_health(base: str, server: subprocess.Popen, log: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited with {server.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"streamlit was not healthy after {seconds}s:\n{log.read_text()}")
