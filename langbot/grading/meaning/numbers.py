"""Numbers: how many there are, the result of a sum or the next numbers of a count the bot
began, a phone number, a date. Each number word has its value (meaning.yaml), so a step that
asks a sum knows its answer from the bot's own question, in any lesson."""

from langbot.grading.meaning.counted_asked import (
    amount_units,
    asked_classes,
    asked_nouns,
    asks_an_amount,
    counts_money,
    counts_us_not_asked,
    hour_alone,
    speaks_of_money,
)
from langbot.grading.meaning.often import how_often
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import chained_infinitives
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

Number = tuple[int, int, int]  # tokens [start, end) and the value they say
_FINITE = ("pres", "cond", "fut", "subj")
_PHONE_NUMBERS = 3  # «seis, uno, dos», «seis cincuenta, veintitrés»: three in a row or more
_PHONE_DIGITS = 6  # or one number written with this many digits


def _value(s: Sentence, i: int) -> int | None:
    if not 0 <= i < len(s):
        return None
    if s.w[i].isdigit():
        return int(s.w[i])
    return s.words.values.get(s.w[i])


def numbers_in(s: Sentence, start: int = 0, end: int | None = None) -> list[Number]:
    """Every number in tokens [start, end), with «treinta y cinco» read as one number."""
    end = len(s) if end is None else end
    out: list[Number] = []
    i = start
    links = s.words.folded("number_links")
    while i < end:
        value = _value(s, i)
        if value is None:
            i += 1
            continue
        value, j = _tens(s, i, value, end, links)
        if _article_before_number(s, i, j, end):
            i = j
            continue
        rest = _value(s, j) if j < end else None
        if value % 100 == 0 and 100 <= value < 1000 and rest is not None and 0 < rest < 100:
            # «ciento ochenta», «doscientos cincuenta y cinco»
            more, j = _tens(s, j, rest, end, links)
            value += more
        out.append((i, j, value))
        i = j
    return out


def _article_before_number(s: Sentence, i: int, j: int, end: int) -> bool:
    """Token i is an article before a number that closes its clause, the noun left unsaid
    («una cuarenta y dos»; not «un diez minutos», nor «una, dos»)."""
    if j != i + 1 or s.w[i] not in s.words.folded("number_articles") or _value(s, j) is None:
        return False
    _, stop = _tens(s, j, _value(s, j) or 0, end, s.words.folded("number_links"))
    return stop >= len(s) or s.w[stop] == BOUNDARY


def _tens(s: Sentence, i: int, value: int, end: int, links: frozenset[str]) -> tuple[int, int]:
    """The number at i with a unit after «y» («treinta y cinco»), and where it ends."""
    unit = _value(s, i + 2) if s.a.at(i + 1) in links and i + 2 < end else None
    if value % 10 == 0 and 30 <= value < 100 and unit is not None and 0 < unit < 10:
        return value + unit, i + 3
    return value, i + 1


def runs(s: Sentence, numbers: list[Number]) -> list[list[Number]]:
    """Numbers one after another, with nothing but commas or «y» between them."""
    runs: list[list[Number]] = []
    gap = s.words.folded("number_links") | {BOUNDARY}
    for number in numbers:
        prev = runs[-1][-1] if runs else None
        if prev and all(s.w[k] in gap for k in range(prev[1], number[0])):
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs


def _expected(q: Question, s: Sentence) -> tuple[str, int, int] | None:
    """What the bot's line makes the only right numbers: the result of a sum it asks
    («diez más cinco»: ("sum", 15, 0)), or a count it began («uno, dos, tres...»: ("count",
    4, 1): the next, then steps of 1)."""
    bot = q.bot_line(s)
    numbers = numbers_in(bot)
    ops = s.words.arithmetic
    for (_, e1, a), (s2, _, b) in zip(numbers, numbers[1:], strict=False):
        between = [w for w in bot.w[e1:s2] if w != BOUNDARY]
        if len(between) == 1 and between[0] in ops:
            op = ops[between[0]]
            result = {"+": a + b, "-": a - b, "*": a * b, "/": a // b if b else None}[op]
            if result is not None:
                return ("sum", result, 0)
    for run in runs(bot, numbers):
        values = [v for _, _, v in run]
        steps = {b - a for a, b in zip(values, values[1:], strict=False)}
        if len(values) >= 3 and len(steps) == 1 and 0 not in steps:
            step = steps.pop()
            return ("count", values[-1] + step, step)
    return None


def determiner(s: Sentence, k: int) -> bool:
    """Token k is a determiner here: it can be one, and a noun or an adjective follows."""
    return bool(s.a.of(k, "DET")) and bool(s.a.of(k + 1, "NOUN") or s.a.of(k + 1, "ADJ"))


def clause_verbs(s: Sentence, start: int, end: int) -> list[frozenset[str]]:
    """The lemmas of each finite verb in tokens [start, end) (a form after a determiner, or
    a number word, is no verb)."""
    out = []
    for k in range(start, end):
        if s.a.of(k - 1, "DET") or s.a.of(k, "NUM") or determiner(s, k):
            continue
        lemmas = frozenset(f.lemma for f in s.a.of(k, "VERB") if f.person and f.form in _FINITE)
        if lemmas:
            out.append(lemmas)
    return out


def allowed_verbs(s: Sentence, q: Question) -> frozenset[str]:
    """Verbs an answer naming a number may have: «hay», «ser», and the bot's own verbs
    («¿cuántos hermanos tienes?»: «tengo dos»), or any of their kind (wanting, having)."""
    bot = q.bot_line(s)
    said = {lemma for lemmas in clause_verbs(bot, 0, len(bot)) for lemma in lemmas}
    own = {lemma for lemmas in clause_verbs(s, 0, len(s)) for lemma in lemmas}
    if not own & said:  # «¿cuántas puedes traer?» «traigo cinco»; not «quiero cambio dos»
        said |= chained_infinitives(bot)
    ordering = s.words.folded("order_verbs")
    if said & ordering:  # «¿cuántas habitaciones necesita?» «quiero dos»: any verb of wanting
        said |= {f.lemma for k in range(len(s)) for f in s.verbs(k, ordering, q.persons_in(s))}
        mine, serving = s.words.folded("request_pronouns"), s.words.folded("request_verbs")
        said |= {  # «me da diez», «¿me pone doce?»: a request to the one serving
            f.lemma
            for k in range(1, len(s))
            if s.w[k - 1] in mine
            for f in s.verbs(k, serving, {"2s", "3s"}, ("pres", "cond"))
        }
    lengths = frozenset(s.words.length_classes)  # «¿cuántos días lleva con fiebre?»: a time
    if not any(bot.noun_of(k, lengths) for k in range(len(bot))):
        said |= {v for lemma in list(said) for v in s.words.counted_alike.get(lemma, [])}
    said |= {v for lemma in list(said) for v in s.words.stayed_alike.get(lemma, [])}
    pastimes = {fold(p).split()[0] for p in s.kb.vocabulary.hobbies}
    doing = s.words.folded("empty_plan_verbs") | pastimes
    if said & doing and set(bot.w) & s.words.folded("frequency_nouns"):
        # «¿cuántas veces a la semana haces deporte?» «corro dos veces»; to «¿cuántas veces
        # juegas?» «nado dos veces»: how often a pastime is done, whichever it is
        said |= pastimes
    going, links = s.words.folded("future_verbs"), s.words.folded("future_links")
    persons = q.persons_in(s)
    persons |= {"1p"} if "1s" in persons else set()  # «vamos a estar»: I and who comes with me
    for k in range(len(s) - 2):  # «voy a llevar dos»: the bot's verb, to come
        if s.verbs(k, going, persons) and s.a.at(k + 1) in links:
            if any(f.lemma in said and f.form == "inf" for f in s.a.of(k + 2, "VERB")):
                said |= {f.lemma for f in s.verbs(k, going, persons)}
    return s.words.folded("count_verbs") | said


def read_number(s: Sentence, q: Question) -> Found | None:
    """«hay doce estudiantes», «somos diez», «son quince», «cuatro, cinco, seis»; a sum or a
    count the bot's question began has only its own right numbers."""
    numbers = numbers_in(s)
    if not numbers:
        return _often_clause(s, q, how_often(s, q))
    expected = _expected(q, s)
    if expected is not None:
        return _expected_number(s, numbers, expected)
    allowed = allowed_verbs(s, q)
    # «somos cuatro: dos adultos y dos niños»: a number that counts a noun, past a comma or
    # a colon, begins no list (but «un diez minutos» is one number too many)
    lone = {run[0] for run in runs(s, numbers) if len(run) == 1 or _then_counted(s, run)}
    for start, end, value in numbers:
        cs, ce = s.clause_at[start]
        if (start, end, value) not in lone or not a_count(s, q, start, end):
            continue
        if all(lemmas & allowed for lemmas in clause_verbs(s, cs, ce)):
            return Found(cs, ce, (start, end))
    return None


def _often_clause(s: Sentence, q: Question, found: Found | None) -> Found | None:
    """How often with no number, spread to its clause when the clause's verbs are ones a
    number may have («nado aquí todas las mañanas»: the verb is part of the answer)."""
    if found is None:
        return None
    cs, ce = s.clause_at[found.start]
    if all(lemmas & allowed_verbs(s, q) for lemmas in clause_verbs(s, cs, ce)):
        return Found(min(cs, found.start), max(ce, found.end), found.value)
    return found


def _then_counted(s: Sentence, run: list[Number]) -> bool:
    """The second number of a run counts a noun, and a comma or a colon stands before it."""
    (_, first_end, _), (second, second_end, _) = run[0], run[1]
    return bool(s.a.of(second_end, "NOUN")) and BOUNDARY in s.w[first_end:second]


def a_count(s: Sentence, q: Question, start: int, end: int) -> bool:
    """A number at [start, end) counts what the question asks about: not an hour («a las
    ocho»), a day («el doce de mayo») or a number of something else («una tostada»)."""
    if any(s.hour_at(k) for k in range(max(0, start - 3), start)) or day_of(s, end):
        return False
    if any(s.phrase_at(start - len(p), p) for p in s.words.phrases("hour_of_links")):
        return False  # «la de las ocho»: the show at an hour, not how many
    if any(len(p) > 1 and s.phrase_at(start, p) for p in s.words.phrases("degree_words")):
        return False  # «es un poco aburrido»: a degree, not one of anything
    counted = s.a.of(end, "NOUN") or (s.a.of(end, "ADJ") and s.a.of(end + 1, "NOUN"))
    bot = q.bot_line(s)
    if hour_alone(s, bot, start, end):
        return False
    if not counted:  # «un buen día»: an adjective before the noun counted
        return not counts_us_not_asked(s, bot, start)  # «somos cuatro» to «¿cuántas noches?»
    money = s.w[end] in s.words.folded("money_units")
    if money and not speaks_of_money(bot):
        return False  # «dos euros» to «¿cuántas maletas lleva?», «¿cuánto tiempo dura?»
    asked, named, units = asked_classes(bot), asked_nouns(bot), amount_units(bot)
    if named:  # «¿mesa para cuántas personas?»: not «dos noches» for «buenas noches»
        if counts_money(bot, named):  # «¿cuántos dólares…?»: not «una cuenta»
            return money or any(f.lemma in named for f in counted)
        asked -= s.words.folded("catch_all_classes")
        return any(f.lemma in named or f.classes & asked for f in counted)
    if (
        units is not None
    ):  # «¿cuánto tiempo dura?»: not «una chaqueta»; a price, not «tres entradas»
        return money or any(f.classes & units for f in counted)
    if s.w[end] in bot.w or any(
        f.lemma in {g.lemma for k in range(len(bot)) for g in bot.a.of(k, "NOUN")} for f in counted
    ):
        return True
    return any(f.classes & asked for f in counted) or asks_an_amount(bot)


def day_of(s: Sentence, end: int) -> bool:
    """A number ending at `end` is a day of a month: «doce de mayo»."""
    return s.a.at(end) in s.words.folded("date_links") and dated(s, end + 1)


def _expected_number(s: Sentence, numbers: list[Number], expected) -> Found | None:
    kind, value, step = expected
    if kind == "sum":
        for start, end, said in numbers:
            if said == value:
                cs, ce = s.clause_at[start]
                return Found(cs, ce, (start, end))
        return None
    run = runs(s, numbers)[0]
    if run[0][2] != value:
        return None
    last = run[0]
    for number in run[1:]:
        if number[2] != last[2] + step:
            break
        last = number
    return Found(run[0][0], last[1], (run[0][0], last[1]))


def read_phone_number(s: Sentence, q: Question) -> Found | None:
    """«mi número es el seis, cero, cero, uno...», «seis cincuenta, veintitrés, cuarenta y
    cinco», «612345678»."""
    allowed = allowed_verbs(s, q)
    for run in runs(s, numbers_in(s)):
        digits = sum(len(s.w[k]) for a, b, _ in run for k in range(a, b) if s.w_digit(k))
        if len(run) >= _PHONE_NUMBERS or digits >= _PHONE_DIGITS:
            start, end = run[0][0], run[-1][1]
            cs = s.clause_at[start][0]
            if all(lemmas & allowed for lemmas in clause_verbs(s, cs, start)):
                return Found(cs, end, (start, end))
    return None


def dated(s: Sentence, i: int) -> bool:
    """Token i names a month or a day of the week."""
    classes = frozenset(s.words.date_classes)
    return any(f.classes & classes for f in s.a.of(i, "NOUN"))
