"""A subject pronoun or a verb written without its accent: «El es alto», «tu tienes razón»,
«Mi hermana esta en casa». Learners often leave out the accent that tells «él», «tú» from
the determiners «el», «tu», and «está», «estás» from «esta», «estas». Before a conjugated
verb (past adverbs and the verb's pronouns: «El no se levanta») no determiner can stand, so
the word is the pronoun; before a preposition, an infinitive or a gerund, the verb. The
analysis keeps only that reading."""

_FINITE = "VERB"
_INFINITIVE = "inf"
_PREPOSITION = "ADP"
_FINITE_PARTS = frozenset({_FINITE})
_NOT_FINITE = frozenset({"inf", "ger", "part"})  # «el comer», «el cantar»: a noun's infinitive
_BETWEEN = "CLITIC"  # «El se llama…», «tu me dices…»
_ADVERB = "ADV"  # «El no es…», «tu siempre tienes…»
_SPEAKER = "1s"
_COMMAND = "imp"  # «levanta» is also a command, with no person
_NO_NOUN_STARTS = frozenset({"ADP", "VERB", "ADV"})  # «esta en», «esta cocinando», «esta muy»
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


def _no_noun_follows(readings, i: int) -> bool:
    """The token after i can start no noun phrase: it is only a preposition, a verb that is
    no conjugated one («cocinar», «cocinando»: «esta es» may be «this is»), or an adverb."""
    found = readings[i + 1] if i + 1 < len(readings) else ()
    if not found or not all(f.pos in _NO_NOUN_STARTS for f in found):
        return False
    return all(f.pos != _FINITE or f.form in _NOT_FINITE for f in found)


def _infinitive_at(readings, j: int) -> bool:
    """Token j is only an infinitive."""
    found = readings[j] if j < len(readings) else ()
    return bool(found) and all(f.pos == _FINITE and f.form == _INFINITIVE for f in found)


def _infinitive_follows(readings, i: int) -> bool:
    """A preposition and an infinitive follow token i («se a bailar»): no pronoun of a verb
    stands before a preposition (right before an infinitive it may be the learner's, for a
    conjugated verb: «él se enfadar»)."""
    after = readings[i + 1] if i + 1 < len(readings) else ()
    preposition = bool(after) and all(f.pos == _PREPOSITION for f in after)
    return preposition and _infinitive_at(readings, i + 2)


def pronoun_readings(originals, readings, accented) -> list[tuple]:
    """Each token's readings, less the determiner's of a word written without an accent that
    is also a subject pronoun («el», «tu») before a conjugated verb, or also a conjugated
    verb («esta», «estas») before a preposition, a non-finite verb or an adverb; and less the
    verb's pronoun of one that is also a verb («se», «sé») before «a» and an infinitive."""
    out = list(readings)
    for i, found in enumerate(readings):
        if accented(originals[i]):
            continue
        verbs = [f for f in found if f.pos == _FINITE and f.person]
        if any(f.pos == _BETWEEN for f in found) and verbs and _infinitive_follows(readings, i):
            out[i] = tuple(f for f in found if f.pos != _BETWEEN)
        if not any(f.pos == "DET" for f in found):
            continue
        persons = [f for f in found if f.pos == "PRON" and f.person]
        if (persons and _verb_follows(readings, i)) or (verbs and _no_noun_follows(readings, i)):
            out[i] = tuple(f for f in found if f.pos != "DET")
    return out
