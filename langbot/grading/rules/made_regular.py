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


@lru_cache(maxsize=1)
def made_up_forms(path: Path = MADE_REGULAR_FILE) -> dict[str, tuple[str, str]]:
    """The checked-in table of made-up forms; LessonFileError naming the file and entry."""
    data = read_yaml(path, LessonFileError)
    try:
        return MadeRegularFile.model_validate(data).forms
    except ValidationError as e:
        raise LessonFileError(format_validation_error(path, e, data)) from e


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


def made_regular(kb: Knowledge, se: str) -> dict[str, tuple[str, str]]:
    """Folded made-up regular form -> (infinitive, the real form), built from verbs.yaml, the
    endings and the lexicon (generator time); a form two verbs or two persons with different
    real forms could make is left out."""
    irregular = [inf for inf, e in kb.verbs.entries.items() if e.irregular]
    lemmas = {_base(kb, inf, se): inf for inf in irregular}
    real = _real_forms(kb, lemmas)
    tables = {  # the lexicon's tense of each table of endings (grammar.yaml)
        "Pres": kb.lists.regular_endings,
        "Past": kb.lists.past_endings,
        "Imp": kb.lists.imperfect_endings,
    }
    found: dict[str, set[tuple[str, str]]] = {}
    for inf in irregular:
        base = fold(_base(kb, inf, se))
        stem, ending = base[:-2], base[-2:]
        if ending not in tables["Pres"] or len(stem) < 2:
            continue
        stems = _present_stems(kb.verbs.entries[inf].present, tables["Pres"][ending])
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
    a, table = ctx.analysis, made_up_forms()
    for i in range(len(a)):
        hit = table.get(a.at(i))
        if hit is None or (i > 0 and a.original(i)[:1].isupper()):
            continue  # mid-sentence capital: a name
        if _unknown(ctx.kb, a.original(i).lower()):
            yield Hit(i, i + 1, hit[1], {"verb": hit[0]})
