"""Every licence the generated data's README names has its text in the repository."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "langbot" / "grading" / "data"
README = DATA / "README.md"
LICENCE_NAME = re.compile(
    r"\b(?:CC[- ]BY(?:-SA)? \d\.\d(?: FR)?|L?GPL-\d\.\d(?:-or-later)?|LGPL-LR|MIT|MPL-\d\.\d"
    r"|Apache-\d\.\d|BSD-\d-Clause|CC0-1\.0|Unicode License v\d)(?![\w.-])"
)
# The words that open each licence's text: a wrong file beside the data fails
TITLES = {
    "LGPL-LR": "Lesser General Public License For Linguistic Resources",
    "LGPL-3.0": "GNU LESSER GENERAL PUBLIC LICENSE Version 3",
    "GPL-3.0": "GNU GENERAL PUBLIC LICENSE Version 3",
    "GPL-2.0-or-later": "GNU GENERAL PUBLIC LICENSE Version 2",
    "LGPL-2.1": "GNU LESSER GENERAL PUBLIC LICENSE Version 2.1",
    "Unicode License v3": "UNICODE LICENSE V3",
    "MIT": "Permission is hereby granted, free of charge",
}
# LGPL-3.0 adds its terms to the GPL's: its text is not complete without GPL-3.0's
ALSO_NEEDS = {"LGPL-3.0": "GPL-3.0"}


def _squash(text: str) -> str:
    return " ".join(text.split())


def _rows(text: str, first_cell: str) -> list[list[str]]:
    """The rows of the Markdown table whose header starts with `first_cell`."""
    rows, inside = [], False
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells[0] == first_cell:
            inside = True
        elif inside and line.startswith("|"):
            if not set(cells[0]) <= {"-"}:
                rows.append(cells)
        elif inside:
            break
    return rows


def named_licences(text: str) -> set[str]:
    """The licences the README's table of files names for a checked-in file."""
    found = set()
    for cells in _rows(text, "file"):
        found |= {m.group() for m in LICENCE_NAME.finditer(" ".join(cells[2:]))}
    return found


def licence_texts(text: str) -> dict[str, str]:
    """Licence -> the cell that gives its text, from the README's table of licence texts."""
    return {cells[0]: cells[1] for cells in _rows(text, "licence")}


def test_the_readme_names_the_licences_of_the_lexicon_sources():
    names = named_licences(README.read_text(encoding="utf-8"))
    assert {"LGPL-3.0", "LGPL-2.1", "Unicode License v3", "CC BY-SA 4.0", "LGPL-LR"} <= names


@pytest.mark.parametrize("licence", sorted(named_licences(README.read_text(encoding="utf-8"))))
def test_every_licence_named_has_its_text(licence):
    texts = licence_texts(README.read_text(encoding="utf-8"))
    assert licence in texts, f"{licence}: add its text beside the data and a row for it"
    cell = texts[licence]
    if licence.startswith("CC"):  # Creative Commons terms accept the licence's address
        assert re.search(r"https://creativecommons\.org/licenses/\S+/legalcode", cell)
        return
    wanted = [licence] + ([ALSO_NEEDS[licence]] if licence in ALSO_NEEDS else [])
    files = re.findall(r"`(LICENSE-[^`]+)`", cell)
    assert files, f"{licence}: no licence file named"
    for name in files:
        assert (DATA / name).is_file(), f"{name} is named but not beside the data"
    heads = [_squash((DATA / name).read_text(encoding="utf-8")[:800]) for name in files]
    for needed in wanted:
        title = TITLES.get(needed)
        assert title, f"{needed}: add the words that open its text to TITLES"
        assert any(title in head for head in heads), f"{licence}: no file opens with {title!r}"


def test_every_licence_file_beside_the_data_is_named():
    cells = " ".join(licence_texts(README.read_text(encoding="utf-8")).values())
    for path in DATA.glob("LICENSE-*"):
        assert f"`{path.name}`" in cells, f"{path.name} is not in the README's licence table"


def test_the_sets_made_from_cows_l2h_carry_its_apache_licence():
    evals = README.parents[3] / "evals"
    text = (evals / "LICENSE-COWS-L2H-Apache-2.0.txt").read_text(encoding="utf-8")
    assert text.lstrip().startswith("Apache License") and "Version 2.0" in text[:200]
    assert "LICENSE-COWS-L2H-Apache-2.0.txt" in (evals / "real-learner" / "README.md").read_text(
        encoding="utf-8"
    )


def test_the_repository_licence_matches_the_package_and_names_every_data_readme():
    """A reader of LICENSE learns the code's licence and where each data licence is stated."""
    root = DATA.parent.parent.parent
    text = (root / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert TITLES["MIT"] in _squash(text)
    assert 'license = { text = "MIT" }' in (root / "pyproject.toml").read_text(encoding="utf-8")
    readmes = [p for p in root.glob("**/README.md") if _names_a_licence(p)]
    for path in readmes:
        assert path.relative_to(root).as_posix() in text, path


def _names_a_licence(path: Path) -> bool:
    """Whether a data README states a source's licence (a table or a Sources section)."""
    text = path.read_text(encoding="utf-8")
    return "## Sources and licences" in text or bool(named_licences(text))
