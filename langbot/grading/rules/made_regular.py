"""«Yo dormió», «él hació», «tú teniste»: an irregular verb of verbs.yaml given a regular
ending in the present, preterite or imperfect, where the word is no form the lexicon knows.
A word the lexicon does not know is never an error by itself; this one is a sure slip
because it is exactly the verb's regular form for a person and tense whose real form
differs, so the fix is the real form. Part of the verbs family (rules/verbs.py).
The table is built by `made_regular` at generator time (scripts/generate_made_regular.py,
some 2 s of lexicon scans) and read at run time from data/made_regular.yaml."""

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from langbot.datafiles import format_validation_error, read_yaml
from langbot.errors import LessonFileError
from langbot.grading.knowledge import Knowledge
from langbot.grading.lexicon import ATTESTED, lexicon
from langbot.grading.near_words import near_words
from langbot.grading.rules.base import RULES_DIR, Context, Hit
from langbot.text import fold

COMMON_RANK = 30_000  # a form this frequent is one a learner may mean and misspell
PEOPLE = (("1", "Sing"), ("2", "Sing"), ("3", "Sing"), ("1", "Plur"), ("2", "Plur"), ("3", "Plur"))
# the lexicon's tense of each table of endings (grammar.yaml)
SOURCES = ATTESTED | {"verbecc"}
TENSES = {"Pres": "regular_endings", "Past": "past_endings", "Imp": "imperfect_endings"}
MADE_REGULAR_FILE = RULES_DIR.parent / "made_regular.yaml"


class MadeRegularFile(BaseModel):
    """data/made_regular.yaml: each made-up form, folded, with its verb and real form."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    forms: dict[str, tuple[str, str]]
    spelled: dict[str, tuple[str, str]] = {}
    """A verb regular in the present given a past form without the spelling change its real
    one makes (llegé: llegué, buscé: busqué, leió: leyó)."""


@lru_cache(maxsize=1)
def _made_up_file(path: Path = MADE_REGULAR_FILE) -> MadeRegularFile:
    """The checked-in tables; LessonFileError naming the file and entry."""
    data = read_yaml(path, LessonFileError)
    try:
        return MadeRegularFile.model_validate(data)
    except ValidationError as e:
        raise LessonFileError(format_validation_error(path, e, data)) from e


@lru_cache(maxsize=1)
def made_up_forms(path: Path = MADE_REGULAR_FILE) -> dict[str, tuple[str, str]]:
    """The checked-in table of made-up forms of the irregular verbs."""
    return _made_up_file(path).forms


def made_up_spellings(path: Path = MADE_REGULAR_FILE) -> dict[str, tuple[str, str]]:
    """The checked-in table of past forms missing their spelling change."""
    return _made_up_file(path).spelled


def _base(kb: Knowledge, inf: str, se: str) -> str:
    """The infinitive without its reflexive ending (llamarse: llamar)."""
    return inf.removesuffix(se) if kb.verbs.entries[inf].reflexive else inf


def _real_forms(kb: Knowledge, lemmas: dict[str, str]) -> dict[tuple, str]:
    """(infinitive, tense, person, number) -> the verb's real indicative form: verbecc's,
    else the one form the treebanks give (not the voseo one)."""
    found: dict[tuple, dict[str, str]] = {}
    for form, r in lexicon().verb_readings(lemmas):
        if r.upos == "VERB" and r.mood == "Ind" and r.source in SOURCES and r.person:
            key = (lemmas[r.lemma], r.tense, r.person, r.number)
            found.setdefault(key, {}).setdefault(form, r.source)
    return {
        key: next(f for f, source in forms.items() if source == "verbecc" or len(forms) == 1)
        for key, forms in found.items()
        if "verbecc" in forms.values() or len(forms) == 1
    }


def _unknown(kb: Knowledge, folded: str) -> bool:
    """Neither the lexicon (accents aside) nor verbs.yaml knows the word."""
    return not (lexicon().readings_folded(folded) or folded in kb.verbs.forms)


def _dropped_letter(folded: str, inf: str, real: str, lemmas: dict[str, str]) -> bool:
    """A common form of another verb with one letter more, as common as the real form or
    more: maybe that verb with a letter dropped («pedieron»: «perdieron»), not surely this
    one made regular («venieron»: vinieron is the commoner, not «vendieron»)."""
    letters = near_words().letters
    rank = lexicon().rank(real) or COMMON_RANK
    for more in {folded[:i] + c + folded[i:] for i in range(len(folded) + 1) for c in letters}:
        for form in lexicon().spellings(more):
            if 0 < lexicon().rank(form) <= min(rank, COMMON_RANK) and any(
                r.upos == "VERB" and lemmas.get(r.lemma) != inf for r in lexicon().readings(form)
            ):
                return True
    return False


def _present_stems(present: tuple[str, ...], endings: list[str]) -> set[str]:
    """The stems of «yo» and «él» in the present when they differ from the infinitive's
    (tengo, tiene: teng, tien), which learners carry into the past («tengaba», «piensaron»)."""
    stems = set()
    for form, end in ((present[0], endings[0]), (present[2], endings[2])):
        if fold(form).endswith(fold(end)) and len(fold(form)) > len(end) + 1:
            stems.add(fold(form).removesuffix(fold(end)))
    return stems


def made_regular(kb: Knowledge, se: str, irregular: bool = True) -> dict[str, tuple[str, str]]:
    """Folded made-up regular form -> (infinitive, the real form), built from verbs.yaml, the
    endings and the lexicon (generator time); a form two verbs or two persons with different
    real forms could make is left out. With `irregular` false: the verbs whose present is
    regular, in the preterite only (llegé, buscé, leió: their real form changes a letter)."""
    chosen = [inf for inf, e in kb.verbs.entries.items() if e.irregular == irregular]
    lemmas = {_base(kb, inf, se): inf for inf in chosen}
    real = _real_forms(kb, lemmas)
    tables = {  # the lexicon's tense of each table of endings (grammar.yaml)
        "Pres": kb.lists.regular_endings,
        "Past": kb.lists.past_endings,
        "Imp": kb.lists.imperfect_endings,
    }
    if not irregular:
        tables = {"Past": tables["Past"]}
    found: dict[str, set[tuple[str, str]]] = {}
    for inf in chosen:
        base = fold(_base(kb, inf, se))
        stem, ending = base[:-2], base[-2:]
        if ending not in kb.lists.regular_endings or len(stem) < 2:
            continue
        present = kb.lists.regular_endings[ending]
        stems = _present_stems(kb.verbs.entries[inf].present, present) if irregular else set()
        for tense, table in tables.items():
            builds = [(table[ending], {stem} if tense == "Pres" else {stem} | stems)]
            if tense == "Imp":  # «tengaba»: the present's stem with another class's imperfect
                builds += [(ends, stems) for ends in table.values() if ends != table[ending]]
            for ends, made_stems in builds:
                for (person, number), end in zip(PEOPLE, ends, strict=True):
                    form = real.get((inf, tense, person, number))
                    for made in made_stems:
                        if form and fold(form) != made + fold(end):
                            wrong = found.setdefault(made + fold(end), set())
                            wrong.add((_base(kb, inf, se), form))
    return {
        wrong: min(hits)
        for wrong, hits in found.items()
        if len({form for _, form in hits}) == 1
        and _unknown(kb, wrong)
        and not _dropped_letter(wrong, lemmas[min(hits)[0]], min(hits)[1], lemmas)
    }


def made_regular_form(ctx: Context):
    """Finder: a made-up regular form of an irregular verb: its real form."""
    yield from _made_up(ctx, made_up_forms())


def spelling_change_form(ctx: Context):
    """Finder: a past form without its spelling change («llegé»): the real form, its accent
    as the learner wrote theirs («llege»: llegue, the accent being another slip)."""
    for hit in _made_up(ctx, made_up_spellings()):
        written = ctx.analysis.original(hit.start)
        yield hit if fold(written) != written.lower() else hit._replace(fix=fold(hit.fix))


def _made_up(ctx: Context, table: dict[str, tuple[str, str]]):
    """Each word of the table the lexicon does not know, as written, with its real form."""
    a = ctx.analysis
    for i in range(len(a)):
        hit = table.get(a.at(i))
        if hit is None or (i > 0 and a.original(i)[:1].isupper()):
            continue  # mid-sentence capital: a name
        if _unknown(ctx.kb, a.original(i).lower()):
            yield Hit(i, i + 1, hit[1], {"verb": hit[0]})
