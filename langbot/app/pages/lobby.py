"""Lobby: a card for every lesson in lessons/, with the learner's status and two actions."""

import streamlit as st

from langbot.app import nav, resources, review_ui, widgets
from langbot.errors import StorageError
from langbot.practice import Practice

learner = widgets.start_page()
tutor = resources.tutor()
progress = resources.store()
try:
    statuses = Practice(tutor, progress).statuses(learner)
    finished = {c["lesson_id"] for c in progress.completions(learner)}
except StorageError as e:
    widgets.storage_failed(e)
    st.stop()
resources.store_notice()

st.title("Lessons", anchor=False)
st.markdown(
    "Each lesson is a short conversation in Spanish. Watch the demo first if you like, "
    "then start: your place is saved as you go."
)
review_ui.render_due_today(progress, learner, "lobby", tutor)

lessons = list(tutor.lessons.values())
for index, lesson in enumerate(lessons):
    if index % 2 == 0:  # one row per pair, so cards side by side line up
        row = st.columns(2, gap="medium")
    conv = statuses.get(lesson.id)
    label, colour = widgets.lesson_status(lesson, conv, lesson.id in finished)
    with row[index % 2].container(border=True, height="stretch", key=f"lb_card_{lesson.id}"):
        st.subheader(lesson.title, anchor=False)
        st.caption(lesson.title_en)
        with st.container(horizontal=True, gap="small"):
            st.badge(lesson.level, color="violet")
            st.badge(f"{lesson.minutes} min", icon=":material/schedule:", color="gray")
            st.badge(f"{len(lesson.steps)} steps", icon=":material/stairs:", color="gray")
            icon = ":material/check_circle:" if colour == "green" else None
            st.badge(label, icon=icon, color=colour)
        st.markdown(widgets.escape_markdown(lesson.description))
        st.space("stretch")  # buttons at the foot of the card, level across the row
        demo_col, start_col = st.columns(2)
        if demo_col.button(
            "Watch demo", key=f"lb_demo_{lesson.id}", icon=":material/play_circle:", width="stretch"
        ):
            nav.go(nav.DEMO, lesson.id)
        action = (
            "Start" if widgets.is_fresh(conv) else ("Start again" if conv.completed else "Continue")
        )
        if start_col.button(
            action,
            key=f"lb_start_{lesson.id}",
            type="primary",
            icon=":material/chat:",
            width="stretch",
        ):
            if action == "Start again":
                Practice(tutor, progress).restart(learner, lesson.id)
            nav.go(nav.CHAT, lesson.id)
