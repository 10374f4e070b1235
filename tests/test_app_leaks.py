"""The chat page with a model backend (an OpenAI-compatible server on loopback) that tries to
give the numbers lesson's «quince» away: the page never draws it, not even while streaming."""

import threading
from pathlib import Path

import pytest
from fakes import chat_stream, model_output, tokens_of
from streamlit.testing.v1 import AppTest
from werkzeug import Request, Response

from langbot.app import markup
from langbot.lessons import load_lessons

pytestmark = pytest.mark.integration

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
SUM = load_lessons()["numbers"].step(7)  # ¿Cuánto es diez más cinco?
RIGHT = ["Cuatro, cinco, seis", "Tengo veinte años", "Mi amigo tiene treinta años",
         "Tengo dos hermanos", "Seis, uno, dos", "Hay doce estudiantes"]  # fmt: skip
SAFE = "¡Casi! Suma otra vez. "


def _model(trick: str):
    """The model: right for steps 1-6, then a reply that spells «quince» with a trick."""

    def answer(request: Request) -> Response:
        leak = SUM.bot in request.get_data(as_text=True)
        output = (
            model_output(False, SAFE + "La respuesta es " + trick + ".", "grammar", [trick])
            if leak
            else model_output(True, "¡Muy bien!")
        )
        return Response(chat_stream(tokens_of(output, 3)), content_type="text/event-stream")

    return answer


def _wait_for_warm_up() -> None:
    """Let the grader's background warm-up end before the first answer, as a server's start-up
    does (resources.preload): on a cold, loaded machine a first turn that shares the CPU with
    it can miss the model's 6 s deadline, and the built-in engine answers instead."""
    for thread in threading.enumerate():
        if thread.name == "langbot-warm-up":
            thread.join(timeout=120)


@pytest.mark.parametrize("trick", ["q u i n c e", "quin<b></b>ce"])
def test_the_chat_page_never_draws_a_trick(trick, httpserver, monkeypatch, tmp_path) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_handler(_model(trick))
    for name, value in {
        "LANGBOT_BACKEND": "openai",
        "LANGBOT_OPENAI_BASE_URL": httpserver.url_for("/v1"),
        "LANGBOT_OPENAI_MODEL": "llama3",
        "LANGBOT_FAST_PATH": "false",
        "LANGBOT_STORE_PATH": str(tmp_path / "progress.sqlite3"),
    }.items():
        monkeypatch.setenv(name, value)
    drawn: list[str] = []
    original = markup.streaming_html
    monkeypatch.setattr(markup, "streaming_html", lambda text: drawn.append(text) or original(text))
    at = AppTest.from_file(APP, default_timeout=60)  # the first run warms the grader up
    at.query_params["learner"] = "apptest-leaks-0001"
    at.query_params["lesson"] = "numbers"
    at.run()
    at.switch_page("langbot/app/pages/chat.py").run()
    _wait_for_warm_up()
    for text in RIGHT:
        at.chat_input[0].set_value(text).run()
        assert not at.exception, at.exception
    drawn.clear()
    at.chat_input[0].set_value("Son catorce").run()
    calls = [r for r, _ in httpserver.log if r.path.endswith("/chat/completions")]
    assert len(calls) == 7, "every answer went to the model"
    assert drawn and all(SAFE.startswith(text) for text in drawn), drawn  # while streaming
    page = "\n".join(h.proto.body for h in at.get("html"))
    assert SUM.cues.general in page.replace("&#x27;", "'") or SUM.cues.general in page
    assert trick.replace("<", "&lt;") not in page and "respuesta es" not in page
