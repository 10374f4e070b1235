"""Demo: plays a lesson's example conversation one line at a time, then offers to start it."""

import streamlit as st

from langbot.app import keys, markup, nav, resources, widgets
from langbot.app.listen import install as install_listen
from langbot.app.listen import listen_html

PACES = {"Slow": 2.5, "Normal": 1.5, "Fast": 0.7}
HEIGHT = 420  # the conversation scrolls inside this box (the style sheet fits it to the screen)

widgets.start_page()
install_listen()
tutor = resources.tutor()
lesson = nav.chosen_lesson(tutor.lessons)

if lesson is None:
    st.title("Watch a demo", anchor=False)
    st.markdown("Choose a lesson to see an example conversation before you try it yourself.")
    for choice in tutor.lessons.values():
        if st.button(
            f"{choice.title} · {choice.title_en}",
            key=f"lb_demo_pick_{choice.id}",
            icon=":material/play_circle:",
        ):
            nav.go(nav.DEMO, choice.id)
    st.stop()

shown = st.session_state.setdefault(keys.DEMO_SHOWN, {})
total = len(lesson.demo)


def _set_shown(count: int) -> None:
    st.session_state[keys.DEMO_SHOWN][lesson.id] = count


def _hold() -> None:
    # A widget's rerun also runs the player: it must not count as the timer's next line.
    st.session_state[keys.DEMO_HOLD] = True


st.title(f"Demo: {lesson.title}", anchor=False)
with st.container(horizontal=True, vertical_alignment="center", gap="small"):
    st.badge("Example", icon=":material/info:", color="orange")
    st.caption(
        f"{widgets.escape_markdown(lesson.title_en)} · an example of how this conversation can go; "
        "your lesson answers what you say."
    )
with st.container(horizontal=True, vertical_alignment="bottom", gap="medium"):
    pace = (
        st.segmented_control(
            "Pace", list(PACES), default="Normal", key=keys.DEMO_PACE, on_change=_hold
        )
        or "Normal"
    )
    show_gloss = st.toggle("Show English", key=keys.DEMO_GLOSS, on_change=_hold)
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
    # Each timer run (or a plain rerun) shows one more line; a widget's rerun (_hold) does not.
    count = st.session_state[keys.DEMO_SHOWN].get(lesson.id, 0)
    if not st.session_state.pop(keys.DEMO_HOLD, False) or count == 0:
        count = min(count + 1, total)
    _set_shown(count)
    st.progress(count / total, text=f"Line {count} of {total}")
    with st.container(height=HEIGHT, autoscroll=True, key="lb-demo"):
        for line in lesson.demo[:count]:
            bot = line.speaker == "bot"
            with st.chat_message(
                "assistant" if bot else "user",
                avatar=":material/school:" if bot else ":material/person:",
            ):
                button = listen_html(line.text) if bot else ""
                st.html(markup.line_html(line.text, line.gloss, show_gloss) + button)
    if count >= total and playing:
        st.rerun(scope="app")


_play()

if not playing:
    with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
        if st.button("Start this lesson", type="primary", icon=":material/chat:"):
            nav.go(nav.CHAT, lesson.id)
        st.markdown("That's the whole conversation. Your turn!")
