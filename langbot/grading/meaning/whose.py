"""Whose answer it is: where a step asks about the learner, an answer that says it of someone
else («Mi padre es de México», «A mi novia le gusta la pizza», «Él habla español») answers
no question the bot asked, whatever the kind that asks about the learner (`personal_kinds`)."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Sentence
from langbot.grading.tokens import BOUNDARY


def asks_about_learner(q: Question, s: Sentence) -> bool:
    """Whether the step asks the learner about themselves, in a kind said of who does it."""
    return q.asks.who == "i" and q.asks.kind in s.words.folded("personal_kinds")


def of_someone_else(s: Sentence, start: int, end: int) -> bool:
    """Whether the clauses of an answer's core [start, end) name a third person as who does
    or likes what it says."""
    first = s.clause_at[start][0] if start < len(s) else start
    last = s.clause_end(max(end - 1, start))
    return any(_third_person_subject(s, k) for k in range(first, last))


def _third_person_subject(s: Sentence, k: int) -> bool:
    """Token k is only a third-person verb with someone before it: a subject pronoun, a
    person's noun after its determiner («mi padre es»), or «le/les» before a gustar-like
    verb («a mi novia le gusta»)."""
    readings = s.a.of(k, "VERB")
    third = [f for f in readings if f.person in ("3s", "3p") and f.form != "inf"]
    if not third:
        return False
    j = k - 1
    while j >= 0 and s.w[j] in s.words.folded("before_verb"):
        if s.w[j] in s.words.folded("third_clitics") and any(
            s.kb.verbs.is_like_gustar(f.lemma) for f in third
        ):
            return True
        j -= 1
    if j < 0 or s.w[j] == BOUNDARY:
        return False
    if s.w[j] in s.words.folded("third_subjects"):
        return not s.a.of(k, "NOUN")  # «el habla» is a noun after its article
    people = s.words.folded("people_classes")
    named = any(f.classes & people for f in s.a.of(j, "NOUN"))
    return named and s.w[j] not in s.words.folded("we_nouns") and bool(s.a.of(j - 1, "DET"))
