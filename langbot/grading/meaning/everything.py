"""Everything as the answer to what kind one likes («me gusta todo», «de todo un poco»)."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence


def read_everything(s: Sentence, q: Question) -> Found | None:
    """A liking verb after who answers' pronoun, or nothing, and a phrase of everything
    (`all_answers`) closing the clause: «me gusta todo», «me gusta un poco de todo», «de
    todo un poco»; not with another verb («como de todo»)."""
    pronouns, liking = q.liking_pronouns(s), s.words.folded("liking_verbs")
    for i, j in s.phrases("all_answers"):
        if j != s.clause_end(i):
            continue
        start = s.clause_at[i][0]
        if i == start:
            return Found(i, j, (i, j))
        v = i - 1
        while v > start and s.a.at(v) in s.words.folded("degree_words"):
            v -= 1
        if v > start and s.a.at(v - 1) in pronouns and s.verbs(v, liking, {"3s"}):
            return Found(v - 1, j, (i, j))
    return None


def all_of_kind(s: Sentence, k: int, q: Question) -> int | None:
    """The end of all of the noun the question names, to the clause's end: «todas las
    películas», «todas sus películas», «todo tipo de películas» answer «¿qué películas te
    gustan?» (every kind)."""
    if s.a.at(k) not in s.words.folded("whole_words"):
        return None
    if s.clause_end(k) == k + 1 and _all_asked(s, k, q):
        return k + 1  # «le gustan todas» to «¿qué flores le gustan?»
    j = k + 1  # «todo tipo de música», «toda clase de libros»: every kind of the noun
    j += next((len(p) for p in s.words.phrases("whole_kinds") if s.phrase_at(j, p)), 0)
    end = s.noun_phrase(j, frozenset())
    if end is None or end != s.clause_end(k) or not q.only_topic(s, j, end):
        return None
    return end


def _all_asked(s: Sentence, k: int, q: Question) -> bool:
    """The whole word at k, alone, has the gender and number of a plural noun the bot's
    question names («todas» for «flores»): all of them."""
    said = {(f.gender, f.number) for pos in ("DET", "PRON", "ADJ") for f in s.a.of(k, pos)}
    bot = q.bot_line(s)
    named = {
        (f.gender, f.number)
        for j in range(len(bot))
        for f in bot.a.of(j, "NOUN")
        if f.number == "p" and bot.a.at(j - 1) in bot.kb.words.question_words
    }
    return bool(said & named)
