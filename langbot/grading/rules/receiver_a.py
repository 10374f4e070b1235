"""«Regalé mi madre un perfume»: who receives what is given takes «a» («regalé a mi madre
un perfume»). Part of the prepositions family (rules/prepositions.py lists it)."""

from langbot.grading.rules.base import Context, Hit


def _speaker_verb(ctx: Context, i: int) -> bool:
    """Token i is only a verb of giving said by «yo», «tú», «nosotros», «vosotros», or its
    plain infinitive (so a person after it is not its subject), with no pronoun before it
    («me regaló mi madre»)."""
    a = ctx.analysis
    verbs = a.of(i, "VERB")
    if not verbs or not a.only(i, "VERB") or a.of(i - 1, "CLITIC"):
        return False
    return all(
        f.lemma in ctx.words["giving_verbs"]
        and ((f.person and f.person[0] in "12") or (f.form == "inf" and a.at(i) == f.lemma))
        for f in verbs
    )


def receiver_without_a(ctx: Context):
    """Finder: a verb of giving, then a person with a determiner and then a thing with its
    determiner: the person is who receives it, and takes «a»."""
    a = ctx.analysis
    people, others = set(ctx.words["people_classes"]), set(ctx.words["not_given_classes"])
    for i in range(len(a) - 3):
        if not _speaker_verb(ctx, i):
            continue
        person = a.noun_phrase(i + 1)
        if person is None or not person.noun.classes & people:
            continue
        thing = a.noun_phrase(person.end)
        if thing is None or thing.noun.classes & (people | others):
            continue  # «di mi hermano el lunes»: a when, not a thing given
        if {a.at(i + 1), a.at(person.end)} & set(ctx.words["not_before_person"]):
            continue  # «devolver al bebé al cochecito»: «al» holds its «a» already
        yield Hit(i + 1, i + 2, f"{ctx.spelled['to'][0]} {a.original(i + 1)}")
