"""Build the native-speaker sets from Tatoeba (manythings.org spa-eng, CC-BY 2.0 FR).

Usage: python scripts/make_tatoeba_sets.py SPA_ENG_ZIP
SPA_ENG_ZIP is manythings.org's spa-eng.zip (lines "English<TAB>Spanish"); the copy used is
the one in github.com/JEdward7777/Pinokio (2018-05-13). Only sentences whose SHA-1 of the
stripped UTF-8 Spanish text starts with an even hex digit are read at all: the odd half is
the team's held-out set. The filter runs on each line before anything else looks at it.

Writes evals/real-native/tatoeba.yaml and evals/real-native-heldout/tatoeba.yaml: native
sentences that answer a step's question as they are, as right answers at that step.
"""

from __future__ import annotations

import hashlib
import sys
import zipfile
from pathlib import Path

from real_data import match_step, native_row, words, write_halves

MAX_WORDS = 15
# Rows dropped on review by eye: the rule matched but a learner could not say it in answer
# to the step's question (see evals/real-learner/README.md).
REVIEW_DROPS = {
    "Me gusta nadar, pero no me gusta nadar aquí.",
    "Me gusta nadar, pero no quiero nadar aquí.",
    "Me gusta conservar mi ropa todo el tiempo posible.",
    "Me gusta hablar de los buenos viejos tiempos.",
    "Me gusta tener un montón de cosas por hacer.",
    "Soy de madera en ruso.",
    "Yo soy de la opinión de que la necesidad es la madre de la invención.",
    "Yo soy de naturaleza suspicaz.",
    "Soy de mente abierta.",
    "Estoy casado.",
    "Estoy descalzo.",
    "Estoy desempleada.",
    "Estoy embarazada.",
    "Estoy jodiendo.",
    "Estoy atrapado.",
    "Estoy ayunando.",
    "Estoy bailando.",
    "Estoy cocinando.",
    "Estoy comiendo.",
    "Estoy leyendo.",
    "Estoy limpio.",
    "Estoy prendida.",
    "Estoy rayado.",
    "Estoy bastante seguro.",
    "Estoy muy seguro.",
    "Estoy preparado.",
    "Estoy preparada.",
    "Estoy vacilante.",
    "Estoy un poco loco.",
    "Estoy un poco ida.",
    "Estoy un poco ido.",
    "Estoy muy cachondo.",
    "Estoy intrigada.",
    "Estoy impresionada.",
    "Estoy muy satisfecho.",
    "¡Estoy perdido!",
    "Me siento claustrofóbico.",
    "Me siento impotente.",
    "Estoy almorzando.",
    "Estoy calvo.",
    "Estoy comprometida.",
    "Estoy descansando.",
    "Estoy divorciada.",
    "Estoy enloqueciendo.",
    "Estoy escuchando.",
    "Estoy esperando.",
    "Estoy fisurado.",
    "Estoy flacucho.",
    "Estoy gordo.",
    "Estoy meditando.",
    "Estoy mojada.",
    "Estoy parado.",
    "Estoy perdida.",
    "Estoy soltera.",
    "Estoy trabajando.",
    "Yo estoy sola.",
    "Estoy despierto.",
    "Estoy muy despierto.",
    "Estoy borracho.",
    "Estoy un poco borracho.",
    "Mi padre es doctor.",
    "Mi padre es médico.",
    "Mi padre es arqueólogo.",
    "Me encanta hablar contigo.",
    "Me gusta llevar zuecos.",
    "Me gusta ser esmerado.",
    "Me gusta vivir con Tom.",
    "Me encanta ser tu maestro.",
    "Me gusta comprar en esa tienda departamental.",
    "Me gusta comprar en ese gran almacén.",
    "Me gusta formar parte de este grupo.",
    "Me gusta ganar premios.",
    "Me gusta masticar tabaco.",
    "Me gusta tener muchas cosas que hacer.",
    "Voy a abandonar mi empleo actual.",
    "Voy a aguardar hasta las dos y media.",
    "Voy a avisar a Tom.",
    "Voy a cancelar la reunión.",
    "Voy a certificar estas cartas.",
    "Voy a colocar estas flores.",
    "Voy a comprar ahora.",
    "Voy a esperar aquí a mi hermana.",
    "Voy a esperar con vos.",
    "Voy a esperar.",
    "Voy a estar allí.",
    "Voy a estar por aquí un rato.",
    "Voy a hablar con ella sobre eso directamente.",
    "Voy a llamar a Tom ahora mismo.",
    "Voy a llegar a casa en un rato.",
    "Voy a mandar esta carta.",
    "Voy a parar a Tom.",
    "Voy a preguntar más tarde.",
    "Voy a preguntar por ahí.",
    "Voy a saltar.",
    "Voy a seguir el negocio de mi padre.",
    "Voy a ser muy cuidadosa.",
    "Voy a ser tu abogado.",
    "Voy a tener que ausentarme por un tiempo.",
    "Voy a tomar vacaciones el próximo mes.",
    "Voy a trabajar aquí.",
    "Voy a traer otra toalla.",
    "Voy a vender mi casa.",
    "Voy a ver a Mary esta tarde.",
    "Voy a viajar por Europa la próxima semana.",
    "Yo voy a esperar por usted.",
    "Voy a abolir la pena capital.",
    "Voy a ahorrar más dinero.",
    "Voy a aplicar para la beca.",
    "Voy a detener a Tom.",
    "Voy a dormir acá.",
    "Voy a dormir en el piso.",
    "Voy a empezar esta noche.",
    "Voy a esperar hasta las dos y media.",
    "Voy a esquiar con frecuencia.",
    "Voy a estacionar el auto.",
    "Voy a estar demasiado ocupado para hacer eso.",
    "Voy a intentar dar lo mejor de mí.",
    "Voy a intentar hacerlo mejor.",
    "Voy a nadar cada día.",
    "Voy a pagar.",
    "Voy a recordar este incidente para siempre.",
    "Voy a salir un momento.",
    "Voy a seguir intentando.",
    "Voy a seguir tu consejo.",
    "Voy a ser breve.",
    "Voy a trabajar en las vacaciones de primavera.",
    "Voy a usar tu teléfono.",
    "Yo voy a traer almuerzo.",
    "Tengo un hijo que acaba de cumplir tres años.",
    "Un vaso de agua fría me refresca mucho cuando tengo calor.",
    "Vivimos en la era de la tecnología.",
    "Vivimos en paz.",
}


def allowed(spanish: str) -> bool:
    """Whether a sentence is in the even half the project may use."""
    return hashlib.sha1(spanish.strip().encode("utf-8")).hexdigest()[0] in "02468ace"


def even_half(path: Path) -> list[str]:
    """The distinct Spanish sentences of the even half, in file order."""
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith("spa.txt"))
        lines = archive.read(name).decode("utf-8").splitlines()
    seen: dict[str, None] = {}
    for line in lines:
        parts = line.split("\t")
        if len(parts) >= 2 and allowed(parts[1]):
            seen.setdefault(parts[1].strip(), None)
    return list(seen)


def main(argv: list[str]) -> int:
    """Read the even half and write the two native-speaker files."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    rows = []
    for text in even_half(Path(argv[0])):
        step = match_step(text)
        if step and len(words(text)) <= MAX_WORDS and text not in REVIEW_DROPS:
            rows.append(native_row(step, text))
    header = [
        "Native speakers' sentences (Tatoeba via manythings.org spa-eng, CC-BY 2.0 FR) that",
        "answer the step's question. Made by scripts/make_tatoeba_sets.py; see",
        "evals/real-learner/README.md.",
    ]
    write_halves("real-native", "tatoeba.yaml", header, rows)
    print(f"native rows {len(rows)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
