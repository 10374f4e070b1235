"""Present-tense forms of the verbs the lessons use, to check subject–verb agreement.

Regular -ar/-er/-ir verbs are conjugated by rule; the irregular ones A1 lessons need
are listed. Forms are folded (no accents), because the grader compares folded words.
"""

from functools import lru_cache

from langbot.text import fold

PERSONS = ("1s", "2s", "3s", "1p", "2p", "3p")
PERSON_NAMES = {
    "1s": "yo",
    "2s": "tú",
    "3s": "él/ella/usted",
    "1p": "nosotros",
    "2p": "vosotros",
    "3p": "ellos/ustedes",
}
SUBJECT_PRONOUNS = {
    "yo": "1s",
    "tu": "2s",
    "el": "3s",
    "ella": "3s",
    "usted": "3s",
    "nosotros": "1p",
    "nosotras": "1p",
    "vosotros": "2p",
    "vosotras": "2p",
    "ellos": "3p",
    "ellas": "3p",
    "ustedes": "3p",
}
REFLEXIVE_PRONOUNS = {"me": {"1s"}, "te": {"2s"}, "se": {"3s", "3p"}, "nos": {"1p"}, "os": {"2p"}}

_ENDINGS = {
    "ar": ("o", "as", "a", "amos", "ais", "an"),
    "er": ("o", "es", "e", "emos", "eis", "en"),
    "ir": ("o", "es", "e", "imos", "is", "en"),
}
_IRREGULAR = {
    "ser": ("soy", "eres", "es", "somos", "sois", "son"),
    "estar": ("estoy", "estas", "esta", "estamos", "estais", "estan"),
    "tener": ("tengo", "tienes", "tiene", "tenemos", "teneis", "tienen"),
    "ir": ("voy", "vas", "va", "vamos", "vais", "van"),
    "hacer": ("hago", "haces", "hace", "hacemos", "haceis", "hacen"),
    "querer": ("quiero", "quieres", "quiere", "queremos", "quereis", "quieren"),
    "poder": ("puedo", "puedes", "puede", "podemos", "podeis", "pueden"),
    "preferir": ("prefiero", "prefieres", "prefiere", "preferimos", "preferis", "prefieren"),
    "salir": ("salgo", "sales", "sale", "salimos", "salis", "salen"),
    "venir": ("vengo", "vienes", "viene", "venimos", "venis", "vienen"),
    "jugar": ("juego", "juegas", "juega", "jugamos", "jugais", "juegan"),
    "acostar": ("acuesto", "acuestas", "acuesta", "acostamos", "acostais", "acuestan"),
    "despertar": (
        "despierto",
        "despiertas",
        "despierta",
        "despertamos",
        "despertais",
        "despiertan",
    ),
    "vestir": ("visto", "vistes", "viste", "vestimos", "vestis", "visten"),
    "seguir": ("sigo", "sigues", "sigue", "seguimos", "seguis", "siguen"),
    "decir": ("digo", "dices", "dice", "decimos", "decis", "dicen"),
    "ver": ("veo", "ves", "ve", "vemos", "veis", "ven"),
    "dar": ("doy", "das", "da", "damos", "dais", "dan"),
    "saber": ("se", "sabes", "sabe", "sabemos", "sabeis", "saben"),
    "conocer": ("conozco", "conoces", "conoce", "conocemos", "conoceis", "conocen"),
    "volver": ("vuelvo", "vuelves", "vuelve", "volvemos", "volveis", "vuelven"),
    "empezar": ("empiezo", "empiezas", "empieza", "empezamos", "empezais", "empiezan"),
    "almorzar": ("almuerzo", "almuerzas", "almuerza", "almorzamos", "almorzais", "almuerzan"),
    "dormir": ("duermo", "duermes", "duerme", "dormimos", "dormis", "duermen"),
    "pedir": ("pido", "pides", "pide", "pedimos", "pedis", "piden"),
    "costar": ("cuesto", "cuestas", "cuesta", "costamos", "costais", "cuestan"),
    "poner": ("pongo", "pones", "pone", "ponemos", "poneis", "ponen"),
    "traer": ("traigo", "traes", "trae", "traemos", "traeis", "traen"),
    "oir": ("oigo", "oyes", "oye", "oimos", "ois", "oyen"),
    "leer": ("leo", "lees", "lee", "leemos", "leeis", "leen"),
    "encontrar": (
        "encuentro",
        "encuentras",
        "encuentra",
        "encontramos",
        "encontrais",
        "encuentran",
    ),
    "cerrar": ("cierro", "cierras", "cierra", "cerramos", "cerrais", "cierran"),
    "entender": ("entiendo", "entiendes", "entiende", "entendemos", "entendeis", "entienden"),
    "pensar": ("pienso", "piensas", "piensa", "pensamos", "pensais", "piensan"),
}
# gustar and its kind agree with the thing liked, not with the person: checked apart.
IMPERSONAL = {"gustar", "encantar", "interesar", "doler", "haber"}


@lru_cache(maxsize=512)
def conjugate(infinitive: str) -> dict[str, str] | None:
    """Map person to present-tense form (folded, without pronoun) for an infinitive."""
    verb = fold(infinitive).strip()
    if verb.endswith("se"):
        verb = verb[:-2]
    if verb in IMPERSONAL:
        return None
    if verb in _IRREGULAR:
        return dict(zip(PERSONS, _IRREGULAR[verb], strict=True))
    stem, ending = verb[:-2], verb[-2:]
    if ending not in _ENDINGS or not stem:
        return None
    return {p: stem + e for p, e in zip(PERSONS, _ENDINGS[ending], strict=True)}


def is_reflexive(infinitive: str) -> bool:
    """Whether the infinitive is given with its reflexive -se."""
    return fold(infinitive).strip().endswith("se")


def form_index(infinitives: list[str]) -> dict[str, list[tuple[str, set[str]]]]:
    """Index folded verb forms to (infinitive, persons) pairs for quick lookup."""
    index: dict[str, dict[str, set[str]]] = {}
    for inf in infinitives:
        table = conjugate(inf)
        if table is None:
            continue
        for person, form in table.items():
            index.setdefault(form, {}).setdefault(inf, set()).add(person)
    return {form: list(by_inf.items()) for form, by_inf in index.items()}
