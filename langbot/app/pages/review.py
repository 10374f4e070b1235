"""Review: the learner's due items one by one, each the original step with the lesson's tutor."""

import streamlit as st

from langbot.app import chat as ui_chat
from langbot.app import keys, nav, resources, review_ui, widgets
from langbot.conversation import Conversation
from langbot.errors import InputRejected, SaveConflict, StorageError
from langbot.review import session
from langbot.review.items import ReviewItem
from langbot.review.queue import describe_next, due_queue, next_due
from langbot.review.reviewer import Reviewer

learner = widgets.start_page()
tutor = resources.tutor()
progress = resources.store()
reviewer = Reviewer(tutor, progress, tz=review_ui.learner_zone())
review_ui.backfill_once(tutor, progress, learner)
notice = st.empty()  # filled last: the store's notice after this run's reads and saves


def _stop() -> None:
    """End the run, with the store's notice (answers kept in memory while it fails)."""
    with notice:
        resources.store_notice()
    st.stop()


run = st.session_state.get(keys.REVIEW_RUN)
if run is None or run["learner"] != learner:
    try:
        found = reviewer.reviews(learner)
    except StorageError as e:
        widgets.show_error(e, "Your reviews are kept: try again in a moment.")
    queue = due_queue(found.items, reviewer.clock(), reviewer.tz)
    run = {"learner": learner, "items": [i.model_dump_json() for i in queue], "index": 0}
    run.update(conv=None, outcome=None, results=[], skipped=found.skipped)
    st.session_state[keys.REVIEW_RUN] = run


def _stored_items() -> list[ReviewItem]:
    """All of the learner's items (for "when is the next one" and the downloads)."""
    try:
        return reviewer.reviews(learner).items
    except StorageError as e:
        widgets.show_error(e, "Your reviews are kept: try again in a moment.")


st.title("Review", anchor=False)
if run["skipped"]:
    st.warning(review_ui.SKIPPED.format(n=run["skipped"]), icon=":material/warning:")
total = len(run["items"])
if not total:
    del st.session_state[keys.REVIEW_RUN]  # the next visit looks again
    stored, now = _stored_items(), reviewer.clock()
    st.markdown(describe_next(next_due(stored, now, reviewer.tz), now, reviewer.tz))
    if st.button("Back to the lessons", icon=":material/grid_view:", key="lb_review_lobby"):
        nav.go(nav.LOBBY)
    review_ui.render_downloads(stored, learner, now, reviewer.tz)
    _stop()
if run["index"] >= total:
    stored, now = _stored_items(), reviewer.clock()
    next_text = describe_next(next_due(stored, now, reviewer.tz), now, reviewer.tz)
    review_ui.render_end(run["results"], next_text)
    if st.button("Check for more", icon=":material/refresh:", key="lb_review_again"):
        del st.session_state[keys.REVIEW_RUN]
        st.rerun()
    review_ui.render_downloads(stored, learner, now, reviewer.tz)
    _stop()

item = ReviewItem.model_validate_json(run["items"][run["index"]])
conv = Conversation.model_validate_json(run["conv"]) if run["conv"] else session.ask(tutor, item)
lesson = tutor.lesson(item.lesson_id)
header = st.empty()  # drawn last, as on the chat page: the bot's line reaches the screen
# before the header's widgets, each a script a new visitor's browser must load first
ui_chat.render_transcript(conv, bool(st.session_state.get(keys.GLOSS, False)))


def _draw_header_and_stop() -> None:
    """The item's header (where it stands, the English toggle), then the end of the run."""
    with header.container():
        st.progress(run["index"] / total, text=f"Review {run['index'] + 1} of {total}")
        st.caption(f"{widgets.escape_markdown(lesson.title)} · step {item.step}")
        st.toggle("English", key=keys.GLOSS)
    _stop()


def _next() -> None:
    run["index"] += 1
    run["conv"] = run["outcome"] = None


if run["outcome"]:
    review_ui.render_earlier(item)
    st.success(review_ui.OUTCOME_WORDS[run["outcome"]], icon=":material/check:")
    label = "Next review" if run["index"] + 1 < total else "Finish"
    st.button(label, type="primary", icon=":material/arrow_forward:", on_click=_next)
    _draw_header_and_stop()

answer = st.chat_input("Answer in Spanish…", key=keys.REVIEW_INPUT)
if answer is not None:
    try:
        turn = session.answer(tutor, item, conv, answer)
    except InputRejected as e:
        st.warning(widgets.escape_markdown(str(e)), icon=":material/info:")
        _draw_header_and_stop()
    if turn.finished:
        try:
            reviewer.finish(learner, item, turn)
        except (StorageError, SaveConflict) as e:
            widgets.show_error(e, "Answer again in a moment.")
        run["results"].append(turn.outcome)
        if len(run["results"]) == total:
            st.balloons()
    run["conv"], run["outcome"] = turn.conversation.model_dump_json(), turn.outcome
    st.rerun()
_draw_header_and_stop()
