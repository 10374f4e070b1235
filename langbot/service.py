"""Wiring: builds the tutor (lessons + the configured judge) for the app, the CLI and the API."""

import threading
from typing import Any

from langbot.config import Settings, load_settings
from langbot.grading import BuiltinJudge, check_lessons, warm_up
from langbot.lessons import load_lessons
from langbot.tutor import Judge, Tutor


def build_judge(settings: Settings, client: Any = None, streaming: bool = True) -> Judge:
    """The judge the settings ask for; the built-in engine by default.

    A model backend is checked here, at start-up: ConfigError says what to set, and
    PromptFileError names the prompt file and the variable.
    """
    if settings.backend == "builtin":
        return BuiltinJudge()
    from langbot.llm.backends import build_model, build_probe, check_backend
    from langbot.llm.breaker import CircuitBreaker
    from langbot.llm.chain import OUTPUT_SCHEMA, LLMJudge, build_chain
    from langbot.llm.prompts import load_prompts

    check_backend(settings)
    prompts = load_prompts(settings.prompts_dir)
    model = build_model(settings, OUTPUT_SCHEMA, client, streaming)
    breaker = CircuitBreaker(
        settings.backend,
        build_probe(settings, client),
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


def build_tutor(settings: Settings | None = None, streaming: bool = True) -> Tutor:
    """Load the lessons and pick the judge, once per process; the grader warms in the background."""
    settings = settings or load_settings()
    lessons = load_lessons(settings.lessons_dir)
    check_lessons(lessons, settings.lessons_dir)
    tutor = Tutor(lessons, build_judge(settings, streaming=streaming))
    # Warm the grader off the request path: the page shows the bot's first line meanwhile.
    threading.Thread(target=_warm, args=(lessons,), name="langbot-warm-up", daemon=True).start()
    return tutor


def _warm(lessons: dict) -> None:
    warm_up(lessons)  # compiles every step's patterns now rather than on a learner's turn
