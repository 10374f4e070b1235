"""An answer with the question's own verb and a thing of the class asked, for any kind with
`of` a class of nouns: «¿Qué llevas?» «Llevo un abrigo»; «¿Cómo vas al trabajo?» «Voy en
autobús»; «¿Qué te duele?» «Me duele la cabeza» (a gustar-like verb keeps its person); or the
thing alone, after a preposition or not: «En autobús.», «La cabeza.»."""

from langbot.grading.meaning.chosen import past_choosing_verb
from langbot.grading.meaning.liking import titled
from langbot.grading.meaning.numbers import numbers_in
from langbot.grading.meaning.offers import names_a_bot_noun, offers_a_thing
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import (
    asked_in_past,
    chained_infinitives,
    perfect_participles,
    question_verbs,
)
from langbot.grading.tokens import BOUNDARY

_FINITE = ("pres", "past", "impf", "fut", "cond")
_OFFER_KIND = "accept_decline"  # a step that offers a thing: taking it up or not
_COUNT_KIND = "number"  # a step that asks how many: a thing with no number is no count


def _thing_after(s: Sentence, k: int, classes: frozenset[str]) -> int | None:
    """The end of a noun phrase of the classes at k, or after a preposition at k."""
    k = s.skip_degree(k)
    phrase = s.class_phrase(k, classes)  # «andando», «a pie»
    if phrase is not None:
        return phrase
    if s.a.of(k, "ADP") and not s.a.of(k, "NOUN"):
        k += 1
    end = s.noun_phrase(k, classes)
    return end if end is None else _numbered(s, end)


def _numbered(s: Sentence, end: int) -> int:
    """The end of a noun phrase past the number that tells one of its kind from the others:
    «el autobús 27», «el autobús número doce», «la habitación número tres»."""
    label = end + (s.a.at(end) in s.words.folded("number_labels"))
    return s.number_at(label) or end


def _unclassed_after(s: Sentence, k: int) -> int | None:
    """The end of a noun phrase at k whose nouns the vocabulary puts in no class: to «¿qué ha
    perdido?», «perdí mi boleto» names a thing, though the lexicon does not say so."""
    end = _thing_after(s, k, frozenset())
    if end is None or any(f.classes for j in range(k, end) for f in s.a.of(j, "NOUN")):
        return None
    return end


def says_asked_verb(s: Sentence, i: int, lemmas: frozenset[str], q: Question) -> bool:
    """Token i is one of the question's verbs said by who answers: in their person, or a
    gustar-like verb after their pronoun («me duele»)."""
    if s.verbs(i, lemmas, q.persons_in(s), ("pres", "fut", "cond")):
        return True
    if s.verbs(i, lemmas & s.words.folded("existence_verbs"), {"3s"}):
        return True  # «¿hay un jardín?» «no, no hay»: there is, in no one's person
    pronouns = s.words.pronouns.get(q.asks.who, frozenset())
    return s.a.at(i - 1) in pronouns and any(
        s.kb.verbs.is_like_gustar(f.lemma) for f in s.verbs(i, lemmas, {"3s", "3p"})
    )


def _says_asked_verb_at(
    s: Sentence, i: int, lemmas: frozenset[str], q: Question, past: bool
) -> int | None:
    """Where the verb group ends when token i says one of the question's verbs; to a question
    asked in the past, in the preterite or the perfect too («¿qué ha perdido?» «perdí mi
    mochila», «he perdido mi mochila»)."""
    persons = q.persons_in(s)
    auxiliaries = s.words.folded("perfect_auxiliaries")
    if past and s.verbs(i, auxiliaries, persons) and s.verbs(i + 1, lemmas, None, ("part",)):
        return i + 2
    if says_asked_verb(s, i, lemmas, q) or _after_modal(s, i, lemmas, q):
        return i + 1
    if past and s.verbs(i, lemmas, persons, ("past",)):
        return i + 1
    if "2s" in persons and any(f.person != "1p" for f in s.verbs(i, lemmas, None, ("imp",))):
        return i + 1  # advice to the asker («¿qué llevo?»): «llévate un jersey»
    return _done_to_answerer(s, i, q)


def _done_to_answerer(s: Sentence, i: int, q: Question) -> int | None:
    """Where the verb group ends when token i, after the answerer's pronoun, says a verb the
    question says of others to the one asked, in the 3rd person: «¿qué le robaron?» «me
    robaron la cartera», «me han robado…», «un ladrón me robó…»."""
    if s.a.at(i - 1) not in s.words.pronouns.get(q.asks.who, frozenset()):
        return None
    bot, third = q.bot_line(s), {"3s", "3p"}
    done = frozenset(
        f.lemma
        for k in range(1, len(bot))
        if bot.a.of(k - 1, "CLITIC")
        for f in bot.a.of(k, "VERB")
        if f.person in third
    )
    done |= perfect_participles(bot) if done else frozenset()  # «¿qué le han robado?»
    if not done:
        return None
    auxiliaries = s.words.folded("perfect_auxiliaries")
    if s.verbs(i, auxiliaries, third) and s.verbs(i + 1, done, None, ("part",)):
        return i + 2
    return i + 1 if s.verbs(i, done, third, ("pres", "past", "impf")) else None


def _given_to(s: Sentence, i: int, lemmas: frozenset[str], q: Question) -> bool:
    """Token i is one of `lemmas` said by someone else to who answers, their pronoun before
    it: «¿qué te dieron?» «me dieron un libro», «mis padres me regalaron una bici»."""
    pronouns = s.words.pronouns.get(q.asks.who, frozenset())
    return s.a.at(i - 1) in pronouns and bool(s.verbs(i, lemmas, {"3s", "3p"}, _FINITE))


def _given_verbs(line: Sentence, q: Question | None) -> frozenset[str]:
    """The verbs a line says someone else does to a person, a pronoun before them: to who
    answers in the model answer («me regalaron»), to anyone in the question («¿qué te
    dieron?»; not «¿qué le regalaste?», what who answers did)."""
    pronouns = line.words.pronouns.get(q.asks.who, frozenset()) if q else None
    return frozenset(
        f.lemma
        for k in range(1, len(line))
        if (line.a.at(k - 1) in pronouns if pronouns is not None else line.a.of(k - 1, "CLITIC"))
        for f in line.a.of(k, "VERB")
        if f.person in ("3s", "3p")
    )


def _after_modal(s: Sentence, i: int, lemmas: frozenset[str], q: Question) -> bool:
    """Token i is one of the question's verbs, an infinitive after «poder» in the answerer's
    person: «¿qué llevas tú?» «puedo llevar las sillas»."""
    modals = s.words.folded("request_modals")
    return bool(s.verbs(i, lemmas, None, ("inf",)) and s.verbs(i - 1, modals, q.persons_in(s)))


def read_with_question_verb(s: Sentence, q: Question) -> Found | None:
    """The question's verb and a thing of the class asked, or the thing alone («¿qué
    necesitas?», of thing: «necesito un cuaderno», «un libro»); to an offer of one thing
    («¿quiere una audioguía?»), that thing only: «dos entradas» takes up no offer; to how
    many, a number with it."""
    found = _with_question_verb(s, q)
    bot = q.bot_line(s)
    # «¿quiere visitar el piso mañana?» offers a visit, not the flat: «¿el jueves?» may answer
    if found is not None and q.asks.kind == _OFFER_KIND and offers_a_thing(bot):
        if not chained_infinitives(bot):
            return found if names_a_bot_noun(s, q, found) else None
    if found is not None and q.asks.kind == _COUNT_KIND:  # «¿cuántas habitaciones…?»
        return found if numbers_in(s, found.start, found.end) else None  # «en el centro»
    return found


def _with_question_verb(s: Sentence, q: Question) -> Found | None:
    classes = q.classes(s) or frozenset([q.asks.of] if q.asks.of else [])
    if not classes or q.asks.of not in s.kb.vocabulary.noun_classes:
        return None
    bot = q.bot_line(s)  # «¿qué te gusta leer?» «leo…»: the infinitive asked about too
    lemmas, past = question_verbs(bot) | chained_infinitives(bot), asked_in_past(bot)
    given = _given_verbs(q.model_line(s), q) | _given_verbs(bot, None)
    given = given.union(*(s.words.given_alike.get(v, ()) for v in given))  # «me compró»
    lemmas |= {v for g in given for v in s.words.received_for.get(g, ())}  # «recibí…»
    for i in range(len(s)):
        verb_end = _says_asked_verb_at(s, i, lemmas, q, past) if lemmas else None
        if verb_end is None and _given_to(s, i, given, q):
            verb_end = i + 1
        if verb_end is not None:
            end = _thing_after(s, verb_end, classes)
            if end is None and q.asks.of == "thing":
                end = _unclassed_after(s, verb_end)
            if end is None and classes & s.words.folded("titled_classes"):
                end = titled(s, verb_end)
            if end is not None and not q.only_topic(s, verb_end, end):
                return Found(i, end, (s.skip_degree(verb_end), end))
    i = s.opening()
    # any thing at all, after a preposition, answers how or with what, not what: «¿algo
    # más?» «con tarjeta»; a class of things may come with one («en autobús»)
    loose = q.asks.of == "thing" and bool(s.a.of(i, "ADP")) and not s.a.of(i, "NOUN")
    # to a yes or a no («¿te gusta tu ciudad?»), a thing after a preposition the question
    # does not say is where or how, no yes: «en el centro de la ciudad»
    loose = loose or (q.asks.yes_no and _unasked_preposition(s, i, q.bot_line(s)))
    end = None if loose else _thing_after(s, i, classes)
    alone = end is not None and (end >= len(s) or s.w[end] == BOUNDARY or end >= s.clause_end(i))
    if alone and end is not None and not q.only_topic(s, i, end):
        return Found(i, end, (i, end))
    return None


def _unasked_preposition(s: Sentence, i: int, bot: Sentence) -> bool:
    """Token i is only a preposition, or a place word, the bot's line does not say."""
    if i >= len(s):
        return False
    opens = s.a.only(i, "ADP") or s.w[i] in s.words.folded("place_openers")
    return opens and s.w[i] not in bot.w


def read_offered(s: Sentence, q: Question) -> Found | None:
    """To a question that offers two things («¿vives en una casa o en un piso?»), one of
    them alone: «Un piso.», «En una casa.»."""
    offered = q.offered(s)
    if not offered:
        return None
    start = s.opening()
    i = past_choosing_verb(s, q, start)  # «prefiero un piso»
    for phrase in s.words.phrases("indifference_phrases"):  # «me da igual»: either will do
        if s.phrase_at(i, phrase) and _past_courtesy(s, i + len(phrase)) >= s.clause_end(i):
            return Found(i, i + len(phrase))
    end = _thing_after(s, i, frozenset()) or _described_only(s, i) or _one_of(s, i)
    if end is None or _past_courtesy(s, end) < s.clause_end(i):
        return None
    if not any(
        s.w[k] in offered and (s.a.of(k, "NOUN") or s.a.of(k, "ADJ") or s.participle(k))
        for k in range(i, end)
    ):
        return None
    return Found(start, end, (i, end))


def _one_of(s: Sentence, i: int) -> int | None:
    """«Uno de ida y vuelta», «el de ventanilla»: one, its noun left out, and «de» with the
    thing offered; the end of that thing."""
    if not (s.a.of(i, "DET") or s.a.of(i, "NUM")) or s.a.at(i + 1) not in s.words.folded(
        "of_links"
    ):
        return None
    return _thing_after(s, i + 2, frozenset())


def _past_courtesy(s: Sentence, k: int) -> int:
    """The first token from k past «por favor», «gracias» («normal por favor»)."""
    tails = s.words.phrases("courtesy_tails")
    while (tail := next((p for p in tails if s.phrase_at(k, p)), None)) is not None:
        k += len(tail)
    return k


def _described_only(s: Sentence, i: int) -> int | None:
    """An adjective or a participle alone at i, after an article or not, the noun left out:
    «Doble.», «Una individual.» to «¿una habitación individual o doble?», «Amueblado.» to
    «¿lo quiere amueblado o sin muebles?»."""
    k = i + bool(s.a.of(i, "DET"))
    return k + 1 if s.a.of(k, "ADJ") or s.participle(k) else None


def names_offered(s: Sentence, q: Question, found: Found) -> bool:
    """Whether what was found names one of the things the question offers, if it offers any
    («¿individual o doble?»: not «un café con leche»), in its clause after it too («una
    parcela a la sombra» to «¿una parcela al sol o a la sombra?»)."""
    offered = q.offered(s)
    if not offered or any(s.w[k] in offered for k in range(found.start, found.end)):
        return True
    # past what was found only when it names the question's own thing or a thing of no
    # class: «un asiento en el pasillo», not «un café en el pasillo» to «¿ventanilla o pasillo?»
    span = range(found.start, found.end)
    classed = any(f.classes for k in span for f in s.a.of(k, "NOUN"))
    if classed and not any(s.w[k] in q.bot_words for k in span):
        return False
    end = max(found.end, s.clause_end(found.start)) if found.start < len(s) else found.end
    return any(s.w[k] in offered for k in range(found.start, end))
