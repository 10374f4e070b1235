"""Agreement checks: article and noun, noun and adjective, and "un" before a noun."""

from langbot.lexicon import DETERMINERS, NUMBER_WORDS, STRESSED_A, GrammarError, Lexicon

_LINKS = {"es", "esta", "son", "estan", "era", "muy", "tan", "bastante", "un", "poco", "no"}


def check_articles(tokens: list[str], lex: Lexicon) -> list[GrammarError]:
    """Article–noun gender and number agreement ("el casa", "los libro")."""
    errors = []
    for i, (det, noun_form) in enumerate(zip(tokens, tokens[1:], strict=False)):
        if det not in DETERMINERS or noun_form not in lex.nouns:
            continue
        if (
            det in ("un", "una")
            and i >= 2
            and tokens[i - 1] == "y"
            and tokens[i - 2] in NUMBER_WORDS
        ):
            continue  # "treinta y un años": a number, not an article
        word, gender, numbers = lex.nouns[noun_form]
        d_gender, d_number = DETERMINERS[det]
        if d_number not in numbers:
            errors.append(
                GrammarError(
                    "number",
                    f"«{det} {noun_form}»: the article and the noun must both be singular or both plural.",
                )
            )
        elif gender and d_gender and d_gender != gender:
            if gender == "f" and det in ("el", "un") and noun_form in STRESSED_A:
                continue
            kind = "masculine" if gender == "m" else "feminine"
            errors.append(
                GrammarError("gender", f"«{word}» is a {kind} word: check the article before it.")
            )
    return errors


def check_adjectives(tokens: list[str], lex: Lexicon) -> list[GrammarError]:
    """Noun–adjective agreement, next to each other or across es/está ("la tostada está rico")."""
    errors = []
    for i, tok in enumerate(tokens):
        if tok not in lex.nouns or not i or tokens[i - 1] not in DETERMINERS:
            continue
        word, gender, numbers = lex.nouns[tok]
        number = DETERMINERS[tokens[i - 1]][1]
        j = i + 1
        while j < len(tokens) and tokens[j] in _LINKS:
            j += 1
        if j >= len(tokens) or tokens[j] not in lex.adjectives or j - i > 4:
            continue
        adj, a_gender, a_number = lex.adjectives[tokens[j]]
        if (gender and a_gender != gender) or a_number != number:
            errors.append(
                GrammarError(
                    "gender", f"«{tokens[j]}» must agree with «{word}» in gender and number."
                )
            )
    return errors


def check_numerals(tokens: list[str], lex: Lexicon) -> list[GrammarError]:
    """ "uno" shortens before a masculine noun: "veintiún años", not "veintiuno años"."""
    errors = []
    for tok, nxt in zip(tokens, tokens[1:], strict=False):
        if tok.endswith("uno") and tok in NUMBER_WORDS | {"uno"} and nxt in lex.nouns:
            if lex.nouns[nxt][1] == "m":
                errors.append(
                    GrammarError(
                        "number",
                        f"Before a masculine noun like «{lex.nouns[nxt][0]}», «{tok}» loses its last letter.",
                    )
                )
    return errors
