"""Knowledge offers lookups on folded text only: what a token is, never the file's spelling."""

import ast
import inspect
from pathlib import Path

import pytest

from langbot.errors import LessonFileError
from langbot.grading import sentence_errors
from langbot.grading.knowledge import GrammarLists, knowledge
from langbot.grading.words import GraderWords, load_grader_words
from langbot.text import fold

SET_LOOKUPS = (
    "estar_only", "prenominal", "stressed_a", "indirect", "adverbs_between", "weak_words",
    "infinitive_forms", "finite_forms", "work_verbs",
)  # fmt: skip


def _folded(word: str) -> bool:
    return word == " ".join(fold(word).split())


@pytest.mark.parametrize("name", SET_LOOKUPS)
def test_every_set_lookup_is_folded(name):
    values = getattr(knowledge(), name)
    assert values and all(_folded(w) for w in values), name


def test_mapping_lookups_and_role_words_are_folded():
    kb = knowledge()
    assert all(_folded(k) for k in kb.subjects) and all(_folded(k) for k in kb.reflexive)
    for field in GraderWords.model_fields:
        value = getattr(kb.words, field)
        if field in ("accents_known", "languages", "number_twenties_prefix", "person_names"):
            continue  # kept as written: the accents are the point, or not words
        if field.startswith("help_"):  # regex pieces: no accent or capital, syntax kept
            assert all(w == fold(w) or not w.isalpha() for w in value), field
            continue
        words = [w for v in value.values() for w in v] if isinstance(value, dict) else value
        assert all(_folded(w) for w in words), field


def test_folded_lookups_match_accented_entries():
    """grammar.yaml writes «águila», «más», «preocupado»: the folded token must find them,
    in every form the vocabulary gives."""
    kb = knowledge()
    assert {"aguila", "area"} <= kb.stressed_a
    assert "mas" in kb.adverbs_between and {"preocupado", "preocupadas"} <= kb.estar_only


def _attributes(node: ast.AST) -> set[str]:
    return {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}


def _list_reads(node: ast.AST) -> set[str]:
    """The grammar lists a piece of code reads: `<x>.lists.<field>`."""
    return {
        n.attr
        for n in ast.walk(node)
        if isinstance(n, ast.Attribute)
        and isinstance(n.value, ast.Attribute)
        and n.value.attr == "lists"
    }


def test_every_grammar_list_is_read_by_the_grader():
    """A list in grammar.yaml that no code reads misleads its author: every field is read by
    the grader, directly (kb.lists.<field>) or through a Knowledge lookup the grader uses."""
    source = Path(inspect.getsourcefile(GrammarLists))
    grading, module = source.parent, ast.parse(source.read_text(encoding="utf-8"))
    knowledge_class = next(
        n for n in module.body if isinstance(n, ast.ClassDef) and n.name == "Knowledge"
    )
    members = {n.name: n for n in knowledge_class.body if isinstance(n, ast.FunctionDef)}
    outside, read = set(), set()
    for path in grading.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if path.name == "knowledge.py":
            tree.body = [n for n in tree.body if getattr(n, "name", None) != "Knowledge"]
        outside |= _attributes(tree)
        read |= _list_reads(tree)
    used, todo = set(), [m for m in members if m in outside]
    while todo:  # a lookup the grader uses, and the lookups it uses in turn
        name = todo.pop()
        if name not in used:
            used.add(name)
            read |= _list_reads(members[name])
            todo += [m for m in _attributes(members[name]) if m in members]
    unread = set(GrammarLists.model_fields) - read
    assert not unread, f"grammar.yaml lists no code reads: {sorted(unread)}"


@pytest.mark.parametrize(
    "text", ["el águila es grande", "El aguila es grande.", "el agua está fría", "Un hacha."]
)
def test_a_feminine_noun_with_stressed_a_takes_el_without_an_error(text):
    assert not [e for e in sentence_errors(text) if e.kind == "gender_number"]


def test_a_malformed_grader_words_file_names_file_and_field(tmp_path):
    path = tmp_path / "grader_words.yaml"
    path.write_text("slot_determiners: []\n", encoding="utf-8")
    with pytest.raises(LessonFileError) as err:
        load_grader_words(path)
    assert str(path) in str(err.value) and "slot_determiners" in str(err.value)


def test_every_verbs_prepositions_are_prepositions_of_the_vocabulary():
    kb = knowledge()
    known = kb.vocabulary.function_words_by_type["prepositions"]
    for inf, entry in kb.verbs.entries.items():
        for word in entry.prepositions:
            assert fold(word) in known, f"verbs.yaml: verb {inf!r}: prepositions: {word!r}"
    assert sum(1 for e in kb.verbs.entries.values() if e.prepositions) >= 30
