"""Navigation: the pages' paths, the chosen lesson, and switching page with the learner's link."""

import streamlit as st

from langbot.app.keys import LESSON, LESSON_PARAM
from langbot.app.learner import LEARNER_PARAM, learner_id
from langbot.lessons import Lesson

# Pages, relative to streamlit_app.py
HOME, LOBBY, DEMO, CHAT = (
    f"langbot/app/pages/{name}.py" for name in ("home", "lobby", "demo", "chat")
)
REVIEW, PROGRESS = (f"langbot/app/pages/{name}.py" for name in ("review", "progress"))
PAGES = (HOME, LOBBY, DEMO, CHAT, REVIEW, PROGRESS)


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


def next_lesson(lessons: dict[str, Lesson], lesson_id: str) -> Lesson | None:
    """The lesson after this one in the course order, or None after the last."""
    ids = list(lessons)
    position = ids.index(lesson_id) + 1 if lesson_id in ids else len(ids)
    return lessons[ids[position]] if position < len(ids) else None
