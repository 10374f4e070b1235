"""Who likes, with a verb like gustar: «a» before a person («A mi padre le gusta»), and the
pronoun that goes with them («Mi hermano gusta…» is «A mi hermano le gusta»); the subject said
before the verb's own pronoun («Yo me gusta») is rules/gustar_subject.py's."""

from langbot.grading.analysis import Analysis
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import folded_adverbs, skip_adverbs
from langbot.grading.rules.copula_forms import capital_at
from langbot.grading.rules.gustar_forms import AGREEING, liking, likings
from langbot.grading.rules.name_spans import name_end
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def _proper_name(a: Analysis, i: int) -> bool:
    """Token i is written with a capital and the lexicon knows it as nothing but a name."""
    return capital_at(a, i) and all(f.pos == "NOUN" and not f.classes for f in a.readings[i])


def who_likes(ctx: Context, s: int, e: int, liked: bool = False) -> bool:
    """Tokens [s, e) name a person: a third-person pronoun, a noun phrase of people (an
    adjective or a name may follow its noun: «mi hermano mayor», «mi amiga Ana»), or a
    proper name. With a thing liked after the verb (`liked`), which then cannot be what the
    phrase before it is, an animal or «todos», «nadie»… likes too."""
    a = ctx.analysis
    if e - s == 1 and any(f.person and f.person[0] == "3" for f in a.of(s, "PRON")):
        return a.accented(s) or not a.of(s, "DET")
    if liked and " ".join(a.at(k) for k in range(s, e)) in ctx.words["people_quantifiers"]:
        return True
    if e - s > 1 and a.at(s) in ctx.words["all_of_them"] and a.of(s + 1, "DET"):
        return who_likes(ctx, s + 1, e, liked)  # «Todos mis amigos les gusta»
    if liked and e - s == 2 and a.at(s) in ctx.words["possessives"] and not a.readings[s + 1]:
        return True  # «Mi mader no le gusta su música»: a word unknown, yet no thing liked
    np = a.noun_phrase(s)
    if np is not None and _phrase_end(ctx, np.end, e) == e:
        return _likes(ctx, np.noun, liked)
    if a.of(s, "ADJ") and a.only(s + 1, "NOUN") and _phrase_end(ctx, s + 2, e) == e:
        return any(_likes(ctx, f, liked) for f in a.of(s + 1, "NOUN"))  # «muchas personas»
    return _name(a, s, e)


def _phrase_end(ctx: Context, j: int, e: int) -> int:
    """Past the adjectives after a noun ending at j, and a name that follows it, up to e."""
    a = ctx.analysis
    while j < e and a.only(j, "ADJ"):
        j += 1
    if j < e and a.at(j) in ctx.words["of"]:  # «los niños de Tom», «la hija de mi vecina»
        np = a.noun_phrase(j + 1)
        j = np.end if np is not None else _name_end(a, j + 1)
    return e if j < e and _name(a, j, e) else j


def _name_end(a: Analysis, j: int) -> int:
    """The end of a name at j: a run of words the lexicon knows only as names, or of
    capitals it reads apart."""
    end = j
    while _proper_name(a, end):
        end += 1
    return max(end, name_end(a, j))


def _likes(ctx: Context, noun, liked: bool) -> bool:
    """The noun names people (a job too, unless it also names a thing: «el modelo»), or,
    with a thing liked after the verb, an animal."""
    classes = noun.classes
    if classes & set(ctx.words["people_classes"]) or (
        liked and classes & set(ctx.words["animal_classes"])
    ):
        return True
    jobs = set(ctx.words["job_classes"])
    return bool(classes) and classes <= jobs and noun.lemma not in ctx.words["people_also_things"]


def _name(a: Analysis, s: int, e: int) -> bool:
    """Tokens [s, e) are a person's name: words the lexicon knows only as names, or a run of
    capitals it reads apart («Kat Von D»)."""
    if e > s and all(_proper_name(a, k) for k in range(s, e)):
        return True
    return e - s > 1 and name_end(a, s) == e


def _se_for_indirect(ctx: Context, k: int) -> bool:
    """«Tom se gustan los gatos»: «se» at k before a gustar-like verb that has a thing liked
    after it stands where who likes takes «le» (the verb is no «se» verb of its own)."""
    a = ctx.analysis
    if a.at(k) not in ctx.words["third_person_reflexive"] or a.accented(k):
        return False
    lemma = liking(ctx, k + 1, AGREEING)
    if lemma is None or ctx.kb.verbs.has(lemma, "also_personal"):
        return False
    third = any((f.person or "")[:1] == "3" for f in a.of(k + 1, "VERB"))
    return third and _liked_after(ctx, skip_adverbs(a, ctx.kb, k + 2))


def experiencer_a(ctx: Context):
    a = ctx.analysis
    between = folded_adverbs(ctx.kb)
    for s, end in a.clauses if likings(ctx) else ():
        k = s
        while k < end and a.at(k) not in ctx.words["third_person_indirect"]:
            if _se_for_indirect(ctx, k):
                break
            k += 1
        if k >= end or not liking(ctx, k + 1):
            continue  # any tense: «Mi padre le gustó la película» lacks its «a» too
        e = k
        while e > s and a.at(e - 1) in between:
            e -= 1
        after = skip_adverbs(a, ctx.kb, k + 2)
        to_someone = a.at(after) in ctx.words["to"] or a.at(after) == ctx.words["joins_with_to"][1]
        if to_someone and not any(f.form == "inf" for f in a.of(after + 1, "VERB")):
            continue  # «Mi madre le gusta a mi padre»: who likes comes after, with its «a»
        liked = _liked_after(ctx, after)
        if not liked and ctx.kb.verbs.has(liking(ctx, k + 1), "also_personal"):
            continue  # «Mi madre le parece simpática»: she may be what seems, or matters
        if e == s:
            s, e = _aside(ctx, s) or (s, e)  # «Su hermano, Ana, le encanta»
        elif (opened := _opened(ctx, s)) < e and not who_likes(ctx, s, e, liked):
            s = opened  # «Ahora mi padre le gusta»: who likes comes after the adverb
        if a.at(s) == ctx.words["joins_with_to"][1] or not who_likes(ctx, s, e, liked):
            continue  # «Al niño le gusta» has its «a»
        if a.at(s - 1) in ctx.words["and"]:
            s = _joined_start(ctx, s, liked)
            if s is None:
                continue  # after «y», the «a» may be shared: «A Tywin y Cersei les gusta»
        if a.at(k) in ctx.words["third_person_reflexive"]:
            yield Hit(s, k + 1, _with_pronoun(ctx, s, e, k))
            continue
        yield Hit(s, e, to_who(ctx, s, e))


def _opened(ctx: Context, s: int) -> int:
    """Past an opening phrase and the adverbs at s («Al final», «Ahora», «También»)."""
    a = ctx.analysis
    for phrase in ctx.words["opening_phrases"]:
        n = phrase.count(" ") + 1
        if " ".join(a.at(k) for k in range(s, s + n)) == phrase:
            return skip_adverbs(a, ctx.kb, s + n)
    return skip_adverbs(a, ctx.kb, s)


def _aside(ctx: Context, s: int) -> tuple[int, int] | None:
    """A name between commas ends right before s, after who likes («Su hermano, Ana,»):
    who likes, or None."""
    a = ctx.analysis
    comma = ctx.spelled["comma"]
    name = next(((ps, pe) for ps, pe in a.clauses if pe == s - 1), None)
    if name is None or a.original(s - 1) not in comma or a.original(name[0] - 1) not in comma:
        return None
    who = next(((ps, pe) for ps, pe in a.clauses if pe == name[0] - 1), None)
    if who is None or not _name(a, *name) or a.at(who[0] - 1) != BOUNDARY:
        return None
    return who if who_likes(ctx, *who) and a.noun_phrase(who[0]) else None


def _joined_start(ctx: Context, s: int, liked: bool) -> int | None:
    """Who likes at s follows «y»: where the whole of who likes starts («Mi madre y mi padre
    les gusta»: at «Mi»), s itself after a clause that says something else, or None when the
    «a» before the first one is shared («A Tywin y Cersei les gusta», «A mis hermanas,
    Jessica y Erika les gusta»)."""
    a = ctx.analysis
    start = s
    while True:
        before = next(((ps, pe) for ps, pe in a.clauses if pe == start - 1), None)
        if before is None:
            return start
        ps, pe = before
        if a.at(ps) in ctx.words["to"] or a.at(ps) == ctx.words["joins_with_to"][1]:
            return None if not any(ps <= i < pe for i in likings(ctx)) else s
        if not who_likes(ctx, ps, pe, liked):
            return start
        start = ps


def to_who(ctx: Context, s: int, e: int) -> str:
    """«a» + who likes at [s, e), joined with «el» («al niño»), capital first at the start."""
    a = ctx.analysis
    who = a.tokens.original_text(s, e)
    if not (_proper_name(a, s) or name_end(a, s) > s):
        who = who[:1].lower() + who[1:]
    article, joined = ctx.spelled["joins_with_to"]
    to = ctx.spelled["to"][0]
    first, _, rest = who.partition(" ")
    words = f"{joined} {rest}" if rest and fold(first) == fold(article) else f"{to} {who}"
    return words[:1].upper() + words[1:] if s == 0 else words


def _liked_after(ctx: Context, j: int) -> bool:
    """A thing or an action stands at j: a determiner, a noun or an infinitive (not «a» or
    «de», which make the person the one liked: «Juan gusta a María»)."""
    a = ctx.analysis
    if a.at(j) in ctx.words["to"] or a.at(j) in ctx.words["of"]:
        return False
    if any(f.form == "inf" for f in a.of(j, "VERB")):
        return all(f.pos in ("VERB", "NOUN") for f in a.readings[j])  # «correr», also a noun
    return bool(a.of(j, "DET") and a.of(j + 1, "NOUN")) or a.only(j, "NOUN")


def who_without_pronoun(ctx: Context):
    """«Mi hermano gusta el fútbol»: who likes takes «a» and the pronoun «le» or «les»."""
    a = ctx.analysis
    between = folded_adverbs(ctx.kb)
    for s, end in a.clauses if likings(ctx) else ():
        for i in range(s + 1, end):
            if not liking(ctx, i, AGREEING) or a.at(i - 1) in ctx.kb.lists.indirect:
                continue
            if a.at(s) in ctx.words["to"] or ctx.kb.verbs.has(
                liking(ctx, i, AGREEING), "also_personal"
            ):
                break  # «Tom parece cansado», «Hokkaido queda al norte»: a subject of its own
            e = i
            while e > s and a.at(e - 1) in between:
                e -= 1
            pronoun = a.of(s, "PRON") and (a.accented(s) or not a.of(s, "DET"))
            j = skip_adverbs(a, ctx.kb, i + 1)
            liked = _liked_after(ctx, j) or _name_end(a, j) > j + 1  # «… gustan Johnny Depp»
            if liked and who_likes(ctx, s, e, liked) and not pronoun:
                first = _joined_start(ctx, s, liked) if a.at(s - 1) in ctx.words["and"] else s
                if first is not None:
                    yield Hit(first, i, _with_pronoun(ctx, first, e, i, first != s))
            break  # «Ella gusta…»: gustar_subject_pronoun says it (not «el» of «el niño»)


def _with_pronoun(ctx: Context, s: int, e: int, i: int, joined: bool = False) -> str:
    """«A mi hermano (no) le»: the fix before the verb at i («les» for several joined)."""
    a = ctx.analysis
    np = a.noun_phrase(s)
    said = [np.noun] if np is not None else a.readings[s]
    plural = joined or any(f.number == "p" for f in said)
    pronoun = ctx.words["third_person_indirect"][int(plural)]
    words = [to_who(ctx, s, e)] + [a.original(k) for k in range(e, i)]
    return " ".join([*words, pronoun])


def indirect_for(ctx: Context, s: int, e: int) -> str | None:
    """The pronoun «a» + [s, e) takes before the verb (a mí: me, a ella: le), if a person."""
    a = ctx.analysis
    if e - s == 1 and a.at(s) in ctx.words["stressed"]:
        return ctx.spelled["indirect_for_stressed"][ctx.words["stressed"].index(a.at(s))]
    if not who_likes(ctx, s, e):
        return None
    s += a.at(s) in ctx.words["all_of_them"] and bool(a.of(s + 1, "DET"))  # «todos mis…»
    np = a.noun_phrase(s)
    nouns = [np.noun] if np is not None else a.of(s + 1, "NOUN") if a.of(s, "ADJ") else []
    plural = bool(nouns) and all(f.number == "p" for f in nouns)  # «muchas personas»
    return ctx.words["third_person_indirect"][int(plural)]
