"""Demo: plays a lesson's example conversation one line at a time, then offers to start it."""

import streamlit as st

from langbot.app import state as ui
from langbot.app.listen import listen

PACES = {"Slow": 2.5, "Normal": 1.5, "Fast": 0.7}

ui.start_page()
tutor = ui.tutor()
lesson = ui.chosen_lesson(tutor.lessons)

if lesson is None:
    st.title("Watch a demo", anchor=False)
    st.markdown("Choose a lesson to see an example conversation before you try it yourself.")
    for choice in tutor.lessons.values():
        if st.button(
            f"{choice.title} · {choice.title_en}",
            key=f"lb_demo_pick_{choice.id}",
            icon=":material/play_circle:",
        ):
            ui.go(ui.DEMO, choice.id)
    st.stop()

shown = st.session_state.setdefault(ui.DEMO_SHOWN, {})
total = len(lesson.demo)


def _set_shown(count: int) -> None:
    st.session_state[ui.DEMO_SHOWN][lesson.id] = count


st.title(f"Demo: {lesson.title}", anchor=False)
st.caption(f"{lesson.title_en} · an example of how this conversation can go")
with st.container(horizontal=True, vertical_alignment="bottom", gap="medium"):
    pace = st.segmented_control("Pace", list(PACES), default="Normal", key=ui.DEMO_PACE) or "Normal"
    show_gloss = st.toggle("Show English", key=ui.DEMO_GLOSS)
    st.button(
        "Skip to end",
        icon=":material/skip_next:",
        on_click=_set_shown,
        args=(total,),
        disabled=shown.get(lesson.id, 0) >= total,
    )
    st.button("Replay", icon=":material/replay:", on_click=_set_shown, args=(0,))

playing = shown.get(lesson.id, 0) < total


@st.fragment(run_every=PACES[pace] if playing else None)
def _play() -> None:
    # Each run (the timer's, or a full rerun) shows one more line until all are shown.
    count = min(st.session_state[ui.DEMO_SHOWN].get(lesson.id, 0) + 1, total)
    _set_shown(count)
    for line in lesson.demo[:count]:
        bot = line.speaker == "bot"
        with st.chat_message(
            "assistant" if bot else "user",
            avatar=":material/school:" if bot else ":material/person:",
        ):
            st.markdown(ui.escape_markdown(line.text))
            if show_gloss:
                st.caption(f"_{ui.escape_markdown(line.gloss)}_")
            if bot:
                listen(line.text)
    st.progress(count / total, text=f"Line {count} of {total}")
    if count >= total and playing:
        st.rerun(scope="app")


_play()

if not playing:
    st.success("That's the whole conversation. Your turn!", icon=":material/thumb_up:")
    if st.button("Start this lesson", type="primary", icon=":material/chat:"):
        ui.go(ui.CHAT, lesson.id)
