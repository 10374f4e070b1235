"""Chat templates for TGI's generate format, chosen by model family (prompts/chat_templates/).

The Messages API is the default: TGI applies the model's own template. The generate format
sends one prompt string, so we render the template ourselves; ours carry no BOS token,
because TGI's tokenizer adds it (a second BOS costs quality).
"""

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from langbot.config import DEFAULT_MODEL_ID
from langbot.datafiles import load_model
from langbot.errors import ConfigError, PromptFileError
from langbot.llm.prompts import PROMPTS_DIR

TEMPLATES_DIR = PROMPTS_DIR / "chat_templates"
__all__ = ["DEFAULT_MODEL_ID", "ChatTemplate", "load_chat_templates", "template_for"]


class ChatTemplate(BaseModel):
    """One model family's chat template: how (role, text) messages become one string."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    families: list[str] = Field(min_length=1)
    system: str = Field(pattern=r"\{content\}")
    user: str = Field(pattern=r"\{content\}")
    assistant: str = Field(pattern=r"\{content\}")
    generation_prompt: str
    stop: list[str] = Field(default_factory=list, max_length=4)

    def render(self, messages: list[tuple[str, str]]) -> str:
        """Turn (role, text) messages into one prompt string ending with the generation prompt."""
        parts = []
        for role, text in messages:
            shape = {"system": self.system, "human": self.user, "user": self.user}.get(
                role, self.assistant
            )
            parts.append(shape.replace("{content}", text))
        parts.append(self.generation_prompt)
        return "".join(parts)


def load_chat_templates(directory: Path | None = None) -> dict[str, ChatTemplate]:
    """Every chat template in a folder, by file name; PromptFileError names a bad file."""
    directory = directory or TEMPLATES_DIR
    templates = {}
    for path in sorted(directory.glob("*.yaml")):
        templates[path.stem] = load_model(path, ChatTemplate, PromptFileError)
    return templates


def template_for(model_id: str, directory: Path | None = None) -> ChatTemplate:
    """The chat template for a model id (e.g. meta-llama/Llama-3.1-8B-Instruct), by family."""
    name = model_id.lower()
    templates = load_chat_templates(directory)
    for template in templates.values():
        if any(family in name for family in template.families):
            return template
    raise ConfigError(
        f"No chat template for model {model_id!r} in {directory or TEMPLATES_DIR} (known "
        f"families: {', '.join(f for t in templates.values() for f in t.families)}). Set "
        "LANGBOT_SAGEMAKER_FORMAT=messages so TGI applies the model's own template."
    )
