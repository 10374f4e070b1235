"""The preposition a verb takes, from the family's data: the preposition before an
infinitive («empecé a comer», «quería comer») and the hand swaps («consiste de»). The
family's other modules: rules/double_prepositions.py (two prepositions in a row),
rules/personal_a.py («a» before a person one sees, visits or helps),
rules/de_before_que.py («creo que», not «creo de que»), rules/destinations.py («a», not
«en», after a verb of going to a place) and rules/time_prepositions.py (dates, clock times,
years)."""

from functools import lru_cache

from langbot.grading.rules import (
    de_before_que,
    destinations,
    double_prepositions,
    little_of,
    noun_compounds,
    personal_a,
    personal_a_joined,
    por_swaps,
    que_infinitive,
    rates,
    receiver_a,
    side_of,
    time_prepositions,
)
from langbot.grading.rules.bare_amount import measure_with_preposition, price_with_preposition
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_infinitive
from langbot.grading.rules.counted_of import number_of_bare_noun
from langbot.grading.rules.duration_para import duration_with_para
from langbot.grading.rules.food_with import food_with
from langbot.grading.rules.measure_of import measure_without_of
from langbot.grading.rules.object_for import object_after_for
from langbot.grading.rules.present_forms import form_for
from langbot.grading.tokens import BOUNDARY
from langbot.grading.verb_prepositions import load_verb_prepositions
from langbot.text import fold

MIN_ADJUNCT = 3
"""How often the counts must show a verb with a word before a noun for that word before an
infinitive to be left (an adjunct's: «vengo de trabajar»)."""


def _only_verbs_of(ctx: Context, i: int, lemmas: tuple[str, ...]) -> bool:
    """Token i is a verb of these lemmas (not a participle) and nothing else, or nothing else
    after a pronoun that is only an object («me ayuda»: no noun «ayuda»)."""
    a = ctx.analysis
    unlinked = ctx.words["unlinked_imperatives"]  # «sé»: saber, never ser's imperative here
    verbs = [f for f in a.of(i, "VERB") if not (f.form == "imp" and f.lemma in unlinked)]
    accented = (
        bool(verbs) and a.accented(i) and all(f.pos in ("VERB", "CLITIC") for f in a.readings[i])
    )
    return (
        (a.only(i, "VERB") or accented or (bool(verbs) and a.only(i - 1, "CLITIC")))
        and all(f.lemma in lemmas and f.form != "part" for f in verbs)
        and not (a.of(i - 1, "DET") and not a.accented(i - 1))  # «él empezó»: not «el»
    )


@lru_cache(maxsize=4)
def _links(keys: tuple[str, ...], lists: tuple[tuple[str, ...], ...]) -> dict[str, str]:
    """Each verb that takes a preposition before an infinitive -> that preposition."""
    return {verb: key for key, verbs in zip(keys, lists, strict=True) for verb in verbs}


def _other_link(ctx: Context, i: int, key: str) -> bool:
    """Another link word than the verb's stands before an infinitive («soñaba en ser»,
    «empecé de comer»), one the counts seldom show the verb taking before a noun either:
    «vengo de trabajar», «vuelvo con hambre» say where from, or with what."""
    a = ctx.analysis
    used = a.at(i + 1)
    links = ctx.words["links_before_infinitive"][:-1]  # not «que»: «tengo que» is apart
    if used == key or used not in links or not only_infinitive(a, i + 2):
        return False
    seen = load_verb_prepositions().seen(a.of(i, "VERB")[0].lemma, "noun")
    return seen.get(used, 0) < MIN_ADJUNCT


def _infinitive_link(ctx: Context):
    """«Empecé comer», «soñaba ser»: these verbs take their preposition before an
    infinitive: «empecé a comer», «soñaba con ser»."""
    a = ctx.analysis
    keys = ctx.words["links_before_infinitive"]
    links = _links(keys, tuple(ctx.spelled[f"infinitive_with_{k}"] for k in keys))
    for i in range(len(a) - 1):
        verbs = a.of(i, "VERB")
        if not verbs or verbs[0].lemma not in links:
            continue
        key = links[verbs[0].lemma]
        swapped = only_infinitive(a, i + 2) and (
            a.at(i + 1) in ctx.words["not_before_que"] or _opening_de(ctx, i)
        )
        if key == ctx.words["links_before_infinitive"][-1] and swapped:
            # «tengo a descansar»: «tengo que»
            if _only_verbs_of(ctx, i, ctx.spelled[f"infinitive_with_{key}"]):
                yield Hit(i, i + 2, f"{a.original(i)} {key}")
            continue
        if key != keys[-1] and _other_link(ctx, i, key):
            if _only_verbs_of(ctx, i, ctx.spelled[f"infinitive_with_{key}"]):
                yield Hit(i + 1, i + 2, key)  # «soñaba en ser»: «soñaba con ser»
            continue
        if not only_infinitive(a, i + 1) or (a.of(i + 1, "NOUN") and not a.at(i + 2).isalpha()):
            continue  # «tendrán poder, podrán…»: a noun ending the clause, the object
        if _only_verbs_of(ctx, i, ctx.spelled[f"infinitive_with_{key}"]):
            yield Hit(i, i + 1, f"{a.original(i)} {key}")


def _opening_de(ctx: Context, i: int) -> bool:
    """«Tengo de estudiar»: «de» after a verb that opens its clause (only a subject pronoun,
    a name, «no» or an adverb before it), before an infinitive that is no dish («de comer»)."""
    a = ctx.analysis
    if a.at(i + 1) not in ctx.words["que_when_opening"] or a.at(i + 2) in ctx.words["of_locutions"]:
        return False
    k = i - 1
    while k >= 0 and a.at(k) != BOUNDARY and a.at(k) not in ctx.words["coordinators"]:
        name = k > 0 and a.original(k)[:1].isupper() and not a.readings[k]
        subject = any(f.person for f in a.of(k, "PRON")) and a.only(k, "PRON")
        if not (name or subject or a.of(k, "ADV")):
            return False  # «ganas tengo de», «que tienes de»: the noun's «de»
        k -= 1
    return True


def _a_before_infinitive(ctx: Context):
    """«Quería a montar», «decidí de estudiar»: these verbs take the infinitive with no «a»
    or «de» («debe de ser» is a guess; «¿qué quieres de comer?», a dish)."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        link = a.at(i + 1)
        if link not in ctx.words["wrong_bare_links"] or not only_infinitive(a, i + 2):
            continue
        if a.at(i + 2) in ctx.words["a_locutions" if link in ctx.words["to"] else "of_locutions"]:
            continue
        if not _only_verbs_of(ctx, i, ctx.spelled["bare_infinitive"]):
            continue
        if link not in ctx.words["to"] and a.of(i, "VERB")[0].lemma in ctx.words["de_guess"]:
            continue
        if a.of(i - 1, "CLITIC") and a.of(i, "VERB")[0].lemma in ctx.words["a_when_reflexive"]:
            continue  # «se decidió a hablar»
        yield Hit(i, i + 2, _accented(ctx, i))


def _accented(ctx: Context, i: int) -> str:
    """The learner's verb at i, with the accent its present form takes («se» read as «sé»)."""
    written = ctx.analysis.original(i)
    present = [f for f in ctx.analysis.of(i, "VERB") if f.form == "pres" and f.person]
    form = present and form_for(ctx.kb, present[0].lemma, present[0].person)
    if not form or fold(form) != fold(written) or written.lower() != fold(written):
        return written
    return written[:1] + form[1:] if written[:1].isupper() else form


@lru_cache(maxsize=4)
def _swaps(entries: tuple[str, ...]) -> dict[tuple[str, str], str]:
    """(lemma, wrong preposition) -> the right one, from the entries (built once)."""
    swaps = {}
    for entry in entries:  # lemmas as spelled: «soñar», not «sonar»
        lemma, wrong, right = entry.split()
        swaps[(lemma, wrong)] = right
    return swaps


def _preposition_swap(ctx: Context):
    """«Consiste de», «enamorada con», «gracias para»: the verb (or its adjective, or a noun
    before a noun) takes another preposition: «consiste en», «enamorada de», «gracias por»."""
    a = ctx.analysis
    swaps = _swaps(ctx.spelled["swaps"])
    before_infinitive = {**swaps, **_swaps(ctx.spelled["infinitive_swaps"])}
    for i in range(len(a) - 2):
        table = before_infinitive if only_infinitive(a, i + 2) else swaps
        lemmas = {f.lemma for f in a.of(i, "VERB")}
        if not a.only(i - 1, "NOUN"):  # «un libro emocionado sobre…»: the noun's «sobre»
            lemmas |= {f.lemma for f in a.of(i, "ADJ")}
        if not only_infinitive(a, i + 2):  # «dio las gracias para terminar»: in order to
            lemmas |= {f.lemma for f in a.of(i, "NOUN")}
        right = next((table[(m, a.at(i + 1))] for m in lemmas if (m, a.at(i + 1)) in table), None)
        if not right or a.at(i + 2) in ctx.words["swap_not_before"] or _when(ctx, i + 2):
            continue
        if not (a.of(i - 1, "DET") and not a.accented(i - 1)):  # «está», not «esta»
            yield Hit(i + 1, i + 2, right)


def _when(ctx: Context, j: int) -> bool:
    """A time stands at j, bare or after a demonstrative («en este momento», «en ese
    instante»): the preposition says when, not what the word before it takes."""
    a, times = ctx.analysis, set(ctx.words["time_classes"])
    k = j + (a.at(j) in ctx.words["pointing_at_time"])
    n = j + bool(a.of(j, "DET"))
    if (a.of(n, "NUM") or a.at(n).isdigit()) and (not a.of(n + 1, "NOUN") or _when(ctx, n + 1)):
        return True  # «casado a los treinta», «a los 20 años»: an age, when
    return any(f.classes & times for f in a.of(k, "NOUN"))


FINDERS = {
    "preposition_swap": _preposition_swap,
    "clock_after_en": time_prepositions.clock_after_en,
    "year_after": time_prepositions.year_after,
    "month_after_day": time_prepositions.month_after_day,
    "month_link_after_day": time_prepositions.month_link_after_day,
    "infinitive_link": _infinitive_link,
    "a_before_infinitive": _a_before_infinitive,
    "double_preposition": double_prepositions.double_preposition,
    "clock_part_of_day": time_prepositions.clock_part_of_day,
    "personal_a": personal_a.personal_a,
    "personal_a_name": personal_a.personal_a_name,
    "personal_a_joined": personal_a_joined.personal_a_joined,
    "going_to_place": destinations.going_in,
    "time_without_de": time_prepositions.time_without_de,
    "date_after_en": time_prepositions.date_after_en,
    "de_before_que": de_before_que.de_before_que,
    "little_of_quality": little_of.little_of_quality,
    "little_without_of": little_of.little_without_of,
    "measure_without_of": measure_without_of,
    "object_after_for": object_after_for,
    "measure_with_preposition": measure_with_preposition,
    "price_with_preposition": price_with_preposition,
    "number_of_bare_noun": number_of_bare_noun,
    "food_with": food_with,
    "rate_with_para": rates.rate_with_para,
    "receiver_without_a": receiver_a.receiver_without_a,
    "compound_link": noun_compounds.compound_link,
    "noun_without_of": noun_compounds.noun_without_of,
    "beneficiary_with_por": por_swaps.beneficiary_with_por,
    "language_with_por": por_swaps.language_with_por,
    "purpose_with_por": por_swaps.purpose_with_por,
    "thanks_without_por": por_swaps.thanks_without_por,
    "thanks_person_por": por_swaps.thanks_person_por,
    "side_without_article": side_of.side_without_article,
    "duration_with_para": duration_with_para,
    "que_before_infinitive": que_infinitive.que_before_infinitive,
}
