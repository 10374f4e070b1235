"""Correcting the learner's own sentence: apply each known fix where the error was found."""

from langbot.grading.tokens import Tokens


def apply_fixes(tokens: Tokens, errors) -> str | None:
    """The learner's sentence with every fixable error corrected, or None if none can be."""
    edits = []
    for e in errors:
        if e.fix is None or e.start < 0:
            continue
        if e.start == e.end:  # an insertion before token `start`
            at = tokens.spans[e.start][0]
            edits.append((at, at, e.fix + " "))
        else:
            a, b = tokens.spans[e.start][0], tokens.spans[e.end - 1][1]
            edits.append((a, b, e.fix))
    if not edits:
        return None
    text = tokens.original
    out, last = [], 0
    for a, b, new in sorted(set(edits)):
        if a < last:
            continue
        old = text[a:b]
        if old[:1].isupper() and new:
            new = new[0].upper() + new[1:]
        out += [text[last:a], new]
        last = b
    out.append(text[last:])
    fixed = " ".join("".join(out).split())
    if fixed and fixed[0].isalpha():
        fixed = fixed[0].upper() + fixed[1:]
    return fixed
