"""A language named as the medium of a thing, to a step that asks which language (a book, a
film, a class in it): «en español», «la quiero en inglés», «mejor en español, por favor»; and
a language one knows, named after a verb of knowing it: «sé alemán», «entiendo el árabe»."""

from langbot.grading.meaning import person
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence


def read_language(s: Sentence, q: Question) -> Found | None:
    """The language one speaks (person.read_language), or the one a thing is wanted in."""
    return person.read_language(s, q) or read_medium(s, q) or _known_language(s, q)


def _known_language(s: Sentence, q: Question) -> Found | None:
    """A language named right after a verb of knowing it, past how well and an article:
    «sé alemán», «entiendo un poco de árabe», «domino el inglés»."""
    verbs = s.words.folded("language_knowing_verbs")
    classes = frozenset([q.asks.of or "language"])
    for i in range(len(s) - 1):
        if not s.verbs(i, verbs, q.persons):
            continue
        k = i + 1
        degree = next((p for p in s.words.phrases("language_degrees") if s.phrase_at(k, p)), None)
        k += len(degree) + bool(s.a.of(k + len(degree), "ADP")) if degree else 0
        k += bool(s.a.of(k, "DET")) and not s.a.of(k, "NOUN")
        if any(f.classes & classes for f in s.a.of(k, "NOUN")):
            return Found(i, s.clause_end(i), (k, s.clause_end(i)))
    return None


def read_medium(s: Sentence, q: Question) -> Found | None:
    """A link of `medium_links` and a noun of the asked class, in a clause whose verb, if
    any, is the answerer's («la quiere en español» says it of another)."""
    classes = frozenset([q.asks.of or "language"])
    links = s.words.folded("medium_links")
    for k in range(len(s) - 1):
        if s.w[k] not in links or not any(f.classes & classes for f in s.a.of(k + 1, "NOUN")):
            continue
        first, end = s.clause_at[k][0], s.clause_end(k)
        if all(_answerers(s, q, j) for j in range(first, end)):
            return Found(first, end, (k, k + 2))
    return None


def _answerers(s: Sentence, q: Question, j: int) -> bool:
    """Token j is no finite verb, or one in a person of who answers."""
    readings = s.a.readings[j]
    finite = [f for f in readings if f.pos == "VERB" and f.person and f.form != "inf"]
    if not finite or len(finite) < len(readings):
        return True
    return any(f.person in q.persons for f in finite)
