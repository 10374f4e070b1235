"""The native-sentence precision net: Tatoeba sentences graded with no step.

Native sentences are (almost always) right, so every definite error the built-in checks find
in one is a false error, unless a review by eye found the sentence truly wrong (`wrong.yaml`
beside the tuning half). Made by scripts/make_native_sentences.py; see
evals/real-native-sentences/README.md.
"""

import re
from collections import Counter
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from langbot.datafiles import load_rows, read_text
from langbot.evaluation import EVALS_DIR, EvalSetError
from langbot.text import fold

SENTENCES_FILE = "sentences.txt"
WRONG_FILE = "wrong.yaml"
NATIVE_DIR = EVALS_DIR / "real-native-sentences"
NATIVE_HELDOUT_DIR = EVALS_DIR / "real-native-sentences-heldout"
MISSPELLING = "misspelling"  # the rule id the misspelling check counts under


class WrongSentence(BaseModel):
    """A native sentence reviewed by eye and found wrong: the words, quoted, and the fix.
    A fire counts as right only inside the quoted words; any other is still a false error."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1)
    wrong: str = Field(min_length=1)
    """The wrong words quoted as in `text`, then the fix («nuestros nombre»: «nuestros nombres»)."""

    @model_validator(mode="after")
    def _quotes_the_sentence(self) -> "WrongSentence":
        quoted = re.findall(r"«([^»]+)»", self.wrong)
        if not quoted or quoted[0] not in self.text:
            raise ValueError("wrong must start by quoting, in «», words of the sentence")
        return self

    def covers(self, flagged: str) -> bool:
        """Whether words the checks flag lie inside the wrong words quoted first."""
        quoted = _words(re.findall(r"«([^»]+)»", self.wrong)[0])
        words = _words(flagged)
        n = len(words)
        return bool(words) and any(quoted[i : i + n] == words for i in range(len(quoted) - n + 1))


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", fold(text)))


def load_sentences(folder: Path | str) -> list[str]:
    """The sentences of a half, one a line; lines starting with # are comments."""
    path = Path(folder) / SENTENCES_FILE
    lines = read_text(path, EvalSetError).splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def load_wrong(folder: Path | str) -> dict[str, WrongSentence]:
    """Sentence -> its review, from the half's wrong.yaml (none when there is no file)."""
    path = Path(folder) / WRONG_FILE
    if not path.is_file():
        return {}
    return {row.text: row for _, row in load_rows(path, WrongSentence, EvalSetError, "sentences")}


def sentence_fires(text: str) -> list[tuple[str, str, str]]:
    """(rule id, words flagged, message) of every definite error the built-in checks find in
    a sentence with no step: the shipped grammar rules and the misspelling check."""
    from langbot.grading.knowledge import knowledge  # noqa: PLC0415 (loads the grader)
    from langbot.grading.rules.registry import run_rules  # noqa: PLC0415
    from langbot.grading.spelling import misspelled_extras  # noqa: PLC0415
    from langbot.grading.tokens import tokenize  # noqa: PLC0415

    kb, tokens = knowledge(), tokenize(text)
    found = run_rules(tokens, kb) + [(MISSPELLING, e) for e in misspelled_extras(tokens, kb, set())]
    return [(rule, tokens.original_text(e.start, e.end), e.message) for rule, e in found]


def score_sentences(sentences: list[str], wrong: dict[str, WrongSentence] | None = None) -> dict:
    """How many sentences get an error (raw, and less those reviewed as wrong), the rules
    that fire and how often (one count a sentence), and the flagged sentences."""
    wrong = wrong or {}
    flagged, by_rule = [], Counter()
    for text in sentences:
        fires = sentence_fires(text)
        if fires:
            by_rule.update({rule for rule, _, _ in fires})
            review = wrong.get(text)
            right = review is not None and all(review.covers(words) for _, words, _ in fires)
            flagged.append({"text": text, "fires": fires, "wrong": review.wrong if right else None})
    n = len(sentences)
    false = sum(not f["wrong"] for f in flagged)
    return {
        "sentences": n,
        "flagged_rate": len(flagged) / n if n else None,
        "reviewed_wrong": len(flagged) - false,
        "false_error_rate": false / n if n else None,
        "by_rule": dict(by_rule.most_common()),
        "flagged": flagged,
    }


def score_native(
    tuning: Path = NATIVE_DIR, heldout: Path = NATIVE_HELDOUT_DIR, *, with_heldout: bool = True
) -> dict:
    """Both halves scored (the tuning half alone without `with_heldout`); the held-out half
    keeps no sentences and has no reviews."""
    out = {"tuning": score_sentences(load_sentences(tuning), load_wrong(tuning))}
    if with_heldout:
        out["heldout"] = score_sentences(load_sentences(heldout))
        for key in ("flagged", "by_rule", "reviewed_wrong", "false_error_rate"):
            out["heldout"].pop(key)  # never list or break down a held-out half's sentences
    return out


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def native_lines(score: dict | None) -> list[tuple[str, list[str]]]:
    """The block of the real-language table: sentences, the share that gets an error, and
    each rule's fires on the tuning half."""
    if not score:
        return []
    tuning, heldout = score["tuning"], score["heldout"]
    reviewed = f"{_pct(tuning['false_error_rate'])} ({tuning['reviewed_wrong']} wrong)"
    lines = [
        ("Tatoeba native sentences, built-in checks, no step", ["", ""]),
        ("  sentences", [str(tuning["sentences"]), str(heldout["sentences"])]),
        ("  sentence gets an error, raw", [_pct(tuning["flagged_rate"]), _pct(heldout["flagged_rate"])]),
        ("  ...less the sentences reviewed as wrong", [reviewed, "not reviewed"]),
        ("  sentences each rule fires on (tuning)", ["", ""]),
    ]  # fmt: skip
    lines += [(f"    {rule}", [str(n), ""]) for rule, n in tuning["by_rule"].items()]
    return lines


def format_native_misses(score: dict) -> str:
    """The tuning half's sentences that got an error, each with its rules and the words."""
    flagged = score["tuning"]["flagged"]
    lines = [f"\n{len(flagged)} native sentences (real-native-sentences) that got an error:"]
    for item in flagged:
        fires = "; ".join(f"{rule} [{words}]" for rule, words, _ in item["fires"])
        note = f" [wrong, reviewed: {item['wrong']}]" if item["wrong"] else ""
        lines.append(f"  {item['text']!r}: {fires}{note}")
    return "\n".join(lines) + "\n"
