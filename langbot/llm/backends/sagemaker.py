"""The SageMaker backend: one boto3 client per process, TGI models through langchain-aws, and
translation of botocore's errors into LangbotError subclasses at this boundary.
"""

import json
import logging
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from langchain_aws.chat_models.sagemaker_endpoint import ChatSagemakerEndpoint
from langchain_aws.llms.sagemaker_endpoint import SagemakerEndpoint
from langchain_core.language_models import BaseChatModel, BaseLLM
from langchain_core.messages import AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGenerationChunk, GenerationChunk
from langchain_core.prompt_values import PromptValue
from langchain_core.runnables import Runnable, RunnableLambda

from langbot.config import Settings
from langbot.errors import OutputParseError
from langbot.llm.backends.chat_model import TranslatedChatModel
from langbot.llm.backends.client import make_client, reply_read_timeout, stream_read_timeout
from langbot.llm.backends.common import (
    ModelBackend,
    missing_settings,
    require,
    translated,
)
from langbot.llm.backends.tgi import (
    GRAMMAR,
    STREAM,
    GenerateHandler,
    MessagesHandler,
    iter_lines,
)
from langbot.llm.deadline import check_deadline
from langbot.llm.templates import ChatTemplate, template_for

log = logging.getLogger(__name__)


def check_settings(settings: Settings) -> None:
    """Raise one ConfigError saying everything to set, if the SageMaker backend cannot start."""
    needs = {
        "sagemaker_endpoint": "LANGBOT_SAGEMAKER_ENDPOINT (the SageMaker endpoint name)",
        "aws_region": "AWS_REGION (the endpoint's region, e.g. eu-west-1)",
    }
    missing = missing_settings(settings, needs)
    if settings.aws_region:
        import boto3

        if boto3.Session(region_name=settings.aws_region).get_credentials() is None:
            missing.append(
                "AWS credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, "
                "or an instance/task role)"
            )
    require("sagemaker", missing)


def _texts(body: Iterable[Any], text_of: Any) -> Iterator[str]:
    """The non-empty texts of a response stream. The turn deadline is checked on every line,
    keep-alives included; the body is closed on every exit; an empty stream is a parse error
    (langchain-core would raise a bare ValueError that escapes the fallback)."""
    seen = False
    try:
        for line in iter_lines(body):
            check_deadline()
            text = text_of(line)
            if text:
                seen = True
                yield text
        if not seen:
            raise OutputParseError("The model's stream ended without any text.")
    finally:
        close = getattr(body, "close", None)
        if close:
            close()


class TGIGenerateEndpoint(SagemakerEndpoint):
    """SagemakerEndpoint for TGI's generate format: robust streaming, translated errors."""

    def _stream(
        self, prompt: str, stop: list[str] | None = None, run_manager: Any = None, **kwargs: Any
    ) -> Iterator[GenerationChunk]:
        body = self.content_handler.transform_input(
            prompt, {**(self.model_kwargs or {}), **kwargs, STREAM: True}
        )
        params: dict[str, Any] = {
            "EndpointName": self.endpoint_name,
            "Body": body,
            "ContentType": self.content_handler.content_type,
        }
        if self.inference_component_name:
            params["InferenceComponentName"] = self.inference_component_name
        with translated():
            response = self.client.invoke_endpoint_with_response_stream(**params)
            for text in _texts(response["Body"], self.content_handler.transform_output):
                if run_manager:
                    run_manager.on_llm_new_token(text)
                yield GenerationChunk(text=text)

    def _call(
        self, prompt: str, stop: list[str] | None = None, run_manager: Any = None, **kwargs: Any
    ) -> str:
        with translated():
            return super()._call(prompt, None, run_manager, **kwargs)


class TGIChatEndpoint(TranslatedChatModel, ChatSagemakerEndpoint):
    """ChatSagemakerEndpoint for TGI's Messages API: robust streaming, translated errors."""

    pass_stop: ClassVar[bool] = False  # the stop words are in model_kwargs, sent in the body

    def _chunks(
        self, messages: list[BaseMessage], stop: list[str] | None, run_manager: Any, **kwargs: Any
    ) -> Iterator[ChatGenerationChunk]:
        """The stream read here: langchain-aws's LineIterator hangs without a final newline."""
        params = self._format_messages_request(messages=messages, **{**kwargs, STREAM: True})
        params.pop("Accept", None)
        response = self.client.invoke_endpoint_with_response_stream(**params)
        read = self.content_handler.transform_output
        for text in _texts(response["Body"], lambda line: str(read(line).content)):
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=text))
            if run_manager:
                run_manager.on_llm_new_token(chunk.text, chunk=chunk)
            yield chunk


def _apply_chat_template(template: ChatTemplate) -> Runnable:
    role = {"system": "system", "human": "user", "ai": "assistant"}

    def render(value: PromptValue) -> str:
        """The chat messages as one prompt string."""
        return template.render(
            [(role.get(m.type, "user"), str(m.content)) for m in value.to_messages()]
        )

    return RunnableLambda(render, name="chat_template")


def build_sagemaker_model(
    settings: Settings, schema: dict | None, client: Any = None, streaming: bool = True
) -> Runnable:
    """The model step of the chain for the configured TGI format on SageMaker."""
    if client is None:
        timeout = stream_read_timeout(settings) if streaming else reply_read_timeout(settings)
        client = make_client(settings, timeout)
    kwargs: dict[str, Any] = {
        "max_new_tokens": settings.max_new_tokens,
        "temperature": settings.temperature,
        "top_p": settings.top_p,
    }
    if schema is not None:
        kwargs[GRAMMAR] = schema
    common = {
        "client": client,
        "endpoint_name": settings.sagemaker_endpoint or "",
        "inference_component_name": settings.sagemaker_inference_component,
    }
    if settings.sagemaker_format == "messages":
        model: BaseChatModel = TGIChatEndpoint(
            content_handler=MessagesHandler(), model_kwargs=kwargs, **common
        )
        return model
    template = template_for(settings.model_id)
    if template.stop:
        kwargs["stop"] = template.stop
    llm: BaseLLM = TGIGenerateEndpoint(
        content_handler=GenerateHandler(), model_kwargs=kwargs, **common
    )
    return _apply_chat_template(template) | llm


def probe_body(settings: Settings) -> bytes:
    """The smallest request that proves the model generates: one greedy token."""
    if settings.sagemaker_format == "messages":
        body: dict[str, Any] = {
            "messages": [{"role": "user", "content": "hola"}],
            "max_tokens": 1,
            "temperature": 0.0,
        }
    else:
        body = {"inputs": "hola", "parameters": {"max_new_tokens": 1, "do_sample": False}}
    return json.dumps(body).encode("utf-8")


def build_probe(settings: Settings, client: Any = None) -> Any:
    """The circuit breaker's probe: one tiny invocation; raises a LangbotError on failure."""
    # One token: the stream's first-byte deadline (and its client) suits it.
    client = client if client is not None else make_client(settings, stream_read_timeout(settings))

    def probe() -> None:
        """Raise a LangbotError unless the endpoint generates one token."""
        params: dict[str, Any] = {
            "EndpointName": settings.sagemaker_endpoint or "",
            "Body": probe_body(settings),
            "ContentType": "application/json",
        }
        if settings.sagemaker_inference_component:
            params["InferenceComponentName"] = settings.sagemaker_inference_component
        with translated():
            client.invoke_endpoint(**params)["Body"].read()

    return probe


def _health(settings: Settings, timeout: float) -> tuple[bool, str]:
    """Reachable if the endpoint is InService (one describe_endpoint call)."""
    import boto3
    from botocore.config import Config

    config = Config(
        connect_timeout=timeout, read_timeout=timeout, retries={"total_max_attempts": 1}
    )
    name = settings.sagemaker_endpoint or "?"
    try:
        client = boto3.client("sagemaker", region_name=settings.aws_region, config=config)
        status = client.describe_endpoint(EndpointName=name)["EndpointStatus"]
    except Exception as e:  # any failure only means "not reachable"; the turn falls back
        return False, f"endpoint {name!r}: {type(e).__name__}"
    return status == "InService", f"endpoint {name!r} is {status}"


BACKEND = ModelBackend(
    name="sagemaker",
    settings=(
        "sagemaker_endpoint",
        "sagemaker_format",
        "sagemaker_inference_component",
        "model_id",
        "aws_region",
    ),
    describe=lambda settings: f"SageMaker TGI ({settings.sagemaker_format} format)",
    check=check_settings,
    model=build_sagemaker_model,
    probe=build_probe,
    health=_health,
)
