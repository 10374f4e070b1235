"""A browser tab without the browser: Streamlit's own WebSocket protocol, for tests and the load
benchmark.

A `Session` connects to `/_stcore/stream` (the subprotocol "streamlit", as the frontend), asks
for a page with its query string (a BackMsg `rerun_script`), reads the ForwardMsgs until the run
is over, and can answer in the page's chat input as a learner typing would. It keeps what the
frontend would between runs (the page, the query string the app set, the chat input's id and
fragment) and the text of what the last run drew.
"""

import time
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

# Elements whose text a learner reads: their proto field holding it.
_TEXT_FIELDS = {"html": "body", "text": "body", "markdown": "body", "heading": "body"}


@dataclass
class Session:
    """One tab's connection and what the frontend remembers between runs."""

    ws: websockets.ClientConnection
    query: str
    page: str
    page_hash: str = ""
    chat_input: str = ""
    fragment: str = ""
    shown: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)

    def _rerun(self, text: str | None) -> bytes:
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = self.query
        state.page_name = self.page
        state.page_script_hash = self.page_hash
        if text is not None:
            widget = state.widget_states.widgets.add()
            widget.id = self.chat_input
            widget.chat_input_value.data = text
            state.fragment_id = self.fragment
        return msg.SerializeToString()

    def _note(self, msg: ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "navigation":  # the page this run drew: the frontend sends it back
            self.page_hash = msg.navigation.page_script_hash
        elif kind == "page_info_changed":
            self.query = msg.page_info_changed.query_string
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            which = element.WhichOneof("type")
            if which == "chat_input":
                self.chat_input, self.fragment = element.chat_input.id, msg.delta.fragment_id
            elif which in _TEXT_FIELDS:
                self.shown.append(getattr(getattr(element, which), _TEXT_FIELDS[which]))

    async def until_finished(self) -> None:
        """Read ForwardMsgs until a run ends for good (not one ended early for a rerun)."""
        while True:
            msg = ForwardMsg()
            msg.ParseFromString(await self.ws.recv())
            self._note(msg)
            if msg.WhichOneof("type") != "script_finished":
                continue
            if msg.script_finished == msg.FINISHED_WITH_COMPILE_ERROR:
                raise RuntimeError("the app did not compile")
            if msg.script_finished != msg.FINISHED_EARLY_FOR_RERUN:
                return
            self.shown = []  # the rerun draws the page afresh

    async def answer(self, text: str) -> None:
        """Type one answer and wait for the page to show the reply; keep the latency."""
        start = time.perf_counter()
        self.shown = []
        await self.ws.send(self._rerun(text))
        await self.until_finished()
        self.latencies.append(time.perf_counter() - start)

    def page_text(self) -> str:
        """Everything the last run drew, as one string (HTML bodies as sent)."""
        return "\n".join(self.shown)


async def open_session(base: str, page: str, query: str) -> Session:
    """Connect as a new browser tab to the server at `base` (http://host:port) and load the
    page."""
    host = base.removeprefix("http://")
    ws = await websockets.connect(
        f"ws://{host}/_stcore/stream",
        subprotocols=["streamlit"],
        origin=base,
        max_size=None,
        ping_interval=None,
    )
    session = Session(ws, query, page)
    await ws.send(session._rerun(None))
    await session.until_finished()
    if not session.chat_input:
        await ws.close()
        raise RuntimeError(f"no chat input on page {page!r}:\n{session.page_text()}")
    return session
