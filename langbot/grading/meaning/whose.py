"""Whose answer it is: where a step asks about the learner, an answer that says it of someone
else («Mi padre es de México», «A mi novia le gusta la pizza», «Él habla español») answers
no question the bot asked, whatever the kind that asks about the learner (`personal_kinds`)."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Sentence
from langbot.grading.meaning.words import MeaningWords
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold as fold_lemma


def _kinds(q: Question, words: MeaningWords) -> str | None:
    """The word list of the kinds whose answer is said of who the step asks about, if this
    step's kind is one («personal_kinds» for the learner, «about_other_kinds» for another)."""
    field = {"i": "personal_kinds", "other": "about_other_kinds"}.get(q.asks.who)
    return field if field and q.asks.kind in words.kinds(field) else None


def may_be_someone_else(q: Question, words: MeaningWords) -> bool:
    """Whether an answer to this step can be said of the wrong person at all (read before
    analysing the answer, so other steps pay nothing)."""
    return _kinds(q, words) is not None


def of_someone_else(s: Sentence, q: Question, start: int, end: int) -> bool:
    """Whether the clauses of an answer's core [start, end) say it of someone the step does
    not ask about: a third person where it asks about the learner («Mi padre es de
    México»), a person the question does not name where it asks about someone («Mi padre es
    alto» to «¿Cómo es tu madre?»)."""
    first = s.clause_at[start][0] if start < len(s) else start
    last = s.clause_end(max(end - 1, start))
    field = _kinds(q, s.words)
    if field == "personal_kinds":
        asked = _asked_of_others(s, q)  # «¿viene alguien?» «mis primos vienen»
        return any(
            (_third_person_subject(s, k) or _bot_possessive_subject(s, q, k))
            and not s.verbs(k, asked, {"3s", "3p"})
            for k in range(first, last)
        )
    if field == "about_other_kinds":
        return any(_unasked_person(s, q, k) for k in range(first, last))
    return False


def _unasked_person(s: Sentence, q: Question, k: int) -> bool:
    """Token k is a third-person verb after a person's noun the question does not name, nor
    a word for the same person («mi mamá» where it names «tu madre»)."""
    j = _subject_at(s, k)
    if j is None or not s.a.of(j - 1, "DET"):
        return False
    nouns = [f for f in s.a.of(j, "NOUN") if f.classes & s.words.folded("people_classes")]
    if not nouns:
        return False
    asked = set(q.bot_words)
    bot = q.bot_line(s)
    people = s.words.folded("people_classes")
    # «¿cómo se llama?»: no llama; «tu mejor amigo»: a friend
    named = [m for m in range(len(bot)) if bot.a.of(m - 1, "DET") or not bot.a.of(m, "VERB")]
    if not any(f.classes & people for m in named for f in bot.a.of(m, "NOUN")):
        return False  # «¿Cómo se llama?» names no one: who it is comes from the talk before
    asked |= {f.lemma for m in range(len(bot)) for f in bot.a.of(m, "NOUN")}
    if _of_asked_kind(s, bot, nouns):
        return False
    for group in s.words.people:
        if asked & group:
            asked |= group
    said = {s.w[j], *(fold_lemma(f.lemma) for f in nouns)}
    return not any(_genders(w) & asked for w in said)


def _of_asked_kind(s: Sentence, bot: Sentence, nouns: list) -> bool:
    """The noun said is one of a kind the question names by a `kind_nouns` word («mi perro»
    to «¿cómo se llama su mascota?»)."""
    kinds = s.words.folded("kind_nouns")
    asked = {
        c
        for m in range(len(bot))
        if bot.w[m] in kinds
        for f in bot.a.of(m, "NOUN")
        for c in f.classes
    }
    return bool(asked & {c for f in nouns for c in f.classes})


def _genders(word: str) -> set[str]:
    """A person's noun and its other gender's form, as the masculine may name either («tu
    profesor»: «mi profesora»; «tu amigo o amiga»)."""
    if word.endswith(("a", "o")):
        return {word, word[:-1] + "o", word[:-1] + "a", word[:-1]}
    return {word, word + "a"}


def _subject_at(s: Sentence, k: int) -> int | None:
    """Where the subject before a third-person verb at k sits, past its pronouns and «no»."""
    if not any(f.person in ("3s", "3p") and f.form != "inf" for f in s.a.of(k, "VERB")):
        return None
    j = k - 1
    while j >= 0 and s.w[j] in s.words.folded("before_verb"):
        j -= 1
    return j if j >= 0 and s.w[j] != BOUNDARY else None


def _asked_of_others(s: Sentence, q: Question) -> frozenset[str]:
    """Where a step asks who goes with the learner, the verbs its question asks in the third
    person of someone other than «usted» («¿viene alguien más?»): others are their subject."""
    if q.asks.kind not in s.words.kinds("company_kinds"):
        return frozenset()
    bot = q.bot_line(s)
    return frozenset(
        f.lemma for k in range(len(bot)) for f in bot.a.of(k, "VERB") if f.person in ("3s", "3p")
    ) - s.words.folded("copula")


def _bot_possessive_subject(s: Sentence, q: Question, k: int) -> bool:
    """Token k is a third-person verb whose subject is the bot's own possessive and noun,
    echoed: «¿cuál es su número?» «su número es…» says the learner's own as another's."""
    j = _subject_at(s, k)
    if j is None or s.w[j - 1] not in s.words.folded("third_possessives"):
        return False
    bot = q.bot_line(s)
    named = {f.lemma for m in range(len(bot)) for f in bot.a.of(m, "NOUN")}
    said = [m for m in range(len(bot)) if bot.w[m] == s.w[j - 1]]
    return bool(said) and any(f.lemma in named for f in s.a.of(j, "NOUN"))


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
