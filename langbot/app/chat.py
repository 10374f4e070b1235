"""The chat page's building blocks: bubbles for each kind of turn, one streamed turn, the finale."""

from functools import lru_cache

import streamlit as st

from langbot.app import markup
from langbot.app.keys import (
    ASK_RESTART,
    CELEBRATE,
    CHAT_INPUT,
    GLOSS,
    REJECTED,
    SHOWN_STEP,
    UNDO,
)
from langbot.app.listen import install as install_listen
from langbot.app.listen import listen_html
from langbot.app.nav import CHAT, LOBBY, go, next_lesson
from langbot.app.phone import ask_scroll_to_end, scroll_to_end_if_asked
from langbot.app.widgets import escape_markdown, render_summary
from langbot.conversation import Conversation, Turn
from langbot.errors import InputRejected
from langbot.lessons import Lesson
from langbot.practice import Practice, summarize
from langbot.storage import ProgressStore
from langbot.tutor import Tutor

BOT_AVATAR, LEARNER_AVATAR = ":material/school:", ":material/person:"


@lru_cache(maxsize=4096)
def bot_html(kind: str, text: str, gloss: str | None, show_gloss: bool) -> str:
    """A bot message's HTML, built once per content: every run redraws the whole history."""
    turn = Turn(role="bot", kind=kind, text=text, step=1, gloss=gloss)
    spoken = markup.spoken_text(turn)
    return markup.turn_html(turn, show_gloss) + (listen_html(spoken) if spoken else "")


def render_bot_turn(turn: Turn, show_gloss: bool) -> None:
    """One bot message as escaped HTML, styled by its kind, with a listen button for Spanish."""
    st.html(bot_html(turn.kind, turn.text, turn.gloss, show_gloss))


def render_learner_turn(text: str) -> None:
    """The learner's own words: plain text, never Markdown or HTML."""
    st.text(text)


def render_transcript(conv: Conversation, show_gloss: bool) -> None:
    """Replay the conversation, grouping consecutive bot lines into one bubble."""
    install_listen()
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
    st.warning(escape_markdown(message), icon=":material/info:")
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
    """Run one learner turn: stream the reply, save the new state, celebrate a finish.

    An answer for a step this tab no longer shows, or one that loses a race with another
    tab, reloads the page with a short notice and the text kept (StaleTurn): no try is used.
    """
    practice = Practice(tutor, progress)
    shown = st.session_state.get(SHOWN_STEP)
    expected = shown[1] if isinstance(shown, tuple) and shown[0] == lesson.id else None
    try:
        stream = practice.stream(conv, text, expected)
    except InputRejected as e:
        st.session_state[REJECTED] = (str(e), text)
        st.rerun()
    with st.chat_message("user", avatar=LEARNER_AVATAR):
        render_learner_turn(text)
    with st.chat_message("assistant", avatar=BOT_AVATAR):
        slot = st.empty()
        shown = ""
        try:
            for chunk in stream:
                shown += chunk
                slot.html(markup.streaming_html(shown))
        except InputRejected as e:  # the grader could not check it: no try used, text kept
            st.session_state[REJECTED] = (str(e), text)
            st.rerun()
        outcome = stream.outcome
        with slot.container():
            for turn in outcome.messages:
                render_bot_turn(turn, show_gloss=bool(st.session_state.get(GLOSS)))
    try:
        new = practice.commit(learner, outcome)
    except InputRejected as e:
        st.session_state[REJECTED] = (str(e), text)
        st.rerun()
    st.session_state.pop(UNDO, None)  # an answer after a restart keeps the restart
    if new.completed:
        st.session_state[CELEBRATE] = lesson.id
        st.balloons()
    return new


def _end_celebration() -> None:
    st.session_state.pop(CELEBRATE, None)


def _dismiss_celebration() -> None:
    _end_celebration()
    ask_scroll_to_end()  # closed, the page sits at its end, by "Next lesson"


@st.dialog("¡Enhorabuena!", width="medium", on_dismiss=_dismiss_celebration)
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
    scroll_to_end_if_asked()


def _end_asking() -> None:
    st.session_state.pop(ASK_RESTART, None)


def ask_restart() -> None:
    """Open the restart confirmation (it stays open until answered or dismissed)."""
    st.session_state[ASK_RESTART] = True


@st.dialog("Restart this lesson?", on_dismiss=_end_asking)
def _confirm_restart(
    tutor: Tutor, progress: ProgressStore, learner: str, conv: Conversation
) -> None:
    """Ask first; a restart keeps the old state so it can be undone once."""
    st.markdown("You will start again from the first line. You can undo this once.")
    yes, no = st.columns(2)
    if yes.button("Restart", type="primary", key="lb_restart_yes", width="stretch"):
        _end_asking()
        st.session_state.pop(CELEBRATE, None)
        st.session_state[UNDO] = conv.model_dump_json()
        Practice(tutor, progress).restart(learner, conv.lesson_id)
        st.rerun()
    if no.button("Keep going", key="lb_restart_no", width="stretch"):
        _end_asking()
        st.rerun()


def confirm_restart(
    tutor: Tutor, progress: ProgressStore, learner: str, conv: Conversation
) -> None:
    """Show the restart confirmation while it has been asked for."""
    if st.session_state.get(ASK_RESTART):
        _confirm_restart(tutor, progress, learner, conv)


def offer_undo(progress: ProgressStore, learner: str, lesson: Lesson) -> None:
    """After a restart, until the next answer: one chance to put the old state back."""
    saved = st.session_state.get(UNDO)
    if not saved:
        return
    before = Conversation.model_validate_json(saved)
    if before.lesson_id != lesson.id:
        st.session_state.pop(UNDO, None)
        return
    with st.container(horizontal=True, vertical_alignment="center", key="lb-undo"):
        st.caption("Lesson restarted.")
        st.button(
            "Undo restart",
            icon=":material/undo:",
            key="lb_undo",
            type="tertiary",
            on_click=_undo_restart,
            args=(progress, learner, before),
        )


def _undo_restart(progress: ProgressStore, learner: str, before: Conversation) -> None:
    # A callback runs before the page does, so that run draws the old state: no second run.
    st.session_state.pop(UNDO, None)
    progress.save(learner, before, force=True)
