"""Where something is and the way there: a place word («a la derecha», «cerca», «al lado del
banco»), a place after a preposition («en la plaza»), a distance («a cinco minutos»), that
something exists («hay una farmacia»), and an instruction («sigue todo recto»). A question
that offers two places of one group («¿cerca o lejos?») wants one of that group."""

from dataclasses import dataclass

from langbot.grading.meaning.answering import question_verbs
from langbot.grading.meaning.numbers import determiner, numbers_in
from langbot.grading.meaning.place_manner import manner
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence, lemma_matches
from langbot.grading.meaning.verbs_asked import own_verbs
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

_FINITE = ("pres", "cond", "fut", "subj")


Own = tuple[frozenset[str], frozenset[str]]  # the question's own verbs, and their persons


@dataclass(frozen=True)
class Place:
    """A place expression at tokens [start, end): its group of place words (None: a place
    named after a preposition), and the word that says which («derecha», «lejos»)."""

    start: int
    end: int
    group: str | None
    head: str


def _name_end(s: Sentence, i: int) -> int:
    """The end of capitalised words from i (a name: «Mayor», «Plaza de España»)."""
    while i < len(s) and s.w[i] != BOUNDARY and s.a.original(i)[:1].isupper() and i > 0:
        i += 1
    return i


def _thing(s: Sentence, i: int) -> int | None:
    """The end of a noun phrase or a name at i, with a name after it («la calle Mayor»)."""
    end = s.noun_phrase(i, frozenset())
    if end is None:
        end = _name_end(s, i)
        return end if end > i else None
    return _name_end(s, end)


def place_at(s: Sentence, i: int) -> Place | None:
    """A place expression starting at token i, with a word that makes it exact before it
    (`place_degrees`: «justo al lado», «justo ahí»)."""
    if s.a.at(i) in s.words.folded("place_degrees"):
        inner = place_at(s, i + 1)
        return inner and Place(i, inner.end, inner.group, inner.head)
    for group, phrases in s.words.group_phrases("place_groups").items():
        for phrase in phrases:
            if s.phrase_at(i, phrase):
                end = i + len(phrase)
                if s.a.at(end) in s.words.folded("place_complements"):
                    end = _thing(s, end + 1) or end
                return Place(i, end, group, phrase[-1])
    if s.a.at(i) in s.words.folded("distance_link"):
        far = _distance(s, i + 1)
        if far is not None:
            return Place(i, far, s.words.distance_group, s.w[far - 1])
    for phrase in s.words.phrases("place_prepositions"):
        if s.phrase_at(i, phrase):
            end = _thing(s, i + len(phrase))
            start = i + len(phrase)
            if end is not None and not manner(s, start, end):
                return Place(i, end, None, s.w[end - 1])
    return None


def _distance(s: Sentence, i: int) -> int | None:
    """The end of «cinco minutos», «cuántos metros» at i."""
    found = numbers_in(s, i, min(i + 3, len(s)))
    if found and found[0][0] == i:
        k = found[0][1]
    elif s.a.at(i) in s.words.folded("how_many_words"):
        k = i + 1
    else:
        return None
    return k + 1 if s.a.at(k) in s.words.folded("distance_units") else None


def places(s: Sentence, start: int = 0, end: int | None = None) -> list[Place]:
    """Every place expression in tokens [start, end), left to right, none inside another."""
    end = len(s) if end is None else end
    out, i = [], start
    while i < end:
        found = place_at(s, i)
        if found is not None:
            out.append(found)
            i = found.end
        else:
            i += 1
    return out


def offered_group(s: Sentence, line: Sentence) -> str | None:
    """The group of two places a line offers as alternatives («¿cerca o lejos?»)."""
    found = places(line)
    links = s.words.folded("alternative_links")
    for a, b in zip(found, found[1:], strict=False):
        between = [w for w in line.w[a.end : b.start] if w != BOUNDARY]
        if between and all(w in links for w in between) and a.group and a.group == b.group:
            return a.group
    return None


def _verbs_only(
    s: Sentence, start: int, end: int, lemmas: frozenset[str], own: Own = (frozenset(), frozenset())
) -> bool:
    """Every finite verb in tokens [start, end) is one of `lemmas`, or of `own`'s lemmas in
    its persons (none at all is fine)."""
    reflexive = s.kb.words.reflexive_ending
    for k in range(start, end):
        if s.a.of(k - 1, "DET") or s.a.of(k, "NUM") or determiner(s, k) or s.a.of(k, "ADP"):
            continue
        verbs = [f for f in s.a.of(k, "VERB") if f.person and f.form in _FINITE]
        if verbs and not any(
            lemma_matches(f.lemma, lemmas, reflexive)
            or (f.person in own[1] and lemma_matches(f.lemma, own[0], reflexive))
            for f in verbs
        ):
            return False
    return True


def read_location(s: Sentence, q: Question) -> Found | None:
    """«el museo está a la izquierda», «muy cerca», «sí, hay una farmacia al lado del banco»,
    «no, no hay»: a place of the group the question offers, with a verb of being somewhere
    or none; to «¿adónde…?», where to."""
    bot = q.bot_line(s)
    if any(
        bot.phrase_at(k, p)
        for k in range(len(bot))
        for p in s.words.phrases("destination_questions")
    ):
        return _destination(s, q)
    wanted = offered_group(s, q.bot_line(s))
    verbs = s.words.folded("location_verbs") | s.words.folded("existence_verbs")
    asked = own_verbs(q.bot_line(s))  # «¿dónde va a devolver el coche?» «lo devuelvo en…»
    same = {v for lemma in asked for v in s.words.same_actions.get(lemma, [])}
    own = (asked | same, q.persons_in(s))  # «¿vives cerca?» «vivo lejos»
    for cs, ce in s.a.clauses:
        for place in places(s, cs, ce):
            if wanted is not None and place.group != wanted:
                continue
            before = _verbs_only(s, cs, place.start, verbs, own)
            others = before and _verbs_only(s, place.end, ce, verbs, own)
            if others and _about_it(s, q, cs, place.start):
                return Found(cs, ce, (place.start, place.end))
    if wanted is None and _existence_asked(s, q):
        return _there_is(s, q)
    return _employer(s, q, own) or (_numbered_place(s) if wanted is None else None)


def _numbered_place(s: Sentence) -> Found | None:
    """The answer opens with a place named by its number (`numbered_places`): «fila diez,
    asientos cuatro y cinco», «la planta tres»."""
    k = s.after_det(0)
    named = s.words.folded("numbered_places")
    if not any(fold(f.lemma) in named for f in s.a.of(k, "NOUN")):
        return None
    found = numbers_in(s, k + 1, min(k + 2, len(s)))
    return Found(0, s.clause_at[k][1], (k, found[0][1])) if found else None


def _employer(s: Sentence, q: Question, own: Own) -> Found | None:
    """«¿Dónde trabajas?» «trabajo para una agencia de viajes»: whom the learner works for,
    a noun phrase or a name after the link, ending the clause."""
    verbs = own[0] & s.words.folded("employer_verbs")
    for i in range(len(s) - 1):
        if s.verbs(i, verbs, own[1]) and s.a.at(i + 1) in s.words.folded("employer_links"):
            end = _thing(s, i + 2)  # «una agencia de viajes», «Google»
            if end is not None and end >= s.clause_end(i):
                return Found(i, end, (i + 2, end))
    return None


def _destination(s: Sentence, q: Question) -> Found | None:
    """Where to, with the question's own verb in the answerer's person, a verb of going or
    none: «A México.», «Lo envío a Perú.», «Va a Argentina.», «Es para Roma.» (not «en
    México»: that is where, not where to)."""
    links = s.words.folded("destination_links")
    allowed = s.words.folded("going_verbs") | s.words.folded("copula")
    for cs, ce in s.a.clauses:
        verbs = {f.lemma for k in range(cs, ce) for f in s.a.of(k, "VERB") if f.person}
        own = (frozenset(verbs), q.persons_in(s))  # «lo mando a…»: said by who answers
        for k in range(cs, ce):
            end = _place_after(s, k + 1) if s.a.at(k) in links else None
            if end is None:
                continue
            if _verbs_only(s, cs, k, allowed, own) and _verbs_only(s, end, ce, allowed, own):
                return Found(cs, ce, (k + 1, end))
    i = s.opening()  # the place alone, its clause only: «Sevilla.», «Sevilla, por favor.»
    end = None if s.a.of(i, "ADP") else _place_after(s, i)
    return Found(i, end, (i, end)) if end is not None and end >= s.clause_end(i) else None


def _place_after(s: Sentence, i: int) -> int | None:
    """The end of a place at i: a place's name (in any case, or capitalised), or a noun
    phrase of a place («a mi pueblo»; not «a mi abuela», who it is for)."""
    names = s.kb.vocabulary.places
    for n in (3, 2, 1):
        if i + n <= len(s) and " ".join(s.w[i : i + n]) in names:
            return _name_end(s, i + n)
    if i >= len(s):
        return None  # «a» ending the answer: no place after it
    end = s.noun_phrase(i, s.words.folded("place_classes"))
    if end is None and not s.a.readings[i]:
        end = _name_end(s, i)
    return end if end is not None and end > i else None


def _about_it(s: Sentence, q: Question, start: int, end: int) -> bool:
    """The nouns before a place in its clause are what the bot asks about («el museo está…»
    to «¿el museo está…?», not «el banco está…»)."""
    for k in range(start, end):
        nouns = s.a.of(k, "NOUN")
        noun = not s.a.of(k, "VERB") or bool(s.a.of(k - 1, "DET"))  # «la cocina»: a noun
        if nouns and noun and not _said(s, q, k) and not _unsaid_subject(s, q, k):
            if not _home_asked(s, q, k):
                return False
    return True


def _home_asked(s: Sentence, q: Question, k: int) -> bool:
    """Token k is the asked one's home and the bot asks where one lives: «mi casa está
    cerca de la iglesia» to «¿vives cerca o lejos del centro?»."""
    owners = s.words.favourite_owners.get(q.asks.who, [])
    home = s.w[k] in s.words.folded("home_nouns") and s.a.at(k - 1) in owners
    return home and bool(question_verbs(q.bot_line(s)) & s.words.folded("residence_verbs"))


def _unsaid_subject(s: Sentence, q: Question, k: int) -> bool:
    """Token k names the someone a question about another leaves unsaid («¿Dónde duerme?»
    «mi perro duerme en el sofá»): the bot's line names nobody, and k is a being."""
    if q.asks.who != "other":
        return False
    bot = q.bot_line(s)
    if any(bot.a.of(i, "NOUN") for i in range(len(bot))):
        return False
    people = s.words.folded("people_classes")
    return any(f.classes & people for f in s.a.of(k, "NOUN"))


def _said(s: Sentence, q: Question, k: int) -> bool:
    """Token k, a noun, is a word (or the lemma of a word) of the bot's line."""
    bot = q.bot_line(s)
    said = {f.lemma for i in range(len(bot)) for f in bot.a.of(i, "NOUN")}
    return s.w[k] in q.bot_words or any(f.lemma in said for f in s.a.of(k, "NOUN"))


def _existence_asked(s: Sentence, q: Question) -> bool:
    bot = q.bot_line(s)
    exists = s.words.folded("existence_verbs")
    return any(bot.verbs(k, exists, None, _FINITE) for k in range(len(bot)))


def _there_is(s: Sentence, q: Question) -> Found | None:
    """«hay una farmacia», «no hay», «no, no hay farmacias»."""
    exists = s.words.folded("existence_verbs")
    for k in range(len(s)):
        if not s.verbs(k, exists, None, _FINITE):
            continue
        cs, ce = s.clause_at[k]
        thing = s.noun_phrase(k + 1, frozenset()) or _number_thing(s, k + 1)
        if thing is not None and not any(_said(s, q, m) for m in range(k + 1, thing)):
            thing = _number_thing(s, k + 1) if thing == k + 2 else None
        negated = s.a.at(k - 1) in s.words.folded("negation")
        if thing is not None or negated:
            return Found(cs, ce, (k + 1, thing) if thing else None)
    return None


def _number_thing(s: Sentence, i: int) -> int | None:
    """«hay una» (one, of the thing asked about)."""
    found = numbers_in(s, i, min(i + 1, len(s)))
    return found[0][1] if found and found[0][0] == i else None
