"""The baseline for the page-load benchmark: a bare one-page Streamlit app with one chat message."""

import streamlit as st

with st.chat_message("assistant"):
    st.markdown("¡Hola!")
