"""A rule word list's name means one list: a family file's `words:` list holds the same words
as every list of that name in another family file or in shared.yaml, so a reader of
`ctx.words["name"]` knows which words a rule reads, whichever family runs it."""

import shutil

from langbot.grading.rules.base import RULES_DIR, load_rule_file
from langbot.grading.rules.registry import SHARED_FILE, _shared_words


def _lists_by_name(folder) -> dict[str, dict[str, list[str]]]:
    """Every words list of the rule files, by its name, then by the file that holds it."""
    by_name: dict[str, dict[str, list[str]]] = {}
    for path in sorted(folder.glob("*.yaml")):
        words = _shared_words(path) if path.name == SHARED_FILE else load_rule_file(path).words
        for name, values in words.items():
            by_name.setdefault(name, {})[path.name] = values
    return by_name


def _names_with_two_lists(folder) -> dict[str, dict[str, list[str]]]:
    """The names that stand for different lists in different files."""
    return {
        name: files
        for name, files in _lists_by_name(folder).items()
        if len({tuple(values) for values in files.values()}) > 1
    }


def test_a_word_list_name_holds_the_same_words_in_every_rule_file():
    assert _names_with_two_lists(RULES_DIR) == {}


def test_a_family_list_that_differs_from_a_shared_one_of_its_name_is_found(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    path = folder / "verbs.yaml"
    text = path.read_text()
    assert "\n  of: [de]" in text
    path.write_text(text.replace("\n  of: [de]", "\n  of: [de, del]", 1))
    found = _names_with_two_lists(folder)
    assert set(found) == {"of"}
    assert found["of"]["verbs.yaml"] == ["de", "del"]
    assert found["of"][SHARED_FILE] == ["de"]
