"""Wiring: builds the tutor (lessons + the configured judge) for the app, the CLI and the API."""

from langbot.config import Settings, load_settings
from langbot.language import warm_up
from langbot.lessons import load_lessons
from langbot.tutor import BuiltinJudge, Judge, Tutor


def build_judge(settings: Settings) -> Judge:
    """The judge the settings ask for; the built-in engine by default."""
    if settings.backend == "builtin":
        return BuiltinJudge()
    from langbot.errors import ConfigError

    raise ConfigError(f"LANGBOT_BACKEND={settings.backend} is not available in this build.")


def build_tutor(settings: Settings | None = None) -> Tutor:
    """Load the lessons, pick the judge and warm the grader, once per process."""
    settings = settings or load_settings()
    lessons = load_lessons(settings.lessons_dir)
    tutor = Tutor(lessons, build_judge(settings))
    warm_up()
    return tutor
