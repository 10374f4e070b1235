"""The COWS-L2H step rows: which lesson step a corrected sentence answers, and which learner
sentences become wrong rows (used by make_cowsl2h_sets.py; generator-time only).

LEARNER_RULES widen real_data.STEP_RULES for the sentences learners write about themselves
and about a person they describe (issue 19: "a few hundred short sentences"). They run after
STEP_RULES, so a sentence STEP_RULES maps keeps its step. Tatoeba's generators use STEP_RULES
alone, so their sets do not change.
"""

from __future__ import annotations

import re

from real_data import STEP_RULES, compile_rules, match_first_clause, match_step, words
from review_drops import REVIEW_DROPS

# Words of a person's description, as stems taking -o/-a, and forms with one gender.
_STEMS = (
    "alt|baj|simpatic|divertid|guap|bonit|gracios|comic|ironic|generos|timid|delgad|gord|rubi|moren"
    "|pelirroj|seri|cariños|honest|list|creativ|talentos|hermos|lind|fe|extrovertid"
    "|introvertid|tranquil|loc|activ|atletic|deportiv|musculos|buen|ambicios|apasionad"
    "|dedicad|organizad|educad|chistos|curios|amistos|amoros|carismatic|energetic|perezos"
    "|flac|viej|tont|rar|estupid|valios|estudios|callad|sincer|atent|calv"
)
_ANY_GENDER = (
    "amable|inteligente|fuerte|paciente|responsable|humilde|agradable|sociable"
    "|independiente|interesante|increible|feliz|alegre|dulce|leal|genial|joven|mayor"
    "|optimista|valiente|trabajador[a]?"
)
_FEM = rf"(({_STEMS})as?|trabajadora|encantadora|habladora)"
_MASC = rf"(({_STEMS})os?|trabajador|encantador|hablador)"
_MOD = r"((muy|un poco|un poquito|bastante|super|tan|tambien|realmente|siempre) )*"


def _predicate(gendered: str) -> str:
    adjective = rf"({gendered}|{_ANY_GENDER})"
    return rf"{_MOD}{adjective}( (y |e |pero )?{_MOD}{adjective})*( tambien)?"


_OPEN = r"(y |ademas |tambien |si |no )*"
_LIKE = r"(y |tambien |ademas |si )*(a mi )?me (gusta|gustan|encanta|encantan) (mucho |muchisimo |tambien )*"
_TAIL = r"( [a-zñ0-9]+){0,6}"
_STATES = (
    "cansad[oa]|content[oa]|triste|nervios[oa]|emocionad[oa]|feliz|preocupad[oa]"
    "|estresad[oa]|enferm[oa]|aburrid[oa]|ocupad[oa]|enojad[oa]|enfadad[oa]|bien|mal"
    "|agradecid[oa]|orgullos[oa]|asustad[oa]|relajad[oa]|tranquil[oa]|emocionad[oa]"
)
_JOBS = (
    "estudiante|profesora?|maestr[oa]|medic[oa]|doctora?|enfermer[oa]|ingenier[oa]"
    "|abogad[oa]|camarer[oa]|cociner[oa]|instructora?|tutora?|entrenadora?|artista"
)
_NATIONS = (
    "mexican[oa]|estadounidense|american[oa]|chin[oa]|japones[a]?|corean[oa]|filipin[oa]"
    "|vietnamita|salvadoreñ[oa]|guatemaltec[oa]|peruan[oa]|colombian[oa]|cuban[oa]"
    "|frances[a]?|ingles[a]?|italian[oa]|aleman[a]?|canadiense|latin[oa]|hispan[oa]"
)
_ANIMALS = r"(perr|gat|perrit|gatit|conej|pajar|pez|peces|tortug|mascot)[a-z]*"
_ACTIVITIES = (
    "juego|leo|escucho|veo|miro|camino|corro|nado|cocino|practico|toco|salgo|paso tiempo"
    "|hago ejercicio|voy al gimnasio|monto en bicicleta|bailo|canto|dibujo|pinto"
)
LEARNER_RULES: list[tuple[str, int, str]] = [
    ("greetings", 3, rf"^(yo )?(tambien )?soy ({_NATIONS})( y ({_NATIONS}))?$"),
    ("greetings", 3, r"^(yo )?naci en [a-zñ ]+$"),
    ("greetings", 4, rf"^{_OPEN}(yo )?(hoy |ahora )?(estoy|me siento) {_MOD}({_STATES})$"),
    (
        "greetings",
        5,
        rf"^{_OPEN}(actualmente |ahora )?(yo )?soy (un |una )?({_JOBS})( (de|en) [a-zñ ]+)?$",
    ),
    ("routine", 4, rf"^{_OPEN}(actualmente |ahora )?(yo )?(estudio|trabajo) [a-zñ ]+$"),
    ("routine", 4, r"^mi (especialidad|carrera|especializacion) es [a-zñ ]+$"),
    ("likes", 2, rf"^{_LIKE}(la |el |las )?(musica|canciones|cancion)( [a-zñ]+){{0,6}}$"),
    ("likes", 2, r"^mi (musica|cancion|cantante|banda) favorit[oa] es [a-zñ ]+$"),
    (
        "likes",
        3,
        rf"^{_LIKE}(el |los )?(deportes|futbol|baloncesto|basquetbol|tenis|beisbol|voleibol|golf)( [a-zñ]+){{0,4}}$",
    ),
    ("likes", 4, rf"^{_LIKE}([a-z]+(ar|er|ir)|ir){_TAIL}$"),
    ("likes", 6, rf"^{_LIKE}(los |las )?(libros|novelas|poemas|poesia|comics|revistas){_TAIL}$"),
    ("likes", 6, r"^mi (libro|novela|autor|autora|escritor|escritora) favorit[oa] es [a-zñ ]+$"),
    ("likes", 7, rf"^{_LIKE}(todas )?(las |sus )?peliculas{_TAIL}$"),
    ("likes", 7, r"^mi pelicula favorita es [a-zñ0-9 ]+$"),
    (
        "likes",
        8,
        rf"^{_LIKE}(la |el |los |las )?(comida|dulces|postres|frutas|verduras|vegetales|mariscos|tacos|pizza|sushi|pasta|chocolate|helado|pollo|arroz|frijoles|jamon|queso|pan|carne|pescado|fresas|ensalada|sopa|hamburguesas|galletas|pasteles){_TAIL}$",
    ),
    ("likes", 8, r"^mi (comida|plato|postre|fruta) favorit[oa] es [a-zñ ]+$"),
    (
        "family",
        1,
        r"^(yo )?tengo una (gran familia|familia (muy )?(grande|pequeña|de [a-z]+))( [a-zñ]+){0,4}$",
    ),
    ("family", 1, r"^mi familia es (muy )?(grande|pequeña)( [a-zñ ]+)?$"),
    (
        "family",
        2,
        rf"^{_OPEN}(yo )?(no )?tengo (hermanos|ningun hermano|ninguna hermana|(un|una|dos|tres|cuatro|cinco) herman[oa]s?){_TAIL}$",
    ),
    ("family", 8, rf"^{_OPEN}(yo )?tengo (un|una|dos|tres|cuatro|cinco) {_ANIMALS}{_TAIL}$"),
    ("family", 8, rf"^mi {_ANIMALS} se llama [a-z]+( y [a-z]+)?$"),
    ("family", 3, r"^(ella )?se llama [a-zñ]+( [a-zñ]+)?$"),
    ("family", 7, r"^(mi familia |mis padres |ellos )?(todavia |ahora )?(vive|viven) en [a-zñ ]+$"),
    # a person described: her (step 5: ¿Cómo es tu madre?) or him (step 6: ¿Y tu padre?)
    ("family", 5, rf"^(?!.*\b{_MASC}\b){_OPEN}(ella )?(tambien )?es {_predicate(_FEM)}$"),
    ("family", 6, rf"^(?!.*\b{_FEM}\b){_OPEN}(el )?(tambien )?es {_predicate(_MASC)}$"),
    ("family", 5, rf"^{_OPEN}(ella )?es una (persona|mujer|chica|señora) {_predicate(_FEM)}$"),
    ("family", 6, rf"^{_OPEN}(el )?es un (hombre|chico|señor) {_predicate(_MASC)}$"),
    (
        "family",
        6,
        rf"^{_OPEN}el (tambien )?tiene (el |los |la |una |un )?(pelo|cabello|ojos|piel|nariz|barba){_TAIL}$",
    ),
    (
        "family",
        5,
        rf"^{_OPEN}(ella )?(tambien )?tiene (el |los |la |una |un )?(pelo|cabello|ojos|piel|nariz){_TAIL}$",
    ),
    ("numbers", 3, r"^(ella |el |mi (mejor )?amig[oa] )?(ahora )?tiene [a-zñ0-9 ]+ años$"),
    (
        "numbers",
        6,
        r"^(en mi clase )?hay (mas de )?[a-z0-9]+( y [a-z]+)? (estudiantes|personas|alumnos)( en (mi|la) clase)?$",
    ),
    ("numbers", 8, r"^mi cumpleaños es (el )?[a-zñ0-9 ]+$"),
    (
        "routine",
        6,
        rf"^(por la tarde |despues |a veces |normalmente |tambien |y )*(yo )?({_ACTIVITIES})( [a-zñ0-9]+){{0,8}}$",
    ),
    (
        "weekend",
        1,
        rf"^(este fin de semana |el sabado |mañana |tambien |y )*(yo )?(voy a|vamos a) [a-z]+(ar|er|ir){_TAIL}$",
    ),
    (
        "directions",
        5,
        r"^(no |si )?(esta|queda) (muy |bastante |un poco )?(cerca|lejos)( de [a-zñ ]+)?$",
    ),
]
_RULES = compile_rules(STEP_RULES + LEARNER_RULES)
# Categories of the eval schema that a pair kind maps to, for wrong step rows.
ROW_CATEGORY = {
    "gender_number": "gender_number",
    "verb_person": "verb",
    "gustar": "gustar",
    "ser_estar": "ser_estar",
    "reflexive": "reflexive",
    "spelling": "spelling",
    "missing_verb": "verb",
    "extra_verb": "verb",
    "preposition": "preposition",
    "article": "word_form",
    "contraction": "word_form",
}
_NEW_KINDS = ("preposition", "article", "contraction")
# A wrong row's learner sentence must be about the same person as the step asks about.
_NOT_ABOUT = {("family", 3): {"el"}, ("family", 5): {"el"}, ("family", 6): {"ella"}}
# A description of her or him: no word of the other gender anywhere in the sentence.
_OTHER_GENDER = {
    ("family", 5): re.compile(rf"\b{_MASC}\b|^([a-z]+ )?el (es|tiene|tambien)\b"),
    ("family", 6): re.compile(rf"\b({_FEM}|ella)\b"),
}


def step_of(text: str) -> tuple[str, int, str] | None:
    """(lesson, step, category of a right answer) for a sentence that answers a step."""
    whole = match_step(text, _RULES)
    found = (*whole, "other_words") if whole else None
    if not whole:
        first = match_first_clause(text, _RULES)
        found = (*first, "extra_clause") if first else None
    clash = found and _OTHER_GENDER.get(found[:2])
    if clash and clash.search(" ".join(words(text))):
        return None
    return found


def _about_another(learner: str, step: tuple[str, int]) -> bool:
    said = words(learner)
    return bool(said) and said[0] in _NOT_ABOUT.get(step, set())


def rows_at_steps(
    pairs: list[dict], labelled: list[dict], step_of, drops, used=frozenset()
) -> list[dict]:
    """Right (corrected) and wrong (learner, A1 kind) rows at step_of's step, skipping used and drops."""
    rows, seen = [], set(used)
    for p in pairs:
        text, step = p["corrected"], step_of(p["corrected"])
        if step and text not in seen and text not in drops:
            seen.add(text)
            rows.append({"lesson": step[0], "step": step[1], "text": text,
                         "expected": "correct", "category": step[2], "key": text})  # fmt: skip
    for p in labelled:
        # the kinds the first sets named come first, so their rows keep their category
        kinds = sorted((k for k in p["kinds"] if k in ROW_CATEGORY), key=_NEW_KINDS.__contains__)
        text, step = p["learner"], step_of(p["corrected"])
        if not step or not kinds or text in seen or text in drops or p["corrected"] in used:
            continue
        if _about_another(text, step[:2]):
            continue
        seen.add(text)
        rows.append({"lesson": step[0], "step": step[1], "text": text, "expected": "incorrect",
                     "category": ROW_CATEGORY[kinds[0]], "key": p["corrected"]})  # fmt: skip
    return rows


def step_rows(pairs: list[dict], labelled: list[dict]) -> list[dict]:
    """Rows at the built-in lessons' steps whose question the corrected sentence answers."""
    return rows_at_steps(pairs, labelled, step_of, REVIEW_DROPS)
