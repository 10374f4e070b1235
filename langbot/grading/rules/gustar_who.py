"""Who likes, with a verb like gustar: «a» before a person («A mi padre le gusta»), and no
subject pronoun before its own pronoun («Yo me gusta» is «A mí me gusta»)."""

from langbot.grading.analysis import Analysis
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import folded_adverbs, skip_adverbs
from langbot.grading.rules.copula_forms import capital_at
from langbot.grading.rules.gustar_forms import AGREEING, liking, likings
from langbot.grading.verbs import PERSONS


def _proper_name(a: Analysis, i: int) -> bool:
    """Token i is written with a capital and the lexicon knows it as nothing but a name."""
    return capital_at(a, i) and all(f.pos == "NOUN" and not f.classes for f in a.readings[i])


def _who_likes(ctx: Context, s: int, e: int) -> bool:
    """Tokens [s, e) name a person: a third-person pronoun, a noun phrase of people, or a
    proper name."""
    a = ctx.analysis
    if e - s == 1 and any(f.person and f.person[0] == "3" for f in a.of(s, "PRON")):
        return a.accented(s) or not a.of(s, "DET")
    people = set(ctx.words["people_classes"])
    np = a.noun_phrase(s)
    if np is not None and np.end == e:
        return bool(np.noun.classes & people)
    if e - s == 2 and a.of(s, "ADJ") and a.only(s + 1, "NOUN"):  # «muchas personas»
        return any(f.classes & people for f in a.of(s + 1, "NOUN"))
    return e > s and all(_proper_name(a, k) for k in range(s, e))


def experiencer_a(ctx: Context):
    a = ctx.analysis
    between = folded_adverbs(ctx.kb)
    for s, end in a.clauses if likings(ctx) else ():
        k = s
        while k < end and a.at(k) not in ctx.words["third_person_indirect"]:
            k += 1
        if k >= end or not liking(ctx, k + 1, AGREEING) or a.at(s - 1) in ctx.words["and"]:
            continue  # after «y», the «a» may be shared: «A Tywin y Cersei les gusta»
        e = k
        while e > s and a.at(e - 1) in between:
            e -= 1
        if _who_likes(ctx, s, e):
            found = a.tokens.original_text(s, e)
            if not all(_proper_name(a, x) for x in range(s, e)) and s == 0:
                found = found[:1].lower() + found[1:]
            to = ctx.spelled["to"][0]
            yield Hit(s, e, f"{to.capitalize() if s == 0 else to} {found}")


def subject_and_pronoun(ctx: Context):
    """«Yo me gusta el fútbol»: who likes is «a mí», not the subject «yo», before «me»."""
    a = ctx.analysis
    for i in likings(ctx):
        if not liking(ctx, i, AGREEING) or i < 2:
            continue
        if not any((f.person or "")[:1] == "3" for f in a.of(i, "VERB")):
            continue  # «yo me gusto»: I like myself
        k = i - 2
        said = [f.person for f in a.of(k, "PRON") if f.person]
        if not said or (a.of(k, "DET") and not a.accented(k)) or a.at(k - 1) in ctx.words["to"]:
            continue
        person = said[0]
        if (
            person[0] == "3"
            or a.at(i - 1) != ctx.words["indirect_by_person"][PERSONS.index(person)]
        ):
            continue  # «ella le gusta»: gustar_experiencer_a says it
        stressed = ctx.spelled["stressed_by_person"][PERSONS.index(person)]
        to = ctx.spelled["to"][0]
        fix = f"{to.capitalize() if k == 0 else to} {stressed}"
        yield Hit(k, k + 1, fix)


def _liked_after(ctx: Context, j: int) -> bool:
    """A thing or an action stands at j: a determiner, a noun or an infinitive (not «a» or
    «de», which make the person the one liked: «Juan gusta a María»)."""
    a = ctx.analysis
    if a.at(j) in ctx.words["to"] or a.at(j) in ctx.words["of"]:
        return False
    if any(f.form == "inf" for f in a.of(j, "VERB")) and not a.of(j, "NOUN"):
        return True
    return bool(a.of(j, "DET") and a.of(j + 1, "NOUN")) or a.only(j, "NOUN")


def who_without_pronoun(ctx: Context):
    """«Mi hermano gusta el fútbol»: who likes takes «a» and the pronoun «le» or «les»."""
    a = ctx.analysis
    between = folded_adverbs(ctx.kb)
    for s, end in a.clauses if likings(ctx) else ():
        for i in range(s + 1, end):
            if not liking(ctx, i, AGREEING) or a.at(i - 1) in ctx.kb.lists.indirect:
                continue
            if a.at(s - 1) in ctx.words["and"] or a.at(s) in ctx.words["to"]:
                break
            e = i
            while e > s and a.at(e - 1) in between:
                e -= 1
            if not _who_likes(ctx, s, e) or a.of(s, "PRON"):
                break  # «Ella gusta…»: gustar_subject_pronoun says it
            if _liked_after(ctx, skip_adverbs(a, ctx.kb, i + 1)):
                yield Hit(s, i, _with_pronoun(ctx, s, e, i))
            break


def _with_pronoun(ctx: Context, s: int, e: int, i: int) -> str:
    """«A mi hermano (no) le»: the fix before the verb at i."""
    a = ctx.analysis
    who = a.tokens.original_text(s, e)
    if not all(_proper_name(a, x) for x in range(s, e)):
        who = who[:1].lower() + who[1:]
    np = a.noun_phrase(s)
    plural = np is not None and np.noun.number == "p"
    pronoun = ctx.words["third_person_indirect"][int(plural)]
    to = ctx.spelled["to"][0]
    words = [to.capitalize() if s == 0 else to, who] + [a.original(k) for k in range(e, i)]
    return " ".join([*words, pronoun])


def _indirect_for(ctx: Context, s: int, e: int) -> str | None:
    """The pronoun «a» + [s, e) takes before the verb (a mí: me, a ella: le), if a person."""
    a = ctx.analysis
    if e - s == 1 and a.at(s) in ctx.words["stressed"]:
        return ctx.spelled["indirect_for_stressed"][ctx.words["stressed"].index(a.at(s))]
    if not _who_likes(ctx, s, e):
        return None
    np = a.noun_phrase(s)
    return ctx.words["third_person_indirect"][int(np is not None and np.noun.number == "p")]


def a_without_pronoun(ctx: Context):
    """«A mí gusta el cine», «A mi hermano gusta…»: with «a» + who likes before it, the
    verb still takes its pronoun: «A mí me gusta»."""
    a = ctx.analysis
    between = folded_adverbs(ctx.kb)
    for s, end in a.clauses if likings(ctx) else ():
        if a.at(s) not in ctx.words["to"]:
            continue
        for i in range(s + 2, end):
            if liking(ctx, i, AGREEING) and a.at(i - 1) not in ctx.kb.lists.indirect:
                e = i
                while e > s + 1 and a.at(e - 1) in between:
                    e -= 1
                pronoun = _indirect_for(ctx, s + 1, e)
                if pronoun:
                    yield Hit(s, i, f"{a.tokens.original_text(s, i)} {pronoun}")
                break
