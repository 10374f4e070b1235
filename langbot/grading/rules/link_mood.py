"""The subjunctive some links always call for: «para que», «antes de que», «sin que»,
«ojalá» («para que mi hermano pueda venir»), and the «que» after a verb of wishing, asking or
letting («quiero que vengas»). An indicative or conditional verb after them («para que su
esposa podría vivir», «antes que se pone oscuro», «espero que puedo») is always wrong. Part
of the verbs family (rules/verbs.py)."""

from langbot.grading.language import common_spanish
from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

SPEAKER = "1s"  # «yo»'s present ends in -o, which no subjunctive does
REACH = 6  # how far after the link its verb may stand (a subject, «no», clitics between)


def indicative_after_link(ctx: Context):
    """A verb that can only be indicative or conditional, the first conjugated one after a
    link that calls for the subjunctive; never in a question, where «para que» is «para
    qué» without its accent, nor after a verb that may ask («no sé para que sirve»)."""
    a = ctx.analysis
    if any(mark in a.tokens.original for mark in ctx.spelled["question_marks"]):
        return
    foretold = set(ctx.words["foretold_forms"])
    links = [(s, e, False) for s, e in _links(ctx)] + [(s, e, True) for s, e in _wishes(ctx)]
    for start, end, wished in links:
        if any(_asks(ctx, k) for k in range(start)):
            continue
        j = _clause_verb(ctx, end)
        if j is None or _past_after_nothing(ctx, start, end, j):
            continue
        if wished and any(f.form in foretold for f in a.of(j, "VERB")):
            continue  # «espero que vendrá»: hoping, as one foresees, the future is said
        if _indicative_only(ctx, j) and not _subjunctive_later(ctx, j + 1):
            yield Hit(j, j + 1, None, {"link": a.tokens.original_text(start, end)})


def _past_after_nothing(ctx: Context, start: int, end: int, j: int) -> bool:
    """«No había nada que él pudo hacer»: after nothing or no one, natives put a past verb in
    the indicative often enough that only a present one is certain to be wrong."""
    a = ctx.analysis
    if " ".join(a.words[start:end]) not in ctx.words["present_only_links"]:
        return False
    return any(f.form in ctx.words["indicative_or_conditional"][1:] for f in a.of(j, "VERB"))


def _asks(ctx: Context, k: int) -> bool:
    """Token k is a verb that may ask (not «se», which «sé» folds to)."""
    a = ctx.analysis
    if a.of(k, "CLITIC") and not a.accented(k):
        return False
    return any(f.lemma in ctx.words["asking_verbs"] for f in a.of(k, "VERB"))


def _links(ctx: Context):
    """(start, end) of each link of the list, its last word with no accent the list's
    spelling lacks («para que», not «para qué»; «ojala» for «ojalá»), and of each verb of
    wishing right before «que» («quiero que», «esperaba que»)."""
    a = ctx.analysis
    for link, spelled in zip(
        ctx.words["subjunctive_links"], ctx.spelled["subjunctive_links"], strict=True
    ):
        words = tuple(link.split())
        last = spelled.split()[-1]
        for i in range(len(a) - len(words) + 1):
            if tuple(a.words[i : i + len(words)]) != words:
                continue
            if a.original(i + len(words) - 1).lower() in (last, fold(last)):
                yield i, i + len(words)


def _wishes(ctx: Context):
    """(start, end) of a verb of wishing, asking or letting and the «que» right after it
    («quiero que», «pidió que»): what its clause says is wished, not what is so. Not a
    noun after its determiner («mi deseo que…»), nor «qué» asked."""
    a = ctx.analysis
    wishing, that = set(ctx.words["wishing_verbs"]), ctx.words["that"][0]
    for i in range(len(a) - 1):
        if a.at(i + 1) != that or a.accented(i + 1) or a.of(i - 1, "DET"):
            continue
        if any(f.lemma in wishing for f in a.of(i, "VERB")):
            yield i, i + 2


def _clause_verb(ctx: Context, k: int) -> int | None:
    """The first token from k that may be a verb (not a clitic, nor a noun after a
    determiner) when it is conjugated, before the clause ends or a relative opens another."""
    a = ctx.analysis
    for j in range(k, min(k + REACH, len(a))):
        if a.at(j) == BOUNDARY:
            return None
        if a.of(j, "CLITIC") and not a.accented(j):
            continue  # «se» before its verb, not «sé»
        if a.at(j) in ctx.words["relatives"] or a.at(j) in ctx.words["main_conjunctions"]:
            return None  # «sin que los amigos que acompañaban…», «antes que la mía y tuvimos»
        verbs = a.of(j, "VERB")
        if verbs and not a.of(j - 1, "DET"):  # the first verb: «esté», not «casa» after it
            finite = any(f.person or f.form in ctx.words["command_forms"] for f in verbs)
            return j if finite else None  # «para que hacerte…»: «para qué» said without accent
    return None


def _subjunctive_later(ctx: Context, k: int) -> bool:
    """A verb that can only be a subjunctive stands from k to the clause's end: the link's
    own verb, the one before it in a clause of its own («Ojalá todo lo dijo Tom sea…»)."""
    a = ctx.analysis
    for j in range(k, len(a)):
        if a.at(j) == BOUNDARY:
            return False
        verbs = a.of(j, "VERB")
        if a.only(j, "VERB") and all(f.form in ctx.words["command_forms"] for f in verbs):
            return True  # «sea», not «una», «este» (also read as commands of unir, estar)
    return False


def _indicative_only(ctx: Context, j: int) -> bool:
    """Token j is a conjugated verb that can only be indicative or conditional: its every
    verb reading is one, or the «tú» command that is spelled as the «él» present («llega»),
    while «llegue», a command of «usted», is spelled as the subjunctive."""
    verbs = ctx.analysis.of(j, "VERB")
    forms = ctx.words["indicative_or_conditional"]
    present = {f.lemma for f in verbs if f.form == forms[0] and f.person == "3s"}
    said = [f for f in verbs if f.person and f.form in forms]
    commands = [f for f in verbs if f not in said]
    if any(f.pos in ("PRON", "ADV", "DET", "ADP", "CONJ") for f in ctx.analysis.readings[j]):
        return False  # «antes que nada»: a pronoun, not «nadar»
    if any(_other_class(ctx, f.lemma, f.person) for f in verbs if f.form == forms[0]):
        return False  # «que se sientan», «que creemos»: sentir's, crear's subjunctive too
    return bool(said) and all(f.form == "imp" and f.lemma in present for f in commands)


def _other_class(ctx: Context, lemma: str, person: str | None) -> bool:
    """A common verb of another conjugation shares the stem of this present, which is then
    its subjunctive too, in all but «yo» («sientan»: sentar's, and sentir's; «creemos»:
    creer's, and crear's; not «puedes»: podar is rare)."""
    first, *others = ctx.words["infinitive_endings"]  # -ar; -er, -ir
    stem, ending = lemma[:-2], lemma[-2:]
    endings = others if ending == first else [first]
    return person != SPEAKER and any(common_spanish(stem + other) for other in endings)
