"""Home: what LangBot is, how a lesson works, who made it, and the way to the lessons."""

import streamlit as st

from langbot.app import nav, resources, review_ui, widgets
from langbot.app.learner import SWITCHED, render_start_afresh, render_switch_back

learner = widgets.start_page()

st.title("¡Hola! I'm LangBot", anchor=False)
st.markdown(
    "LangBot is a friendly conversation partner for your very first steps in Spanish (level A1). "
    "You chat through short, everyday scenes, like greeting someone or ordering a coffee, "
    "and it helps you find the words yourself."
)

st.subheader("How a lesson works", anchor=False)
speaks, cues, tries = st.columns(3, gap="medium")
with speaks.container(border=True, height="stretch"):
    st.markdown("#### :material/record_voice_over: The bot speaks first")
    st.markdown("Every lesson opens with a line in Spanish. Read it, listen to it, and answer.")
with cues.container(border=True, height="stretch"):
    st.markdown("#### :material/lightbulb: Cues, not answers")
    st.markdown(
        "If your answer misses, you get a hint that points the way, then a more specific one."
    )
with tries.container(border=True, height="stretch"):
    st.markdown("#### :material/looks_3: Three tries")
    st.markdown("After three tries the bot shows you the answer and the conversation moves on.")

st.markdown(
    "Your progress is saved in this browser: come back to this site and you continue where "
    "you stopped. No account needed. To continue on another device, open the link in your "
    "address bar there."
)
with st.container(horizontal=True, vertical_alignment="center"):
    if st.button("See the lessons", type="primary", icon=":material/arrow_forward:"):
        nav.go(nav.LOBBY)
    render_start_afresh()
    if not st.session_state.get(SWITCHED):  # else it is at the top of the page already
        render_switch_back(learner)
review_ui.render_due_today(resources.store(), learner, "home", resources.tutor())

st.divider()
st.subheader("The team", anchor=False)
st.markdown(
    "LangBot is built by a small team of engineers and Spanish teachers. The lessons are "
    "written and checked by hand, the tutor runs on a built-in engine by default, and the whole "
    "project is open source."
)
