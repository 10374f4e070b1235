"""The present-tense form of a verb for a person, known or regular (form_for)."""

from functools import lru_cache

from langbot.grading.knowledge import Knowledge
from langbot.grading.lexicon import lexicon
from langbot.grading.verbs import PERSONS

_SOUND_KEPT = (("g", "j"), ("c", "z"), ("gu", "g"))


def form_for(kb: Knowledge, inf: str, person: str) -> str | None:
    """The present-tense form of a known verb for a person; for a verb verbs.yaml lacks, its
    regular form when the lexicon has it as that verb's form for that person."""
    entry = kb.verbs.entries.get(inf)
    if entry:
        if entry.auxiliary and person == PERSONS[2]:
            return entry.auxiliary  # «Mi madre he comido»: «ha», never «hay»
        return entry.present[PERSONS.index(person)]
    model = _regular_models(kb).get(inf[-2:])
    if model is None or len(inf) < 3:
        return None
    stem, ending = inf[:-2], model[PERSONS.index(person)]
    stems = [stem] + [
        stem[:at] + new + stem[at + len(old) :]
        for old, new in _stem_changes(kb)
        if (at := stem.rfind(old)) >= 0
    ]
    stems += [  # «exigir»: «exijo»; the stem's last sound kept before «-o»
        s[: -len(old)] + new for s in stems for old, new in _SOUND_KEPT if s.endswith(old)
    ]
    number = "Sing" if person[1:] == "s" else "Plur"
    for folded in (s + ending for s in stems):
        for form in lexicon().spellings(folded):  # «confía», from «confi» + «a»
            for r in lexicon().readings(form):
                if r.lemma == inf and r.tense == "Pres" and r.mood == "Ind":
                    if r.person == person[0] and r.number == number:
                        return form
    return None


@lru_cache(maxsize=4)
def _stem_changes(kb: Knowledge) -> tuple[tuple[str, str], ...]:
    """The stem vowel changes of the present (o → ue in «poder»: «puede»), read from the
    verbs of verbs.yaml whose él form is the regular one but for one changed vowel; those
    seen in three verbs or more."""
    models, seen = _regular_models(kb), {}
    for inf, entry in kb.verbs.entries.items():
        model, stem = models.get(inf[-2:]), inf[:-2]
        if model is None or not entry.present[2].endswith(model[2]):
            continue
        changed = entry.present[2][: len(entry.present[2]) - len(model[2])]
        start = next(
            (i for i, (x, y) in enumerate(zip(stem, changed, strict=False)) if x != y), None
        )
        if start is None:
            continue
        tail = stem[start + 1 :]
        new = changed[start : len(changed) - len(tail)]
        if changed.endswith(tail) and 1 <= len(new) <= 2:
            seen[(stem[start], new)] = seen.get((stem[start], new), 0) + 1
    return tuple(change for change, n in seen.items() if n >= 3)


@lru_cache(maxsize=4)
def _regular_models(kb: Knowledge) -> dict[str, tuple[str, ...]]:
    """The present endings of each infinitive ending (its last two letters), read from the
    first regular verb of that ending in verbs.yaml."""
    out: dict[str, tuple[str, ...]] = {}
    for inf, entry in kb.verbs.entries.items():
        stem = inf[:-2]
        regular = all(f.startswith(stem) for f in entry.present)
        if not entry.irregular and regular and " " not in inf and inf[-2:] not in out:
            out[inf[-2:]] = tuple(f[len(stem) :] for f in entry.present)
    return out
