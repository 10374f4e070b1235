"""The review pages' building blocks: the due-today banner, the downloads, the end summary."""

import html
import logging
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, tzinfo
from functools import partial

import streamlit as st

from langbot.app.keys import BACKFILLED
from langbot.app.nav import LOBBY, PROGRESS, REVIEW, go
from langbot.app.widgets import escape_markdown
from langbot.errors import StorageError
from langbot.review.days import zone_named
from langbot.review.items import ReviewItem
from langbot.review.progress import LessonScore
from langbot.review.queue import due_count
from langbot.review.reviewer import Reviewer
from langbot.review.scheduling import system_clock
from langbot.storage import ProgressStore
from langbot.tutor import Tutor

log = logging.getLogger(__name__)

OUTCOME_WORDS = {
    "first_try": "Right first time",
    "after_cue": "Right after a cue",
    "revealed": "Answer shown",
}
SKIPPED = "{n} saved review item(s) could not be read and were skipped; the rest are here."
BARS = {"mistakes": "#c8102e", "fixed since": "#2e7d32"}  # the mistakes chart's bars, in order


def browser_timezone() -> str | None:
    """The IANA time zone the browser reports (AppTest has no browser: None)."""
    return st.context.timezone


def learner_zone() -> tzinfo:
    """The learner's own time zone, for their days (due today, days in a row); else UTC."""
    return zone_named(browser_timezone()) or UTC


def backfill_once(tutor: Tutor, progress: ProgressStore, learner: str) -> None:
    """Once a session: items for the misses of lessons the learner finished before reviews
    existed (made only where none is; a failed store tries again on the next run)."""
    if st.session_state.get(BACKFILLED) == learner:
        return
    try:
        made = Reviewer(tutor, progress).backfill(learner)
    except StorageError as e:
        log.warning("could not make review items for earlier lessons: %s", e)
        return
    if made:
        log.info("made %d review item(s) from lessons finished before reviews", made)
    st.session_state[BACKFILLED] = learner


def render_due_today(progress: ProgressStore, learner: str, key: str, tutor: Tutor) -> None:
    """A line saying how many reviews are due today, with the way to them (none if none);
    lessons finished before reviews existed are counted in first."""
    backfill_once(tutor, progress, learner)
    try:
        count = due_count(progress.reviews(learner).items, system_clock(), learner_zone())
    except StorageError:
        return  # the page's own reads say what is wrong
    if not count:
        return
    with st.container(horizontal=True, vertical_alignment="center", key=f"lb-due-{key}"):
        word = "review" if count == 1 else "reviews"
        st.markdown(f":material/replay: **{count} {word} due today**: your own mistakes, back.")
        if st.button("Review now", icon=":material/arrow_forward:", key=f"lb_review_{key}"):
            go(REVIEW)


_FIGURES_CSS = (
    "<style>.lb-figures{display:flex;flex-wrap:wrap;gap:1rem 2rem;margin:0;padding:0}"
    ".lb-figures div{flex:1 1 8rem}.lb-figures dt{font-size:.875rem}"
    ".lb-figures dd{margin:0;font-size:2.25rem;line-height:1.3}</style>"
)


def render_figures(figures: dict[str, int]) -> None:
    """The page's headline figures, each a label over its number. Plain HTML, not st.metric:
    a metric is one more script for a new visitor's browser to fetch before it shows."""
    cells = "".join(f"<div><dt>{html.escape(k)}</dt><dd>{v}</dd></div>" for k, v in figures.items())
    st.html(f'{_FIGURES_CSS}<dl class="lb-figures">{cells}</dl>')


_CHART_CSS = (
    "<style>.lb-kinds{display:grid;grid-template-columns:minmax(6rem,max-content) 1fr;"
    "gap:.35rem .75rem;align-items:center;font-size:.95rem}"
    ".lb-kinds .lb-bars{display:grid;gap:2px}"
    ".lb-kinds .lb-bar{display:flex;align-items:center;gap:.4rem;font-size:.8rem}"
    ".lb-kinds .lb-bar>span:first-child{height:.8rem;border-radius:2px;min-width:2px}"
    ".lb-key{display:flex;gap:1rem;font-size:.8rem;margin-top:.5rem}"
    ".lb-key span::before{content:'';display:inline-block;width:.7rem;height:.7rem;"
    "border-radius:2px;margin-right:.3rem;background:var(--c)}</style>"
)


def mistakes_chart(kinds: dict[str, tuple[int, int]]) -> str:
    """The mistakes chart as HTML: per kind, a bar for the missed steps and one for those
    fixed since, each with its number. Plain HTML, not st.bar_chart: the Vega chart costs a
    new visitor's browser a 0.8 MB script before the page settles, and altair and pandas
    50-250 ms a page run, for a few bars."""
    most = max((made for made, _ in kinds.values()), default=1) or 1
    rows = []
    for kind, counts in kinds.items():
        bars = "".join(
            f'<div class="lb-bar"><span style="width:calc({100 * count / most:.0f}% - 2.5rem);'
            f'background:{colour}"></span><span aria-label="{bar}: {count}">{count}</span></div>'
            for (bar, colour), count in zip(BARS.items(), counts, strict=True)
        )
        rows.append(f"<div>{html.escape(kind)}</div><div class=lb-bars>{bars}</div>")
    key = "".join(f'<span style="--c:{colour}">{bar}</span>' for bar, colour in BARS.items())
    return (
        f'{_CHART_CSS}<div class="lb-kinds" role="figure" aria-label="Your mistakes by kind">'
        f'{"".join(rows)}</div><div class="lb-key">{key}</div>'
    )


def scores_table(scores: Iterable[LessonScore], titles: dict[str, str]) -> str:
    """Right first time per lesson as a Markdown table (titles escaped: they are data)."""
    lines = ["| Lesson | Right first time | Answered | Share |", "|---|---:|---:|---:|"]
    for s in scores:
        title = escape_markdown(titles.get(s.lesson_id, s.lesson_id))
        share = round(100 * s.right_first / s.answered)
        lines.append(f"| {title} | {s.right_first} | {s.answered} | {share}% |")
    return "\n".join(lines)


def render_downloads(items: list[ReviewItem], learner: str, now: float, tz: tzinfo = UTC) -> None:
    """ "Download as Anki deck" and "Download as CSV" for all of the learner's items."""
    if not items:
        st.caption("Nothing to export yet: the steps you miss in lessons are saved here.")
        return
    from langbot.review.export import to_apkg, to_csv  # genanki: only where downloads are offered

    with st.container(horizontal=True, gap="small"):
        st.download_button(
            "Download as Anki deck",
            data=partial(to_apkg, items, learner, now),  # built when clicked, not on each run
            file_name="langbot-review.apkg",
            mime="application/octet-stream",
            icon=":material/download:",
            key="lb_download_apkg",
            on_click="ignore",
        )
        st.download_button(
            "Download as CSV",
            data=partial(to_csv, items, tz),
            file_name="langbot-review.csv",
            mime="text/csv",
            icon=":material/table:",
            key="lb_download_csv",
            on_click="ignore",
        )


def render_earlier(item: ReviewItem) -> None:
    """After the learner answers: what they wrote last time, and its correction (plain text)."""
    st.caption("Last time")
    st.text(f"You wrote: {item.wrote}\nCorrection: {item.correction}")


def render_end(results: list[str], next_text: str) -> None:
    """The end of a review session: a short celebration and what happened."""
    st.subheader(":material/celebration: ¡Muy bien! Reviews done", anchor=False)
    counts = Counter(results)
    columns = st.columns(3)
    for column, (outcome, label) in zip(columns, OUTCOME_WORDS.items(), strict=True):
        column.metric(label, counts[outcome])
    st.markdown(escape_markdown(next_text))
    with st.container(horizontal=True, gap="small"):
        if st.button("See your progress", icon=":material/insights:", key="lb_to_progress"):
            go(PROGRESS)
        if st.button("Back to the lessons", icon=":material/grid_view:", key="lb_to_lobby"):
            go(LOBBY)
