"""The chat page's building blocks: bubbles for each kind of turn, one streamed turn, the finale."""

import streamlit as st

from langbot.app.listen import listen
from langbot.app.state import (
    CELEBRATE,
    CHAT,
    CHAT_INPUT,
    GLOSS,
    LOBBY,
    REJECTED,
    escape_markdown,
    escaped,
    go,
    next_lesson,
    render_summary,
    summarize,
)
from langbot.conversation import Conversation, Turn
from langbot.errors import InputRejected
from langbot.lessons import Lesson
from langbot.storage import ProgressStore
from langbot.tutor import Tutor

SPOKEN = ("line", "followup", "redirect")
BOT_AVATAR, LEARNER_AVATAR = ":material/school:", ":material/person:"


def render_bot_turn(turn: Turn, show_gloss: bool) -> None:
    """One bot message, styled by its kind: hints, notes and reveals look different."""
    text = escape_markdown(turn.text)
    if turn.kind == "cue":
        st.info(f"**Hint:** {text}", icon=":material/lightbulb:")
    elif turn.kind == "reveal":
        st.warning(text, icon=":material/visibility:")
    elif turn.kind == "note":
        st.caption(f":material/edit_note: Note: {text}")
    elif turn.kind == "done":
        st.success(text, icon=":material/celebration:")
    elif turn.kind == "notice":
        st.caption(text)
    else:
        st.markdown(text)
    if show_gloss and turn.gloss:
        st.caption(f"_{escape_markdown(turn.gloss)}_")
    if turn.kind in SPOKEN:
        listen(turn.text)


def render_learner_turn(text: str) -> None:
    """The learner's own words: plain text, never Markdown or HTML."""
    st.text(text)


def render_transcript(conv: Conversation, show_gloss: bool) -> None:
    """Replay the conversation, grouping consecutive bot lines into one bubble."""
    groups: list[list[Turn]] = []
    for turn in conv.transcript:
        if groups and groups[-1][0].role == turn.role == "bot":
            groups[-1].append(turn)
        else:
            groups.append([turn])
    for group in groups:
        if group[0].role == "learner":
            with st.chat_message("user", avatar=LEARNER_AVATAR):
                render_learner_turn(group[0].text)
        else:
            with st.chat_message("assistant", avatar=BOT_AVATAR):
                for turn in group:
                    render_bot_turn(turn, show_gloss)


def show_rejection() -> None:
    """After refused input: say why, echo the text and put it back in the box."""
    rejected = st.session_state.pop(REJECTED, None)
    if not rejected:
        return
    message, text = rejected
    st.warning(message, icon=":material/info:")
    if text.strip():
        st.caption("Your text (kept, so you can fix it):")
        st.text(text)
        # Allowed because the chat input has not been drawn yet in this run.
        st.session_state[CHAT_INPUT] = text


def take_turn(
    tutor: Tutor,
    progress: ProgressStore,
    learner: str,
    lesson: Lesson,
    conv: Conversation,
    text: str,
) -> Conversation:
    """Run one learner turn: stream the reply, save the new state, celebrate a finish."""
    try:
        stream = tutor.stream(conv, text)
    except InputRejected as e:
        st.session_state[REJECTED] = (str(e), text)
        st.rerun()
    with st.chat_message("user", avatar=LEARNER_AVATAR):
        render_learner_turn(text)
    with st.chat_message("assistant", avatar=BOT_AVATAR):
        slot = st.empty()
        with slot:
            st.write_stream(escaped(stream))
        outcome = stream.outcome
        with slot.container():
            for turn in outcome.messages:
                render_bot_turn(turn, show_gloss=bool(st.session_state.get(GLOSS)))
    new = outcome.conversation
    progress.save(learner, new)
    if new.completed:
        progress.record_completion(learner, lesson.id, summarize(lesson, new))
        st.session_state[CELEBRATE] = lesson.id
        st.balloons()
    return new


def _end_celebration() -> None:
    st.session_state.pop(CELEBRATE, None)


@st.dialog("¡Enhorabuena!", width="medium", on_dismiss=_end_celebration)
def celebrate(lessons: dict[str, Lesson], lesson: Lesson, conv: Conversation) -> None:
    """The completion dialog: the summary and the way on to the next lesson."""
    st.markdown(f"### :material/trophy: You finished «{escape_markdown(lesson.title)}»")
    render_summary(summarize(lesson, conv), words_open=False)
    following = next_lesson(lessons, lesson.id)
    if following is not None:
        label = f"Next lesson: {following.title}"
        if st.button(label, type="primary", icon=":material/arrow_forward:", key="lb_next_dialog"):
            _end_celebration()
            go(CHAT, following.id)
    elif st.button("Back to the lessons", type="primary", key="lb_lobby_dialog"):
        _end_celebration()
        go(LOBBY)


def render_finale(lessons: dict[str, Lesson], lesson: Lesson, conv: Conversation) -> None:
    """Below a finished lesson: the summary on the page, and the dialog once per completion."""
    st.subheader(":material/emoji_events: Lesson complete")
    render_summary(summarize(lesson, conv))
    following = next_lesson(lessons, lesson.id)
    if following is not None:
        label = f"Next lesson: {following.title}"
        if st.button(label, type="primary", icon=":material/arrow_forward:"):
            go(CHAT, following.id)
    if st.session_state.get(CELEBRATE) == lesson.id:
        celebrate(lessons, lesson, conv)
