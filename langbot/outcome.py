"""One judged answer applied to a conversation: the pure heart of the three-try rule."""

from dataclasses import dataclass, field

from langbot.conversation import (
    Conversation,
    Kind,
    Mistake,
    Turn,
    TurnResponse,
    Verdict,
    transition,
)
from langbot.display import as_text, display_parts
from langbot.lessons import Lesson, Step
from langbot.replies import (
    DONE,
    DONE_GLOSS,
    IN_SPANISH,
    IN_SPANISH_GLOSS,
    REDIRECT,
    REDIRECT_GLOSS,
    correction_for,
    follow_up_for,
    help_reply,
    is_recast,
    reveal_line,
)

NEXT_STEP, RETRY, END = 1, 2, 3


@dataclass
class TurnOutcome:
    """The result of one turn: the new state, the contract response and the new bot lines."""

    conversation: Conversation
    response: TurnResponse
    messages: list[Turn]
    verdict: Verdict
    source: str = "builtin"
    fault: str | None = None  # why the built-in engine stood in for the judge (simple mode)


def opening_line(lesson: Lesson, number: int) -> Turn:
    """The bot's scripted line for a step."""
    step = lesson.step(number)
    return Turn(role="bot", kind="line", text=step.bot, gloss=step.gloss, step=number)


@dataclass
class _Lines:
    """The bot's new lines for one turn, all on the step the learner answered."""

    step: int
    turns: list[Turn] = field(default_factory=list)

    def say(self, kind: Kind, line: str, gloss: str | None = None) -> None:
        self.turns.append(Turn(role="bot", kind=kind, text=line, gloss=gloss, step=self.step))


def advance(
    lesson: Lesson,
    conv: Conversation,
    text: str,
    verdict: Verdict,
    feedback: str | None = None,
    ahead: Verdict | None = None,
) -> TurnOutcome:
    """Apply one judged answer to a conversation; the pure heart of the three-try rule.
    `feedback` is the judge's own wording; `ahead` is the next step's verdict when a right
    answer already answered it too."""
    step = lesson.step(conv.step)
    new = conv.model_copy(deep=True)
    new.transcript.append(Turn(role="learner", kind="answer", text=text, step=conv.step))
    lines = _Lines(conv.step)
    move = transition(conv, verdict)
    skipped = 0
    if move == "stay":  # asking for help is free: the gloss and a cue, and the same try again
        lines.say("cue", help_reply(step, conv.attempt))
    elif verdict.correct:
        skipped = _right(lesson, conv, new, text, verdict, feedback, ahead, lines)
    else:
        _missed(step, conv, new, text, verdict, feedback, lines)
    if move == "next":
        _move_on(lesson, conv, new, skipped, lines)
    new.transcript.extend(lines.turns)
    next_step = END if new.completed else (NEXT_STEP if move == "next" else RETRY)
    errors = [] if move == "stay" else list(verdict.errors)
    response = TurnResponse(
        correct=verdict.correct,
        nextStep=next_step,
        text=as_text(display_parts(lines.turns)),
        errors=errors,
    )
    return TurnOutcome(new, response, lines.turns, verdict)


def _right(
    lesson: Lesson,
    conv: Conversation,
    new: Conversation,
    text: str,
    verdict: Verdict,
    feedback: str | None,
    ahead: Verdict | None,
    lines: _Lines,
) -> int:
    """A right answer's reaction (and the next step's, when it answered that too); returns
    how many steps it skips."""
    new.facts.update(verdict.facts)
    new.first_try += conv.attempt == 1
    line, gloss = follow_up_for(lesson.step(conv.step), verdict, conv.facts, text)
    lines.say("followup", feedback or line, None if feedback else gloss)
    skipped = 0
    if ahead is not None and not feedback and conv.step < len(lesson.steps):
        # the learner already said what the next step asks: react to it, don't ask again
        new.facts.update(ahead.facts)
        new.first_try += conv.attempt == 1
        line, gloss = follow_up_for(lesson.step(conv.step + 1), ahead, new.facts, text)
        lines.say("followup", line, gloss)
        skipped = 1
    for note in verdict.notes:
        lines.say("note", note)
    return skipped


def _missed(
    step: Step,
    conv: Conversation,
    new: Conversation,
    text: str,
    verdict: Verdict,
    feedback: str | None,
    lines: _Lines,
) -> None:
    """A miss: recorded for the summary, then a cue for the next try or, on the last, the
    reveal."""
    correction = correction_for(step, text, verdict, {**conv.facts, **verdict.facts})
    new.mistakes.append(
        Mistake(
            step=conv.step,
            text=text,
            errors=list(verdict.errors),
            correction=correction,
            category=verdict.category,
            kinds=list(verdict.error_kinds or (verdict.category,)),
        )
    )
    # a grammar miss's cue is the error found: the step's own cue, written for a wrong
    # content, could tell the learner to do what they already did ("use estar" to «estoy bein»)
    errors = " ".join(verdict.errors) if verdict.category == "grammar" else ""
    if transition(conv, verdict) == "next":
        if feedback or errors:
            lines.say("cue", feedback or errors)
        lines.say("reveal", reveal_line(text, correction, is_recast(text, verdict)))
        new.revealed += 1
        return
    if verdict.category in ("off_topic", "injection"):
        lines.say(
            "redirect", REDIRECT.format(bot=step.bot), REDIRECT_GLOSS.format(gloss=step.gloss)
        )
    elif verdict.category == "english":
        lines.say("redirect", IN_SPANISH, IN_SPANISH_GLOSS)
    lines.say("cue", feedback or errors or step.cues.for_attempt(conv.attempt))
    new.cues_used += 1
    new.attempt += 1


def _move_on(
    lesson: Lesson, conv: Conversation, new: Conversation, skipped: int, lines: _Lines
) -> None:
    """On to the next step (past one already answered), or the end of the lesson."""
    new.attempt = 1
    if conv.step + skipped >= len(lesson.steps):
        new.completed = True
        lines.say("done", DONE.format(title=lesson.title), DONE_GLOSS.format(title=lesson.title_en))
    else:
        new.step += 1 + skipped
        lines.turns.append(opening_line(lesson, new.step))
