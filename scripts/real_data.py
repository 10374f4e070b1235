"""Shared parts of the real-data generators (make_cowsl2h_sets.py, make_tatoeba_sets.py).

Sentence splitting, the deterministic dev/held-out split, the rules that map a sentence to
the lesson step whose question it answers, and YAML writing in the house's one-row-a-line
style. Generator-time only: the app never imports this.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVALS = ROOT / "evals"

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"»”)]*\s+|\n+")


def fold(text: str) -> str:
    """Lower case without accents (ñ kept), as the grader folds words."""
    text = text.replace("ñ", "\0").replace("Ñ", "\0")
    nfd = unicodedata.normalize("NFD", text.lower())
    out = "".join(c for c in nfd if unicodedata.category(c) != "Mn")
    return out.replace("\0", "ñ")


def words(text: str) -> list[str]:
    """The folded words of a text, punctuation dropped."""
    return re.findall(r"[a-zñ0-9]+", fold(text))


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph: split after . ! ? and at line breaks."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def heldout(key: str) -> bool:
    """Whether a row goes to the held-out half: SHA-1 of its key, first byte odd."""
    return hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 1


def quote(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# (lesson, step, rule): the first rule whose regex matches the folded sentence wins. Each
# regex is anchored on the whole answer so the sentence answers the step's question as it is.
_NAME = r"[a-z]+"
_YO = r"(yo )?"
_LIKE_IT = r"(me gusta|me encanta)"
_LIKE_THEM = r"(me gustan|me encantan)"
_LIKE_ANY = r"(me gusta|me encanta|me gustan|me encantan)"
_MUCH = r"(mucho )?"
_FOODS = (
    r"(pizza|comida|fruta|frutas|paella|tacos|pasta|chocolate|helado|pescado|carne"
    r"|manzanas|naranjas|hamburguesas|tortilla|queso|pan|sushi|fresas|verduras)"
)
_JOBS = (
    r"(estudiante|profesor|profesora|medico|medica|enfermer[oa]"
    r"|ingenier[oa]|abogad[oa]|camarer[oa]|cociner[oa])"
)
_STUDY = r"(trabajo (en|de|como) [a-z ]+|(estudio|estoy estudiando) (en|[a-z]+) ?[a-z ]*)"
_DRINKS = r"(un|una) (cafe|te|cerveza|zumo|vaso|taza)"
_PETS = r"(un|una|dos|tres) (perro|perros|gato|gatos|perra|gata)"
_SIBLINGS = r"(un|una|dos|tres|cuatro|cinco) herman[oa]s?"
STEP_RULES: list[tuple[str, int, str]] = [
    ("greetings", 2, rf"^(hola,? )?(me llamo|mi nombre es) {_NAME}( {_NAME})?$"),
    ("family", 3, rf"^mi (madre|mama) se llama {_NAME}$"),
    ("family", 4, r"^mi (madre|mama) tiene [a-z ]+ años$"),
    ("numbers", 3, r"^mi (mejor )?amig[oa] tiene [a-z0-9 ]+ años$"),
    ("numbers", 2, r"^(yo )?tengo [a-z0-9 ]+ años( de edad)?$"),
    ("greetings", 3, r"^(yo )?soy de [a-z ]+$"),
    ("greetings", 4, r"^(yo )?(estoy|me siento) (muy |un poco |bastante )?[a-z]+$"),
    ("greetings", 5, rf"^{_YO}soy (un |una )?{_JOBS}( (de|en) [a-z ]+)?$"),
    ("greetings", 6, r"^(si,? )?(yo )?hablo (un poco de |muy bien |bien )?español$"),
    ("likes", 3, rf"^{_LIKE_THEM} {_MUCH}(los deportes)$"),
    ("likes", 8, rf"^{_LIKE_ANY} {_MUCH}(el|la|los|las) {_FOODS}( [a-z]+)?$"),
    ("likes", 7, rf"^{_LIKE_THEM} {_MUCH}las peliculas( de [a-z ]+)?$"),
    ("likes", 6, rf"^{_LIKE_THEM} {_MUCH}(los libros|las novelas)( de [a-z ]+)?$"),
    ("likes", 2, rf"^{_LIKE_IT} {_MUCH}(la musica [a-z ]+|el (rock|pop|jazz|rap|reggaeton))$"),
    ("likes", 4, rf"^{_LIKE_IT} {_MUCH}[a-z]+(ar|er|ir)( [a-z]+){{0,6}}$"),
    ("family", 2, rf"^(no,? |si,? )?{_YO}tengo {_SIBLINGS}( [a-z]+){{0,6}}$"),
    ("family", 7, r"^mi familia vive en [a-z ]+$"),
    ("family", 8, rf"^(si,? )?{_YO}tengo {_PETS}( [a-z]+){{0,4}}$"),
    ("family", 5, r"^mi (madre|mama) es( muy)? [a-z]+( y( muy)? [a-z]+)?$"),
    ("family", 6, r"^mi (padre|papa) es( muy)? [a-z]+( y( muy)? [a-z]+)?$"),
    ("family", 1, r"^(mi familia es|tengo una familia)( muy)? (grande|pequeña)$"),
    ("routine", 1, r"^(yo )?me levanto (a las|temprano|tarde)( [a-z0-9 ]+)?$"),
    ("routine", 2, r"^(yo )?me ducho( [a-z ]+)?$"),
    ("routine", 3, r"^(yo )?desayuno [a-z ]+$"),
    ("routine", 4, rf"^{_YO}{_STUDY}$"),
    ("routine", 7, r"^(yo )?ceno (a las|tarde|temprano)( [a-z0-9 ]+)?$"),
    ("routine", 8, r"^(yo )?me acuesto (a las|tarde|temprano)( [a-z0-9 ]+)?$"),
    ("weekend", 1, r"^(el sabado )?(yo )?voy a [a-z]+(ar|er|ir)( [a-z]+){0,5}( el sabado)?$"),
    ("weekend", 2, r"^con (mi|mis) [a-z]+( [a-z]+)?$"),
    ("directions", 8, r"^(de nada|no hay de que|no hay por que darlas)$"),
    ("greetings", 7, r"^(adios|hasta luego|hasta mañana|hasta pronto|nos vemos|chao|chau)$"),
    ("greetings", 1, r"^(hola|buenos dias|buenas tardes|buenas)$"),
    ("weekend", 4, r"^(si )?(me encantaria|con mucho gusto|claro que si|por supuesto)$"),
    ("weekend", 6, r"^(lo siento )?no puedo( ir)?$"),
    ("weekend", 7, r"^(gracias )?igualmente$"),
    ("family", 7, r"^(mi familia vive|vivimos) en [a-z ]+$"),
    ("cafe", 4, r"^(no )?(nada mas|eso es todo)( gracias)?$"),
    ("cafe", 5, r"^(si )?(esta|estan) (muy )?(rico|rica|bueno|buena|delicioso|deliciosa)$"),
    ("cafe", 7, r"^(con tarjeta|en efectivo|pago (con tarjeta|en efectivo))( por favor)?$"),
    ("cafe", 2, rf"^((quiero|quisiera) )?{_DRINKS}( [a-z ]+)?( por favor)?$"),
]


_CLAUSE_BREAK = re.compile(r",\s|;\s|:\s|\s(?:y|pero|porque|ya que)\s")


def compile_rules(rules: list[tuple[str, int, str]]) -> list[tuple[str, int, re.Pattern]]:
    """Step rules with their regexes compiled, for match_step's `rules`."""
    return [(lesson, step, re.compile(rule)) for lesson, step, rule in rules]


_COMPILED = compile_rules(STEP_RULES)


def match_step(sentence: str, rules: list | None = None) -> tuple[str, int] | None:
    """The (lesson, step) whose question the sentence answers as it is, by the rules above
    (or by `rules`, compiled)."""
    if "?" in sentence or re.search(r"\w[óé]\b", sentence.lower()):
        return None  # a preterite ("estudió") answers no present-tense question
    folded = " ".join(words(sentence))
    for lesson, step, rule in rules or _COMPILED:
        if rule.match(folded):
            return lesson, step
    return None


def match_first_clause(sentence: str, rules: list | None = None) -> tuple[str, int] | None:
    """The step the sentence's first clause answers, when the sentence goes on after it
    ("Tengo veinte años y vivo en Sacramento."): an answer with an extra clause."""
    parts = _CLAUSE_BREAK.split(sentence, maxsplit=1)
    if len(parts) < 2 or match_step(sentence, rules):
        return None
    return match_step(parts[0], rules)


def native_row(step: tuple[str, int], text: str) -> dict:
    """An eval row for a native speaker's sentence that answers a step as it is."""
    return {"lesson": step[0], "step": step[1], "text": text,
            "expected": "correct", "category": "other_words"}  # fmt: skip


def rows_text(header: list[str], rows: list[dict]) -> str:
    """Eval rows (EvalRow fields) as a file's text: one flow mapping a line, sorted by lesson
    and step."""
    lines = [f"# {line}" for line in header]
    for r in sorted(rows, key=lambda r: (r["lesson"], r["step"], r["text"])):
        lines.append(
            f"- {{lesson: {r['lesson']}, step: {r['step']}, attempt: 1, "
            f"text: {quote(r['text'])}, expected: {r['expected']}, category: {r['category']}}}"
        )
    return "\n".join(lines) + "\n"


def write_rows(path: Path, header: list[str], rows: list[dict]) -> None:
    """Write eval rows (EvalRow fields) one flow mapping a line, sorted by lesson and step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(rows_text(header, rows), encoding="utf-8")


def halves_text(
    folder: str, name: str, header: list[str], rows: list[dict], key: str = "text"
) -> dict[Path, str | None]:
    """What write_halves writes: each half's path and text, None for a half with no rows."""
    out: dict[Path, str | None] = {}
    for suffix, keep in (("", False), ("-heldout", True)):
        half = [r for r in rows if heldout(r[key]) == keep]
        out[EVALS / f"{folder}{suffix}" / name] = rows_text(header, half) if half else None
    return out


def write_halves(
    folder: str, name: str, header: list[str], rows: list[dict], key: str = "text"
) -> None:
    """Write rows to evals/<folder>/<name> (tuning) and evals/<folder>-heldout/<name>, split
    by `heldout` on the row's `key` field; a half with no rows gets no file (the eval wants a list)."""
    for path, text in halves_text(folder, name, header, rows, key).items():
        if text is None:
            path.unlink(missing_ok=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


def print_candidates(rows: list[dict]) -> None:
    """Print matched rows as lesson|step|text, for the review by eye before any is kept."""
    for row in sorted(rows, key=lambda r: (r["lesson"], r["step"])):
        print(f"{row['lesson']}|{row['step']}|{row['text']}")
