"""Definite beginner errors, found with certainty or not at all.

Each check flags a mistake only when the words leave no doubt (a known noun with a known
gender, a known verb form after an explicit subject...). An unknown word is never an error.
Each error carries the fix, so a reveal can correct the learner's own sentence.
"""

from dataclasses import dataclass
from typing import Literal

from langbot.grading.knowledge import Knowledge
from langbot.grading.tokens import BOUNDARY, Tokens
from langbot.text import has_accent

ErrorKind = Literal[
    "gender_number", "verb", "gustar", "ser_estar", "reflexive", "tener_age", "spelling"
]

DETERMINERS: dict[str, tuple[str | None, str]] = {
    "el": ("m", "s"), "la": ("f", "s"), "los": ("m", "p"), "las": ("f", "p"),
    "un": ("m", "s"), "una": ("f", "s"), "unos": ("m", "p"), "unas": ("f", "p"),
    "del": ("m", "s"), "al": ("m", "s"),
    "este": ("m", "s"), "estos": ("m", "p"), "ese": ("m", "s"), "esa": ("f", "s"),
    "esos": ("m", "p"), "esas": ("f", "p"),
    "mi": (None, "s"), "tu": (None, "s"), "su": (None, "s"),
    "mis": (None, "p"), "tus": (None, "p"), "sus": (None, "p"),
    "nuestro": ("m", "s"), "nuestra": ("f", "s"), "nuestros": ("m", "p"), "nuestras": ("f", "p"),
    "mucho": ("m", "s"), "mucha": ("f", "s"), "muchos": ("m", "p"), "muchas": ("f", "p"),
}  # fmt: skip
_CLITICS = {"la", "las", "los", "lo", "le", "les"}  # before a verb they are pronouns, not articles
_SER = {"soy": "1s", "eres": "2s", "es": "3s", "somos": "1p", "sois": "2p", "son": "3p"}
_ESTAR = {
    "estoy": "1s",
    "estas": "2s",
    "esta": "3s",
    "estamos": "1p",
    "estais": "2p",
    "estan": "3p",
}
_COPULAS = {**_SER, **_ESTAR}
_GUSTAR = {
    "gusta": "s",
    "gustan": "p",
    "encanta": "s",
    "encantan": "p",
    "interesa": "s",
    "interesan": "p",
}
_ARTICLE_FIX = {("m", "s"): "el", ("f", "s"): "la", ("m", "p"): "los", ("f", "p"): "las"}
_INDEFINITE_FIX = {("m", "s"): "un", ("f", "s"): "una", ("m", "p"): "unos", ("f", "p"): "unas"}
_SUBJECT_NOUN_CLASSES = {"family", "person", "pet", "place"}
_PREPOSITIONS = {
    "a",
    "al",
    "de",
    "del",
    "con",
    "en",
    "para",
    "por",
    "sin",
    "sobre",
    "desde",
    "hasta",
    "que",
}
PERSON_NAMES = {
    "1s": "yo", "2s": "tú", "3s": "él/ella", "1p": "nosotros", "2p": "vosotros", "3p": "ellos",
}  # fmt: skip


@dataclass(frozen=True)
class GrammarError:
    """One definite mistake: its kind, a message for the learner, and the fix if known."""

    kind: ErrorKind
    message: str
    start: int = -1
    end: int = -1
    fix: str | None = None


class _Reader:
    """The tokens of one answer, with the lookups every check needs."""

    def __init__(self, tokens: Tokens, kb: Knowledge):
        self.t = tokens
        self.w = list(tokens.words)
        self.kb = kb
        self.adverbs = {a for a in kb.lists.adverbs_between if " " not in a}

    def accented(self, i: int) -> bool:
        s, e = self.t.spans[i]
        return has_accent(self.t.original[s:e])

    def at(self, i: int) -> str:
        return self.w[i] if 0 <= i < len(self.w) else BOUNDARY

    def skip_adverbs(self, j: int) -> int:
        while j < len(self.w):
            if self.w[j] in self.adverbs:
                j += 1
            elif self.w[j] == "un" and self.at(j + 1) == "poco":
                j += 2
            elif self.w[j] == "sobre" and self.at(j + 1) == "todo":
                j += 2
            else:
                break
        return j

    def noun(self, i: int):
        return self.kb.vocabulary.nouns.get(self.at(i))

    def adjective(self, i: int):
        return self.kb.vocabulary.adjectives.get(self.at(i))

    def persons(self, i: int) -> dict[str, frozenset[str]]:
        return self.kb.persons.get(self.at(i), {})

    def subject_pronoun(self, i: int) -> str | None:
        """The person of a subject pronoun at i ("tu" and "el" only with their accent)."""
        word = self.at(i)
        if word in ("tu", "el") and not self.accented(i):
            return None
        return self.kb.subjects.get(word)

    def noun_phrase(self, i: int) -> tuple[int, str | None, str] | None:
        """A determiner + noun at i: (end index, gender, number), else None."""
        det = DETERMINERS.get(self.at(i))
        if det is None:
            return None
        j = i + 1
        if self.adjective(j) and self.noun(j + 1):
            j += 1
        noun = self.noun(j)
        if noun is None:
            return None
        return j + 1, noun.gender, noun.number


def _agreement(r: _Reader) -> list[GrammarError]:
    errors = []
    w = r.w
    for i, det in enumerate(w):
        if det not in DETERMINERS:
            continue
        j = i + 1
        if r.adjective(j) and r.noun(j + 1) and not r.noun(j):
            j += 1
        noun = r.noun(j)
        if noun is None:
            continue
        if det in _CLITICS and (r.at(j) in r.kb.persons):
            continue  # "la como": a pronoun before a verb
        if det == "esta" and r.accented(i):
            continue
        if det in ("un", "una") and r.at(i - 1) == "y":
            continue  # "treinta y un años"
        d_gender, d_number = DETERMINERS[det]
        if noun.number and d_number != noun.number and not r.kb.vocabulary.invariable(w[j]):
            fix = None
            if det in ("mi", "tu", "su", "mis", "tus", "sus"):
                fix = det[:2] + ("s" if noun.number == "p" else "")
            elif d_gender and noun.gender:
                table = _INDEFINITE_FIX if det.startswith("un") else _ARTICLE_FIX
                fix = table.get((noun.gender, noun.number))
            errors.append(
                GrammarError(
                    "gender_number",
                    f"«{det} {w[j]}»: the article and the noun must both be singular or both plural.",
                    i, i + 1, fix,
                )
            )  # fmt: skip
            continue
        if noun.gender and d_gender and d_gender != noun.gender:
            if (
                noun.gender == "f"
                and det in ("el", "un", "del", "al")
                and w[j] in r.kb.lists.stressed_a
            ):
                continue
            if noun.gender == "m" and det in ("la", "una") and False:
                continue
            table = _INDEFINITE_FIX if det in ("un", "una", "unos", "unas") else _ARTICLE_FIX
            fix = table.get((noun.gender, d_number)) if det in table.values() else None
            kind = "masculine" if noun.gender == "m" else "feminine"
            errors.append(
                GrammarError(
                    "gender_number",
                    f"«{noun.lemma}» is a {kind} word: check the word before it.",
                    i, i + 1, fix,
                )
            )  # fmt: skip
            continue
        # an adjective right after the noun agrees with it
        k = j + 1
        adj = r.adjective(k)
        if adj is not None and not r.noun(k) and not r.persons(k):
            bad = (adj.gender and noun.gender and adj.gender != noun.gender) or (
                adj.number is not None and adj.number != (noun.number or d_number)
            )
            if bad:
                errors.append(
                    _adjective_error(r, k, noun.lemma, noun.gender, noun.number or d_number)
                )
    return errors


def _adjective_error(
    r: _Reader, k: int, what: str, gender: str | None, number: str
) -> GrammarError:
    adj = r.adjective(k)
    own = adj.gender if adj is not None else None
    fix = r.kb.vocabulary.adjective_form(r.w[k], gender or own, number)
    return GrammarError(
        "gender_number", f"«{r.w[k]}» must agree with «{what}» in gender and number.", k, k + 1, fix
    )


def _copula_agreement(
    r: _Reader, subject_gender: str | None, subject_number: str
) -> list[GrammarError]:
    """ "Mi madre es alto", "la tostada está rico", "estoy cansados", "es alto" said of her."""
    errors = []
    w = r.w
    last: tuple[str | None, str, str] | None = None  # the last copula's subject, this sentence
    for i, tok in enumerate(w):
        if tok in _GUSTAR and r.at(i - 1) in r.kb.lists.indirect:
            liked = _liked(r, r.skip_adverbs(i + 1))
            if liked:
                last = liked  # "me gusta el fútbol porque es divertido": it is the football
            continue
        if tok not in _COPULAS or (tok == "esta" and not r.accented(i) and r.noun(i + 1)):
            continue
        person = _COPULAS[tok]
        gender, number = None, "p" if person.endswith("p") else "s"
        what = PERSON_NAMES[person]
        start = i - 1
        while start >= 0 and w[start] in ("no", "tambien", "siempre", "hoy", "ahora"):
            start -= 1
        np = None
        for back in (3, 2):
            if start - back + 1 >= 0:
                got = r.noun_phrase(start - back + 1)
                if got and got[0] == start + 1:
                    np = got
                    what = w[start]
                    break
        if np is not None:
            gender, number = np[1], np[2]
            last = (gender, number, what)
        elif (
            person in ("3s", "3p")
            and last
            and start >= 0
            and w[start] in ("y", "pero", "e", "porque")
        ):
            gender, number, what = last  # "mi padre es alto y es simpático": the same subject
        elif r.subject_pronoun(start) is not None:
            gender = {"ella": "f", "ellas": "f", "el": "m", "ellos": None, "nosotras": "f"}.get(
                w[start]
            )
        elif person == "3s" and (start < 0 or w[start] in (BOUNDARY, "si", "no")):
            gender, number = subject_gender, subject_number if subject_gender else number
            what = "the person you describe"
        elif person in ("1s", "2s"):
            gender = None
        else:
            continue
        k = r.skip_adverbs(i + 1)
        while k < len(w):
            adj = r.adjective(k)
            if adj is None or r.noun(k):
                break
            if (gender and adj.gender and adj.gender != gender) or (
                adj.number and adj.number != number
            ):
                errors.append(_adjective_error(r, k, what, gender, number))
                break
            k = r.skip_adverbs(k + 1)
            after = r.skip_adverbs(k + 1)
            if r.at(k) in ("y", "e") and r.adjective(after):
                k = after
            elif r.at(k) == BOUNDARY and r.adjective(after) and r.at(after + 1) not in r.kb.persons:
                k = after
            else:
                break
    return errors


def _liked(r: _Reader, j: int) -> tuple[str | None, str, str] | None:
    """What gustar is about at j, as (gender, number, words): an action is masculine singular."""
    if r.at(j) in r.kb.infinitive_forms and not r.noun(j):
        if any(r.noun(k) for k in range(j + 1, j + 4)):
            return None  # "ir a la biblioteca porque es tranquila": about the library
        return "m", "s", r.at(j)
    np = r.noun_phrase(j)
    if np is None or r.at(np[0]) in ("y", "e"):
        return None  # coordinated things: leave them alone
    return np[1], np[2], r.w[np[0] - 1]


def _numerals(r: _Reader) -> list[GrammarError]:
    errors = []
    numbers = _NUMBER_WORDS - {"uno", "un", "una", "veintiuno", "veintiun"}
    for i, tok in enumerate(r.w):
        noun = r.noun(i + 1)
        if noun is None:
            continue
        if (
            (tok in numbers or (tok.isdigit() and tok != "1"))
            and noun.number == "s"
            and not r.kb.vocabulary.invariable(r.w[i + 1])
        ):
            errors.append(
                GrammarError(
                    "gender_number",
                    f"After «{tok}», «{r.w[i + 1]}» must be plural.",
                    i + 1,
                    i + 2,
                    r.kb.vocabulary.plural_of(r.w[i + 1]),
                )
            )
        elif (
            tok.endswith("uno")
            and tok in ("uno", "veintiuno", "treinta", "uno")
            and noun.gender == "m"
        ):
            errors.append(
                GrammarError(
                    "gender_number",
                    f"Before a masculine noun like «{noun.lemma}», «{tok}» loses its last letter.",
                    i,
                    i + 1,
                    tok[:-1] if tok != "veintiuno" else "veintiún",
                )
            )
    return errors  # fmt: skip


def _subject(r: _Reader, i: int) -> tuple[str, int] | None:
    """A subject that starts at i: (person, index after it), or None."""
    if r.at(i - 1) in _PREPOSITIONS:
        return None
    person = r.subject_pronoun(i)
    if person:
        j = i + 1
        if r.at(j) == "y" and (r.subject_pronoun(j + 1) or r.noun_phrase(j + 1)):
            return None  # "tú y yo": leave coordinated subjects alone
        return person, j
    np = r.noun_phrase(i)
    if np is None:
        return None
    noun = r.noun(np[0] - 1)
    if not (noun.classes & _SUBJECT_NOUN_CLASSES) or r.at(i) in (
        "un",
        "una",
        "unos",
        "unas",
        "mucho",
        "mucha",
        "muchos",
        "muchas",
    ):
        return None
    end, number = np[0], np[2]
    if r.at(end) == "y":
        if r.at(end + 1) == "yo":
            return "1p", end + 2
        if r.noun_phrase(end + 1):
            return "3p", r.noun_phrase(end + 1)[0]
        return None
    return ("3p" if number == "p" else "3s"), end  # fmt: skip


def _verb_person(r: _Reader) -> list[GrammarError]:
    errors = []
    for i in range(len(r.w)):
        found = _subject(r, i)
        if not found:
            continue
        person, j = found
        while r.at(j) in (
            "no",
            "tambien",
            "siempre",
            "nunca",
            "normalmente",
            "solo",
            "ya",
            "todavia",
            "casi",
        ):
            j += 1
        clitic = r.at(j) if r.at(j) in r.kb.reflexive or r.at(j) in _CLITICS else None
        k = j + 1 if clitic else j
        forms = r.persons(k)
        pronoun = r.subject_pronoun(i) is not None
        if pronoun and not clitic and r.at(k) in r.kb.infinitive_forms and not forms:
            inf = next(
                (inf for inf, labels in r.kb.verbs.forms.get(r.at(k), []) if "inf" in labels), None
            )
            fix = r.kb.verbs.present(inf).get(person) if inf else None
            if fix:
                errors.append(
                    GrammarError(
                        "verb",
                        f"After «{r.w[i]}», conjugate the verb: «{r.w[k]}» is the infinitive.",
                        k,
                        k + 1,
                        fix,
                    )
                )
            continue
        if not forms or (r.noun(k) and not pronoun and not clitic and r.at(k) not in _COPULAS):
            continue
        if any(r.kb.verbs.is_like_gustar(inf) for inf in forms):
            continue
        if r.at(k) == "esta" and not r.accented(k) and r.noun(k + 1):
            continue
        people = frozenset().union(*forms.values())
        if person not in people:
            inf = next(iter(forms))
            fix = r.kb.verbs.present(inf).get(person)
            errors.append(
                GrammarError(
                    "verb",
                    f"«{r.w[k]}» is the wrong form of «{inf}» for «{' '.join(r.w[i:j])}»: "
                    f"use the {PERSON_NAMES[person]} form.",
                    k, k + 1, fix,
                )
            )  # fmt: skip
    return errors


def _irregular(r: _Reader) -> list[GrammarError]:
    """An irregular verb conjugated as if regular: "yo empezo", "jugo al fútbol"."""
    errors = []
    for i, tok in enumerate(r.w):
        hit = r.kb.regularised.get(tok)
        if hit is None or tok in r.kb.vocabulary.adjectives:
            continue
        if (
            r.noun(i)
            and r.at(i + 1) not in ("a", "al", "con", "en", "de")
            and not r.subject_pronoun(i - 1)
        ):
            continue  # "jugo" is also juice
        inf, _, real = hit
        errors.append(
            GrammarError(
                "verb",
                f"«{inf}» is irregular: the form you need is not «{tok}». Check how «{inf}» changes.",
                i,
                i + 1,
                real,
            )
        )
    return errors  # fmt: skip


_IR = {"voy", "vas", "va", "vamos", "vais", "van"}
_HOURS = {
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
}


def _little_words(r: _Reader) -> list[GrammarError]:
    """Contractions, «ir a», the hour's article, «el agua», «me gusta» + infinitive."""
    errors = []
    w = r.w
    for i, tok in enumerate(w):
        nxt = r.at(i + 1)
        if tok in ("a", "de") and nxt == "el" and not r.accented(i + 1):
            errors.append(
                GrammarError(
                    "gender_number",
                    f"«{tok} el» joins into «{'al' if tok == 'a' else 'del'}».",
                    i,
                    i + 2,
                    "al" if tok == "a" else "del",
                )
            )
        elif (
            tok in _IR
            and nxt in r.kb.infinitive_forms
            and not r.persons(i + 1)
            and r.at(i - 1) not in ("que",)
        ):
            errors.append(
                GrammarError(
                    "verb",
                    "Plans with ir need the little word «a» between «ir» and the infinitive.",
                    i,
                    i + 1,
                    f"{tok} a",
                )
            )
        elif (
            tok in ("la", "los")
            and (nxt in _HOURS or (nxt.isdigit() and 2 <= int(nxt) <= 24))
            and not r.noun(i + 2)
            and r.at(i - 1) in ("a", "son", "las", "mejor", "desde", "hasta", BOUNDARY)
        ):
            errors.append(
                GrammarError(
                    "gender_number",
                    "Clock times take «las» (only one o'clock takes «la»): «a las …».",
                    i,
                    i + 1,
                    "las",
                )
            )
        elif (
            tok in ("la", "una")
            and r.noun(i + 1)
            and nxt in r.kb.lists.stressed_a
            and not r.adjective(i + 1)
        ):
            errors.append(
                GrammarError(
                    "gender_number",
                    f"«{nxt}» is feminine but starts with a stressed a, so it takes «{'el' if tok == 'la' else 'un'}».",
                    i,
                    i + 1,
                    "el" if tok == "la" else "un",
                )
            )
        elif tok in _GUSTAR and r.at(i - 1) in r.kb.lists.indirect:
            j = r.skip_adverbs(i + 1)
            forms = r.persons(j)
            if (
                forms
                and not r.noun(j)
                and r.at(j) not in r.kb.infinitive_forms
                and any("1s" in p for p in forms.values())
            ):
                inf = next(iter(forms))
                errors.append(
                    GrammarError(
                        "gustar",
                        f"After «{tok}», use the infinitive («{inf}»), not «{r.at(j)}».",
                        j,
                        j + 1,
                        inf,
                    )
                )
    return errors  # fmt: skip


def _gustar(r: _Reader) -> list[GrammarError]:
    errors = []
    w = r.w
    for i, tok in enumerate(w):
        if tok == "yo":
            j = i + 1
            while r.at(j) in ("no", "tambien", "me"):
                j += 1
            if r.at(j) in ("gusto", "gusta", "gustan", "encanto", "encanta", "encantan"):
                errors.append(
                    GrammarError(
                        "gustar",
                        "With gustar, the thing you like is the subject: put «me» before the verb instead of «yo».",
                        i,
                        j + 1,
                        "me "
                        + (
                            "gusta"
                            if r.at(j) in ("gusto", "gusta")
                            else r.at(j).replace("encanto", "encanta")
                        ),
                    )
                )
            continue
        if tok == "gusto" and r.at(i - 1) in ("me", "te", "le") and not r.accented(i):
            errors.append(
                GrammarError(
                    "gustar",
                    "«me gusto» means “I like myself”: gustar agrees with the thing you like («me gusta»).",
                    i,
                    i + 1,
                    "gusta",
                )
            )
            continue
        if tok not in _GUSTAR or r.at(i - 1) not in r.kb.lists.indirect:
            continue
        j = r.skip_adverbs(i + 1)
        number = _liked_number(r, j)
        if number and number != _GUSTAR[tok]:
            fix = tok + "n" if number == "p" else tok[:-1]
            what = (
                "plural things (or several things joined by «y»)"
                if number == "p"
                else "one thing or an action"
            )
            errors.append(
                GrammarError(
                    "gustar",
                    f"«{tok}» must agree with what you like: {what} take{'s' if number == 's' else ''} «{fix}».",
                    i,
                    i + 1,
                    fix,
                )
            )
    return errors  # fmt: skip


def _liked_number(r: _Reader, j: int) -> str | None:
    """Singular or plural for what follows gustar at j, or None when unsure."""
    tok = r.at(j)
    if tok in r.kb.infinitive_forms and not r.noun(j):
        return "s"
    np = r.noun_phrase(j)
    if np is None:
        noun = r.noun(j)
        if noun is None or noun.number is None or r.kb.vocabulary.invariable(tok):
            return None
        end, number = j + 1, noun.number
    else:
        end, number = np[0], np[2]
    if r.adjective(end):
        end += 1
    if r.at(end) in ("y", "e") and r.noun_phrase(end + 1):
        return "p"
    if (
        r.at(end) == BOUNDARY
        and r.at(end + 1) != "y"
        and r.noun_phrase(end + 1)
        and r.at(r.noun_phrase(end + 1)[0]) in ("y", "e")
    ):
        return "p"  # "el rock, el pop y el jazz"
    return number  # fmt: skip


def _ser_estar(r: _Reader, age_step: bool = False) -> list[GrammarError]:
    errors = []
    w = r.w
    kb = r.kb
    for i, tok in enumerate(w):
        if tok == "ser" and r.at(i + 1) == "en" and not _event_subject(r, i):
            errors.append(
                GrammarError(
                    "ser_estar", "To say where someone is, use estar, not ser.", i, i + 1, "estar"
                )
            )
            continue
        if tok not in _COPULAS:
            continue
        if (
            tok in ("esta", "estas")
            and not r.accented(i)
            and (r.noun(i + 1) or r.adjective(i + 1) and r.noun(i + 2))
        ):
            continue  # "esta casa": a demonstrative
        j = r.skip_adverbs(i + 1)
        nxt = r.at(j)
        is_ser = tok in _SER
        ser_fix = {v: k for k, v in _SER.items()}
        estar_fix = {v: k for k, v in _ESTAR.items()}
        person = _COPULAS[tok]
        number_next = nxt.isdigit() or nxt in _NUMBER_WORDS
        clause_end = r.at(j + 1) == BOUNDARY or j + 1 >= len(w)
        lists = kb.lists
        if number_next and ("anos" in w[j + 1 : j + 4] or (age_step and clause_end)):
            errors.append(
                GrammarError(
                    "tener_age",
                    "In Spanish, age goes with tener (you “have” years), not ser or estar.",
                    i,
                    i + 1,
                    kb.verbs.present("tener").get(person),
                )
            )
        elif is_ser and nxt in kb.estar_only and not r.noun(j):
            errors.append(
                GrammarError(
                    "ser_estar",
                    f"«{nxt}» says how someone is right now: that takes estar, not ser.",
                    i,
                    i + 1,
                    _accent(estar_fix[person]),
                )
            )
        elif (
            is_ser
            and r.adjective(j)
            and "state" in r.adjective(j).classes
            and r.at(j + 1) in ("hoy", "ahora")
        ):
            errors.append(
                GrammarError(
                    "ser_estar",
                    "How someone is today takes estar, not ser.",
                    i,
                    i + 1,
                    _accent(estar_fix[person]),
                )
            )
        elif (
            is_ser
            and tok != "son"
            and any(tuple(w[j : j + len(p)]) == p for p in kb.locations)
            and not _asks_where(r, i)
        ):
            errors.append(
                GrammarError(
                    "ser_estar",
                    "To say where something is, use estar, not ser.",
                    i,
                    i + 1,
                    _accent(estar_fix[person]),
                )
            )
        elif (
            is_ser
            and _asks_where(r, i)
            and DETERMINERS.get(nxt)
            and r.noun(j + 1)
            and r.noun(j + 1).lemma not in lists.events
        ):
            errors.append(
                GrammarError(
                    "ser_estar",
                    "To ask where something is, use estar: «¿dónde está…?».",
                    i,
                    i + 1,
                    _accent(estar_fix[person]),
                )
            )
        elif is_ser and nxt == "en" and not _event_subject(r, i) and not _asks_where(r, i):
            errors.append(
                GrammarError(
                    "ser_estar",
                    "To say where someone or something is, use estar, not ser.",
                    i,
                    i + 1,
                    _accent(estar_fix[person]),
                )
            )
        elif (
            is_ser
            and person in ("1s", "2s", "3s")
            and r.noun(j)
            and "job" in r.noun(j).classes
            and r.noun(j).number == "p"
        ):
            errors.append(
                GrammarError(
                    "gender_number",
                    f"«{nxt}» must be singular here, like «{tok}».",
                    j,
                    j + 1,
                    r.noun(j).lemma,
                )
            )
        elif not is_ser:
            origin = (
                nxt == "de"
                and r.at(j + 1) not in set(lists.estar_de_ok)
                and r.at(j + 1) not in ("la", "el")
                and not r.noun(j + 1)
            )
            job = (r.noun(j) and "job" in r.noun(j).classes) or (
                nxt in ("un", "una") and r.noun(j + 1) and "job" in r.noun(j + 1).classes
            )
            nationality = r.adjective(j) and "nationality" in r.adjective(j).classes
            trait = nxt in set(lists.ser_only) or (
                r.adjective(j) and r.adjective(j).lemma in lists.ser_only
            )
            date = nxt == "el" and (r.at(j + 1).isdigit() or r.at(j + 1) in _NUMBER_WORDS)
            if origin or job or nationality or trait or date:
                what = (
                    "where someone is from"
                    if origin
                    else (
                        "jobs"
                        if job
                        else "nationality"
                        if nationality
                        else "dates"
                        if date
                        else "what someone is like"
                    )
                )
                errors.append(
                    GrammarError(
                        "ser_estar", f"For {what}, use ser, not estar.", i, i + 1, ser_fix[person]
                    )
                )
    return errors  # fmt: skip


_NUMBER_WORDS = set(
    "uno un una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintiun veintidos veintitres "
    "veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve treinta cuarenta "
    "cincuenta sesenta setenta ochenta noventa cien".split()
)


def _accent(form: str) -> str:
    return {"esta": "está", "estas": "estás", "estan": "están", "estais": "estáis"}.get(form, form)


def _event_subject(r: _Reader, i: int) -> bool:
    back = r.at(i - 1)
    noun = r.kb.vocabulary.nouns.get(back)
    return bool(noun and noun.lemma in r.kb.lists.events)


def _asks_where(r: _Reader, i: int) -> bool:
    return r.at(i - 1) in ("donde", "adonde")


def _reflexives(r: _Reader, reflexive_verbs: dict[str, str]) -> list[GrammarError]:
    """The step's reflexive verbs (llamarse...) need their pronoun, matching the person."""
    errors = []
    for i, tok in enumerate(r.w):
        for inf, persons in r.persons(i).items():
            if inf not in reflexive_verbs:
                continue
            prev = r.at(i - 1)
            if prev in r.kb.reflexive:
                if not (r.kb.reflexive[prev] & persons):
                    errors.append(
                        GrammarError(
                            "reflexive",
                            f"«{prev} {tok}» don't match: with «{prev}», «{inf}» needs the {PERSON_NAMES[sorted(r.kb.reflexive[prev])[0]]} form.",
                            i - 1,
                            i + 1,
                            None,
                        )
                    )
                break
            if (
                prev in ("no", "yo", "mi", "normalmente", "siempre", BOUNDARY)
                or i == 0
                or r.subject_pronoun(i - 1)
            ):
                person = sorted(persons)[0]
                if prev == "mi":
                    errors.append(
                        GrammarError(
                            "reflexive",
                            f"«{reflexive_verbs[inf]}» needs the pronoun «me», not the possessive «mi».",
                            i - 1,
                            i,
                            "me",
                        )
                    )
                    break
                pronoun = {"1s": "me", "2s": "te", "3s": "se", "1p": "nos", "2p": "os", "3p": "se"}[
                    person
                ]
                errors.append(
                    GrammarError(
                        "reflexive",
                        f"«{reflexive_verbs[inf]}» is reflexive: it needs its little pronoun (me, te, se…) before the verb.",
                        i,
                        i,
                        pronoun,
                    )
                )
            break
    return errors  # fmt: skip


def check_grammar(
    tokens: Tokens,
    kb: Knowledge,
    reflexive_verbs: dict[str, str] | None = None,
    subject: tuple[str | None, str] = (None, "s"),
    age_step: bool = False,
) -> list[GrammarError]:
    """Every definite beginner error in an answer, in reading order."""
    r = _Reader(tokens, kb)
    errors = (
        _agreement(r)
        + _copula_agreement(r, *subject)
        + _numerals(r)
        + _verb_person(r)
        + _irregular(r)
        + _little_words(r)
        + _gustar(r)
        + _ser_estar(r, age_step)
        + _reflexives(r, reflexive_verbs or {})
    )
    seen, out = set(), []
    for e in sorted(errors, key=lambda e: e.start):
        if (e.start, e.kind) not in seen:
            seen.add((e.start, e.kind))
            out.append(e)
    return out
