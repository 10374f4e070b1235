"""Nouns of common gender (el/la pianista, un/una testigo), read from the sources.

Used by scripts/generate_lexicon.py only (generation time). A masculine or feminine noun
form is of common gender (gender Com: no rule calls «la artista» or «el artista» an error)
when:
- determiners of both genders go with it: the DET words whose head it is in the treebanks
  (their Gender annotation) and the determiners before it in the treebanks' and Tatoeba's
  text (scripts/cooccurrence.py), each gender `MIN_EACH` times or more and the rarer one in
  `MIN_SHARE` of them (la policía, el policía; el bebé, la bebé; el joven, la joven: its DET heads only,
  as it is an adjective too), so a slip in the text
  («la problema») or in the annotation makes no noun common;
- it is masculine and names a person who may be a woman: it ends in -ista (el pianista,
  el periodista), or FreeLing's dictionary has it of either gender (C: el testigo, el jefe).
  A feminine one may be a thing and stays feminine (la revista, la parte, la mañana).
The plural or singular of a common-gender form (same lemma) is of common gender too.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from cooccurrence import APOCOPE, STRESSED_A
from lexicon_sources import plural

MIN_EACH, MIN_SHARE = 2, 0.15
# the determiners before a form in the text tell a noun's gender only when the form is
# nothing else (not «el mejor», «la mejor», «no»); the person rule reads open-class forms
TEXT_UPOS, PERSON_UPOS = {"NOUN", "PROPN"}, {"NOUN", "PROPN", "ADJ", "VERB"}
PERSON_ENDING = re.compile(r"istas?$")


def _gender(feats: str) -> str | None:
    pairs = dict(p.split("=", 1) for p in feats.split("|") if "=" in p)
    return pairs.get("Gender")


def _blocks(text: str):
    """The syntactic words (CoNLL-U rows) of each sentence of a text."""
    rows: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        if not line:
            if rows:
                yield rows
            rows = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                rows.append(cols)


def determiner_heads(texts) -> dict[str, Counter]:
    """Noun form (lower case) -> Counter of the genders of the determiners whose head it is;
    a masculine «el», «un» before a form in a- or ha- says nothing (el agua)."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for text in texts:
        for rows in _blocks(text):
            by_id = {cols[0]: cols for cols in rows}
            for cols in rows:
                head, gender = by_id.get(cols[6]), _gender(cols[5])
                if cols[3] != "DET" or cols[7] != "det" or not head or head[3] != "NOUN":
                    continue
                noun, det = head[1].lower(), cols[1].lower()
                if gender == "Masc" and STRESSED_A.match(noun) and APOCOPE.search(det):
                    continue
                if gender in ("Masc", "Fem"):
                    seen[noun][gender] += 1
    return seen


def both_genders(counts: Counter) -> bool:
    """Determiners of both genders, on clear evidence."""
    rarer = min(counts["Masc"], counts["Fem"])
    return rarer >= MIN_EACH and rarer >= MIN_SHARE * (counts["Masc"] + counts["Fem"])


def common_forms(
    table: dict, heads: dict[str, Counter], before: dict[str, Counter], freeling: dict
) -> set[str]:
    """The noun forms of common gender (see the module's docstring), with their other number.
    `before`: form -> Counter of (gender, number, determiner) before it in the text;
    `freeling`: form -> its genders in FreeLing's dictionary."""
    found = set()
    for form, readings in table.items():
        genders = {dict(f).get("gender") for upos, _l, f in readings if upos == "NOUN"}
        if not genders & {"Masc", "Fem"}:
            continue
        upos = {key[0] for key in readings}
        counts = Counter(heads.get(form, {}))
        text = before.get(form, {}) if upos <= TEXT_UPOS else {}
        for (gender, _number, _det), n in text.items():
            counts[gender] += n
        person = (
            genders - {"Com"} == {"Masc"}  # el artista (ud), besides the vocabulary's Com
            and upos <= PERSON_UPOS
            and (PERSON_ENDING.search(form) or "Com" in freeling.get(form, ()))
        )
        if both_genders(counts) or person:
            found.add(form)
    for form in list(found):  # the other number of the same noun: testigo, testigos
        lemmas = {lemma for upos, lemma, _f in table[form] if upos == "NOUN"}
        for other in (plural(form), form[:-1], form[:-2]):
            if other != form and any(
                upos == "NOUN" and lemma in lemmas for upos, lemma, _f in table.get(other, ())
            ):
                found.add(other)
    return found


def make_common(table: dict, forms: set[str]) -> int:
    """Give every masculine or feminine noun reading of those forms the common gender;
    returns how many readings changed."""
    changed = 0
    for form in forms:
        readings = table[form]
        for key in [k for k in readings if k[0] == "NOUN"]:
            upos, lemma, feats = key
            f = dict(feats)
            if f.get("gender") not in ("Masc", "Fem"):
                continue
            source = readings.pop(key)
            new = (upos, lemma, tuple(sorted({**f, "gender": "Com"}.items())))
            readings.setdefault(new, source)
            changed += 1
    return changed
