"""Two subjects joined by «y» are plural: «Mi madre y mi padre viven», not «…vive»; with
«yo» among them they are «nosotros»: «Mi hermano y yo vivimos»."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_verb
from langbot.grading.rules.name_spans import name_end, name_like
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.subjects import PERSON, after_subject, past_complement, subject_starts


def _part_end(ctx: Context, j: int) -> int | None:
    """Where one part of a coordinated subject from j ends: a noun phrase (with its «de»
    phrase) or a name; None when none starts at j."""
    a = ctx.analysis
    np = a.noun_phrase(j)
    if np is not None and np.noun.number:
        return past_complement(ctx, np.end)
    if name_like(a, j):
        return name_end(a, j + 1) if a.readings[j] else name_end(a, j)
    return None


def coordinated_subject(ctx: Context):
    """«Mi madre y mi padre vive…»: two noun phrases or names joined by «y» are a plural
    subject, and the verb after them takes the plural."""
    a = ctx.analysis
    for start, _, second in _two_parts(ctx, _third_pronoun_end, named=True):
        k = after_subject(ctx, second)
        if a.at(k) in ctx.words["impersonal"] or a.of(k - 1, "CLITIC"):
            continue
        verbs = [f for f in only_verb(a, k) if f.person]  # not the imperative «vive»
        if verbs and all(f.form == "pres" and f.person == PERSON["s"] for f in verbs):
            if fix := form_for(ctx.kb, verbs[0].lemma, "3p"):
                yield Hit(k, k + 1, fix, {"subject": a.tokens.original_text(start, second)})


def speaker_in_subject(ctx: Context):
    """«Mi hermano y yo vive…», «Yo y Ana trabaja…»: a subject that joins «yo» to someone
    else is «nosotros», and its verb takes that person."""
    a = ctx.analysis
    we = ctx.words["we"][0]
    for start, first, second in _two_parts(ctx):
        said = {_speaker(ctx, start), _speaker(ctx, first + 1)}
        if said != {True, False}:
            continue  # no «yo», or «yo y yo»
        k = after_subject(ctx, second)
        if a.at(k) in ctx.words["impersonal"] or a.of(k - 1, "CLITIC"):
            continue
        verbs = [f for f in _written_verb(a, k) if f.person]
        if not verbs or any(f.person == we for f in verbs):
            continue
        if any(ctx.kb.verbs.is_like_gustar(f.lemma) for f in verbs):
            continue  # «mi hermano y yo nos gusta…»: the gustar rules'
        lemmas = {f.lemma for f in verbs}
        present = len(lemmas) == 1 and all(f.form == "pres" for f in verbs)
        fix = form_for(ctx.kb, lemmas.pop(), we) if present else None
        yield Hit(k, k + 1, fix, {"subject": a.tokens.original_text(start, second)})


def _written_verb(a, k: int):
    """The verb readings at k when it can be nothing else, or when the learner's accent says
    it is no pronoun («sé», not «se»)."""
    return only_verb(a, k) or (a.of(k, "VERB") if a.accented(k) else ())


def coordinated_subjects(ctx: Context) -> list[tuple[int, int, str]]:
    """Each subject of two parts joined by «y» (noun phrases, names or subject pronouns):
    where it starts and ends, and its person (nosotros with «yo» among them, else ellos)."""
    found = []
    for start, first, second in _two_parts(ctx):
        speaker = _speaker(ctx, start) or _speaker(ctx, first + 1)
        found.append((start, second, ctx.words["we"][0] if speaker else PERSON["p"]))
    return found


def _two_parts(ctx: Context, pronoun_end=None, named: bool = False):
    """Each subject of two parts joined by «y», where a subject or a clause starts (with
    `named`, a clause that starts with a name or a pronoun): its start, where «y» stands and
    its end. A part is a noun phrase, a name or a pronoun `pronoun_end` reads."""
    a = ctx.analysis
    pronoun_end = pronoun_end or _pronoun_end
    if ctx.words["coordinators"][0] not in a.words:
        return
    opening = (s for s, _ in a.clauses if not a.of(s - 1, "ADP"))
    if named:
        opening = (s for s in opening if name_like(a, s) or pronoun_end(ctx, s))
    for start in sorted({*subject_starts(ctx), *opening}):
        if a.at(start - 1) in ctx.words["coordinators"] and a.of(start - 2, "NOUN"):
            continue  # «con mi familia y mis amigos y yo pude»: a list begun before, maybe no subject
        first = _part_end(ctx, start) or pronoun_end(ctx, start)
        if first is None or a.at(first) not in ctx.words["coordinators"][:1]:
            continue
        second = _part_end(ctx, first + 1) or pronoun_end(ctx, first + 1)
        if second is None or a.at(second) in ctx.words["coordinators"]:
            continue
        yield start, first, second


def _pronoun_end(ctx: Context, j: int) -> int | None:
    """Past a subject pronoun at j («yo», «él», not the article «el»), or None."""
    a = ctx.analysis
    if any(f.person for f in a.of(j, "PRON")) and (a.accented(j) or not a.of(j, "DET")):
        return j + 1
    return None


def _third_pronoun_end(ctx: Context, j: int) -> int | None:
    """Past a subject pronoun of the third person at j («ella», «él», not «el»), or None:
    «ella y su hermana» is a plural subject too."""
    end = _pronoun_end(ctx, j)
    third = ctx.words["third_persons"]
    if end is None or not all(f.person in third for f in ctx.analysis.of(j, "PRON")):
        return None
    return end


def _speaker(ctx: Context, j: int) -> bool:
    """The part of a subject at j is «yo»."""
    return any(f.person == ctx.words["speaker"][0] for f in ctx.analysis.of(j, "PRON"))
