"""The one family of errors LangBot raises on purpose.

Anything that is a `LangbotError` carries a message meant for a person; the UI and
the CLI show it as it is. Anything else is a bug and is allowed to surface.
"""


class LangbotError(Exception):
    """Base class: an error with a message that can be shown to a user.

    `field` names what the error is about, when it is about one input: a request field,
    a query parameter or a setting's variable (None otherwise).
    """

    field: str | None = None

    def __init__(self, message: str = "", *, field: str | None = None) -> None:
        super().__init__(message)
        if field is not None:
            self.field = field


class RequestError(LangbotError):
    """A request, command line or answer the caller can fix; `field` says which part."""


class BadRequest(RequestError):
    """An API request the contract refuses; becomes a 400 naming the field."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message, field=field)


class ExportRequestError(BadRequest):
    """A review-export query the API refuses; becomes a 400 naming the parameter."""


class LessonFileError(LangbotError):
    """A lesson file is missing, unreadable or does not match the schema."""


class PromptFileError(LangbotError):
    """A prompt file is missing, unreadable or does not match the schema."""


class LexiconError(LangbotError):
    """A generated language data file (lexicon, tagger model, word list) is missing or malformed."""


class EvalSetError(LangbotError):
    """An evaluation file is missing, unreadable or does not match the schema."""


class UnknownLessonError(RequestError):
    """No lesson has the id that was asked for."""

    field = "lesson"


class UnknownStepError(RequestError):
    """The lesson has no step with the number that was asked for."""

    field = "step"


class InputRejected(RequestError):
    """The learner's text cannot be graded (empty, or too long). It never costs an attempt."""

    field = "text"


class StaleTurn(InputRejected):
    """The answer was for a step that is no longer current (another tab moved on); no try used."""


class UsageError(RequestError):
    """A command line that cannot be carried out (e.g. a batch file that cannot be opened)."""


class ConfigError(LangbotError):
    """The configuration is incomplete or contradictory; the message says what to set."""


class StorageError(LangbotError):
    """The progress store cannot be read or written."""


class DamagedProgress(LangbotError):
    """A saved conversation exists but cannot be read; `version` is what a save must match."""

    def __init__(self, message: str, version: int | None) -> None:
        super().__init__(message)
        self.version = version


class SaveConflict(LangbotError):
    """Another tab or process saved the conversation first; the caller reloads it."""


class BackendError(LangbotError):
    """The model backend failed for this turn; the built-in engine answers instead."""


class JudgeFallback(BackendError):
    """The one fault route: a judge cannot answer this turn, so the built-in engine does
    (in simple mode). `verdict` is the built-in verdict when the judge already has it."""

    def __init__(self, message: str, verdict: object = None) -> None:
        super().__init__(message)
        self.verdict = verdict


class BackendThrottled(BackendError):
    """The endpoint refused the call because of load (throttling, 429)."""


class BackendTimeout(BackendError):
    """The endpoint did not answer in time, or the stream stopped midway."""


class BackendUnresponsive(BackendTimeout):
    """The endpoint gave nothing within a deadline (connect, first byte, verdict or reply):
    the next call would most likely hang too, so the circuit breaker opens at once."""


class ModelError(BackendError):
    """The endpoint or the model returned an error (4xx/5xx, TGI error payload)."""


class OutputParseError(BackendError):
    """The model's output could not be parsed into a verdict."""
