"""Label a learner sentence's correction with the A1 error kinds its word diff shows.

A heuristic over the folded word diff of (learner, corrected) plus a small lexicon: the
grader's verb table (present tense) and the few closed word classes below. Accent-only
changes do not show: the words are folded first. Generator-time only.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from real_data import fold, words
from wordfreq import zipf_frequency

from langbot.grading.knowledge import knowledge
from langbot.real_eval import PAIR_KINDS

KINDS = PAIR_KINDS  # the pair kinds of langbot.real_eval, in its order
SER = set(
    "ser soy eres es somos sois son fui fuiste fue fuimos fueron era eras eramos eran "
    "sido siendo sea sean seria".split()
)
ESTAR = set(
    "estar estoy estas esta estamos estais estan estuve estuvo estuvimos estuvieron "
    "estaba estabas estabamos estaban estado estando este esten estaria".split()
)
GUSTAR = set(
    "gusta gustan gusto gustaba gustaban encanta encantan encanto encantaba encantaban "
    "interesa interesan".split()
)
ARTICLES = set("el la los las un una unos unas lo".split())
DETERMINERS = ARTICLES | set(
    "este esta estos estas ese esa esos esas mi mis tu tus su sus nuestro nuestra "
    "nuestros nuestras mucho mucha muchos muchas otro otra otros otras todo toda todos "
    "todas alguno alguna algunos algunas ninguno ninguna poco poca pocos pocas".split()
)
PREPOSITIONS = set("a de en con por para sin sobre desde hasta hacia entre al del".split())
REFLEXIVES = set("me te se nos os".split())
SUBJECTS = set("yo tu el ella usted nosotros nosotras ellos ellas ustedes".split())


def _verb_lemmas(word: str) -> set[str]:
    kb = knowledge()
    lemmas = set(kb.persons.get(word, {}))
    if word in SER:
        lemmas.add("ser")
    if word in ESTAR:
        lemmas.add("estar")
    return lemmas


def _is_verb(word: str) -> bool:
    return bool(_verb_lemmas(word)) or word in GUSTAR


def _agreement_pair(x: str, y: str) -> bool:
    """Two forms of one noun, adjective or determiner: gender or number changed."""
    if x in DETERMINERS and y in DETERMINERS:
        return x[:2] == y[:2] or {x, y} <= ARTICLES
    for a, b in ((x, y), (y, x)):
        if b in (a + "s", a + "es") or (a.endswith("z") and b == a[:-1] + "ces"):
            return True
    return (
        len(x) > 2
        and x[:-1] == y[:-1]
        and {x[-1], y[-1]} <= {"o", "a", "e"}
        or (len(x) > 3 and x[:-2] == y[:-2] and {x[-2:], y[-2:]} <= {"os", "as", "es"})
    )


def _near(x: str, y: str) -> bool:
    return min(len(x), len(y)) >= 4 and SequenceMatcher(None, x, y).ratio() >= 0.75


def _replace_one(x: str, y: str, after: str, past: bool) -> str:
    if {x, y} & SER and {x, y} & ESTAR and not ({x, y} <= SER or {x, y} <= ESTAR):
        return "ser_estar"
    if x in GUSTAR and y in GUSTAR or (x in ("mi", "yo") and y == "me" and after in GUSTAR):
        return "gustar"
    if x in GUSTAR or y in GUSTAR:
        return "gustar" if _is_verb(x) or _is_verb(y) else "other"
    if x in ("mi", "yo") and y == "me" or x in REFLEXIVES and y in REFLEXIVES:
        return "reflexive"
    kb = knowledge()
    px, py = kb.persons.get(x, {}), kb.persons.get(y, {})
    if any(px[v] != py[v] for v in set(px) & set(py)) and not past:
        return "verb_person"  # one present-tense verb, another person
    if _verb_lemmas(x) or _verb_lemmas(y):
        return "other"  # another verb, or a tense: not an A1 kind
    if x in PREPOSITIONS and y in PREPOSITIONS:
        return "preposition"
    if _agreement_pair(x, y):
        return "gender_number"
    if _near(x, y) and zipf_frequency(x, "es") < 1.5:
        return "spelling"  # not a Spanish word of its own: a misspelling, not another form
    return "other"


def _one_word(word: str, missing: bool) -> str:
    if word in ARTICLES:
        return "article"
    if word in PREPOSITIONS:
        return "preposition"
    if word in REFLEXIVES:
        return "reflexive"
    if _is_verb(word):
        return "missing_verb" if missing else "extra_verb"
    return "other"  # a subject pronoun dropped, a word added for style...


def classify(learner: str, corrected: str) -> list[str]:
    """The error kinds the correction shows, in KINDS order ("other" for the rest)."""
    a, b = words(learner), words(corrected)
    # a final accented vowel in the correction is a preterite ("tomó"), not a present form
    raw = re.findall(r"\w+", corrected.lower())
    past = {fold(w) for w in raw if w[-1:] in ("ó", "é", "í")}
    found = set()
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        x, y = a[i1:i2], b[j1:j2]
        after = b[j2] if j2 < len(b) else ""
        if tag == "equal":
            continue
        if tag == "replace" and (x, y) in ((["a", "el"], ["al"]), (["de", "el"], ["del"])):
            found.add("contraction")
        elif tag == "replace" and len(x) == len(y):
            pairs = zip(x, y, strict=True)
            found.update(_replace_one(p, q, after, q in past) for p, q in pairs)
        elif tag == "insert" and len(y) == 1:
            found.add(_one_word(y[0], missing=True))
        elif tag == "delete" and len(x) == 1:
            found.add("other" if x[0] in SUBJECTS else _one_word(x[0], missing=False))
        else:
            found.add("other")
    return [k for k in KINDS if k in found]
