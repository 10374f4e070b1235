"""The SageMaker backend: TGI's contract, real boto3 over HTTP to moto, and split streams."""

import json
from pathlib import Path
from urllib.request import Request, urlopen

import jsonschema
import pytest
from fakes import (
    FakeStreamingClient,
    chat_body,
    chat_stream,
    client_error,
    cut_inside,
    generate_body,
    generate_stream,
    model_error,
    model_output,
    read_timeout,
    split_parts,
    stream_cut,
    tokens_of,
)
from fakes import sagemaker_settings as settings

from langbot.errors import (
    BackendThrottled,
    BackendTimeout,
    BackendUnresponsive,
    ConfigError,
    ModelError,
    OutputParseError,
)
from langbot.lessons import load_lessons
from langbot.llm.backends import client as aws_client
from langbot.llm.backends import tgi
from langbot.llm.backends.common import translate_client_error
from langbot.llm.parser import OUTPUT_SCHEMA
from langbot.tutor import Tutor
from langbot.wiring import build_judge

LESSONS = load_lessons()
_SHARED = Path(__file__).resolve().parents[2] / "shared" / "contracts" / "tgi-openapi.json"
_COPY = Path(__file__).resolve().parent / "contracts" / "tgi-openapi.json"
SPEC = json.loads((_SHARED if _SHARED.is_file() else _COPY).read_text(encoding="utf-8"))


def _with_nulls(node):
    """OpenAPI 3.0's `nullable: true` in JSON Schema terms (jsonschema ignores `nullable`)."""
    if isinstance(node, list):
        return [_with_nulls(n) for n in node]
    if not isinstance(node, dict):
        return node
    node = {k: _with_nulls(v) for k, v in node.items()}
    if node.pop("nullable", False):
        return {"anyOf": [node, {"type": "null"}]}
    return node


COMPONENTS = _with_nulls(SPEC["components"])
REPLY = "¡Casi! Piensa en el verbo llamarse, en español."
OUTPUT = model_output(False, REPLY, "context", ["Say your name."])


def validate(body: dict, schema: str = "SagemakerRequest") -> None:
    """Validate a body against a schema of the TGI OpenAPI spec (refs resolved in the spec)."""
    jsonschema.validate(body, {"$ref": f"#/components/schemas/{schema}", "components": COMPONENTS})


@pytest.fixture(autouse=True)
def aws_env(fake_aws, monkeypatch):
    monkeypatch.setenv("AWS_REGION", "eu-west-1")


def _turn(judge, text="Yo bien", step=2, attempt=1):
    tutor = Tutor(LESSONS, judge)
    conv = tutor.start("greetings").model_copy(update={"step": step, "attempt": attempt})
    stream = tutor.stream(conv, text)
    return list(stream), stream.outcome


# ---- the contract ------------------------------------------------------------------------


@pytest.mark.parametrize("stream", [False, True])
def test_generate_bodies_follow_the_tgi_contract(stream) -> None:
    kwargs = {
        "max_new_tokens": 200,
        "temperature": 0.3,
        "top_p": 0.9,
        "stop": ["<|eot_id|>"],
        tgi.GRAMMAR: OUTPUT_SCHEMA,
        **({tgi.STREAM: True} if stream else {}),
    }
    body = tgi.generate_body("<|start_header_id|>user<|end_header_id|>\n\nhola", kwargs)
    validate(body)
    validate(body, "CompatGenerateRequest")
    assert body["parameters"]["return_full_text"] is False
    assert body["parameters"]["grammar"] == {"type": "json", "value": OUTPUT_SCHEMA}
    assert ("stream" in body) is stream and body.get("stream", True) is True


@pytest.mark.parametrize("stream", [False, True])
def test_messages_bodies_follow_the_tgi_contract(stream) -> None:
    body = tgi.messages_body(
        [{"role": "system", "content": "S"}, {"role": "user", "content": "U"}],
        {
            "max_new_tokens": 50,
            "temperature": 0.0,
            "top_p": 1.0,
            tgi.GRAMMAR: OUTPUT_SCHEMA,
            **({tgi.STREAM: True} if stream else {}),
        },
    )
    validate(body)
    validate(body, "ChatRequest")
    # TGI's chat route is greedy only for an explicit temperature 0.0; top_p would sample.
    assert body["temperature"] == 0.0 and "top_p" not in body
    assert ("stream" in body) is stream


@pytest.mark.parametrize(
    ("temperature", "top_p", "generate", "messages"),
    [
        (0.0, 0.9, {"do_sample": False}, {"temperature": 0.0}),
        (0.0, 1.0, {"do_sample": False}, {"temperature": 0.0}),
        (0.3, 0.9, {"do_sample": True, "temperature": 0.3, "top_p": 0.9}, None),
        (0.3, 1.0, {"do_sample": True, "temperature": 0.3}, {"temperature": 0.3}),
    ],
)
def test_temperature_zero_is_greedy_in_both_formats(temperature, top_p, generate, messages):
    kwargs = {"temperature": temperature, "top_p": top_p}
    params = tgi.generate_body("x", kwargs)["parameters"]
    sampling = {k: params[k] for k in ("do_sample", "temperature", "top_p") if k in params}
    assert sampling == generate
    body = tgi.messages_body([{"role": "user", "content": "x"}], kwargs)
    sampling = {k: body[k] for k in ("temperature", "top_p") if k in body}
    assert sampling == (messages or {"temperature": 0.3, "top_p": 0.9})
    validate(tgi.generate_body("x", kwargs))
    validate(body, "ChatRequest")


def test_bodies_we_get_back_are_the_contracts_responses() -> None:
    validate(json.loads(generate_body(OUTPUT))[0], "GenerateResponse")
    validate(json.loads(chat_body(OUTPUT)), "ChatCompletion")
    for line in generate_stream(tokens_of(OUTPUT)).split(b"\n\n")[:-1]:
        validate(json.loads(line.removeprefix(b"data:")), "StreamResponse")
    for line in chat_stream(tokens_of(OUTPUT)).split(b"\n\n")[:-2]:
        validate(json.loads(line.removeprefix(b"data: ")), "ChatCompletionChunk")


EXAMPLES = [
    (int(status), response["content"]["application/json"]["example"])
    for status, response in SPEC["paths"]["/invocations"]["post"]["responses"].items()
    if status != "200"
]
EXPECTED = {422: ModelError, 424: ModelError, 429: BackendThrottled, 500: BackendTimeout}


@pytest.mark.parametrize(("status", "payload"), EXAMPLES, ids=[str(s) for s, _ in EXAMPLES])
def test_parse_error_maps_every_error_example_of_the_spec(status, payload) -> None:
    validate(payload, "ErrorResponse")
    error = tgi.parse_error(status, payload)
    assert type(error) is EXPECTED[status] and payload["error"] in str(error)
    assert type(tgi.parse_error(None, json.dumps(payload))) is EXPECTED[status]


# ---- non-streaming: real boto3 over HTTP to moto -------------------------------------------


@pytest.fixture(scope="module")
def moto_url():
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def _post(url: str, data: dict) -> None:
    urlopen(
        Request(url, json.dumps(data).encode(), {"Content-Type": "application/json"}, method="POST")
    )


@pytest.fixture
def moto(moto_url, monkeypatch):
    monkeypatch.setenv("AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME", moto_url)
    _post(f"{moto_url}/moto-api/reset", {})

    def queue(*bodies: str) -> None:
        _post(
            f"{moto_url}/moto-api/static/sagemaker/endpoint-results",
            {
                "region": "eu-west-1",
                "results": [{"Body": b, "ContentType": "application/json"} for b in bodies],
            },
        )

    return queue


def _capture(client) -> list[dict]:
    sent: list[dict] = []
    client.meta.events.register(
        "before-send.sagemaker-runtime.InvokeEndpoint",
        lambda request, **_: sent.append(
            {"url": request.url, "headers": dict(request.headers), "body": json.loads(request.body)}
        ),
    )
    return sent


@pytest.mark.integration
def test_generate_format_through_boto3_and_moto(moto, moto_url) -> None:
    moto(generate_body(OUTPUT))
    client = aws_client.make_client(settings())
    assert client.meta.endpoint_url == moto_url  # AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME honoured
    sent = _capture(client)
    chunks, outcome = _turn(
        build_judge(
            settings(sagemaker_inference_component="ic-1", sagemaker_format="generate"),
            streaming=False,
        )
    )
    assert "".join(chunks) == REPLY and outcome.source == "sagemaker"
    assert outcome.response.errors == ["Say your name."] and outcome.conversation.attempt == 2
    [request] = sent
    assert request["url"].endswith("/endpoints/tutor-tgi/invocations")
    assert request["headers"]["X-Amzn-SageMaker-Inference-Component"] == b"ic-1"
    body = request["body"]
    validate(body)
    assert "stream" not in body and body["parameters"]["return_full_text"] is False
    assert body["inputs"].startswith("<|start_header_id|>system")  # TGI adds the one BOS
    assert body["inputs"].endswith("<|start_header_id|>assistant<|end_header_id|>\n\n")
    assert body["parameters"]["grammar"]["type"] == "json"
    assert body["parameters"]["stop"] == ["<|eot_id|>"]


@pytest.mark.integration
def test_cli_grade_batch_uses_the_configured_sagemaker_backend(moto, monkeypatch) -> None:
    """`langbot grade --batch` goes through the endpoint named in the environment."""
    from io import StringIO

    from langbot import cli

    moto(generate_body(OUTPUT), generate_body(model_output(True, "¡Muy bien, Ana!", "correct", [])))
    for name, value in {
        "LANGBOT_BACKEND": "sagemaker",
        "LANGBOT_SAGEMAKER_ENDPOINT": "tutor-tgi",
        "LANGBOT_FAST_PATH": "off",
        "LANGBOT_SAGEMAKER_FORMAT": "generate",
    }.items():
        monkeypatch.setenv(name, value)
    lines = [
        {"lesson": "greetings", "step": 2, "attempt": 1, "text": t}
        for t in ("Yo bien", "Me llamo Ana")
    ]
    out = StringIO()
    code = cli.main(
        ["grade", "--batch", "-"], out=out, inp=StringIO("\n".join(json.dumps(x) for x in lines))
    )
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert code == 0
    assert first == {"correct": False, "nextStep": 2, "text": REPLY, "errors": ["Say your name."]}
    assert second["correct"] is True and second["text"].startswith("¡Muy bien, Ana!")


@pytest.mark.integration
def test_messages_format_through_boto3_and_moto(moto) -> None:
    moto(chat_body(OUTPUT))
    sent = _capture(aws_client.make_client(settings()))
    chunks, outcome = _turn(build_judge(settings(sagemaker_format="messages"), streaming=False))
    assert "".join(chunks) == REPLY and outcome.response.correct is False
    body = sent[0]["body"]
    validate(body)
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert body["response_format"]["type"] == "json" and "stream" not in body


@pytest.mark.integration
def test_client_is_created_once_with_timeouts_standard_retries_and_a_pool(moto) -> None:
    first = aws_client.make_client(settings(read_timeout=7, connect_timeout=2))
    assert aws_client.make_client(settings(read_timeout=7, connect_timeout=2)) is first
    assert first.meta.config.read_timeout == 7 and first.meta.config.connect_timeout == 2
    assert first.meta.config.retries["mode"] == "standard"
    assert first.meta.config.max_pool_connections == 50


# ---- streaming: an injected client with real PayloadPart events -----------------------------


def _stream_cases():
    data = generate_stream(tokens_of(OUTPUT))
    yield "7-byte parts", split_parts(data, 7)
    yield "1-byte parts", split_parts(data, 1)
    yield "cut inside ñ", cut_inside(data, "ñ")
    yield (
        "cut inside á",
        cut_inside(
            generate_stream(tokens_of(model_output(False, "¿Está bien? Sí.", "context"))), "á"
        ),
    )
    yield (
        "no final newline",
        split_parts(generate_stream(tokens_of(OUTPUT), final_newline=False), 5),
    )


@pytest.mark.parametrize(
    ("name", "events"), list(_stream_cases()), ids=lambda v: v if isinstance(v, str) else ""
)
def test_generate_stream_survives_any_split(name, events) -> None:
    client = FakeStreamingClient().enqueue(events)
    chunks, outcome = _turn(build_judge(settings(), client=client))
    expected = "¿Está bien? Sí." if "á" in name else REPLY
    assert "".join(chunks) == expected and outcome.messages[0].text == expected
    assert len(chunks) > 1 and outcome.source == "sagemaker"
    [call] = client.calls
    assert call["EndpointName"] == "tutor-tgi" and "InferenceComponentName" not in call
    body = json.loads(call["Body"])
    validate(body)
    assert body["stream"] is True and body["parameters"]["return_full_text"] is False


@pytest.mark.parametrize("final_newline", [True, False])
def test_messages_stream_survives_splits(final_newline) -> None:
    events = split_parts(chat_stream(tokens_of(OUTPUT), final_newline), 6)
    client = FakeStreamingClient().enqueue(events)
    chunks, outcome = _turn(build_judge(settings(sagemaker_format="messages"), client=client))
    assert "".join(chunks) == REPLY and len(chunks) > 1
    body = json.loads(client.calls[0]["Body"])
    validate(body)
    assert body["stream"] is True and "Accept" not in client.calls[0]


def test_line_iterator_never_hangs_without_a_final_newline() -> None:
    events = [{"PayloadPart": {"Bytes": b'data:{"a"'}}, {"PayloadPart": {"Bytes": b":1}"}}]
    assert list(tgi.iter_lines(iter(events))) == [b'data:{"a":1}']


# ---- errors at the boundary -------------------------------------------------------------------


def connect_timeout():
    """botocore's connect timeout."""
    from botocore.exceptions import ConnectTimeoutError

    return ConnectTimeoutError(endpoint_url="https://runtime.sagemaker.eu-west-1.amazonaws.com")


def stream_read_timeout():
    """The timeout a stream's later read raises: urllib3's own, not botocore's."""
    from urllib3.exceptions import ReadTimeoutError

    return ReadTimeoutError(None, "/invocations-response-stream", "Read timed out.")


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (client_error("ThrottlingException", "Rate exceeded", 400), BackendThrottled),
        (
            model_error(429, {"error": "Model is overloaded", "error_type": "overloaded"}),
            BackendThrottled,
        ),
        (
            model_error(
                424, {"error": "Request failed during generation", "error_type": "generation"}
            ),
            ModelError,
        ),
        (
            model_error(422, {"error": "Input validation error", "error_type": "validation"}),
            ModelError,
        ),
        (client_error("ServiceUnavailable", "Unavailable", 503), ModelError),
        (client_error("ValidationError", "Endpoint tutor-tgi not found.", 400), ModelError),
        (read_timeout(), BackendUnresponsive),  # no answer in time: the breaker opens at once
        (connect_timeout(), BackendUnresponsive),
        (stream_read_timeout(), BackendUnresponsive),  # a later read of a stream
        (stream_cut(), BackendTimeout),  # a cut is not a hang: the usual threshold
    ],
)
def test_botocore_errors_become_langbot_errors(error, kind) -> None:
    translated = translate_client_error(error)
    assert type(translated) is kind


def test_tgi_error_event_inside_a_stream_is_translated() -> None:
    with pytest.raises(BackendThrottled):
        tgi.stream_event(b'data:{"error":"Model is overloaded","error_type":"overloaded"}')
    with pytest.raises(OutputParseError):
        tgi.stream_event(b"data:{not json")


@pytest.mark.parametrize(
    ("overrides", "env", "expected"),
    [
        ({"sagemaker_endpoint": None}, {}, "LANGBOT_SAGEMAKER_ENDPOINT"),
        ({"aws_region": None}, {}, "AWS_REGION"),
        (
            {},
            {
                "AWS_ACCESS_KEY_ID": None,
                "AWS_SECRET_ACCESS_KEY": None,
                "AWS_SESSION_TOKEN": None,
                "AWS_SECURITY_TOKEN": None,
            },
            "AWS credentials",
        ),
    ],
)
def test_misconfigured_sagemaker_is_one_clear_message(
    monkeypatch, overrides, env, expected
) -> None:
    for name in env:
        monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    with pytest.raises(ConfigError) as info:
        build_judge(settings(**overrides))
    assert expected in str(info.value) and "LANGBOT_BACKEND=sagemaker needs" in str(info.value)
