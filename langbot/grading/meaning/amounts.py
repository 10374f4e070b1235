"""An amount said with no number: by its measure («medio kilo», «una docena», «un vaso de
agua» to «¿cuántas le pongo?»), or vaguely («un par de días», «varias noches»)."""

from langbot.grading.meaning.answering import question_verbs
from langbot.grading.meaning.counted_asked import asked_classes
from langbot.grading.meaning.numbers import a_count, allowed_verbs, clause_verbs, read_number
from langbot.grading.meaning.orders import joined_request
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence


def read_amount(s: Sentence, q: Question) -> Found | None:
    """How many or how much: an amount by its measure, a number, or a vague count."""
    found = read_measured(s, q) or read_number(s, q) or read_vague(s, q)
    return found or read_which(s, q) or read_alone(s, q) or read_none_counted(s, q)


def read_none_counted(s: Sentence, q: Question) -> Found | None:
    """None of what is counted, as a count of nought: «ninguna», «no, ninguna», «no llevo
    ninguna»; the word closes its clause, whose verbs are ones a number may have; never
    to a count of people («¿cuántas personas son?»), who are at least the one answering."""
    if _counts_people(s, q):
        return None
    nones, allowed = s.words.folded("none_words"), allowed_verbs(s, q)
    for k in range(len(s)):
        if s.w[k] not in nones or s.clause_end(k) != k + 1:
            continue
        cs, ce = s.clause_at[k]
        if all(lemmas & allowed for lemmas in clause_verbs(s, cs, ce)):
            return Found(cs, ce, (k, k + 1))
    return None


def read_alone(s: Sentence, q: Question) -> Found | None:
    """To a question that counts people («¿cuántas personas viajan?»), one said as being
    alone: «viajo solo», «yo sola», «solo yo»; the first clause says nothing else, its verb
    one a number may have."""
    if not _counts_people(s, q):
        return None
    alone, allowed = s.words.folded("alone_words"), allowed_verbs(s, q)
    start, end = s.clause_at[s.opening()] if s.opening() < len(s) else (0, 0)
    words = range(start, end)
    if not any(s.w[k] in alone for k in words):
        return None
    said = (
        s.w[k] in alone
        or any(f.person == "1s" for f in s.a.of(k, "PRON"))  # «yo sola»
        or s.verbs(k, allowed, q.persons_in(s))
        for k in words
    )
    return Found(start, end) if all(said) else None


def _counts_people(s: Sentence, q: Question) -> bool:
    """The bot's question names people («¿cuántas personas viajan?»)."""
    bot, people = q.bot_line(s), s.words.folded("people_classes")
    return any(f.classes & people for k in range(len(bot)) for f in bot.a.of(k, "NOUN"))


def read_which(s: Sentence, q: Question) -> Found | None:
    """To a question of which one («¿qué talla usa?»), the noun it asks about again with an
    adjective after it, with only the verbs a number may have or one of ordering: «una talla
    mediana», «quisiera la talla grande»."""
    bot, which = q.bot_line(s), s.words.folded("which_words")
    asked = {bot.w[k + 1] for k in range(len(bot) - 1) if bot.w[k] in which}
    allowed = allowed_verbs(s, q) | s.words.folded("order_verbs")
    for i in range(len(s)):
        if s.w[i] in asked and s.a.of(i, "NOUN") and s.a.of(i + 1, "ADJ"):
            cs, ce = s.clause_at[i]
            if i + 2 == ce and all(lemmas & allowed for lemmas in clause_verbs(s, cs, ce)):
                return Found(cs, ce, (i, i + 2))
    return None


def read_vague(s: Sentence, q: Question) -> Found | None:
    """«me quedo un par de días», «varias noches»: how many with no number, before a noun of
    what the question counts, with only the verbs a number may have."""
    allowed = allowed_verbs(s, q)
    for start, end in s.phrases("vague_alone_counts"):  # «un par», what is counted left out
        cs, ce = s.clause_at[start]
        if end == ce and all(lemmas & allowed for lemmas in clause_verbs(s, cs, ce)):
            return Found(cs, ce, (start, end))
    for start, end in s.phrases("vague_counts"):
        if not s.a.of(end, "NOUN") or not a_count(s, q, start, end):
            continue
        cs, ce = s.clause_at[start]
        if all(lemmas & allowed for lemmas in clause_verbs(s, cs, ce)):
            return Found(cs, ce, (start, end + 1))
    return None


def read_measured(s: Sentence, q: Question) -> Found | None:
    """The first clause is an amount of a measure: «medio kilo», «una docena de huevos»."""
    i = s.opening()
    ordered = s.verbs(i, s.words.folded("order_verbs"), q.persons, ("pres", "cond"))
    ordered = ordered or joined_request(s, i, s.words.folded("request_verbs"))  # «póngame…»
    measured = s.verbs(i, question_verbs(q.bot_line(s)), {"3s", "3p"})  # «pesa medio kilo»
    k = i + bool(ordered or measured)
    j, measures = s.after_det(k), s.words.folded("measure_classes")
    j += bool(s.a.of(j, "NUM") or s.w_digit(j))  # «quinientos gramos»
    if s.a.of(j, "ADJ") and s.noun_of(j + 1, measures):
        j += 1  # «medio kilo»
    end = s.noun_of(j, measures)
    if end is None:
        return None
    if s.a.at(end) in s.words.folded("measure_links"):  # «un kilo de fresas»
        thing = s.after_det(end + 1)
        named = asked_classes(q.bot_line(s))  # «¿cuántas rosas…?», not «¿cuántas le pongo?»
        if named and s.a.of(thing, "NOUN") and not a_count(s, q, thing, thing):
            return None  # «una docena de huevos» to «¿cuántas rosas quiere?»
        end = s.noun_phrase(thing, frozenset()) or end
    return Found(i, end, (k, end)) if end >= s.clause_end(i) else None
