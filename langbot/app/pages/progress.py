"""Progress: right first time per lesson, mistakes by kind (and fixed since), days in a row."""

import streamlit as st

from langbot.app import resources, review_ui, widgets
from langbot.errors import StorageError
from langbot.practice import Practice
from langbot.review import progress as figures
from langbot.review.queue import due_queue
from langbot.review.reviewer import Reviewer

learner = widgets.start_page()
tutor = resources.tutor()
store = resources.store()
reviewer = Reviewer(tutor, store, tz=review_ui.learner_zone())
review_ui.backfill_once(tutor, store, learner)
try:
    completions = store.completions(learner)
    statuses = Practice(tutor, store).statuses(learner)
    found = store.reviews(learner)
except StorageError as e:
    widgets.show_error(e, "Your progress is kept: try again in a moment.")
now = reviewer.clock()

st.title("Your progress", anchor=False)
if found.skipped:
    st.warning(review_ui.SKIPPED.format(n=found.skipped), icon=":material/warning:")
days = figures.practice_days(completions, found.items, reviewer.tz)
review_ui.render_figures(
    {
        "Days in a row": figures.streak(days, now, reviewer.tz),
        "Reviews due today": len(due_queue(found.items, now, reviewer.tz)),
        "Steps to review": len(found.items),
    }
)

st.subheader("Right first time, per lesson", anchor=False)
scores = figures.lesson_scores(completions, statuses)
if not scores:
    st.markdown("Start a lesson and your scores show here.")
else:
    # a Markdown table: no table script for a new visitor's browser to load (st.table's is)
    titles = {
        s.lesson_id: tutor.lessons[s.lesson_id].title
        for s in scores.values()
        if s.lesson_id in tutor.lessons
    }
    st.markdown(review_ui.scores_table(scores.values(), titles))

st.subheader("Your mistakes by kind", anchor=False)
kinds = figures.mistakes_by_kind(found.items)
if not kinds:
    st.markdown("No mistakes saved yet. ¡Perfecto!")
else:
    st.html(review_ui.mistakes_chart(kinds))
    st.caption("Fixed since: the step's latest review was right at the first try.")

st.subheader("Export", anchor=False)
review_ui.render_downloads(found.items, learner, now, reviewer.tz)
