"""Verbs like gustar (marked like_gustar in verbs.yaml): what follows them, their agreement
with what is liked, and the pronoun that names who likes."""

from langbot.grading.analysis import Analysis
from langbot.grading.rules.base import Context, Hit, series_index
from langbot.grading.rules.body_possessive import (
    body_possessive,
    own_body_possessive,
    pain_possessive,
)
from langbot.grading.rules.common import (
    folded_adverbs,
    past_alternative,
    past_by_accent,
    past_told,
    skip_adverbs,
)
from langbot.grading.rules.gustar_a_phrase import a_without_pronoun
from langbot.grading.rules.gustar_a_thing import a_before_thing
from langbot.grading.rules.gustar_actions import a_infinitive, gerund
from langbot.grading.rules.gustar_agreement import agreement
from langbot.grading.rules.gustar_clitic import clitic_person, object_with_gustar
from langbot.grading.rules.gustar_degree import degree_agreement
from langbot.grading.rules.gustar_forms import AGREEING, after_clitic, liking, likings, plural_at
from langbot.grading.rules.gustar_liked import liked_number
from langbot.grading.rules.gustar_perfect import perfect_agreement
from langbot.grading.rules.gustar_periphrasis import periphrasis_agreement
from langbot.grading.rules.gustar_subject import subject_and_pronoun
from langbot.grading.rules.gustar_who import experiencer_a, who_without_pronoun
from langbot.grading.rules.noun_verbs import verb_before_object
from langbot.grading.tokens import BOUNDARY


def _possessive(ctx: Context):
    a = ctx.analysis
    for i in likings(ctx):
        if a.at(i - 2) in ctx.words["to"]:
            continue  # «A mí gusta»: the pronoun is missing (gustar_a_without_pronoun)
        if a.of(i - 2, "ADP"):
            continue  # «no es de mi gusto»: after a preposition, «gusto» is the noun
        if a.at(i - 1) in ctx.words["possessive_not_pronoun"] and liking(ctx, i):
            yield Hit(i - 1, i, next(iter(ctx.words["pronoun"])))


def _bare_noun(ctx: Context):
    a = ctx.analysis
    articles = ctx.words["articles"]
    for i in likings(ctx):
        if not after_clitic(ctx, i) or not liking(ctx, i) or not _third_person(ctx, i):
            continue  # «me siento muy helado»: sentirse, not what one likes
        if liking(ctx, i) in ctx.words["bare_amounts"]:
            continue  # «nos queda cerveza»: an amount
        j = skip_adverbs(a, ctx.kb, i + 1)
        nouns = a.of(j, "NOUN")
        if j < len(a) and a.original(j)[:1].isupper():
            continue  # a name (Me gusta Kit Harington), whatever the lexicon says of the word
        number = _noun_number(ctx, i, nouns[0]) if len(nouns) == 1 else None
        if number and _noun_liked(a, i, j) and nouns[0].gender and _stands_alone(ctx, j):
            if "language" not in nouns[0].classes and a.at(j) not in ctx.words["bare_places"]:
                article = articles[series_index(nouns[0].gender, number)]
                yield Hit(j, j + 1, f"{article} {a.original(j)}")


def _noun_liked(a: Analysis, i: int, j: int) -> bool:
    """The word at j after the gustar-like verb at i is only a noun, or a noun and a
    participle («me gusta pescado»): with no noun before the verb for it to describe («el
    pescado me gusta asado»), the participle is the thing liked."""
    readings = a.readings[j] if j < len(a) else ()
    participle = any(f.form == "part" for f in readings)
    if participle and any(a.of(k, "NOUN") for k in range(i)):
        return False
    # a conjugated verb reading («me gusta trabajo», «cocina»): no verb follows gustar bare
    return bool(a.of(j, "NOUN")) and all(
        f.pos == "NOUN"
        or (participle and f.pos in ("VERB", "ADJ") and not f.person)
        or (f.pos == "VERB" and (f.person or f.form == "imp") and not participle)
        for f in readings
    )


def _bare(a: Analysis, k: int) -> bool:
    """A noun with no determiner at k, and no name."""
    return bool(a.of(k, "NOUN")) and not a.of(k, "DET") and not a.original(k)[:1].isupper()


def _stands_alone(ctx: Context, j: int) -> bool:
    """The bare noun at j (with a «de» noun, «películas de terror», or an adjective after
    it) is neither restricted («café con leche», «autoras que…») nor one of a list of bare
    nouns, which Spanish says bare («Me gustan perros y gatos»)."""
    a = ctx.analysis
    k = j + 1
    if a.at(k) in ctx.words["of"] and _bare(a, k + 1):
        k += 2
    if a.only(k, "ADJ"):
        k += 1
    if a.of(k, "ADP") or a.at(k) in ctx.words["relative"]:
        return False
    comma = k < len(a) and a.original(k) in ctx.spelled["comma"]
    listed = comma or a.at(k) in ctx.words["list_joins"]
    return not (listed and _bare(a, skip_adverbs(a, ctx.kb, k + 1)))


def _noun_number(ctx: Context, i: int, noun) -> str | None:
    """The noun's number; for one the same in both (sushi), the number of the verb at i."""
    if noun.number:
        return noun.number
    persons = {f.person for f in ctx.analysis.of(i, "VERB")} & {"3s", "3p"}
    return persons.pop()[1] if len(persons) == 1 else None


def _third_person(ctx: Context, i: int) -> bool:
    """The gustar-like verb at i can agree with a thing liked: a third-person form, or one
    in another tense than the present the lexicon reads (encantó, read as «encanto»)."""
    entries = ctx.kb.verbs.entries
    return past_by_accent(ctx.analysis, i) or any(
        f.person and f.person[0] == "3" and (e := entries.get(f.lemma)) and e.like_gustar
        for f in ctx.analysis.of(i, "VERB")
    )


def _fix_form(ctx: Context, lemma: str, j: int) -> str | None:
    """The present form of a gustar-like verb that agrees with what follows it at j."""
    number = liked_number(ctx, skip_adverbs(ctx.analysis, ctx.kb, j)) or "s"
    return ctx.kb.verbs.present(lemma).get("3" + number)


def _subject_pronoun(ctx: Context):
    a = ctx.analysis
    between = folded_adverbs(ctx.kb)
    pronouns = dict(zip(ctx.words["persons"], ctx.words["indirect_by_person"], strict=True))
    for i in range(len(a) if likings(ctx) else 0):
        people = [f.person for f in a.of(i, "PRON") if f.person]
        if not people or (a.of(i, "DET") and not a.accented(i)):
            continue  # «el» the article, not «él»
        if a.at(i - 1) in ctx.words["to"]:
            continue  # «a ella» names who likes, rightly
        j = i + 1
        while a.at(j) in between:
            j += 1
        lemma = liking(ctx, j)
        personal = lemma and ctx.kb.verbs.has(lemma, "also_personal")  # «ella parece cansada»
        who = a.at(j + 1) in ctx.words["to"] and not a.of(j + 2, "VERB")
        if lemma and not personal and not a.of(j - 1, "CLITIC") and not who:  # «gusta a todos»
            form = _fix_form(ctx, lemma, j + 1)
            if form:
                words = [a.original(k) for k in range(i + 1, j)] + [pronouns[people[0]], form]
                yield Hit(i, j + 1, " ".join(words))


def _myself(ctx: Context):
    a = ctx.analysis
    me = ctx.words["pronoun"]
    for i in likings(ctx):
        lemma = liking(ctx, i, ("pres",))
        if lemma and a.at(i - 1) in me and not a.accented(i):
            first = [f for f in a.of(i, "VERB") if f.person == "1s"]
            if first and all(f.lemma == lemma for f in first):  # «me siento»: sentir too
                if past_alternative(a, i, "3s") and past_told(a, i):
                    continue  # «fue genial, me gusto mucho»: «gustó», its accent dropped
                form = _fix_form(ctx, lemma, i + 1)
                if form:
                    yield Hit(i, i + 1, form)


def _person(ctx: Context):
    """«Se gustas leer», «Le gustamos el cine»: after its pronoun, with a thing liked after it,
    a verb like gustar agrees with that thing, not with who likes."""
    a = ctx.analysis
    for i in likings(ctx):
        lemma = liking(ctx, i, AGREEING)
        clitic = after_clitic(ctx, i) or a.at(i - 1) in ctx.words["third_person_reflexive"]
        if not lemma or not clitic or ctx.kb.verbs.has(lemma, "also_personal"):
            continue
        persons = {f.person for f in a.of(i, "VERB")}
        if not persons or None in persons or any(p[0] == "3" for p in persons):
            continue
        if a.at(i - 1) in ctx.words["pronoun"] and "1s" in persons:
            continue  # «me gusto el cine»: gustar_myself says it
        pronominal = lemma + ctx.words["third_person_reflexive"][0]  # preocuparse
        if persons & ctx.kb.reflexive.get(a.at(i - 1), set()) and ctx.kb.verbs.is_reflexive(
            pronominal
        ):
            continue  # «no te preocupes, mi amor»: the verb's own pronoun (preocuparse)
        if a.at(i) in ctx.words["past_one"]:
            continue  # «le encanto bailar» may be «le encantó» with no accent
        if len(a.readings[i]) != len(a.of(i, "VERB")) or not _thing_after(ctx, i + 1):
            continue
        form = _fix_form(ctx, lemma, i + 1)
        if form:
            yield Hit(i, i + 1, form)


def _thing_after(ctx: Context, j: int) -> bool:
    """An infinitive or a determiner and its noun after the adverbs from j."""
    a = ctx.analysis
    j = skip_adverbs(a, ctx.kb, j)
    if a.only(j, "VERB") and all(f.form == "inf" for f in a.of(j, "VERB")):
        return True
    return bool(a.of(j, "DET") and a.only(j + 1, "NOUN"))


def _finite_after(ctx: Context):
    a = ctx.analysis
    for i in likings(ctx):
        if not after_clitic(ctx, i) or not liking(ctx, i, AGREEING) or plural_at(ctx, i):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        verbs = a.of(j, "VERB")
        if verbs and not a.only(j, "VERB"):
            verbs = verb_before_object(ctx, j, _persons_of(ctx, a.at(i - 1)))
        if not verbs or a.at(j - 1) == BOUNDARY:
            continue
        if any(f.form in ("inf", "ger", "part") for f in verbs) or _in_relative(ctx, i):
            continue
        if _in_title(ctx, i):
            continue  # «La intérprete de No me importa nada llega mañana»: a song's name
        if all(f.lemma in ctx.words["copulas"] for f in verbs) and a.of(j + 1, "DET"):
            continue  # «le gusta son el cuello»: one verb too many (copula_after_gustar)
        yield Hit(j, j + 1, verbs[0].lemma)


def _persons_of(ctx: Context, pronoun: str) -> tuple[str, ...]:
    """The persons an indirect pronoun names («me»: 1s), who likes."""
    pairs = zip(ctx.words["indirect_by_person"], ctx.words["persons"], strict=True)
    return tuple(p for c, p in pairs if c == pronoun)


def _in_title(ctx: Context, i: int) -> bool:
    """A word written with a capital inside the sentence, and no name (a negation, a
    pronoun), stands in the two words before the verb at i: it opens a title."""
    a = ctx.analysis
    for k in range(max(1, i - 2), i + 1):
        capital = a.original(k)[:1].isupper() and a.at(k - 1) != BOUNDARY
        if capital and a.readings[k] and not a.of(k, "NOUN"):
            return True
    return False


def _in_relative(ctx: Context, i: int) -> bool:
    """The verb at i stands in a clause a relative opens («lo que me gusta es bailar»): the
    finite verb after it is the main clause's."""
    a = ctx.analysis
    start = next((s for s, e in a.clauses if s <= i < e), 0)
    return a.at(start - 1) in ctx.words["relative"]


def _infinitive_after_pronoun(ctx: Context):
    """«Les gustar hablar»: after «me», «le»… the verb is conjugated, not the infinitive."""
    a = ctx.analysis
    for i in likings(ctx):
        if not after_clitic(ctx, i) or liking(ctx, i, ("inf",)) is None:
            continue
        inf = likings(ctx)[i]["inf"]
        form = _fix_form(ctx, inf, i + 1)
        if form and a.only(i, "VERB"):
            yield Hit(i, i + 1, form)


FINDERS = {
    "gustar_infinitive": _infinitive_after_pronoun,
    "gustar_gerund": gerund,
    "gustar_a_infinitive": a_infinitive,
    "gustar_a_thing": a_before_thing,
    "gustar_possessive": _possessive,
    "gustar_bare_noun": _bare_noun,
    "gustar_agreement": agreement,
    "gustar_subject_pronoun": _subject_pronoun,
    "gustar_myself": _myself,
    "gustar_person": _person,
    "gustar_finite_verb": _finite_after,
    "gustar_experiencer_a": experiencer_a,
    "gustar_subject_and_pronoun": subject_and_pronoun,
    "gustar_who_without_pronoun": who_without_pronoun,
    "gustar_a_without_pronoun": a_without_pronoun,
    "gustar_clitic_person": clitic_person,
    "gustar_object_pronoun": object_with_gustar,
    "gustar_perfect_agreement": perfect_agreement,
    "gustar_periphrasis_agreement": periphrasis_agreement,
    "body_possessive": body_possessive,
    "own_body_possessive": own_body_possessive,
    "pain_possessive": pain_possessive,
    "gustar_degree": degree_agreement,
}
