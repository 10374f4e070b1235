"""What someone has: «tengo dos gatos», clothes worn, a thing carried, how many, a thing
handed over («aquí tiene mi pasaporte»), what there is (meaning/offers.py)."""

from langbot.grading.meaning.facts import verb_at
from langbot.grading.meaning.liking import bare_answer
from langbot.grading.meaning.numbers import numbers_in
from langbot.grading.meaning.offers import read_what_there_is
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import question_verbs
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def read_possession(s: Sentence, q: Question) -> Found | None:
    """«tengo dos gatos», «tenemos un perro», «sí, tengo una hermana»; clothes are worn:
    «llevo un abrigo»; a thing asked with a verb of having with you, with any of them
    («¿qué llevas?» «traigo agua»); to «¿qué hay…?», what there is («hay una cama»)."""
    verbs = s.words.folded("having")
    if q.classes(s) & s.words.folded("wearing_classes"):
        verbs |= s.words.folded("wearing_verbs")
    if q.asks.of == "thing" and not q.asks.yes_no:  # «¿qué llevas?» «traigo agua» (a yes/no
        # question names what it asks of: «¿lleva algo que declarar?» «llevo dos maletas» no)
        alike = s.words.counted_alike
        for verb in question_verbs(q.bot_line(s)) & alike.keys():
            verbs |= {verb, *(fold(v) for v in alike[verb])}
    if q.asks.of is None and not q.asks.yes_no and question_verbs(q.bot_line(s)) & verbs:
        # «¿tienen tienda de campaña o caravana?» «traemos una caravana»: what one brings
        having = s.words.folded("having")
        verbs |= {v for v, same in s.words.counted_alike.items() if having & set(map(fold, same))}
    for i in range(len(s)):
        if verb_at(s, i, verbs, q.persons_in(s)):
            k = s.skip_degree(i + 1)
            end = s.noun_phrase(k, q.classes(s))
            if end is not None and not _unowned(s, q, k, end):
                return Found(i, end, (k, end))
    bare = bare_answer(s, q) or _bare_count(s, q) or read_what_there_is(s, q)
    if bare is not None and _only_times(s, bare):
        bare = None  # «esta mañana»: when, no thing
    return bare or _handed(s, q) or _only_child(s, q)


def _unowned(s: Sentence, q: Question, start: int, end: int) -> bool:
    """Every noun after «tener» names what one is, not a thing one has (`unowned_classes`:
    an age, «tengo cincuenta años»; a bodily state, «tengo calor»), and the question names
    no noun of those classes («¿tienes tiempo?», «¿tiene fiebre?» ask it)."""
    unowned = s.words.folded("unowned_classes")
    bot = q.bot_line(s)
    asked = q.classes(s) | {
        c for k in range(len(bot)) for f in bot.a.of(k, "NOUN") for c in f.classes
    }
    if asked & unowned:
        return False
    nouns = [s.a.of(k, "NOUN") for k in range(start, end) if s.a.of(k, "NOUN")]
    return bool(nouns) and all(any(f.classes & unowned for f in n) for n in nouns)


def _only_times(s: Sentence, found: Found) -> bool:
    """Every noun of a bare answer names a time (`length_classes`): when, not a thing («¿qué
    ha perdido?» «esta mañana»)."""
    start, end = found.value or (found.start, found.end)
    nouns = [s.a.of(k, "NOUN") for k in range(start, end) if s.a.of(k, "NOUN")]
    times = s.words.folded("length_classes")
    return bool(nouns) and all(any(f.classes & times for f in n) for n in nouns)


def _handed(s: Sentence, q: Question) -> Found | None:
    """To «¿tiene su pasaporte?», the thing handed over: «aquí tiene mi pasaporte», «sí, aquí
    está» (the question names it)."""
    for i in range(len(s)):
        for phrase in s.words.phrases("handing_phrases"):
            if not s.phrase_at(i, phrase):
                continue
            k = i + len(phrase)
            k += k + 1 < len(s) and s.w[k] == BOUNDARY  # «aquí están: el pasaporte y…»
            end = s.noun_phrase(k, q.classes(s))
            if end is not None:
                return Found(i, end, (k, end))
            if q.asks.yes_no and k == s.clause_end(k):
                return Found(i, k, (i, k))
    return None


def _bare_count(s: Sentence, q: Question) -> Found | None:
    """To «¿cuántos hermanos tienes?», a number alone: «dos», «tres: dos hermanas y…»."""
    bot = q.bot_line(s)
    if not any(w in s.words.folded("how_many_words") for w in bot.w):
        return None
    i = s.opening()
    found = numbers_in(s, i, s.clause_end(i) if i < len(s) else i)
    if found and found[0][0] == i and found[0][1] == s.clause_end(i):
        return Found(i, found[0][1], (i, found[0][1]))
    return None


def _only_child(s: Sentence, q: Question) -> Found | None:
    """To a line naming brothers or sisters («¿tienes hermanos?»), being an only child, a
    whole clause: «no, soy hijo único»."""
    if not set(q.bot_line(s).w) & s.words.folded("sibling_nouns"):
        return None
    for i in range(len(s)):
        for phrase in s.words.phrases("only_child_phrases"):
            if s.phrase_at(i, phrase) and s.clause_end(i) == i + len(phrase):
                return Found(i, i + len(phrase), (i, i + len(phrase)))
    return None
