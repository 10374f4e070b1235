"""Usage checks: gustar and what it agrees with, and three calques of English speakers
(ser against estar lives in langbot.grading.copula)."""

from langbot.grading.reader import _GUSTAR, GrammarError, _Reader
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
