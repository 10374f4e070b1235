"""The backend registry: known names only, each backend built through one protocol."""

import io

import pytest

from langbot import cli, registry
from langbot.config import Settings, load_settings
from langbot.errors import (
    BadRequest,
    ConfigError,
    EvalSetError,
    ExportRequestError,
    InputRejected,
    StorageError,
    UnknownLessonError,
    UnknownStepError,
    UsageError,
)
from langbot.llm import health
from langbot.wiring import build_judge


class EchoBackend:
    """A backend registered from outside the package, as a plugin would be."""

    name = "echo"
    settings = ("model_id",)

    def label(self, settings: Settings) -> str:
        return f"Echo ({settings.model_id})"

    def check_settings(self, settings: Settings) -> None:
        raise ConfigError("LANGBOT_BACKEND=echo needs: nothing real.", field="LANGBOT_BACKEND")

    def build_model(self, settings, schema, client=None, streaming=True):
        raise AssertionError("check_settings refuses first")

    def build_probe(self, settings, client=None):
        raise AssertionError("check_settings refuses first")

    def check_health(self, settings: Settings, timeout: float) -> tuple[bool, str]:
        return False, "echo is a test"


ECHO = EchoBackend()


@pytest.fixture
def echo(monkeypatch):
    monkeypatch.setattr(registry, "_REGISTRY", {**registry._REGISTRY})
    monkeypatch.setattr(registry, "_EXTRAS", {**registry._EXTRAS})
    monkeypatch.setattr(registry, "_loaded", {})
    monkeypatch.setattr(health, "_cache", {})
    registry.register("echo", f"{__name__}:ECHO")


@pytest.mark.parametrize("name", ["bedrock", "OpenAI", "sagemaker-tgi"])
def test_an_unknown_backend_is_refused_at_start_up_with_the_known_names(name) -> None:
    with pytest.raises(ConfigError) as e:
        load_settings({"LANGBOT_BACKEND": name}, None)
    assert "LANGBOT_BACKEND" in str(e.value) and repr(name) in str(e.value)
    assert "use one of: builtin, sagemaker, openai" in str(e.value)


def test_an_unknown_backend_stops_the_cli_with_status_1(monkeypatch, capsys) -> None:
    monkeypatch.setenv("LANGBOT_BACKEND", "bedrock")
    assert cli.main(["--version"], out=io.StringIO()) == 1
    assert "use one of: builtin, sagemaker, openai" in capsys.readouterr().err


def test_every_registered_backend_speaks_the_protocol() -> None:
    for name in registry.backend_names():
        backend = registry.get_backend(name)
        assert backend.name == name
        assert set(backend.settings) <= set(Settings.model_fields)
        assert backend.label(Settings())


def test_a_registered_backend_is_accepted_built_and_described(echo) -> None:
    settings = load_settings({"LANGBOT_BACKEND": "echo"}, None)
    with pytest.raises(ConfigError, match="echo needs: nothing real"):
        build_judge(settings)
    line = health.describe_backend(settings)
    assert line.startswith("Backend: Echo (") and "not reachable" in line
    assert "echo is a test" in line


def test_a_backend_whose_client_is_not_installed_says_what_to_install(echo, capsys) -> None:
    registry.register("echo", f"{__name__}:ECHO", ("langbot_echo_client",), "pip install echo")
    settings = load_settings({"LANGBOT_BACKEND": "echo"}, None)
    with pytest.raises(ConfigError) as e:
        build_judge(settings)
    assert "LANGBOT_BACKEND=echo needs langbot_echo_client" in str(e.value)
    assert "run `pip install echo`" in str(e.value) and e.value.field == "LANGBOT_BACKEND"


# --- each boundary maps an error once: the CLI by exit status ----------------------------
@pytest.mark.parametrize(
    ("error", "status"),
    [
        (UnknownLessonError("no such lesson"), 2),
        (UnknownStepError("no such step"), 2),
        (InputRejected("empty"), 2),
        (UsageError("cannot open x"), 2),
        (ConfigError("set LANGBOT_X", field="LANGBOT_X"), 1),
        (StorageError("disk full"), 1),
        (EvalSetError("bad.yaml: row 2"), 1),
    ],
)
def test_cli_exit_status_follows_the_error(error, status) -> None:
    assert cli.exit_code(error) == status


@pytest.mark.parametrize(
    ("error", "field"),
    [
        (UnknownLessonError("x"), "conversationId"),
        (UnknownStepError("x"), "stepNumber"),
        (InputRejected("x"), "text"),
        (BadRequest("x", "attemptNumber"), "attemptNumber"),
        (ExportRequestError("x", "format"), "format"),
    ],
)
def test_api_names_the_request_field_of_each_error(error, field) -> None:
    from langbot.api import request_field

    assert request_field(error) == field
