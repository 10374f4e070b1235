"""Usage checks: gustar and what it agrees with, ser against estar, and age with tener."""

from langbot.grading.reader import (
    _COPULAS,
    _ESTAR,
    _GUSTAR,
    _NUMBER_WORDS,
    _SER,
    DETERMINERS,
    GrammarError,
    _Reader,
)
from langbot.grading.tokens import BOUNDARY


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


def _accent(form: str) -> str:
    return {"esta": "está", "estas": "estás", "estan": "están", "estais": "estáis"}.get(form, form)


def _event_subject(r: _Reader, i: int) -> bool:
    back = r.at(i - 1)
    noun = r.kb.vocabulary.nouns.get(back)
    return bool(noun and noun.lemma in r.kb.lists.events)


def _asks_where(r: _Reader, i: int) -> bool:
    return r.at(i - 1) in ("donde", "adonde")


_INDEFINITE = frozenset({"un", "una", "unos", "unas"})
_OLD = frozenset({"viejo", "vieja", "viejos", "viejas"})


def _calques(r: _Reader) -> list[GrammarError]:
    """Three slips of English-speaking beginners: «está una farmacia» (there is: «hay»),
    «veinte años viejo» (age takes no «viejo») and «es llama» (the reflexive «se»)."""
    errors = []
    for i, tok in enumerate(r.w):
        nxt = r.at(i + 1)
        if tok in ("esta", "estan") and nxt in _INDEFINITE and r.at(i + 2) != "poco":
            errors.append(
                GrammarError(
                    "ser_estar",
                    "To say that there is something (somewhere), use «hay», not «está».",
                    i, i + 1, "hay",
                )
            )  # fmt: skip
        elif tok == "anos" and nxt in _OLD:
            errors.append(
                GrammarError(
                    "tener_age", "Age is «tengo … años», with no «viejo».", i + 1, i + 2, None
                )
            )
        elif tok == "es" and any(r.kb.verbs.is_reflexive(inf) for inf in r.persons(i + 1)):
            errors.append(
                GrammarError(
                    "reflexive",
                    f"«{nxt}» takes the reflexive pronoun «se», not «es».",
                    i, i + 1, "se",
                )
            )  # fmt: skip
    return errors
