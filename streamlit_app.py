"""LangBot's Streamlit entry point: it declares the pages, runs the chosen one, then warms up."""

import streamlit as st

from langbot.app.state import render_sidebar, start_warm_up


def run() -> None:
    """Declare the four pages and run the current one."""
    st.set_page_config(page_title="LangBot: Spanish tutor", page_icon="🗣️", layout="centered")
    pages = [
        st.Page("langbot/app/pages/home.py", title="Home", icon=":material/home:", default=True),
        st.Page("langbot/app/pages/lobby.py", title="Lessons", icon=":material/grid_view:"),
        st.Page("langbot/app/pages/demo.py", title="Demo", icon=":material/play_circle:"),
        st.Page("langbot/app/pages/chat.py", title="Chat", icon=":material/chat:"),
    ]
    page = st.navigation(pages, position="top")
    render_sidebar()
    try:
        page.run()
    finally:  # also after st.rerun/st.stop, which leave page.run by an exception
        start_warm_up()


run()
