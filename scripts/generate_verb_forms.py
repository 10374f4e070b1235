"""Generate langbot/grading/data/verbs.yaml from the verbecc conjugator.

verbecc is a generator-time tool only (it is not in requirements.txt and the app never
imports it): `pip install verbecc`, then run `python scripts/generate_verb_forms.py`.
On first use verbecc trains a small scikit-learn model (~30 s). The output is checked in;
edit VERBS below and re-run rather than editing the YAML by hand.

Reflexive verbs are conjugated from their base verb (verbecc mangles "levantarse" when it
is asked for bare forms) and their imperatives get the enclitic pronoun and the written
accent the extra syllable needs (levanta + te -> levántate).
"""

from __future__ import annotations

import json
import logging
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "langbot" / "grading" / "data" / "verbs.yaml"
PERSONS = ("1s", "2s", "3s", "1p", "2p", "3p")
# verbecc pronoun keys for the six persons (vos is left out: A1 lessons teach tú)
PRONOUNS = ("yo", "tú", "él", "nosotros", "vosotros", "ellos")
# verbs whose conditional and imperfect subjunctive a beginner uses for polite requests
POLITE = ("querer", "gustar", "encantar", "poder", "interesar", "preferir", "deber", "importar")
POLITE_PERSONS = ("1s", "2s", "3s", "3p")
# the thing liked is the subject: me gusta(n), me duele(n)
LIKE_GUSTAR = (
    "gustar encantar interesar doler importar molestar apetecer fascinar parecer "
    "quedar faltar preocupar aburrir sentar"
).split()
# gustar-like verbs that also take a person as their subject: «ella parece cansada»
ALSO_PERSONAL = ("parecer", "quedar", "molestar", "importar", "sentar")
# what a -se verb is said with, so that the bare verb before it lacks its pronoun:
# llamarse + a name («yo llamo Ana»), sentirse + how one is («no siente sola»)
REFLEXIVE_WITH = {"llamarse": "name", "sentirse": "adjective", "parecerse": "a_person"}
# -se verbs of the daily routine whose bare verb needs an object: with none, the pronoun is
# missing («yo levanto a las siete», «nosotros sentamos cerca»)
REFLEXIVE_WITH.update(
    dict.fromkeys(
        "levantarse ducharse acostarse bañarse sentarse mudarse quejarse equivocarse "
        "maquillarse afeitarse peinarse alojarse tumbarse moverse disculparse "
        "arrepentirse alegrarse jubilarse matricularse inscribirse".split(),
        "no_object",
    )
)
# verbs that take no reflexive pronoun: «me disfruto», «me recuerdo» are errors
# (and the verbs of no object that never take one: «me trabajo», «mi padre se vive»)
NEVER_REFLEXIVE = tuple(
    "disfrutar recordar nacer ser cenar desayunar almorzar trabajar vivir caminar viajar llorar".split()
)
# verbs whose object may be a work named by its author, said with no «a»: «escucho Bad Bunny»,
# «leo Cervantes», «toco Chopin», «traduzco Neruda» (not ver, mirar: «vimos Carlota» is the
# person seen, and they need «a»)
WORK_OBJECT = tuple("escuchar oír leer cantar tocar traducir".split())
# the preposition of a verb's prepositional object (its «régimen»): «pienso en el sábado»,
# «confío en ti» say what one thinks of or trusts, so «en» + a date there is no time phrase
# (not «centrar»: its «centro» would be read as a verb where it is the noun)
GOVERNS = {"en": "pensar confiar creer insistir fijar concentrar".split()}
# the prepositions a verb takes before its complement (vivo en Madrid, voy a casa, pago con
# tarjeta): the ones a beginner needs, for the grammar rule on prepositions
PREPOSITIONS = {
    "vivir": ["en"], "trabajar": ["en", "de", "para"], "estudiar": ["en"], "estar": ["en"],
    "ir": ["a", "en", "con", "de"], "llegar": ["a", "de"], "venir": ["de", "a", "en", "con"],
    "volver": ["a", "de"], "regresar": ["a", "de"], "salir": ["de", "con", "a"],
    "entrar": ["en", "a"], "viajar": ["a", "en", "por", "con"], "pagar": ["con", "en"],
    "jugar": ["a", "con"], "pensar": ["en"], "hablar": ["con", "de"], "casarse": ["con"],
    "soñar": ["con"], "empezar": ["a"], "aprender": ["a"], "ayudar": ["a"],
    "enseñar": ["a"], "depender": ["de"], "acordarse": ["de"], "olvidarse": ["de"],
    "tratar": ["de"], "terminar": ["de"], "acabar": ["de"], "subir": ["a"], "bajar": ["de", "a"],
    "quedarse": ["en", "con"], "pasear": ["por", "con"], "nacer": ["en"], "atreverse": ["a"],
}  # fmt: skip
# no sensible imperative for these
# (sentar keeps its imperatives: sentarse needs siéntate, and "sienta al niño" is Spanish)
NO_IMPERATIVE = set(LIKE_GUSTAR) - {"sentar"} | {
    "llover",
    "nevar",
    "costar",
    "haber",
    "soler",
    "poder",
}

VERBS = """
ser estar tener ir hacer querer poder preferir salir venir jugar decir ver dar saber conocer
volver empezar almorzar dormir pedir costar poner traer oír leer encontrar cerrar entender
pensar seguir sentir vivir comer beber tomar pagar trabajar estudiar hablar llamar llevar
necesitar gustar encantar interesar haber deber soler parecer quedar doler importar molestar
apetecer fascinar faltar preocupar aburrir
abrir acabar aceptar acompañar aconsejar adivinar admirar adorar alquilar amar andar apagar
aparcar aprender aprobar arreglar ayudar bailar bajar buscar caminar cambiar cantar cenar
cocinar coger colgar comenzar comentar compartir comprar comprender conducir construir
contar contestar continuar correr cortar crecer creer cruzar cuidar cumplir charlar chatear
dejar desayunar descansar describir descubrir desear dibujar discutir disfrutar diseñar
divorciar elegir enseñar entrar enviar escribir escuchar esperar esquiar explicar fregar
fumar ganar girar gritar guardar hacer invitar jubilar lavar limpiar llegar llenar llorar
llover mandar manejar mantener mirar montar mostrar mover nacer nadar navegar nevar odiar
olvidar ordenar organizar pasar pasear patinar peinar perder permitir pintar planchar
practicar preguntar preparar presentar probar prometer quitar recibir recoger recomendar
recordar regalar regresar reír repetir reservar responder romper saltar saludar secar
sonreír subir sufrir tardar terminar tocar torcer toser traducir tirar utilizar usar
vender viajar visitar volar votar gastar ahorrar aparecer atender avisar bañar calentar
cargar celebrar cobrar compartir conectar conseguir convertir dirigir dudar durar echar
elegir encender entregar escoger estacionar existir faltar felicitar firmar funcionar
hervir imprimir intentar ir lanzar levantar llamar mezclar medir mentir merendar meter
nombrar notar ocurrir ofrecer oler pelear pesar picar pintar poder quemar rellenar reparar
resolver revisar rezar sacar servir significar sonar soñar sorprender subir sumar suspender
tender terminar traer tratar vestir volver acostar despertar duchar afeitar maquillar
cepillar sentar casar divertir relajar enfadar enamorar mudar preparar quejar reunir alojar
tumbar despedir equivocar acordar cansar pasar disculpar acercar arrepentir enterar graduar
comportar comprometer dedicar confiar insistir concentrar
aparcar añadir apuntar bajar borrar calcular callar colocar comunicar confirmar corregir
costar crear deletrear depender desaparecer devolver doblar empujar encantar enfermar
entrenar escalar exagerar fijar freír golpear hornear informar jugar juntar lograr
marcar matricular mejorar merecer ocupar opinar parar participar pedir perdonar pertenecer
pescar planear preferir prestar producir pronunciar proteger publicar quedar reciclar
reducir repasar respirar sentir señalar sobrevivir sonar subrayar sugerir tapar tejer
telefonear trasladar unir valer vivir
considerar ignorar evaluar calificar validar revelar fingir actuar
llamarse levantarse ducharse acostarse despertarse vestirse sentirse quedarse irse dormirse
bañarse lavarse peinarse afeitarse maquillarse cepillarse sentarse casarse divertirse
aburrirse preocuparse relajarse enfadarse enamorarse mudarse prepararse ponerse quitarse
despedirse encontrarse olvidarse acordarse equivocarse cansarse perderse secarse arreglarse
moverse llevarse parecerse reunirse alojarse quejarse tumbarse caerse llamarse
disculparse acercarse arrepentirse enterarse divorciarse graduarse comportarse comprometerse
convertirse dedicarse atreverse
decidir morir extrañar besar abrazar cancelar conversar
alegrarse acostumbrarse jubilarse matricularse inscribirse apuntarse
"""
# haber's él/ella form with a subject (the perfect's «ha»): verbecc gives the impersonal «hay»
AUXILIARY = {"haber": "ha"}
# verbecc gives the adjectival participle first for verbs with two; tenses use the regular one
PARTICIPLES = {
    "comprender": "comprendido",
    "elegir": "elegido",
    "nacer": "nacido",
    "torcer": "torcido",
    "atender": "atendido",
    "despertar": "despertado",
    "fijar": "fijado",
    "juntar": "juntado",
    "corregir": "corregido",
    "suspender": "suspendido",
}
# verbecc's template for these is broken (pasar -> "pas", nevar -> "n"): conjugate a model
# verb of the same pattern and swap the stem
MODELS = {"pasar": "hablar", "nevar": "pensar", "atrever": "temer"}  # verbecc: «atreveo»
CHECKS = {
    "pasar": ("paso", "pasas", "pasa", "pasamos", "pasáis", "pasan"),
    "tener": ("tengo", "tienes", "tiene", "tenemos", "tenéis", "tienen"),
    "jugar": ("juego", "juegas", "juega", "jugamos", "jugáis", "juegan"),
    "oír": ("oigo", "oyes", "oye", "oímos", "oís", "oyen"),
    "seguir": ("sigo", "sigues", "sigue", "seguimos", "seguís", "siguen"),
    "vestirse": ("visto", "vistes", "viste", "vestimos", "vestís", "visten"),
    "arrepentirse": (
        "arrepiento", "arrepientes", "arrepiente", "arrepentimos", "arrepentís", "arrepienten"
    ),
    "graduarse": ("gradúo", "gradúas", "gradúa", "graduamos", "graduáis", "gradúan"),
    "atreverse": ("atrevo", "atreves", "atreve", "atrevemos", "atrevéis", "atreven"),
}  # fmt: skip
CHECK_IMPERATIVES = {
    "levantarse": ("levántate", "levántese"),
    "sentarse": ("siéntate", "siéntese"),
    "irse": ("vete", "váyase"),
    "ponerse": ("ponte", "póngase"),
    "acostarse": ("acuéstate", "acuéstese"),
    "seguir": ("sigue", "siga"),
    "girar": ("gira", "gire"),
    "acercarse": ("acércate", "acérquese"),
    "disculparse": ("discúlpate", "discúlpese"),
}

STRONG = "aeo"
VOWELS = "aeiouáéíóúü"
ACCENT = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}


def verb_list() -> list[str]:
    """The verbs to generate, deduplicated, in the order given."""
    return list(dict.fromkeys(VERBS.split()))


def _nuclei(word: str) -> list[list[int]]:
    """Index groups of the syllable nuclei (vowel runs, split at strong-strong hiatus)."""
    groups: list[list[int]] = []
    prev = -2
    for i, ch in enumerate(word):
        if ch not in VOWELS:
            continue
        # 'u' after q/g before e/i is silent, not a nucleus
        if (
            ch == "u"
            and i > 0
            and word[i - 1] in "qg"
            and i + 1 < len(word)
            and word[i + 1] in "ei"
        ):
            continue
        if prev == i - 1 and groups and not (ch in STRONG and word[prev] in STRONG):
            groups[-1].append(i)
        else:
            groups.append([i])
        prev = i
    return groups


def add_enclitic(form: str, pronoun: str) -> str:
    """Attach a pronoun to an imperative, writing the accent the extra syllable needs."""
    if any(ch in "áéíóú" for ch in form):
        return form + pronoun
    nuclei = _nuclei(form)
    if len(nuclei) < 2:
        return form + pronoun
    stressed = nuclei[-2] if form[-1] in VOWELS + "ns" else nuclei[-1]
    strong = [i for i in stressed if form[i] in STRONG]
    at = strong[0] if strong else stressed[-1]
    return form[:at] + ACCENT[form[at]] + form[at + 1 :] + pronoun


def _diphthong(stem: str) -> str:
    """The stem with its last e/o diphthonged (pens -> piens, pod -> pued)."""
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "eo":
            return stem[:i] + ("ie" if stem[i] == "e" else "ue") + stem[i + 1 :]
    return stem


def _stressed(stem: str) -> str:
    """The stem with its last vowel written with an accent (tem -> tém), as an enclitic
    pronoun makes it (témete)."""
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "aeiou":
            return stem[:i] + "áéíóú"["aeiou".index(stem[i])] + stem[i + 1 :]
    return stem


def _swap_stem(value, model: str, target: str):
    """Rewrite a model verb's forms (str, list or dict of them) for the target verb."""
    if isinstance(value, list):
        return [_swap_stem(v, model, target) for v in value]
    if isinstance(value, dict):
        return {k: _swap_stem(v, model, target) for k, v in value.items()}
    if not isinstance(value, str):
        return value
    stems = (_diphthong(model[:-2]), _diphthong(target[:-2])), (model[:-2], target[:-2])
    stems += ((_stressed(model[:-2]), _stressed(target[:-2])),)  # «témete»: «atrévete»
    for old, new in stems:
        if value.startswith(old):
            return new + value[len(old) :]
    raise ValueError(f"{value!r} does not start with the stem of {model}")


BEHAVIOUR = (
    "reflexive_with", "like_gustar", "also_personal", "never_reflexive", "work_object", "governs"
)  # fmt: skip


def behaviour(infinitive: str) -> dict:
    """The hand-written behaviour of one verb (the lists above), in the file's key order."""
    reflexive = infinitive.endswith("se") and infinitive not in ("ser",)
    base = infinitive[:-2] if reflexive else infinitive
    entry: dict = {}
    if infinitive in REFLEXIVE_WITH:
        entry["reflexive_with"] = REFLEXIVE_WITH[infinitive]
    if base in LIKE_GUSTAR and not reflexive:
        entry["like_gustar"] = True
        if base in ALSO_PERSONAL:
            entry["also_personal"] = True
    if infinitive in NEVER_REFLEXIVE:
        entry["never_reflexive"] = True
    if base in WORK_OBJECT and not reflexive:
        entry["work_object"] = True
    governs = [prep for prep, verbs in GOVERNS.items() if base in verbs and not reflexive]
    if governs:
        entry["governs"] = governs
    return entry


def _first(cell) -> str:
    return cell["c"][0].strip()


def conjugate(conjugator, infinitive: str) -> dict:
    """One verb's entry for verbs.yaml."""
    reflexive = infinitive.endswith("se") and infinitive not in ("ser",)
    base = infinitive[:-2] if reflexive else infinitive
    if base in MODELS:
        entry = conjugate(conjugator, MODELS[base] + ("se" if reflexive else ""))
        for key in (*BEHAVIOUR, "prepositions"):  # the model verb's, not this one's
            entry.pop(key, None)
        entry = {k: _swap_stem(v, MODELS[base], base) for k, v in entry.items()}
        entry = {**behaviour(infinitive), **entry}
        if infinitive in PREPOSITIONS:
            entry["prepositions"] = PREPOSITIONS[infinitive]
        if base in NO_IMPERATIVE:
            entry.pop("imperative", None)
        return entry
    # verbecc's str() of a conjugation is its JSON
    moods = json.loads(str(conjugator.conjugate(base, conjugate_pronouns=False)))["moods"]

    def row(mood: str, tense: str) -> dict[str, str]:
        cells = moods[mood][tense]
        by_pronoun = {cell.get("pr"): _first(cell) for cell in cells}
        return {
            p: by_pronoun[pr] for p, pr in zip(PERSONS, PRONOUNS, strict=True) if pr in by_pronoun
        }

    present = row("indicativo", "presente")
    entry: dict = {"reflexive": True} if reflexive else {}
    entry.update(behaviour(infinitive))
    entry["present"] = [present[p] for p in PERSONS]
    if irregular(base, entry["present"]):
        entry["irregular"] = True
    if infinitive in PREPOSITIONS:
        entry["prepositions"] = PREPOSITIONS[infinitive]
    entry["gerund"] = _first(moods["gerundio"]["gerundio"][0])
    entry["participle"] = PARTICIPLES.get(base) or _first(moods["participo"]["participo"][0])
    if base in AUXILIARY:
        entry["auxiliary"] = AUXILIARY[base]
    if base not in NO_IMPERATIVE:
        imp = {cell.get("pr"): _first(cell) for cell in moods["imperativo"]["afirmativo"]}
        tu, usted = imp["tú"].split()[0], imp["usted"].split()[0]
        if reflexive:
            tu, usted = add_enclitic(tu, "te"), add_enclitic(usted, "se")
        entry["imperative"] = {"tu": tu, "usted": usted}
    if base in POLITE and not reflexive:
        cond = row("condicional", "presente")
        subj = row("subjuntivo", "pretérito-imperfecto-1")
        entry["conditional"] = {p: cond[p] for p in POLITE_PERSONS}
        entry["imperfect_subjunctive"] = {p: subj[p] for p in POLITE_PERSONS}
    return entry


ENDINGS = {
    "ar": ("o", "as", "a", "amos", "ais", "an"),
    "er": ("o", "es", "e", "emos", "eis", "en"),
    "ir": ("o", "es", "e", "imos", "is", "en"),
}


def irregular(base: str, present: list[str]) -> bool:
    """Whether a present tense is not the stem plus the regular endings (accents aside):
    a stem change (pienso), an irregular yo (salgo) or a spelling change (cojo)."""
    plain = "".join(
        c for c in unicodedata.normalize("NFD", base) if unicodedata.category(c) != "Mn"
    )
    stem, ending = plain[:-2], plain[-2:]
    folded = [
        "".join(c for c in unicodedata.normalize("NFD", f) if unicodedata.category(c) != "Mn")
        for f in present
    ]
    return folded != [stem + e for e in ENDINGS.get(ending, ())]


def make_conjugator():
    """A Spanish verbecc conjugator (trains its model on first use)."""
    from verbecc import CompleteConjugator, LangCodeISO639_1
    from verbecc.src.inflectors.lang.inflector_es import InflectorEs

    logging.getLogger("verbecc").setLevel(logging.WARNING)
    # verbecc's voseo pass (vos forms, which we drop: A1 teaches tú) indexes past the end of
    # a short ending for a few verbs (pasar, nevar); keep the unmodified ending there.
    original = InflectorEs.modify_person_ending_if_applicable

    def tolerant(self, person_ending, *args, **kwargs):
        try:
            return original(self, person_ending, *args, **kwargs)
        except IndexError:
            return person_ending

    InflectorEs.modify_person_ending_if_applicable = tolerant
    return CompleteConjugator(LangCodeISO639_1.es)


def _flow(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    return str(value)


def _compact(entry: dict) -> dict:
    """Present and imperative as space-separated words: fewer YAML scalars load faster."""
    out = dict(entry)
    out["present"] = " ".join(entry["present"])
    if "imperative" in entry:
        out["imperative"] = f"{entry['imperative']['tu']} {entry['imperative']['usted']}"
    return out


def render(entries: dict[str, dict]) -> str:
    """The YAML text: a header and one flow-style line per verb."""
    lines = [
        f"# Generated by scripts/generate_verb_forms.py with verbecc {version('verbecc')}.",
        "# Do not edit by hand: change the script's verb list and re-run it.",
        "# present: yo, tú, él/ella/usted, nosotros, vosotros, ellos/ellas/ustedes (six words).",
        "# imperative: tú usted (affirmative). conditional, imperfect_subjunctive: by person.",
        "# Reflexive verbs list the forms without the pronoun (me llamo -> llamo);",
        "# their imperatives carry it (levántate, levántese).",
        "# like_gustar: the thing liked is the subject (me gusta, me queda bien);",
        "# also_personal: it also takes a person as its subject (ella parece cansada).",
        "# reflexive_with: a -se verb said with a name (se llama Ana), an adjective (se siente",
        "# sola), «a» and a person (se parece a su madre: a_person), or no object",
        "# (se levanta a las siete: no_object).",
        "# never_reflexive: no reflexive pronoun (disfruto, not me disfruto).",
        "# work_object: its object may be a work named by its author (escucho Bad Bunny).",
        "# governs: the preposition of its prepositional object (pienso en ti, confío en ti).",
        "# irregular: the present is not stem + regular endings (pienso, salgo, cojo).",
        "# prepositions: the ones the verb takes before its complement (vivo en...).",
        "# auxiliary: the él/ella form as the perfect's auxiliary (mi madre ha comido).",
        "verbs:",
    ]
    lines += [f"  {inf}: {_flow(_compact(entry))}" for inf, entry in entries.items()]
    return "\n".join(lines) + "\n"


def generate(infinitives: list[str], conjugator=None) -> dict[str, dict]:
    """Entries for the given infinitives, in order; a verb verbecc cannot conjugate stops it."""
    conjugator = conjugator or make_conjugator()
    entries, failed = {}, []
    for inf in infinitives:
        try:
            entries[inf] = conjugate(conjugator, inf)
        except Exception as e:  # verbecc raises assorted errors on verbs it cannot model
            failed.append(f"{inf}: {type(e).__name__}: {e}")
    if failed:
        raise SystemExit("verbecc could not conjugate:\n" + "\n".join(failed))
    return entries


def main() -> int:
    entries = generate(verb_list())
    problems = [
        f"{inf}: {entries[inf]['present']} != {list(want)}"
        for inf, want in CHECKS.items()
        if entries[inf]["present"] != list(want)
    ]
    problems += [
        f"{inf}: imperative {entries[inf].get('imperative')} != {want}"
        for inf, want in CHECK_IMPERATIVES.items()
        if tuple(entries[inf].get("imperative", {}).values()) != want
    ]
    for inf, entry in entries.items():
        for form in entry["present"]:
            if unicodedata.normalize("NFC", form) != form or " " in form:
                problems.append(f"{inf}: odd form {form!r}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(entries), encoding="utf-8")
    print(f"wrote {len(entries)} verbs to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
