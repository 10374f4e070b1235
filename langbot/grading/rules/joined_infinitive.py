"""An infinitive joined by «y» to a conjugated verb («Ella trabaja y estudiar», «Trabajo en
un banco y vivir en Madrid»): the two verbs share the subject, so the second is conjugated
like the first. Part of the verbs family (rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.past_fix import PAST_TENSES, past_of
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.pronoun_subjects import pronoun_subjects
from langbot.grading.rules.subjects import subjects
from langbot.grading.tokens import BOUNDARY
from langbot.grading.verb_prepositions import NONE, load_verb_prepositions

MAX_BACK = 10
"""How far back (in words) the conjugated verb may stand from «y»."""
MIN_BARE = 3
"""A verb seen this often before a bare infinitive takes one as its object («odio madrugar»):
«odio el frío y madrugar» joins two objects, not two verbs."""


def _only_infinitive(ctx: Context, k: int) -> str | None:
    """The lemma at k when the word is nothing but an infinitive."""
    a = ctx.analysis
    verbs = a.of(k, "VERB")
    lemmas = {f.lemma for f in verbs}
    if not verbs or any(f.form != "inf" for f in verbs) or _subject_of_its_own(ctx, k):
        return None
    if a.original(k)[:1].isupper():
        return None  # «…y especialmente Sentirse Bien»: a title
    nominal = all(f.lemma in lemmas for f in a.of(k, "NOUN")) and not a.of(k - 1, "DET")
    if not (
        a.only(k, "VERB") or (nominal and len(a.readings[k]) == len(verbs) + len(a.of(k, "NOUN")))
    ):
        return None  # «el correr» is a noun; «y correr» with no article, the verb
    return lemmas.pop() if len(lemmas) == 1 else None


def _subject_of_its_own(ctx: Context, k: int) -> bool:
    """A conjugated verb follows the infinitive at k in its clause: the infinitive is that
    verb's subject («es alto y correr le cansa»)."""
    a = ctx.analysis
    for m in range(k + 1, len(a)):
        if a.at(m) == BOUNDARY or a.at(m) in ctx.words["coordinators"]:
            return False  # «salgo y resbalar… y me hice daño»: the next verb is joined on
        if a.only(m, "VERB") and any(f.person for f in a.of(m, "VERB")):
            return True
    return False


def _finite_before(ctx: Context, j: int) -> int | None:
    """The one conjugated verb of the clause before «y» at j, when that clause holds no
    infinitive, gerund or participle (not «quiero leer y escribir») and no other word
    that may be a verb."""
    a = ctx.analysis
    found = []
    for m in range(j - 1, max(j - 1 - MAX_BACK, -1), -1):
        if a.at(m) == BOUNDARY:
            break
        verbs = a.of(m, "VERB")
        if any(f.form in ("inf", "ger", "part") for f in verbs):
            return None
        if any(f.person for f in verbs) and not _noun_here(ctx, m):
            found.append(m)
    else:
        if j - 1 - MAX_BACK >= 0:
            return None  # the clause goes on further back: not sure where it starts
    if len(found) != 1:
        return None
    k = found[0]
    persons = {f.person for f in a.of(k, "VERB")}
    said = any(at == k and person in persons for _, person, at in pronoun_subjects(ctx))
    said = said or any(np.end == k for _, np in subjects(ctx))  # «mi madre cocina»
    said = said or (a.of(k - 1, "CLITIC") and not a.of(k - 1, "DET"))  # «me levanto»
    return k if a.only(k, "VERB") or said else None  # «yo trabajo»: not the noun


def _noun_here(ctx: Context, m: int) -> bool:
    """Token m is no verb here: a noun after its determiner or a preposition («la casa», «en
    casa»), an adjective after a degree word («más activo», not activar's «activo»), or an
    object pronoun before a verb («se vuelve», not saber's «sé»)."""
    a = ctx.analysis
    clitic = a.of(m, "CLITIC") and a.of(m + 1, "VERB") and not a.accented(m)
    if _graded(ctx, m) or clitic:
        return True
    return bool(a.of(m, "NOUN")) and bool(a.of(m - 1, "DET") or a.only(m - 1, "ADP"))


def _graded(ctx: Context, m: int) -> bool:
    """Token m is an adjective after a degree word («muy activo»)."""
    a = ctx.analysis
    return bool(a.of(m, "ADJ")) and a.at(m - 1) in ctx.words["degree_in_verbless"]


def _joins_verbs(ctx: Context, lemma: str, described: bool = False) -> bool:
    """The verb takes no infinitive as its object, so what «y» joins to it is a verb: not
    ser, gustar, querer, nor a verb the treebanks show before a bare infinitive."""
    if ctx.kb.verbs.is_like_gustar(lemma):
        return False
    if lemma in ctx.words["copulas"]:
        return described  # «es alto y jugar»: an adjective, no noun the infinitive joins
    if lemma in ctx.words["takes_infinitive"] or lemma in ctx.words["takes_que_infinitive"]:
        return False
    table = load_verb_prepositions()
    ending = ctx.kb.words.reflexive_ending
    plain = lemma.removesuffix(ending) if lemma.endswith("r" + ending) else lemma
    if not table.has(plain):
        return False  # no counts: not sure it takes no infinitive
    return table.seen(plain, "infinitive").get(NONE, 0) < MIN_BARE


def joined_infinitive(ctx: Context):
    """«Ella trabaja y estudiar»: an infinitive after «y», joined to a conjugated verb with
    no infinitive of its own before it: conjugate it for the same subject."""
    a = ctx.analysis
    for j in range(1, len(a) - 1):
        if a.at(j) not in ctx.words["coordinators"]:
            continue
        n = skip_adverbs(a, ctx.kb, j + 1)  # «corría y siempre practicar»
        lemma = _only_infinitive(ctx, n)
        k = _finite_before(ctx, j) if lemma else None
        if k is None:
            continue
        verbs = [f for f in a.of(k, "VERB") if f.person and f.form != "imp"]
        # «es muy activa y correr»: the predicate an adjective
        described = a.only(j - 1, "ADJ") or _graded(ctx, j - 1)
        if not verbs or not all(_joins_verbs(ctx, f.lemma, described) for f in verbs):
            continue
        # «corría»: yo or ella, and «practicaba» is the form for both
        fixes = {form_like(ctx, lemma, f.form, f.person) for f in verbs}
        if len(fixes) == 1 and (fix := fixes.pop()):
            yield Hit(n, n + 1, fix, {"verb": a.original(k)})


def form_like(ctx: Context, lemma: str, form: str, person: str, written: str = "") -> str | None:
    """The verb's form in a tense (`form`: pres, past, impf) for a person; a past one made
    from the form `written` when given (tuvo → tuvieron), else from the stem, and kept only
    when the lexicon reads it so."""
    if form not in PAST_TENSES:
        return form_for(ctx.kb, lemma, person) if form == "pres" else None
    return past_of(ctx, lemma, form, person, written)
