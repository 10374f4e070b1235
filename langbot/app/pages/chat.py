"""Chat: the lesson itself. The bot speaks first and the learner answers in the chat input."""

import streamlit as st

from langbot.app import chat as ui_chat
from langbot.app import keys, nav, resources, widgets
from langbot.app.learner import render_switch_back
from langbot.errors import StorageError
from langbot.practice import Practice

learner = widgets.start_page()
tutor = resources.tutor()
progress = resources.store()
notice = st.empty()  # filled last: the store's notice after this run's reads and saves
lesson = nav.chosen_lesson(tutor.lessons)

if lesson is None:
    st.title("Choose a lesson")
    st.markdown("Pick a conversation to practise. You can stop at any time: your place is saved.")
    for choice in tutor.lessons.values():
        if st.button(f"{choice.title} · {choice.title_en}", key=f"lb_pick_{choice.id}"):
            nav.go(nav.CHAT, choice.id)
    st.stop()

try:  # saved on the first answer, not on a page view; a failed read never restarts the lesson
    conv = Practice(tutor, progress).resume(learner, lesson.id)
except StorageError as e:
    widgets.storage_failed(e)
    st.stop()

with st.container(key="lb-header"):
    st.title(lesson.title, anchor=False)
    with st.container(horizontal=True, vertical_alignment="center", gap="small", key="lb-bar"):
        status = st.empty()
        controls = st.empty()
    undo = st.empty()
show_gloss = bool(st.session_state.get(keys.GLOSS, False))  # the toggle itself is drawn last
ui_chat.confirm_restart(tutor, progress, learner, conv)

ui_chat.render_transcript(conv, show_gloss)
ui_chat.show_rejection()
finished = "Lesson finished: restart it or go on to the next one"
answer = st.chat_input(
    finished if conv.completed else "Answer in Spanish…",
    key=keys.CHAT_INPUT,
    disabled=conv.completed,
)
if answer is not None:
    conv = ui_chat.take_turn(tutor, progress, learner, lesson, conv, answer)
if conv.completed:
    ui_chat.render_finale(tutor.lessons, lesson, conv)

st.session_state[keys.SHOWN_STEP] = (lesson.id, conv.step)  # what the next answer is for
# Drawn last, so they show the state after this run's answer, and so the conversation
# reaches the screen before the header's widgets (each a script the browser must load).
with status:
    st.html(widgets.status_html(lesson, conv), width="stretch")
with controls.container(horizontal=True, vertical_alignment="center", gap="small", width="content"):
    st.toggle("English", key=keys.GLOSS, width="content")
    with st.popover("", icon=":material/more_vert:", help="Restart, or back to the lessons"):
        st.button(
            "Restart lesson…",
            icon=":material/restart_alt:",
            key="lb_restart",
            on_click=ui_chat.ask_restart,
        )
        if st.button("Back to the lessons", icon=":material/grid_view:", key="lb_lobby"):
            nav.go(nav.LOBBY)
        render_switch_back(learner, where="menu")  # after continuing as a link's learner
with undo:
    ui_chat.offer_undo(progress, learner, lesson)
with notice:
    resources.store_notice()
