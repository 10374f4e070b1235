"""A verb form in another person of the same tense and mood («nevaron»: «nevó», «yo vio»:
«vi», «nosotros era»: «éramos»), found by the ending tables of shared.yaml (the past
ones, then `person_endings`) and kept only when the lexicon reads the new form so: the fix
the person rules give for any tense."""

from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context
from langbot.grading.rules.past_fix import past_tables
from langbot.grading.ud_features import NUMBER_LETTERS
from langbot.grading.verbs import PERSONS
from langbot.text import accented_spellings, fold


def form_in_person(ctx: Context, written: str, lemmas: set[str], person: str) -> str | None:
    """The form of one of these verbs in `person` («1s»…«3p») in the tense and mood of
    `written`, spelt as the lexicon spells it; None when no ending table gives one."""
    tenses = {
        (r.lemma, r.tense, r.mood)
        for r in lexicon().readings(written.lower())
        if r.lemma in lemmas and r.person
    }
    if not tenses:
        return None
    folded, at = fold(written), PERSONS.index(person)
    for endings in _tables(ctx):
        for ending in sorted(set(endings), key=len, reverse=True):
            if not folded.endswith(fold(ending)):
                continue
            stem = written.lower()[: len(written) - len(ending)]
            guess = stem + endings[at]
            for form in (guess, fold(guess), *accented_spellings(fold(guess))):
                if _reads_as(form, tenses, person):
                    return form
    return None


def _tables(ctx: Context) -> list[tuple[str, ...]]:
    """Every ending table, yo to ellos: the preterite's and the imperfect's, then the others."""
    rows = (tuple(row.split()) for row in ctx.spelled["person_endings"])
    return [*past_tables(ctx.spelled, "past"), *past_tables(ctx.spelled, "impf"), *rows]


def _reads_as(form: str, tenses: set[tuple], person: str) -> bool:
    """The form is one of the verbs, in one of the tenses, in the person wanted."""
    return any(
        (r.lemma, r.tense, r.mood) in tenses
        and r.person == person[0]
        and NUMBER_LETTERS.get(r.number or "") == person[1]
        for r in lexicon().readings(form)
    )
