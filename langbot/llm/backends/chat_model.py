"""The mixin that makes a LangChain chat model speak LangBot's terms, whichever backend it is:
client failures become LangbotErrors, a stream keeps the turn deadline, an empty stream is a
parse error."""

from collections.abc import Iterator
from typing import Any, ClassVar

from langbot.errors import OutputParseError
from langbot.llm.backends.common import translated
from langbot.llm.deadline import check_deadline


class TranslatedChatModel:
    """Mixin for a LangChain chat model: a call or a stream raises LangbotErrors, a stream checks
    the turn deadline on every chunk, and a stream with no text is a parse error (langchain-core
    would raise a bare ValueError that escapes the fallback)."""

    pass_stop: ClassVar[bool] = True
    """False where the stop words already travel in the request body (TGI on SageMaker)."""

    def _generate(
        self, messages: list, stop: list[str] | None = None, run_manager: Any = None, **kwargs: Any
    ) -> Any:
        with translated():
            stop = stop if self.pass_stop else None
            return super()._generate(messages, stop, run_manager, **kwargs)  # type: ignore[misc]

    def _stream(
        self, messages: list, stop: list[str] | None = None, run_manager: Any = None, **kwargs: Any
    ) -> Iterator[Any]:
        seen = False
        with translated():
            for chunk in self._chunks(messages, stop, run_manager, **kwargs):
                check_deadline()
                seen = seen or bool(chunk.text)
                yield chunk
        if not seen:
            raise OutputParseError("The model server's stream ended without any text.")

    def _chunks(
        self, messages: list, stop: list[str] | None, run_manager: Any, **kwargs: Any
    ) -> Iterator[Any]:
        """The model's chunks as its LangChain class streams them (a backend may read its own)."""
        return super()._stream(messages, stop, run_manager, **kwargs)  # type: ignore[misc]
