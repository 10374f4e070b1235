"""What a verb like gustar agrees with: the number of what is liked after it (one noun
phrase, several joined by «y», an action), read for the gustar rules (rules/gustar.py)."""

from langbot.grading.analysis import Analysis
from langbot.grading.rules.base import Context
from langbot.grading.rules.name_spans import name_end
from langbot.grading.tokens import BOUNDARY


def _phrase_end(a: Analysis, ctx: Context, j: int) -> tuple[int, str] | None:
    """Where the noun phrase at j ends (an adjective after it included), and its number."""
    np = a.noun_phrase(j)
    if np is not None:
        said = {f.number for f in a.of(j, "DET")} if np.noun.number is None else set()
        end, number = np.end, np.noun.number or (said.pop() if len(said) == 1 else None)
    elif _article_noun(a, j):  # «los vegetales», «los lunes»: the article says the number
        end, number = j + 2, next(f.number for f in a.of(j, "DET"))
    elif _article_name(a, j):  # «el Barça», «los Lakers»: the article says the number
        end, number = name_end(a, j + 1), next(f.number for f in a.of(j, "DET"))
    elif _quantity_noun(ctx, j):
        end, number = j + 2, a.of(j + 1, "NOUN")[0].number
    else:
        nouns = a.of(j, "NOUN")
        if len(nouns) != 1 or not a.only(j, "NOUN"):
            return None
        end, number = j + 1, nouns[0].number
    if number is None:
        return None
    return (end + 1 if a.only(end, "ADJ") else end), number


def _quantity_noun(ctx: Context, j: int) -> bool:
    """«muchas cosas»: a word of quantity at j, and one noun of its number after it."""
    a = ctx.analysis
    quantities = [f for f in a.of(j, "ADJ") if f.lemma in ctx.words["quantities"]]
    nouns = a.of(j + 1, "NOUN")
    if not quantities or a.of(j, "DET") or len(nouns) != 1 or not a.only(j + 1, "NOUN"):
        return False
    return nouns[0].number in {f.number for f in quantities}


def _article_noun(a: Analysis, j: int) -> bool:
    """An article at j (also a clitic, «los») and a noun after it whose every noun reading
    has the article's number («las culturas», whatever its lemma) or none («los lunes»)."""
    nouns = a.of(j + 1, "NOUN")
    numbers = {f.number for f in a.of(j, "DET")}
    said = {f.number for f in nouns} - {None}
    return bool(nouns) and len(numbers) == 1 and None not in numbers and said <= numbers


def _article_name(a: Analysis, j: int) -> bool:
    """An article of one number at j and a name after it, no word the lexicon knows."""
    numbers = {f.number for f in a.of(j, "DET")}
    return len(numbers) == 1 and None not in numbers and name_end(a, j + 1) > j + 1


def _names(a: Analysis, ctx: Context, j: int) -> bool:
    """Two names joined by «y» from j: «John y Hank»."""
    end = name_end(a, j)
    return end > j and a.at(end) in ctx.words["and"] and name_end(a, end + 1) > end + 1


def liked_number(ctx: Context, j: int, joined: bool = True) -> str | None:
    """Singular or plural for what follows a gustar-like verb at j, or None when unsure;
    without `joined`, the first of things joined by «y» says it: a verb before them may
    agree with it alone («Me gusta el fútbol y el tenis» is right)."""
    a = ctx.analysis
    if any(f.lemma in ctx.words["all"] for f in a.of(j, "ADJ")) and a.of(j + 1, "DET"):
        j += 1  # «todas sus películas»: the phrase after «todo» says the number
    if joined and _names(a, ctx, j):
        return "p"
    verbs = a.of(j, "VERB")
    if verbs and all(f.form == "inf" for f in verbs) and not a.of(j, "NOUN"):
        return "s"
    found = _phrase_end(a, ctx, j)
    if found is None:
        return None
    end, number = found
    joins = set(ctx.words["and"])
    if not joined:
        return number
    if a.at(end) in joins and _phrase_end(a, ctx, end + 1) and not _verb_follows(ctx, end + 1):
        return "p"
    if a.at(end) == BOUNDARY and a.at(end + 1) not in joins:
        listed = _phrase_end(a, ctx, end + 1)
        if listed and joins & {a.at(listed[0]), a.at(listed[0] + (a.at(listed[0]) == BOUNDARY))}:
            return "p"  # "el rock, el pop y el jazz"
    return number


def _infinitive(a: Analysis, j: int) -> bool:
    verbs = a.of(j, "VERB")
    return bool(verbs) and all(f.form == "inf" for f in verbs) and not a.of(j, "NOUN")


def joined_later(ctx: Context, j: int) -> bool:
    """A «y» follows before the clause ends: two things liked, whatever words lie between;
    not two actions, which are liked as one («Me gusta leer y bailar»)."""
    a = ctx.analysis
    joins = set(ctx.words["and"])
    for k in range(j, min(j + 8, len(a))):
        if a.at(k) == BOUNDARY:
            return False
        if a.at(k) in joins:
            if _infinitive(a, j) and _infinitive(a, k + 1):
                return False
            return not _verb_follows(ctx, k + 1)
    return False


def _verb_follows(ctx: Context, j: int) -> bool:
    """A verb like gustar stands in the few words after j, before the clause ends: «y» opens
    a clause of its own («Me gusta el cine y a mi hermano le gusta el teatro»)."""
    likings = ctx.kb.verbs.is_like_gustar
    for k in range(j, min(j + 6, len(ctx.analysis))):
        if ctx.analysis.at(k) == BOUNDARY:
            return False
        if any(likings(f.lemma) and f.person for f in ctx.analysis.of(k, "VERB")):
            return True
    return False


def antecedent_number(ctx: Context, i: int) -> str | None:
    """«Las películas que me gusta son…»: in a relative clause with nothing liked after the
    verb at i, what is liked is the noun before «que» (determiner, noun, maybe an
    adjective; not inside a «de» phrase); its number, or None."""
    a = ctx.analysis
    q = i - 2
    while q > 0 and a.at(q) in ctx.words["between"]:
        q -= 1  # «que más me gusta»
    if a.at(q) not in ctx.words["relative"]:
        return None
    k = q - 1 - a.only(q - 1, "ADJ")
    nouns = a.of(k, "NOUN")
    if len(nouns) != 1 or not a.only(k, "NOUN") or not a.of(k - 1, "DET"):
        return None
    if a.at(k - 2) in ctx.words["of"]:
        return None  # «la música de los años que me gusta»: which noun is liked is unsure
    j = i + 1
    while a.at(j) in ctx.words["between"] or a.only(j, "ADV"):
        j += 1
    if j < len(a) and a.at(j) != BOUNDARY:
        finite = [f for f in a.of(j, "VERB") if f.person]
        if not finite or not a.only(j, "VERB"):
            return None  # «las cosas que me gusta hacer»: the action is liked
    return nouns[0].number
