"""Chat-template control tokens in learner text: every special token of the model families
we support, read from their tokenizers (data/control_tokens.yaml, made by
scripts/generate_control_tokens.py), is taken out of what the learner wrote before it reaches
a prompt, so the model never receives one.

A token is found in any case and with spaces, format characters, `_` or `-` added or dropped
inside it ("[ tool calls ]", "<thi\u200bnk>"): a tokenizer would not read those as the token,
but a model reads them much as it reads the token. Bracketed text that is no token ("[sic]",
"<3", "<b>") is left as it is.
"""

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from langbot.datafiles import load_model
from langbot.errors import PromptFileError

DATA_FILE = Path(__file__).resolve().parent / "data" / "control_tokens.yaml"
MAX_TOKEN_CHARS = 80
# Where a control token may be: text in angle or square brackets (no bracket inside, so an
# inner token is found and taken out first).
_CANDIDATE = re.compile(rf"<[^<>]{{1,{MAX_TOKEN_CHARS}}}>|\[[^\[\]]{{1,{MAX_TOKEN_CHARS}}}\]")
_IGNORED = re.compile(r"[\s_\-]+")
# Any <|name|>: the shape every family's own control tokens share, a model's unknown to us too.
_PIPE_TOKEN = re.compile(r"<\|[^<>|]{1,64}\|>")


class TokenFamily(BaseModel):
    """One model family's special tokens, where they were read from and under what licence."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str = Field(min_length=1)
    licence: str = Field(min_length=1)
    tokens: list[str] = Field(min_length=1)

    @field_validator("tokens")
    @classmethod
    def _bracketed(cls, tokens: list[str]) -> list[str]:
        for token in tokens:
            if not _CANDIDATE.fullmatch(token):
                raise ValueError(
                    f"{token!r} is not in <angle> or [square] brackets (at most "
                    f"{MAX_TOKEN_CHARS} characters inside), so it could not be found in text"
                )
        return tokens


class ControlTokenFile(BaseModel):
    """The whole control_tokens.yaml: model family -> its tokens."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    families: dict[str, TokenFamily] = Field(min_length=1)


def load_control_tokens(path: Path = DATA_FILE) -> ControlTokenFile:
    """Read and validate the control-token file; PromptFileError names the file and field."""
    return load_model(path, ControlTokenFile, PromptFileError)


def token_key(text: str) -> str:
    """How a token or a candidate is compared: NFKC, case-folded, without format characters,
    whitespace, `_` or `-`."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return _IGNORED.sub("", text).casefold()


@lru_cache(maxsize=1)
def _keys() -> frozenset[str]:
    tokens = load_control_tokens()
    return frozenset(token_key(t) for family in tokens.families.values() for t in family.tokens)


def _replace(match: re.Match[str]) -> str:
    key = token_key(match.group())
    if key in _keys() or _PIPE_TOKEN.fullmatch(key):
        return " "
    return match.group()


def neutralise(text: str) -> str:
    """Learner-controlled text with chat-template control tokens removed (to a fixed point)."""
    text = unicodedata.normalize("NFKC", text)
    while True:
        cleaned = _CANDIDATE.sub(_replace, text)
        if cleaned == text:
            return text
        text = cleaned


__all__ = ["ControlTokenFile", "TokenFamily", "load_control_tokens", "neutralise", "token_key"]
