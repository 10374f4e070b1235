"""Ser against estar, and age with tener: which copula a clause needs."""

from langbot.grading.reader import (
    _COPULAS,
    _ESTAR,
    _NUMBER_WORDS,
    _SER,
    DETERMINERS,
    GrammarError,
    _Reader,
)
from langbot.grading.tokens import BOUNDARY

_SER_FIX = {v: k for k, v in _SER.items()}
_ESTAR_FIX = {v: k for k, v in _ESTAR.items()}


def _ser_estar(r: _Reader, age_step: bool = False) -> list[GrammarError]:
    errors = []
    for i, tok in enumerate(r.w):
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
        error = _copula_error(r, i, age_step)
        if error is not None:
            errors.append(error)
    return errors


def _copula_error(r: _Reader, i: int, age_step: bool) -> GrammarError | None:
    """The one error of the copula at i, if any: an age, then ser's misuses or estar's."""
    tok = r.w[i]
    j = r.skip_adverbs(i + 1)
    nxt = r.at(j)
    person = _COPULAS[tok]
    number_next = nxt.isdigit() or nxt in _NUMBER_WORDS
    clause_end = r.at(j + 1) == BOUNDARY or j + 1 >= len(r.w)
    if number_next and ("anos" in r.w[j + 1 : j + 4] or (age_step and clause_end)):
        return GrammarError(
            "tener_age",
            "In Spanish, age goes with tener (you “have” years), not ser or estar.",
            i,
            i + 1,
            r.kb.verbs.present("tener").get(person),
        )
    if tok in _SER:
        return _ser_error(r, i, j, person)
    return _estar_error(r, i, j, person)


def _ser_error(r: _Reader, i: int, j: int, person: str) -> GrammarError | None:
    """Ser where estar belongs (a state, a place), or a job in the plural after one person."""
    tok, nxt, kb = r.w[i], r.at(j), r.kb
    message = None
    if nxt in kb.estar_only and not r.noun(j):
        message = f"«{nxt}» says how someone is right now: that takes estar, not ser."
    elif r.adjective(j) and "state" in r.adjective(j).classes and r.at(j + 1) in ("hoy", "ahora"):
        message = "How someone is today takes estar, not ser."
    elif (
        tok != "son"
        and any(tuple(r.w[j : j + len(p)]) == p for p in kb.locations)
        and not _asks_where(r, i)
    ):
        message = "To say where something is, use estar, not ser."
    elif (
        _asks_where(r, i)
        and DETERMINERS.get(nxt)
        and r.noun(j + 1)
        and r.noun(j + 1).lemma not in kb.lists.events
    ):
        message = "To ask where something is, use estar: «¿dónde está…?»."
    elif nxt == "en" and not _event_subject(r, i) and not _asks_where(r, i):
        message = "To say where someone or something is, use estar, not ser."
    elif (
        person in ("1s", "2s", "3s")
        and r.noun(j)
        and "job" in r.noun(j).classes
        and r.noun(j).number == "p"
    ):
        message = f"«{nxt}» must be singular here, like «{tok}»."
        return GrammarError("gender_number", message, j, j + 1, r.noun(j).lemma)
    if message is None:
        return None
    return GrammarError("ser_estar", message, i, i + 1, _accent(_ESTAR_FIX[person]))


def _estar_error(r: _Reader, i: int, j: int, person: str) -> GrammarError | None:
    """Estar where ser belongs: origin, a job, nationality, a trait or a date."""
    nxt, lists = r.at(j), r.kb.lists
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
    if not (origin or job or nationality or trait or date):
        return None
    what = (
        "where someone is from"
        if origin
        else "jobs"
        if job
        else "nationality"
        if nationality
        else "dates"
        if date
        else "what someone is like"
    )
    return GrammarError("ser_estar", f"For {what}, use ser, not estar.", i, i + 1, _SER_FIX[person])


def _accent(form: str) -> str:
    return {"esta": "está", "estas": "estás", "estan": "están", "estais": "estáis"}.get(form, form)


def _event_subject(r: _Reader, i: int) -> bool:
    back = r.at(i - 1)
    noun = r.kb.vocabulary.nouns.get(back)
    return bool(noun and noun.lemma in r.kb.lists.events)


def _asks_where(r: _Reader, i: int) -> bool:
    return r.at(i - 1) in ("donde", "adonde")
