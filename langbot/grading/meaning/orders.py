"""Ordering at a counter: a polite question is a request («¿me pone un café?»), a want
(«quisiera…»), the thing alone («un café, por favor»), or browsing («solo estoy mirando»)."""

from langbot.grading.meaning.answering import names_offered, question_verbs
from langbot.grading.meaning.asked import questions
from langbot.grading.meaning.learning import learning, stock_verbs
from langbot.grading.meaning.liking import bare_answer, unclassed_thing
from langbot.grading.meaning.linked import past_link
from langbot.grading.meaning.model_answer import (
    model_classes,
    model_infinitives,
    names_model_noun,
)
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.talk import read_price_question
from langbot.grading.openers import opening_phrases
from langbot.grading.tokens import BOUNDARY


def read_order(s: Sentence, q: Question) -> Found | None:
    """«quisiera un café», «¿me pone un café?», «¿me puede traer una tostada?», «un café,
    por favor»."""
    found = _request(s, q) or _wanting(s, q) or bare_answer(s, q) or _bare_order(s, q)
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


def _bare_order(s: Sentence, q: Question) -> Found | None:
    """The thing alone between «para mí» or a greeting and «por favor»: «para mí, un
    cortado», «un café con leche por favor»."""
    i, moved = 0, True
    openers = [*s.words.phrases("order_openers"), *opening_phrases("bare_openers")]
    getting, purpose = s.words.folded("getting_verbs"), s.words.folded("purpose_openers")
    while moved:
        moved = False
        while i < len(s) and s.w[i] == BOUNDARY:
            i += 1
        if s.verbs(i, getting, None, ("inf",)):  # «enviar este paquete, por favor»
            i, moved = i + 1, True
            continue
        if s.a.at(i) in purpose and s.verbs(i + 1, getting, None, ("inf",)):
            i, moved = i + 2, True  # «para enviar un paquete»: what one comes for
            continue
        for phrase in openers:
            if s.phrase_at(i, phrase):
                i, moved = i + len(phrase), True
                break
    classes = _classes(s, q) or model_classes(s, q)
    end = s.noun_phrase(i, classes) or something_of_a_kind(s, i)
    if end is None or not (classes or q.asks.of == "thing"):
        return None
    k = end
    while k < len(s):
        if s.w[k] == BOUNDARY:
            k += 1
            continue
        if k > end and s.a.at(k) in s.words.folded("reason_links"):
            break  # «un helado, porque me encanta el chocolate»: a reason after it
        if s.w[k - 1] == BOUNDARY and _finite_clause(s, k):
            break  # «un mapa, por favor, es mi primera vez aquí»: a sentence of its own
        more = s.noun_phrase(k + 1, classes) if s.a.at(k) in s.words.folded("list_links") else None
        if more is not None:  # «dos cafés y la cuenta»: one more thing of the kind
            end = k = more
            continue
        tail = next((p for p in s.words.phrases("courtesy_tails") if s.phrase_at(k, p)), None)
        said = _said_of_it(s, k) if tail is None else k + len(tail)
        if said is None:
            return None
        end, k = (said, said) if tail is None and k == end else (end, said)
    return Found(i, end, (i, end))


def _classes(s: Sentence, q: Question) -> frozenset[str]:
    """The classes a thing ordered may have: the one asked, and a related one the bot's line
    offers a thing of («vendemos queso, leche y huevos»: milk at a counter of food)."""
    bot = q.bot_line(s)
    offered = {c for k in range(len(bot)) for f in bot.a.of(k, "NOUN") for c in f.classes}
    return q.classes(s) | (q.classes(s, related=True) & offered)


def _finite_clause(s: Sentence, k: int) -> bool:
    """The clause from k has a finite verb: a sentence of its own after the thing ordered."""
    return any(f.person for m in range(k, s.clause_end(k)) for f in s.a.of(m, "VERB"))


def _said_of_it(s: Sentence, k: int) -> int | None:
    """The end of a phrase at k that says more of the thing ordered: «(una habitación
    doble) con vistas al mar», «(un café) sin azúcar»."""
    # «(vistas) al mar»: the contraction reads as a determiner, the preposition inside it
    end = k
    while s.a.of(end, "ADP") or s.a.of(end, "DET"):
        preposition = bool(s.a.of(end, "ADP"))
        if preposition and s.infinitive(end + 1):
            end += 2  # «(un paquete) para enviar», «(un café) para llevar»
            break
        j = s.after_det(end + preposition)
        nxt = s.noun_of(j + bool(s.a.of(j, "NUM")), frozenset())  # «para dos noches»
        if nxt is None and j > end and any(s.a.of(j, p) for p in ("NUM", "PRON", "CLITIC")):
            nxt = j + 1  # «(pollo asado) para los dos», «para mí»
        if nxt is None:
            break
        end = nxt
    return end if end != k else None


def _thing(s: Sentence, q: Question, start: int, k: int) -> Found | None:
    """The thing ordered from k: a noun phrase of the class asked, or one that names what the
    question offers («quiero un billete de ida» to «¿de ida o de ida y vuelta?»)."""
    j = s.skip_degree(k)  # «un poco más de agua»: an amount, then what is ordered
    end = something_of_a_kind(s, k)
    k = j + (j > k and s.a.at(j) in s.words.folded("measure_links"))
    end = end or s.noun_phrase(k, _classes(s, q))
    if end is None and q.classes(s):  # «quiero un pancho»: a food the vocabulary lacks
        end = unclassed_thing(s, k, s.clause_end(k) if k < len(s) else k)
    if end is None:  # «lo quiero enviar urgente» to «¿normal o urgente?»
        stop = s.clause_end(k)
        if any(s.w[m] in q.offered(s) for m in range(k, stop)):
            end = stop
    return Found(start, end, (k, end)) if end is not None else None


def something_of_a_kind(s: Sentence, k: int) -> int | None:
    """The end of «algo» and an adjective at k, what is wanted said by its quality: «algo
    dulce», «algo caliente»."""
    if s.a.at(k) in s.words.folded("something_words") and s.a.of(k + 1, "ADJ"):
        return k + 2
    return None


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
                return _thing(s, q, i, k + 1)
        elif s.verbs(k, serve, addressed, ("pres", "cond", "impf", "imp")):
            return _thing(s, q, i, k + 1)
    for i in range(len(s)):  # «póngame un café», «deme un kilo»: the pronoun joined
        if joined_request(s, i, serve):
            return _thing(s, q, i, i + 1)
    asking = s.words.folded("getting_verbs") | s.words.folded("order_verbs")
    for i in range(len(s)):  # «¿puedo enviar este paquete?»: asking leave to get it
        if s.verbs(i, modal, q.persons_in(s), ("pres", "cond")) and s.verbs(
            i + 1, asking, None, ("inf",)
        ):
            found = _thing(s, q, i, i + 2)
            if found:
                return found
    for i in range(len(s)):  # «¿puede traerme un café?»
        if s.verbs(i, modal, addressed, ("pres", "cond")) and s.verbs(i + 1, serve, None, ("inf",)):
            return _thing(s, q, i, i + 2)
    coming = s.words.folded("coming_verbs")
    for i in range(len(s)):  # «¿puede venir un fontanero?»: the one asked for, sent
        if s.verbs(i, modal, {"3s", "3p"}, ("pres", "cond")) and s.verbs(
            i + 1, coming, None, ("inf",)
        ):
            found = _thing(s, q, i, i + 2)
            if found:
                return found
    if "?" in s.a.tokens.original:  # «¿tiene pañuelos?»: whether the shop has it
        stock = stock_verbs(s, q)
        for i in range(len(s)):
            # «¿tienen citas para esta semana?»: a shop asked as «ustedes» or «vosotros»
            if s.verbs(i, stock, addressed | {"3p", "2p"}):
                found = _thing(s, q, i, i + 1)
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
        found = _thing(s, q, i, j + s.infinitive(j))
        if found:
            return found
    for i in range(len(s)):
        progressive = s.verbs(i, s.words.folded("progressive"), q.persons)
        if progressive and s.verbs(i + 1, verbs, None, ("ger",)):  # «estoy buscando»
            found = _thing(s, q, i, i + 2)
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
            found = _thing(s, q, i, past_link(s, i + 1, k) if k > i + 1 else k)  # «apuntarme a»
            found = found or (learning(s, q, i, k) if k > i + 1 else None)
            if not found and k > i + 1 and names_model_noun(s, q, i + 1):
                found = Found(i, k, (i + 1, k))  # «quiero matricularme»: the action asked
            if found:
                return found
        getting = verbs | s.words.folded("getting_verbs") | model_infinitives(s, q)
        if s.verbs(i, getting, None, ("inf",)) and i and _said_by_me(s, i - 1):
            said = i - 1 - (s.w[i - 1] in s.words.folded("plan_links"))  # «vengo a comprar…»
            found = _thing(s, q, said if s.a.of(said, "VERB") else i, i + 1)
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
    return _wanting(s, q) or _bare_order(s, q) or _request(s, q)
