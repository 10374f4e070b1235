"""«Todos días», «todos trabajadores tienen…»: «todos» before a plural noun takes the
article: «todos los días»."""

from langbot.grading.analysis import Features
from langbot.grading.lexicon import ATTESTED, lexicon
from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _opens_clause(ctx: Context, i: int) -> bool:
    """«Todos» at i opens its clause: the sentence starts, a conjunction comes before, or a
    comma that follows no noun («También, todos…», not «Mis amigos, todos mexicanos…»)."""
    a = ctx.analysis
    if i == 0 or a.of(i - 1, "CONJ"):
        return True
    nominal = a.of(i - 2, "NOUN") or a.of(i - 2, "ADJ") or a.of(i - 2, "PRON")
    return a.at(i - 1) == BOUNDARY and not nominal


def _next_verb_plural(ctx: Context, j: int) -> bool:
    """The first verb after j in its clause can only be the third person plural: the noun
    phrase from «todos» is its subject («todos trabajadores en la oficina tienen…»)."""
    a = ctx.analysis
    for k in range(j + 1, len(a)):
        if a.at(k) == BOUNDARY:
            return False
        verbs = a.of(k, "VERB")
        if verbs and a.only(k, "VERB"):
            return all(f.person == "3p" for f in verbs)
    return False


def _subject_noun(ctx: Context, j: int) -> Features | None:
    """The word at j read as a plural noun where the vocabulary has it as an adjective only
    (trabajadores) but the treebanks attest it as a noun, when it is the subject."""
    a = ctx.analysis
    readings = a.readings[j] if j < len(a) else ()
    if not readings or any(f.pos not in ("NOUN", "ADJ") for f in readings):
        return None
    if len({(f.gender, f.number) for f in readings}) != 1 or readings[0].number != "p":
        return None
    written = lexicon().readings(a.original(j).lower())
    if not any(r.upos == "NOUN" and r.source in ATTESTED for r in written):
        return None
    if not _next_verb_plural(ctx, j):
        return None
    return Features("NOUN", readings[0].lemma, readings[0].gender, "p")


def _idiom_after_all(ctx: Context, word: str) -> bool:
    """The word is one of the set phrases after «todos», or one but for the vowel before
    its plural ending («modas» for «modos»): the phrase is meant, no «todas las»."""
    idioms = ctx.words["idioms_after_all"]
    return word in idioms or any(
        len(w) == len(word) > 3 and w[:-2] == word[:-2] and w[-1] == word[-1] for w in idioms
    )


def all_without_article(ctx: Context, the, one_noun):
    """Finder: «todos» before a plural noun with no article; `the` gives a noun's article,
    `one_noun` the noun at a token when it can be nothing else."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if not any(f.lemma in ctx.words["all"] and f.number == "p" for f in a.readings[i]):
            continue
        noun = one_noun(a, i + 1)
        if noun is None and _opens_clause(ctx, i):
            noun = _subject_noun(ctx, i + 1)
        if noun is None or noun.number != "p":
            continue
        if _idiom_after_all(ctx, a.at(i + 1)):
            continue  # «por todas partes», «de todos modos»; «de todas modas»: a slip of it
        if any(f.lemma in ctx.words["copulas"] for f in a.of(i - 1, "VERB")):
            continue  # «somos todas amigas»: we all are
        if noun.gender is None:  # «todos estudiantes»: a noun of both genders takes todos'
            own = {f.gender for f in a.readings[i] if f.lemma in ctx.words["all"]}
            noun = noun._replace(gender=own.pop()) if len(own) == 1 else noun
        article = the(ctx, noun)
        if article:
            whole = ctx.spelled["all_plural"][ctx.words["genders"].index(noun.gender)]
            if a.original(i)[:1].isupper():
                whole = whole.capitalize()
            yield Hit(i, i + 1, f"{whole} {article}")


def all_period_without_article(ctx: Context, the, one_noun):
    """Finder: «trabajo todo día», «toda semana»: «todo» before a period of time in the
    singular is the whole of it and takes the article («todo el día»)."""
    a = ctx.analysis
    periods = ctx.words["whole_periods"]
    for i in range(len(a) - 1):
        if not any(f.lemma in ctx.words["all"] and f.number == "s" for f in a.readings[i]):
            continue
        noun = one_noun(a, i + 1)
        if noun is None or noun.number != "s" or a.at(i + 1) not in periods:
            continue
        article = the(ctx, noun)
        if article:
            yield Hit(i, i + 1, f"{a.original(i)} {article}")
