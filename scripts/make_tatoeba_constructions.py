"""Add native rows for the constructions the meaning readers read (issue 19, part 3).

Usage: PYTHONPATH=. python scripts/make_tatoeba_constructions.py SPA_ENG_ZIP
Reads only the even half (as make_tatoeba_sets.py), skips what its rules already map, and
maps sentences with gustar-like verbs or «prefiero» on a noun of a vocabulary class, «suelo»
+ infinitive, «vivimos cerca de…», «voy con…», replies to thanks, «con esto es suficiente»
and reasons to decline to a step. Every match was reviewed by eye; REVIEW_DROPS lists the
ones dropped. Only rows of the tuning half are written (evals/real-native/
tatoeba-constructions.yaml); the held-out half's matches are neither written nor read.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from make_tatoeba_sets import MAX_WORDS, even_half
from make_tatoeba_sets import REVIEW_DROPS as FIRST_DROPS
from real_data import EVALS, heldout, match_step, native_row, words, write_rows

from langbot.grading.knowledge import knowledge

_LIKE = (
    r"(a mi )?(no )?(me )?(encanta|encantan|fascina|fascinan|interesa|interesan|gusta|gustan"
    r"|chifla|chiflan|apasiona|apasionan|prefiero|adoro)"
)
_CLASS_STEP = {"food": 8, "music": 2, "film": 7, "reading": 6, "hobby": 4}
_SOLER = {"levantarme": 1, "ducharme": 2, "cenar": 7, "acostarme": 8}
_OFTEN = r"(normalmente |siempre |generalmente )"
RULES = [
    ("routine", 0, rf"^(yo )?{_OFTEN}?suelo (levantarme|ducharme|cenar|acostarme) (a las|temprano|tarde|por la)( [a-z0-9 ]+)?$"),
    ("routine", 1, rf"^(yo )?{_OFTEN}me levanto (a las|temprano|tarde)( [a-z0-9 ]+)?$"),
    ("routine", 7, rf"^(yo )?{_OFTEN}ceno (a las|tarde|temprano)( [a-z0-9 ]+)?$"),
    ("routine", 8, rf"^(yo )?{_OFTEN}me acuesto (a las|tarde|temprano)( [a-z0-9 ]+)?$"),
    ("family", 7, r"^(nosotros )?(vivimos|mis padres viven|mi familia vive) (cerca|lejos|a las afueras|en las afueras|en el centro|aqui|alli)( [a-z ]+)?$"),
    ("weekend", 2, r"^(voy|vamos|ire|iremos) con (mi|mis|un|una|unos|unas) [a-z]+( [a-z]+)?$"),
    ("directions", 8, r"^(no hay problema|con gusto|con mucho gusto|un placer|es un placer|fue un placer|no es nada|a ti|gracias a ti)$"),
    ("cafe", 4, r"^(no )?(gracias )?(con esto es suficiente|con eso es suficiente|es suficiente|con eso basta|con esto basta|eso es todo|es todo)( gracias)?$"),
    ("weekend", 6, r"^(lo siento )?(pero )?(no puedo|tengo que [a-z]+( [a-z]+){0,3}|estoy ocupad[oa]( [a-z]+){0,3})$"),
    ("greetings", 4, r"^(yo )?me encuentro (muy |un poco |bastante )?[a-z]+$"),
]  # fmt: skip
# Reviewed by eye and dropped: no answer to the step's question (another topic, what one
# does not like, a reason no one gives to decline a game of tennis).
REVIEW_DROPS = {
    "Me gustan la música y los deportes.",
    "No me gustan los viajes largos.",
    "No me gustan las novelas sin héroes.",
    "No me gusta el queso.",
    "No me gustan los mariscos.",
    "Tengo que abotonarme la chaqueta.",
    "Tengo que advertir a Tom.",
    "Tengo que buscar mi bolígrafo.",
    "Tengo que cambiarlo.",
    "Tengo que comprar algunas pilchas nuevas.",
    "Tengo que conducir este auto.",
    "Tengo que conseguir algunos sellos.",
    "Tengo que consultarle una cosa.",
    "Tengo que elegir entre esos dos.",
    "Tengo que encontrar la respuesta.",
    "Tengo que esconder esta bolsa.",
    "Tengo que estacionar mi auto aquí.",
    "Tengo que estar aquí.",
    "Tengo que hacer algo.",
    "Tengo que hacer mi faena.",
    "Tengo que hacerte una pregunta.",
    "Tengo que juntarme con él.",
    "Tengo que parar.",
    "Tengo que pedirte un favor más.",
    "Tengo que pedirte un favorcito.",
    "Tengo que peinarme el cabello.",
    "Tengo que peinarme el pelo.",
    "Tengo que pelar las manzanas.",
    "Tengo que pensármelo.",
    "Tengo que preguntarle algo a Tom.",
    "Tengo que preguntarte algo.",
    "Tengo que recoger algunas flores.",
    "Tengo que resolver este problema.",
    "Tengo que salir cagando.",
    "Tengo que seguir intentando.",
    "Tengo que tomar un descanso.",
    "Tengo que verlo.",
    "¡Tengo que apurarme!",
}


def _liking(folded: str, kb) -> tuple[str, int] | None:
    m = re.match(rf"^{_LIKE} (mucho |muchisimo |bastante |mas )?(el|la|los|las) ([a-z]+)( [a-z]+){{0,3}}$", folded)  # fmt: skip
    noun = kb.vocabulary.nouns.get(m.group(7)) if m else None
    for kind, step in _CLASS_STEP.items():
        if noun is not None and kind in noun.classes:
            return ("likes", step)
    return None


def match_construction(text: str, kb) -> tuple[str, int] | None:
    """The step a sentence answers by one of the constructions, if no earlier rule maps it."""
    if "?" in text or re.search(r"\w[óé]\b", text.lower()) or match_step(text):
        return None
    folded = " ".join(words(text))
    found = _liking(folded, kb)
    for lesson, step, rule in RULES:
        m = None if found else re.match(rule, folded)
        if m:
            found = (lesson, step or _SOLER[m.group(3)])
    return found


def main(argv: list[str]) -> int:
    """Write the tuning half's reviewed construction rows."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    kb, rows = knowledge(), []
    for text in even_half(Path(argv[0])):
        if len(words(text)) > MAX_WORDS or text in FIRST_DROPS | REVIEW_DROPS or heldout(text):
            continue
        step = match_construction(text, kb)
        if step:
            rows.append(native_row(step, text))
    header = [
        "Native speakers' sentences (Tatoeba via manythings.org spa-eng, CC-BY 2.0 FR) with the",
        "constructions of issue 19 part 3, tuning half only. Made by",
        "scripts/make_tatoeba_constructions.py; see evals/real-learner/README.md.",
    ]
    write_rows(EVALS / "real-native" / "tatoeba-constructions.yaml", header, rows)
    print(f"construction rows {len(rows)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
