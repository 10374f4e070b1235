"""Generate langbot/llm/data/leak_forms.json: the leak guard's look-alike table and number words.

Generator-time tools only (in requirements-dev.txt, not requirements.txt; the app never
imports them): run `python scripts/generate_leak_forms.py`. The output is checked in, and a
test checks that it is what this script writes.

- Look-alikes come from Unicode's confusables.txt (UTS #39) as the confusable_homoglyphs
  package ships it: every single character, outside ASCII and not already turned into ASCII
  by NFKC, whose prototype is one ASCII letter or digit (accents aside). A capital whose
  prototype is "l" but whose small letter looks like "i" (Cyrillic І, Greek Ι) maps to "i":
  the guard compares without case.
- Number words 0-100 in Spanish and English come from num2words.
"""

from __future__ import annotations

import json
import unicodedata
from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "langbot" / "llm" / "data" / "leak_forms.json"
LICENCE = (
    "Look-alikes: Unicode confusables.txt (UTS #39), (c) Unicode, Inc., Unicode License v3, "
    "https://www.unicode.org/license.txt; via confusable_homoglyphs (MIT). "
    "Number words: num2words (LGPL-2.1), generated output only."
)


def _ascii(text: str) -> str | None:
    base = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return base.lower() if base.isascii() and base.isalnum() else None


def lookalikes() -> dict[str, str]:
    """Character -> the ASCII letter or digit it passes for."""
    from confusable_homoglyphs.confusables import confusables_data

    table: dict[str, str] = {}
    for char, entries in confusables_data.items():
        if len(char) != 1 or char.isascii() or unicodedata.normalize("NFKC", char).isascii():
            continue
        targets = {_ascii(e["c"]) for e in entries} - {None}
        if len(targets) == 1:
            table[char] = targets.pop()
    for char, target in table.items():
        if target == "l" and char.lower() != char and table.get(char.lower()) == "i":
            table[char] = "i"
    return dict(sorted(table.items()))


def numbers() -> list[dict[str, object]]:
    """The numbers 0-100 with their Spanish and English words."""
    from num2words import num2words

    return [
        {"value": n, "es": num2words(n, lang="es"), "en": num2words(n, lang="en")}
        for n in range(101)
    ]


def main() -> None:
    """Write the data file."""
    data = {
        "generated_by": (
            f"scripts/generate_leak_forms.py with confusable_homoglyphs "
            f"{version('confusable_homoglyphs')} and num2words {version('num2words')}"
        ),
        "licence": LICENCE,
        "lookalikes": lookalikes(),
        "numbers": numbers(),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(data['lookalikes'])} look-alikes)")


if __name__ == "__main__":
    main()
