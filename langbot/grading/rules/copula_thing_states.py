"""«Mi portátil es roto», «la tienda es cerrada»: a participle that says the state a thing
is in (roto, cerrado) takes estar whatever the subject: ser with it makes a passive only with
an agent («fue roto por…»). The participle is a state by the vocabulary's classes and by
copula_adjectives.yaml, and not one that also names a trait with ser (`trait_too`, and
`tiring`: «el viaje es cansado»). Part of the copula family (rules/copula.py); someone's state
(«soy cansado») is ser_with_state's."""

from langbot.grading.copula_adjectives import load_copula_adjectives
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.copula_classes import a_participle, passive
from langbot.grading.rules.copula_forms import a_person, clause_of, copulas_of, other_copula
from langbot.text import fold


def _thing_state(ctx: Context, j: int) -> bool:
    """Token j is an adjective that is also a participle, only a state."""
    a = ctx.analysis
    adjectives = a.of(j, "ADJ")
    if not adjectives or any(f.pos not in ("ADJ", "VERB") for f in a.readings[j]):
        return False
    if any(f.form != "part" for f in a.of(j, "VERB")) or not a_participle(
        fold(adjectives[0].lemma)
    ):
        return False  # «rota» is read by its lemma «roto»
    states = set(ctx.words["state_classes"])
    never = set(ctx.spelled["trait_too"]) | set(ctx.spelled["tiring"])
    counts = load_copula_adjectives()
    return all(
        f.classes and f.classes <= states and f.lemma not in never and counts.state(f.lemma)
        for f in adjectives
    )


def _place_condition(ctx: Context, i: int, j: int) -> bool:
    """«La playa es vacía», «el baño era sucio»: how full or clean a place or a vehicle (the
    noun right before the verb at i, past «no») is now, said by an adjective at j of the
    vocabulary's condition class, is a state."""
    a = ctx.analysis
    conditions = set(ctx.words["condition_classes"])
    if not any(f.classes & conditions for f in a.of(j, "ADJ")):
        return False
    if a.of(j + 1, "NOUN"):
        return False  # «es lleno de árboles» no; «es un lleno total»: another phrase
    k = i - 1 - (a.at(i - 1) in ctx.words["negation"])
    filled = set(ctx.words["filled_classes"])
    nouns = a.of(k, "NOUN")
    return bool(nouns) and all(f.classes & filled for f in nouns)


def ser_with_thing_state(ctx: Context):
    """Finder: ser in the third person, not of a person, before a thing's state: estar."""
    a = ctx.analysis
    for i, c in copulas_of(ctx, 0):
        j = skip_adverbs(a, ctx.kb, i + 1)
        if _place_condition(ctx, i, j):
            c = c._replace(person=c.person.replace("1", "3"))  # «era»: the place's, not mine
        elif not c.person.startswith("3") or a_person(ctx, i, c.person):
            continue
        elif not _thing_state(ctx, j) or passive(ctx, j):
            continue
        fix = other_copula(ctx, c)
        if fix:
            yield Hit(i, i + 1, fix, {"adjective": a.original(j)})


def _now_state(ctx: Context, j: int) -> bool:
    """Token j is only an adjective, no noun after it, that the counts say estar takes at
    least as often as ser, of no lasting class and no trait too («triste»)."""
    a = ctx.analysis
    adjectives = a.of(j, "ADJ")
    if not adjectives or any(f.pos not in ("ADJ", "VERB") for f in a.readings[j]):
        return False  # «fría» is freír's too, never after «es»
    if a.of(j + 1, "NOUN") or any(f.form == "part" for f in a.of(j, "VERB")):
        return False  # a participle is ser_with_thing_state's
    if a.at(j + 1) in ctx.words["that"]:
        return False  # «ahora es claro que…»: what is clear, not how a thing is
    lasting = set(ctx.words["lasting_classes"])
    counts = load_copula_adjectives()
    never = set(ctx.spelled["trait_too"])
    return all(
        counts.estar_as_often(f.lemma) and not f.classes & lasting and f.lemma not in never
        for f in adjectives
    )


def _now(ctx: Context, k: int) -> bool:
    """Token k is «hoy» or «ahora» said of the clause, not of a noun («la comida de hoy»)."""
    a = ctx.analysis
    return a.at(k) in ctx.words["now"] and a.at(k - 1) not in ctx.words["of"]


def ser_with_thing_now(ctx: Context):
    """Finder: «La sopa es fría hoy»: ser of a thing (not a person) in the third person, an
    adjective said with estar as often as with ser, and «hoy» or «ahora» in the clause: how
    the thing is now, estar."""
    a = ctx.analysis
    for i, c in copulas_of(ctx, 0):
        if not c.person.startswith("3") or a_person(ctx, i, c.person):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        now = any(_now(ctx, k) for k in range(*clause_of(a, i)))
        if now and _now_state(ctx, j) and not passive(ctx, j):
            fix = other_copula(ctx, c)
            if fix:
                yield Hit(i, i + 1, fix, {"adjective": a.original(j)})
