"""Generate langbot/grading/data/lexicon.tsv.gz: Spanish word forms with UPOS, lemma, features.

Sources, in order of trust (see langbot/grading/data/README.md for licences):
1. ud: the UD_Spanish-GSD dev split, UD_Spanish-PUD and UD_Spanish-COSER (GSD's test split
   is kept out: it measures the tagger). Nouns that UD leaves without gender take it from the
   article before them, or from the determiners they follow in the treebanks' and Tatoeba's
   text (scripts/cooccurrence.py); digits are numerals.
2. vocabulary: lessons/vocabulary/nouns.yaml and adjectives.yaml, every gender and number.
3. verbecc: the simple tenses, imperatives, infinitive, gerund and participles of every verb
   that UD, verbs.yaml or the frequency list names, or FreeLing has in use, and verbecc knows.
4. derived: the regular plural or singular of a UD noun or adjective, when the frequency list
   has that form.
5. cooccurrence: a frequent form no source gives that follows determiners of one gender and
   number in most of its uses in that text is a noun of that gender and number.
6. extras (scripts/lexicon_extras.py), for forms no source above gives: voseo (tenés, mirá),
   diminutives (poquito), repeated interjections (jajaja), symbols (°), names from Faker's
   lists (PROPN) and English words from pyspellchecker's list (X); then, for the 30,000 most
   frequent forms only (scripts/lexicon_patterns.py): pronouns attached at any split
   (cállate), superlatives (altísimo), numerals by shape (xviii, 1º), lengthened
   interjections (ahhh), the hand-made scripts/short_forms.yaml (abbreviations, acronyms,
   chat spellings and clippings with their standard forms: dr, tb, peli), names from the
   Hunspell es_ES dictionary, pycountry and CLDR, and names from more of Faker's locales.
   The grammar rules never read the names, English words, symbols, abbreviations, chat
   spellings and numerals.
7. suffix: a frequent form no source gives, read from its ending when the lexicon's forms with
   that ending agree (at least 90% of 20 or more); the rest are left out and counted. The
   grader does not use these readings.
Then the readings are corrected: a treebank verb reading verbecc conjugates otherwise is a
slip, a verb nobody uses is no reading of another word's form (scripts/lexicon_ghosts.py:
«eran» is no «erar»), and a noun seen with both articles, or a masculine one of a person,
takes either (scripts/common_gender.py: el/la pianista, el/la testigo); a function word
keeps no noun reading, and a noun's two numbers share their genders (scripts/lexicon_closed.py:
«alguna» no noun, «los curas» as «el cura»).

Generation-time tools only: `pip install verbecc wordfreq`, Faker 40.63.0, babel 2.18.0 and
pycountry 26.2.16 on PYTHONPATH (`pip install --target <dir> faker==40.63.0 babel==2.18.0
pycountry==26.2.16`), snapshots of UD_Spanish-GSD, UD_Spanish-PUD and UD_Spanish-COSER in
LANGBOT_UD_GSD, LANGBOT_UD_PUD and LANGBOT_UD_COSER, of wooorm/dictionaries in
LANGBOT_HUNSPELL_ES, manythings.org's spa-eng.zip in LANGBOT_TATOEBA_ZIP, then
`python scripts/generate_lexicon.py`.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import cooccurrence  # noqa: E402
from common_gender import common_forms, determiner_heads, make_common  # noqa: E402
from freeling_source import freeling_readings, noun_lemmas, verbs_in_use  # noqa: E402
from generate_verb_forms import make_conjugator  # noqa: E402
from lexicon_closed import (  # noqa: E402
    closed_nouns,
    drop_closed_nouns,
    gender_disagreements,
    share_number_genders,
)
from lexicon_extras import add_extras  # noqa: E402
from lexicon_fixes import fix_compounds, fix_genders, hand_genders  # noqa: E402
from lexicon_ghosts import drop_ghosts, drop_slips, shape  # noqa: E402
from lexicon_sources import (  # noqa: E402
    AUXILIARIES,
    complete_gender,
    derived_forms,
    function_word_readings,
    infinitive_candidates,
    lesson_verbs,
    suffix_guesses,
    verb_readings,
    verbecc_infinitives,
    vocabulary_readings,
    with_clitics,
)
from treebanks import read_file, sentences, treebank_dir  # noqa: E402

from langbot.grading.lexicon import (  # noqa: E402
    CHECKSUM,
    FIELDS,
    ReadingRecord,
    checksum,
    encode_reading,
)
from langbot.text import fold  # noqa: E402

OUT = ROOT / "langbot" / "grading" / "data" / "lexicon.tsv.gz"
TOP = 30_000  # the frequent forms the lexicon must cover
RANKED = 100_000  # forms that get a rank
# a FreeLing verb is in use with this many forms of its own at this Zipf frequency, one of
# them ranked: chirriar, reñir, asentir, not llagar (its forms are misspelt «llegar»'s)
IN_USE_ZIPF, IN_USE_FORMS = 1.5, 4
SKIP_UPOS = {"PUNCT", "SYM", "X"}
# (treebank, file): the text the lexicon is read from; GSD's test split measures the tagger
TREEBANKS = (
    ("gsd", "es_gsd-ud-dev.conllu"),
    ("pud", "es_pud-ud-test.conllu"),
    ("coser", "es_coser-ud-test.conllu"),
)


def feats_dict(feats: str) -> dict[str, str]:
    """UD features as the record's fields."""
    pairs = dict(p.split("=", 1) for p in feats.split("|") if "=" in p)
    return {k.lower(): v for k, v in pairs.items()}


def ud_readings(words) -> dict[str, Counter]:
    """form -> Counter of (upos, lemma, feats) from the treebank, nouns' gender completed."""
    found: dict[str, Counter] = defaultdict(Counter)
    for sentence in words:
        previous = None
        for w in sentence:
            if w.upos in SKIP_UPOS or w.form.isdigit():
                previous = w
                continue
            feats = w.feats
            if w.upos == "NOUN" and "Gender=" not in feats and previous and previous.upos == "DET":
                gender = feats_dict(previous.feats).get("gender")
                if gender:
                    feats = "|".join(
                        sorted([f"Gender={gender}", *feats.split("|")])
                        if feats != "_"
                        else [f"Gender={gender}"]
                    )
            lemma = w.lemma.lower() if w.lemma not in ("_", "") else w.form.lower()
            found[w.form.lower()][(w.upos, lemma, feats)] += 1
            previous = w
    return found


def prune(counter: Counter) -> list[tuple[str, str, str]]:
    """The readings of a form, without annotation noise (under 5% of 20 or more)."""
    total = sum(counter.values())
    return [k for k, n in counter.items() if total < 20 or n / total >= 0.05]


def record(form: str, rank: int, upos: str, lemma: str, feats: dict, source: str):
    """A validated record (pydantic, extra='forbid')."""
    fields = {k: v for k, v in feats.items() if k in FIELDS}
    return ReadingRecord(form=form, rank=rank, upos=upos, lemma=lemma, source=source, **fields)


def treebank_texts(names: tuple[str, ...] | None = None) -> list[str]:
    """The CoNLL-U text of every treebank the lexicon is read from (or of those named)."""
    return [
        read_file(treebank_dir(name), file)
        for name, file in TREEBANKS
        if names is None or name in names
    ]


def treebank_sentences(names: tuple[str, ...] | None = None):
    """The sentences of every treebank the lexicon is read from (or of those named)."""
    return [s for text in treebank_texts(names) for s in sentences(text)]


def main() -> None:
    """Build, validate and write the lexicon; print its coverage figures."""
    from wordfreq import top_n_list, zipf_frequency  # noqa: PLC0415

    zipf = lru_cache(maxsize=None)(lambda form: zipf_frequency(form, "es"))

    ranked = top_n_list("es", RANKED)
    rank = {w: i + 1 for i, w in enumerate(ranked)}
    words = treebank_sentences()
    table: dict[str, dict[tuple, str]] = defaultdict(dict)  # form -> reading -> source

    def add(form, upos, lemma, feats: dict, source):
        if any(c in form + lemma for c in ",;@ \t"):  # the file's separators ("0,08")
            return
        key = (upos, lemma, tuple(sorted(feats.items())))
        table[form.lower()].setdefault(key, source)

    ud = ud_readings(words)
    for form, counter in ud.items():
        for upos, lemma, feats in prune(counter):
            add(form, upos, lemma, feats_dict(feats), "ud")
    for form in ranked[:TOP]:
        if form.isdigit():
            add(form, "NUM", form, {}, "ud")
    for form, upos, lemma, feats in vocabulary_readings():
        add(form, upos, lemma, feats, "vocabulary")
    for form, upos, lemma, feats in list(function_word_readings(table)):
        add(form, upos, lemma, feats, "vocabulary")
    conjugated = add_verbs(table, add, ud, ranked)
    print(
        f"treebank verb readings verbecc gives no such form of: {len(drop_slips(table, conjugated))}"
    )
    freeling_gender = add_freeling(table, add, set(ranked))
    texts = [[w.form.lower() for w in s] for s in words]
    texts += [cooccurrence.words_of(s) for s in cooccurrence.tatoeba_sentences()]
    seen, count = cooccurrence.evidence(texts, cooccurrence.determiners(ud))
    filled = fill_gender(table, freeling_gender, seen)
    print(f"nouns given a gender by FreeLing / by the determiners before them: {filled}")
    print(f"nouns left out, gender unknown: {complete_gender(table)}")
    print(f"verb + plural noun compounds made one form: {fix_compounds(table, noun_lemmas())}")
    heads = determiner_heads(treebank_texts())
    common = common_forms(table, heads, seen, freeling_gender)
    print(f"noun readings made common gender (el/la pianista): {make_common(table, common)}")
    for form, upos, lemma, feats in list(derived_forms(table, set(ranked))):
        if form not in table:
            add(form, upos, lemma, feats, "derived")
    for form in ranked[:TOP]:
        shape = form not in table and cooccurrence.new_noun(seen.get(form, {}), count[form])
        if shape and re.fullmatch(r"[a-záéíóúüñ]+", form):
            add(form, "NOUN", form, {"gender": shape[0], "number": shape[1]}, "cooccurrence")
    print(f"noun readings given the hand-made gender: {fix_genders(table, hand_genders())}")
    dropped = drop_closed_nouns(table, closed_nouns())
    print(
        f"function words' noun readings dropped: {len(dropped)} forms, e.g. {sorted(dropped)[:12]}"
    )
    shared = share_number_genders(table, heads, seen)
    print(f"noun forms given a gender their other number has: {len(shared)}, e.g. {shared[:12]}")
    print(
        f"nouns whose determiners show the other gender: {gender_disagreements(table, heads, seen)}"
    )
    extras = add_extras(table, add, ranked)
    print(f"voseo, diminutives, laughter, symbols, names, English: {extras}")
    # once every reading is in: a verb's own forms are those no name, voseo... spells too
    ghosts = drop_ghosts(table, zipf, lesson_verbs() | AUXILIARIES)
    print(
        f"ghost verbs dropped from forms another word has: {len(ghosts)}, e.g. {ghosts.get('erar')}"
    )
    missing = [w for w in ranked[:TOP] if w not in table]
    for form, (upos, lemma, feats) in suffix_guesses(table, missing).items():
        add(form, upos, lemma, feats, "suffix")

    records = []
    for form in sorted(table):
        for (upos, lemma, feats), source in sorted(table[form].items()):
            records.append(record(form, rank.get(form, 0), upos, lemma, dict(feats), source))
    write(records)
    report(table, ranked, records)


def add_verbs(table, add, ud, ranked) -> dict[tuple[str, str], set[tuple]]:
    """Every form of the verbs the treebanks, verbs.yaml or the frequent forms name, and of
    FreeLing's verbs in use (chirriar, reñir, asentir: several forms of their own in wordfreq's
    list); not all of FreeLing's verbs: hollar, llagar made «holla», «llagaran» real words,
    not misspellings. Returns the shapes (mood, tense, person, number) verbecc gives each
    (form, verb)."""
    conjugated: dict[tuple[str, str], set[tuple]] = defaultdict(set)

    def conjugate(forms) -> None:
        for form, upos, lemma, feats in forms:
            add(form, upos, lemma, feats, "verbecc")
            conjugated[(form.lower(), lemma)].add(shape(feats))

    ud_verbs = {lemma for c in ud.values() for (u, lemma, _f) in c if u in ("VERB", "AUX")}
    known_verbs = verbecc_infinitives()
    frequent = {w for w in ranked[:TOP] if w.endswith(("ar", "er", "ir", "ír"))}
    verbs = (ud_verbs | frequent) & known_verbs | lesson_verbs()
    verbs |= verbs_in_use(set(ranked), IN_USE_ZIPF, IN_USE_FORMS) & known_verbs
    conjugator = make_conjugator()
    conjugate(verb_readings(conjugator, sorted(verbs)))
    # a form known with its accent or ñ is no missing form (empece, ensena: empecé, enseña),
    # no evidence for a rare verb (empecer, ensenar) whose forms would hide misspellings
    folded = {fold(form) for form in table}
    missing = [w for w in ranked[:TOP] if w not in table and w not in folded]
    rare = infinitive_candidates(conjugator, missing, known_verbs, verbs)
    conjugate(verb_readings(conjugator, sorted(rare)))
    missing = [w for w in ranked[:TOP] if w not in table]
    for form, upos, lemma, feats in list(with_clitics(table, missing)):
        add(form, upos, lemma, feats, "verbecc")
    return conjugated


def add_freeling(table, add, wanted: set[str]) -> dict[str, set[str]]:
    """FreeLing's readings for the frequent forms: a noun, adjective or verb reading where the
    form has none of that part of speech, a closed-class one where the form is unknown.
    Returns each noun form's genders in FreeLing, for the nouns the treebanks leave without."""
    genders: dict[str, set[str]] = defaultdict(set)
    known = {form: {key[0] for key in readings} for form, readings in table.items()}
    for form, upos, lemma, feats in list(freeling_readings(wanted)):
        if upos == "NOUN" and "gender" in feats:
            genders[form].add(feats["gender"])
        have = known.get(form, set())
        open_class = upos in ("NOUN", "ADJ", "VERB")
        if (open_class and upos not in have) or not have:
            add(form, upos, lemma, feats, "freeling")
            if upos == "VERB" and lemma in AUXILIARIES:
                add(form, "AUX", lemma, feats, "freeling")
    return genders


def fill_gender(table, freeling_gender, seen) -> tuple[int, int]:
    """Noun readings without gender take FreeLing's (one gender), else the one the
    determiners before the form show."""
    by_freeling = by_text = 0
    for form, readings in table.items():
        for key in list(readings):
            upos, lemma, feats = key
            f = dict(feats)
            if upos != "NOUN" or f.get("gender"):
                continue
            known = freeling_gender.get(form, set())
            gender = next(iter(known)) if len(known) == 1 else None
            if gender:
                by_freeling += 1
            else:
                gender = cooccurrence.decide(seen.get(form, Counter()), f.get("number"))
                by_text += bool(gender)
            if gender:
                source = readings.pop(key)
                new = (upos, lemma, tuple(sorted({**f, "gender": gender}.items())))
                readings.setdefault(new, source)
    return by_freeling, by_text


def write(records) -> None:
    """The gzipped file, one line a form, then the folded spellings; byte-identical between runs.

    The lines are sorted (the runtime looks forms up by binary search) and the header
    carries their checksum, which tells start-up the file is the one validated here.
    """
    by_form: dict[str, list] = {}
    for r in records:
        by_form.setdefault(r.form, []).append(r)
    lines = [f"{form}\t{found[0].rank}\t" + ";".join(map(encode_reading, found))
             for form, found in by_form.items()]  # fmt: skip
    aliases: dict[str, list[str]] = {}
    for form in by_form:
        key = fold(form)
        if key != form and key not in by_form and re.fullmatch(r"[^\s,;@|A-Z]+", key):
            aliases.setdefault(key, []).append(form)
    lines += [f"{key}\t0\t@" + "|".join(forms) for key, forms in aliases.items()]
    body = ("\n".join(sorted(lines)) + "\n").encode("utf-8")
    header = [
        "# form\trank\treadings (UPOS,lemma,code;...) - see langbot/grading/lexicon.py",
        "# generated by scripts/generate_lexicon.py; edit the script, never this file",
        CHECKSUM + checksum(body),
    ]
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(("\n".join(header) + "\n").encode("ascii") + body)


def report(table, ranked, records) -> None:
    """Coverage figures for the README."""
    top = ranked[:TOP]
    covered = sum(1 for w in top if w in table)
    sources = Counter(r.source for r in records)
    nouns = [r for r in records if r.upos == "NOUN"]
    print(f"{OUT}: {len(table)} forms, {len(records)} readings, {OUT.stat().st_size} bytes")
    print(f"top {TOP} forms covered: {covered} ({covered / TOP:.1%}); by source {dict(sources)}")
    print(
        f"noun readings without gender: {sum(1 for r in nouns if r.gender is None)} of {len(nouns)}"
    )
    print("some of the top forms left out:", [w for w in top if w not in table][:40])


if __name__ == "__main__":
    main()
