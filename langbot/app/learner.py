"""The anonymous learner id: from the link, this session or this browser's cookie, else new.

The browser keeps the id in a first-party cookie, so a plain visit continues where the
learner was. Streamlit hands the server the cookies sent with the page's connection
(`st.context.cookies`), so reading needs no component and no extra rerun; writing is one line
of JavaScript. `?learner=` in the link wins, so a shared link continues in another browser.
"""

import json

import streamlit as st

from langbot.storage import is_learner_id, new_learner_id

COOKIE = "langbot_learner"
MAX_AGE = 400 * 24 * 3600  # the longest a browser keeps a cookie (Chrome caps at 400 days)
LEARNER_PARAM = "learner"

# Session-state keys
LEARNER = "lb_learner"
REMEMBERED = "lb_remembered"
ASK_AFRESH = "lb_ask_afresh"


def resolve_learner(from_url: object, in_session: object, from_cookie: object) -> str:
    """The id to use: the link's, else this session's, else the browser's, else a new one.

    Each source is validated; a malformed one is ignored, never an error.
    """
    for candidate in (from_url, in_session, from_cookie):
        if is_learner_id(candidate):
            return candidate
    return new_learner_id()


def cookie_script(learner: str) -> str:
    """The script that stores the id in this browser (the id is validated, and JSON-encoded)."""
    if not is_learner_id(learner):
        raise ValueError("not a learner id")
    value = json.dumps(learner)
    return (
        "<script>(function(){var s=location.protocol==='https:'?';Secure':'';"
        f"document.cookie='{COOKIE}='+{value}+';Max-Age={MAX_AGE};Path=/;SameSite=Lax'+s;"
        "})();</script>"
    )


def learner_id() -> str:
    """This browser's learner id, kept in `?learner=` and in the browser's cookie."""
    learner = resolve_learner(
        st.query_params.get(LEARNER_PARAM),
        st.session_state.get(LEARNER),
        st.context.cookies.get(COOKIE),
    )
    st.session_state[LEARNER] = learner
    if st.query_params.get(LEARNER_PARAM) != learner:
        st.query_params[LEARNER_PARAM] = learner
    return learner


def remember(learner: str) -> None:
    """Write the id to the browser's cookie unless the browser already has it."""
    if learner in (st.context.cookies.get(COOKIE), st.session_state.get(REMEMBERED)):
        return
    with st.container(key="lb-cookie"):  # hidden by the style sheet; its script still runs
        st.html(cookie_script(learner), unsafe_allow_javascript=True)
    st.session_state[REMEMBERED] = learner


def start_afresh() -> None:
    """Forget this browser's progress: a new id, in the link and in the cookie."""
    fresh = new_learner_id()
    st.session_state[LEARNER] = fresh
    st.session_state.pop(REMEMBERED, None)
    st.query_params[LEARNER_PARAM] = fresh


def _end_asking() -> None:
    st.session_state.pop(ASK_AFRESH, None)


def _ask() -> None:
    st.session_state[ASK_AFRESH] = True


@st.dialog("Start afresh?", on_dismiss=_end_asking)
def _confirm_start_afresh() -> None:
    """Ask before forgetting: the old progress stays with the old link only."""
    st.markdown(
        "This browser will forget your progress and every lesson will show as new. "
        "Your old progress is not deleted: a link you saved with your old id still opens it."
    )
    yes, no = st.columns(2)
    if yes.button("Start afresh", type="primary", key="lb_afresh_yes", width="stretch"):
        _end_asking()
        start_afresh()
        st.rerun()
    if no.button("Keep my progress", key="lb_afresh_no", width="stretch"):
        _end_asking()
        st.rerun()


def render_start_afresh() -> None:
    """A quiet button that opens the confirmation (kept open until answered)."""
    st.button(
        "Start afresh…",
        key="lb_afresh",
        type="tertiary",
        icon=":material/restart_alt:",
        on_click=_ask,
    )
    if st.session_state.get(ASK_AFRESH):
        _confirm_start_afresh()
