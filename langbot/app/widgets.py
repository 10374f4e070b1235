"""Widgets the pages share: the style sheet and page set-up, errors and notices, Markdown
escaping, the chat's status line and the completion summary."""

import logging
import re
from collections.abc import Iterable, Iterator
from typing import Any, NoReturn

import streamlit as st

from langbot.app import listen, markup, phone
from langbot.app.keys import SWITCHED
from langbot.app.learner import ask_about_link, learner_id, remember, render_switch_back
from langbot.conversation import MAX_ATTEMPTS, Conversation
from langbot.errors import LangbotError, SaveConflict, StorageError
from langbot.lessons import Lesson

log = logging.getLogger(__name__)

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


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown and directive characters so text shows exactly as written."""
    # Leading spaces become no-break spaces, so an indented line never turns into code.
    text = _INDENT.sub(lambda m: "\u00a0" * len(m.group().expandtabs(4)), text)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


def escaped(chunks: Iterable[str]) -> Iterator[str]:
    """Escape a stream of text chunks for `st.write_stream`, chunk by chunk."""
    for chunk in chunks:
        yield escape_markdown(chunk)


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
