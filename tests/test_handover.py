"""Any app task can serve any learner: two real `streamlit run` servers share one DynamoDB
table (moto in server mode), and a learner who moves from one to the other keeps their place.

This is what the hosted app tier relies on when autoscaling removes a task (or the load
balancer's stickiness ends): the browser reconnects to another task, which has never seen it.
"""

import asyncio
import os
import re
from pathlib import Path

import boto3
import pytest
from moto.server import ThreadedMotoServer
from streamlit_server import free_port, streamlit_process
from streamlit_ws import Session, open_session
from test_storage_dynamodb import REGION, TABLE, create_table

pytestmark = pytest.mark.integration

LEARNER = "handover-learner-01"
QUERY = f"learner={LEARNER}&lesson=greetings"


@pytest.fixture
def dynamodb_url(monkeypatch):
    """A moto DynamoDB server on a free port, with the progress table storage.yaml defines."""
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    url = f"http://127.0.0.1:{port}"
    create_table(boto3.client("dynamodb", region_name=REGION, endpoint_url=url))
    yield url
    server.stop()


def _place(session: Session) -> tuple[int, int]:
    """The step and try the page's status line shows."""
    text = session.page_text()
    step = re.search(r"Step (\d+) of \d+", text)
    attempt = re.search(r"Try (\d)/3", text)
    assert step and attempt, text
    return int(step.group(1)), int(attempt.group(1))


async def _hand_over(first: str, second: str) -> None:
    tab = await open_session(first, "chat", QUERY)
    await tab.answer("Hola")  # step 1: right
    await tab.answer("My name is Ana")  # step 2: English, a miss with a cue
    assert _place(tab) == (2, 2)
    cue = next(s for s in tab.shown if "lb-cue" in s)
    await tab.ws.close()

    moved = await open_session(second, "chat", QUERY)  # the other task has never seen it
    assert _place(moved) == (2, 2)
    shown = moved.page_text()
    assert "My name is Ana" in shown and "Hola" in shown  # the learner's own words
    assert cue in moved.shown  # and the tutor's cue, as it was
    await moved.answer("Me llamo Ana")  # the second try counts on this task
    assert _place(moved) == (3, 1)
    await moved.ws.close()

    back = await open_session(first, "chat", QUERY)  # and back again: the first task catches up
    assert _place(back) == (3, 1)
    assert "Me llamo Ana" in back.page_text()
    await back.ws.close()


def test_a_learner_moving_between_two_app_servers_keeps_their_place(dynamodb_url, tmp_path):
    env = {
        **os.environ,
        "LANGBOT_STORE": "dynamodb",
        "LANGBOT_DYNAMODB_TABLE": TABLE,
        "AWS_REGION": REGION,
        "AWS_ENDPOINT_URL_DYNAMODB": dynamodb_url,
        "LANGBOT_BACKEND": "builtin",
    }
    with (
        streamlit_process(env, Path(tmp_path) / "a.log") as (first, _),
        streamlit_process(env, Path(tmp_path) / "b.log") as (second, _),
    ):
        asyncio.run(asyncio.wait_for(_hand_over(first, second), timeout=120))
