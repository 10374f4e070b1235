"""«Me va a gustar las clases»: before the infinitive of a verb like gustar, the finite
verb of «ir a», «poder», «soler», «deber»… agrees with what is liked, as the simple verb
does."""

from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.gustar_forms import AGREEING, likings
from langbot.grading.rules.gustar_liked import liked_number
from langbot.grading.verbs import PERSONS
from langbot.text import fold


def _auxiliary(ctx: Context, i: int) -> int | None:
    """Where the auxiliary of the infinitive at i stands (past its «a» or «de»), with an
    indirect pronoun right before it, else None."""
    a = ctx.analysis
    h = i - 2 if a.at(i - 1) in ctx.words["periphrasis_links"] else i - 1
    if a.at(h - 1) not in ctx.kb.lists.indirect or not a.only(h, "VERB"):
        return None
    return h


def periphrasis_agreement(ctx: Context):
    """«me va a gustar» + plural things: «van»; «me van a gustar» + one thing: «va»."""
    a = ctx.analysis
    for i, forms in likings(ctx).items():
        lemma = forms.get("inf")
        h = _auxiliary(ctx, i) if lemma else None
        if h is None or ctx.kb.verbs.has(lemma, "also_personal"):
            continue
        auxiliaries = ctx.words["periphrasis_auxiliaries"]
        readings = [f for f in a.of(h, "VERB") if f.lemma in auxiliaries]
        past = bool(readings) and all(f.form == "past" for f in readings)
        if not readings or (any(f.form not in AGREEING for f in readings) and not past):
            continue
        persons = {f.person for f in readings}
        j = skip_adverbs(a, ctx.kb, i + 1)
        written = a.original(h)
        if liked_number(ctx, j, False) == "p" and "3s" in persons and "3p" not in persons:
            fix = _past_form(ctx, written, readings[0].lemma, True) if past else written + "n"
            if fix:
                yield Hit(h, h + 1, fix, {"what": ctx.spelled["plural_things"][0]})
        elif liked_number(ctx, j) == "s" and persons - {None} == {"3p"} and written[-1:] == "n":
            fix = _past_form(ctx, written, readings[0].lemma, False) if past else written[:-1]
            if fix:
                yield Hit(h, h + 1, fix, {"what": ctx.spelled["one_thing"][0]})


def _past_form(ctx: Context, written: str, lemma: str, plural: bool) -> str | None:
    """The preterite of the other number (empezó: empezaron), by its ending, when the
    lexicon knows it as that verb's form."""
    sing, plur = PERSONS.index("3s"), PERSONS.index("3p")
    regular = dict.fromkeys((e[sing], e[plur]) for e in ctx.kb.lists.past_endings.values())
    ones = [*(one for one, _ in regular), *ctx.spelled["strong_past_singular_endings"]]
    many = [*(more for _, more in regular), *ctx.spelled["strong_past_plural_endings"]]
    number = "Plur" if plural else "Sing"
    for old, new in zip(ones, many, strict=True) if plural else zip(many, ones, strict=True):
        if fold(written).endswith(fold(old)):
            form = written[: len(written) - len(old)] + new
            readings = lexicon().readings(form)
            if any(r.lemma == lemma and r.number == number and r.tense == "Past" for r in readings):
                return form
    return None
