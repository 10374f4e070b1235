"""COWS-L2H step rows at the lessons written in YAML alone (2026-12-05, issue 19).

Usage: PYTHONPATH=. python scripts/cows_yaml_steps.py SOURCE [--candidates]
SOURCE is a checkout or bare git directory of github.com/ucdaviscl/cowsl2h; only the ten
files of scripts/cows_files.yaml are read (make_cowsl2h_sets.read_allowed refuses any other).
The pairs, their alignment and their labels are make_cowsl2h_sets.py's. A corrected sentence
that answers a step of a YAML-only lesson (evals/yaml-only/lessons/) as it stands, by YAML_RULES
below, is a right row; its learner sentence is a wrong row when the pair shows an A1 kind.
Sentences the built-in lessons' COWS rows already use (cows_steps.step_rows, kept or dropped)
are skipped, so no sentence is in two sets. Split as the other COWS step sets (real_data.heldout
on the corrected sentence) into evals/real-learner-yaml{,-heldout}/cows.yaml.
`--candidates` prints only the TUNING half's matches (lesson|step|text), for the review by eye;
the held-out half is never printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cows_steps import rows_at_steps, step_rows
from cows_yaml_drops import REVIEW_DROPS
from make_cowsl2h_sets import essay_pairs, labelled_pairs, pronoun_dropped_pairs
from real_data import compile_rules, heldout, match_first_clause, match_step, write_halves
from review_drops import REVIEW_DROPS as BUILT_IN_DROPS

# Adjectives of a place (-o/-a stems and forms of one gender).
_PLACE_STEMS = (
    "bonit|hermos|lind|fe|tranquil|ruidos|limpi|suci|modern|antigu|viej|nuev|aburrid"
    "|divertid|car|barat|famos|precios|maravillos|segur|peligros|caluros|pequeñ|chiquit"
    "|diferent|aislad|poblad|concurrid|acogedor|histori[ck]|turistic|verd|sec|humed|frí|fri"
)
_PLACE_ANY = (
    "grande|enorme|interesante|increible|impresionante|agradable|caliente|diverse|diversa"
    "|diverso|especial|excelente|horrible|terrible|genial|popular|pobre|rica|rico|unica|unico"
)
_ADJ = rf"((({_PLACE_STEMS})[oa]s?|{_PLACE_ANY})|muy|mas|tan|bastante|un poco|super|y|e|pero|no)"
_DESCRIPTION = rf"{_ADJ}( {_ADJ})*"
_CITY = r"(mi|la|esta|nuestra) (ciudad|pueblo|barrio|comunidad)"
_HOME = r"(mi|la|nuestra) (casa|apartamento|departamento|piso|cuarto|dormitorio|habitacion)"
_NUMBER = r"(un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|[0-9]+)"
_TRANSPORT = r"(carro|coche|auto|bicicleta|bici|autobus|bus|metro|tren|moto|motocicleta)"
_WEATHER = r"(sol|calor|frio|viento|fresco|buen tiempo|mal tiempo)"
_SEASONS = r"(invierno|verano|otoño|primavera)"
_LANGUAGES = r"(español|ingles|frances|aleman|italiano|chino|japones|coreano|portugues|ruso|arabe|tagalo|vietnamita|hindi)"
_PLACES = (
    r"(parques?|museos?|restaurantes?|tiendas?|playas?|rios?|montañas?|lagos?|arboles|edificios"
    r"|plazas?|iglesias?|cafeterias?|bares|universidad(es)?|escuelas?|calles|casas|centros?"
    r"|cines?|teatros?|hospital(es)?|mercados?|jardines|lugares|bibliotecas?|hoteles)"
)
_OPEN = r"(y |tambien |ademas |si |no )*"
# (lesson, step, regex on the folded sentence): the first match wins, as real_data.STEP_RULES.
YAML_RULES: list[tuple[str, int, str]] = [
    ("casa", 1, rf"^{_OPEN}(yo )?(ahora )?vivo en (un|una) (casa|apartamento|departamento|piso|residencia|dormitorio)( [a-zñ]+){{0,4}}$"),
    ("vecino", 2, r"^(yo )?vivo en el (primer|segundo|tercer|cuarto|quinto) piso$"),
    ("vecino", 3, r"^(yo )?vivo (aqui|en [a-zñ ]+) desde [a-zñ0-9 ]+$"),
    ("ciudad", 5, rf"^{_OPEN}(yo )?vivo (muy |bastante |un poco )?(cerca|lejos) (de|del) [a-zñ ]+$"),
    ("ciudad", 1, rf"^{_OPEN}(yo )?(ahora |todavia |actualmente )?vivo en [a-zñ ]+$"),
    ("ciudad", 2, rf"^{_OPEN}{_CITY} es {_DESCRIPTION}$"),
    ("ciudad", 2, rf"^{_OPEN}({_CITY}|[a-z]+) es (una|un) (ciudad|pueblo|lugar) {_DESCRIPTION}$"),
    ("ciudad", 3, rf"^(en {_CITY} )?hay ((un|una|unos|unas|muchos|muchas|dos|tres|varios|varias) )?({_DESCRIPTION} )?{_PLACES}( {_DESCRIPTION})?( (y|e) [a-zñ]+( {_DESCRIPTION})?)?( [a-zñ]+){{0,3}}( (en|cerca de) ({_CITY}|mi casa|[a-zñ]+))?$"),
    ("ciudad", 6, rf"^{_OPEN}(a mi )?(me gusta|me encanta) (mucho |muchisimo )?(mi ciudad|mi pueblo|vivir en (mi ciudad|mi pueblo|[a-z]+))$"),
    ("ciudad", 6, r"^(si |no )?(a mi )?(no )?(me gusta|me encanta) (mucho |muchisimo )?vivir (aqui|en [a-zñ]+)( [a-zñ]+){0,6}$"),
    ("ciudad", 7, r"^mi lugar favorito( (de|en) [a-zñ ]+)? es [a-zñ ]+$"),
    ("ciudad", 7, r"^(el|la) [a-zñ]+ es (mi|nuestro) lugar favorito$"),
    ("casa", 2, rf"^{_OPEN}{_HOME} es {_DESCRIPTION}$"),
    ("casa", 3, rf"^({_HOME} )?tiene {_NUMBER} (habitaciones|dormitorios|cuartos|baños|pisos)( y {_NUMBER} [a-zñ]+)?$"),
    ("clase", 2, r"^mi (clase|asignatura|materia|curso) favorit[oa] es [a-zñ ]+$"),
    ("clase", 5, r"^mi (profesor|profesora|maestro|maestra)( de [a-zñ]+)? se llama [a-zñ ]+$"),
    ("clase", 6, r"^mi (profesor|profesora|maestro|maestra)( de [a-zñ]+)? es (muy |bastante |un poco |super )?[a-zñ]+( (y|e) (muy )?[a-zñ]+)?$"),
    ("trabajo", 3, r"^(yo )?empiezo (a trabajar )?a las [a-zñ0-9 ]+$"),
    ("trabajo", 4, rf"^(yo )?trabajo {_NUMBER} horas( (al|a la|por) (dia|semana))?$"),
    ("trabajo", 5, rf"^(yo )?(siempre |normalmente )?voy (al trabajo |a la universidad |a la escuela |a clase )?(en|a) (el |la |mi )?({_TRANSPORT}|pie)$"),
    ("trabajo", 6, r"^(si |no )?(a mi )?(no )?(me gusta|me encanta) (mucho )?mi trabajo$"),
    ("deporte", 1, r"^(yo )?(juego|practico) (al |el )?(futbol|tenis|baloncesto|basquetbol|beisbol|voleibol|golf|futbol americano)$"),
    ("deporte", 3, r"^(yo )?juego con (mi|mis) [a-zñ ]+$"),
    ("deporte", 4, r"^mi equipo favorito es [a-zñ ]+$"),
    ("intercambio", 3, rf"^(yo )?(tambien )?hablo (un poco de |bien |muy bien )?{_LANGUAGES}(,? (y|e) (un poco de )?{_LANGUAGES})*$"),
    ("tiempo", 4, rf"^en (el )?invierno (siempre )?(hace (mucho |un poco de )?{_WEATHER}|llueve|nieva)( [a-zñ ]+)?$"),
    ("tiempo", 2, r"^(hoy |siempre |aqui |normalmente )*hace (mucho |un poco de )?(frio|calor)$"),
    ("tiempo", 1, rf"^(hoy |siempre |aqui |normalmente )*(hace (mucho |un poco de |muy )?{_WEATHER}|llueve|nieva|esta (nublado|lloviendo|nevando|soleado))( (y|e) (hace )?(mucho )?[a-zñ]+)?( en [a-zñ ]+)?$"),
    ("tiempo", 5, rf"^mi estacion favorita es (el |la )?{_SEASONS}$"),
    ("tiempo", 6, r"^cuando llueve,? (yo )?[a-zñ ]+$"),
    ("playa", 8, rf"^{_OPEN}(la|esta) playa es {_DESCRIPTION}$"),
    ("playa", 5, r"^(si |no )?(yo )?tengo (mucho |un poco de )?(calor|frio)$"),
    ("salud", 2, r"^(a mi )?me duele (la|el) [a-zñ]+$|^(a mi )?me duelen (los|las) [a-zñ]+$"),
    ("salud", 4, r"^(si |no )?(yo )?(no )?tengo (fiebre|tos|gripe)( (y|e) (fiebre|tos))?$"),
    ("mascota", 1, rf"^(si,? )?(en (mi )?casa )?tenemos {_NUMBER} (perros?|gatos?|perritos?|gatitos?|conejos?|pajaros?|peces|tortugas?)( y {_NUMBER} [a-zñ]+)?$"),
    ("mascota", 5, r"^(mi (perro|perra|gato|gata) |el |ella )?come [a-zñ ]+$"),
    ("mascota", 6, r"^(mi (perro|perra|gato|gata) |el |ella )?duerme (en|con) [a-zñ ]+$"),
    ("viaje", 5, r"^(yo )?(siempre )?viajo con (mi|mis) [a-zñ ]+$"),
    ("aeropuerto", 2, r"^(yo )?viajo a [a-zñ ]+$"),
]  # fmt: skip
_RULES = compile_rules(YAML_RULES)


def yaml_step(text: str) -> tuple[str, int, str] | None:
    """(lesson, step, category of a right answer) of a YAML-only lesson the sentence answers."""
    whole = match_step(text, _RULES)
    if whole:
        return (*whole, "other_words")
    first = match_first_clause(text, _RULES)
    return (*first, "extra_clause") if first else None


def yaml_rows(pairs: list[dict], labelled: list[dict]) -> list[dict]:
    """Right and wrong rows at the YAML-only lessons' steps, none the built-in set uses."""
    built_in = step_rows(pairs, labelled)
    used = {r["text"] for r in built_in} | {r["key"] for r in built_in} | BUILT_IN_DROPS
    # a wrong row whose correction was dropped in the review goes too: used takes the drops
    return rows_at_steps(pairs, labelled, yaml_step, REVIEW_DROPS, used | REVIEW_DROPS)


def main(argv: list[str]) -> int:
    """Print the tuning half's candidates, or write both halves."""
    if len(argv) not in (1, 2):
        print(__doc__, file=sys.stderr)
        return 2
    pairs = essay_pairs(Path(argv[0]))
    labelled = labelled_pairs(pairs)
    rows = yaml_rows(pairs, labelled + pronoun_dropped_pairs(pairs, labelled))
    if len(argv) == 2:
        for r in sorted(rows, key=lambda r: (r["lesson"], r["step"], r["text"])):
            if not heldout(r["key"]):
                print(f"{r['lesson']}|{r['step']}|{r['expected']}|{r['text']}")
        return 0
    header = [
        "Real learner sentences (COWS-L2H, Apache-2.0) at the step of a lesson written in YAML",
        "alone whose question they answer. Made by scripts/cows_yaml_steps.py; see",
        "evals/real-learner/README.md.",
    ]
    write_halves("real-learner-yaml", "cows.yaml", header, rows, key="key")
    print(f"step rows {len(rows)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
