"""A plural noun of people right after a verb that takes no person as its object («En mi
casa vive mis padres», «Ayer llegó los invitados»): it is the verb's subject, said after
it, and the verb takes the plural. Part of the verbs family (rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import form_for, only_verb, skip_adverbs
from langbot.grading.rules.subjects import PERSON


def late_people_subject(ctx: Context):
    """Finder: a singular verb of the `no_person_object` list, no clitic before it, and a
    plural noun phrase of people after it with no «a»: the verb agrees with that phrase."""
    a = ctx.analysis
    for k in range(1, len(a) - 2):
        verbs = [f for f in only_verb(a, k) if f.person]
        if not verbs or any(f.person != PERSON["s"] for f in verbs) or a.of(k - 1, "CLITIC"):
            continue  # «se vende casas», «le llegan cartas»: not this construction
        lemmas = {f.lemma for f in verbs}
        if len(lemmas) != 1 or not lemmas <= set(ctx.words["no_person_object"]):
            continue
        j = skip_adverbs(a, ctx.kb, k + 1)
        end = _people_after(ctx, j)
        if end is None:
            continue
        present = all(f.form == "pres" for f in verbs)
        fix = form_for(ctx.kb, lemmas.pop(), PERSON["p"]) if present else None
        form = f": «{fix}»" if fix else ""
        yield Hit(k, k + 1, fix, {"subject": a.tokens.original_text(j, end), "form": form})


def _people_after(ctx: Context, j: int) -> int | None:
    """The end of a plural noun phrase of people opening at j, with a determiner («mis
    padres») or a word that counts («muchos estudiantes», «dos amigos»), else None."""
    a = ctx.analysis
    people = set(ctx.words["people_job_classes"])
    np = a.noun_phrase(j)
    if np is not None and np.det is not None and np.start == j:
        nouns, end = [np.noun], np.end
    else:
        counts = a.of(j, "NUM") or [
            f for f in a.of(j, "ADJ") if f.lemma in ctx.words["subject_quantifiers"]
        ]
        nouns, end = (a.of(j + 1, "NOUN") if counts else ()), j + 2
    if not nouns or not a.only(end - 1, "NOUN") or a.original(end - 1)[:1].isupper():
        return None
    if any(f.number != "p" or not f.classes & people for f in nouns):
        return None
    return end
