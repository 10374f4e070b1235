"""The reflexive check of the old token reader (run as a rule by rules/legacy.py)."""

from langbot.grading.reader import PERSON_NAMES, GrammarError, _Reader
from langbot.grading.tokens import BOUNDARY


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
