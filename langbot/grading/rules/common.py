"""Small readings the rule families share."""

from functools import lru_cache

from langbot.grading.analysis import Analysis, Features, NounPhrase
from langbot.grading.knowledge import Knowledge, knowledge
from langbot.grading.lexicon import RULES_IGNORE, lexicon
from langbot.grading.near_words import clitic_host
from langbot.grading.rules.base import Context
from langbot.grading.tokens import BOUNDARY
from langbot.text import accented_spellings, fold


@lru_cache(maxsize=4)
def folded_adverbs(kb: Knowledge) -> frozenset[str]:
    """The folded one-word adverbs that may sit between a verb and its complement."""
    return frozenset(fold(w) for w in kb.lists.adverbs_between if " " not in w)


def lost_accent(a: Analysis, i: int, poses: frozenset[str]) -> bool:
    """Token i, written with no accent, may be a word of these parts of speech that has one
    (learners drop accents: «el» may be «él», «esta» «está»)."""
    if not 0 <= i < len(a) or a.accented(i):
        return False
    return any(
        r.upos in poses and r.source not in RULES_IGNORE
        for spelling in accented_spellings(a.at(i))
        for r in lexicon().readings(spelling)
    )


_PRONOUN_OR_VERB = frozenset({"PRON", "VERB", "AUX"})
_SAID = frozenset({"part", "ger", "past", "impf"})


def unaccented_verb_or_pronoun(a: Analysis, i: int, j: int) -> bool:
    """A determiner at i may be a verb or pronoun with its accent dropped («esta» for
    «está», «el» for «él»), and token j may be what such a word goes with: an adjective,
    participle or gerund, a past verb, or a verb of the pronoun's person («tu siembras»:
    tú siembras), not only a noun."""
    said = bool(a.of(j, "ADJ")) or any(f.form in _SAID for f in a.of(j, "VERB"))
    persons = {f.person for f in a.of(i, "PRON") if f.person}  # «tu siembras»: tú siembras
    said = said or any(f.person in persons for f in a.of(j, "VERB"))
    return said and lost_accent(a, i, _PRONOUN_OR_VERB)


def skip_adverbs(a: Analysis, kb: Knowledge, j: int) -> int:
    """The first token from j that is not an adverb that may sit before a complement."""
    between = folded_adverbs(kb)
    while j < len(a) and a.at(j) in between:
        j += 1
    return j


def skip_adverbs_back(a: Analysis, kb: Knowledge, j: int) -> int:
    """The first token back from j that is not an adverb that may sit between a subject and
    its verb («su hija siempre se nació»)."""
    between = folded_adverbs(kb)
    while j > 0 and a.at(j) in between:
        j -= 1
    return j


def opens_clause(ctx: Context, i: int) -> bool:
    """The verb at i opens its clause, past adverbs («ayer llamó», «cuando llegaron»): a
    noun phrase after it may be its subject."""
    a = ctx.analysis
    k = skip_adverbs_back(a, ctx.kb, i - 1)
    while k >= 0 and a.only(k, "ADV"):
        k -= 1
    if k < 0 or a.at(k) == BOUNDARY:
        return True
    return bool(a.of(k, "CONJ")) and not a.of(k, "PRON")  # not «una chica que llama Lucía»


def opens_sentence(a: Analysis, k: int) -> bool:
    """Token k is the sentence's first word: a «y» there opens it («Y el mundo es…») and
    joins no two subjects."""
    return k == 0 or a.original(k - 1) in _SENTENCE_ENDS


_SENTENCE_ENDS = frozenset(".!?;:")


def relative_subject_after(ctx: Context, i: int, number: str | None) -> bool:
    """The verb at i opens a relative clause on a noun («la música que escuchaba mi padre»,
    «la mujer que conoció Diego») in the third person of `number`: a phrase of that number
    after it is its subject, and «que» its object."""
    a = ctx.analysis
    k = skip_adverbs_back(a, ctx.kb, i - 1)
    if a.at(k) not in ctx.words["relative"] or not a.of(k - 1, "NOUN"):
        return False
    return any(f.person == f"3{number}" for f in a.of(i, "VERB"))


def third_subject_before(ctx: Context, i: int) -> bool:
    """«Mi padre se mudo», «Mi hermano se levanto y se ducho»: a third-person subject (a
    noun, a pronoun, a name) may be what a verb at or after token i goes with."""
    a = ctx.analysis
    for k in range(i - 1, -1, -1):
        pronoun = any(f.person and f.person[0] == "3" for f in a.of(k, "PRON"))
        noun = a.of(k, "NOUN") and not a.of(k, "VERB")
        if noun or pronoun or (k > 0 and a.original(k)[:1].isupper() and not a.readings[k]):
            return True
    return False


def past_by_accent(a: Analysis, i: int) -> bool:
    """Token i is written with an accent and read in no present-tense form («gritó», not
    «grito»): the analysis reads a verb's written accent."""
    return 0 <= i < len(a) and a.accented(i) and not any(f.form == "pres" for f in a.of(i, "VERB"))


def other_tense(a: Analysis, kb: Knowledge, i: int) -> bool:
    """Token i carries an accent no present form of its verbs has (gritó, not grito)."""
    if not 0 <= i < len(a) or not a.accented(i):
        return False
    written = a.original(i).lower()
    for f in a.of(i, "VERB"):
        entry = kb.verbs.entries.get(f.lemma)
        if entry and written in entry.present:
            return False
        if not entry and _present_only_verb(written, f.lemma):
            return False
    return True


def _present_only_verb(written: str, lemma: str) -> bool:
    """A verb verbs.yaml lacks: the lexicon spells its present so («confían»), and reads
    the word as nothing but a verb («mío» is also a possessive: no)."""
    readings = lexicon().readings(written)
    if not readings or any(r.upos not in ("VERB", "AUX") for r in readings):
        return False
    return any(r.lemma == lemma and r.tense == "Pres" and r.mood == "Ind" for r in readings)


def only_verb(a: Analysis, i: int) -> tuple[Features, ...]:
    """Token i's verb readings when it can be nothing else."""
    return a.of(i, "VERB") if a.only(i, "VERB") else ()


def only_infinitive(a: Analysis, i: int) -> bool:
    """Token i is an infinitive, and else only the noun it makes («ser», «deber»)."""
    verbs = a.of(i, "VERB")
    if not verbs or any(f.form != "inf" for f in verbs):
        return False
    lemmas = {f.lemma for f in verbs}
    return all(f.pos == "VERB" or (f.pos == "NOUN" and f.lemma in lemmas) for f in a.readings[i])


def chained_infinitive(a: Analysis, k: int) -> bool:
    """Token k is followed by a word that is only an infinitive: a verb chain («poder
    ayudar»), so a noun reading of k («el poder») is not the one meant."""
    verbs = a.of(k + 1, "VERB")
    return bool(verbs) and a.only(k + 1, "VERB") and all(f.form == "inf" for f in verbs)


def read_otherwise(ctx, i: int, verbs) -> bool:
    """The word is also another verb («siento»: sentir), a noun or an adjective the lexicon
    knows («quejas», «mudo»), or a command with its pronoun joined on («sentate»)."""
    lemmas = {f.lemma for f in verbs}  # «levantarse» is «levantar» with its pronoun
    if any(
        f.person and not any(f.lemma.startswith(lemma) for lemma in lemmas)
        for f in ctx.analysis.of(i, "VERB")
    ):
        return True
    # written with its accent («mudó»), the word is not the noun or adjective («mudo»)
    readings = () if ctx.analysis.accented(i) else lexicon().readings_folded(ctx.analysis.at(i))
    if any(r.upos in ("NOUN", "ADJ") and r.source not in RULES_IGNORE for r in readings):
        return True
    return clitic_host(ctx.analysis.at(i)) is not None


def of_both_genders(word: str) -> bool:
    """A noun of common gender only in the lexicon (estudiante), or of both in the vocabulary
    («el/la sartén»): its determiner tells the gender chosen, not one the lexicon lacks."""
    genders = {r.gender for r in lexicon().readings_folded(word) if r.upos == "NOUN"}
    listed = knowledge().vocabulary.nouns.get(word)
    return genders == {"Com"} or bool(genders and listed and listed.gender is None)


def determined(a: Analysis, np: NounPhrase) -> Features:
    """The noun of a noun phrase, with its determiner's gender when the noun is of both
    genders («los cantantes», «la estudiante»)."""
    noun, det = np.noun, np.det
    if noun.gender or det is None or det.pos != "DET" or not of_both_genders(a.at(np.end - 1)):
        return noun
    return noun._replace(gender=det.gender)


def past_alternative(a: Analysis, k: int, person: str) -> str:
    """« (or «trabajó», in the past)» when token k, written with no accent, is also the
    preterite of the person wanted once one vowel takes an accent («Mi madre trabajo»:
    trabaja, or trabajó); else "". Both fixes are named: the accent may be what slipped."""
    if not 0 <= k < len(a) or a.accented(k) or not person.endswith("s"):
        return ""
    lemmas = {f.lemma for f in a.of(k, "VERB")}
    for spelling in accented_spellings(a.at(k)):
        for r in lexicon().readings(spelling):
            if r.upos == "VERB" and r.lemma in lemmas and r.tense == "Past" and r.mood == "Ind":
                if r.person == person[0] and r.number == "Sing":
                    return f" (or «{spelling}», in the past)"
    return ""


def past_told(a: Analysis, i: int) -> bool:
    """Another verb of the sentence than the one at i is only a past («fue», «vimos»)."""
    past = ("past", "impf")
    return any(
        k != i and a.of(k, "VERB") and all(f.form in past for f in a.of(k, "VERB"))
        for k in range(len(a))
    )


def noun_after_article(a: Analysis, i: int) -> bool:
    """Token i is a noun agreeing with an article before it that is no pronoun or verb."""
    det = [f for f in a.of(i - 1, "DET") if not a.of(i - 1, "CLITIC") and f.gender]
    if not det or any(f.person for f in a.of(i - 1, "VERB")):
        return False
    return any((f.gender, f.number) == (det[0].gender, det[0].number) for f in a.of(i, "NOUN"))


def ago(ctx: Context, k: int) -> bool:
    """«hace» at k before a time («hace una hora», «hace más de quince años») says when."""
    a = ctx.analysis
    if a.at(k) not in ctx.words["ago"]:
        return False
    classes = set(ctx.words["time_classes"])
    return any(f.classes & classes for j in range(k + 1, k + 5) for f in a.of(j, "NOUN"))


def possessive_noun_after(ctx: Context, pos: str, lemmas, links, classes: set[str]):
    """Each i where a word of `lemmas` read as `pos` stands before a word of `links`, a
    possessive (the family's `possessives`) and a noun all of whose readings are of
    `classes`: «dolor de su cabeza», «juego a mi perro»."""
    a = ctx.analysis
    for i in range(len(a) - 3):
        if not any(f.lemma in lemmas for f in a.of(i, pos)):
            continue
        if a.at(i + 1) not in links or a.at(i + 2) not in ctx.words["possessives"]:
            continue
        nouns = a.of(i + 3, "NOUN")
        if nouns and all(f.classes & classes for f in nouns):
            yield i


def thinking_verb_at(ctx: Context, i: int) -> bool:
    """Token i is a conjugated thinking or saying verb («creo», «dice»), not a command."""
    thinking = ctx.words["thinking_verbs"]
    return any(
        f.person and f.form != "imp" and f.lemma in thinking for f in ctx.analysis.of(i, "VERB")
    )
