"""What is wrong with a thing said with a verb: «no funciona», «no carga», «no se enciende»
(a machine that fails to do what it is for) describes it as well as «está roto» does."""

from langbot.grading.meaning.sentence import Found, Sentence

_THIRD = frozenset({"3s", "3p"})


def read_failing(s: Sentence) -> Found | None:
    """«mi móvil no funciona», «todavía no carga», «el coche no arranca»: a negation, maybe a
    reflexive pronoun, then a verb of `failing_verbs` in the 3rd person present or past."""
    negation = s.words.folded("negation")
    failing = s.words.folded("failing_verbs")
    for i in range(len(s) - 1):
        if s.w[i] not in negation:
            continue
        k = i + 1 + bool(s.a.of(i + 1, "CLITIC") and not s.verbs(i + 1, failing))
        if s.verbs(k, failing, _THIRD, ("pres", "past", "impf")):
            return Found(s.clause_at[i][0], k + 1, (i, k + 1))
    return _ceased(s, failing) or _faulty(s)


def _faulty(s: Sentence) -> Found | None:
    """«el grifo gotea», «el váter pierde agua», «los frenos fallan»: a noun, then a verb of
    `fault_verbs` in the 3rd person present or past, not negated."""
    faults = s.words.folded("fault_verbs")
    for k in range(1, len(s)):
        if s.a.at(k - 1) in s.words.folded("negation") or not s.a.of(k - 1, "NOUN"):
            continue
        if s.verbs(k, faults, _THIRD, ("pres", "past", "impf")):
            return Found(s.clause_at[k][0], s.clause_end(k), (k, k + 1))
    return None


def _ceased(s: Sentence, failing: frozenset[str]) -> Found | None:
    """«dejó de funcionar», «ha dejado de cargar»: a verb of `ceasing_verbs` in the 3rd
    person (or its participle), a preposition, and a failing verb's infinitive."""
    ceasing = s.words.folded("ceasing_verbs")
    for k in range(len(s) - 2):
        stopped = s.verbs(k, ceasing, _THIRD, ("pres", "past", "impf", "part"))
        stopped = stopped or s.verbs(k, ceasing, None, ("part",))
        if stopped and s.a.of(k + 1, "ADP") and s.verbs(k + 2, failing, None, ("inf",)):
            return Found(s.clause_at[k][0], k + 3, (k, k + 3))
    return None
