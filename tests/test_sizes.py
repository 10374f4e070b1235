"""Size limits on the production code: no module over 300 lines, no function over 60.

A function's length runs from its `def` line to its last line, docstring included; a module's is
its line count. An offender is split by concern, never squeezed onto fewer lines."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "langbot"
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 60


def module_sizes(root: Path) -> dict[str, int]:
    """Each module under `root` and its number of lines."""
    return {
        str(path.relative_to(root.parent)): len(path.read_text(encoding="utf-8").splitlines())
        for path in sorted(root.rglob("*.py"))
    }


def function_sizes(root: Path) -> dict[str, int]:
    """Each function (methods and nested ones too) under `root` and its number of lines."""
    sizes = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                where = f"{path.relative_to(root.parent)}:{node.lineno} {node.name}"
                sizes[where] = node.end_lineno - node.lineno + 1
    return sizes


def test_no_module_is_over_300_lines():
    long = {name: n for name, n in module_sizes(PACKAGE).items() if n > MAX_MODULE_LINES}
    assert not long, f"modules over {MAX_MODULE_LINES} lines: {long}"


def test_no_function_is_over_60_lines():
    long = {name: n for name, n in function_sizes(PACKAGE).items() if n > MAX_FUNCTION_LINES}
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines: {long}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f():\n    return 1\n", {"f": 2}),
        ("class C:\n    def m(self):\n        x = 1\n        return x\n", {"m": 3}),
        (
            "def outer():\n    def inner():\n        pass\n    return inner\n",
            {"outer": 4, "inner": 2},
        ),
    ],
)
def test_a_function_counts_from_its_def_to_its_last_line(tmp_path, source, expected):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "mod.py").write_text(source, encoding="utf-8")
    sizes = function_sizes(tmp_path / "pkg")
    assert {name.split(" ")[1]: n for name, n in sizes.items()} == expected
    assert module_sizes(tmp_path / "pkg") == {"pkg/mod.py": len(source.splitlines())}
