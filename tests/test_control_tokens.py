"""Control tokens in learner text: every special token of every supported model family (read
from the tokenizers into langbot/llm/data/control_tokens.yaml) is taken out before a prompt
is built, in any case and with characters slipped inside; ordinary learner text is untouched."""

import importlib.util
import json
from pathlib import Path

import pytest
import quicktok
import yaml

from langbot.errors import PromptFileError
from langbot.lessons import load_lessons
from langbot.llm.backends.sagemaker import _apply_chat_template
from langbot.llm.chain import build_inputs
from langbot.llm.control_tokens import (
    DATA_FILE,
    ControlTokenFile,
    load_control_tokens,
    neutralise,
    token_key,
)
from langbot.llm.prompts import load_prompts
from langbot.llm.templates import template_for
from langbot.tutor import Conversation

REPO = Path(__file__).resolve().parent.parent
FAMILIES = load_control_tokens().families
EVERY_TOKEN = sorted({t for family in FAMILIES.values() for t in family.tokens})
LESSONS = load_lessons()
PROMPTS = load_prompts()


def _survivors(text_of) -> list[str]:
    """The tokens (any family) whose text, made by text_of(token), keeps the token's key."""
    left = []
    for token in EVERY_TOKEN:
        clean = neutralise(f"hola {text_of(token)} adiós")
        if token_key(token) in token_key(clean) or not clean.startswith("hola"):
            left.append(token)
    return left


def test_the_file_covers_every_family_our_chat_templates_support() -> None:
    assert {"llama3", "qwen", "mistral", "gemma"} <= set(FAMILIES)
    for name, family in FAMILIES.items():
        assert family.source and family.licence, name
    # the ones a probe found reaching the model
    for token in ("[TOOL_CALLS]", "[AVAILABLE_TOOLS]", "<tool_call>", "<think>", "[SYSTEM_PROMPT]"):
        assert token in EVERY_TOKEN


@pytest.mark.parametrize(
    ("variant", "text_of"),
    [
        ("as the tokenizer has it", lambda t: t),
        ("lower case", str.lower),
        ("upper case", str.upper),
        ("spaces inside the brackets", lambda t: f"{t[0]} {t[1:-1]} {t[-1]}"),
        ("a zero-width space after each character", lambda t: "\u200b".join(t)),
        ("a soft hyphen inside", lambda t: t[:2] + "\u00ad" + t[2:]),
        ("full-width brackets", lambda t: t.translate(str.maketrans("<>[]|", "＜＞［］｜"))),
        ("underscores as spaces", lambda t: t.replace("_", " ")),
        ("hidden in itself", lambda t: t[:2] + t + t[2:]),
        ("twice in a row", lambda t: t + t),
    ],
)
def test_every_token_of_every_family_is_neutralised(variant, text_of) -> None:
    assert _survivors(text_of) == [], variant


@pytest.mark.parametrize(
    "text",
    [
        "<3",
        "te quiero <3 mucho",
        "[sic]",
        "Tengo 15 años",
        "Me llamo Ana [Ana María]",
        "<b>hola</b>",
        "Soy de Madrid :) [risas]",
        "Prefiero el té > el café",
        "Vivo en [la calle] Mayor, 3 <2 B>",
        "¿Qué tal? <hola>",
        "Me gusta el [INSTituto]",  # an answer word, not [INST]
    ],
)
def test_ordinary_learner_text_is_untouched(text) -> None:
    assert neutralise(text) == text


def test_any_pipe_token_of_a_family_not_listed_is_neutralised_too() -> None:
    assert neutralise("a <|channel|>final<|message|> b") == "a  final  b"


@pytest.mark.parametrize(
    ("model_id", "encoding"),
    [("meta-llama/Llama-3.1-8B-Instruct", "llama3"), ("Qwen/Qwen2.5-7B-Instruct", "qwen3")],
)
def test_the_real_tokenizer_finds_no_special_token_from_the_learner(model_id, encoding) -> None:
    """Every family's tokens typed as an answer give the model not one more special token."""
    tokenizer = quicktok.get_encoding(encoding)

    def special_ids(text: str) -> list[int]:
        conv = Conversation(lesson_id="greetings", step=2)
        value = PROMPTS.for_attempt(1).invoke(build_inputs(LESSONS["greetings"], conv, text))
        prompt = _apply_chat_template(template_for(model_id)).invoke(value)
        return sorted(i for i in tokenizer.encode(prompt, allowed_special="all") if i >= 128000)

    attack = "Me llamo Ana " + " ".join(EVERY_TOKEN)
    assert len(attack) > 10_000  # every token, not a sample
    assert special_ids(attack) == special_ids("Me llamo Ana")


def test_the_checked_in_file_is_what_the_generator_makes_from_the_installed_tokenizers() -> None:
    pytest.importorskip("mistral_common", reason="a dev-only tokenizer package (requirements-dev)")
    spec = importlib.util.spec_from_file_location(
        "generate_control_tokens", REPO / "scripts" / "generate_control_tokens.py"
    )
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    assert generator.render(generator.generate()) == DATA_FILE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"families": {"x": {"source": "s", "licence": "l", "tokens": ["<a>"], "y": 1}}}, "y"),
        ({"families": {"x": {"source": "s", "licence": "l", "tokens": ["eot"]}}}, "brackets"),
        ({"families": {"x": {"source": "s", "licence": "l", "tokens": []}}}, "tokens"),
        ({"families": {}}, "families"),
    ],
)
def test_a_malformed_token_file_names_the_file_and_field(tmp_path, data, message) -> None:
    path = tmp_path / "control_tokens.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(PromptFileError, match=message) as caught:
        load_control_tokens(path)
    assert "control_tokens.yaml" in str(caught.value)


def test_the_file_is_valid_as_checked_in() -> None:
    data = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    assert ControlTokenFile.model_validate(data).families == FAMILIES
    assert json.dumps(data)  # plain strings only
