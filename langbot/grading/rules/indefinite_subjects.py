"""«Nadie saben», «alguien tienen mi libro»: nadie and alguien are one person, so the verb
after them takes the él/ella form. Part of the verbs family (rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.subjects import PERSON, after_subject


def indefinite_subject_person(ctx: Context):
    """Nadie or alguien opening a clause (not after a preposition nor a verb: «no vino
    nadie»), then a present-tense verb of the ellos form only: the él/ella form."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["singular_indefinites"] or a.of(i - 1, "ADP"):
            continue
        if any(f.person for f in a.of(i - 1, "VERB")):
            continue  # «no vino nadie», «¿lo sabe alguien?»: the subject after its verb
        k = after_subject(ctx, i + 1)
        verbs = [f for f in a.of(k, "VERB") if f.person]
        if not verbs or not a.only(k, "VERB") or any(f.person != PERSON["p"] for f in verbs):
            continue
        if any(f.form != "pres" or ctx.kb.verbs.is_like_gustar(f.lemma) for f in verbs):
            continue  # «a nadie le gustan»: what is liked agrees; past forms: past_person
        fixes = {form_for(ctx.kb, f.lemma, PERSON["s"]) for f in verbs}
        if len(fixes) == 1 and (fix := fixes.pop()):
            yield Hit(k, k + 1, fix, {"subject": a.original(i)})
