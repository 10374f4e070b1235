"""The person the learner answers in, read from the bot's question: a verb the question says
to the learner («¿cómo pagas?», «¿cómo quiere pagar?», «¿dónde vive usted?») is answered in
the first person («pago», «quiero pagar», «vivo»)."""

from langbot.grading.knowledge import Knowledge
from langbot.grading.lexicon import lexicon
from langbot.grading.meaning.asked import questions
from langbot.grading.past_forms import past_persons
from langbot.grading.tokens import BOUNDARY, tokenize
from langbot.lessons import Step

# who the question speaks to -> who answers
_ANSWERED_BY = {"2s": "1s", "2p": "1p", "3s": "1s", "3p": "1p"}
_THIRD = frozenset({"3s", "3p"})


def asked_persons(step: Step, kb: Knowledge) -> dict[str, str]:
    """The verbs of the bot's questions said to the learner -> the person that answers
    them; none when the step asks about someone else, or nothing."""
    if step.asks is None or step.asks.who != "i":
        return {}
    wanted: dict[str, str] = {}
    tokens = tokenize(step.bot)
    for start, end in questions(tokens):
        at = [j for j in range(start, end) if tokens.words[j] != BOUNDARY]
        words = [tokens.words[j] for j in at]
        polite = not set(kb.words.polite_you).isdisjoint(words)
        for k, word in enumerate(words):
            if _no_verb_here(words, k, kb):
                continue
            after = _infinitive_after(words, k, kb)
            for inf, persons in kb.persons.get(word, {}).items():
                agrees = k > 0 and words[k - 1] in kb.indirect  # «¿le apetece ir?»: with a thing
                said_to = polite or (bool(after) and not agrees) or _has_object(words, k, kb)
                said_to = said_to or _offers(words, k, kb)
                answer = _answer_person(persons, said_to)
                impersonal = inf in kb.words.impersonal_verbs  # «hace calor» to «¿qué haces?»
                if kb.verbs.is_like_gustar(inf):
                    # «¿le gustan los cactus?» «sí, me gustan»; not «¿te gustó?», folded «gusto»
                    if agrees and len(persons) == 1 and persons <= _THIRD:
                        wanted.setdefault(inf, next(iter(persons)))
                    continue
                if answer is None or impersonal:
                    continue
                wanted.setdefault(inf, answer)
                if after and after not in kb.words.impersonal_verbs:
                    wanted.setdefault(after, answer)  # «¿cómo quiere pagar?»: pago
            _past_said_to(step.bot[slice(*tokens.spans[at[k]])], wanted)
    return wanted


def _past_said_to(written: str, wanted: dict[str, str]) -> None:
    """A past verb the question says to the learner in the second person («¿con quién la
    pasaste?»): answered in the first (la pasé)."""
    for inf, persons in past_persons(written).items():
        if len(persons) == 1 and next(iter(persons)).startswith("2"):
            wanted.setdefault(inf, _ANSWERED_BY[next(iter(persons))])


def _no_verb_here(words: list[str], k: int, kb: Knowledge) -> bool:
    """The word at k is no verb said to the learner: a preposition («para») or a noun after
    one («en casa»)."""
    prepositions = kb.vocabulary.function_words_by_type.get("prepositions", set())
    return words[k] in prepositions or (k > 0 and words[k - 1] in prepositions)


def _answer_person(persons: frozenset[str], third_is_you: bool) -> str | None:
    """The answering person of a verb form of one person: the second always, the third
    only when the question speaks to «usted» or the verb has an infinitive after it."""
    if len(persons) != 1:
        return None
    (person,) = persons
    if person.startswith("3") and not third_is_you:
        return None
    return _ANSWERED_BY.get(person)


def _infinitive_after(words: list[str], k: int, kb: Knowledge) -> str | None:
    """The infinitive after the verb at k, right after it or after a helper link («¿quiere
    pagar?», «¿cómo va a pagar?»): the verb at k has a person as subject; else None."""
    if k + 1 < len(words) and words[k + 1] in kb.verbs.entries:
        return words[k + 1]
    linked = words[k + 2] if k + 2 < len(words) and words[k + 1] in kb.words.helper_links else ""
    of_none = set(kb.words.impersonal_verbs) | set(kb.words.neutral_verbs)
    if linked in kb.verbs.entries and linked not in of_none:
        return linked  # not «¿qué tiempo va a hacer?», «¿cuánto tiene que estar?»: of a thing
    return None


def _offers(words: list[str], k: int, kb: Knowledge) -> bool:
    """The verb at k opens the question and offers something past its adverbs («¿quiere
    una tarjeta?», «¿necesita algo más?»): said to the learner, not of a thing named after
    it («¿funciona la lavadora?»)."""
    j = k + 1
    while j < len(words) and words[j] in kb.adverbs_between:
        j += 1
    return k == 0 and j < len(words) and words[j] in kb.words.offered_objects


def _has_object(words: list[str], k: int, kb: Knowledge) -> bool:
    """A third-person object pronoun stands before the verb at k and no noun phrase follows
    it («¿para qué día la necesita?»): someone does it to a thing, the one asked."""
    objects, determiners = kb.words.object_pronouns, kb.words.slot_determiners
    follows = k + 1 < len(words) and words[k + 1] in determiners
    noun = "NOUN" in lexicon().upos_set(words[k])  # «¿qué tal la visita?»: an article
    return k > 0 and words[k - 1] in objects and not (follows or noun)
