"""Chat: the lesson itself. The bot speaks first and the learner answers in the chat input."""

import streamlit as st

from langbot.app import chat as ui_chat
from langbot.app import state as ui

learner = ui.start_page()
tutor = ui.tutor()
progress = ui.store()
lesson = ui.chosen_lesson(tutor.lessons)

if lesson is None:
    st.title("Choose a lesson")
    st.markdown("Pick a conversation to practise. You can stop at any time: your place is saved.")
    for choice in tutor.lessons.values():
        if st.button(f"{choice.title} · {choice.title_en}", key=f"lb_pick_{choice.id}"):
            ui.go(ui.CHAT, choice.id)
    st.stop()

conv = progress.load(learner, lesson.id)
if conv is None:
    conv = tutor.start(lesson.id)
    progress.save(learner, conv)

with st.container(key="lb-header"):
    st.title(lesson.title, anchor=False)
    status = st.empty()
    gloss_col, restart_col, lobby_col = st.columns([2, 1, 1], vertical_alignment="center")
    show_gloss = gloss_col.toggle(
        "Show English", key=ui.GLOSS, help="English glosses under the bot's lines"
    )
    if restart_col.button("Restart lesson", icon=":material/restart_alt:", width="stretch"):
        st.session_state.pop(ui.CELEBRATE, None)
        progress.save(learner, tutor.start(lesson.id))
        st.rerun()
    if lobby_col.button("Back to lobby", icon=":material/grid_view:", width="stretch"):
        ui.go(ui.LOBBY)

ui_chat.render_transcript(conv, show_gloss)
ui_chat.show_rejection()
finished = "Lesson finished: restart it or go on to the next one"
answer = st.chat_input(
    finished if conv.completed else "Answer in Spanish…",
    key=ui.CHAT_INPUT,
    disabled=conv.completed,
)
if answer is not None:
    conv = ui_chat.take_turn(tutor, progress, learner, lesson, conv, answer)
if conv.completed:
    ui_chat.render_finale(tutor.lessons, lesson, conv)

with status.container():
    bar, attempt = st.columns([3, 1], vertical_alignment="bottom")
    step = len(lesson.steps) if conv.completed else conv.step
    bar.progress(ui.progress_fraction(lesson, conv), text=f"Step {step} of {len(lesson.steps)}")
    attempt.badge(ui.attempt_label(conv), color="green" if conv.completed else "blue")
