"""Where someone lives: «vivo en…», a bare place after its preposition, an address."""

from langbot.grading.meaning.facts import FINITE, verb_at
from langbot.grading.meaning.place_manner import manner
from langbot.grading.meaning.places import place_at
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence


def read_residence(s: Sentence, q: Question) -> Found | None:
    """«vivimos en las afueras», «mi familia vive cerca de Madrid», «vivo aquí»."""
    verbs, openers = s.words.folded("residence_verbs"), s.words.folded("place_openers")
    for i in range(len(s)):
        if verb_at(s, i, verbs, q.persons_in(s)):
            k = s.skip_degree(i + 1)
            end = s.clause_end(i)
            if k < end and (s.w[k] in openers or place_at(s, k) is not None):
                # the place without its preposition: «¿En {place}?»; «vivo enfrente del…»
                value = (k + 1, end) if s.a.only(k, "ADP") and k + 1 < end else None
                return Found(i, end, value)
    home = own_home(s, q) or _being_in_asked(s, q)
    if home is not None:  # «mi casa está en las afueras»
        return home
    k = s.opening()  # «en Manchester», «cerca de Sevilla»; not «con tarjeta»: who or how with
    end = s.clause_end(k) if k < len(s) else k
    bare = (
        s.w[k] in openers and s.w[k] not in s.words.folded("company_openers") if k < end else False
    )
    if k + 1 < end and bare and s.a.only(k, "ADP") and _named_place(s, k + 1, end):
        courtesy = any(s.phrase_at(k, p) for p in s.words.phrases("courtesy_tails"))
        if not courtesy and not manner(s, k + 1, end):  # not «en autobús», «por favor»
            return Found(k, end, (k + 1, end))
    return _address(s) or _street_named(s, k, end) or _bare_place(s, k, end)


def _bare_place(s: Sentence, k: int, end: int) -> Found | None:
    """The first clause is a place word and what it is next to, no verb: «cerca de aquí»,
    «enfrente del parque», «al lado de la estación» (not «a la derecha»: a side is no home)."""
    place = place_at(s, k) if k < end else None
    if place is None or place.group not in s.words.kinds("home_place_groups"):
        return None
    after = place_at(s, place.end + 1) if place.end + 1 < end else None  # «cerca de aquí»
    return Found(k, end) if end in (place.end, after and after.end) else None


def _street_named(s: Sentence, k: int, end: int) -> Found | None:
    """The first clause is a noun of a place and the name it bears, no preposition before
    it, and its number: «Calle Mayor, número diez», «Plaza Nueva, tres», «Calle Sol 45»; after
    an article and the question's «es» too: «(Es) la calle Mayor, doce»."""
    start = k
    k += k < end and bool(s.verbs(k, s.words.folded("copula"), {"3s"}))  # «¿cuál es…?» «es…»
    k += k < end and bool(s.a.of(k, "DET"))
    if s.noun_of(k, s.words.folded("place_classes")) != k + 1 or k + 1 >= end:
        return None
    named = [s.a.original(m)[:1].isupper() or s.w_digit(m) for m in range(k + 1, end)]
    if all(named) and not any(s.a.of(m, "VERB") for m in range(k + 1, end)):
        return Found(start, end, (k, end))
    return None


def _being_in_asked(s: Sentence, q: Question) -> Found | None:
    """Being in a place of the kind the question names: «¿en qué piso vives?» «estoy en el
    segundo piso» (not «estoy en Madrid», where one is, to «¿dónde vives?»)."""
    verbs, openers = s.words.folded("location_verbs"), s.words.folded("place_openers")
    for i in range(len(s) - 2):
        k = s.skip_degree(i + 1)  # «estoy más más»: the degree words may run to the end
        if k >= len(s) or not verb_at(s, i, verbs, q.persons_in(s)) or s.w[k] not in openers:
            continue
        end = s.clause_end(i)
        if any(s.a.of(m, "NOUN") and s.w[m] in q.bot_words for m in range(k + 1, end)):
            return Found(i, end, (k + 1, end))
    return None


def _address(s: Sentence) -> Found | None:
    """«mi dirección es calle de la Paz, número ocho»: a noun of `address_nouns` as the
    subject of ser, and the place."""
    copula, nouns = s.words.folded("copula"), s.words.folded("address_nouns")
    for i in range(len(s) - 1):
        if s.w[i] in nouns and s.verbs(i + 1, copula, {"3s"}):
            end = s.clause_end(i + 1)
            if i + 2 < end and _named_place(s, i + 2, end):
                return Found(i, end, (i + 2, end))
    return None


def own_home(s: Sentence, q: Question, at: int | None = None) -> Found | None:
    """The asked one's home where it is: «mi casa está en una colina», «mi piso queda cerca
    del centro» (a possessive of who is asked, a home noun, a verb of being somewhere, a
    place opener)."""
    owners = s.words.favourite_owners.get(q.asks.who, [])
    verbs, openers = s.words.folded("location_verbs"), s.words.folded("place_openers")
    for i in range(1, len(s) - 2) if at is None else (at,):
        if s.w[i - 1] not in owners or s.w[i] not in s.words.folded("home_nouns"):
            continue
        k = s.skip_degree(i + 2)
        end = s.clause_end(i)
        if s.verbs(i + 1, verbs, {"3s"}, FINITE) and k < end and s.w[k] in openers:
            return Found(i - 1, end, (k, end))
    return None


def _named_place(s: Sentence, i: int, end: int) -> bool:
    """Tokens [i, end) name a place: a noun phrase, or words no lexicon knows or capitalised
    (a name), with no verb."""
    head = s.noun_phrase(i, frozenset())
    if head is not None and s.w[head - 1] in s.words.folded("home_nouns"):
        return True  # «en una casa en el campo», «en un piso»
    if head is None and s.a.of(i, "DET") and s.a.of(i + 1, "NUM") and s.a.of(i + 1, "ADJ"):
        head = i + 2  # «en el segundo»: an ordinal, the floor or flat understood
    if head is not None and all(s.a.original(k)[:1].isupper() for k in range(head, end)):
        return True  # «en la calle Sol», «en el tercero A»: a name may follow
    return all(
        not s.a.of(k, "VERB") and (not s.a.readings[k] or s.a.original(k)[:1].isupper())
        for k in range(i, end)
    )
