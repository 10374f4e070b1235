"""Prompt files: pydantic models for `prompts/*.yaml` and the loader that builds LangChain prompts.

All the wording the model sees lives in the YAML files; this module only checks them and
assembles them into one `ChatPromptTemplate` per attempt number.
"""

import string
from dataclasses import dataclass
from pathlib import Path

from langchain_core.prompts import ChatPromptTemplate
from pydantic import BaseModel, ConfigDict, Field

from langbot.datafiles import load_model
from langbot.errors import PromptFileError

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "prompts"
PROMPT_FILE = "tutor.yaml"

VARIABLES = frozenset(
    {
        "lesson_title",
        "step_number",
        "step_count",
        "bot_line",
        "bot_gloss",
        "goal",
        "model_answer",
        "cue_general",
        "cue_specific",
        "attempt",
        "facts",
        "attempts_so_far",
        "recent_turns",
        "learner_text",
    }
)
_REQUIRED = {"turn": {"learner_text"}, "reveal": {"model_answer"}}
# The fixed head of every prompt: no variables, so TGI's prefix cache can reuse it.
FIXED_FIELDS = ("persona", "judging", "off_topic", "output_format")
_FORBIDDEN = {"cue_style.attempt_1": {"model_answer"}, "cue_style.attempt_2": {"model_answer"}}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CueStyle(_Strict):
    """How the model words a hint on a wrong answer, for tries 1 and 2."""

    attempt_1: str = Field(min_length=1)
    attempt_2: str = Field(min_length=1)


class PromptFile(_Strict):
    """Everything the tutor prompt says, as ML teammates edit it."""

    persona: str = Field(min_length=1)
    judging: str = Field(min_length=1)
    cue_style: CueStyle
    reveal: str = Field(min_length=1)
    off_topic: str = Field(min_length=1)
    output_format: str = Field(min_length=1)
    step: str = Field(min_length=1)
    turn: str = Field(min_length=1)


@dataclass(frozen=True)
class TutorPrompts:
    """The loaded prompt file: one chat prompt per attempt."""

    source: Path
    by_attempt: dict[int, ChatPromptTemplate]

    def for_attempt(self, attempt: int) -> ChatPromptTemplate:
        """The chat prompt for try 1, 2 or 3."""
        return self.by_attempt[min(max(attempt, 1), 3)]


def template_variables(text: str) -> set[str]:
    """The {variables} an f-string template uses; ValueError if the braces are malformed."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _fields(prompt: PromptFile) -> dict[str, str]:
    return {
        "persona": prompt.persona,
        "judging": prompt.judging,
        "cue_style.attempt_1": prompt.cue_style.attempt_1,
        "cue_style.attempt_2": prompt.cue_style.attempt_2,
        "reveal": prompt.reveal,
        "off_topic": prompt.off_topic,
        "output_format": prompt.output_format,
        "step": prompt.step,
        "turn": prompt.turn,
    }


def check_variables(path: Path, prompt: PromptFile) -> None:
    """Raise PromptFileError naming the file, field and variable of any variable problem."""
    for name, text in _fields(prompt).items():
        try:
            used = template_variables(text)
        except ValueError as e:
            raise PromptFileError(
                f"{path}: field '{name}': malformed braces ({e}); "
                "write a literal brace as {{ or }}"
            ) from e
        for var in sorted(used - VARIABLES):
            raise PromptFileError(
                f"{path}: field '{name}': unknown variable {{{var}}}; "
                f"known variables: {', '.join(sorted(VARIABLES))}"
            )
        if name in FIXED_FIELDS and used:
            raise PromptFileError(
                f"{path}: field '{name}': must not use {{{sorted(used)[0]}}}; it is part of the "
                "fixed head of the prompt (TGI's prefix cache): move per-step text to 'step'"
            )
        for var in sorted(_REQUIRED.get(name, set()) - used):
            raise PromptFileError(f"{path}: field '{name}': missing variable {{{var}}}")
        for var in sorted(_FORBIDDEN.get(name, set()) & used):
            raise PromptFileError(
                f"{path}: field '{name}': must not use {{{var}}} (it would give the answer away)"
            )


def build_prompts(path: Path, prompt: PromptFile) -> TutorPrompts:
    """Assemble the three per-attempt chat prompts from a checked prompt file."""
    check_variables(path, prompt)
    guidance = {1: prompt.cue_style.attempt_1, 2: prompt.cue_style.attempt_2, 3: prompt.reveal}
    by_attempt = {}
    for attempt, guide in guidance.items():
        system = "\n".join(
            part.strip() + "\n"
            for part in (  # the fixed head first, then what changes per step and attempt
                prompt.persona,
                prompt.judging,
                prompt.off_topic,
                prompt.output_format,
                prompt.step,
                guide,
            )
        )
        by_attempt[attempt] = ChatPromptTemplate.from_messages(
            [("system", system), ("human", prompt.turn.strip())]
        )
    return TutorPrompts(path, by_attempt)


def load_prompt_file(path: Path) -> TutorPrompts:
    """Read, validate and assemble one prompt file; PromptFileError names the file and field."""
    return build_prompts(path, load_model(path, PromptFile, PromptFileError, mapping_of="prompt"))


def load_prompts(directory: Path | str | None = None) -> TutorPrompts:
    """Load the tutor prompt from a prompts folder (default: the repository's prompts/)."""
    directory = Path(directory) if directory is not None else PROMPTS_DIR
    return load_prompt_file(directory / PROMPT_FILE)
