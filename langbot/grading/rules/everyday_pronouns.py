"""A preposition before a possessive or a subject pronoun: «con el mi hermano» (the
possessive stands for the article: «con mi hermano»), «para yo», «con tú» (after a preposition
«yo» and «tú» are «mí» and «ti», with «con» «conmigo» and «contigo»), «con yo hermano»
(the possessive «mi» was meant). The words are in data/rules/everyday.yaml."""

from langbot.grading.analysis import Analysis
from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _finite_after(a: Analysis, k: int) -> bool:
    """A conjugated verb at k: «para el su madre es…» is «para él, su madre es…»."""
    return any(f.person for f in a.of(k, "VERB")) and not a.of(k, "NOUN")


def article_possessive_after_preposition(ctx: Context):
    """«Voy con el mi hermano», «con un mi amigo»: no article before a possessive + noun,
    after a preposition too (when no verb follows that would make «el» the pronoun «él»)."""
    a = ctx.analysis
    for i in range(1, len(a) - 2):
        if a.at(i) not in ctx.words["unaccented_articles"] or a.accented(i):
            continue
        if a.at(i - 1) not in ctx.words["possessive_prepositions"] or not a.of(i - 1, "ADP"):
            continue
        if a.at(i + 1) not in ctx.words["possessives"]:
            continue
        phrase = a.noun_phrase(i + 1)  # «con el mi mejor amigo»: one adjective may sit between
        if phrase is None or not a.only(phrase.end - 1, "NOUN") or _finite_after(a, phrase.end):
            continue
        mine = a.original(i + 1)
        definite = a.at(i) in ctx.words["definite"]
        yield Hit(i, i + 2, mine if definite else None, {"mine": mine})


def _ends(a: Analysis, k: int) -> bool:
    """Nothing follows at k but the sentence's end or punctuation, not a quotation or a
    bracket opened there («con mi "obra de arte"» is the possessive)."""
    return k >= len(a) or (a.at(k) == BOUNDARY and not _opens(a, k))


def _opens(a: Analysis, k: int) -> bool:
    """The punctuation at k opens a quotation or a bracket: a word follows it at once."""
    end = a.tokens.spans[k][1]
    return a.original(k) in _OPENING and a.tokens.original[end : end + 1].isalnum()


_OPENING = frozenset("\"“‘'«([")


def _phrase_ends(ctx: Context, k: int) -> bool:
    """The phrase ends before k: «y», «o» join another («para yo y mi hermana»), or «no» and
    a conjugated verb open the clause («sin tú no puedo»; «para yo no tener…» is said)."""
    a = ctx.analysis
    if a.at(k) in ctx.words["coordinators"]:
        return True
    return a.at(k) in ctx.words["negation"] and _finite_after(a, k + 1)


def _joined_alone(ctx: Context, i: int) -> bool:
    """The word at i is joined by «y» to what follows, with no noun of its own: «con mi y mi
    madre» is «conmigo y con mi madre» (not «con mi y su familia», two possessives)."""
    a = ctx.analysis
    if a.at(i + 1) not in ctx.words["coordinators"]:
        return False
    after = a.at(i + 2)
    return after == a.at(i) or after not in ctx.words["possessives"]


def _object_fix(ctx: Context, i: int) -> str:
    """The pronoun a preposition takes for the object pronoun at i («de me»: «de mí»; «con
    me»: «conmigo»)."""
    a = ctx.analysis
    which = ctx.words["object_as_prepositional"].index(a.at(i))
    if a.at(i - 1) in ctx.words["with"]:
        return _capital_as(a, i - 1, ctx.spelled["with_pronouns"][which])
    return f"{a.original(i - 1)} {ctx.spelled['prepositional_pronouns'][which]}"


def _capital_as(a: Analysis, i: int, word: str) -> str:
    """The word capitalised as token i is («Con yo» -> «Conmigo»)."""
    return word[:1].upper() + word[1:] if a.original(i)[:1].isupper() else word


def pronoun_after_preposition(ctx: Context):
    """«Es para yo», «con tú», «a yo me gusta», «con yo hermano»: a subject pronoun after a
    preposition, at a phrase's end (or «a yo» before its object pronoun); before a noun it is
    the possessive meant. Before a verb it is left alone («para yo poder ir» is said)."""
    a = ctx.analysis
    pronouns = ctx.words["subject_pronouns"]
    for i in range(1, len(a)):
        prep = a.at(i - 1)
        if not a.of(i - 1, "ADP"):
            continue
        if prep in ctx.words["with"] and a.at(i) in ctx.words["prepositional_pronouns"]:
            if _ends(a, i + 1) or _joined_alone(ctx, i):  # «con mí», «con mi y mi madre»
                which = ctx.words["prepositional_pronouns"].index(a.at(i))
                yield Hit(i - 1, i + 1, _capital_as(a, i - 1, ctx.spelled["with_pronouns"][which]))
            continue
        if (
            a.at(i) in ctx.words["object_as_prepositional"]
            and prep in ctx.words["pronoun_prepositions"]
        ):
            if _ends(a, i + 1) or a.at(i + 1) in ctx.words["coordinators"]:  # «de me»: «de mí»
                yield Hit(i - 1, i + 1, _object_fix(ctx, i))
            continue
        if a.at(i) not in pronouns or prep not in ctx.words["pronoun_prepositions"]:
            continue
        which = pronouns.index(a.at(i))
        if which == 1 and prep in ctx.words["address_as"]:
            continue  # «me habla de tú»: addresses me as «tú»
        with_ = prep in ctx.words["with"]
        if which == 0 and a.only(i + 1, "NOUN"):
            plural = any(f.number == "p" for f in a.of(i + 1, "NOUN"))
            mine = ctx.spelled["own_possessives"][2 if plural else 0]
            yield Hit(i - 1, i + 1, f"{a.original(i - 1)} {mine}")
            continue
        tonic = a.at(i) == pronouns[0] or a.accented(i)
        object_next = prep in ctx.words["to"] and a.of(i + 1, "CLITIC") and tonic
        if not (_ends(a, i + 1) or object_next or (tonic and _phrase_ends(ctx, i + 1))):
            continue
        if with_:
            fix = _capital_as(a, i - 1, ctx.spelled["with_pronouns"][which])
        else:
            fix = f"{a.original(i - 1)} {ctx.spelled['prepositional_pronouns'][which]}"
        yield Hit(i - 1, i + 1, fix)


def accented_possessive(ctx: Context):
    """«mí número», «con mí novio», «tú casa»: before a noun the possessive has no accent
    («mí», «tú» are pronouns: «para mí», «tú eres»)."""
    a = ctx.analysis
    own = ctx.words["own_possessives"]
    for i in range(len(a) - 1):
        if a.at(i) not in own[:2] or not a.accented(i) or not a.of(i + 1, "NOUN"):
            continue
        # «tú casas…» (you marry) is a verb after «tú»; «para mí café» is an order for me
        if a.at(i) == own[1] and not a.only(i + 1, "NOUN"):
            continue
        if a.at(i - 1) in ctx.words["for_whom"]:
            continue
        if any(f.number == "p" for f in a.of(i + 1, "NOUN")):
            continue  # «mí padres»: the agreement rules say «mis»
        fix = ctx.spelled["own_possessives"][own.index(a.at(i))]
        yield Hit(i, i + 1, _capital_as(a, i, fix))


def long_possessive_before_noun(ctx: Context):
    """«Mía nombre», «es tuyo hermano»: «mío», «tuyo», «suyo» go after a noun or stand
    alone («un amigo mío», «es mío»); before a noun the short form: «mi», «tu», «su»."""
    a = ctx.analysis
    long, short = ctx.words["long_possessives"], ctx.spelled["short_possessives"]
    for i in range(len(a) - 1):
        if a.at(i) not in long or a.of(i - 1, "DET") or a.of(i - 1, "NOUN"):
            continue  # «el mío», «amigo mío, ven»
        noun = a.of(i + 1, "NOUN") and all(f.pos in ("NOUN", "VERB") for f in a.readings[i + 1])
        if not noun or a.original(i + 1)[:1].isupper():
            continue  # «mía nombre»: a noun that is also a verb form («nombre», «casa»)
        yield Hit(i, i + 1, _capital_as(a, i, short[long.index(a.at(i))]))
