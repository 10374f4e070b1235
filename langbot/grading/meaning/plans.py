"""A plan: «voy a ir al cine», «tengo que estudiar», «vamos a la playa», or the infinitive
alone to a question asked with one."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.tokens import BOUNDARY


def read_plan(s: Sentence, q: Question) -> Found | None:
    """«voy a ir al cine», «pienso descansar», «quiero ver una película», «tengo que
    estudiar», «me gustaría salir»."""
    plans, wish = s.words.folded("plan_verbs"), s.words.folded("wish_verbs")
    mine = s.words.folded("learner_pronouns")
    persons = _plan_persons(q, s)
    for i in range(len(s)):
        if not s.verbs(i, plans, persons, ("pres", "cond")) and not (
            s.a.at(i - 1) in mine and s.verbs(i, wish, {"3s"}, ("cond",))
        ):
            continue
        k = i + 1 + (s.a.at(i + 1) in s.words.folded("plan_links"))
        if s.infinitive(k) and _names_the_class(s, q, k + 1, s.clause_end(k)):
            return Found(i, s.clause_end(k), (k, s.clause_end(k)))
    found = _going(s, q) or _bare_plan(s, q) or _asked_verb_said(s, q) or _proposed(s, q)
    return found or _future_said(s, q) or _we_can(s, q)


def _we_can(s: Sentence, q: Question) -> Found | None:
    """To a question asked in «we» («¿qué hacemos después?»), «podemos» + an infinitive
    proposes a plan: «podemos ir de compras», «¿podemos cenar fuera?»."""
    bot = q.bot_line(s)
    if not any(f.person == "1p" for k in range(len(bot)) for f in bot.a.of(k, "VERB")):
        return None
    for i in range(len(s)):
        if s.verbs(i, s.words.folded("we_proposal_verbs"), {"1p"}, ("pres", "cond")):
            if s.infinitive(i + 1) and _names_the_class(s, q, i + 2, s.clause_end(i + 1)):
                return Found(i, s.clause_end(i + 1), (i + 1, s.clause_end(i + 1)))
    return None


def _proposed(s: Sentence, q: Question) -> Found | None:
    """To a question asked in «we» in the present («¿qué cocinamos hoy?»), a verb in «we» in
    the present that names a thing of the class asked: «hacemos una tortilla», «podemos hacer
    una paella» (a proposal, as the question is); to a question with no verb, which goes on
    from the last one, in the answerer's person too: «¿y para beber?» «llevo agua»."""
    bot = q.bot_line(s)
    finite = [f for k in range(len(bot)) for f in bot.a.of(k, "VERB") if f.person]
    if q.asks.of not in s.kb.vocabulary.noun_classes:
        return None
    if any(f.person == "1p" and f.form == "pres" for f in finite):
        persons = frozenset({"1p"})
    elif not any(
        bot.a.only(k, "VERB") and any(f.person for f in bot.a.of(k, "VERB"))
        for k in range(len(bot))
    ):
        # «¿y para beber?» («para» is no verb there) goes on from the last question
        persons = _plan_persons(q, s)
    else:
        return None
    needing = s.words.folded("order_verbs") | s.words.folded("plan_verbs")
    for i in range(len(s)):
        verbs = [f for f in s.a.of(i, "VERB") if f.person in persons and f.form == "pres"]
        if verbs and not any(f.lemma in needing for f in verbs):  # «necesitamos huevos»: a need
            end = s.clause_end(i)
            if _names_the_class(s, q, i + 1, end):
                return Found(i, end, (i, end))
    return None


def _asked_verb_said(s: Sentence, q: Question) -> Found | None:
    """The question's infinitive said by who answers, in the present or the future: «¿qué
    vas a traer?» «traigo una tarta», «traeré una tarta» (not the question's «hacer»); to
    «¿adónde…?», saying where to («vamos a la montaña», not «vamos en tren»)."""
    bot = q.bot_line(s)
    asked = _asked_infinitive(bot)
    if asked is None or asked in s.words.folded("empty_plan_verbs"):
        return None
    where = any(
        bot.phrase_at(k, p)
        for k in range(len(bot))
        for p in s.words.phrases("destination_questions")
    )
    to = s.words.folded("destination_links")
    for i in range(len(s)):
        if s.verbs(i, frozenset({asked}), _plan_persons(q, s), ("pres", "fut")):
            end = s.clause_end(i)
            if where and not to & set(s.w[i + 1 : end]):
                continue  # «¿adónde quieres ir?» «vamos en tren»: how, not where
            if end > i + 1 and _names_the_class(s, q, i + 1, end):
                return Found(i, end, (i, end))
    return None


def _future_said(s: Sentence, q: Question) -> Found | None:
    """To a question of what one is going to do («¿qué me vas a regalar?»), any verb of who
    answers in the future tense, naming what the question asks of: «te daré un libro»."""
    if _asked_infinitive(q.bot_line(s)) is None:
        return None
    persons = _plan_persons(q, s)
    for i in range(len(s)):
        if any(f.form == "fut" and f.person in persons for f in s.a.of(i, "VERB")):
            end = s.clause_end(i)
            said = end > i + 1 or q.asks.of is None
            if said and _names_the_class(s, q, i + 1, end):
                return Found(i, end, (i, end))
    return None


def _asked_infinitive(bot: Sentence) -> str | None:
    """The infinitive the bot's question asks with, after a plan verb and its link («¿qué vas
    a hacer?», «¿qué tiene que hacer?», «¿qué quieres hacer?»), else None."""
    plans = bot.words.folded("plan_verbs")
    for i in range(len(bot)):
        if bot.verbs(i, plans, None, ("pres", "cond")):
            k = i + 1 + (bot.a.at(i + 1) in bot.words.folded("plan_links"))
            if bot.infinitive(k):
                return bot.w[k]
    return None


def _doing_asked(bot: Sentence) -> str | None:
    """The bot's «hacer» asked in a person with no infinitive after it («¿qué hacemos
    después?», «¿qué haces mañana?»): an infinitive alone answers it too."""
    empty = bot.words.folded("empty_plan_verbs")
    for i in range(len(bot)):
        found = [f for f in bot.verbs(i, empty, None, ("pres", "fut")) if f.person]
        if found:
            return found[0].lemma
    return None


def _bare_plan(s: Sentence, q: Question) -> Found | None:
    """To a question that asks for an infinitive, the infinitive alone, as one answers it:
    «Ir a la playa.», «Descansar y beber agua.» (no person to get wrong; the question's own
    «hacer» alone says nothing)."""
    i = s.opening()
    if i >= len(s) or not s.infinitive(i):
        return None
    asked, end = _asked_infinitive(q.bot_line(s)) or _doing_asked(q.bot_line(s)), s.clause_end(i)
    if asked is None or (s.w[i] == asked and end == i + 1):
        return None
    if not _names_the_class(s, q, i + 1, end):
        return None
    return Found(i, end, (i, end))


def _names_the_class(s: Sentence, q: Question, start: int, end: int) -> bool:
    """With `of` a class of nouns («¿qué vas a comprar?», of food), the plan names a thing of
    it («voy a comprar fruta», not «voy a nadar»)."""
    if q.asks.of not in s.kb.vocabulary.noun_classes:
        return True
    # a class's related ones too: what one brings as food may be a drink («traigo vino»)
    return any(s.noun_of(k, q.classes(s, related=True)) is not None for k in range(start, end))


def _plan_persons(q: Question, s: Sentence) -> frozenset[str]:
    """Who may say the plan: a plan of «yo» is often shared («vamos a ir al cine»)."""
    return q.persons_in(s) | ({"1p"} if q.asks.who == "i" else frozenset())


def _name_end(s: Sentence, k: int) -> int | None:
    """The end of a place's name at k: «Madrid», «San Sebastián»."""
    j = k
    while j < len(s) and s.w[j] != BOUNDARY and s.a.original(j)[:1].isupper():
        j += 1
    return j if j > k else None


def _going(s: Sentence, q: Question) -> Found | None:
    """A plan said as where one goes: «voy a la playa», «vamos al cine» (not where the
    question asks a thing of a class: «¿qué vas a comprar?»)."""
    if q.asks.of is not None:
        return None
    persons = _plan_persons(q, s)
    links = s.words.folded("going_links")
    for i in range(len(s)):
        if s.a.at(i - 1) in links:
            continue  # «voy a voy a la playa»: no verb after «a»
        if s.verbs(i, s.words.folded("going_verbs"), persons) and s.a.at(i + 1) in links:
            k = i + 2
            if any(f.person in persons for f in s.a.of(k, "VERB")):
                continue  # «voy a juego»: a verb in the learner's person, not a place
            end = s.noun_phrase(k, frozenset()) or _name_end(s, k)
            if end is not None and not s.infinitive(k):
                return Found(i, s.clause_end(k), (k, end))
    return _bare_going(s, q, links)


def _bare_going(s: Sentence, q: Question, links: frozenset[str]) -> Found | None:
    """To a question of where one goes («¿adónde vas?», «¿a dónde vais?»), the place alone:
    «A Barcelona.», «Al cine con Ana.»."""
    bot, going = q.bot_line(s), s.words.folded("going_verbs")
    where = s.words.phrases("destination_questions")
    if not any(bot.phrase_at(k, p) for k in range(len(bot)) for p in where) and (
        _asked_infinitive(bot) or not any(bot.verbs(k, going, None) for k in range(len(bot)))
    ):
        return None  # «¿qué vas a hacer?» asks what, not where
    k = s.opening()
    if s.a.at(k) not in links or s.infinitive(k + 1):
        return None
    end = s.noun_phrase(k + 1, frozenset()) or _name_end(s, k + 1)
    return Found(k, s.clause_end(k), (k + 1, end)) if end is not None else None
