"""A subject pronoun written without its accent: «El es alto», «tu tienes razón». Learners
often leave out the accent that tells «él», «tú» from the determiners «el», «tu»; before a
conjugated verb (past adverbs and the verb's pronouns: «El no se levanta») no determiner can
stand, so the word is the pronoun, and the analysis keeps only that reading."""

_FINITE_PARTS = frozenset({"VERB"})
_NOT_FINITE = frozenset({"inf", "ger", "part"})  # «el comer», «el cantar»: a noun's infinitive
_BETWEEN = "CLITIC"  # «El se llama…», «tu me dices…»
_ADVERB = "ADV"  # «El no es…», «tu siempre tienes…»
_SPEAKER = "1s"
_COMMAND = "imp"  # «levanta» is also a command, with no person
_REACH = 3  # how many clitics or adverbs may stand between the pronoun and its verb


def _finite(readings) -> bool:
    """Every reading of the token is a conjugated verb or a command, none said by «yo»
    («es», «tiene», «levanta»; not «comer», nor «trabajo», «divorcio», «saludo»: a «yo»
    form may be a noun the lexicon lacks)."""
    verbs = all(f.pos in _FINITE_PARTS and f.form not in _NOT_FINITE for f in readings)
    persons = {f.person for f in readings if f.form != _COMMAND}
    return (
        bool(readings)
        and verbs
        and bool(persons)
        and None not in persons
        and (_SPEAKER not in persons)
    )


def _verb_follows(readings, i: int) -> bool:
    """A conjugated verb follows token i, past clitics and words that are only adverbs."""
    for j in range(i + 1, min(i + 1 + _REACH, len(readings))):
        found = readings[j]
        if _finite(found):
            return True
        adverb = bool(found) and all(f.pos == _ADVERB for f in found)
        if not adverb and not any(f.pos == _BETWEEN for f in found):
            return False
    return False


def pronoun_readings(originals, readings, accented) -> list[tuple]:
    """Each token's readings, less the determiner's of a word that is also a subject pronoun
    («el», «tu»), written without an accent, before a conjugated verb."""
    out = list(readings)
    for i, found in enumerate(readings):
        persons = [f for f in found if f.pos == "PRON" and f.person]
        dets = [f for f in found if f.pos == "DET"]
        if not persons or not dets or accented(originals[i]):
            continue
        if _verb_follows(readings, i):
            out[i] = tuple(f for f in found if f.pos != "DET")
    return out
