"""A second baseline for the page-load benchmark: a bare two-page app (st.navigation), one chat
message on the page that opens, so the cost of multi-page navigation alone shows."""

import streamlit as st


def chat() -> None:
    """The page measured: one chat message."""
    with st.chat_message("assistant"):
        st.markdown("¡Hola!")


def other() -> None:
    """A second page, so navigation is real."""
    st.markdown("Other page")


st.navigation(
    [st.Page(chat, title="Chat", url_path="chat"), st.Page(other, title="Other", url_path="other")],
    position="top",
).run()
