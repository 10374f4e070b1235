"""Whether what follows a copula is a state (estar) or a trait (ser): the vocabulary's
classes first, else the counts of data/copula_adjectives.yaml (grading/copula_adjectives.py),
with copula.yaml's hand lists over both (`trait_too`, `estar_too`, `feelings`)."""

from langbot.grading.copula_adjectives import load_copula_adjectives
from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context
from langbot.grading.rules.copula_forms import (
    Copula,
    a_person,
    clause_of,
    of_head,
    people,
    skip_degree,
)
from langbot.grading.rules.name_spans import name_like
from langbot.grading.tokens import BOUNDARY


def only_states(ctx: Context, said: list, counted: bool = False) -> bool:
    """Among the adjectives said, one is only a state («cansado»: by the vocabulary's class,
    else, when `counted`, by copula_adjectives.yaml) and none only a lasting trait («alta»);
    a state that is also a trait with ser («triste», «nervioso») is neither."""
    state = set(ctx.words["state_classes"])
    lasting = set(ctx.words["lasting_classes"])
    both = set(ctx.spelled["trait_too"])
    counts = load_copula_adjectives()

    def is_state(f) -> bool:
        if f.lemma in both or f.classes & lasting:
            return False
        return f.classes <= state if f.classes else counted and counts.state(f.lemma)

    states = [f for f in said if is_state(f)]
    return bool(states) and not any(f.classes & lasting and not f.classes & state for f in said)


def counted_lasting(said: list) -> bool:
    """One adjective said is one the counts say only ser takes («hoy soy capaz» is right)."""
    counts = load_copula_adjectives()
    return any(counts.trait(f.lemma) for f in said)


def felt(ctx: Context, said: list) -> bool:
    """Every adjective said is a feeling only someone can have («es enfadado»): the subject
    is a person even when the sentence leaves it out."""
    feelings = set(ctx.spelled["feelings"])
    return all(f.lemma in feelings for f in said)


def someone(ctx: Context, i: int, lemma: str) -> bool:
    """The copula at i surely speaks of someone: its every reading is the first or second
    person («soy», not «era», which may be «it was»), or a person is its subject before it."""
    a = ctx.analysis
    personal = set(ctx.words["personal_subjects"])
    persons = {f.person for f in a.of(i, "VERB") if f.lemma == lemma and f.person}
    third = persons - personal
    if not third:
        return bool(persons)
    if any(a_person(ctx, i, p) for p in third):
        return True
    return any(f.person in persons for f in a.of(i - 1, "PRON")) and not a.of(i - 1, "DET")


def passive(ctx: Context, j: int) -> bool:
    """An agent follows the participles from j on («soy querido por todos»): a passive."""
    a = ctx.analysis
    k, participle = j, False
    while k < len(a) and (a.of(k, "ADJ") or a.at(k) in ctx.words["and_or_comma"]):
        participle = participle or any(f.form == "part" for f in a.of(k, "VERB"))
        k += 1
    return participle and a.at(k) in ctx.words["by"]


def participle_state(ctx: Context, i: int, c: Copula, j: int) -> bool:
    """Token j is nothing but a participle that copula_adjectives.yaml says is said with estar
    («soy equivocado», «eres convencido»), ser at i (not the preterite, «fue convencido») speaks
    of someone, and no agent follows («soy convencido por…»: a passive)."""
    a = ctx.analysis
    verbs = a.of(j, "VERB")
    if c.form == "past" or not verbs or len(verbs) != len(a.readings[j]):
        return False
    if any(f.form != "part" or f.lemma in ctx.spelled["trait_too"] for f in verbs):
        return False
    if a.at(j + 1) in ctx.words["by"] or not someone(ctx, i, c.lemma):
        return False
    return any(load_copula_adjectives().state(f.lemma, True) for f in verbs)


def counted_trait(ctx: Context, i: int, f) -> bool:
    """copula_adjectives.yaml says the adjective is only said with ser, and estar at i speaks
    of someone («estoy canadiense», «mi hermano está muy capaz»); not one that says how one
    looks or has become (`estar_too`: «estás guapa», «estoy viejo»)."""
    if f.lemma in ctx.spelled["estar_too"] or not load_copula_adjectives().trait(f.lemma):
        return False
    return someone(ctx, i, ctx.words["copulas"][1])


def event_subject(ctx: Context, i: int) -> bool:
    """An event noun (fiesta, clase...) before the verb at i, in its clause."""
    a = ctx.analysis
    s, _ = clause_of(a, i)
    while a.at(s - 1) in ctx.words["that"] and any(
        f.lemma in ctx.words["que_modals"] for f in a.of(s - 2, "VERB")
    ):
        s, _ = clause_of(a, s - 2)  # «la boda tuvo que ser en Sevilla»: one clause
    events = set(ctx.spelled["events"])
    return any(f.lemma in events for k in range(s, i) for f in a.of(k, "NOUN"))


def a_level(ctx: Context, i: int, said: list) -> bool:
    """«Mi pulso está bajo», «el río está alto»: a level (`levels`) of a thing, a noun right
    before estar at i that names no person, is how it is now, with estar."""
    if not said or any(f.lemma not in ctx.spelled["levels"] for f in said):
        return False
    return _thing_before(ctx, i)


def a_fit(ctx: Context, i: int, j: int, said: list) -> bool:
    """«Está un poco grande», «la camisa está grande»: a size after estar at i says how a
    garment fits, after «un poco» (j: the adjective), after the pronoun of whom it fits, or
    with a garment as the subject; not
    «mi hermano está alto» nor «mi ciudad está grande», what someone or something is like."""
    sizes = set(ctx.words["size_classes"])
    if not said or not all(f.classes & sizes for f in said):
        return False
    a = ctx.analysis
    if any(f"{a.at(k)} {a.at(k + 1)}" in ctx.words["a_little"] for k in range(i + 1, j)):
        return True
    if a.of(i - 1, "CLITIC"):
        return True  # «estos zapatos me están pequeños»: whom it fits
    worn = set(ctx.words["clothes_classes"])
    return any(f.classes & worn for f in a.of(of_head(ctx, i - 1), "NOUN"))


def _thing_before(ctx: Context, i: int) -> bool:
    """A noun right before estar at i names no person («la música de Ana»: the music)."""
    nouns, who = ctx.analysis.of(of_head(ctx, i - 1), "NOUN"), people(ctx)
    # a noun that is also a thing is the thing here («la música está alta», not the musician)
    person = any(f.classes & who for f in nouns) and not any(f.classes - who for f in nouns)
    return bool(nouns) and not person


def a_participle(word: str) -> bool:
    """The folded word is also a participle («invitados»: estar + participle is a state)."""
    return any(r.verbform == "Part" for r in lexicon().readings_folded(word))


def joined_feeling(ctx: Context, j: int) -> int | None:
    """«Fue sorprendido y enojado»: a participle at j joined to a feeling only someone can
    have (so no passive: no agent follows): where the feeling stands."""
    a = ctx.analysis
    verbs = a.of(j, "VERB")
    others = [f for f in a.readings[j] if f.pos != "ADJ" and f.form != "part"] if verbs else 1
    if not verbs or others:
        return None
    if a.at(j + 1) not in ctx.words["and_or_comma"] or passive(ctx, j):
        return None
    k = skip_degree(ctx, j + 2)
    feelings = set(ctx.spelled["feelings"])
    return k if any(f.lemma in feelings for f in a.of(k, "ADJ")) else None


def unsaid_subject(ctx: Context, i: int) -> bool:
    """What ser at i places may be an event, not a thing: an infinitive under a verb of the
    third person and no subject said («tuvo que ser en Seúl»), or a cleft that answers an
    «en» said before it («si en algo creo, es en la educación») or has a clause for its
    subject («donde vivo es en un barrio tranquilo»)."""
    a = ctx.analysis
    opens = set(ctx.words["cleft_openers"])
    # a cleft's clause has its own verb before ser: not «¿en dónde es…?», a question
    if any(a.at(k) in ctx.words["in"] and {a.at(k + 1), a.at(k + 2)} & opens for k in range(i - 2)):
        return True
    own_verb = any(f.person for k in range(1, i) for f in a.of(k, "VERB"))
    unbroken = all(a.at(k) != BOUNDARY for k in range(1, i))  # «cuando era niña, …»: a when
    if a.at(0) in ctx.words["subject_clauses"] and not a.accented(0) and own_verb and unbroken:
        return True  # «donde vivo es en un barrio tranquilo»: a clause as the subject
    if any(f.person for f in a.of(i, "VERB")):
        return False
    s, _ = clause_of(a, i)
    if s > 1 and a.at(s - 1) in ctx.words["that"]:
        s, _ = clause_of(a, s - 2)  # «tuvo que ser»: the clause of the verb before «que»
    if any(a.of(k, "NOUN") or a.of(k, "PRON") or name_like(a, k) for k in range(s, i)):
        return False
    persons = [f.person for k in range(s, i) for f in a.of(k, "VERB") if f.person]
    return bool(persons) and all(p[:1] == "3" for p in persons)


def timed_state(ctx: Context, i: int, c: Copula, said: list) -> bool:
    """«Soy libre el sábado»: a state of a time (`timed_states`) with present ser at i and a
    time said in its clause; in the past a time says when one had freedom («eran libres en
    aquel momento»)."""
    a = ctx.analysis
    if c.form != "pres" or not {f.lemma for f in said} & set(ctx.spelled["timed_states"]):
        return False
    times = set(ctx.words["calendar_classes"])
    for k in range(*clause_of(a, i)):
        if a.at(k) in ctx.words["now"] or any(f.classes & times for f in a.of(k, "NOUN")):
            return True
    return False
