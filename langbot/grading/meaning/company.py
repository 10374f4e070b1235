"""Who goes with the learner: «con mi prima», «voy con unos amigos», «solo», and to «¿viene
alguien más?» who comes («viene mi hermano», «mis primos vienen»)."""

from langbot.grading.meaning.answering import question_verbs
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.tokens import BOUNDARY


def read_company(s: Sentence, q: Question) -> Found | None:
    """«con mi prima», «voy con unos amigos», «con Sarah y Tom», «solo»; to «¿viene
    alguien?», who comes: «viene mi hermano», «sí, mi amiga Carmen»."""
    openers, alone = s.words.folded("company_openers"), s.words.folded("alone_words")
    for k in range(len(s)):
        cs, ce = s.clause_at[k]
        if s.w[k] in alone and (k == cs or s.a.of(k - 1, "VERB")):
            return Found(cs, k + 1, (k, k + 1))
        if s.w[k] in openers and _someone(s, k + 1):
            return Found(cs, ce, (k + 1, ce))
    return _with_me(s) or _who_comes(s, q)


def _with_me(s: Sentence) -> Found | None:
    """The learner named with someone: «vamos mi hermana y yo», «yo y mi novio»."""
    for i, j in s.phrases("with_me_phrases"):
        start = i
        while start and s.w[start - 1] != BOUNDARY and not s.a.of(start - 1, "VERB"):
            start -= 1
        verb = s.a.of(start - 1, "VERB") if start else ()
        if verb and not any(f.person == "1p" for f in verb):
            continue  # «van mi hermana y yo»: the verb is not «we»
        if (start < i and _someone(s, start)) or _someone(s, j):
            cs, ce = s.clause_at[i]
            return Found(cs, ce, (start, ce))
    return None


def _who_comes(s: Sentence, q: Question) -> Found | None:
    """Someone as the subject of the question's own verb, after it or before it («viene mi
    hermano», «mis primos vienen también»), or named alone after a yes («sí, mi amiga
    Carmen»)."""
    lemmas = question_verbs(q.bot_line(s))
    for k in range(len(s)):
        verbs = s.verbs(k, lemmas, {"3s", "3p"}) if lemmas else ()
        if not verbs:
            continue
        cs, ce = s.clause_at[k]
        numbers = {f.person[1] for f in verbs if f.person}
        stop = next((m for m in range(k + 1, len(s)) if s.w[m] == BOUNDARY), len(s))
        if _someone(s, k + 1) and _number(s, k + 1, stop) in numbers:  # «vienen Ana y Luis»
            return Found(cs, ce, (k + 1, ce))
        if k > cs and _someone(s, cs) and _number(s, cs, k) in numbers:
            return Found(cs, ce, (cs, k))
    i = s.opening()
    if (
        i < len(s)
        and _someone(s, i)
        and not any(s.a.of(m, "VERB") for m in range(i, s.clause_end(i)))
    ):
        return Found(i, s.clause_end(i), (i, s.clause_end(i)))
    return None


def _number(s: Sentence, start: int, end: int) -> str:
    """Whether the people named in [start, end) are one («mi hermano») or more («mis primos»,
    «Ana y Luis»): s or p, as the person of a verb says it."""
    if any(s.w[k] in s.words.folded("list_links") for k in range(start, end)):
        return "p"
    for k in range(start, end):
        nouns = [f for f in s.a.of(k, "NOUN") if f.number]
        if nouns:
            return nouns[0].number
    return "s"


def _someone(s: Sentence, i: int) -> bool:
    """A person at i: a noun phrase (with an adjective before its noun: «mi mejor amigo»,
    «toda la familia»), a subject pronoun, or a name (capitalised)."""
    while s.a.of(i, "DET") or s.a.of(i, "NUM") or s.a.of(i, "ADJ"):
        i += 1
    if i >= len(s) or s.w[i] == BOUNDARY:
        return False
    pronoun = any(f.person for f in s.a.of(i, "PRON"))
    if s.noun_of(i, frozenset({"family", "person"})) or pronoun:
        return True
    return not s.a.readings[i] and s.a.original(i)[:1].isupper()
