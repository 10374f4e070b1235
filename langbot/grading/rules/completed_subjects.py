"""The subject a copula's noun phrase belongs to when it completes another: the antecedent of
«que» after a preposition, the noun a «de» phrase or a name completes («las playas de
California son…», «mi amiga Ana es…»), the phrase «en mi ciudad» completes (rules/copula_subject.py
asks)."""

from langbot.grading.analysis import NounPhrase
from langbot.grading.rules.base import Context
from langbot.grading.rules.subject_phrases import Subject, phrase_ending, phrase_subject
from langbot.grading.rules.subjects import of_before
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def object_verb(a, k: int) -> bool:
    """Token k is an infinitive or gerund, so the noun phrase after it is its object («la
    tecnología para eliminar el carbono del aire no será necesaria»)."""
    return any(f.form in ("inf", "ger") for f in a.of(k, "VERB")) and a.only(k, "VERB")


def finite_verb_before(a, k: int) -> bool:
    """Token k is only a conjugated verb, so the noun phrase after it is its subject or
    object and the copula after that has its own, unsaid («Cuando llegó mi madre estaba
    cansado»: I was)."""
    verbs = a.of(k, "VERB")
    return a.only(k, "VERB") and any(f.person for f in verbs)


def antecedent(ctx: Context, np: NounPhrase, number: str) -> Subject | None:
    """The antecedent of «que» when the phrase before it follows a preposition: that phrase
    when a verb takes the preposition («Vivo en una casa que es…»), or the noun a «de» phrase
    completes when only it has the verb's number («dos compañeras de cuarto que son…»);
    else None («de la gente que…» may say who, or what, the clause is about)."""
    a = ctx.analysis
    of = of_before(ctx, np)
    if of is None:
        p = np.start - 1
        first = a.at(p - 2) == BOUNDARY  # «Trabajo en una tienda que…»: the verb, not the noun
        verb = any(f.person for f in a.of(p - 1, "VERB")) and (first or not a.of(p - 1, "NOUN"))
        if verb and np.noun.number == number and not a.of(p, "DET"):
            return phrase_subject(a, np, np, number)
        return None
    head = phrase_ending(a, ctx, of - 1)
    if head is None or np.noun.number in (None, number) or head.noun.number != number:
        return None
    if a.of(head.start - 1, "ADP") and of_before(ctx, head) is not None:
        return None  # «el hijo de las vecinas de mi tía que…»: a chain of «de»
    return phrase_subject(a, head, np, number)


def of_subject(ctx: Context, np: NounPhrase, of: int, number: str) -> Subject | None:
    """The subject when a «de» phrase at `of` ends with np: the noun it completes («su
    color de pelo es…»), or np after a word for a part («la mayoría de los chicos son…»)."""
    a = ctx.analysis
    head = phrase_ending(a, ctx, of - 1)
    if head is not None and a.at(head.start - 1) in ctx.words["completing"]:
        head = completed_phrase(ctx, head, number)  # «los chicos en mi clase de arte son…»
    if head is None or a.of(head.start - 1, "ADP") or object_verb(a, head.start - 1):
        return None
    if head.noun.number != number:
        counts = (*ctx.words["part_nouns"], *ctx.words["group_nouns"])
        if np.noun.number != number or np.det is None or fold(head.noun.lemma) not in counts:
            return None  # «la cocina de mis abuelos son…»: the verb is wrong, not «mis abuelos»
        return phrase_subject(a, np, np, number)
    return phrase_subject(a, head, np, number)


def _name_completing(ctx: Context, k: int, number: str) -> Subject | None:
    """«Las playas de California son…», «la comida de Ana es…»: a name (capitalised words
    the lexicon does not know) after «de» ends at k, and completes the noun phrase before
    it, which has the verb's number and follows no preposition: that phrase is the subject."""
    a = ctx.analysis
    s = k
    while s > 0 and a.original(s)[:1].isupper() and not a.readings[s]:
        s -= 1
    if s == k or a.at(s) not in ctx.words["of"]:
        return None
    head = phrase_ending(a, ctx, s - 1)
    if head is None or head.noun.number != number or a.of(head.start - 1, "ADP"):
        return None
    if object_verb(a, head.start - 1) or of_before(ctx, head) is not None:
        return None  # «las fotos de la casa de Ana»: a chain of «de»
    return phrase_subject(a, head, NounPhrase(head.start, k + 1, head.det, head.noun), number)


def named_subject(ctx: Context, k: int, number: str) -> Subject | None:
    """The subject a name ending at k belongs to: the phrase it completes after «de», or
    the person's noun it follows."""
    return _name_completing(ctx, k, number) or _named_person(ctx, k, number)


def _named_person(ctx: Context, k: int, number: str) -> Subject | None:
    """«Mi amiga Ana es…»: a name (capitalised words the lexicon does not know) ends at k
    right after a noun phrase of a person (amigo, hermana, profesor) with the verb's number,
    which follows no preposition nor verb: the phrase and its name are the subject."""
    a = ctx.analysis
    s = k
    while s > 0 and a.original(s)[:1].isupper() and not a.readings[s] and a.at(s).isalpha():
        s -= 1
    head = phrase_ending(a, ctx, s) if s != k else None
    if head is None or head.noun.number != number or a.of(head.start - 1, "ADP"):
        return None
    if not set(head.noun.classes) & set(ctx.words["named_person_classes"]):
        return None
    if object_verb(a, head.start - 1) or finite_verb_before(a, head.start - 1):
        return None
    return phrase_subject(a, head, NounPhrase(head.start, k + 1, head.det, head.noun), number)


def completed_phrase(ctx: Context, np: NounPhrase, number: str) -> NounPhrase | None:
    """The noun phrase that opens its clause and that a phrase with «en», «con»… before
    the noun phrase np completes, in the verb's number («las personas en mi ciudad»), not
    one that says when («los domingos en casa es…»), else None."""
    a = ctx.analysis
    head = phrase_ending(a, ctx, np.start - 2)
    if head is None or head.noun.number != number or a.original(head.start)[:1] == "¿":
        return None
    if head.noun.classes & set(ctx.words["not_subject_classes"]):
        return None
    opens = head.start == 0 or any(start == head.start for start, _ in a.clauses)
    return head if opens and a.at(head.start - 1) not in ctx.words["coordinators"] else None
