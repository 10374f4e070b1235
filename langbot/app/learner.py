"""The anonymous learner id: from the link, this session or this browser's cookie, else new.

The browser keeps the id in a first-party cookie, so a plain visit continues where the
learner was. Streamlit hands the server the cookies sent with the page's connection
(`st.context.cookies`), so reading needs no component and no extra rerun; writing is one line
of JavaScript. `?learner=` in the link continues in another browser, but a link whose id
differs from this browser's own asks first ("Continue as this learner?"): nothing of the
link's progress is shown, and the cookie does not move, until the learner says yes. The id
the browser had before is kept in a second cookie, so the learner can switch back.
"""

import json
from collections.abc import Mapping

import streamlit as st

from langbot.app.keys import (
    ASK_AFRESH,
    ASKED,
    LEARNER,
    LEARNER_PARAM,
    PREVIOUS,
    REMEMBERED,
    SWITCHED,
)
from langbot.storage import is_learner_id, new_learner_id

COOKIE = "langbot_learner"
PREVIOUS_COOKIE = "langbot_previous"  # this browser's own id before it continued as a link's
MAX_AGE = 400 * 24 * 3600  # the longest a browser keeps a cookie (Chrome caps at 400 days)


def resolve_learner(
    from_url: object, in_session: object, from_cookie: object
) -> tuple[str, str | None]:
    """The id to use now, and a link's id to ask about first (or None).

    Your own id is this session's, else the browser's. A link's id is used at once only
    when there is no own id yet (a new browser) or it is the same; otherwise the own id
    stays in use until the learner confirms. A malformed id is ignored, never an error.
    """
    link = from_url if is_learner_id(from_url) else None
    own = next((c for c in (in_session, from_cookie) if is_learner_id(c)), None)
    if link is None:
        return own or new_learner_id(), None
    if own is None or own == link:
        return link, None
    return own, link


def cookie_script(learner: str, previous: str | None = None) -> str:
    """The script that stores the id (and the one to switch back to, or clears it) in this
    browser; the ids are validated and JSON-encoded."""
    if not is_learner_id(learner) or not (previous is None or is_learner_id(previous)):
        raise ValueError("not a learner id")
    tail = ";Path=/;SameSite=Lax'+s;"
    keep = (
        f"document.cookie='{PREVIOUS_COOKIE}='+{json.dumps(previous)}+';Max-Age={MAX_AGE}{tail}"
        if previous
        else f"document.cookie='{PREVIOUS_COOKIE}=;Max-Age=0{tail}"
    )
    return (
        "<script>(function(){var s=location.protocol==='https:'?';Secure':'';"
        f"document.cookie='{COOKIE}='+{json.dumps(learner)}+';Max-Age={MAX_AGE}{tail}"
        f"{keep}}})();</script>"
    )


def browser_cookies() -> Mapping[str, str]:
    """The cookies this browser sent with the page's connection (AppTest cannot send any)."""
    return st.context.cookies


def learner_id() -> str:
    """This session's learner id; while a link's id waits for confirmation, still the own one."""
    cookies = browser_cookies()
    if PREVIOUS not in st.session_state:
        previous = cookies.get(PREVIOUS_COOKIE)
        st.session_state[PREVIOUS] = previous if is_learner_id(previous) else None
    learner, asked = resolve_learner(
        st.query_params.get(LEARNER_PARAM), st.session_state.get(LEARNER), cookies.get(COOKIE)
    )
    st.session_state[LEARNER] = learner
    if asked is not None:  # the link stays in the address until the learner answers
        st.session_state[ASKED] = asked
        return learner
    st.session_state.pop(ASKED, None)
    if st.query_params.get(LEARNER_PARAM) != learner:
        st.query_params[LEARNER_PARAM] = learner
    return learner


def remember(learner: str) -> None:
    """Write the id (and the one to switch back to) to the browser unless it has them."""
    wanted = (learner, st.session_state.get(PREVIOUS))
    cookies = browser_cookies()
    has = st.session_state.get(REMEMBERED) or (cookies.get(COOKIE), cookies.get(PREVIOUS_COOKIE))
    if wanted == tuple(has):
        return
    with st.container(key="lb-cookie"):  # hidden by the style sheet; its script still runs
        st.html(cookie_script(*wanted), unsafe_allow_javascript=True)
    st.session_state[REMEMBERED] = wanted


def ask_about_link(own: str) -> bool:
    """While a link's id waits: ask, instead of the page, and say whether we asked."""
    link = st.session_state.get(ASKED)
    if link is None:
        return False
    st.title("Continue as this learner?", anchor=False)
    st.markdown(
        "This link opens someone else's saved progress, not the progress this browser "
        "keeps for you. Continue as the learner in the link, or keep your own progress? "
        "If you continue, you can switch back later."
    )
    yes, no = st.columns(2)
    if yes.button("Continue as this learner", type="primary", key="lb_link_yes", width="stretch"):
        st.session_state.update({LEARNER: link, PREVIOUS: own, SWITCHED: True})
        st.session_state.pop(ASKED, None)
        st.rerun()
    if no.button("Keep my own progress", key="lb_link_no", width="stretch"):
        st.session_state.pop(ASKED, None)
        st.query_params[LEARNER_PARAM] = own
        st.rerun()
    return True


def render_switch_back(learner: str, where: str = "home") -> None:
    """A way back to the id this browser had before it continued as a link's learner (with a
    line saying so at the top of each page in the session that switched: `where="top"`)."""
    previous = st.session_state.get(PREVIOUS)
    if not is_learner_id(previous) or previous == learner:
        return
    with st.container(horizontal=True, vertical_alignment="center", key=f"lb-switch-{where}"):
        if where == "top":
            st.caption("You are continuing as the learner in a shared link.")
        if st.button(
            "Switch back to your own progress",
            key=f"lb_switch_back_{where}",
            type="tertiary",
            icon=":material/undo:",
        ):
            st.session_state.update({LEARNER: previous, PREVIOUS: None})
            st.session_state.pop(SWITCHED, None)
            st.query_params[LEARNER_PARAM] = previous
            st.rerun()


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
