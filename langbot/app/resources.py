"""What is built once per process, through st.cache_resource: the tutor and the store.

Also the server's start-up (`preload`), the background warm-up and the sidebar's backend line,
which read the same settings.
"""

import gc
import logging
from collections.abc import Iterable
from pathlib import Path

import streamlit as st

from langbot.app import phone
from langbot.app.widgets import escape_markdown, show_error
from langbot.config import Settings, load_settings
from langbot.errors import LangbotError
from langbot.storage import ProgressStore, open_store
from langbot.tutor import Tutor
from langbot.wiring import WarmUp, build_app_tutor

log = logging.getLogger(__name__)


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


def preload(scripts: Iterable[Path] = ()) -> None:
    """At server start-up, before any request: build the tutor and the store, and warm up
    (compiling `scripts`, the entry point and its pages, as the server will run them)."""
    import streamlit.emojis  # noqa: F401 - a 0.1 s table the first page's icons would load
    import streamlit.material_icon_names  # noqa: F401 - another, for the :material/…: icons

    from langbot.app import chat, review_ui  # noqa: F401 - the pages' own modules
    from langbot.llm import breaker, health  # noqa: F401 - the sidebar's
    from langbot.registry import get_backend
    from langbot.review import progress, reviewer, session  # noqa: F401 - and the review pages'

    _warm_first_run(scripts)
    try:
        settings = load_settings()
        _, warm = _cached_tutor(_tutor_key(settings))
        _cached_store(settings.model_dump_json())
        get_backend(settings.backend)  # imports its module, which the sidebar's line reads
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


def _warm_first_run(scripts: Iterable[Path]) -> None:
    """What Streamlit's first script run in a process pays once, paid at start-up instead."""
    import streamlit.runtime.scriptrunner.magic_funcs  # noqa: F401 - every compiled page imports it
    from streamlit import delta_generator
    from streamlit.runtime import Runtime

    from langbot.app.routes import PAGE_PATHS, page_html

    # The first element a process draws checks once whether Streamlit runs in a REPL, with
    # inspect.stack(), which resolves the path of every loaded module: 0.3 s with ours loaded.
    delta_generator._maybe_print_use_warning()
    for page in PAGE_PATHS:  # the index page each address serves, read and built once
        page_html(page)
    # The server keeps each script's compiled code (with Streamlit's "magic") until its last
    # session leaves; compile them now rather than on the first visit.
    cache = getattr(Runtime.instance(), "_script_cache", None) if Runtime.exists() else None
    for script in scripts if cache is not None else ():
        cache.get_bytecode(str(script))


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


def render_sidebar() -> None:
    """The sidebar: which backend answers turns, and whether it is reachable (checked once)."""
    from langbot.llm.breaker import breaker_open
    from langbot.llm.health import describe_backend

    with st.sidebar:
        phone.install_drawer()
        st.caption(describe_backend(_settings()))
        if breaker_open(_settings().backend):
            st.warning("Simple mode: the built-in engine answers while the model recovers.")
