"""One error for one mistake. The rules may find one mistake twice: two errors on one word
(«Nathan están cómico»: the person of the verb, and estar for ser) or an error that only the
first one made (an adjective read against the wrong verb's subject); and a fix may leave the
next word of its phrase wrong («la misma día» → «el misma día»). Each error's fix is made
and the sentence read again: an error that fix leaves no trace of is the same mistake and
is dropped, and a fix that leaves the next word wrong in the same way is carried over it."""

from collections.abc import Callable
from dataclasses import replace

from langbot.grading.lexicon import lexicon
from langbot.grading.reader import GrammarError
from langbot.grading.recast import apply_fixes
from langbot.grading.tokens import Tokens, tokenize

Recheck = Callable[[Tokens], list[GrammarError]]
MAX_CARRIED = 3  # words a fix may be carried over: a determiner, two adjectives
# Each fix read again is a whole rules pass: bound them so a long or error-dense input
# (adversarial text) costs no more than a short answer; past the bounds the errors stand as found.
_AGREEING = frozenset({"ADJ", "DET"})
CARRIED_KIND = "gender_number"  # the one kind a fix can leave the next word wrong in
MAX_WORDS = 30
MAX_ERRORS = 4
MAX_RECHECKS = 8


class _Spent(Exception):
    """The rules passes this sentence may spend are spent."""


def _budgeted(recheck: Recheck) -> Recheck:
    left = [MAX_RECHECKS]

    def run(tokens: Tokens) -> list[GrammarError]:
        if left[0] <= 0:
            raise _Spent
        left[0] -= 1
        return recheck(tokens)

    return run


class _Fixed:
    """The sentence with one error's fix made, read again (or None where it cannot be made)."""

    def __init__(self, tokens: Tokens, e: GrammarError, recheck: Recheck) -> None:
        self.tokens, self.errors, self.gained = None, [], 0
        text = apply_fixes(tokens, [e]) if e.fix is not None and 0 <= e.start < e.end else None
        if text:
            self.tokens = tokenize(text)
            self.errors = recheck(self.tokens)
            self.gained = len(self.tokens.words) - len(tokens.words)

    def leaves(self, e: GrammarError, fixed: GrammarError) -> bool:
        """Whether an error is still there once `fixed` is fixed (something on its words)."""
        if e.end <= fixed.start:
            start, end = e.start, e.end
        elif e.start >= fixed.end:
            start, end = e.start + self.gained, e.end + self.gained
        else:  # on the fixed words: wherever they are now
            start = min(e.start, fixed.start)
            end = max(e.end, fixed.end) + self.gained
        end = max(end, start + 1)
        return any(n.start < end and start < max(n.end, n.start + 1) for n in self.errors)


def _chased(e: GrammarError, tokens: Tokens, recheck: Recheck) -> GrammarError:
    """Where fixing an error leaves another on its word («están» → «está», which estar
    for ser reads again), the last of the chain whose fix leaves the word right, with the
    learner's word in its message; the error itself where the chain does not end."""
    current, now = e, tokens
    for _ in range(MAX_CARRIED):
        fixed = _Fixed(now, current, recheck)
        if fixed.tokens is None or fixed.gained:
            return e
        on = [n for n in fixed.errors if n.start < e.end and e.start < max(n.end, n.start + 1)]
        if not on:
            said = now.original_text(e.start, e.end)
            message = current.message.replace(
                f"«{said}»", f"«{tokens.original_text(e.start, e.end)}»"
            )
            return replace(current, message=message, start=e.start, end=e.end)
        if (on[0].start, on[0].end) != (e.start, e.end) or on[0].fix is None:
            return e
        current, now = on[0], fixed.tokens
    return e


def _same_mistakes(errors: list[GrammarError], fixes: list[_Fixed]) -> list[GrammarError]:
    """The errors less those another kept error's fix leaves no trace of."""
    dropped: set[int] = set()
    # the narrower fix first: where two fixes each leave no trace of the other («Me gustar»:
    # «gustan», or the pronoun joined as «gustarme»), the one that changes less is the cue;
    # of two as narrow («Me llama Ana»: «se» or «llamo») neither is sure, so both stand
    for i in sorted(range(len(errors)), key=lambda k: errors[k].end - errors[k].start):
        a = errors[i]
        if i in dropped or fixes[i].tokens is None:
            continue
        for j, b in enumerate(errors):
            if j == i or j in dropped or fixes[i].leaves(b, a):
                continue
            mutual = fixes[j].tokens is not None and not fixes[j].leaves(a, b)
            if not mutual or a.end - a.start < b.end - b.start:
                dropped.add(j)
    return [e for i, e in enumerate(errors) if i not in dropped]


def _carried(e: GrammarError, tokens: Tokens, recheck: Recheck, starts: set[int]):
    """The error with its fix carried over the next words its fix leaves wrong in the same
    way (an agreement fix over the adjective after the determiner); a word with an error of
    its own keeps it."""
    for _ in range(MAX_CARRIED):
        if e.end in starts or e.kind != CARRIED_KIND or e.end >= len(tokens.words):
            return e
        if not lexicon().upos_set(tokens.words[e.end]) & _AGREEING:
            return e  # only an adjective or a determiner can be left wrong the same way
        fixed = _Fixed(tokens, e, recheck)
        after = e.end + fixed.gained
        if (
            fixed.tokens is None
            or tokens.words[e.end : e.end + 1] != fixed.tokens.words[after : after + 1]
        ):
            return e
        nxt = [n for n in fixed.errors if (n.start, n.end, n.kind) == (after, after + 1, e.kind)]
        if not nxt or nxt[0].fix is None:
            return e
        found = tokens.original_text(e.start, e.end)
        whole = tokens.original_text(e.start, e.end + 1)
        fix = f"{e.fix} {nxt[0].fix}"
        message = e.message.replace(f"«{found}»", f"«{whole}»").replace(f"«{e.fix}»", f"«{fix}»")
        e = replace(e, end=e.end + 1, fix=fix, message=message)
    return e


def one_per_mistake(
    errors: list[GrammarError], tokens: Tokens, recheck: Recheck
) -> list[GrammarError]:
    """The errors with each mistake named once, each fix carried over its phrase."""
    if not errors or len(tokens.words) > MAX_WORDS or len(errors) > MAX_ERRORS:
        return errors
    try:
        return _combined(errors, tokens, _budgeted(recheck))
    except _Spent:
        return errors


def _combined(errors: list[GrammarError], tokens: Tokens, recheck: Recheck) -> list[GrammarError]:
    if len(errors) > 1:
        shared = [e for e in errors if sum(o.start == e.start for o in errors) > 1]
        errors = [_chased(e, tokens, recheck) if e in shared else e for e in errors]
        errors = list(dict.fromkeys(errors))
        errors = _same_mistakes(errors, [_Fixed(tokens, e, recheck) for e in errors])
    starts = {e.start for e in errors}
    return [_carried(e, tokens, recheck, starts) for e in errors]
