"""The baseline for the load benchmark: a bare Streamlit chat app that echoes the learner's text.

The Streamlit chat idiom and nothing else: the history in session state, replayed with
`st.chat_message` on every run, and `st.chat_input` read with `:=`.

With BARE_GC_FREEZE=1 it also freezes the heap on its first run (`gc.freeze()`, as LangBot
does after its start-up), so Streamlit's collection after each run skips the server's own
objects: the benchmark then compares the pages' own work like for like.
"""

import gc
import os

import streamlit as st


@st.cache_resource
def _freeze() -> bool:
    gc.freeze()
    return True


if os.environ.get("BARE_GC_FREEZE") == "1":
    _freeze()

if "messages" not in st.session_state:
    st.session_state.messages = [{"role": "assistant", "content": "¡Hola! ¿Cómo te llamas?"}]
for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])
if text := st.chat_input("Answer in Spanish…"):
    st.session_state.messages.append({"role": "user", "content": text})
    with st.chat_message("user"):
        st.markdown(text)
    st.session_state.messages.append({"role": "assistant", "content": f"You said: {text}"})
    with st.chat_message("assistant"):
        st.markdown(f"You said: {text}")
