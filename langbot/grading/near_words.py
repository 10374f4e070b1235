"""The known word an unknown one misspells, without a step: one edit away in the lexicon.

An unknown word («sympatica», «mujseo», «entrenamento») is a misspelling when one edit (a
letter added, dropped or changed, or two swapped), after rewriting English spellings of
cognates («photo»), gives a form the lexicon knows; of several, the commoner. Data:
data/near_words.yaml.
"""

from functools import lru_cache

from langbot.grading.language import _frequencies, attested_spanish, common_spanish
from langbot.grading.lexicon import RULES_IGNORE, lexicon
from langbot.grading.near_word_settings import NearWords, near_words
from langbot.grading.slips import (
    bare_plural,
    garbled,
    one_edit,
    other_conjugation,
    run_together,
    scrambled,
    swapped,
    undoubled,
)
from langbot.grading.sound_alike import reordered, sound_index, sounds_like
from langbot.grading.word_parts import prefixed
from langbot.text import fold, has_accent


def _rewritten(word: str, rewrites: dict[str, str]) -> set[str]:
    forms = {word}
    for english, spanish in rewrites.items():
        forms |= {f.replace(english, spanish) for f in forms if english in f}
    return forms


def _known_form(form: str) -> bool:
    return lexicon().rank(form) > 0 or common_spanish(form)


def _with_clitics(word: str, settings: NearWords) -> bool:
    """A verb form the lexicon knows with one or two pronouns joined («dárselo»)."""
    return clitic_host(word, settings) is not None


def keeps_diacritic(written: str, near: str) -> bool:
    """A word written with an accent on its last letter (a verb's «-é», «-ó») is the
    misspelling only of a word spelt with an accent too («despué»: «después»); «acobardé»
    is no «cobarde» but a verb form the lexicon lacks."""
    if not has_accent(written[-1:]):
        return True
    lemmas = (r.lemma for r in lexicon().readings_folded(near))  # «despues»: «después»
    return any(has_accent(s) for s in (near, *lexicon().spellings(fold(near)), *lemmas))


def a_common_word(written: str, near: str) -> bool:
    """The word suggested is no foreign word only («violet») nor only a name («Juani»:
    «juan», «mcdonalds»: «mcdonald»): near one, the unknown word is likely another foreign
    word or name («Viollet», «Milio», «lakers»), not a slip."""
    kinds = {r.upos for r in lexicon().readings_folded(near)}
    return not kinds or not kinds <= {"PROPN", "X"} or regular_form(near)  # «mirándola»


def clitic_host(word: str, settings: NearWords | None = None) -> str | None:
    """The verb form (infinitive, gerund or command) a folded word is, with one or two
    pronouns joined on («digalo»: «diga»), when the lexicon knows that form."""
    settings = settings or near_words()
    for first in settings.clitics:
        if not word.endswith(first):
            continue
        rest = word[: -len(first)]
        dropped = rest + settings.clitic_drops.get(first, "")
        hosts = (rest, dropped, *(rest[: -len(c)] for c in settings.clitics if rest.endswith(c)))
        for host in hosts:
            readings = lexicon().readings_folded(host)
            if any(r.verbform in settings.clitic_hosts or r.mood == "Imp" for r in readings):
                return host
            if infinitive_of(host, settings) or _vos_command(host, settings):
                return host
    return None


def _vos_command(host: str, settings: NearWords) -> bool:
    """A vos command: an infinitive the lexicon knows less its last letter («pedi», «hace»)."""
    for drop in settings.vos_command_drops:
        infinitive = host + drop
        if infinitive[-2:] not in settings.infinitive_endings:
            continue
        if any(r.verbform == "Inf" for r in lexicon().readings_folded(infinitive)):
            return True
    return False


def _derived(word: str, settings: NearWords) -> bool:
    """A regular form of a word the lexicon knows («saciando», «carísima»), or of a rare verb
    the word lists know though the lexicon lacks it («audicionado», «ululando»)."""
    verbs = (*settings.infinitive_endings, *settings.preterite_endings)
    for ending, stems in settings.derivations.items():
        if word.endswith(ending) and len(word) > len(ending) + 2:
            base = word[: -len(ending)]
            if ending[0] in settings.spelling_changes.get(base[-1], ""):
                continue  # «vezes»: the ending respells the stem, «veces»
            if any(_spanish(base + s, s in verbs) for s in stems):
                return True
    return False


def regular_form(word: str) -> bool:
    """A folded word the lexicon need not list: a verb form with pronouns joined on, a regular
    ending on a stem it knows, or a prefix on a noun («oírte», «chilles», «exagentes»)."""
    settings = near_words()
    makers = (prefixed, _with_clitics, _derived, infinitive_of, _loan_plural)
    return any(f(word, settings) for f in makers)


def _loan_plural(word: str, settings: NearWords) -> bool:
    """The plural of a known borrowed noun, with a bare -s after a letter no Spanish word
    ends in («hashtags», «tickets»); not «marrons» (Spanish «marrones»)."""
    base = word[:-1]
    return word.endswith("s") and base[-1:] in settings.loan_plural_after and _known_form(base)


def infinitive_of(word: str, settings: NearWords | None = None) -> bool:
    """An infinitive the lexicon lacks though it has the verb's forms («rebelar»: «rebela»)."""
    settings = settings or near_words()
    for ending, probes in settings.infinitive_probes.items():
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)]
            for probe in probes:
                readings = lexicon().readings_folded(stem + probe)
                if any(r.lemma == word and r.upos in ("VERB", "AUX") for r in readings):
                    return True
    return False


def _spanish(form: str, verb: bool) -> bool:
    """The lexicon knows the form as a Spanish verb (`verb`), else as a Spanish noun,
    adjective or participle, or it is a decade (never only a name, an English word or
    another number: «cuatros» is misspelt, «en sus noventas» is not)."""
    readings = [r for r in lexicon().readings_folded(form) if r.source not in RULES_IGNORE]
    if verb:  # «bolear»: an infinitive the lexicon knows only by its verb's other forms
        return (
            any(r.upos in ("VERB", "AUX") for r in readings)
            or infinitive_of(form)
            or (not readings and _listed_infinitive(form))
        )
    decade = form in near_words().decades
    return decade or any(r.upos in ("NOUN", "ADJ") or r.verbform == "Part" for r in readings)


def _listed_infinitive(form: str) -> bool:
    """An infinitive the lexicon lacks that natives write («ulular», «audicionar»): a rare
    verb, whose regular forms are no slips of a common word. Not one only the long
    frequency list has («captivar», «individuar»): learners' anglicisms land there."""
    settings = near_words()
    if form[-2:] not in settings.infinitive_endings or not attested_spanish(form):
        return False
    # the web writes common verbs spelt by ear too («ablar», «haser»): those are slips
    return sounds_like(form, settings.sound_alike) is None


@lru_cache(maxsize=512)
def cognate_spelling(word: str) -> str | None:
    """The Spanish spelling of an English word's cognate, when only the English spelling sets
    them apart («professor», «photo», «classe»): None for other English words."""
    settings = near_words()
    if len(word) < settings.min_length:
        return None
    forms = _rewritten(word, settings.rewrites | settings.english_doubles) - {word}
    return min((f for f in forms if common_spanish(f)), default=None)


@lru_cache(maxsize=512)
def nearest_word(word: str, accented: bool = False, written: str = "") -> str | None:
    """The known form a folded unknown word misspells, one edit away or by a slip of
    langbot/grading/slips.py; None when there is none (and for a regular form of a known
    word, which the lexicon need not list). In a short word, a letter changed is not sure
    enough, nor one added when the learner wrote an accent (a word they know from elsewhere:
    «durián»). `written`: the word as written, lower case."""
    settings = near_words()
    if not settings.min_length <= len(word) <= settings.max_length or not word.isalpha():
        return None
    if regular_form(word):
        return None
    found = run_together(word, settings.clitics)  # before «legista», one edit away
    if found and common_spanish(found.split()[-1]):  # «semenas» is no «se menas»
        return found
    if found := bare_plural(word, settings.consonant_plural):  # «marrons»: not «marrón»
        return found
    rewritten = _rewritten(word, settings.rewrites | settings.english_doubles) - {word}
    cognates = sorted(f for f in rewritten if _known_form(f))
    if cognates:  # «classe» is «clase» written the English way, not «clases» with a swap
        return cognates[0]
    if found := homophone(word):  # «jente» is «gente» spelt by ear, not «ente» with a slip
        return found
    found = other_conjugation(word, settings.conjugation_endings, written)  # «lloría»: «lloraba»
    if found:
        return found
    if attested_spanish(word):  # «pesto», «rapea»: a rare word natives write, no slip of «esto»
        return None
    candidates = set()
    for form in _rewritten(word, settings.rewrites):
        candidates |= {e for e in one_edit(form, settings.letters) if _known_form(e)}
    # only a likely slip is sure enough: «estresan» is no misspelling of «estrenan»
    candidates = {c for c in candidates if not _unlikely(word, c, settings)}
    single = undoubled(word) if accented else None
    if single in candidates and accent_kept(single, written):
        return single  # «mamáa»: «mamá» with a letter doubled, not «mamada» with one added
    if len(word) < settings.min_length_change:  # «durián» is no misspelt «darían» or «durán»;
        candidates = {c for c in candidates if len(c) > len(word) or not accented}
        candidates = {c for c in candidates if len(c) != len(word) or swapped(c, word)}
    if not candidates and len(word) >= settings.min_length_reorder:
        candidates = reordered(word, settings.reorder_reach)  # «hiceria»: «hiciera»
    if candidates or accented:  # a word spelt with an accent is one the learner knows
        return _commonest(candidates, written) if candidates else None
    return garbled(word, settings) or scrambled(word, settings.scramble_length)


def homophone(word: str) -> str | None:
    """The common word a folded unknown one sounds like when read aloud («jugava»: «jugaba»,
    «jente»: «gente»); None for a short word, a regular form of a known word, or none."""
    settings = near_words()
    if not settings.min_length_sound <= len(word) <= settings.max_length or not word.isalpha():
        return None
    if regular_form(word):
        return None
    found = sounds_like(word, settings.sound_alike)
    if found and len(word) < settings.min_length and len(found) != len(word):
        return None  # a short word only respelt letter for letter: «aah» is no «haha»
    return found


def warm_up() -> None:
    """Index the common words by how they sound now, off a learner's turn."""
    sound_index(near_words().sound_alike)


def _commonest(candidates: set[str], written: str = "") -> str:
    """Of several, one that keeps the accent the learner wrote («mamáa»: «mamá», not
    «mamada»), then the commonest."""
    es = _frequencies()[0]
    accented = has_accent(written)
    return min(
        candidates,
        key=lambda c: (
            accented and accent_kept(c, written) is None,
            not common_spanish(c),
            -es.get(c, 0.0),
            _unranked_last(lexicon().rank(c)),  # «sentamientos»: «sentimientos», commoner
            c,
        ),
    )


def accent_kept(folded: str, written: str) -> str | None:
    """The folded word with an accent the learner wrote put back on the same vowel, when the
    lexicon knows that spelling («tenia», «ttenía»: «tenía»); None when none is."""
    for mark in (c for c in written if has_accent(c)):
        vowel = fold(mark)
        for k, letter in enumerate(folded):
            spelt = folded[:k] + mark + folded[k + 1 :]
            if letter == vowel and lexicon().readings(spelt):
                return spelt
    return None


def written_fix(folded: str, written: str) -> str:
    """How a folded correction is spelt: with the accent the learner wrote if the word takes
    it («tenía»), else its one accented spelling («ocurrio»: «ocurrió»), else as it is."""
    spellings = lexicon().spellings(folded)
    if kept := accent_kept(folded, written):
        return kept
    return spellings[0] if len(spellings) == 1 else folded


def _unranked_last(rank: int) -> tuple[bool, int]:
    """A lexicon rank as a sort key: a form with no rank after every ranked one."""
    return rank == 0, rank


def _unlikely(word: str, form: str, settings: NearWords) -> bool:
    """Whether the edit is an unlikely slip: one consonant for another that sounds unlike it
    («estresan» for «estrenan»); letters added, dropped, swapped or vowels changed are likely."""
    if len(word) != len(form):
        return False
    changed = [(a, b) for a, b in zip(word, form, strict=True) if a != b]
    if len(changed) != 1:
        return False
    a, b = changed[0]
    alike = a in settings.vowels or b in settings.vowels
    return not (alike or a + b in settings.confusable or b + a in settings.confusable)
