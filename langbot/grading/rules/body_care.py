"""A verb done to one's own body needs the pronoun that says whose it is: «me lavo los
dientes», not «lavo los dientes» (whose teeth?). Part of the reflexive family
(rules/reflexive.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.tokens import BOUNDARY
from langbot.grading.verbs import PERSONS


def body_without_pronoun(ctx: Context):
    """A verb of `own_body_verbs` said by «yo», «tú», «nosotros», with no pronoun before it,
    then the article and a part of the body, no owner after it («del niño») and no «a» of
    someone in the clause («le lavo las manos a mi hijo»)."""
    a = ctx.analysis
    body, ending = set(ctx.words["body_classes"]), ctx.kb.words.reflexive_ending
    for i in range(len(a) - 2):
        if a.of(i - 1, "CLITIC") or a.at(i - 1) in ctx.kb.reflexive or not _verb_here(a, i):
            continue
        verbs = [
            f
            for f in a.of(i, "VERB")
            if f.lemma.removesuffix(ending) in ctx.words["own_body_verbs"]
        ]
        persons = {f.person for f in verbs}
        commands = any(f.form == "imp" for f in verbs)  # «lavaos las manos»: its pronoun joined on
        if not verbs or commands or len(verbs) != len(a.of(i, "VERB")) or len(persons) != 1:
            continue
        person = persons.pop()
        if not person or person[0] == "3":
            continue  # «el peluquero corta el pelo»: anyone's
        j = skip_adverbs(a, ctx.kb, i + 1)
        part = any(f.classes & body for f in a.of(j + 1, "NOUN"))
        if a.at(j) not in ctx.words["definite"] or not part or _someone_else(ctx, j + 2):
            continue
        pronoun = ctx.words["reflexive_by_person"][PERSONS.index(person)]
        written = a.original(i)
        if written[:1].isupper():  # «Lavo…» opens the sentence: «Me lavo…»
            pronoun, written = pronoun.capitalize(), written.lower()
        yield Hit(i, i + 1, f"{pronoun} {written}")


def _verb_here(a, i: int) -> bool:
    """Token i is a verb: its only reading, or a noun or adjective with no determiner or
    preposition before it, so none could stand there («Cepillo los dientes», «corto el pelo»)."""
    if a.only(i, "VERB"):
        return True
    return bool(a.of(i, "VERB")) and not (a.of(i - 1, "DET") or a.of(i - 1, "ADP"))


def _someone_else(ctx: Context, k: int) -> bool:
    """Someone else's body: «de»/«del» right after the part, or «a»/«al» later in its
    clause."""
    a = ctx.analysis
    if a.at(k) in ctx.words["owner_marks"]:
        return True
    while k < len(a) and a.at(k) != BOUNDARY:
        if a.at(k) in ctx.words["to_someone"]:
            return True
        k += 1
    return False
