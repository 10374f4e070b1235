"""The verbs a question asks with: its finite verbs, and the infinitives chained to them
(«¿a qué hora quiere salir?»: querer and salir), which an answer may say in its own person."""

from functools import lru_cache

from langbot.grading.meaning.sentence import Sentence

# each is read from the bot's line (one Sentence a step's text, meaning/question.py line):
# worked out once a step, not once a turn
_STEPS = 512


@lru_cache(maxsize=_STEPS)
def question_verbs(s: Sentence) -> frozenset[str]:
    """The lemmas of the finite verbs of the bot's question, but the copula and the verbs of
    liking (the liking reader's, which knows when «me gusta la música» names no kind)."""
    copula = s.words.folded("copula") | s.words.folded("progressive")
    copula |= s.words.folded("liking_verbs")
    return frozenset(
        f.lemma
        for k in range(len(s))
        for f in s.a.of(k, "VERB")
        if f.person and f.lemma not in copula
    ) | perfect_participles(s)


@lru_cache(maxsize=_STEPS)
def perfect_participles(s: Sentence) -> frozenset[str]:
    """The lemmas of the participles after a finite perfect auxiliary («¿qué ha perdido?»:
    perder)."""
    auxiliaries = s.words.folded("perfect_auxiliaries")
    return frozenset(
        f.lemma
        for k in range(1, len(s))
        if any(g.person and g.lemma in auxiliaries for g in s.a.of(k - 1, "VERB"))
        for f in s.a.of(k, "VERB")
        if f.form == "part"
    )


@lru_cache(maxsize=_STEPS)
def asked_in_past(s: Sentence) -> bool:
    """The bot's question asks in a past tense: a perfect («¿qué ha perdido?») or a finite
    verb read only as past («¿cuándo la perdió?»)."""
    if perfect_participles(s):
        return True
    for k in range(len(s)):
        forms = {f.form for f in s.a.of(k, "VERB") if f.person}
        if forms == {"past"}:
            return True
    return False


@lru_cache(maxsize=_STEPS)
def own_verbs(bot: Sentence) -> frozenset[str]:
    """The question's own verbs, chained infinitives too: «¿a qué hora quiere salir?»."""
    return question_verbs(bot) | chained_infinitives(bot)


@lru_cache(maxsize=_STEPS)
def chained_infinitives(bot: Sentence) -> frozenset[str]:
    """The lemmas of the infinitives right after a finite verb of the bot's line, a pronoun
    joined to them or not, or after its link: «¿quiere probársela?» asks about probar, «¿dónde
    va a devolver el coche?» about devolver."""
    links = bot.words.folded("plan_links")
    return frozenset(
        f.lemma
        for k in range(1, len(bot))
        for j in (k - 1, k - 2)
        if any(g.person for g in bot.a.of(j, "VERB")) and (j == k - 1 or bot.a.at(k - 1) in links)
        for f in bot.a.of(k, "VERB")
        if f.form == "inf"
    )


_PAST = frozenset({"past", "impf"})


@lru_cache(maxsize=_STEPS)
def answer_tenses(bot: Sentence) -> frozenset[str]:
    """The tenses an answer takes: the past where the question asks in the past («¿qué
    hiciste?» «fui al cine»), else the present (the verbs of the question itself: «Ayer
    llovió. ¿Qué haces hoy?» asks in the present); a perfect takes both."""
    opening = max(bot.a.tokens.original.rfind("¿"), 0)
    asked = {
        f.form
        for k in range(len(bot))
        if bot.a.tokens.spans[k][0] >= opening
        for f in bot.a.of(k, "VERB")
        if f.person
    }
    if perfect_participles(bot):  # «¿has sido voluntario?» «sí, ayudé en…», «sí, he ayudado…»
        return _PAST | {"pres"}
    return _PAST if asked & _PAST else frozenset({"pres"})
