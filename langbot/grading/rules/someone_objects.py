"""Someone as a verb's object: «no tengo nadie» takes «a» («a nadie»); a subject pronoun
as the object («vi él») is the object pronoun before the verb («lo vi»): «vi a él» alone
is no Spanish a learner should copy."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_infinitive


def verb_of(ctx: Context, i: int, key: str, speaker: bool = False) -> bool:
    """Token i is a verb of the words under `key` (with `speaker`: said by «yo», «tú»,
    «nosotros», or an infinitive, so what follows is no subject)."""
    verbs = [f for f in ctx.analysis.of(i, "VERB") if f.lemma in ctx.words[key]]
    if speaker:
        verbs = [f for f in verbs if f.form == "inf" or (f.person and f.person[0] in "12")]
    return bool(verbs) and not ctx.analysis.of(i - 1, "DET")


def _someone_at(ctx: Context, j: int) -> bool:
    """«alguien», «nadie», or a pronoun that is a person («ella», «él» with its accent) that
    no verb follows («espero ella viene»: the subject of a clause) stands at j."""
    a = ctx.analysis
    if a.at(j) in ctx.words["someone"]:
        return True
    pronoun = a.at(j) in ctx.words["person_pronouns"] and (a.accented(j) or not a.of(j, "DET"))
    return pronoun and not a.of(j + 1, "VERB")


def _objects(ctx: Context):
    """Each verb i whose object at i + 1 is someone with no «a»: only after «yo», «tú»,
    «nosotros» or an infinitive, with no pronoun before the verb: else «nadie» may be who
    does it (no me llama nadie)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if not _someone_at(ctx, i + 1) or a.at(i - 1) in ctx.words["object_clitics"]:
            continue
        persons = {f.person for f in a.of(i + 1, "PRON")} & {f.person for f in a.of(i, "VERB")}
        if persons - {None}:
            continue  # «invitamos nosotros»: the pronoun is who invites
        if a.at(i + 3) in ctx.words["relative_who"] and a.of(i + 2, "ADP"):
            continue  # «necesito alguien con quien hablar»: anyone who would do
        if only_infinitive(a, i + 2):
            continue  # «¿por qué querría nadie vivir aquí?»: who would want to
        if verb_of(ctx, i, "someone_verbs", True):
            yield i


def _object_pronoun(ctx: Context, i: int) -> str | None:
    """The object pronoun («lo vi», «conocerla») for the verb at i and the subject pronoun
    after it; None where it is not sure (usted: «lo» or «la»; a participle: the auxiliary
    takes it)."""
    a = ctx.analysis
    subjects, objects = ctx.words["pronoun_as_object"], ctx.spelled["object_of_pronoun"]
    if a.at(i + 1) not in subjects:
        return None
    pronoun = objects[subjects.index(a.at(i + 1))]
    forms = {f.form for f in a.of(i, "VERB")}
    if forms == {"inf"}:
        return a.original(i) + pronoun
    if forms & {"inf", "ger", "part"} or a.of(i - 1, "VERB"):
        return None
    verb = a.original(i)
    if verb[:1].isupper():  # «Vi él»: the sentence now opens with the pronoun
        return f"{pronoun.capitalize()} {verb[:1].lower()}{verb[1:]}"
    return f"{pronoun} {verb}"


def someone_without_a(ctx: Context):
    """«No tengo nadie», «conozco usted»: «alguien», «nadie» and a person as the object
    take «a»: «no tengo a nadie»."""
    a = ctx.analysis
    for i in _objects(ctx):
        if a.at(i + 1) not in ctx.words["pronoun_as_object"]:
            yield Hit(i + 1, i + 2, f"{ctx.spelled['to'][0]} {a.original(i + 1)}")


def pronoun_object_before_verb(ctx: Context):
    """«Vi él», «conozco ella»: the object pronoun goes before the verb («lo vi», «la
    conozco»), or after an infinitive («conocerla»); no fix where it is not sure."""
    for i in _objects(ctx):
        if ctx.analysis.at(i + 1) in ctx.words["pronoun_as_object"]:
            fix = _object_pronoun(ctx, i)
            yield Hit(i, i + 2, fix, {"fixed": f": «{fix}»" if fix else ""})
