"""Tests for the Lambda handler in langbot/api.py, with real API Gateway proxy event shapes.

Every response body is validated against infrastructure/openapi.yaml.
"""

import base64
import copy
import json
from pathlib import Path
from types import SimpleNamespace

import jsonschema
import pytest
import yaml

from langbot import api
from langbot.errors import BackendError, ConfigError, PromptFileError
from langbot.grading import BuiltinJudge
from langbot.tutor import MAX_INPUT_CHARS, Tutor

OPENAPI = Path(__file__).resolve().parent.parent / "infrastructure" / "openapi.yaml"

# AWS's documented sample for a REST API (v1) Lambda proxy integration.
REST_EVENT = {
    "resource": "/turn",
    "path": "/turn",
    "httpMethod": "POST",
    "headers": {
        "Accept": "application/json",
        "Accept-Encoding": "gzip, deflate, br",
        "CloudFront-Forwarded-Proto": "https",
        "CloudFront-Is-Desktop-Viewer": "true",
        "CloudFront-Viewer-Country": "ES",
        "Content-Type": "application/json",
        "Host": "1234567890.execute-api.eu-west-1.amazonaws.com",
        "User-Agent": "LangBotMobile/1.0 (iPhone; iOS 17.4)",
        "Via": "2.0 a3650115c5e21e2b5d133ce84464bea3.cloudfront.net (CloudFront)",
        "X-Amz-Cf-Id": "nBsWBOrSHMgnaROZJK1wGCZ9PcRcSpq_oSXZNQwQ10OTZL4cimZo3g==",
        "X-Amzn-Trace-Id": "Root=1-5e66d96f-7491f09xmpl79d18acf3d050",
        "X-Forwarded-For": "52.255.255.12",
        "X-Forwarded-Port": "443",
        "X-Forwarded-Proto": "https",
    },
    "multiValueHeaders": {
        "Accept": ["application/json"],
        "Content-Type": ["application/json"],
        "Host": ["1234567890.execute-api.eu-west-1.amazonaws.com"],
        "User-Agent": ["LangBotMobile/1.0 (iPhone; iOS 17.4)"],
        "X-Forwarded-For": ["52.255.255.12"],
        "X-Forwarded-Port": ["443"],
        "X-Forwarded-Proto": ["https"],
    },
    "queryStringParameters": None,
    "multiValueQueryStringParameters": None,
    "pathParameters": None,
    "stageVariables": None,
    "requestContext": {
        "resourceId": "2gxmpl",
        "resourcePath": "/turn",
        "httpMethod": "POST",
        "extendedRequestId": "JJbxmplHYosFVYQ=",
        "requestTime": "10/Mar/2020:00:03:59 +0000",
        "path": "/prod/turn",
        "accountId": "123456789012",
        "protocol": "HTTP/1.1",
        "stage": "prod",
        "domainPrefix": "1234567890",
        "requestTimeEpoch": 1583798639428,
        "requestId": "77375676-xmpl-4b79-853a-f982474efe18",
        "identity": {
            "cognitoIdentityPoolId": None,
            "accountId": None,
            "cognitoIdentityId": None,
            "caller": None,
            "sourceIp": "52.255.255.12",
            "principalOrgId": None,
            "accessKey": None,
            "cognitoAuthenticationType": None,
            "cognitoAuthenticationProvider": None,
            "userArn": None,
            "userAgent": "LangBotMobile/1.0 (iPhone; iOS 17.4)",
            "user": None,
        },
        "domainName": "1234567890.execute-api.eu-west-1.amazonaws.com",
        "apiId": "1234567890",
    },
    "body": None,
    "isBase64Encoded": False,
}

# AWS's documented sample for an HTTP API (v2 payload format) Lambda proxy integration.
HTTP_EVENT = {
    "version": "2.0",
    "routeKey": "POST /turn",
    "rawPath": "/turn",
    "rawQueryString": "",
    "headers": {
        "accept": "application/json",
        "content-length": "86",
        "content-type": "application/json",
        "host": "r3pmxmplak.execute-api.eu-west-1.amazonaws.com",
        "user-agent": "okhttp/4.12.0",
        "x-amzn-trace-id": "Root=1-5e6722a7-cc56xmpl46db7ae02d4da47e",
        "x-forwarded-for": "205.255.255.176",
        "x-forwarded-port": "443",
        "x-forwarded-proto": "https",
    },
    "requestContext": {
        "accountId": "123456789012",
        "apiId": "r3pmxmplak",
        "domainName": "r3pmxmplak.execute-api.eu-west-1.amazonaws.com",
        "domainPrefix": "r3pmxmplak",
        "http": {
            "method": "POST",
            "path": "/turn",
            "protocol": "HTTP/1.1",
            "sourceIp": "205.255.255.176",
            "userAgent": "okhttp/4.12.0",
        },
        "requestId": "JKJaXmPLvHcESHA=",
        "routeKey": "POST /turn",
        "stage": "$default",
        "time": "10/Mar/2020:05:16:23 +0000",
        "timeEpoch": 1583817383220,
    },
    "body": None,
    "isBase64Encoded": False,
}

CONTEXT = SimpleNamespace(
    function_name="langbot-turn",
    function_version="$LATEST",
    memory_limit_in_mb=512,
    invoked_function_arn="arn:aws:lambda:eu-west-1:123456789012:function:langbot-turn",
    aws_request_id="52fdfc07-2182-154f-163f-5f0f9a621d72",
    get_remaining_time_in_millis=lambda: 29000,
)

GOOD = {"conversationId": "greetings", "stepNumber": 2, "attemptNumber": 1, "text": "Me llamo Ana."}


def rest_event(body, base64_encode=False, method="POST"):
    """A REST API (v1) proxy event carrying a body (a dict is sent as JSON)."""
    event = copy.deepcopy(REST_EVENT)
    text = json.dumps(body, ensure_ascii=False) if isinstance(body, dict | list) else body
    if base64_encode and text is not None:
        text = base64.b64encode(text.encode("utf-8")).decode("ascii")
    event.update(body=text, isBase64Encoded=base64_encode, httpMethod=method)
    event["requestContext"]["httpMethod"] = method
    return event


def http_event(body, base64_encode=False, method="POST"):
    """An HTTP API (v2) proxy event carrying a body."""
    event = copy.deepcopy(HTTP_EVENT)
    text = json.dumps(body, ensure_ascii=False) if isinstance(body, dict | list) else body
    if base64_encode and text is not None:
        text = base64.b64encode(text.encode("utf-8")).decode("ascii")
    event.update(body=text, isBase64Encoded=base64_encode)
    event["requestContext"]["http"]["method"] = method
    return event


@pytest.fixture(scope="module")
def openapi():
    """The OpenAPI document."""
    return yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))


def schema_for(openapi, name):
    """A JSON Schema for one component; $refs resolve against the whole document."""
    return {"$ref": f"#/components/schemas/{name}", "components": openapi["components"]}


@pytest.fixture(autouse=True)
def builtin_tutor(lessons):
    """Every test starts from a built-in tutor installed in the handler's cache."""
    api.reset_tutor(Tutor(lessons))
    yield
    api.reset_tutor()


def call(event, openapi, status):
    """Invoke the handler, check the status and the proxy response shape, validate the body."""
    result = api.handler(event, CONTEXT)
    assert result["statusCode"] == status, result
    assert result["headers"]["Content-Type"] == "application/json"
    assert result["headers"]["Access-Control-Allow-Origin"] == "*"
    assert result["isBase64Encoded"] is False
    body = json.loads(result["body"])
    name = "TurnResponse" if status == 200 else "Error"
    jsonschema.validate(body, schema_for(openapi, name))
    return body


# --- the happy path ---------------------------------------------------------------------


@pytest.mark.parametrize("make", [rest_event, http_event])
@pytest.mark.parametrize("encode", [False, True])
def test_a_right_answer_moves_on(openapi, make, encode):
    body = call(make(GOOD, encode), openapi, 200)
    assert body["correct"] is True
    assert body["nextStep"] == 1
    assert "Ana" in body["text"]
    assert body["errors"] == []


@pytest.mark.parametrize("cid", ["greetings", "1", 1])
def test_conversation_id_is_the_lesson_id_or_its_number(openapi, cid):
    body = call(rest_event({**GOOD, "conversationId": cid}), openapi, 200)
    assert body["correct"] is True


def test_a_wrong_answer_gets_a_cue_then_the_answer(openapi, lessons):
    wrong = {**GOOD, "text": "yo llamo tom"}
    first = call(http_event(wrong), openapi, 200)
    assert (first["correct"], first["nextStep"]) == (False, 2)
    assert first["errors"]
    assert lessons["greetings"].steps[1].model_answer not in first["text"]
    last = call(http_event({**wrong, "attemptNumber": 3}), openapi, 200)
    assert last["nextStep"] == 1
    # the reveal corrects the learner's own sentence, keeping their name
    assert "«Yo me llamo tom»" in last["text"]


def test_the_last_step_ends_the_lesson(openapi):
    body = call(rest_event({**GOOD, "stepNumber": 7, "text": "¡Adiós!"}), openapi, 200)
    assert body["nextStep"] == 3


def test_the_request_example_in_the_document_works(openapi):
    body = openapi["paths"]["/turn"]["post"]["requestBody"]
    example = body["content"]["application/json"]["example"]
    jsonschema.validate(example, schema_for(openapi, "TurnRequest"))
    call(rest_event(example), openapi, 200)


# --- 400: the field is named -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (None, "body"),
        ("", "body"),
        ("{not json", "body"),
        ("[1, 2]", "body"),
        ('"hola"', "body"),
        ({k: v for k, v in GOOD.items() if k != "text"}, "text"),
        ({k: v for k, v in GOOD.items() if k != "conversationId"}, "conversationId"),
        ({**GOOD, "extra": 1}, "extra"),
        ({**GOOD, "stepNumber": "2"}, "stepNumber"),
        ({**GOOD, "stepNumber": 2.5}, "stepNumber"),
        ({**GOOD, "attemptNumber": True}, "attemptNumber"),
        ({**GOOD, "conversationId": True}, "conversationId"),
        ({**GOOD, "conversationId": None}, "conversationId"),
        ({**GOOD, "text": 42}, "text"),
        ({**GOOD, "conversationId": "cooking"}, "conversationId"),
        ({**GOOD, "conversationId": 99}, "conversationId"),
        ({**GOOD, "stepNumber": 99}, "stepNumber"),
        ({**GOOD, "stepNumber": 0}, "stepNumber"),
        ({**GOOD, "attemptNumber": 0}, "attemptNumber"),
        ({**GOOD, "attemptNumber": 4}, "attemptNumber"),
        ({**GOOD, "text": ""}, "text"),
        ({**GOOD, "text": "   "}, "text"),
        ({**GOOD, "text": "?!"}, "text"),
        ({**GOOD, "text": "a" * (MAX_INPUT_CHARS + 1)}, "text"),
    ],
)
@pytest.mark.parametrize("make", [rest_event, http_event])
def test_bad_requests_get_400_naming_the_field(openapi, make, body, field):
    result = call(make(body), openapi, 400)
    assert result["field"] == field
    assert result["error"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("[" * 100_000 + "]" * 100_000, "body"),  # nested too deeply to decode
        ('{"stepNumber": ' + "7" * 5000 + "}", "body"),  # an integer of 5,000 digits
        ({**GOOD, "conversationId": "¹"}, "conversationId"),  # isdigit() but not int()
        ({**GOOD, "conversationId": "٣"}, "conversationId"),  # an Arabic-Indic digit
        (
            '{"conversationId": "greetings", "stepNumber": 2, "attemptNumber": 1,'
            ' "text": "Me llamo \\ud800"}',
            "text",
        ),  # a lone surrogate
        (
            '{"conversationId": "\\udfff", "stepNumber": 2, "attemptNumber": 1, "text": "hola"}',
            "conversationId",
        ),
        ('{"\\ud800": 1}', "body"),
    ],
)
def test_odd_values_get_400_naming_the_field_not_500(openapi, body, field):
    result = api.handler(rest_event(body), CONTEXT)
    result["body"].encode("utf-8")  # always a body that can be sent
    assert call(rest_event(body), openapi, 400)["field"] == field


@pytest.mark.parametrize(
    ("event", "field"),
    [
        ([GOOD], "event"),
        ("POST", "event"),
        ({"requestContext": "x", "body": json.dumps(GOOD)}, "requestContext"),
        ({"requestContext": [], "body": json.dumps(GOOD)}, "requestContext"),
        ({"requestContext": {"http": "POST"}, "body": json.dumps(GOOD)}, "requestContext.http"),
        ({"requestContext": {"http": 5}, "body": json.dumps(GOOD)}, "requestContext.http"),
        ({"httpMethod": 5, "body": json.dumps(GOOD)}, "httpMethod"),
        ({"body": {"conversationId": "greetings"}}, "body"),
        ({"body": 5, "isBase64Encoded": True}, "body"),
    ],
)
def test_malformed_events_get_400_naming_the_field_not_502(openapi, event, field):
    assert call(event, openapi, 400)["field"] == field


def test_bad_base64_is_a_400(openapi):
    event = rest_event(json.dumps(GOOD))
    event.update(body="!!not base64!!", isBase64Encoded=True)
    assert call(event, openapi, 400)["field"] == "body"


def test_text_at_the_limit_is_accepted(openapi):
    call(rest_event({**GOOD, "text": "me llamo " + "a" * (MAX_INPUT_CHARS - 9)}), openapi, 200)


# --- methods ----------------------------------------------------------------------------


def test_preflight_and_other_methods(openapi):
    result = api.handler(http_event(None, method="OPTIONS"), CONTEXT)
    assert result["statusCode"] == 204 and result["body"] == ""
    assert "POST" in result["headers"]["Access-Control-Allow-Methods"]
    call(rest_event(None, method="GET"), openapi, 405)


# --- 500: server faults ------------------------------------------------------------------


class FailingJudge(BuiltinJudge):
    """A judge that fails the way a broken backend or a bug would."""

    def __init__(self, error):
        self.error = error

    def judge(self, lesson, conversation, text):
        raise self.error


def test_a_failing_backend_still_answers_with_the_builtin_engine(openapi, lessons):
    failing = FailingJudge(BackendError("The model endpoint is not answering."))
    api.reset_tutor(Tutor(lessons, failing))
    assert call(rest_event(GOOD), openapi, 200)["correct"] is True


def test_a_langbot_error_is_a_friendly_500(openapi, lessons):
    failing = FailingJudge(PromptFileError("prompts/judge.yaml: missing {step}"))
    api.reset_tutor(Tutor(lessons, failing))
    body = call(rest_event(GOOD), openapi, 500)
    assert "prompts/judge.yaml" in body["error"]


def test_a_bug_is_a_generic_500_and_is_logged(openapi, lessons, caplog):
    api.reset_tutor(Tutor(lessons, FailingJudge(KeyError("secret internals"))))
    body = call(http_event(GOOD), openapi, 500)
    assert body["error"] == api.SERVER_FAULT
    assert "secret" not in body["error"]
    assert "unexpected error" in caplog.text


def test_a_broken_configuration_is_a_500(openapi, monkeypatch):
    api.reset_tutor()

    def broken():
        raise ConfigError("Set LANGBOT_SAGEMAKER_ENDPOINT.")

    monkeypatch.setattr("langbot.wiring.build_tutor", broken)
    assert "LANGBOT_SAGEMAKER_ENDPOINT" in call(rest_event(GOOD), openapi, 500)["error"]
    assert api._tutor is None  # a failed build is retried on the next request


# --- the container cache -----------------------------------------------------------------


def test_the_tutor_is_built_lazily_once_per_container(openapi, monkeypatch):
    api.reset_tutor()
    assert api._tutor is None  # importing and resetting build nothing
    import langbot.wiring

    built = []
    real = langbot.wiring.build_tutor
    monkeypatch.setattr(langbot.wiring, "build_tutor", lambda: built.append(1) or real())
    call(rest_event(GOOD), openapi, 200)
    call(http_event(GOOD), openapi, 200)
    assert built == [1]


# --- the document ------------------------------------------------------------------------


def test_openapi_document_is_well_formed(openapi):
    assert openapi["openapi"].startswith("3.0")
    post = openapi["paths"]["/turn"]["post"]
    assert {"200", "400", "500"} <= set(post["responses"])
    for name in ("TurnRequest", "TurnResponse", "Error"):
        jsonschema.Draft7Validator.check_schema(openapi["components"]["schemas"][name])


def test_openapi_matches_the_pydantic_contract(openapi):
    from langbot.tutor import TurnRequest, TurnResponse

    schemas = openapi["components"]["schemas"]
    assert set(schemas["TurnRequest"]["properties"]) == set(TurnRequest.model_fields)
    assert set(schemas["TurnResponse"]["properties"]) == set(TurnResponse.model_fields)
    assert schemas["TurnRequest"]["properties"]["text"]["maxLength"] == MAX_INPUT_CHARS
