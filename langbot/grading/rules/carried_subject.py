"""A second verb after «y» with the first verb's subject carried over, but in another
person: «Hablo inglés y habla francés». Part of the verbs family (rules/verbs.py lists it)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.present_forms import form_for
from langbot.grading.tokens import BOUNDARY


def _clause_object_free(ctx: Context, start: int, end: int) -> bool:
    """Tokens [start, end) name nobody and nothing with a determiner, who might be the
    second verb's own subject: only bare common nouns, adverbs and prepositions (a bare
    person right after «ser» is what the subject is: «soy estudiante y trabajo…»)."""
    a = ctx.analysis
    people = set(ctx.words["pair_people_classes"])
    copula = any(f.lemma in ctx.words["copulas"] for f in a.of(start - 1, "VERB"))
    for k in range(start, end):
        place = k - 1 == start and a.at(k - 1) in ctx.words["place_links"]
        if place and a.original(k)[:1].isupper():
            continue  # «soy de Irlanda», «trabajo en Quito»: a place, no one
        if a.at(k) == BOUNDARY or a.original(k)[:1].isupper() or not a.readings[k]:
            return False
        if a.at(k) in ctx.words["personal_a"]:
            return False
        if a.of(k, "ADP"):
            continue  # «de», though also a command of «dar»
        after_preposition = a.only(k - 1, "ADP") and a.of(k, "NOUN")  # «en casa»: a noun
        if not after_preposition and any(
            f.pos not in ("NOUN", "ADV", "ADP", "ADJ") for f in a.readings[k]
        ):
            return False
        predicate = copula and k == start and not a.of(k, "DET")
        if not predicate and any(f.classes & people for f in a.of(k, "NOUN")):
            return False
    return True


def _finite(a, i: int) -> tuple:
    """The finite readings of token i when it is else only a command or a noun with no
    determiner before it («habla», «estudio»)."""
    if i >= len(a) or a.of(i - 1, "DET"):
        return ()
    if any(f.pos not in ("VERB", "NOUN") for f in a.readings[i]):
        return ()
    return tuple(f for f in a.of(i, "VERB") if f.person)


def _subject_after(a, k: int) -> bool:
    """A determiner, pronoun or name from k to the clause's end, not after a preposition:
    maybe the verb's subject."""
    while a.at(k) != BOUNDARY:
        named = a.of(k, "DET") or a.of(k, "PRON") or a.original(k)[:1].isupper()
        if named and not a.only(k - 1, "ADP"):  # «por la noche»: no subject after «por»
            return True
        k += 1
    return False


def carried_subject(ctx: Context):
    """Finder: a first- or second-person singular verb opens the sentence (its subject
    unsaid, or «yo», «tú»), and after «y» a verb of «él» with no subject of its own."""
    a = ctx.analysis
    skipped = set(ctx.words["thing_subject_verbs"])
    for i in range(len(a)):
        first = _finite(a, i)
        person = {f.person for f in first}
        if len(person) != 1 or not person & {"1s", "2s"} or any(f.form != "pres" for f in first):
            continue
        if a.at(i - 1) != BOUNDARY:
            continue  # the sentence opens with it, its subject unsaid (with «tú»: coordinated_person)
        joins = ctx.words["carried_joins"]
        y = next((k for k in range(i + 1, min(i + 6, len(a))) if a.at(k) in joins), None)
        if y is None or not _clause_object_free(ctx, i + 1, y - (a.at(y - 1) == BOUNDARY)):
            continue  # a comma before the join is no clause of its own («…, pero»)
        second = _finite(a, y + 1)
        if not second or any(f.person != "3s" or f.form != "pres" for f in second):
            continue
        if any(f.lemma in skipped or ctx.kb.verbs.is_like_gustar(f.lemma) for f in second):
            continue
        if _subject_after(a, y + 2):
            continue  # «… y llega el tren»: its subject after it
        (own,) = person
        fixes = {form_for(ctx.kb, f.lemma, own) for f in second}
        if len(fixes) == 1 and (fix := fixes.pop()):
            yield Hit(y + 1, y + 2, fix, {"first": a.original(i)})
