"""Ghost verb readings: a form read as a verb nobody uses, which is another word's form.

Used by scripts/generate_lexicon.py only (generation time). FreeLing's dictionary and
verbecc know verbs no text uses, whose forms are spelt like a common word's («eran» is
«ser», not «erar»; «amigo» is no form of «amigar»), and a treebank's lemma is now and then
a slip («estuve» as «estener»'s, «hará» as «har»'s). Such a reading makes a sentence
ambiguous for the rules (a verb where there is none) and hides nothing a learner writes.

A verb's use is read from wordfreq: the Zipf frequency of its commonest form of its own (a
form no other word has, nor folds as another's: «ero», «eren» for «erar»). A verb reading
of a form another word (of a source the rules read) has too is a ghost when the form is
`GAP` or more Zipf commoner than the verb's use (a hundred times as frequent): the form's
frequency is the other word's; such a verb is a ghost on every form it shares with a verb
`GAP` commoner too («eras» is «ser», as «eran» is). The verbs of the lessons (verbs.yaml)
are kept.

A treebank's tense or person is a slip too where verbecc conjugates the same verb on that
form in others only («tengan» as an imperfect indicative): `drop_slips`.
"""

from __future__ import annotations

from collections import defaultdict

from langbot.grading.lexicon import RULES_IGNORE
from langbot.text import fold

GAP = 2.0
VERBS = ("VERB", "AUX")


def _lemmas_by_spelling(table: dict) -> dict[str, set[str]]:
    by_fold: dict[str, set[str]] = defaultdict(set)
    for form, readings in table.items():
        for _upos, lemma, _feats in readings:
            by_fold[fold(form)].add(lemma)
    return by_fold


def verb_use(table: dict, zipf) -> dict[str, float]:
    """Each verb lemma's use: the Zipf frequency of its commonest form of its own."""
    by_fold = _lemmas_by_spelling(table)
    use: dict[str, float] = defaultdict(float)
    for form, readings in table.items():
        for upos, lemma, _feats in readings:
            if upos in VERBS:
                use[lemma] = max(use[lemma], 0.0)
                if by_fold[fold(form)] == {lemma}:
                    use[lemma] = max(use[lemma], zipf(form))
    return use


def drop_ghosts(table: dict, zipf, kept: set[str]) -> dict[str, list[str]]:
    """Drop the ghost verb readings (see the module's docstring); returns lemma -> forms.
    A form whose verbs are all ghosts and that has no other reading keeps them («cierne»)."""
    use = verb_use(table, zipf)
    dropped: dict[str, list[str]] = defaultdict(list)

    def drop(form: str, readings: dict, ghosts: set[str]) -> None:
        others = [k for k, s in readings.items() if k[1] not in ghosts and s not in RULES_IGNORE]
        if ghosts and others:
            for key in [k for k in readings if k[0] in VERBS and k[1] in ghosts]:
                del readings[key]
            for lemma in ghosts:
                dropped[lemma].append(form)

    for form, readings in table.items():
        verbs = {lemma for upos, lemma, _f in readings if upos in VERBS} - kept
        drop(form, readings, {lemma for lemma in verbs if zipf(form) - use[lemma] >= GAP})
    # a ghost is one on every form it shares with a verb far more used («eras»: ser's)
    for form, readings in table.items():
        verbs = {lemma for upos, lemma, _f in readings if upos in VERBS}
        ghosts = {v for v in verbs & set(dropped) if any(use[w] - use[v] >= GAP for w in verbs)}
        drop(form, readings, ghosts)
    return dropped


def shape(feats) -> tuple:
    """A finite verb reading's mood, tense, person and number."""
    f = dict(feats)
    return tuple(f.get(k) for k in ("mood", "tense", "person", "number"))


def drop_slips(table: dict, conjugated: dict[tuple[str, str], set[tuple]]) -> list[str]:
    """Drop a treebank's finite verb reading of a form verbecc conjugates for the same verb
    in other tenses, moods or persons only (`conjugated`: (form, verb) -> shapes): an
    annotation slip («tengan» as an imperfect indicative). Returns the forms."""
    dropped = []
    for form, readings in table.items():
        slips = [
            (upos, lemma, feats)
            for (upos, lemma, feats), source in readings.items()
            if upos in VERBS
            and source == "ud"
            and dict(feats).get("verbform") == "Fin"
            and (form, lemma) in conjugated
            and shape(feats) not in conjugated[(form, lemma)]
        ]
        for key in slips:
            del readings[key]
        if slips:
            dropped.append(form)
    return dropped
