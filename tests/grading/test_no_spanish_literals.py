"""No Spanish words in the grader's Python: its Spanish is data (lessons/vocabulary/,
langbot/grading/data/). An AST scan of every string constant of langbot/grading/."""

import ast
import re
import typing
from pathlib import Path

from langbot.asks import AskKind
from langbot.conversation import ERROR_KINDS
from langbot.grading.knowledge import GrammarLists, knowledge
from langbot.grading.lexicon import ReadingRecord
from langbot.grading.rules.base import RuleKind
from langbot.grading.verbs import Imperative, VerbEntry
from langbot.grading.vocabulary import FILES
from langbot.grading.vocabulary_files import FunctionWords, PhraseGroups, PlaceEntry
from langbot.text import fold

GRADING = Path(__file__).resolve().parents[2] / "langbot" / "grading"
# Modules other work is rewriting at the same time (issue 19, parts 2-4): the lead removes an
# entry at merge once its module is clean. Every other module must be clean now.
TEMPORARILY_EXEMPT: frozenset[str] = frozenset()
AFFIX_METHODS = {"endswith", "startswith", "removesuffix", "removeprefix"}
IDENTIFIER = re.compile(r"[a-z0-9]+(?:_[a-z0-9]*)+")
WORD = re.compile(r"[^\W\d_]{2,}")


def _schema_names() -> frozenset[str]:
    """Names the data files and the grader use as keys, classes and kinds (English ids that
    may look like a Spanish word: «country», «hobbies», «gustar» as a kind)."""
    vocabulary = knowledge().vocabulary
    names = set(FILES) | vocabulary.noun_classes | vocabulary.adjective_classes
    for model in (FunctionWords, PhraseGroups, GrammarLists, VerbEntry, Imperative):
        names |= set(model.model_fields)
    for literal in (RuleKind, PlaceEntry.model_fields["kind"].annotation):
        names |= set(typing.get_args(literal))
    names |= set(ERROR_KINDS)
    names |= set(typing.get_args(AskKind))  # what a step asks: plan, order…
    for info in ReadingRecord.model_fields.values():  # UD's feature values: Fin, ud…
        for arg in typing.get_args(info.annotation):
            names |= set(typing.get_args(arg)) or ({arg} if isinstance(arg, str) else set())
    return frozenset(fold(n) for n in names)


def _spanish_words() -> frozenset[str]:
    kb = knowledge()
    v = kb.vocabulary
    return frozenset(set(v.nouns) | set(v.adjectives) | set(kb.verbs.forms) | v.function_words)


def _exempt_constants(tree: ast.AST) -> set[int]:
    """Docstrings, the affixes given to str.endswith and its kin ("se", "ar"), and the
    endings added to a stem with + (word + "es")."""
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            if isinstance(node.right, ast.Constant):
                skip.add(id(node.right))
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in AFFIX_METHODS
        ):
            for arg in node.args:
                skip.update(id(n) for n in ast.walk(arg) if isinstance(n, ast.Constant))
    return skip


def spanish_in(text: str, spanish: frozenset[str], schema: frozenset[str]) -> list[str]:
    """The Spanish words a string constant holds as words, not as part of English prose:
    a string (or one `|` alternative of a regex) at least half of whose words are Spanish
    (a list of them, though a word the vocabulary lacks is among them), and any Spanish
    quoted «like this» inside a message. One-letter strings are symbols (tags)."""
    if IDENTIFIER.fullmatch(text) or fold(text) in schema:
        return []
    found = []
    for part in [*text.split("|"), *re.findall(r"«([^»{}]*)»", text)]:
        words = [fold(w) for w in WORD.findall(part)]
        hits = [w for w in words if w in spanish and w not in schema]
        if hits and 2 * len(hits) >= len(words):
            found += hits
    return found


def scan(path: Path, spanish: frozenset[str], schema: frozenset[str]) -> list[str]:
    """`file:line: words` for every string constant of a module holding Spanish words."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _exempt_constants(tree)
    hits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            words = spanish_in(node.value, spanish, schema)
            if words:
                hits.append(f"{path.relative_to(GRADING.parent.parent)}:{node.lineno}: {words}")
    return hits


def _modules() -> list[Path]:
    return [
        p
        for p in sorted(GRADING.rglob("*.py"))
        if not (p.parent == GRADING and p.name in TEMPORARILY_EXEMPT)
    ]


def test_no_spanish_word_literals_in_the_grader():
    spanish, schema = _spanish_words(), _schema_names()
    hits = [hit for path in _modules() for hit in scan(path, spanish, schema)]
    assert not hits, (
        "Spanish words in langbot/grading Python; move them to a data file "
        "(lessons/vocabulary/*.yaml or langbot/grading/data/):\n" + "\n".join(hits)
    )


def test_the_scan_finds_what_it_must_and_spares_prose():
    spanish, schema = _spanish_words(), _schema_names()
    assert spanish_in("el|la|los", spanish, schema) == ["el", "la", "los"]
    assert spanish_in(r"\b(forget|olvida)\b", spanish, schema) == ["olvida"]
    assert spanish_in("«me gusta» needs a plural here", spanish, schema) == ["me", "gusta"]
    assert spanish_in("cero uno dos", spanish, schema) == ["uno", "dos"]  # «cero»: not listed
    assert spanish_in("needs a capital letter", spanish, schema) == []
    assert spanish_in("ser_estar", spanish, schema) == []  # an id, not a word
    assert spanish_in("country", spanish, schema) == []  # a kind of place in the data
    assert spanish_in("e", spanish, schema) == []  # a tag letter


def test_the_exempt_modules_exist():
    """An exempt entry for a module that is gone or renamed hides nothing: remove it."""
    for name in TEMPORARILY_EXEMPT:
        assert (GRADING / name).is_file(), f"{name} is exempt but not in langbot/grading/"
