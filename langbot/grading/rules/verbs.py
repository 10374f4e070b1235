"""The finite verb of a clause: one and only one, conjugated for its subject."""

from langbot.grading.rules.a_perfect import a_for_ha
from langbot.grading.rules.bare_nonfinite import bare_nonfinite
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.carried_subject import carried_subject
from langbot.grading.rules.clitic_infinitive import (
    clitic_before_infinitive,
    clitic_joins_infinitive,
)
from langbot.grading.rules.common import only_verb, skip_adverbs
from langbot.grading.rules.conjunction_verbless import (
    missing_verb_after_conjunction,
    nonfinite_after_because,
)
from langbot.grading.rules.coordination import coordinated_person
from langbot.grading.rules.copula_verbs import copula_then_verb, there_is_then_verb
from langbot.grading.rules.counted_copula import singular_ser_before_count
from langbot.grading.rules.el_infinitive import el_then_infinitive
from langbot.grading.rules.estar_infinitive import estar_infinitive, gerund_verb_infinitive
from langbot.grading.rules.first_person_links import first_person_after_link
from langbot.grading.rules.haber_plural import haber_plural
from langbot.grading.rules.hay_perfect import hay_for_ha
from langbot.grading.rules.indefinite_subjects import indefinite_subject_person
from langbot.grading.rules.joined_infinitive import joined_infinitive
from langbot.grading.rules.joined_subjects import coordinated_subject, speaker_in_subject
from langbot.grading.rules.late_noun_subjects import late_people_subject, relative_people_verb
from langbot.grading.rules.late_subjects import late_pronoun_person
from langbot.grading.rules.link_mood import indicative_after_link
from langbot.grading.rules.lone_adjective import adjective_after_and
from langbot.grading.rules.made_regular import made_regular_form, spelling_change_form
from langbot.grading.rules.main_mood import subjunctive_main
from langbot.grading.rules.name_called import name_called
from langbot.grading.rules.name_subjects import name_subject_person, named_number
from langbot.grading.rules.noun_subjects import (
    noun_subject_infinitive,
    noun_subject_person,
)
from langbot.grading.rules.past_person import past_person
from langbot.grading.rules.past_time import present_with_past_time
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.pronoun_subjects import (
    pronoun_after_ser,
    pronoun_subject_infinitive,
    pronoun_subject_person,
    regularised,
)
from langbot.grading.rules.pronoun_without_verb import pronoun_without_verb
from langbot.grading.rules.quantified_subjects import (
    plural_pronoun_subject,
    quantified_singular_person,
    quantified_subject_person,
)
from langbot.grading.rules.question_infinitive import question_infinitive
from langbot.grading.rules.question_subject import question_place_subject
from langbot.grading.rules.regularised_subjects import regularised_after_subject
from langbot.grading.rules.relative_subjects import relative_subject_person
from langbot.grading.rules.subjects import (
    PERSON,
)
from langbot.grading.rules.verb_chains import (
    finite_after_a,
    finite_after_modal,
    ser_before_gustar,
    ser_name_verb,
)
from langbot.grading.rules.verb_pairs import two_finite_verbs
from langbot.grading.rules.verbless import missing_verb
from langbot.grading.rules.wanting import wanting_infinitive
from langbot.grading.tokens import BOUNDARY


def _likings(ctx: Context, after: int):
    """Each i where a verb like gustar follows its pronoun («me gusta»), with `after` words
    or more after it."""
    a = ctx.analysis
    for i in range(1, len(a) - after):
        if a.at(i - 1) not in ctx.kb.indirect:
            continue
        if any(ctx.kb.verbs.is_like_gustar(f.lemma) for f in a.of(i, "VERB")):
            yield i


def _finite_after_gustar(ctx: Context):
    a = ctx.analysis
    for i in _likings(ctx, 1):
        j = skip_adverbs(a, ctx.kb, i + 1)
        verbs = a.of(j, "VERB")
        if not verbs or len(verbs) != len(a.readings[j]) or a.accented(j):
            continue  # also another word, or «cómo», «qué»
        lemmas = {f.lemma for f in verbs}
        if len(lemmas) == 1 and all(f.form == "pres" and f.person == "1s" for f in verbs):
            yield Hit(j, j + 1, lemmas.pop(), {"verb": a.original(i)})


def _copula_after_gustar(ctx: Context):
    """«No le gusta son el cuello»: what is liked follows the verb like gustar; a form of
    ser or estar before it is one verb too many."""
    a = ctx.analysis
    for i in _likings(ctx, 2):
        start = next((s for s, e in a.clauses if s <= i < e), 0)
        if a.at(start - 1) in ctx.words["relative"]:
            continue  # «lo que más me gusta es el cine»: the main clause's verb
        verbs = [f for f in only_verb(a, i + 1) if f.person]
        copulas = ctx.words["copulas"]
        if verbs and all(f.lemma in copulas for f in verbs) and a.of(i + 2, "DET"):
            yield Hit(i + 1, i + 2, None, {"verb": a.original(i)})


def _naming_then_copula(ctx: Context):
    """«Me llamo es Ana»: «llamarse» is the verb already; «es» is one too many."""
    a = ctx.analysis
    ser = ctx.words["copulas"][0]
    for i in range(1, len(a) - 1):
        if not any(f.lemma == ser for f in a.readings[i + 1]) or not a.of(i - 1, "CLITIC"):
            continue
        if (phrase := a.noun_phrase(i - 1)) and phrase.end == i + 1:
            continue  # «Las llamas son animales»: the article and its noun
        naming = [f for f in a.of(i, "VERB") if f.lemma in ctx.words["naming"] and f.person]
        if naming and a.only(i + 1, "VERB") and all(f.person for f in a.readings[i + 1]):
            yield Hit(i, i + 2, a.original(i))


def _no_after_copula(ctx: Context):
    """«Jane es ya no virgen», «es no mayor»: «no» goes before the verb it denies."""
    a = ctx.analysis
    copulas = ctx.words["copulas"]
    for i in range(len(a) - 2):
        verbs = only_verb(a, i)
        if not verbs or not all(f.lemma in copulas and f.person for f in verbs):
            continue
        k = i + 1 + (a.at(i + 1) in ctx.words["still"])
        if a.at(k) not in ctx.words["negation"] or a.at(k + 1) in ctx.words["not_only"]:
            continue
        described = a.readings[k + 1] if k + 1 < len(a) else ()
        if described and all(f.pos in ("ADJ", "NOUN") for f in described):
            fix = f"{a.tokens.original_text(i + 1, k + 1)} {a.original(i).lower()}"
            yield Hit(i, k + 1, fix)


def _verb_twice(ctx: Context):
    """«Ella es también es actriz»: the same conjugated verb twice in a row."""
    a = ctx.analysis
    seen = set()
    twice = {w for w in a.words if w in seen or seen.add(w)}
    for i in range(len(a) - 1):
        if a.at(i) not in twice or not any(f.person for f in only_verb(a, i)):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        if j > i + 1 and a.at(j) == a.at(i):
            yield Hit(j, j + 1, None)


def _where_subject(ctx: Context):
    """«¿Dónde está tus modales?», «¿Cuánto cuestan el billete?», «¿A qué hora son el
    embarque?», «Aquí está las llaves»: after «dónde», «cuánto», «cuándo», «qué hora», or
    «aquí» opening a clause, the noun phrase after the verb is its subject, and the verb
    agrees with it."""
    a = ctx.analysis
    asking = {*ctx.words["where"], *ctx.words["how_much"], *ctx.words["when_asked"]}
    for i in range(1, len(a) - 1):
        hour = a.at(i - 1) in ctx.words["hour_asked"] and a.at(i - 2) in ctx.words["which"]
        here = a.at(i - 1) in ctx.words["here_there"] and a.at(i - 2) == BOUNDARY
        if a.at(i - 1) not in asking and not hour and not here:
            continue  # «aquí está…» opening a clause: what is here comes after the verb
        verbs = [f for f in a.of(i, "VERB") if f.person and f.form == "pres"]
        # «cuánto cuesta estos…»: a noun reading («cuesta», a slope) before a determiner
        noun = a.of(i, "NOUN") and not (a.at(i - 1) in ctx.words["how_much"] and a.of(i + 1, "DET"))
        if noun or a.of(i, "ADJ") or a.of(i, "ADP"):
            continue  # a noun or a word of another kind: not the verb (a determiner may be)
        np = a.noun_phrase(i + 1)
        if not verbs or np is None or np.noun.number not in PERSON or a.at(np.end) != BOUNDARY:
            continue
        if np.noun.classes & set(ctx.words["when_classes"]):
            continue  # «¿cuándo llegan el lunes?»: when, not who
        want = PERSON[np.noun.number]
        lemmas = {f.lemma for f in verbs}
        if not lemmas <= set(ctx.words["subject_after"]):
            continue  # «¿dónde dan esa película?»: an object after the verb
        if len(lemmas) == 1 and all(f.person != want for f in verbs):
            fix = form_for(ctx.kb, lemmas.pop(), want)
            if fix and verbs[0].person in PERSON.values():
                yield Hit(i, i + 1, fix, {"subject": a.tokens.original_text(i + 1, np.end)})


def _noun_after_article(a, i: int):
    """The noun of a determiner at i and the one noun reading after it, agreeing in number
    («la casa», though «la» is also a pronoun and «casa» also a verb)."""
    nouns = a.of(i + 1, "NOUN")
    numbers = {f.number for f in a.of(i, "DET")}
    if len(nouns) == 1 and nouns[0].number in numbers and not a.of(i, "NOUN"):
        return nouns[0]
    return None


def _ends_phrase(a, k: int) -> bool:
    """Token k may end a noun phrase or be a subject of its own: a noun, a pronoun, a name."""
    return bool(a.of(k, "NOUN") or a.of(k, "PRON") or a.original(k)[:1].isupper())


def _copula_number(ctx: Context):
    """«Los ojos es marrones»: a noun phrase, ser or estar, and an adjective that agrees
    with the noun phrase: the verb takes its number too."""
    a = ctx.analysis
    opening = {0, *(s for s, _ in a.clauses), *(i + 1 for i in range(len(a)) if a.at(i) == ",")}
    for start in sorted(opening):
        noun = _noun_after_article(a, start)
        if noun is None or noun.number not in PERSON or a.of(start - 1, "ADP"):
            continue
        if noun.classes & set(ctx.words["calendar_classes"]):
            continue  # «los lunes es difícil»: when, not the subject
        if a.at(start - 1) in ctx.words["coordinators"] and _ends_phrase(a, start - 2):
            continue  # «mi padre y mi madre son…»: the second of two joined subjects
        k = start + 2
        verbs = [f for f in only_verb(a, k) if f.person]
        if not verbs or not all(f.lemma in ctx.words["copulas"] for f in verbs):
            continue
        want = PERSON[noun.number]
        adjectives = a.of(skip_adverbs(a, ctx.kb, k + 1), "ADJ")
        numbers = {f.number for f in adjectives}
        if numbers == {noun.number} and all(f.person not in (want, None) for f in verbs):
            if all(f.person in PERSON.values() and f.form == "pres" for f in verbs):
                fix = form_for(ctx.kb, verbs[0].lemma, want)
                if fix:
                    yield Hit(k, k + 1, fix, {"subject": a.tokens.original_text(start, k)})


FINDERS = {
    "question_place_subject": question_place_subject,
    "wanting_infinitive": wanting_infinitive,
    "copula_number": _copula_number,
    "where_subject": _where_subject,
    "verb_twice": _verb_twice,
    "coordinated_person": coordinated_person,
    "indefinite_subject_person": indefinite_subject_person,
    "coordinated_subject": coordinated_subject,
    "no_after_copula": _no_after_copula,
    "noun_subject_person": noun_subject_person,
    "name_subject_person": name_subject_person,
    "noun_subject_infinitive": noun_subject_infinitive,
    "copula_then_verb": copula_then_verb,
    "there_is_then_verb": there_is_then_verb,
    "naming_then_copula": _naming_then_copula,
    "name_called": name_called,
    "missing_verb": missing_verb,
    "missing_verb_after_conjunction": missing_verb_after_conjunction,
    "pronoun_without_verb": pronoun_without_verb,
    "pronoun_subject_person": pronoun_subject_person,
    "pronoun_subject_infinitive": pronoun_subject_infinitive,
    "past_person": past_person,
    "carried_subject": carried_subject,
    "regularised_irregular": regularised,
    "finite_after_gustar": _finite_after_gustar,
    "copula_after_gustar": _copula_after_gustar,
    "finite_after_modal": finite_after_modal,
    "ser_before_gustar": ser_before_gustar,
    "ser_name_verb": ser_name_verb,
    "pronoun_after_ser": pronoun_after_ser,
    "named_number": named_number,
    "subjunctive_main": subjunctive_main,
    "relative_subject_person": relative_subject_person,
    "speaker_in_subject": speaker_in_subject,
    "quantified_subject_person": quantified_subject_person,
    "finite_after_a": finite_after_a,
    "late_pronoun_person": late_pronoun_person,
    "joined_infinitive": joined_infinitive,
    "question_infinitive": question_infinitive,
    "clitic_before_infinitive": clitic_before_infinitive,
    "clitic_joins_infinitive": clitic_joins_infinitive,
    "present_with_past_time": present_with_past_time,
    "el_then_infinitive": el_then_infinitive,
    "two_finite_verbs": two_finite_verbs,
    "bare_nonfinite": bare_nonfinite,
    "estar_infinitive": estar_infinitive,
    "gerund_verb_infinitive": gerund_verb_infinitive,
    "haber_plural": haber_plural,
    "adjective_after_and": adjective_after_and,
    "quantified_singular_person": quantified_singular_person,
    "indicative_after_link": indicative_after_link,
    "hay_for_ha": hay_for_ha,
    "a_for_ha": a_for_ha,
    "late_people_subject": late_people_subject,
    "relative_people_verb": relative_people_verb,
    "first_person_after_link": first_person_after_link,
    "singular_ser_before_count": singular_ser_before_count,
    "regularised_after_subject": regularised_after_subject,
    "plural_pronoun_subject": plural_pronoun_subject,
    "nonfinite_after_because": nonfinite_after_because,
    "made_regular_form": made_regular_form,
    "spelling_change_form": spelling_change_form,
}
