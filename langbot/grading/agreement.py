"""Agreement: article and noun, noun and adjective, after ser/estar and across «y»,
and numerals with their nouns."""

from langbot.grading.reader import (
    _ARTICLE_FIX,
    _CLITICS,
    _COPULAS,
    _GUSTAR,
    _INDEFINITE_FIX,
    DETERMINERS,
    PERSON_NAMES,
    GrammarError,
    _Reader,
)
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


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
            if noun.gender == "f" and det in ("el", "un", "del", "al") and w[j] in r.kb.stressed_a:
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
        error = _following_adjective(r, j + 1, noun, d_number)
        if error is not None:
            errors.append(error)
    return errors + _prenominal(r)


def _following_adjective(r: _Reader, k: int, noun, d_number: str) -> GrammarError | None:
    """An adjective right after the noun agrees with it ("la casa blanco")."""
    adj = r.adjective(k)
    if adj is None or r.noun(k) or r.persons(k):
        return None
    bad = (adj.gender and noun.gender and adj.gender != noun.gender) or (
        adj.number is not None and adj.number != (noun.number or d_number)
    )
    if not bad:
        return None
    return _adjective_error(r, k, noun.lemma, noun.gender, noun.number or d_number)


def _prenominal(r: _Reader) -> list[GrammarError]:
    """ "Buena fin de semana", "muchos gracias": an adjective before its noun, no article."""
    errors = []
    for i in range(len(r.w)):
        adj, noun = r.adjective(i), r.noun(i + 1)
        if adj is None or noun is None or fold(adj.lemma) not in r.kb.prenominal:
            continue
        if r.at(i - 1) in DETERMINERS or r.noun(i) or r.persons(i + 1):
            continue  # the article's own check covers it; or not an adjective here
        if (adj.gender and noun.gender and adj.gender != noun.gender) or (
            adj.number and noun.number and adj.number != noun.number
        ):
            errors.append(_adjective_error(r, i, noun.lemma, noun.gender, noun.number or "s"))
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
        error = _predicate_error(r, i, what, gender, number)
        if error is not None:
            errors.append(error)
    return errors


def _predicate_error(
    r: _Reader, i: int, what: str, gender: str | None, number: str
) -> GrammarError | None:
    """The first adjective after the copula at i (or in a list joined by «y» or commas) that
    does not agree with the subject."""
    k = r.skip_adverbs(i + 1)
    while k < len(r.w):
        adj = r.adjective(k)
        if adj is None or r.noun(k):
            return None
        if (gender and adj.gender and adj.gender != gender) or (
            adj.number and adj.number != number
        ):
            return _adjective_error(r, k, what, gender, number)
        k = r.skip_adverbs(k + 1)
        after = r.skip_adverbs(k + 1)
        if r.at(k) in ("y", "e") and r.adjective(after):
            k = after
        elif r.at(k) == BOUNDARY and r.adjective(after) and r.at(after + 1) not in r.kb.persons:
            k = after
        else:
            return None
    return None


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
