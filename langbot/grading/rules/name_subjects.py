"""Names as a clause's subject, and the verb after them: «Kit vivo» (vive), «Tom tienen»
(tiene), «Pero se llaman Rowan Atkinson» (se llama). Part of the verbs family
(rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import past_alternative, past_told
from langbot.grading.rules.name_spans import name_end, name_like
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.subjects import PERSON, after_subject
from langbot.grading.tokens import BOUNDARY


def name_subject_person(ctx: Context):
    """A name, then a verb in the yo or tú form: «Kit vivo»."""
    a, covered = ctx.analysis, 0
    for start in range(len(a)):
        if start < covered or not name_like(a, start) or a.of(start - 1, "ADP"):
            continue  # «Martin Luther King»: «Luther King» is inside the name
        if _apposition_after_preposition(a, start):
            continue  # «Con mi amiga Ana estoy…»: the name is inside a prepositional phrase
        if a.at(start - 1) in ctx.words["question_determiners"]:
            continue  # «¿Qué CD quieres escuchar?»: what is asked about, the object
        if not a.readings[start] and a.at(start).endswith(tuple(ctx.words["unknown_past_endings"])):
            continue  # «Braceaba ciego…»: a past verb the lexicon lacks, not a name
        if start > 0 and a.original(start - 1)[:1].isupper() and not a.readings[start - 1]:
            continue  # inside a longer name: counted from its first word
        if start > 1 and a.original(start - 1)[:1].isupper() and a.at(start - 2) != BOUNDARY:
            continue  # «en Dental Medic he…»: a capital inside the sentence, a name's word
        if a.only(start - 1, "VERB") and any(f.person for f in a.of(start - 1, "VERB")):
            continue  # «¿Es Tom uno de ellos?»: the subject of the verb before it
        end = name_end(a, start + 1) if a.readings[start] else name_end(a, start)
        covered = end
        if a.at(end) in ctx.words["coordinators"] or a.at(start - 1) in ctx.words["coordinators"]:
            continue  # «Ana y yo»: a coordinated subject
        if a.at(end) in ctx.words["name_particles"] and a.original(end + 1)[:1].isupper():
            continue  # «Vincent van Gogh»: «van» is the name's, not ir's
        k = after_subject(ctx, end)
        verbs = a.present(k)
        if not verbs or a.original(k)[:1].isupper():
            continue  # «María Callas»: a capital inside the sentence is a name's
        if a.original(start).isupper() and len(a.at(start)) > 1 and a.of(k, "NOUN"):
            continue  # «ganó un MTV premio»: an acronym names the kind of the noun after it
        other = [f for f in a.readings[k] if f.pos not in ("VERB", "NOUN")]
        if other and not a.of(k + 1, "ADP"):
            continue  # «Ana, vivo…», or an adjective (vivo); not a noun («Ana recuerdo»)
        if past_alternative(a, k, PERSON["s"]) and past_told(a, k):
            continue  # «Tom llego y se sentó»: «llegó», its accent dropped
        plural = plural_after_name(ctx, start, end, k, verbs)
        if plural or all(f.person in ctx.words["speaker_persons"] for f in verbs):
            fixes = {form_for(ctx.kb, f.lemma, PERSON["s"]) for f in verbs}
            own = plural and a.at(k - 1) == ctx.words["reflexive_by_person"][2]  # «Tom se…»
            if len(fixes) == 1 and None not in fixes and (own or not a.of(k - 1, "CLITIC")):
                subject = a.tokens.original_text(start, end)
                past = past_alternative(a, k, PERSON["s"])
                yield Hit(k, k + 1, fixes.pop(), {"subject": subject, "or_past": past})


def _apposition_after_preposition(a, start: int) -> bool:
    """The name at start follows a common noun it names («mi amiga Ana»), and that noun's
    phrase follows a preposition: the name is the preposition's, not a subject."""
    k = start - 1
    if not a.of(k, "NOUN") or a.original(k)[:1].isupper():
        return False
    while k > 0 and any(a.of(k, pos) for pos in ("NOUN", "DET", "ADJ")) and not a.of(k, "ADP"):
        k -= 1
    return bool(a.of(k, "ADP"))


def plural_after_name(ctx: Context, start: int, end: int, k: int, verbs) -> bool:
    """A one-word name of no plural reading opening the sentence, then a verb of the ellos
    form not like gustar: «Tom tienen» (tiene), «Tom se levantaron»."""
    a = ctx.analysis
    if end != start + 1 or start != 0 or any(f.number == "p" for f in a.readings[start]):
        return False
    if any(ctx.kb.verbs.is_like_gustar(f.lemma) for f in verbs):
        return False
    return bool(verbs) and all(f.person == PERSON["p"] for f in verbs)


def named_number(ctx: Context):
    """«Pero se llaman Rowan Atkinson»: llamarse opening its clause with no subject, in the
    plural, before one full name (first name and surname): one person, the singular."""
    a = ctx.analysis
    starts = {0, *(s for s, _ in a.clauses)}
    for i in range(len(a) - 3):
        if (
            i not in starts
            or not a.of(i, "CLITIC")
            or a.at(i) not in ctx.words["reflexive_by_person"]
        ):
            continue
        verbs = [f for f in a.of(i + 1, "VERB") if f.lemma in ctx.words["naming"] and f.person]
        if not verbs or any(f.person != PERSON["p"] for f in verbs):
            continue
        end = name_end(a, i + 2)
        full = end - (i + 2) >= 2 and all(not a.readings[j] for j in range(i + 2, end))
        if full and a.at(end) == BOUNDARY:  # «se llaman Ana García y Luis»: two people
            fix = form_for(ctx.kb, verbs[0].lemma, PERSON["s"])
            yield Hit(i + 1, i + 2, fix, {"subject": a.tokens.original_text(i + 2, end)})
