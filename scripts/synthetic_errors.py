"""Learner-style A1 errors injected into a native sentence, read from the grader's analysis.

Each injector reads one sentence's analysis (the rules' lexicon) and the generated lexicon's
raw readings (genders kept, «Com» included) and proposes edits that leave the sentence
certainly wrong: a determiner or adjective of the other gender or number than its noun, a
verb of another person than its pronoun or noun subject, ser for estar before a gerund,
estar for ser before a noun, gusta/gustan against what is liked, a finite verb replaced by its
infinitive, the article dropped before a subject or after gustar (or added before «otro»),
the preposition a verb takes swapped before an infinitive or a name, a contraction undone.
Where a word has readings that would make the edit right (a noun of both genders, a form
shared by two persons), no edit is proposed. Generator-time only: the app never imports this.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache

from langbot.grading.analysis import Analysis
from langbot.grading.knowledge import knowledge
from langbot.grading.lexicon import CODES, LEXICON, RULES_IGNORE, lexicon
from langbot.grading.rules.registry import engine
from langbot.grading.tokens import BOUNDARY, tokenize

KINDS = (
    "gender_number", "verb_person", "ser_estar", "gustar", "infinitive", "article",
    "contraction", "preposition",
)  # fmt: skip
# the preposition a learner puts for the one the verb takes (before an infinitive or a name)
PREPOSITION_SWAPS = {"a": "en", "de": "en", "en": "a"}
# a subject of each person gets a verb of this person instead
OTHER_PERSON = {"1s": "3s", "2s": "3s", "3s": "3p", "1p": "3p", "2p": "3p", "3p": "3s"}
_VERB = ("VERB", "AUX")
_KEEP = frozenset({"ud", "verbecc", "vocabulary", "freeling"})


@dataclass(frozen=True)
class Edit:
    """Tokens [start, end) of the sentence replaced by `words` ("" drops them)."""

    kind: str
    start: int
    end: int
    words: str
    variant: str = ""
    """Which shape of the kind (a determiner or an adjective, a pronoun or a name subject…):
    the generator spreads each kind's pairs over its shapes."""


@lru_cache(maxsize=1)
def _forms() -> dict[tuple, str]:
    """(part of speech, lemma, gender, number, person, tense, mood, verb form) -> the most
    frequent form of the generated lexicon with those features."""
    text = gzip.decompress(LEXICON.read_bytes()).decode("utf-8")
    best: dict[tuple, tuple[int, str]] = {}
    fields = list(CODES)
    for line in text.split("\n"):
        if not line or line.startswith("#") or "\t@" in line:
            continue
        form, rank, raw = line.split("\t")
        order = int(rank) or 10**9
        for reading in raw.split(";"):
            upos, lemma, code = reading.split(",")
            values = dict(
                zip(fields, (CODES[n][c] for n, c in zip(fields, code, strict=True)), strict=True)
            )
            if values["source"] not in _KEEP:
                continue
            pos = "V" if upos in _VERB else upos
            key = (pos, form if lemma == "=" else lemma, *(values[n] for n in fields[:-1]))
            if key not in best or order < best[key][0]:
                best[key] = (order, form)
    return {k: v[1] for k, v in best.items()}


def raw(word: str) -> tuple:
    """The generated lexicon's readings of a word as written, guesses and names left out."""
    return tuple(r for r in lexicon().readings(word) if r.source not in RULES_IGNORE)


def form(pos: str, lemma: str, **features) -> str | None:
    """The most frequent form of a lemma with these features (the rest unmarked)."""
    keys = ("gender", "number", "person", "tense", "mood", "verbform")
    return _forms().get((pos, lemma, *(features.get(k) for k in keys)))


@lru_cache(maxsize=1)
def rule_words() -> dict[str, tuple[str, ...]]:
    """The words the agreement and articles rules read (their own and the shared ones), by
    family and name, as the rule files spell them."""
    out: dict[str, tuple[str, ...]] = {}
    for rule in engine()[1]:
        if rule.family in ("agreement", "articles"):
            out.update((f"{rule.family}.{name}", values) for name, values in rule.spelled.items())
    return out


class Sentence:
    """One native sentence: its tokens, the rules' analysis and each word's raw readings."""

    def __init__(self, text: str):
        self.text = text
        self.tokens = tokenize(text)
        self.analysis = Analysis(self.tokens, engine()[0])
        self.words = self.tokens.words
        self.lower = [self.analysis.original(i).lower() for i in range(len(self.words))]
        self.raw = [raw(w) if w != BOUNDARY else () for w in self.lower]

    def at(self, i: int) -> str:
        """The folded word at i, or the boundary outside the sentence."""
        return self.analysis.at(i)

    def all_pos(self, i: int, *pos: str) -> bool:
        """Token i has raw readings and every one has one of these parts of speech."""
        return (
            0 <= i < len(self.words)
            and bool(self.raw[i])
            and all(r.upos in pos for r in self.raw[i])
        )

    def noun(self, i: int):
        """Token i's one gender and number when it is only a noun, of a gender and number
        no other reading contradicts (not «estudiante», «lunes»); else None."""
        if not self.all_pos(i, "NOUN") or self.words[i] in knowledge().stressed_a:
            return None
        genders = {r.gender for r in self.raw[i]}
        numbers = {r.number for r in self.raw[i]}
        if len(genders) != 1 or len(numbers) != 1 or None in genders | numbers:
            return None
        gender, number = genders.pop(), numbers.pop()
        return (gender, number, self.raw[i][0].lemma) if gender != "Com" else None

    def finite(self, i: int):
        """Token i's one lemma, person, number, tense and mood when it is only a finite verb
        of one reading in the indicative (imperatives aside); else None."""
        if not self.all_pos(i, *_VERB):
            return None
        found = {
            (r.lemma, r.person, r.number, r.tense, r.mood)
            for r in self.raw[i]
            if r.mood != "Imp" and r.verbform == "Fin" and r.person
        }
        if len(found) != 1 or any(r.verbform != "Fin" for r in self.raw[i]):
            return None
        lemma, person, number, tense, mood = found.pop()
        return (lemma, person, number, tense, mood) if mood == "Ind" else None

    def infinitive(self, i: int) -> bool:
        """Token i is only an infinitive."""
        return self.all_pos(i, *_VERB) and all(r.verbform == "Inf" for r in self.raw[i])

    def subject(self, i: int) -> tuple[int, str] | None:
        """A subject ending right before token i, with only «no» and object pronouns between:
        (its first token, its person); a pronoun, a name or a determiner and noun that open
        the sentence or a clause."""
        j = i - 1
        while j >= 0 and (
            self.analysis.of(j, "CLITIC") or self.words[j] in rule_words()["agreement.negation"]
        ):
            j -= 1
        if j < 0:
            return None
        opens = j == 0 or self.words[j - 1] == BOUNDARY
        if opens and self.all_pos(j, "PRON") and self.words[j] in knowledge().subjects:
            return j, knowledge().subjects[self.words[j]]
        if opens and self.all_pos(j, "PROPN") and self.analysis.original(j)[:1].isupper():
            return j, "3s"
        start = j - 1
        noun = self.noun(j)
        if noun and start >= 0 and self.all_pos(start, "DET"):
            if start == 0 or self.words[start - 1] == BOUNDARY:
                return start, "3" + ("s" if noun[1] == "Sing" else "p")
        return None


def _person(person: str, number: str) -> str:
    return person + ("s" if number == "Sing" else "p")


def _verb_as(lemma: str, person: str, tense, mood) -> str | None:
    number = "Sing" if person.endswith("s") else "Plur"
    return form("V", lemma, person=person[0], number=number, tense=tense, mood=mood,
                verbform="Fin")  # fmt: skip


def _determiner_sets() -> list[tuple[str, ...]]:
    return [tuple(s.split()) for s in rule_words()["agreement.determiner_sets"]]


def gender_number(s: Sentence, pick: int) -> list[Edit]:
    """A determiner, or an adjective after its noun, of the other gender or number."""
    out = []
    for i in range(len(s.words) - 1):
        noun = s.noun(i + 1)
        series = next((d for d in _determiner_sets() if s.lower[i] in d), None)
        if not noun or not series or not s.all_pos(i, "DET"):
            continue
        gender, number, _ = noun
        at = ("Masc", "Fem").index(gender) + 2 * ("Sing", "Plur").index(number)
        if series[at] != s.lower[i]:
            continue
        swaps = [series[at ^ 1], series[at ^ 2]] if pick % 2 else [series[at ^ 2], series[at ^ 1]]
        if s.words[i + 1].endswith(rule_words()["agreement.plural_as_singular_endings"]):
            swaps = [series[at ^ 1]]  # «los pódcast»: a noun that may not change in the plural
        new = next((w for w in swaps if w != s.lower[i]), None)
        if new:
            out.append(Edit("gender_number", i, i + 1, new, "determiner"))
        adj = _adjective(s, i + 2, gender, number, pick)
        before = {r.lemma for r in s.raw[i - 1]} if i else set()
        attributive = not before & set(rule_words()["agreement.not_attributive"])
        if adj and attributive and (i == 0 or not s.all_pos(i - 1, "ADP")):
            out.append(Edit("gender_number", i + 2, i + 3, adj, "adjective"))
    return out


def _adjective(s: Sentence, i: int, gender: str, number: str, pick: int) -> str | None:
    if not s.all_pos(i, "ADJ", "NOUN", *_VERB) or not any(r.upos == "ADJ" for r in s.raw[i]):
        return None
    if any(r.upos in _VERB and r.verbform != "Part" for r in s.raw[i]):
        return None
    adjs = [r for r in s.raw[i] if r.upos == "ADJ" and r.gender]
    if not adjs or any((r.gender, r.number) != (gender, number) for r in adjs):
        return None
    other_g = "Fem" if gender == "Masc" else "Masc"
    other_n = "Plur" if number == "Sing" else "Sing"
    tries = [(other_g, number), (gender, other_n)]
    for g, n in tries if pick % 2 else tries[::-1]:
        new = form("ADJ", adjs[0].lemma, gender=g, number=n)
        if new and not any(
            r.upos == "ADJ" and r.gender in (gender, "Com") and r.number == number for r in raw(new)
        ):
            return new
    return None


def verb_person(s: Sentence, pick: int) -> list[Edit]:
    """A verb of another person than its pronoun, name or noun subject; or its infinitive."""
    out = []
    for i in range(1, len(s.words)):
        verb, subject = s.finite(i), s.subject(i)
        if not verb or not subject:
            continue
        lemma, person, number, tense, mood = verb
        if _person(person, number) != subject[1]:
            continue
        shape = next(
            (
                v
                for v, pos in (("pronoun", "PRON"), ("name", "PROPN"))
                if s.all_pos(subject[0], pos)
            ),
            "noun",
        )
        other = OTHER_PERSON[subject[1]]
        new = _verb_as(lemma, other, tense, mood)
        own = subject[1]
        if new and not any(
            r.person and _person(r.person, r.number or "Sing") == own for r in raw(new)
        ):
            out.append(Edit("verb_person", i, i + 1, new, shape))
        if form("V", lemma, verbform="Inf") == lemma:
            out.append(Edit("infinitive", i, i + 1, lemma, shape))
    return out


def ser_estar(s: Sentence, pick: int) -> list[Edit]:
    """Ser for estar before a gerund or (first and second persons) before «en»; estar for ser
    before a noun, after its subject."""
    out = []
    knowing = "?" not in s.text
    for i in range(len(s.words) - 1):
        verb = s.finite(i)
        if not verb:
            continue
        lemma, person, number, tense, mood = verb
        swap = {"estar": "ser", "ser": "estar"}.get(lemma)
        if not swap:
            continue
        new = _verb_as(swap, _person(person, number), tense, mood)
        if not new:
            continue
        if lemma == "estar":
            gerund = s.all_pos(i + 1, *_VERB) and all(r.verbform == "Ger" for r in s.raw[i + 1])
            place = person in "12" and s.words[i + 1] in rule_words()["articles.places_after"][:1]
            if gerund or place:
                out.append(Edit("ser_estar", i, i + 1, new, "gerund" if gerund else "place"))
            continue
        # a definite noun phrase after a sentence-opening estar may be its subject («Está tu
        # dinero»): there only a bare noun or an indefinite one
        bare = s.noun(i + 1) and not s.all_pos(i + 1, "DET")
        indefinite = s.lower[i + 1] in rule_words()["articles.indefinite_singular"] and s.noun(
            i + 2
        )
        phrase = s.all_pos(i + 1, "DET") and s.noun(i + 2)
        if knowing and (s.subject(i) and (bare or phrase) or i == 0 and (bare or indefinite)):
            out.append(Edit("ser_estar", i, i + 1, new, "noun"))
    return out


def gustar(s: Sentence, pick: int) -> list[Edit]:
    """A gustar-like verb of the other number than what is liked; or the article dropped after it."""
    out = []
    if any(s.analysis.of(i, "CONJ") for i in range(len(s.words))):
        return out
    for i in range(1, len(s.words) - 1):
        verb = s.finite(i)
        if not verb or not knowledge().verbs.is_like_gustar(verb[0]) or verb[1] != "3":
            continue
        if not s.analysis.of(i - 1, "CLITIC"):
            continue
        lemma, _, number, tense, mood = verb
        liked = s.noun(i + 2) if s.all_pos(i + 1, "DET") else None
        if liked and liked[1] == number:
            other = "3p" if number == "Sing" else "3s"
            new = _verb_as(lemma, other, tense, mood)
            if new:
                out.append(Edit("gustar", i, i + 1, new, "noun"))
            if s.lower[i + 1] in rule_words()["articles.definite"]:
                out.append(Edit("article", i + 1, i + 2, "", "after gustar"))
        elif s.infinitive(i + 1) and number == "Sing":
            new = _verb_as(lemma, "3p", tense, mood)
            if new:
                out.append(Edit("gustar", i, i + 1, new, "infinitive"))
    return out


def article(s: Sentence, pick: int) -> list[Edit]:
    """The article dropped before a subject noun that opens the sentence, or «un» added
    before «otro»."""
    out = []
    definite = rule_words()["articles.definite"]
    if len(s.words) > 2 and s.lower[0] in definite and s.noun(1) and s.finite(2):
        out.append(Edit("article", 0, 1, "", "subject"))
    others = rule_words()["articles.other"]
    indefinite = rule_words()["articles.indefinite_singular"]
    for i in range(len(s.words)):
        readings = [r for r in s.raw[i] if r.lemma in others]
        if readings and s.all_pos(i, "DET", "ADJ", "PRON") and s.noun(i + 1):
            gender = s.noun(i + 1)[0]
            if s.noun(i + 1)[1] == "Sing" and not s.all_pos(i - 1, "DET"):
                out.append(Edit("article", i, i, indefinite[gender == "Fem"], "otro"))
    return out


def contraction(s: Sentence, pick: int) -> list[Edit]:
    """«al», «del» written as the preposition and the article."""
    words = rule_words()
    joined = dict(
        zip(words["agreement.contracted"], words["agreement.contracted_from"], strict=True)
    )
    article_m = words["articles.definite"][0]
    return [
        Edit("contraction", i, i + 1, f"{joined[w]} {article_m}", w)
        for i, w in enumerate(s.lower)
        if w in joined
    ]


def preposition(s: Sentence, pick: int) -> list[Edit]:
    """The preposition a verb takes swapped for one it does not take, before an infinitive
    (or, for «en», before a name)."""
    out = []
    verbs = knowledge().verbs
    for i in range(len(s.words) - 2):
        lemmas = {r.lemma for r in s.raw[i] if r.upos in _VERB}
        p = s.lower[i + 1]
        if len(lemmas) != 1 or p not in PREPOSITION_SWAPS or not s.all_pos(i, *_VERB):
            continue
        takes = verbs.prepositions(next(iter(lemmas)))
        new = PREPOSITION_SWAPS[p]
        if p not in takes or new in takes:
            continue
        name = p == "en" and s.all_pos(i + 2, "PROPN") and s.analysis.original(i + 2)[:1].isupper()
        if s.infinitive(i + 2) or name:
            out.append(Edit("preposition", i + 1, i + 2, new, f"{p} {new}"))
    return out


INJECTORS = (gender_number, verb_person, ser_estar, gustar, article, contraction, preposition)


def candidates(text: str, pick: int) -> list[Edit]:
    """Every edit the injectors propose for one sentence."""
    s = Sentence(text)
    return [e for injector in INJECTORS for e in injector(s, pick)]


def apply(text: str, edit: Edit) -> str:
    """The sentence with the edit made on its own characters (a capital kept at the start)."""
    spans = tokenize(text).spans
    if edit.start == edit.end:  # an insertion before a token
        at = spans[edit.start][0]
        new = edit.words + " "
        if at == 0:
            new = new[:1].upper() + new[1:]
            rest = text[at:]
            return new + rest[:1].lower() + rest[1:]
        return text[:at] + new + text[at:]
    begin, end = spans[edit.start][0], spans[edit.end - 1][1]
    new = edit.words
    if not new:
        while end < len(text) and text[end] == " ":
            end += 1
        rest = text[end:]
        if begin == 0:
            rest = rest[:1].upper() + rest[1:]
        return text[:begin] + rest
    if text[begin:end][:1].isupper():
        new = new[:1].upper() + new[1:]
    return text[:begin] + new + text[end:]
