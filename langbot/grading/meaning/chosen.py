"""A choice said with a verb before it: the question's own verb, or a verb of choosing, in
«I» or «we», then one of the things the question offers: «¿Dónde prefieren sentarse, en el
patio o en el anfiteatro?» «Preferimos el patio»; «¿La de las cinco o la de las ocho?»
«Prefiero la de las ocho»."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Sentence
from langbot.grading.meaning.verbs_asked import question_verbs

# one chooses for oneself or for the group one is part of («¿qué sesión quieren?»)
_CHOOSERS = frozenset({"1s", "1p"})


def past_choosing_verb(s: Sentence, q: Question, i: int) -> int:
    """The token past a finite verb at i that says the answerer's choice (the question's own
    verb, or one of `choosing_verbs` where the question asks a choice, in «I» or «we»); i
    when there is none. «¿Vives en una casa o en un piso?» asks no choice: not «prefiero…»;
    a bare «¿Por la mañana o por la tarde?» asks one."""
    lemmas = question_verbs(q.bot_line(s))
    if not lemmas or lemmas & s.words.folded("choice_question_verbs"):
        lemmas |= s.words.folded("choosing_verbs")
    persons = q.persons_in(s) | _CHOOSERS
    k = i + (s.w[i] in s.words.folded("choosers") if i < len(s.w) else 0)  # «yo prefiero…»
    return k + 1 if s.verbs(k, lemmas, persons, ("pres", "cond")) else i
