"""A question the learner asks: it asks what the step's model answer asks. Its keys are read
from the model answer: the things it names (nouns, «la estación»), and its place words. A
place word the bot has just said is echoed as said («¿todo recto y a la derecha?» repeats
its directions); one the bot has not said may be any of its group («¿está cerca?» asks what
«¿está lejos?» asks)."""

from dataclasses import dataclass, replace

from langbot.grading.meaning.numbers import determiner
from langbot.grading.meaning.places import places
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.when_asked import asked_too
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

_ANY_WAY = ""  # the group of a direction phrase the bot has not said: any direction phrase


@dataclass(frozen=True)
class Key:
    """One thing the answer must name: a word the bot said, a place of a group, or a noun
    (or, in a model answer with neither, a verb) of one of some lemmas."""

    word: str | None = None
    group: str | None = None
    lemmas: frozenset[str] = frozenset()
    pos: str = "NOUN"
    classes: frozenset[str] = frozenset()  # any noun of these classes names it too
    given: bool = False  # a noun the bot's line names: the question may leave it out
    also: frozenset[str] = frozenset()  # words that ask it too («cuándo» for «cuánto tiempo»)
    subject_of: frozenset[str] = frozenset()  # the verb it is the subject of: may be left out
    headed: bool = False  # it completes a noun before it: a question may name that alone


def _ways(s: Sentence) -> list[tuple[int, int]]:
    """Direction phrases («todo recto») outside the place expressions."""
    taken = [(p.start, p.end) for p in places(s)]
    out = []
    for i, j in s.phrases("direction_phrases"):
        if not any(a <= i < b for a, b in taken):
            out.append((i, j))
    return out


def _keys(model: Sentence, bot: Sentence, setting: frozenset[str]) -> tuple[Key, ...]:
    """What a question must name to ask what the model answer asks; a noun the bot's line
    or the lesson's setting names may be left out."""
    keys, spans = [], []
    said = set(bot.w)
    for place in places(model):
        spans.append((place.start, place.end))
        echoed = place.head in said or place.group is None
        set_here = place.head in setting  # «¿hay una cafetería en el museo?» at the museum
        keys.append(
            Key(word=place.head, given=set_here)
            if echoed
            else Key(group=place.group, also=_how_long(model, place), given=set_here)
        )
    for i, j in _ways(model):
        spans.append((i, j))
        keys.append(Key(word=model.w[j - 1]) if model.w[j - 1] in said else Key(group=_ANY_WAY))
    courtesy = model.words.folded("courtesy_words")
    open_classes = model.words.folded("asked_any_of")
    for k in range(len(model)):
        nouns = model.a.of(k, "NOUN")
        if not nouns or model.w[k] in courtesy or any(a <= k < b for a, b in spans):
            continue
        if determiner(model, k):
            continue  # «una cafetería»: «una» is no noun (la una) before one
        if model.a.of(k, "ADJ") and model.a.of(k - 1, "NOUN") and not model.a.of(k - 1, "ADJ"):
            continue  # «el examen teórico»: what the noun before it is like, no key of its own
        if model.a.original(k)[:1].isupper() and k and model.w[k - 1] != BOUNDARY:
            continue  # a name («Marta») is who is asked, not what
        lemmas = frozenset({model.w[k], *(fold(f.lemma) for f in nouns)})
        classes = frozenset(c for f in nouns for c in f.classes) & open_classes
        given = bool(lemmas & said) or model.w[k] in setting
        also = asked_too(model, k)  # «¿cuándo abren…?» for «¿a qué hora abren…?»
        keys.append(
            Key(
                lemmas=lemmas,
                classes=classes,
                given=given,
                also=also,
                headed=_complement(model, k),
                subject_of=_verb_before(model, k),
            )
        )
    if not keys:
        keys = _verb_keys(model)
    return tuple(keys)


def _complement(model: Sentence, k: int) -> bool:
    """The noun at k completes the noun before it through a `head_links` word («la
    entrada al patio», «el billete de tren»): a question naming the head alone asks it."""
    links = model.words.folded("head_links")
    j = k - 1 - bool(model.a.of(k - 1, "DET") and model.w[k - 1] not in links)
    return j > 0 and model.w[j] in links and bool(model.a.of(j - 1, "NOUN"))


def _verb_before(model: Sentence, k: int) -> frozenset[str]:
    """The lemmas of the verb a noun at k follows as its subject («¿a qué hora cierra el
    museo?»): a question with that verb may leave it out, as Spanish does («¿a qué hora
    cierra?»); not after a copula, which says nothing without it («¿dónde está?»)."""
    v = k - 1 - bool(model.a.of(k - 1, "DET"))
    verbs = [f for f in model.a.of(v, "VERB") if f.person in ("3s", "3p")]
    lemmas = frozenset(fold(f.lemma) for f in verbs)
    return frozenset() if lemmas & model.words.folded("subjectless_not") else lemmas


def _how_long(model: Sentence, place) -> frozenset[str]:
    """For a place that asks how long («¿cuánto tiempo…?»), the words that ask it too:
    «¿hasta cuándo…?», «¿cuándo…?»; a noun of time after «cuánto» asks it as well (_find)."""
    span = range(place.start, place.end)
    if any(model.w[k] in model.words.folded("duration_nouns") for k in span):
        return model.words.folded("when_words")
    return frozenset()


def _duration_at(s: Sentence, k: int) -> bool:
    """«cuántas semanas», «cuántos días»: a word of «cuánto» and a noun of time."""
    return s.a.at(k) in s.words.folded("how_many_words") and bool(
        s.noun_of(k + 1, s.words.folded("duration_classes"))
    )


def _verb_keys(model: Sentence) -> list[Key]:
    """In a model answer naming nothing («¿cómo te llamas?»), its verbs."""
    keys = []
    living = model.words.folded("residence_verbs")
    homes = model.words.folded("home_nouns") | model.words.folded("address_nouns")
    for k in range(len(model)):
        verbs = [f for f in model.a.of(k, "VERB") if f.person]
        if verbs and not model.a.of(k - 1, "DET"):
            lemmas = frozenset(fold(f.lemma) for f in verbs)
            # «¿dónde vives?» is asked as «¿dónde está tu casa?», «¿cuál es tu dirección?»
            keys.append(
                Key(lemmas=lemmas, pos="VERB", also=homes if lemmas & living else frozenset())
            )
    return keys


def _find(s: Sentence, key: Key, found_places, ways) -> int | None:
    """Where the answer names the key, or None."""
    if key.word is not None:
        return next((k for k, w in enumerate(s.w) if w == key.word), None)
    if key.group == _ANY_WAY:
        return ways[0][0] if ways else None
    if key.group is not None:
        at = next((p.start for p in found_places if p.group == key.group), None)
        if (
            at is None and key.also
        ):  # «¿hasta cuándo…?», «¿cuántas semanas…?» for «¿cuánto tiempo…?»
            at = next((k for k in range(len(s)) if s.w[k] in key.also or _duration_at(s, k)), None)
        return at
    for k in range(len(s)):
        if s.w[k] in key.lemmas or any(fold(f.lemma) in key.lemmas for f in s.a.of(k, key.pos)):
            return k
    if key.classes:  # «¿dónde está el aeropuerto?» asks the way as «… la estación?» does
        return next((k for k in range(len(s)) if s.noun_of(k, key.classes)), None)
    return next((k for k in range(len(s)) if s.w[k] in key.also), None)


def _lemmas(s: Sentence, person: str | None = None) -> frozenset[str]:
    """The lemmas of the finite verbs of a sentence (in one person, when given)."""
    return frozenset(
        fold(f.lemma)
        for k in range(len(s))
        for f in s.a.of(k, "VERB")
        if f.person and (person is None or f.person == person)
    )


def asks_the_bot(s: Sentence, model: Sentence, bot: Sentence) -> bool:
    """The answer puts a verb of the model answer or of the bot's line in the «tú» form
    where the model answer has none: it asks about the bot («¿estás lejos?» for «¿está
    lejos?», «¿sigues recto?» for «¿sigo recto?»), not what the step asks."""
    you = "2s"
    if _lemmas(model, you):
        return False
    verbs = _lemmas(model) | _lemmas(bot)
    for k in range(len(s)):
        if s.a.of(k, "DET") and s.a.of(k + 1, "NOUN"):
            continue  # «estas» before a noun is a determiner
        if any(f.person == you and fold(f.lemma) in verbs for f in s.a.of(k, "VERB")):
            return True
    return False


def asks_of_oneself(s: Sentence, model: Sentence) -> bool:
    """The answer puts a verb the model answer asks of someone else («¿dónde vives?»,
    «¿a qué hora empieza la fiesta?») in the «yo» form only: «¿dónde vivo?», «¿a qué hora
    empiezo la fiesta?» ask something else."""
    me = "1s"
    asked = _lemmas(model) - _lemmas(model, me)
    return bool(asked & _lemmas(s, me) - (_lemmas(s) - _lemmas(s, me)))


def is_question(s: Sentence) -> bool:
    """The answer is marked as a question: a question mark, or a question word first."""
    text = s.a.tokens.original
    first = next((w for w in s.w if w != BOUNDARY), "")
    return "?" in text or "¿" in text or first in s.kb.words.question_starts


def _named_what_is_asked(s: Sentence, model: Sentence, keys, at) -> bool:
    """The model answer asks for a noun after a question word («¿de qué andén sale el
    tren?»), and the answer names that noun with the model's own verb or a copula («¿y de qué
    andén sale?», «¿qué andén es?»): the other things named may be left out."""
    asking = s.words.folded("asking_determiners")
    asked = {
        fold(f.lemma) for k in range(1, len(model)) if model.a.at(k - 1) in asking
        for f in model.a.of(k, "NOUN")
    }  # fmt: skip
    named = any(k is not None and key.lemmas & asked for k, key in zip(at, keys, strict=True))
    verbs = _lemmas(model) | s.words.folded("copula") | s.words.folded("subject_copulas")
    return named and bool(_lemmas(s) & verbs)


def read_question(s: Sentence, q: Question) -> Found | None:
    """«¿dónde está la estación?», «busco la estación», «¿está cerca?», «¿sigo recto y giro a
    la derecha?»: every key of the model answer named."""
    model, bot = q.model_line(s), q.bot_line(s)
    keys = _keys(model, bot, q.setting)
    if not is_question(s):  # «busco el guardarropa»: a statement names the thing itself
        keys = tuple(replace(key, classes=frozenset()) for key in keys)
    if not keys or asks_the_bot(s, model, bot) or asks_of_oneself(s, model):
        return None
    # a statement asks only for a thing («busco la estación»): places and ways it would say
    if not is_question(s) and any(k.word is not None or k.group is not None for k in keys):
        return None
    found_places, ways = places(s), _ways(s)
    at = [_find(s, key, found_places, ways) for key in keys]
    if _named_what_is_asked(s, model, keys, at):
        keys = tuple(replace(key, given=True) for key in keys)
    said = _lemmas(s)
    asked = is_question(s)  # «¿dónde está la entrada?», not «Tres entradas.»
    needed = [
        k
        for k, key in zip(at, keys, strict=True)
        if not (key.given or key.subject_of & said or (key.headed and asked))
    ]
    if any(k is None for k in needed):
        return None
    at = [k for k in at if k is not None]
    if not at and asked and all(key.lemmas & set(bot.w) for key in keys):  # named by its line
        verbs = [_find(s, key, found_places, ways) for key in _verb_keys(model)]
        at = verbs if verbs and None not in verbs else []  # «¿tiene el treinta y siete?»
    if not at:
        return None
    first, last = min(at), max(at)  # type: ignore[type-var]
    if s.w[last] in s.words.folded("when_words") and last + 1 < len(s):
        last += 1  # «¿cuándo los devuelvo?»: the clause the question word opens
    return Found(s.clause_at[first][0], s.clause_at[last][1])
