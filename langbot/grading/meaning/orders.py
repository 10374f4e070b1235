"""Ordering at a counter: a polite question is a request («¿me pone un café?»), a want
(«quisiera…»), the thing alone («un café, por favor»), or browsing («solo estoy mirando»)."""

from langbot.grading.meaning.answering import names_offered, question_verbs
from langbot.grading.meaning.asked import questions
from langbot.grading.meaning.learning import learning, stock_verbs
from langbot.grading.meaning.liking import bare_answer
from langbot.grading.meaning.linked import past_link
from langbot.grading.meaning.model_answer import model_infinitives, names_model_noun
from langbot.grading.meaning.ordered_things import bare_order, thing_ordered
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.talk import read_price_question


def read_order(s: Sentence, q: Question) -> Found | None:
    """«quisiera un café», «¿me pone un café?», «¿me puede traer una tostada?», «un café,
    por favor»."""
    found = _request(s, q) or _wanting(s, q) or bare_answer(s, q) or bare_order(s, q)
    found = found or _browsing(s, q) or _nothing_more(s, q) or _someone_asked_for(s, q)
    if found is None and read_price_question(q.model_line(s), q) is not None:
        return read_price_question(s, q)  # the model asks for the bill: «¿nos cobra?»
    if found is None or _only_when(s, found):
        return None  # «El sábado por la mañana.»: when, not what
    return found if names_offered(s, q, found) else None


def _someone_asked_for(s: Sentence, q: Question) -> Found | None:
    """To a counter's question of what is wanted, with no kind of thing («¿qué desea?»),
    asking to speak to someone: «quiero hablar con el encargado», «necesito ver al médico»."""
    if q.asks.of:
        return None
    for i in range(len(s)):
        if not s.verbs(i, s.words.folded("order_verbs"), q.persons_in(s), ("pres", "cond", "subj")):
            continue
        for phrase in s.words.phrases("someone_asked_for"):
            j = i + 1 + len(phrase)
            if s.phrase_at(i + 1, phrase) and s.a.of(s.after_det(j), "NOUN"):
                return Found(i, s.clause_end(i), (j, s.clause_end(i)))
    return None


def _only_when(s: Sentence, found: Found) -> bool:
    """Every noun found names a time (a day, a part of the day, a month): no thing asked."""
    when = frozenset(s.words.birth_date_classes)
    nouns = [s.a.of(k, "NOUN") for k in range(found.start, found.end) if s.a.of(k, "NOUN")]
    return bool(nouns) and all(any(when & set(f.classes) for f in n) for n in nouns)


def _nothing_more(s: Sentence, q: Question) -> Found | None:
    """Asked what more one wants («¿qué más necesitas?»), that there is nothing more, opening
    the answer: «nada más, gracias», «eso es todo»."""
    bot = q.bot_line(s)
    asked = questions(bot.a.tokens)
    more = s.words.folded("more_words")
    if not any(bot.w[k] in more for start, end in asked for k in range(start, end)):
        return None
    opening = s.opening()
    return next((Found(i, j) for i, j in s.phrases("enough_phrases") if i <= opening), None)


def _browsing(s: Sentence, q: Question) -> Found | None:
    """«solo estoy mirando» (closing its clause) where the bot's question looks for something."""
    if not question_verbs(q.bot_line(s)) & s.words.folded("browsing_questions"):
        return None
    return next(
        (Found(i, j) for i, j in s.phrases("browsing_phrases") if j >= s.clause_end(i)), None
    )


def _request(s: Sentence, q: Question) -> Found | None:
    """A polite question: «me» («nos») and a verb of serving in the «usted» or «tú» form, directly or
    after «puede»."""
    serve, modal = s.words.folded("request_verbs"), s.words.folded("request_modals")
    addressed = {"3s", "2s"}
    for i in range(len(s)):
        if s.w[i] not in s.words.folded("request_pronouns"):
            continue
        k = i + 1
        if s.verbs(k, modal, addressed, ("pres", "cond")):
            k += 1
            if s.verbs(k, serve, None, ("inf",)):
                return thing_ordered(s, q, i, k + 1)
        elif s.verbs(k, serve, addressed, ("pres", "cond", "impf", "imp")):
            return thing_ordered(s, q, i, k + 1)
    for i in range(len(s)):  # «póngame un café», «deme un kilo»: the pronoun joined
        if joined_request(s, i, serve):
            return thing_ordered(s, q, i, i + 1)
    asking = s.words.folded("getting_verbs") | s.words.folded("order_verbs")
    for i in range(len(s)):  # «¿puedo enviar este paquete?»: asking leave to get it
        if s.verbs(i, modal, q.persons_in(s), ("pres", "cond")) and s.verbs(
            i + 1, asking, None, ("inf",)
        ):
            found = thing_ordered(s, q, i, i + 2)
            if found:
                return found
    for i in range(len(s)):  # «¿puede traerme un café?»
        if s.verbs(i, modal, addressed, ("pres", "cond")) and s.verbs(i + 1, serve, None, ("inf",)):
            return thing_ordered(s, q, i, i + 2)
    coming = s.words.folded("coming_verbs")
    for i in range(len(s)):  # «¿puede venir un fontanero?»: the one asked for, sent
        if s.verbs(i, modal, {"3s", "3p"}, ("pres", "cond")) and s.verbs(
            i + 1, coming, None, ("inf",)
        ):
            found = thing_ordered(s, q, i, i + 2)
            if found:
                return found
    if "?" in s.a.tokens.original:  # «¿tiene pañuelos?»: whether the shop has it
        stock = stock_verbs(s, q)
        for i in range(len(s)):
            # «¿tienen citas para esta semana?»: a shop asked as «ustedes» or «vosotros»
            if s.verbs(i, stock, addressed | {"3p", "2p"}):
                found = thing_ordered(s, q, i, i + 1)
                if found:
                    return found
    return None


def joined_request(s: Sentence, i: int, serve: frozenset[str]) -> bool:
    """Token i is an imperative of a verb of serving with the learner's pronoun joined
    («deme», «tráiganos»)."""
    word = s.a.at(i)  # i may be past the end: an opening of nothing but courtesy
    for pronoun in s.words.folded("request_pronouns"):
        stem = word.removesuffix(pronoun)
        if stem != word and stem:
            readings = s.lexicon.lookup(stem)
            if any(f.pos == "VERB" and f.form == "imp" and f.lemma in serve for f in readings):
                return True
    return False


def _wanting(s: Sentence, q: Question) -> Found | None:
    """The learner as subject of a verb of ordering: «quiero», «quisiera», «tomo», «voy a
    tomar»."""
    verbs = s.words.folded("order_verbs")
    for i, j in s.phrases("craving_phrases"):  # «tengo ganas de (comer) pescado»
        found = thing_ordered(s, q, i, j + s.infinitive(j))
        if found:
            return found
    for i in range(len(s)):
        progressive = s.verbs(i, s.words.folded("progressive"), q.persons)
        if progressive and s.verbs(i + 1, verbs, None, ("ger",)):  # «estoy buscando»
            found = thing_ordered(s, q, i, i + 2)
            if found:
                return found
        wishing = s.a.at(i - 1) in s.words.folded("learner_pronouns") and (
            s.verbs(i, s.words.folded("wish_verbs"), None, ("cond",))
            or s.verbs(i, s.words.folded("craving_verbs"), {"3s", "3p"}, ("pres", "cond"))
        )  # «me gustaría ver unos vaqueros», «me apetece una pizza»
        persons = q.persons_in(s)  # a table orders as «we»: «queremos la cuenta»
        if wishing or s.verbs(i, verbs, persons, ("pres", "cond", "subj", "fut", "impf", "imp")):
            # «quiero comprar una chaqueta», «quiero abrir una cuenta»: what one wants done with it
            k = i + 1 + s.infinitive(i + 1)
            if (
                k > i + 1
                and k < len(s)
                and s.w[k] in s.words.folded("list_links")
                and s.infinitive(k + 1)
            ):
                k += 2  # «quiero lavar y planchar esta ropa»: two things to have done
            found = thing_ordered(
                s, q, i, past_link(s, i + 1, k) if k > i + 1 else k
            )  # «apuntarme a»
            found = found or (learning(s, q, i, k) if k > i + 1 else None)
            if not found and k > i + 1 and names_model_noun(s, q, i + 1):
                found = Found(i, k, (i + 1, k))  # «quiero matricularme»: the action asked
            if found:
                return found
        getting = verbs | s.words.folded("getting_verbs") | model_infinitives(s, q)
        if s.verbs(i, getting, None, ("inf",)) and i and _said_by_me(s, i - 1):
            said = i - 1 - (s.w[i - 1] in s.words.folded("plan_links"))  # «vengo a comprar…»
            found = thing_ordered(s, q, said if s.a.of(said, "VERB") else i, i + 1)
            if found:
                return found
    return None


def _said_by_me(s: Sentence, k: int) -> bool:
    """Token k (or «a» before it) is a verb in the learner's person: «voy a tomar»."""
    if s.w[k] in s.words.folded("plan_links"):
        k -= 1
    mine = s.words.folded("learner_pronouns")
    return any(f.person == "1s" for f in s.a.of(k, "VERB")) or s.a.at(k - 1) in mine


def read_thing_wanted(s: Sentence, q: Question) -> Found | None:
    """A thing asked for by a want, alone, or by a polite request («quiero…», «un vaso de
    agua», «¿me da unos…?»): what a yes to «¿algo más?» adds."""
    return _wanting(s, q) or bare_order(s, q) or _request(s, q)
