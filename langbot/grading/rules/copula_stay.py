"""«Voy a ser tres meses», «somos dos semanas»: how long the speaker stays somewhere is said
with estar («voy a estar tres meses»), not ser. Part of the copula family (rules/copula.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.present_forms import form_for

_SPEAKER = frozenset({"1s", "1p"})


def _speaker_ser(ctx: Context, i: int) -> str | None:
    """The speaker's person of ser at token i: its own present («soy», «somos»), or its
    infinitive after a verb of the speaker and «a» («voy a ser»); else None."""
    a, ser = ctx.analysis, ctx.words["copulas"][0]
    verbs = a.of(i, "VERB")
    if not verbs or not a.only(i, "VERB") or any(f.lemma != ser for f in verbs):
        return None
    persons = {f.person for f in verbs if f.form == "pres"}
    if len(persons) == 1 and persons <= _SPEAKER:
        return persons.pop()
    if not any(f.form == "inf" for f in verbs) or a.at(i - 1) not in ctx.words["plan_links"]:
        return None
    before = {f.person for f in a.of(i - 2, "VERB") if f.person in _SPEAKER}
    return before.pop() if len(before) == 1 else None


def ser_for_stay(ctx: Context):
    """Ser of the speaker, then a number and a plural noun of time, and nothing that
    compares after it («soy dos años mayor»)."""
    a = ctx.analysis
    times = set(ctx.words["time_classes"])
    for i in range(len(a) - 2):
        person = _speaker_ser(ctx, i)
        if person is None or not a.of(i + 1, "NUM") or a.of(i + 3, "ADJ"):
            continue
        nouns = a.of(i + 2, "NOUN")
        if nouns and all(f.number == "p" and f.classes & times for f in nouns):
            infinitive = any(f.form == "inf" for f in a.of(i, "VERB"))
            estar = ctx.words["copulas"][1]
            fix = estar if infinitive else form_for(ctx.kb, estar, person)
            if fix:
                yield Hit(i, i + 1, fix)
