"""A part counted out of a group takes the group's number: «muchos de los niños», «pocas de
mis amigas», not «mucha de los niños»; one picked out is «uno», not «unos» («una de las
mejores películas»). «Mucho» and «poco» after a verb say how much («disfruté mucho de los
conciertos») and are left alone there, as «un poco de» and «unos… otros». Part of the
agreement family; the words are in data/rules/agreement.yaml."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _group_gender(ctx: Context, k: int) -> str | None:
    """The gender of the plural group from k («los niños», «mis amigas», «ellos»), or None
    when k opens no plural group or its gender is not known."""
    a = ctx.analysis
    for gender, key in (("m", "masculine_groups"), ("f", "feminine_groups")):
        if a.at(k) in ctx.words[key]:
            return gender
    dets = a.of(k, "DET")
    if not dets or any(f.number != "p" for f in dets) or a.accented(k):
        return None
    genders = {f.gender for f in dets} - {None}
    if not genders:
        n = k + 2 if a.only(k + 1, "ADJ") else k + 1  # «mis mejores amigos»
        nouns = a.of(n, "NOUN")
        if any(f.number != "p" for f in nouns):
            return None
        genders = {f.gender for f in nouns}
    return genders.pop() if len(genders) == 1 else None


def _says_how_much(ctx: Context, i: int) -> bool:
    """«mucho», «poco» at i after a verb, an adverb or «un»: how much, no part of a group."""
    a = ctx.analysis
    k = i - 1
    if k < 0 or a.at(k) == BOUNDARY:
        return False
    return bool(a.of(k, "VERB") or a.of(k, "ADV") or a.of(k, "CLITIC")) or (
        a.at(k) in ctx.words["partitive_amount_openers"]
    )


def _one_meant(ctx: Context, i: int) -> bool:
    """«unos», «unas» at i stand for one: the verb of their clause (before them, else the
    first after them) is singular («es unas de las mejores»; not «son unas de las mejores»,
    some of them), and no «otros» answers them («unos de ellos…, otros…»)."""
    a = ctx.analysis
    if any(a.at(k) in ctx.words["partitive_contrast"] for k in range(i + 3, len(a))):
        return False
    verbs = _clause_verb(a, i)
    return bool(verbs) and all(f.person == "3s" for f in verbs)


def _clause_verb(a, i: int) -> list:
    """The conjugated readings of the verb before i in its clause, else of the first after."""
    before = []
    for k in range(i - 1, -1, -1):
        if a.at(k) == BOUNDARY:
            break
        before.append(k)
    for k in (*before, *range(i + 3, len(a))):
        verbs = [f for f in a.of(k, "VERB") if f.person] if a.only(k, "VERB") else []
        if verbs:
            return verbs
    return []


def partitive_number(ctx: Context):
    """Finder: «mucha de los niños», «unas de las mejores»: the part takes the group's number."""
    a = ctx.analysis
    wrong = ctx.words["partitive_number_wrong"]
    for i in range(len(a) - 2):
        if a.at(i) not in wrong or a.at(i + 1) not in ctx.words["of"]:
            continue
        gender = _group_gender(ctx, i + 2)
        if gender is None or a.at(i - 1) in ctx.words["partitive_amount_openers"]:
            continue
        index = wrong.index(a.at(i))
        if a.at(i) in ctx.words["partitive_adverbs"] and _says_how_much(ctx, i):
            continue
        if a.at(i) in ctx.words["partitive_contrasted"] and not _one_meant(ctx, i):
            continue  # «son unas de las cualidades»: some of them; «unos de ellos…, otros…»
        fix = ctx.spelled[f"partitive_number_{gender}"][index]
        fix = fix.capitalize() if a.original(i)[:1].isupper() else fix
        named = a.of(i + 3, "NOUN") or a.of(i + 3, "ADJ")  # «los niños», «las mejores»
        end = i + 4 if a.of(i + 2, "DET") and named else i + 3
        yield Hit(i, i + 1, fix, {"group": a.tokens.original_text(i + 2, end)})
