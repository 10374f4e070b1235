"""The article Spanish drops: «ser» + a bare nationality says where someone is from («Soy
americano», «Es mexicana»), so «Él es un americano» has one article too many; with a word that
describes the noun after it («un americano simpático», «una española que…») the article is
right. A job alone is left alone said of someone else: natives write «Ella es una enfermera»
too; said of oneself or the listener it takes none («Soy un médico» is «Soy médico»,
job_with_article), and two roles joined, each with its own «un» («es una actriz y una
cantante»), take none (joined_roles_with_article; the words the rules read are in
data/rules/articles.yaml)."""

from langbot.grading.analysis import Analysis
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import folded_adverbs, skip_adverbs
from langbot.grading.tokens import BOUNDARY


def _role(ctx: Context, i: int, key: str = "role_classes") -> bool:
    """Token i is a nationality (or a word said like one) of the vocabulary, and nothing else;
    with `key` "joined_role_classes", a job too."""
    a = ctx.analysis
    readings = a.readings[i] if 0 <= i < len(a) else ()
    classes = set(ctx.words[key])
    if not readings:
        return False
    if a.at(i) in ctx.words["more_roles"]:
        return all(f.pos in ("NOUN", "ADJ") for f in readings)
    return all(f.pos in ("NOUN", "ADJ") and f.classes & classes for f in readings)


def _after_ser(ctx: Context, i: int) -> int | None:
    """Where «ser» (any form, the infinitive too) stands before i, past adverbs (es también
    un…), when its subject is no demonstrative («Este es un médico» points one out)."""
    a = ctx.analysis
    j = _back_past_adverbs(ctx, i - 1)
    verbs = a.of(j, "VERB")
    if not any(f.lemma in ctx.words["identity_copula"] for f in verbs):
        return None
    if not all(f.pos in ("VERB", "NOUN") for f in a.readings[j]) or _article_at(a, j - 1):
        return None  # «era» is also a noun, never after an article here
    return None if a.at(j - 1) in ctx.words["pointing"] else j


def _article_at(a: Analysis, i: int) -> bool:
    return bool(a.of(i, "DET")) and not any(f.person for f in a.of(i, "PRON"))


def _verb_opens(a: Analysis, k: int) -> bool:
    """A finite verb at k opens the next clause («y siempre está ayudando»), not a noun."""
    verbs = [f for f in a.of(k, "VERB") if f.person]
    return bool(verbs) and not a.of(k, "NOUN") and not (a.of(k, "DET") and a.of(k + 1, "NOUN"))


def _next_clause(ctx: Context, k: int) -> bool:
    """A clause opens at k: a finite verb, maybe after a short subject («y mi madre es»)."""
    a = ctx.analysis
    for j in range(k, min(k + 4, len(a))):
        if a.at(j) == BOUNDARY:
            return False
        if _verb_opens(a, skip_adverbs(a, ctx.kb, j)):
            return True
    return False


def _back_past_adverbs(ctx: Context, j: int) -> int:
    between = folded_adverbs(ctx.kb)
    while j > 0 and ctx.analysis.at(j) in between:
        j -= 1
    return j


def _subject_said(ctx: Context, verb: int) -> bool:
    """A subject stands before the verb: a pronoun, a noun or a name («Yo soy…», «Ana es…»),
    or a clause before a comma says who («Ana trabaja en el súper, es un cajero»)."""
    a = ctx.analysis
    s = _back_past_adverbs(ctx, verb - 1)
    if s > 0 and a.original(s) == ctx.spelled["clause_comma"][0]:
        return any(f.person for k in range(s) for f in a.of(k, "VERB") if a.only(k, "VERB"))
    if s < 0 or s == verb or a.at(s) == BOUNDARY:
        return False
    if any(f.person for f in a.of(s, "PRON")):
        return True  # «El es…»: no article stands before a verb, so «él»
    return bool(a.of(s, "NOUN")) or (not a.readings[s] and a.original(s)[:1].isupper())


def _bare_field(ctx: Context, k: int) -> int | None:
    """Past «de» + a bare noun (an ordinal before it may sit: «de primer año») that names
    a field («estudiante de psicología»); None when a determiner or anything else follows
    («un médico de gran prestigio», «un actor de 30 años» describe him)."""
    a = ctx.analysis
    j = k + 1
    if a.at(j) in ctx.words["ordinals"] and a.of(j + 1, "NOUN"):
        j += 1
    if a.of(j, "NOUN") and not a.of(j, "DET") and not a.of(j, "VERB"):
        return j + 1
    return None


def _bare_tail(ctx: Context, k: int, key: str = "role_classes") -> tuple[bool, bool]:
    """From k to the clause's end, nothing describes the role noun before k (adverbs like
    «también», a field with «de», or another role with its own «un» joined by «y»); and
    whether such a field or role was said (with `key` "joined_role_classes", only a role
    joined with its own «un» counts)."""
    a = ctx.analysis
    more = False
    joined_only = key != "role_classes"
    while True:
        k = skip_adverbs(a, ctx.kb, k)
        if k >= len(a):
            return True, more
        if a.at(k) == BOUNDARY:
            nxt = skip_adverbs(a, ctx.kb, k + 1)
            ends = a.original(k) not in ctx.spelled["opens_aside"] and not a.only(nxt, "ADJ")
            return ends, more
        if a.at(k) in ctx.words["of"]:
            k = _bare_field(ctx, k)
            if k is None:
                return False, more
            more = more or not joined_only
            continue
        if a.at(k) not in ctx.words["coordinators"]:
            return False, more
        if _next_clause(ctx, k + 1):
            return True, more  # «es un actor y canta», «…y mi madre es…»: the next clause
        if a.at(k + 1) not in ctx.words["indefinite_singular"] or not _role(ctx, k + 2, key):
            return False, more  # «una actriz y cantante»: one article for both is right
        k, more = k + 3, True


def _after_bare_role(ctx: Context, i: int, key: str) -> int | None:
    """Where «ser» stands before a bare role joined by «y» to the one at i («es cómico y un
    corresponsal»: the second role takes no article either)."""
    a = ctx.analysis
    if a.at(i - 1) not in ctx.words["coordinators"] or not _role(ctx, i - 2, key):
        return None
    return _after_ser(ctx, i - 2)


def _articled_roles(ctx: Context, key: str):
    """Hits on «un» + a role of `key`'s classes after «ser» with nothing describing it."""
    a = ctx.analysis
    nationality = key == "role_classes"
    for i in range(1, len(a) - 1):
        if a.at(i) not in ctx.words["indefinite_singular"] or not _role(ctx, i + 1, key):
            continue
        if not nationality and _role(ctx, i + 1):
            continue  # a nationality: role_with_article's
        verb, joined = _after_ser(ctx, i), False
        if verb is None:
            verb = _after_bare_role(ctx, i, key)
            joined = verb is not None
        if verb is None:
            continue
        bare, more = _bare_tail(ctx, i + 2, key)
        if bare and (more or joined or (nationality and _subject_said(ctx, verb))):
            yield Hit(i, i + 2, a.original(i + 1))


def role_with_article(ctx: Context):
    """«Él es un americano»: after «ser», a bare nationality takes no «un» or «una». A bare
    «Soy un canadiense.», with no subject and nothing after, is left alone."""
    yield from _articled_roles(ctx, "role_classes")


def joined_roles_with_article(ctx: Context):
    """«Es una actriz y una cantante»: after «ser», a job joined to another role, each with
    its own «un», takes none; one job with «un» alone natives say too («Tom es un músico»)."""
    yield from _articled_roles(ctx, "joined_role_classes")


def _job(ctx: Context, i: int) -> bool:
    """Token i is a noun of a job (or a study's student) of the vocabulary, and nothing else."""
    a = ctx.analysis
    classes = set(ctx.words["job_classes"])
    readings = a.readings[i] if 0 <= i < len(a) else ()
    return bool(readings) and all(f.pos == "NOUN" and f.classes & classes for f in readings)


def job_with_article(ctx: Context):
    """«Soy un médico», «¿Eres una estudiante?»: what I or you do, after «ser», takes no «un»
    or «una» when nothing describes it («Soy un médico muy bueno» is right)."""
    a = ctx.analysis
    persons = set(ctx.words["speaker_listener"])
    for i in range(1, len(a) - 1):
        if a.at(i) not in ctx.words["indefinite_singular"] or not _job(ctx, i + 1):
            continue
        verb = _after_ser(ctx, i)
        said = [f.person for f in a.of(verb, "VERB")] if verb is not None else []
        if not said or not all(p in persons for p in said):
            continue  # «era un médico»: «I» or «he», and he may be pointed out
        if _bare_tail(ctx, i + 2)[0]:
            yield Hit(i, i + 2, a.original(i + 1))
