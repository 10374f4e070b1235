"""The bot's own wording around a verdict: follow-ups, reactions, reveals, redirects and
help, each with its English gloss. One place, so web, CLI and API say the same thing."""

import difflib
import re
from collections.abc import Mapping

from langbot.conversation import Verdict
from langbot.lessons import Step
from langbot.text import fold

REDIRECT = "Lo siento, solo puedo ayudarte con nuestra conversación. Volvamos a la pregunta: {bot}"
REDIRECT_GLOSS = "Sorry, I can only help you with our conversation. Back to the question: {gloss}"
IN_SPANISH = "¡En español, por favor!"
IN_SPANISH_GLOSS = "In Spanish, please!"
DONE = "¡Muy bien! Has terminado «{title}». ¡Hasta la próxima!"
DONE_GLOSS = "Very good! You finished “{title}”. See you next time!"
HELP = "No problem, this try doesn't count. {bot_gloss} {cue}"
FALLBACK_FOLLOW_UP = "¡Muy bien!"
_FIELD = re.compile(r"\{([^{}]*)\}")
_NEGATION = "no"
_CLAUSE_MARK = re.compile(r"[.,;:!?¡¿]")
_CLAUSE_WORD = re.compile(r"\s(?:pero|aunque)\s")


def fill(template: str, values: Mapping[str, str]) -> str:
    """Fill a follow-up's {slots}; a slot with no clean value is left out, or its sentence is."""
    for name in dict.fromkeys(_FIELD.findall(template)):
        if values.get(name):
            continue
        tight = re.sub(r",\s*\{" + re.escape(name) + r"\}(?=\s*[!?.,])", "", template)
        if "{" + name + "}" in tight:
            sentences = re.findall(r"[¡¿]?[^.!?]*[.!?]+|\S[^.!?]*$", tight)
            tight = " ".join(x.strip() for x in sentences if "{" + name + "}" not in x)
        template = tight or FALLBACK_FOLLOW_UP
    text = template.format_map({k: v for k, v in values.items() if v})
    return " ".join(text.split())


def follow_up_for(
    step: Step, verdict: Verdict, facts: Mapping[str, str], text: str = ""
) -> tuple[str, str | None]:
    """The reaction to a right answer, fitted to what was said, and its English gloss."""
    values = {**facts, **verdict.facts}
    clauses = _clauses(text)
    # a reaction answers what the answer says, not a clause about something else
    read = [fold(v).strip() for v in verdict.facts.values() if fold(v).strip()]
    told = [c for c in clauses if any(f" {v} " in c for v in read)] or clauses
    for reaction in step.reactions:
        if any(_says(c, w) for c in told for w in reaction.when):
            return fill(reaction.text, values), fill(reaction.gloss, values)
    gloss = fill(step.follow_up_gloss, values) if step.follow_up_gloss else None
    return fill(step.follow_up, values), gloss


def _clauses(text: str) -> list[str]:
    """The folded clauses of an answer, each padded with spaces for whole-word search."""
    parts = [q for p in _CLAUSE_MARK.split(text) for q in _CLAUSE_WORD.split(f" {fold(p)} ")]
    return [f" {' '.join(p.split())} " for p in parts if p.strip()]


def _says(clause: str, when: str) -> bool:
    """Whether a clause says a reaction's words, not denied («no estoy mal» says no «mal»)."""
    words = " ".join(fold(when).replace(",", " ").split())
    at = clause.find(f" {words} ")
    if at < 0:
        return False
    return words.split()[0] == _NEGATION or f" {_NEGATION} " not in clause[: at + 1]


def fill_model_answer(step: Step, facts: Mapping[str, str]) -> str:
    """The model answer with the learner's own facts where the step has a template for it."""
    template = step.model_template
    if not template:
        return step.model_answer
    filled = fill(template, facts)
    return filled if all(facts.get(n) for n in _FIELD.findall(template)) else step.model_answer


def correction_for(step: Step, text: str, verdict: Verdict, facts: Mapping[str, str]) -> str:
    """What the learner should have said: their own sentence corrected, or the model answer."""
    if is_recast(text, verdict):
        return verdict.recast  # type: ignore[return-value]
    return fill_model_answer(step, facts)


def is_recast(text: str, verdict: Verdict) -> bool:
    """Whether the verdict corrects the learner's own sentence (not a model answer)."""
    return bool(verdict.recast) and fold(verdict.recast).split() != fold(text).split()


def changes(before: str, after: str) -> list[tuple[str, str]]:
    """The words that changed between the learner's sentence and its correction."""
    a, b = before.split(), after.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(
        a=[fold(w) for w in a], b=[fold(w) for w in b]
    ).get_opcodes():
        if op != "equal":
            out.append((_bare(" ".join(a[i1:i2])), _bare(" ".join(b[j1:j2]))))
    return out  # fmt: skip


_EDGE_PUNCTUATION = ".,;:!?¿¡«»()\"“”'"


def _bare(words: str) -> str:
    """A changed phrase without the punctuation at its edges: «grando → grande», not «grando.»."""
    return words.strip(_EDGE_PUNCTUATION)


def reveal_line(text: str, correction: str, own: bool) -> str:
    """The reveal after the third miss: the corrected sentence, and what changed."""
    changed = changes(text, correction)
    if own and changed:
        what = ", ".join(f"{old or '+'} → {new or '(nothing)'}" for old, new in changed)
        return f"Here is your sentence, corrected: «{correction}» ({what})"
    return f"The answer was: «{correction}»"


def help_reply(step: Step, attempt: int) -> str:
    """What asking for help gets: the bot's line in English and a cue, for free."""
    return HELP.format(bot_gloss=f"“{step.gloss}”", cue=step.cues.for_attempt(attempt))
