"""Degree words: said twice over («muy mucho», «tan mucho», «más mejor», «muy más»: mucho,
tanto, mejor already hold the degree), «muy» before a verb, and «tan … que» for «tan …
como» when what follows is the one compared; «muy» before a plural noun («muy gracias»)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

_NONFINITE = frozenset({"inf", "ger", "part"})  # «muy cansado»: a participle describes


def very_much(ctx: Context):
    """«Te quiero muy mucho»: «mucho» takes no «muy» before it."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) in ctx.words["very"] and _much(ctx, i + 1):
            yield Hit(i, i + 2, a.original(i + 1))


def _much(ctx: Context, j: int) -> bool:
    a = ctx.analysis
    return bool(a.readings[j]) and all(f.lemma in ctx.words["much"] for f in a.readings[j])


def very_alone(ctx: Context):
    """«Me gusta muy», «Trabajo muy y estudio»: «muy» grades the word after it, so with
    nothing to grade (the clause ends) «a lot» is «mucho»."""
    a = ctx.analysis
    ends = set(ctx.spelled["very_ends"])
    for i in range(1, len(a)):
        if a.at(i) not in ctx.words["very"] or not a.of(i - 1, "VERB"):
            continue
        if i + 1 >= len(a) or a.original(i + 1) in ends or a.at(i + 1) in ctx.words["very_joins"]:
            yield Hit(i, i + 1, ctx.spelled["much"][0])


def more_than_number(ctx: Context):
    """«Tengo más que veinte amigos», «hay menos que tres personas»: before a number, «more
    than» is «más de»; not after a negative («no tiene más que cuatro pesos»: only), nor
    where what is compared is someone or something doing the verb («come más que dos
    personas»): only after a verb of having, costing or lasting, or a preposition."""
    a = ctx.analysis
    if any(a.at(k) in ctx.words["only_negators"] for k in range(len(a))):
        return
    for i in range(1, len(a) - 3):
        if a.at(i) not in ctx.words["more_or_less"] or a.at(i + 1) not in ctx.words["that"]:
            continue
        j = i + 2
        if not (a.at(j).isdigit() or a.at(j) in ctx.words["plural_numbers"]):
            continue
        counting = any(f.lemma in ctx.words["amount_verbs"] for f in a.of(i - 1, "VERB"))
        if (counting or a.only(i - 1, "ADP")) and a.of(j + 1, "NOUN"):
            yield Hit(i + 1, i + 2, ctx.spelled["of"][0])


def very_absolute(ctx: Context):
    """«Es muy buenísima», «muy altísimo»: the ending «-ísimo» is «very» already, so «muy»
    before an adjective or adverb that has it is said twice («mucho» is very_much's)."""
    a = ctx.analysis
    endings = tuple(ctx.words["absolute_endings"])
    for i in range(len(a) - 1):
        j = i + 1
        if a.at(i) not in ctx.words["very"] or not a.at(j).endswith(endings) or _much(ctx, j):
            continue
        if a.readings[j] and all(f.pos in ("ADJ", "ADV") for f in a.readings[j]):
            yield Hit(i, j + 1, a.original(j))


def more_better(ctx: Context):
    """«Es más mejor»: «mejor» and «peor» are «more good», «more bad» already; not after
    «cuanto más, mejor» (the more, the better)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if (
            a.at(i) not in ctx.words["more"]
            or a.at(i + 1) not in ctx.words["synthetic_comparatives"]
        ):
            continue
        if any(a.at(k) in ctx.words["the_more"] for k in range(max(0, i - 3), i)):
            continue
        yield Hit(i, i + 2, a.original(i + 1))


def so_much(ctx: Context):
    """«Me gusta tan mucho»: «so much» is one word, «tanto», in the gender and number of
    «mucho»."""
    a = ctx.analysis
    much, so = ctx.spelled["much_forms"], ctx.spelled["so_much_forms"]
    for i in range(len(a) - 1):
        if a.at(i) in ctx.words["so"] and a.at(i + 1) in ctx.words["much_forms"]:
            yield Hit(i, i + 2, so[[fold(w) for w in much].index(a.at(i + 1))])


def very_before_comparative(ctx: Context):
    """«Es muy más alto», «muy mejor»: before a comparative, «very» is «mucho»."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) in ctx.words["very"] and a.at(i + 1) in ctx.words["comparative_words"]:
            yield Hit(i, i + 1, ctx.spelled["much"][0])


def very_before_verb(ctx: Context):
    """«Yo muy disfruto», «me muy gusta»: «muy» goes with an adjective or an adverb, never a
    conjugated verb (past any object pronoun); how much one does is «mucho» after it."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["very"]:
            continue
        if any(f.lemma in ctx.words["copulas"] for f in a.of(i - 1, "VERB")):
            continue  # «está muy consiente»: an adjective meant (consciente), misspelled
        j = i + 1
        while j < len(a) and a.only(j, "CLITIC"):
            j += 1
        readings = a.readings[j] if j < len(a) else ()
        if readings and all(f.pos == "VERB" and f.form not in _NONFINITE for f in readings):
            yield Hit(i, j + 1, None, {"verb": a.original(j)})


def so_as(ctx: Context):
    """«Es tan alto que mi padre»: «as … as» is «tan … como»; «tan … que» opens a clause of
    what follows («tan alto que no cabe»), so a bare noun phrase or pronoun to the clause's
    end after it is the one compared."""
    a = ctx.analysis
    for i in range(len(a) - 3):
        if a.at(i) not in ctx.words["so"] or not (a.of(i + 1, "ADJ") or a.of(i + 1, "ADV")):
            continue
        k = i + 2
        if a.at(k) not in ctx.words["that"] or a.accented(k):
            continue
        end = _compared_end(ctx, k + 1)
        if end is not None and (end >= len(a) or a.at(end) == BOUNDARY):
            yield Hit(k, k + 1, ctx.spelled["as"][0])


def _compared_end(ctx: Context, j: int) -> int | None:
    """Where a subject pronoun, a noun phrase with its determiner, or an article and a
    possessive («la tuya») from j ends."""
    a = ctx.analysis
    if a.readings[j] and all(f.pos == "PRON" and f.person for f in a.readings[j]):
        return j + 1
    if a.of(j, "DET") and a.at(j + 1) in ctx.words["own_pronoun_forms"]:
        return j + 2  # «la tuya», «el mío»
    np = a.noun_phrase(j)
    if np is None or a.of(np.end, "ADJ") or a.of(np.end, "VERB"):
        return None
    return np.end


def many_of(ctx: Context, i: int) -> int | None:
    """After «muy» at i, a word that is only a plural noun of one gender: 0 (masculine) or 1
    (feminine), for «muchos», «muchas»; None otherwise, and after ser or estar in its
    clause, where «muy» may grade a noun as a quality («son muy amigos», «son pequeños y
    muy monos»)."""
    a = ctx.analysis
    nouns = a.of(i + 1, "NOUN")
    if not a.only(i + 1, "NOUN") or _copula_before(ctx, i):
        return None
    genders = {f.gender for f in nouns}
    if len(genders) != 1 or not genders <= {"m", "f"} or any(f.number != "p" for f in nouns):
        return None
    return ("m", "f").index(genders.pop())


def takes_amount(ctx: Context, k: int) -> bool:
    """Token k is only a conjugated verb that takes an object, whose amount «mucho» says:
    not ser, estar nor a verb that links a quality («se siente muy mujer»)."""
    a = ctx.analysis
    verbs = a.of(k, "VERB")
    finite = all((f.person or f.form == "imp") and f.form not in _NONFINITE for f in verbs)
    if not a.only(k, "VERB") or not finite:
        return False
    return not any(f.lemma in ctx.words["quality_linking_verbs"] for f in verbs)


def _copula_before(ctx: Context, i: int) -> bool:
    """A form of ser or estar before token i in its clause."""
    a, k = ctx.analysis, i - 1
    while k >= 0 and a.at(k) != BOUNDARY:
        if any(f.lemma in ctx.words["copulas"] for f in a.of(k, "VERB")):
            return True
        k -= 1
    return False
