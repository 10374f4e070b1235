"""The thing ordered: a noun phrase of the class asked or offered, what says more of it
(«con vistas al mar», «sin azúcar»), «algo dulce», and the thing alone as an order («un café,
por favor»)."""

from langbot.grading.meaning.liking import unclassed_thing
from langbot.grading.meaning.model_answer import model_classes
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.openers import opening_phrases
from langbot.grading.tokens import BOUNDARY


def bare_order(s: Sentence, q: Question) -> Found | None:
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


def thing_ordered(s: Sentence, q: Question, start: int, k: int) -> Found | None:
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
