"""Who or what a step's answer is about when it leaves the subject out: the step's `subject`,
the thing its question asks how it is, or the one it names otherwise (asked_object.py), so an
answer that leaves it unsaid agrees with it («está muy rico»)."""

from functools import lru_cache

from langbot.grading.analyses import analysed
from langbot.grading.knowledge import Knowledge
from langbot.grading.meaning.asked_object import asked_object, named_before
from langbot.grading.meaning.person_asked import asked_person
from langbot.grading.meaning.sentence import Sentence
from langbot.grading.meaning.words import meaning_words
from langbot.grading.rules.registry import engine
from langbot.grading.tokens import BOUNDARY, tokenize
from langbot.lessons import Step


def step_subject(step: Step, kb: Knowledge) -> tuple[str | None, str]:
    """Who or what a step's answer is about when it leaves the subject out: the step's
    `subject`, else the thing its question asks how it is, else the one its question names
    by an object pronoun («¿de qué color las quiere?») or its bot line names before asking
    how it is («prueba la tortilla. ¿qué tal está?»), else the one its line says is so («es muy
    bonita, ¿verdad?»), else unknown (singular). A person asked how they are counts where
    the word tells their sex («¿cómo está tu madre?», person_asked.py)."""
    if step.subject:
        return (step.subject.gender, step.subject.number)
    bot = step.bot
    found = asked_subject(bot, kb) or asked_person(bot, kb)
    found = found or asked_object(bot, kb) or named_before(bot, kb)
    return found or said_of_it(bot, kb) or (None, "s")


@lru_cache(maxsize=1024)
def asked_subject(bot: str, kb: Knowledge) -> tuple[str, str] | None:
    """The gender and number of the one thing (no person) the bot's question asks how it is,
    right after «cómo es», «qué tal está» («¿qué tal está el pescado?»: m, s) or a verb of
    liking («¿te gusta esta playa?»: f, s), so an answer
    that leaves the subject out agrees with it («está muy rico»); None when it names none or
    several."""
    lexicon = engine()[0]
    s = Sentence(analysed(tokenize(bot), lexicon), lexicon, kb, meaning_words())
    found = set()
    copulas, people = s.words.folded("subject_copulas"), s.words.folded("people_classes")
    asking = s.words.phrases("describing_questions")
    liking, wants = s.words.folded("liking_verbs"), s.words.folded("described_wants")
    for i in range(len(s)):
        # «¿te gusta esta playa?»: what is liked is what «es muy bonita» describes
        liked = bool(s.a.of(i - 1, "CLITIC")) and bool(s.verbs(i, liking, {"3s", "3p"}))
        wanted = bool(s.verbs(i, wants, {"2s", "3s", "2p", "3p"}))  # «¿cómo quiere la tarta?»
        if not liked and not (wanted or s.verbs(i, copulas, {"3s", "3p"})):
            continue
        if not liked and not any(i >= len(p) and s.phrase_at(i - len(p), p) for p in asking):
            continue  # «¿cuál es tu lugar favorito?» asks for another thing, not how it is
        k = s.after_det(i + 1)
        nouns = s.a.of(k, "NOUN") if k > i + 1 else ()
        if any(f.classes & people for f in nouns):
            continue  # «¿cómo es tu profesor?»: «es simpática» of a woman teacher
        found |= {(f.gender, f.number) for f in nouns if f.gender in ("m", "f") and f.number}
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=1024)
def said_of_it(bot: str, kb: Knowledge) -> tuple[str, str] | None:
    """The gender and number of what the bot's line says a thing is like with a copula and no
    subject («Es muy bonita, ¿verdad?»: f, s), so an answer that says it again agrees («sí, es
    muy bonita», not «bonito»); None when it says none, or two kinds."""
    lexicon = engine()[0]
    s = Sentence(analysed(tokenize(bot), lexicon), lexicon, kb, meaning_words())
    copulas, found = s.words.folded("subject_copulas"), set()
    for i in range(len(s)):
        if (i and s.a.at(i - 1) != BOUNDARY) or not s.verbs(i, copulas, {"3s", "3p"}):
            continue
        k = s.skip_degree(i + 1)
        if s.a.of(k + 1, "NOUN") or s.a.of(k + 1, "DET"):
            continue  # «¿es bonita tu casa?»: the subject after it says it
        adjectives = s.a.of(k, "ADJ") if s.a.only(k, "ADJ") else ()
        found |= {(f.gender, f.number) for f in adjectives}
    found = {(g, n) for g, n in found if g in ("m", "f") and n}
    return next(iter(found)) if len(found) == 1 else None
