"""An answer told only in the past to a question asked in the present («¿Qué haces por la
tarde?» «Fui al cine»): it tells what happened once, not what the learner does, so it does not
answer yet. The mirror of rules/step_tense.py, which wants the past where the step tells it."""

from functools import lru_cache

from langbot.grading.analyses import analysed
from langbot.grading.analysis import Analysis
from langbot.grading.knowledge import knowledge
from langbot.grading.meaning.asked import questions
from langbot.grading.rules.registry import engine
from langbot.grading.step_tenses import step_past_verbs
from langbot.grading.tokens import Tokens, tokenize
from langbot.lessons import Step
from langbot.text import fold

_FINITE = ("pres", "past", "impf", "fut", "cond", "subj", "imp")
_PAST = ("past", "impf")


def _forms(a: Analysis, k: int) -> set[str]:
    """The finite forms token k may be as a verb."""
    return {f.form for f in a.of(k, "VERB") if f.form in _FINITE}


@lru_cache(maxsize=1024)
def asks_in_present(step: Step) -> bool:
    """The step's last question opens with a question word and asks with a present verb,
    and nothing of the step is told in the past («¿qué haces por la tarde?»)."""
    if step_past_verbs(step):
        return False
    bot = tokenize(step.bot)
    spans = questions(bot)
    if not spans:
        return False
    start, end = spans[-1]
    words = knowledge().words
    asking = {fold(w) for w in bot.words[start:end]}
    if asking.isdisjoint(words.question_words) or not asking.isdisjoint(words.since_words):
        return False  # a yes/no question («¿conoces Madrid?» «sí, fui el año pasado»)
    a = analysed(bot, engine()[0])
    asked = [k for k in range(start, end) if _forms(a, k) == {"pres"}]
    lemmas = {f.lemma for k in asked for f in a.of(k, "VERB")}
    return bool(lemmas) and lemmas.isdisjoint(words.state_verbs)


def told_only_in_past(step: Step, tokens: Tokens) -> bool:
    """The answer's verbs are all in the preterite or the imperfect, at a step that asks in
    the present: «fui al cine», «jugaba al fútbol» to «¿qué haces los sábados?»."""
    if not asks_in_present(step):
        return False
    a = analysed(tokens, engine()[0])
    forms = [_forms(a, k) for k in range(len(a))]
    # a word that may be another word too tells no tense for sure («media», «vino»)
    told = [f for k, f in enumerate(forms) if f and a.only(k, "VERB")]
    return (
        bool(told)
        and all(f <= set(_PAST) for f in told)
        and all(f & set(_PAST) for f in forms if f)
    )
