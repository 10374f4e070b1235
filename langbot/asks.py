"""What a lesson step asks, in terms that carry over to any lesson (issue 19, part 3)."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# What a step asks, in terms that carry over to any lesson; the grader reads from the
# sentence's analysis whether an answer says it (langbot/grading/meaning/).
AskKind = Literal[
    "greeting",
    "farewell",
    "name",
    "origin",
    "state",
    "job_or_studies",
    "language",
    "liking",
    "description",
    "weather",
    "possession",
    "age",
    "residence",
    "location",
    "number",
    "phone_number",
    "date",
    "question",
    "directions",
    "thanks_reply",
    "order",
    "accept_decline",
    "accept",
    "decline",
    "opinion",
    "price_question",
    "payment",
    "routine_time",
    "routine",
    "activity",
    "plan",
    "company",
]
ASK_KINDS: tuple[str, ...] = AskKind.__args__  # type: ignore[attr-defined]


class Asks(BaseModel):
    """What a step asks: a kind, and for some kinds the class of things or the action."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    kind: AskKind
    of: str | None = None
    """The vocabulary class the answer names (liking of music, an order of a drink)."""
    action: str | None = Field(default=None, pattern=r"^\w+$")
    """The routine action asked about, an infinitive (levantarse, cenar)."""
    who: Literal["i", "other", "family"] = "i"
    """Who the answer is about: the learner, someone else (3rd person), or the family
    (3rd person or "we")."""
    yes_no: bool = False
    """The question names the thing and wants a yes or a no (¿Te gusta la música?)."""
