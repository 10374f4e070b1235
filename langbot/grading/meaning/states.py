"""How someone is: a state or feeling told with estar, sentirse or tener («estoy cansado»,
«me siento mejor», «tengo fiebre»), or a state word alone."""

from langbot.grading.meaning.facts import verb_at
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence


def read_state(s: Sentence, q: Question) -> Found | None:
    """«estoy cansado», «me siento mejor», «estoy muy enojado», «estoy empeorando»; with
    `of` a class of nouns, having one («tengo fiebre», «tengo dolor de cabeza»): how one
    is in general is no answer there («estoy enfermo» to «¿qué le duele?»)."""
    if q.asks.of in s.kb.vocabulary.noun_classes:
        return _having(s, q) or _aching(s, q)
    verbs = s.words.folded("state_verbs")
    for i in range(len(s)):
        if not verb_at(s, i, verbs, q.persons):
            continue
        for k in range(i + 1, s.skip_degree(i + 1) + 1):  # «bien» is a degree word too
            end = _state_word(s, k)
            if end is not None:
                start = i - 1 if i and s.a.of(i - 1, "CLITIC") else i
                return Found(start, end, (k, end))
    return _bare_state(s) or _feeling(s, q)


def _feeling(s: Sentence, q: Question) -> Found | None:
    """How one feels, said with tener or a verb of aching: «tengo fiebre», «tengo mucho
    sueño», «me duele la cabeza» (a bare noun after tener: «tengo un perro» says nothing)."""
    classes = frozenset(s.words.state_noun_classes)
    aching, pronouns = s.words.folded("ache_verbs"), s.words.pronouns.get(q.asks.who, frozenset())
    degree = s.words.folded("degree_words")
    for i in range(len(s)):
        k = s.skip_degree(i + 1)
        k += any(f.lemma in degree for f in s.a.readings[k]) if k < len(s) else 0  # «mucha tos»
        if verb_at(s, i, s.words.folded("having"), q.persons) and not s.a.of(k, "DET"):
            end = s.noun_of(k, classes)
        elif s.a.at(i - 1) in pronouns and s.verbs(i, aching, {"3s", "3p"}):
            end = s.noun_phrase(k, classes) or _ache_place(s, k)
        else:
            continue
        if end is not None:
            return Found(i, end, (k, end))
    return None


def _ache_place(s: Sentence, k: int) -> int | None:
    """The end of where it hurts said with no body part at k (`ache_places`: «aquí»)."""
    return next((j for m, j in s.phrases("ache_places") if m == k), None)


def _aching(s: Sentence, q: Question) -> Found | None:
    """«me duele la quemadura»: what a verb of aching after who answers' pronoun says hurts."""
    aching, pronouns = s.words.folded("ache_verbs"), s.words.pronouns.get(q.asks.who, frozenset())
    for i in range(1, len(s)):
        if s.a.at(i - 1) in pronouns and s.verbs(i, aching, {"3s", "3p"}):
            k = s.skip_degree(i + 1)
            end = s.noun_phrase(k, frozenset())
            end = end if end is not None else _ache_place(s, k)
            if end is not None and end >= s.clause_end(k):
                return Found(i - 1, end, (k, end))
    return None


def _having(s: Sentence, q: Question) -> Found | None:
    """«tengo fiebre», «tengo un poco de tos», «tengo dolor de cabeza»: having a thing of the
    class asked, in the person of who answers."""
    classes, having = q.classes(s), s.words.folded("having")
    for i in range(len(s)):
        if not verb_at(s, i, having, q.persons):
            continue
        k = s.skip_degree(i + 1)
        k += s.a.at(k) in s.words.folded("complement_links") and k > i + 1  # «un poco de»
        end = s.noun_phrase(k, classes) or _felt_in(s, k, classes)
        named = end is not None and any(s.w[m] in q.bot_words for m in range(k, end))
        if end is not None and (named or not q.asks.yes_no):  # «¿tiene fiebre?»: fiebre
            return Found(i, end, (k, end))
    return None


def _felt_in(s: Sentence, k: int, classes: frozenset[str]) -> int | None:
    """«ardor de estómago»: a bare noun of no class of things, «de» and a noun of the classes
    asked, ending the clause (not «una foto de mi cara», «libro de espalda»)."""
    nouns, link = s.a.of(k, "NOUN"), s.a.at(k + 1)
    if not nouns or any(f.classes for f in nouns) or link not in s.words.folded("complement_links"):
        return None
    end = s.noun_of(k + 2, classes) if classes else None
    return end if end is not None and end >= s.clause_end(k) else None


def _bare_state(s: Sentence) -> Found | None:
    """The first clause is only how someone is: «muy bien, gracias», «más o menos»."""
    i = s.past_openers()
    for phrase in s.words.phrases("state_phrases"):
        if s.phrase_at(i, phrase) and i + len(phrase) >= s.clause_end(i):
            return Found(i, i + len(phrase), (i, i + len(phrase)))
    adverbs = s.words.folded("state_adverbs")
    for k in range(i, s.skip_degree(i) + 1):
        if k < len(s) and s.w[k] in adverbs and _tail(s, k + 1) >= s.clause_end(k):
            return Found(i, k + 1, (k, k + 1))
    k = s.skip_degree(i)  # «muy cansado», «sí, un poco cansada»: an adjective of state alone
    states = s.words.folded("state_classes")
    if any(f.classes & states for f in s.a.of(k, "ADJ")):
        end = _state_word(s, k)
        if end is not None and _tail(s, end) >= s.clause_end(k):
            return Found(i, end, (k, end))
    return None


def _tail(s: Sentence, k: int) -> int:
    """Past «gracias», «por favor» at k («muy bien gracias»)."""
    for phrase in s.words.phrases("courtesy_tails"):
        if s.phrase_at(k, phrase):
            return k + len(phrase)
    return k


def _state_word(s: Sentence, k: int) -> int | None:
    """The end of a word saying how someone is at k (an adjective, a participle, an adverb
    of state, a gerund that ends its clause), with more joined by «y»."""
    adverbs = s.words.folded("state_adverbs")
    readings = s.a.readings[k] if k < len(s) else ()
    adjective = any(f.pos == "ADJ" and "nationality" not in f.classes for f in readings)
    participle = any(f.pos == "VERB" and f.form == "part" for f in readings)
    changes = s.words.folded("state_change_verbs")  # «estoy mejorando», not «estoy comiendo»
    gerund = any(f.pos == "VERB" and f.form == "ger" and f.lemma in changes for f in readings)
    if not (adjective or participle or (k < len(s) and s.w[k] in adverbs) or gerund):
        return None
    if s.a.of(k, "NOUN") and not adjective and not participle:
        return None
    end = k + 1
    if gerund and not (adjective or participle) and end < s.clause_end(k):
        return None
    if s.a.at(end) in s.words.folded("state_links") and _state_word(s, s.skip_degree(end + 1)):
        return _state_word(s, s.skip_degree(end + 1))
    return end
