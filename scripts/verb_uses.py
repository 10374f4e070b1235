"""Per verb, for scripts/generate_verb_prepositions.py: whether each use in a UD treebank
has a reflexive pronoun of the verb's own person (role `pronoun`), and the word before its
complements that are nouns of people (`person`), of places (`place`) or names (`name`)."""

from __future__ import annotations

from functools import lru_cache

NONE = "none"
SE = "se"
OWN_PRONOUNS = {"me": "1s", "te": "2s", "nos": "1p", "os": "2p"}  # and «se»: any third person
PEOPLE_CLASSES = frozenset({"family", "person"})
PLACE_CLASSES = frozenset({"place"})
NOUN_DEPS = {"obl", "obl:arg", "obj", "iobj"}


def _person(verb: dict) -> str | None:
    """The verb's person and number (1s, 3p), None when it is not finite."""
    pairs = dict(p.split("=", 1) for p in verb["feats"].split("|") if "=" in p)
    if pairs.get("VerbForm") != "Fin" or "Person" not in pairs:
        return None
    return pairs["Person"] + ("p" if pairs.get("Number") == "Plur" else "s")


def _own_pronoun(verb: dict, children: dict[int, list[dict]]) -> str | None:
    """«se» when the verb has a reflexive pronoun of its own person, none when it has
    none; None for a non-finite verb with «me», «te», «nos» (whose may it be?)."""
    person = _person(verb)
    for c in children[verb["id"]]:
        if c["upos"] != "PRON":
            continue
        if c["form"] == SE and (person is None or person[0] == "3"):
            return SE
        if c["form"] in OWN_PRONOUNS and (person is None or OWN_PRONOUNS[c["form"]] == person):
            return None if person is None else SE
    return NONE


@lru_cache(maxsize=2)
def _nouns_of(classes: frozenset[str]) -> frozenset[str]:
    """The folded noun forms the vocabulary files class so (padre, amigos; playa)."""
    from langbot.grading.knowledge import knowledge  # noqa: PLC0415

    nouns = knowledge().vocabulary.nouns
    return frozenset(form for form, n in nouns.items() if n.classes & classes)


def count_verb(verb: dict, children: dict[int, list[dict]], counts: dict, link) -> None:
    """Add the verb's own-pronoun use, and its complements that are people or names, each
    with `link(word, children)`, the word before it."""
    from langbot.text import fold  # noqa: PLC0415

    lemma = verb["lemma"]
    if not lemma.isalpha() or not lemma.endswith(("ar", "er", "ir", "ír")):
        return
    own = _own_pronoun(verb, children)
    if own is not None:
        counts[lemma]["pronoun"][own] += 1
    for w in children[verb["id"]]:
        base = w["rel"].split(":")[0] if w["rel"] != "obl:arg" else w["rel"]
        if w["id"] < verb["id"] or (w["rel"] not in NOUN_DEPS and base not in NOUN_DEPS):
            continue
        noun = fold(w["form"]) if w["upos"] == "NOUN" else None
        if noun in _nouns_of(PEOPLE_CLASSES):
            counts[lemma]["person"][link(w, children)] += 1
        elif noun in _nouns_of(PLACE_CLASSES):
            counts[lemma]["place"][link(w, children)] += 1
        elif w["upos"] == "PROPN":
            counts[lemma]["name"][link(w, children)] += 1


ADJECTIVE = "+"
"""The mark of an adjective's key in the counts (render writes them under `adjectives:`)."""
CLAUSE_DEPS = {"xcomp", "advcl", "ccomp", "csubj"}


def _adjective_key(word: dict) -> str | None:
    """An adjective's lemma, or a participle's masculine singular (interesadas: interesado),
    marked as an adjective's; None for any other word."""
    if word["upos"] == "ADJ" and word["lemma"].isalpha():
        return ADJECTIVE + word["lemma"]
    if word["upos"] != "VERB" or "VerbForm=Part" not in word["feats"]:
        return None
    form = word["form"]
    for ending, masculine in (("as", "o"), ("os", "o"), ("a", "o")):
        if form.endswith(ending):
            form = form[: -len(ending)] + masculine
            break
    return ADJECTIVE + form if form.isalpha() and form.endswith("o") else None


def count_adjective(head: dict, w: dict, children: dict[int, list[dict]], counts: dict, link):
    """Add a dependent w after an adjective or participle: a noun with its preposition, or
    an infinitive with its link («interesado en la música», «cansado de esperar»)."""
    key = _adjective_key(head)
    if key is None or w["id"] < head["id"]:
        return
    base = w["rel"].split(":")[0]
    if w["upos"] == "VERB" and "VerbForm=Inf" in w["feats"] and base in CLAUSE_DEPS:
        counts[key]["infinitive"][link(w, children, "mark")] += 1
    elif w["upos"] in ("NOUN", "PROPN", "PRON") and base in ("obl", "nmod"):
        counts[key]["noun"][link(w, children, "case")] += 1
