"""Wiring: builds the tutor (lessons + the configured judge) for the app, the CLI and the API."""

import logging
import threading
from pathlib import Path
from typing import Any

from langbot.config import Settings, load_settings
from langbot.errors import LessonFileError, LexiconError
from langbot.grading import BuiltinJudge, check_lessons, check_slot_kinds, warm_up
from langbot.lessons import load_lessons
from langbot.registry import get_backend
from langbot.tutor import Judge, Tutor, use_default_judge

log = logging.getLogger(__name__)

use_default_judge(BuiltinJudge)  # what a bare Tutor(lessons) uses, and answers in simple mode


def build_judge(settings: Settings, client: Any = None, streaming: bool = True) -> Judge:
    """The judge the settings ask for; the built-in engine by default.

    A model backend is checked here, at start-up: ConfigError says what to set, and
    PromptFileError names the prompt file and the variable.
    """
    if settings.backend == "builtin":
        return BuiltinJudge()
    from langbot.llm.breaker import CircuitBreaker
    from langbot.llm.chain import OUTPUT_SCHEMA, LLMJudge, build_chain
    from langbot.llm.prompts import load_prompts

    backend = get_backend(settings.backend)
    backend.check_settings(settings)
    prompts = load_prompts(settings.prompts_dir)
    model = backend.build_model(settings, OUTPUT_SCHEMA, client, streaming)
    breaker = CircuitBreaker(
        settings.backend,
        backend.build_probe(settings, client),
        settings.breaker_threshold,
        settings.breaker_cooldown,
    )
    return LLMJudge(
        settings.backend,
        build_chain(prompts, model),
        settings.fast_path,
        streaming,
        breaker,
        settings.verdict_deadline,
        settings.reply_deadline,
    )


def build_tutor(
    settings: Settings | None = None, streaming: bool = True, *, check_answers: bool = True
) -> Tutor:
    """Load and check the lessons and pick the judge; the grader warms in the background."""
    settings = settings or load_settings()
    lessons = load_lessons(settings.lessons_dir)
    if check_answers:
        check_lessons(lessons, settings.lessons_dir)
    else:  # `langbot eval` reports refused model answers and scores them instead
        check_slot_kinds(lessons, settings.lessons_dir)
    tutor = Tutor(lessons, build_judge(settings, streaming=streaming), BuiltinJudge())
    WarmUp(lessons, settings.lessons_dir, check=False).start()
    return tutor


class WarmUp:
    """The grader's warm-up off the request path, and optionally the model-answer check.

    The web app runs the check here, after its first page is drawn, rather than before it:
    it grades every step's model answer, which compiles the patterns anyway and takes
    seconds of CPU, and the first visitor after a start-up would otherwise wait for it
    (a thread started earlier still slows the page through the GIL). `error` holds what
    it found.
    """

    def __init__(
        self, lessons: dict, directory: Path | None, *, check: bool, leak_forms: bool = False
    ) -> None:
        self.lessons, self.directory, self.check = lessons, directory, check
        self.leak_forms = leak_forms  # a model backend: its leak guard's answer forms too
        self.error: LessonFileError | LexiconError | None = None
        self._started = False
        self._lock = threading.Lock()

    def start(self, *, wait: bool = False) -> "WarmUp":
        """Run once however often it is called: here if `wait`, else in a daemon thread."""
        with self._lock:
            if self._started:
                return self
            self._started = True
        if wait:
            self.run()
        else:
            threading.Thread(target=self.run, name="langbot-warm-up", daemon=True).start()
        return self

    def run(self) -> None:
        """Check the model answers (if asked), then compile every step's patterns."""
        try:
            if self.check:
                check_lessons(self.lessons, self.directory)
            warm_up(self.lessons)
            if self.leak_forms:
                from langbot.llm.answer_forms import warm_up_forms

                warm_up_forms(self.lessons)
        except (LessonFileError, LexiconError) as e:  # a malformed data file stops the app
            log.error("%s", e)
            self.error = e


def build_app_tutor(settings: Settings) -> tuple[Tutor, WarmUp]:
    """The web app's tutor: lessons and judge now; the check and warm-up, not yet started."""
    lessons = load_lessons(settings.lessons_dir)
    warm = WarmUp(
        lessons, settings.lessons_dir, check=True, leak_forms=settings.backend != "builtin"
    )
    return Tutor(lessons, build_judge(settings), BuiltinJudge()), warm
