"""The person a step's question asks how they are, where the word for them tells their sex:
«¿cómo está tu madre?» (f), «¿cómo es tu hermano?» (m), «¿cómo es Pablo?» (a name the lexicon
knows of one gender), so an answer that leaves them unsaid agrees with them («cansada»,
«simpático»). A masculine job or kind («tu profesor», «el perro») may stand for either sex,
and a noun both sexes share («tu familia», «esa persona») tells neither."""

from functools import lru_cache

from langbot.grading.analyses import analysed
from langbot.grading.knowledge import Knowledge
from langbot.grading.lexicon import lexicon
from langbot.grading.meaning.sentence import Sentence
from langbot.grading.meaning.words import meaning_words
from langbot.grading.rules.registry import engine
from langbot.grading.tokens import tokenize
from langbot.grading.ud_features import GENDER_LETTERS


@lru_cache(maxsize=1024)
def asked_person(bot: str, kb: Knowledge) -> tuple[str, str] | None:
    """The gender and number of the one person the bot's question asks how they are, right
    after «cómo es», «qué tal está» («¿cómo está tu madre?»: f, s); None when it names
    none, several, or one whose word tells no sex."""
    s = Sentence(analysed(tokenize(bot), engine()[0]), engine()[0], kb, meaning_words())
    copulas = s.words.folded("subject_copulas")
    asking = s.words.phrases("describing_questions")
    found = set()
    for i in range(len(s)):
        if not s.verbs(i, copulas, {"3s", "3p"}):
            continue
        if not any(i >= len(p) and s.phrase_at(i - len(p), p) for p in asking):
            continue
        k = s.after_det(i + 1)
        found |= _sexed(s, k) if k > i + 1 else _named(s, k)
    return next(iter(found)) if len(found) == 1 else None


def _sexed(s: Sentence, k: int) -> set[tuple[str, str]]:
    """The gender and number of the people noun at k where it tells the sex: a feminine, or
    a masculine of a class that tells it («padre», «hermanos»); none for a shared noun."""
    people, sexed = s.words.folded("gendered_classes"), s.words.folded("sexed_classes")
    if s.a.at(k) in s.words.folded("shared_people"):
        return set()
    return {
        (f.gender, f.number)
        for f in s.a.of(k, "NOUN")
        if f.classes & people and f.number and (f.gender == "f" or f.classes & sexed)
    }


def _named(s: Sentence, k: int) -> set[tuple[str, str]]:
    """The gender of the capitalised name at k where every reading of it as a name or a
    noun the lexicon gives with a gender has the same one («Pablo»: m); none otherwise."""
    if not s.a.original(k)[:1].isupper():
        return set()
    genders = {
        GENDER_LETTERS.get(r.gender or "")
        for r in lexicon().readings_folded(s.a.at(k))
        if r.upos in ("PROPN", "NOUN") and r.gender
    }
    return {(genders.pop(), "s")} if len(genders) == 1 and None not in genders else set()
