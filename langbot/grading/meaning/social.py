"""The exchanges of a conversation: replying to thanks, accepting or declining, ordering
(a polite question is a request), saying who with, and a plan."""

from langbot.grading.meaning.liking import bare_answer
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.tokens import BOUNDARY


def _first_phrase(
    s: Sentence, fields: tuple[str, ...], unless: tuple[str, ...] = ()
) -> Found | None:
    """The first phrase of the fields, outside any phrase of `unless` («nada» is no «de
    nada»)."""
    taken = [span for field in unless for span in s.phrases(field)]
    spans = [
        (i, j)
        for field in fields
        for i, j in s.phrases(field)
        if not any(a <= i and j <= b for a, b in taken)
    ]
    if not spans:
        return None
    start, end = min(spans)
    return Found(start, end)


def _asked_back(s: Sentence, k: int) -> bool:
    """Token k sits inside a question («¿vale?»)."""
    text, at = s.a.tokens.original, s.a.tokens.spans[k][0]
    opening = text.rfind("¿", 0, at + 1)
    return opening >= 0 and "?" not in text[opening:at] and "?" in text[at:]


def read_thanks_reply(s: Sentence, q: Question) -> Found | None:
    """«de nada», «no hay de qué», «con mucho gusto», «a ti»."""
    return _first_phrase(s, ("thanks_replies",))


def read_accept_decline(s: Sentence, q: Question) -> Found | None:
    """«me encantaría», «lo siento, no puedo»; for «¿algo más?» «con esto es suficiente»;
    for a time proposed, a yes or another time: «mejor a las nueve»."""
    fields = {"thing": ("enough_phrases",), "time": ("accept_phrases",)}.get(
        q.asks.of or "", ("accept_phrases", "decline_phrases")
    )
    found = _first_phrase(s, fields, unless=("thanks_replies",))
    if q.asks.of == "time" and (found is None or _asked_back(s, found.start)):
        time = s.find_time(0, len(s))  # «mejor a las ocho, ¿vale?»: the time, not «¿vale?»
        if time:
            return Found(*time, time)
    if found is None and q.asks.of == "thing":  # «sí, un vaso de agua»: something more
        found = _wanting(s, q) or _bare_order(s, q)
    return found


def read_accept(s: Sentence, q: Question) -> Found | None:
    """«me encantaría», «¡claro!», «por supuesto»."""
    return _first_phrase(s, ("accept_phrases",))


def read_decline(s: Sentence, q: Question) -> Found | None:
    """«lo siento, no puedo», «otro día», «no, gracias», or a reason the learner cannot:
    «tengo que estudiar»."""
    return _first_phrase(s, ("decline_phrases",)) or _obligation(s, q)


def _obligation(s: Sentence, q: Question) -> Found | None:
    """«tengo que» (or «debo») and an infinitive: something else the learner must do."""
    verbs, links = s.words.folded("obligation_verbs"), s.words.folded("plan_links")
    for i in range(len(s)):
        if s.verbs(i, verbs, q.persons):
            k = i + 1 + (s.a.at(i + 1) in links)
            if s.infinitive(k):
                return Found(i, s.clause_end(k), (k, s.clause_end(k)))
    return None


def read_order(s: Sentence, q: Question) -> Found | None:
    """«quisiera un café», «¿me pone un café?», «¿me puede traer una tostada?», «un café,
    por favor»."""
    return _request(s, q) or _wanting(s, q) or bare_answer(s, q) or _bare_order(s, q)


def _bare_order(s: Sentence, q: Question) -> Found | None:
    """The thing alone between «para mí» or a greeting and «por favor»: «para mí, un
    cortado», «un café con leche por favor»."""
    i, moved = 0, True
    openers = [*s.words.phrases("order_openers"), *((w,) for w in s.words.folded("bare_openers"))]
    while moved:
        moved = False
        while i < len(s) and s.w[i] == BOUNDARY:
            i += 1
        for phrase in openers:
            if s.phrase_at(i, phrase):
                i, moved = i + len(phrase), True
                break
    classes = q.classes(s) or _model_classes(s, q)
    end = s.noun_phrase(i, classes)
    if end is None or not (classes or q.asks.of == "thing"):
        return None
    k = end
    while k < len(s):
        if s.w[k] == BOUNDARY:
            k += 1
            continue
        tail = next((p for p in s.words.phrases("courtesy_tails") if s.phrase_at(k, p)), None)
        if tail is None:
            return None
        k += len(tail)
    return Found(i, end, (i, end))


def _model_classes(s: Sentence, q: Question) -> frozenset[str]:
    """With no `of`, the classes of the nouns the model answer orders («un billete de ida»:
    a thing), so a bare order names a thing of that kind."""
    if q.asks.of is not None:
        return frozenset()
    model = q.model_line(s)
    return frozenset(c for k in range(len(model)) for f in model.a.of(k, "NOUN") for c in f.classes)


def _thing(s: Sentence, q: Question, start: int, k: int) -> Found | None:
    k = s.skip_degree(k)
    end = s.noun_phrase(k, q.classes(s))
    return Found(start, end, (k, end)) if end is not None else None


def _request(s: Sentence, q: Question) -> Found | None:
    """A polite question: «me» and a verb of serving in the «usted» or «tú» form, directly or
    after «puede»."""
    serve, modal = s.words.folded("request_verbs"), s.words.folded("request_modals")
    addressed = {"3s", "2s"}
    for i in range(len(s)):
        if s.w[i] not in s.words.folded("learner_pronouns"):
            continue
        k = i + 1
        if s.verbs(k, modal, addressed, ("pres", "cond")):
            k += 1
            if s.verbs(k, serve, None, ("inf",)):
                return _thing(s, q, i, k + 1)
        elif s.verbs(k, serve, addressed, ("pres", "cond", "imp")):
            return _thing(s, q, i, k + 1)
    for i in range(len(s)):  # «póngame un café», «deme un kilo»: the pronoun joined
        if _joined_request(s, i, serve):
            return _thing(s, q, i, i + 1)
    for i in range(len(s)):  # «¿puede traerme un café?»
        if s.verbs(i, modal, addressed, ("pres", "cond")) and s.verbs(i + 1, serve, None, ("inf",)):
            return _thing(s, q, i, i + 2)
    return None


def _joined_request(s: Sentence, i: int, serve: frozenset[str]) -> bool:
    """Token i is an imperative of a verb of serving with the learner's pronoun joined."""
    for pronoun in s.words.folded("learner_pronouns"):
        stem = s.w[i].removesuffix(pronoun)
        if stem != s.w[i] and stem:
            readings = s.lexicon.lookup(stem)
            if any(f.pos == "VERB" and f.form == "imp" and f.lemma in serve for f in readings):
                return True
    return False


def _wanting(s: Sentence, q: Question) -> Found | None:
    """The learner as subject of a verb of ordering: «quiero», «quisiera», «tomo», «voy a
    tomar»."""
    verbs = s.words.folded("order_verbs")
    for i in range(len(s)):
        progressive = s.verbs(i, s.words.folded("progressive"), q.persons)
        if progressive and s.verbs(i + 1, verbs, None, ("ger",)):  # «estoy buscando»
            found = _thing(s, q, i, i + 2)
            if found:
                return found
        if s.verbs(i, verbs, q.persons, ("pres", "cond", "subj", "fut")):
            found = _thing(s, q, i, i + 1)
            if found:
                return found
        if s.verbs(i, verbs, None, ("inf",)) and i and _said_by_me(s, i - 1):
            found = _thing(s, q, i, i + 1)
            if found:
                return found
    return None


def _said_by_me(s: Sentence, k: int) -> bool:
    """Token k (or «a» before it) is a verb in the learner's person: «voy a tomar»."""
    if s.w[k] in s.words.folded("plan_links"):
        k -= 1
    mine = s.words.folded("learner_pronouns")
    return any(f.person == "1s" for f in s.a.of(k, "VERB")) or s.a.at(k - 1) in mine


def read_company(s: Sentence, q: Question) -> Found | None:
    """«con mi prima», «voy con unos amigos», «con Sarah y Tom», «solo»."""
    openers, alone = s.words.folded("company_openers"), s.words.folded("alone_words")
    for k in range(len(s)):
        cs, ce = s.clause_at[k]
        if s.w[k] in alone and (k == cs or s.a.of(k - 1, "VERB")):
            return Found(cs, k + 1, (k, k + 1))
        if s.w[k] in openers and _someone(s, k + 1):
            return Found(cs, ce, (k + 1, ce))
    return None


def _someone(s: Sentence, i: int) -> bool:
    """A person at i: a noun phrase, a subject pronoun, or a name (capitalised)."""
    while s.a.of(i, "DET") or s.a.of(i, "NUM"):
        i += 1
    if i >= len(s) or s.w[i] == BOUNDARY:
        return False
    pronoun = any(f.person for f in s.a.of(i, "PRON"))
    if s.noun_of(i, frozenset({"family", "person"})) or pronoun:
        return True
    return not s.a.readings[i] and s.a.original(i)[:1].isupper()


def read_plan(s: Sentence, q: Question) -> Found | None:
    """«voy a ir al cine», «pienso descansar», «quiero ver una película», «tengo que
    estudiar», «me gustaría salir»."""
    plans, wish = s.words.folded("plan_verbs"), s.words.folded("wish_verbs")
    mine = s.words.folded("learner_pronouns")
    persons = _plan_persons(q)
    for i in range(len(s)):
        if not s.verbs(i, plans, persons, ("pres", "cond")) and not (
            s.a.at(i - 1) in mine and s.verbs(i, wish, {"3s"}, ("cond",))
        ):
            continue
        k = i + 1 + (s.a.at(i + 1) in s.words.folded("plan_links"))
        if s.infinitive(k) and _names_the_class(s, q, k + 1, s.clause_end(k)):
            return Found(i, s.clause_end(k), (k, s.clause_end(k)))
    return _going(s, q) or _bare_plan(s, q)


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


def _bare_plan(s: Sentence, q: Question) -> Found | None:
    """To a question that asks for an infinitive, the infinitive alone, as one answers it:
    «Ir a la playa.», «Descansar y beber agua.» (no person to get wrong; the question's own
    «hacer» alone says nothing)."""
    i = s.opening()
    if i >= len(s) or not s.infinitive(i):
        return None
    asked, end = _asked_infinitive(q.bot_line(s)), s.clause_end(i)
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
    return any(s.noun_of(k, q.classes(s)) is not None for k in range(start, end))


def _plan_persons(q: Question) -> frozenset[str]:
    """Who may say the plan: a plan of «yo» is often shared («vamos a ir al cine»)."""
    return q.persons | ({"1p"} if q.asks.who == "i" else frozenset())


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
    persons = _plan_persons(q)
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
    if _asked_infinitive(bot) or not any(bot.verbs(k, going, None) for k in range(len(bot))):
        return None  # «¿qué vas a hacer?» asks what, not where
    k = s.opening()
    if s.a.at(k) not in links or s.infinitive(k + 1):
        return None
    end = s.noun_phrase(k + 1, frozenset()) or _name_end(s, k + 1)
    return Found(k, s.clause_end(k), (k + 1, end)) if end is not None else None
