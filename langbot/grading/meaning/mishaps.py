"""What happened to one, as the answer to what is wrong («¿qué le pasa?» «me he caído», «me
corté el dedo»): a verb of hurting oneself (`mishap_verbs`) with the answerer's pronoun, in
the perfect or the past."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.states import read_state
from langbot.text import fold


def read_state_or_mishap(s: Sentence, q: Question) -> Found | None:
    """How one is (meaning/facts.py), or, asked what is wrong with no `of` and of oneself,
    a mishap: «me he caído», «me caí por la escalera», «me he cortado el dedo», «me he
    hecho daño en la rodilla» (`mishap_phrases`)."""
    found = read_state(s, q)
    if found is not None or q.asks.of is not None or q.asks.who != "i":
        return found
    phrase = s.phrases("mishap_phrases")  # «me he hecho daño»: a verb too light alone
    if phrase:
        return Found(phrase[0][0], s.clause_end(phrase[0][0]), phrase[0])
    mishaps, pronouns = s.words.folded("mishap_verbs"), q.liking_pronouns(s)
    perfect = s.words.folded("perfect_auxiliaries")
    for k in range(1, len(s)):
        if s.a.at(k - 1) not in pronouns:
            continue
        had = any(fold(f.lemma) in perfect and f.person == "1s" for f in s.a.of(k, "VERB"))
        at = k + 1 if had else k
        forms = ("part",) if had else ("past",)
        if any(fold(f.lemma) in mishaps and f.form in forms for f in s.a.of(at, "VERB")):
            if had or any(f.person == "1s" for f in s.a.of(at, "VERB")):
                return Found(k - 1, s.clause_end(at), (at, at + 1))
    return None
