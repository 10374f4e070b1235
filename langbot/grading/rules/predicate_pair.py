"""«Sus padres no son brujas»: a noun of a masculine and feminine pair (brujo, bruja;
hermano, hermana) said after ser of people whose sex the subject says takes their gender.
A noun with one gender of its own («Mi madre es un ángel», «Mi padre es una persona»)
has no pair and is right."""

from langbot.grading.inflection import feminine, plural
from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context, Hit, series_index
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.predicate_subjects import copula_subjects
from langbot.grading.ud_features import GENDER_LETTERS
from langbot.text import fold

_GENDERS = {letter: name for name, letter in GENDER_LETTERS.items()}


def _has_noun(word: str, gender: str) -> bool:
    """The lexicon knows `word` as the lemma of a noun of that gender."""
    return any(
        r.upos == "NOUN" and r.gender == _GENDERS[gender] and fold(r.lemma) == word
        for r in lexicon().readings_folded(word)
    )


def pair_of(lemma: str, gender: str) -> str | None:
    """The other noun of a regular masculine and feminine pair (brujo <-> bruja), or None."""
    word = fold(lemma)
    if gender == "m":
        other = feminine(word)
        return fold(other) if other and _has_noun(fold(other), "f") else None
    for other in (word[:-1] + "o", word[:-1]) if word.endswith("a") else ():
        if fold(feminine(other) or "") == word and _has_noun(other, "m"):
            return other
    return None


def _people(ctx: Context, noun, pair: str) -> bool:
    """The pair names people: the noun classed so, or its word also an adjective of the
    masculine's lemma (bruja: brujo); never a pair of a place or thing (caso, casa)."""
    people = set(ctx.words["pair_people_classes"])
    if noun.classes - people:
        return False
    return bool(noun.classes & people) or any(
        r.upos == "ADJ" and fold(r.lemma) in (pair, fold(noun.lemma))
        for r in lexicon().readings_folded(fold(noun.lemma))
    )


def _natural(ctx: Context, subject) -> bool:
    """The subject says a sex: a family noun, one of people with a pair, or a third-person
    pronoun of its own («ella», «él», «ellos»)."""
    noun = subject.noun
    if noun is None:
        said = subject.person and subject.person[0] == "3" and subject.carried_from is None
        return bool(said and subject.gender and subject.sure)
    if not subject.gender or not noun.gender:
        return False
    if noun.classes & set(ctx.words["family_classes"]):
        return True
    people = noun.classes & set(ctx.words["pair_people_classes"])
    return bool(people) and pair_of(noun.lemma, noun.gender) is not None


def predicate_pair(ctx: Context, series):
    """Finder: a noun of a pair, of the other gender than its subject's, after ser."""
    a = ctx.analysis
    for i, subject, linking in copula_subjects(ctx):
        if not linking or not _natural(ctx, subject):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        k = j
        if a.of(j, "DET") and not a.accented(j):
            k = j + 1
            while _one_form(a, k):
                k += 1  # «mi mejor amigo»: an adjective of one form for both genders
        nouns = a.of(k, "NOUN")
        if not nouns or any(f.pos not in ("NOUN", "ADJ", "VERB") for f in a.readings[k]):
            continue
        noun = nouns[0]
        if noun.gender in (None, subject.gender) or not noun.number:
            continue
        if any(f.gender != noun.gender or f.lemma != noun.lemma for f in nouns if f.number):
            continue
        pair = pair_of(noun.lemma, noun.gender)
        if pair is None or not _people(ctx, noun, pair) or a.original(k)[:1].isupper():
            continue
        fix = plural(pair) if noun.number == "p" else pair
        start = k
        if k != j:
            forms = series(ctx, a.at(j))
            slot = series_index(subject.gender, noun.number)
            if not forms:
                continue
            between = a.tokens.original_text(j + 1, k) if k > j + 1 else ""
            fix, start = " ".join(w for w in (forms[slot], between, fix) if w), j
        yield Hit(start, k + 1, fix, {"subject": subject.words, "noun": a.original(k)})


def _one_form(a, k: int) -> bool:
    """Token k is only an adjective (or its adverb) with one form for both genders (mejor,
    mayor), so it may stand between a determiner and the noun whatever their gender."""
    adjectives = a.of(k, "ADJ")
    return bool(adjectives) and all(
        (f.pos == "ADJ" and f.gender is None) or f.pos == "ADV" for f in a.readings[k]
    )
