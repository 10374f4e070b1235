"""The verbs a step tells in the past: its model answer's and its questions' preterites and
imperfects («comí», «estaba», «¿qué le robaron?»). A learner who tells one of them in the
present answers in the wrong tense."""

from langbot.grading.lexicon import lexicon
from langbot.grading.meaning.asked import questions
from langbot.grading.past_forms import TENSES
from langbot.grading.tokens import BOUNDARY, tokenize
from langbot.lessons import Step


def past_tenses(written: str) -> dict[str, str]:
    """A word as written: each verb it is only a past indicative of -> that past («comí»:
    comer, past; «estaba»: estar, impf); none where it is also that verb's present
    («pasamos»), which tells no tense."""
    found: dict[str, str] = {}
    present: set[str] = set()
    for r in lexicon().readings(written):
        if r.upos not in ("VERB", "AUX") or r.verbform != "Fin":
            continue
        if r.mood == "Ind" and r.tense in TENSES:
            found.setdefault(r.lemma, TENSES[r.tense])
        else:
            present.add(r.lemma)
    return {lemma: form for lemma, form in found.items() if lemma not in present}


def _names_a_thing(written: str) -> bool:
    """The word may be a noun or a name («vino», «Lucía»): it tells no tense for sure."""
    return written[:1].isupper() or any(
        r.upos in ("NOUN", "PROPN") for r in lexicon().readings(written.lower())
    )


def _told_past(text: str, spans: list[tuple[int, int]], wanted: dict) -> None:
    """Add the past verbs of the token spans of `text` to `wanted` (first found kept); a
    word inside a sentence that may be a noun or a name is none («vino», «Lucía»)."""
    tokens = tokenize(text)
    for start, stop in spans:
        for j in range(start, stop):
            if tokens.words[j] == BOUNDARY:
                continue
            at, end_at = tokens.spans[j]
            word = text[at:end_at]
            opening = text[:at].rstrip()[-1:] in ("", ".", "!", "?", "¡", "¿")
            if not opening and _names_a_thing(word):
                continue
            for lemma, form in past_tenses(word.lower()).items():
                wanted.setdefault(lemma, (form, word.lower()))


def step_past_verbs(step: Step) -> dict[str, tuple[str, str]]:
    """The step's verbs told in the preterite or the imperfect -> (that tense: past or impf;
    the form the step writes: «comí», «estaba»), the model answer's first. Not the perfect:
    «¿con quién has venido?» is answered «vengo con mi hermana» as well as «he venido»."""
    wanted: dict[str, tuple[str, str]] = {}
    _told_past(step.model_answer, [(0, len(tokenize(step.model_answer).words))], wanted)
    _told_past(step.bot, questions(tokenize(step.bot)), wanted)
    return wanted
