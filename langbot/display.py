"""One way to show an outcome: the bot's lines as display parts (reply, cue, errors, notes,
reveal...), which the web page, the CLI and the API each render in their own medium."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

from langbot.conversation import Kind, Turn

# The label a kind of line carries wherever it is shown.
LABELS: dict[str, str] = {"cue": "Hint:", "note": "Note:"}
# Kinds spoken in Spanish from end to end (the others are English, «quoting» Spanish).
SPANISH_KINDS: tuple[Kind, ...] = ("line", "followup", "redirect", "done")


@dataclass(frozen=True)
class Part:
    """One line to show: its kind, its text, its label ("Hint:"), its English gloss, and
    whether it is Spanish from end to end. A grammar miss's errors are its cue's text."""

    kind: Kind
    text: str
    label: str | None = None
    gloss: str | None = None
    spanish: bool = False


def display_part(turn: Turn) -> Part:
    """A bot turn as a display part."""
    return Part(turn.kind, turn.text, LABELS.get(turn.kind), turn.gloss, turn.kind in SPANISH_KINDS)


def display_parts(turns: Iterable[Turn]) -> list[Part]:
    """The bot turns among `turns` as display parts, in order: each line shown once."""
    return [display_part(turn) for turn in turns if turn.role == "bot"]


def as_text(parts: Iterable[Part]) -> str:
    """The parts as one plain line, as the API and `langbot grade` give it: the lines in
    order, then the notes in brackets."""
    parts = list(parts)
    lines = [p.text for p in parts if p.kind != "note"]
    notes = [f"({p.label} {p.text}.)" for p in parts if p.kind == "note"]
    return " ".join(lines + notes)


def write_turns(turns: Iterable[Turn], out: TextIO) -> None:
    """The bot's lines as the terminal shows them: each display part once, labelled."""
    for part in display_parts(turns):
        label = f"{part.label} " if part.label else ""
        gloss = f"   ({part.gloss})" if part.gloss else ""
        out.write(f"LangBot> {label}{part.text}{gloss}\n")
