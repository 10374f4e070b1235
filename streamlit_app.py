"""LangBot's Streamlit entry point: it declares the pages and runs the chosen one.

`streamlit run streamlit_app.py` finds `app` below and serves the pages as an `st.App`. Its
start-up builds the tutor and the store and warms the grader before the server takes a
request, so the first visitor after a start waits for none of it. Its routes open a page such
as `/chat` without the frontend's failed first probe (`langbot.app.routes`). Each session's
script run (and AppTest's) draws the pages.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from langbot.app.nav import CHAT, DEMO, HOME, LOBBY, PAGES, PROGRESS, REVIEW
from langbot.app.resources import preload, render_sidebar, start_warm_up
from langbot.app.routes import page_routes


def run() -> None:
    """Declare the pages and run the current one."""
    st.set_page_config(page_title="LangBot: Spanish tutor", page_icon="🗣️", layout="centered")
    pages = [
        st.Page(HOME, title="Home", icon=":material/home:", default=True),
        st.Page(LOBBY, title="Lessons", icon=":material/grid_view:"),
        st.Page(DEMO, title="Demo", icon=":material/play_circle:"),
        st.Page(CHAT, title="Chat", icon=":material/chat:"),
        st.Page(REVIEW, title="Review", icon=":material/replay:"),
        st.Page(PROGRESS, title="Progress", icon=":material/insights:"),
    ]
    page = st.navigation(pages, position="top")
    render_sidebar()
    try:
        page.run()
    finally:  # also after st.rerun/st.stop, which leave page.run by an exception
        start_warm_up()  # a no-op once the server's start-up has run it


@asynccontextmanager
async def lifespan(_app: st.App) -> AsyncIterator[None]:
    """The server's start-up: everything the first page needs, before the first request."""
    here = Path(__file__).parent
    preload([Path(__file__), *(here / page for page in PAGES)])
    yield


if get_script_run_ctx() is None:  # imported by `streamlit run` to serve the app
    app = st.App(__file__, lifespan=lifespan, routes=page_routes())
else:  # a session's script run
    run()
