"""Model backends for the LLM judge: SageMaker TGI (generate or messages) and OpenAI-compatible."""

from typing import Any

from langchain_core.runnables import Runnable

from langbot.config import Settings
from langbot.prompts import TutorPrompts


def check_backend(settings: Settings) -> None:
    """Raise ConfigError, saying what to set, if the configured backend cannot start."""
    if settings.backend == "sagemaker":
        from langbot.backends.sagemaker import check_settings
    elif settings.backend == "openai":
        from langbot.backends.openai import check_settings
    else:
        return
    check_settings(settings)


def build_model(
    settings: Settings, prompts: TutorPrompts, schema: dict | None, client: Any = None
) -> Runnable:
    """The chain's model step for the configured backend (client: an injected boto3 client)."""
    if settings.backend == "sagemaker":
        from langbot.backends.sagemaker import build_sagemaker_model

        return build_sagemaker_model(settings, prompts.chat_template, schema, client)
    from langbot.backends.openai import build_openai_model

    return build_openai_model(settings)
