"""Shared UI for the Streamlit pages: cached resources, the learner id, navigation and widgets.

Pages only render and call into here and the core. Session-state keys live in this
module, and so do the two things built once per process: the tutor and the store.
"""

import gc
import logging
import re
from collections.abc import Iterable, Iterator
from typing import Any, NoReturn

import streamlit as st

from langbot.app import listen, markup, phone
from langbot.app.learner import (
    LEARNER,
    LEARNER_PARAM,
    SWITCHED,
    ask_about_link,
    learner_id,
    remember,
    render_switch_back,
)
from langbot.config import Settings, load_settings
from langbot.conversation import MAX_ATTEMPTS, Conversation
from langbot.errors import LangbotError, SaveConflict, StorageError
from langbot.lessons import Lesson
from langbot.practice import summarize  # noqa: F401 - re-exported for the pages
from langbot.service import WarmUp, build_app_tutor
from langbot.storage import ProgressStore, open_store
from langbot.tutor import Tutor

log = logging.getLogger(__name__)

# Pages, relative to streamlit_app.py
HOME, LOBBY, DEMO, CHAT = (
    f"langbot/app/pages/{name}.py" for name in ("home", "lobby", "demo", "chat")
)
REVIEW, PROGRESS = (f"langbot/app/pages/{name}.py" for name in ("review", "progress"))

# Session-state keys
LESSON = "lb_lesson"
GLOSS = "lb_gloss"
CHAT_INPUT = "lb_chat_input"
REJECTED = "lb_rejected"
SHOWN_STEP = "lb_shown_step"  # (lesson id, step) this tab last showed: the step an answer is for
CELEBRATE = "lb_celebrate"
DEMO_SHOWN = "lb_demo_shown"
DEMO_GLOSS = "lb_demo_gloss"
DEMO_PACE = "lb_demo_pace"
DEMO_HOLD = "lb_demo_hold"
UNDO = "lb_undo_state"
NO_VOICE = "lb_no_voice"
REVIEW_RUN = "lb_review_run"  # this tab's review session: its queue, place and results
REVIEW_INPUT = "lb_review_input"

# Query parameters
LESSON_PARAM = "lesson"
__all__ = ["LEARNER", "LEARNER_PARAM", "learner_id"]  # re-exported for the pages

# Markdown's specials, plus what autolinks (`/ @`) and entities (`&`) need.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:=^&@/%])")
_INDENT = re.compile(r"^[ \t]+", re.M)

_CSS = (
    """<style>
/* Keep the chat header (title, status line, menu) in view while scrolling. */
[data-testid="stLayoutWrapper"]:has(> .st-key-lb-header){position:sticky;top:3.75rem;z-index:50;
  background:#fff;border-bottom:1px solid rgba(49,51,63,.12);padding:.25rem 0 .35rem}
.st-key-lb-header h1{padding:.25rem 0 0;font-size:2rem}
.st-key-lb-cookie{display:none}
.stMainBlockContainer{padding-top:4.5rem}
/* The demo's conversation box fills the screen below its controls, leaving room for the button. */
:root{--lb-demo-h:clamp(240px, calc(100vh - 470px), 560px)}
.st-key-lb-demo,[data-testid="stLayoutWrapper"]:has(> .st-key-lb-demo){height:var(--lb-demo-h) !important;
  max-height:var(--lb-demo-h) !important}
.lb-status{display:flex;flex-wrap:wrap;align-items:center;gap:.15rem .6rem;font-size:.95rem;
  white-space:nowrap}
.lb-status .lb-bar{flex:1 0 100%;height:4px;border-radius:2px;background:rgba(49,51,63,.12);
  order:2}
.lb-status .lb-bar>div{height:100%;border-radius:2px;background:#c8102e}
.lb-try{color:#004280}
/* Phones: the header is the title in one short line, then one line of status, English, menu. */
@media (max-width: 640px){
  [data-testid="stLayoutWrapper"]:has(> .st-key-lb-header){top:3.5rem;padding:0 0 .2rem}
  .st-key-lb-header h1{font-size:1.1rem !important;padding:0;line-height:1.4;white-space:nowrap;
    overflow:hidden;text-overflow:ellipsis}
  h1{font-size:1.75rem !important}
  :root{--lb-demo-h:clamp(220px, calc(100vh - 590px), 560px)}
  .lb-status{font-size:.85rem}
}
"""
    + markup.CSS
    + listen.CSS
    + phone.CSS
    + "</style>"
)


# Keyed on the settings as JSON, so changed settings (or a test's own store path) get their own.
@st.cache_resource(show_spinner="Loading the lessons…")
def _cached_tutor(settings_json: str) -> tuple[Tutor, WarmUp]:
    return build_app_tutor(Settings.model_validate_json(settings_json))


@st.cache_resource(show_spinner=False)
def _cached_store(settings_json: str) -> tuple[ProgressStore, str | None]:
    return open_store(Settings.model_validate_json(settings_json))


def _settings() -> Settings:
    try:
        return load_settings()
    except LangbotError as e:
        show_error(e)


def tutor() -> Tutor:
    """The process-wide tutor (lessons + judge); a configuration problem stops the page."""
    try:
        tutor, warm = _cached_tutor(_tutor_key())
        if warm.error is not None:  # a model answer its own step rejects: found in the background
            raise warm.error
        return tutor
    except LangbotError as e:
        show_error(e)


def _tutor_key(settings: Settings | None = None) -> str:
    # The store settings do not change the tutor: leave them out of its cache key.
    settings = settings or _settings()
    return settings.model_dump_json(exclude={"store", "store_path", "dynamodb_table"})


def start_warm_up() -> None:
    """After the page is drawn: check the lessons and warm the grader in the background."""
    try:
        _cached_tutor(_tutor_key())[1].start()
    except LangbotError:
        pass  # the page that needs the tutor says what is wrong


def preload() -> None:
    """At server start-up, before any request: build the tutor and the store, and warm up."""
    import streamlit.emojis  # noqa: F401 - a 0.1 s table the first page's icons would load
    import streamlit.material_icon_names  # noqa: F401 - another, for the :material/…: icons

    from langbot.app import chat  # noqa: F401 - the chat page's own module
    from langbot.llm import breaker, health  # noqa: F401 - the sidebar's

    try:
        settings = load_settings()
        _, warm = _cached_tutor(_tutor_key(settings))
        _cached_store(settings.model_dump_json())
    except LangbotError as e:
        log.error("%s", e)  # the server still starts: the pages say what is wrong
        return
    warm.start(wait=True)
    # Streamlit collects garbage after every script run (runner.postScriptGC). A full
    # collection walks every tracked object, and the lessons, vocabulary and grader make
    # that about 100 ms a run; they live as long as the process, so take them out of it
    # (after one last collection, so no start-up garbage is frozen with them).
    gc.collect()
    gc.freeze()


def store() -> ProgressStore:
    """The process-wide progress store (an in-memory one if the configured one is unusable)."""
    return _cached_store(_settings().model_dump_json())[0]


def store_notice() -> None:
    """A calm notice while progress is kept in memory; drawn after the page's reads and saves,
    so it shows what they found. It never names a file or table (those go to the log)."""
    progress, warning = _cached_store(_settings().model_dump_json())
    warning = warning or getattr(progress, "warning", None)
    if warning:
        st.info(escape_markdown(warning), icon=":material/cloud_off:")


def show_error(error: LangbotError, advice: str = "") -> NoReturn:
    """Show a LangbotError's message (plus advice) as the page's error, and stop the page."""
    stored = isinstance(error, StorageError | SaveConflict)
    text = escape_markdown(f"{error} {advice}".strip())
    st.error(text, icon=":material/cloud_off:" if stored else ":material/error:")
    st.stop()


def storage_failed(error: LangbotError) -> None:
    """The page's words when progress cannot be read at all; the error itself is logged."""
    log.error("progress cannot be read: %s", error)
    st.warning(
        "Your progress cannot be read just now. Nothing is lost: try again in a moment.",
        icon=":material/cloud_off:",
    )


def render_sidebar() -> None:
    """The sidebar: which backend answers turns, and whether it is reachable (checked once)."""
    from langbot.llm.breaker import breaker_open
    from langbot.llm.health import describe_backend

    with st.sidebar:
        phone.install_drawer()
        st.caption(describe_backend(_settings()))
        if breaker_open(_settings().backend):
            st.warning("Simple mode: the built-in engine answers while the model recovers.")


def start_page() -> str:
    """Common set-up for every page: the style sheet and the learner id (kept in the browser,
    after asking first when a link's id differs from this browser's own)."""
    st.html(_CSS)
    learner = learner_id()
    if ask_about_link(learner):  # a link's id, not yet confirmed: nothing of its progress shows
        st.stop()
    remember(learner)
    if st.session_state.get(SWITCHED):
        render_switch_back(learner, where="top")
    return learner


def chosen_lesson(lessons: dict[str, Lesson]) -> Lesson | None:
    """The lesson named in `?lesson=` (or chosen earlier in this session), if any."""
    wanted = st.query_params.get(LESSON_PARAM) or st.session_state.get(LESSON)
    lesson = lessons.get(wanted) if isinstance(wanted, str) else None
    if lesson is None:
        return None
    st.session_state[LESSON] = lesson.id
    if st.query_params.get(LESSON_PARAM) != lesson.id:
        st.query_params[LESSON_PARAM] = lesson.id
    return lesson


def go(page: str, lesson_id: str | None = None) -> None:
    """Switch page, keeping the learner id (and the lesson) in the URL."""
    params = {LEARNER_PARAM: learner_id()}
    if lesson_id:
        params[LESSON_PARAM] = lesson_id
        st.session_state[LESSON] = lesson_id
    st.switch_page(page, query_params=params)


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown and directive characters so text shows exactly as written."""
    # Leading spaces become no-break spaces, so an indented line never turns into code.
    text = _INDENT.sub(lambda m: "\u00a0" * len(m.group().expandtabs(4)), text)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


def escaped(chunks: Iterable[str]) -> Iterator[str]:
    """Escape a stream of text chunks for `st.write_stream`, chunk by chunk."""
    for chunk in chunks:
        yield escape_markdown(chunk)


def next_lesson(lessons: dict[str, Lesson], lesson_id: str) -> Lesson | None:
    """The lesson after this one in the course order, or None after the last."""
    ids = list(lessons)
    position = ids.index(lesson_id) + 1 if lesson_id in ids else len(ids)
    return lessons[ids[position]] if position < len(ids) else None


def is_fresh(conv: Conversation | None) -> bool:
    """Whether a conversation has not been answered yet."""
    return conv is None or not any(turn.role == "learner" for turn in conv.transcript)


def lesson_status(lesson: Lesson, conv: Conversation | None, done_before: bool) -> tuple[str, str]:
    """A short status label and a badge colour for a lesson card."""
    if conv is not None and conv.completed:
        return "Completed", "green"
    if not is_fresh(conv):
        return f"In progress · step {conv.step} of {len(lesson.steps)}", "blue"
    return ("Completed" if done_before else "New"), ("green" if done_before else "gray")


def progress_fraction(lesson: Lesson, conv: Conversation) -> float:
    """How far through the lesson the learner is, 0.0 to 1.0."""
    if conv.completed:
        return 1.0
    return (conv.step - 1) / len(lesson.steps)


def attempt_label(conv: Conversation) -> str:
    """The attempt indicator for the current step, e.g. "Try 2/3 ●●○"."""
    if conv.completed:
        return "All steps done"
    dots = "●" * conv.attempt + "○" * (MAX_ATTEMPTS - conv.attempt)
    return f"Try {conv.attempt}/{MAX_ATTEMPTS} {dots}"


def status_html(lesson: Lesson, conv: Conversation) -> str:
    """The chat's one-line status: a thin progress bar, "Step k of n" and the tries."""
    steps = len(lesson.steps)
    step = steps if conv.completed else conv.step
    percent = round(progress_fraction(lesson, conv) * 100)
    return (
        '<div class="lb-status">'
        f'<div class="lb-bar" role="progressbar" aria-label="Lesson progress" aria-valuemin="0" '
        f'aria-valuemax="100" aria-valuenow="{percent}"><div style="width:{percent}%"></div></div>'
        f'<span class="lb-step">Step {step} of {steps}</span>'
        f'<span class="lb-try">{markup.plain(attempt_label(conv))}</span></div>'
    )


def render_summary(summary: dict[str, Any], *, words_open: bool = True) -> None:
    """Show a completion summary: scores, the vocabulary and the learner's own mistakes."""
    right, cues, revealed = st.columns(3)
    right.metric("Right first time", f"{summary['first_try']} of {summary['steps']}")
    cues.metric("Cues used", summary["cues_used"])
    revealed.metric("Answers revealed", summary["revealed"])
    with st.expander("Words from this lesson", expanded=words_open, icon=":material/menu_book:"):
        genders = {"m": " (el)", "f": " (la)", "mf": " (el/la)"}
        lines = [
            f"- **{escape_markdown(v['word'])}**{genders.get(v['gender'] or '', '')}"
            f" — {escape_markdown(v['gloss'])}"
            for v in summary["vocabulary"]
        ]
        st.markdown("\n".join(lines))
    with st.expander("Your mistakes and their corrections", expanded=True, icon=":material/edit:"):
        if not summary["mistakes"]:
            st.markdown("None at all. ¡Perfecto!")
        for m in summary["mistakes"]:
            # The learner's own words: plain text, never Markdown.
            st.text(f"Step {m['step']}: you wrote “{m['text']}” → {m['correction']}")
