"""A noun phrase after ser, estar or parecer that says who a man is («Él es una ambientalista
famosa»): a noun of common gender (artista, estudiante) takes its person's gender through
its determiner and adjectives. A noun with a gender of its own keeps it («Él es una persona
amable»); said of a woman, a masculine determiner is caught only on a noun that names her
by her role alone («Ella es un estudiante»): «un modelo», «un bebé» are said of women too
(`masculine_senses`)."""

from langbot.grading.rules.adjectives import adjective_fix
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.predicate_subjects import copula_subjects

_SLOTS = {("m", "s"): 0, ("f", "s"): 1, ("m", "p"): 2, ("f", "p"): 3}


def _man(ctx: Context, subject) -> bool:
    """The subject is a man or men: «él», «ellos», or a noun of people of the masculine
    (mi padre, el chico; not «el personaje», which may be a woman)."""
    if subject.gender != "m":
        return False
    noun = subject.noun
    return noun is None or bool(noun.classes & set(ctx.words["natural_gender_classes"]))


def _woman(ctx: Context, subject) -> bool:
    """The subject is a woman or women: «ella», or a noun of people of the feminine (mi
    madre; not «la estrella»)."""
    if subject.gender != "f":
        return False
    noun = subject.noun
    return noun is None or bool(noun.classes & set(ctx.words["natural_gender_classes"]))


def _common_gender(ctx: Context, j: int) -> bool:
    """Token j can only be a noun (or an adjective made one) of common gender, known, of one
    number, and not also a feminine noun of its own («la policía», «la guía»)."""
    a = ctx.analysis
    readings = a.readings[j] if 0 <= j < len(a) else ()
    if not readings or any(f.pos not in ("NOUN", "ADJ") or f.gender for f in readings):
        return False
    if len({f.number for f in readings}) != 1 or not readings[0].number:
        return False
    if j > 0 and a.original(j)[:1].isupper():
        return False  # a name or a title
    return a.at(j) not in ctx.words["feminine_senses"]


def _head(ctx: Context, j: int) -> int | None:
    """The noun of common gender of a noun phrase whose determiner is at j (one adjective
    may stand between: «una gran artista»)."""
    a = ctx.analysis
    for k in (j + 1, j + 2):
        if _common_gender(ctx, k):
            return k
        if not a.of(k, "ADJ") or any(f.gender or f.number for f in a.of(k, "NOUN")):
            return None  # «gran» is also read as a name, with no gender
    return None


def _feminine_words(ctx: Context, j: int, head: int):
    """(index, the masculine) of the first word from the determiner at j that is feminine:
    the determiner, an adjective before the noun, or one right after it."""
    a = ctx.analysis
    for k in (*range(j, head), head + 1):
        if k == j:
            dets = a.of(k, "DET")
            if dets and all(f.gender == "f" for f in dets):
                yield k, None
            continue
        adjectives = a.of(k, "ADJ")
        if adjectives and a.only(k, "ADJ") and all(f.gender == "f" for f in adjectives):
            yield k, adjective_fix(ctx, k, "m", adjectives[0].number or "s")


def predicate_noun_phrase(ctx: Context, series):
    """Finder: «Él es una artista»: a feminine determiner or adjective in a noun phrase of
    common gender that says who a man is; `series` gives a determiner's four forms."""
    a = ctx.analysis
    for i, subject, linking in copula_subjects(ctx):
        if not linking or not _man(ctx, subject):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        head = _head(ctx, j) if a.of(j, "DET") else None
        if head is None:
            continue
        number = a.readings[head][0].number
        for k, fix in _feminine_words(ctx, j, head):
            if fix is None:
                forms = series(ctx, a.at(k))
                fix = forms[_SLOTS[("m", number)]] if forms else None
                if fix and a.original(k)[:1].isupper():
                    fix = fix.capitalize()
            if fix:
                values = {"subject": subject.words, "noun": a.original(head)}
                yield Hit(k, k + 1, fix, values)
            break


def _joined_determiners(ctx: Context, j: int):
    """The determiner at j, and those of the noun phrases joined to its phrase by «y»
    («una maestra y un especialista»: both say who she is)."""
    a = ctx.analysis
    while a.of(j, "DET"):
        yield j
        k = j + 1
        while k < j + 3 and not a.of(k, "NOUN"):
            k += 1
        if not a.of(k, "NOUN") or a.at(k + 1) not in ctx.words["joining"]:
            return
        j = k + 2


def _masculine_for_woman(ctx: Context, j: int, series) -> tuple[int, str] | None:
    """(noun, the feminine determiner) when the determiner at j is «un» or «unos» before a
    noun of common gender said of women too in the feminine."""
    a = ctx.analysis
    if a.at(j) not in ctx.words["indefinite_masculine"]:
        return None  # «Ella es el mejor estudiante»: the masculine, said of all, is heard
    if not all(f.gender == "m" for f in a.of(j, "DET")):
        return None
    head = _head(ctx, j)
    if head is None or a.at(head) in ctx.words["masculine_senses"]:
        return None
    forms = series(ctx, a.at(j))
    fix = forms[_SLOTS[("f", a.readings[head][0].number)]] if forms else None
    if not fix:
        return None
    return head, fix.capitalize() if a.original(j)[:1].isupper() else fix


def predicate_noun_woman(ctx: Context, series):
    """Finder: «Ella es un estudiante»: a masculine determiner of a noun of common gender
    that says who a woman is (not «un modelo», `masculine_senses`)."""
    a = ctx.analysis
    for i, subject, linking in copula_subjects(ctx):
        if not linking or not _woman(ctx, subject):
            continue
        if not all(f.lemma in ctx.words["identity_verbs"] for f in a.of(i, "VERB")):
            continue  # «estaba un poco triste»: only «ser» names who she is
        for j in _joined_determiners(ctx, skip_adverbs(a, ctx.kb, i + 1)):
            found = _masculine_for_woman(ctx, j, series)
            if found:
                values = {"subject": subject.words, "noun": a.original(found[0])}
                yield Hit(j, j + 1, found[1], values)
                break
