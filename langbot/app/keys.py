"""Every st.session_state key the app uses, and the query parameters of its links.

One module, so two parts of the app never pick the same key by chance, and a reader sees all
the state a session keeps in one place.
"""

# Query parameters
LEARNER_PARAM = "learner"
LESSON_PARAM = "lesson"

# The chat
LESSON = "lb_lesson"
GLOSS = "lb_gloss"
CHAT_INPUT = "lb_chat_input"
REJECTED = "lb_rejected"
SHOWN_STEP = "lb_shown_step"  # (lesson id, step) this tab last showed: the step an answer is for
CELEBRATE = "lb_celebrate"
UNDO = "lb_undo_state"
ASK_RESTART = "lb_ask_restart"
SCROLL_END = "lb_scroll_end"  # a request to scroll to the page's end after this run

# The demo
DEMO_SHOWN = "lb_demo_shown"
DEMO_GLOSS = "lb_demo_gloss"
DEMO_PACE = "lb_demo_pace"
DEMO_HOLD = "lb_demo_hold"

# The review
REVIEW_RUN = "lb_review_run"  # this tab's review session: its queue, place and results
REVIEW_INPUT = "lb_review_input"
BACKFILLED = "lb_backfilled"  # the learner whose old finished lessons this session made items for

# The learner id (langbot.app.learner)
LEARNER = "lb_learner"
REMEMBERED = "lb_remembered"  # (id, previous id) this session last wrote to the cookies
ASK_AFRESH = "lb_ask_afresh"
ASKED = "lb_link_asked"  # a link's id waiting for "Continue as this learner?"
PREVIOUS = "lb_previous"  # the id to switch back to (None: nothing to switch back to)
SWITCHED = "lb_switched"  # this session continued as a link's learner
