"""An idle server costs (almost) no CPU, even with a virtual environment inside the checkout."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from streamlit_server import CHROMIUM, CHROMIUM_ARGS, ROOT, cpu_seconds, streamlit_process

pytestmark = [pytest.mark.integration, pytest.mark.browser]

# Pure-Python packages the app imports, copied into the checkout's venv and imported from there,
# as they are when a learner makes `.venv` beside streamlit_app.py and runs the app from it.
VENV_PACKAGES = ("langchain_core", "langchain_aws", "langchain_openai", "openai", "httpx", "yaml")
IDLE_SECONDS = 8
MAX_SHARE = 0.05


def checkout_with_a_venv(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the tracked files with `.venv/` inside it; returns (checkout, site-packages)."""
    checkout = tmp_path / "checkout"
    files = (
        subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (checkout / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, checkout / name)
    venv = checkout / ".venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = next(venv.glob("lib/python3*/site-packages"))
    for package in VENV_PACKAGES:
        source = Path(__import__(package).__file__).parent
        shutil.copytree(source, site / package, ignore=shutil.ignore_patterns("__pycache__"))
    return checkout, site


def test_an_idle_server_with_a_venv_in_the_checkout_uses_under_5_percent_cpu(tmp_path):
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed: a browser session is needed to run the app")
    sync_api = pytest.importorskip("playwright.sync_api")
    checkout, site = checkout_with_a_venv(tmp_path)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), str(checkout)]),
        "LANGBOT_STORE_PATH": str(tmp_path / "progress.sqlite3"),
        "LANGBOT_LESSONS_DIR": str(checkout / "lessons"),
    }
    # No --server.fileWatcherType flag: the checkout's .streamlit/config.toml decides.
    with (
        streamlit_process(env, tmp_path / "streamlit.log", cwd=checkout, flags=()) as (
            base,
            server,
        ),
        sync_api.sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(f"{base}/chat?lesson=greetings")
            page.locator('[data-testid="stChatMessage"]').first.wait_for(timeout=30_000)
            page.wait_for_timeout(5000)  # the session is open and idle from here on
            start_cpu, start = cpu_seconds(server.pid), time.monotonic()
            page.wait_for_timeout(IDLE_SECONDS * 1000)
            share = (cpu_seconds(server.pid) - start_cpu) / (time.monotonic() - start)
        finally:
            browser.close()
    print(f"idle server CPU: {share:.1%} of a core over {IDLE_SECONDS} s")
    assert share < MAX_SHARE, f"an idle server used {share:.0%} of a core"
