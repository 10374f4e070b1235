"""What a verb, noun or adjective takes before its complement, from the family's data: no «a»
before a thing a verb takes as its object («miro el fútbol»), «de» for who made a work
(«música de The Beatles»), the preposition before where one goes («voy a la escuela»),
«de que» after «darse cuenta», «estar seguro» («me di cuenta de que»), and «pensar en»."""

from langbot.grading.near_words import clitic_host
from langbot.grading.rules.all_of import all_of
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_infinitive
from langbot.grading.rules.event_links import event_without_de
from langbot.grading.rules.having_a import having_someone_with_a
from langbot.grading.rules.paying import paying_how
from langbot.grading.rules.places import entries as _entries
from langbot.grading.rules.places import (
    going_how,
    location_with_a,
    location_without_de,
    place_without_preposition,
)
from langbot.grading.rules.someone_objects import (
    pronoun_object_before_verb,
    someone_without_a,
)
from langbot.grading.rules.someone_objects import (
    verb_of as _verb_of,
)
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def _thing_after_a(ctx: Context):
    """«Me gusta mirar al fútbol»: a verb whose object is a thing (a game, a food, a show)
    takes it with no «a»; the personal «a» is for people, and «mira al mar» (towards) is
    a place, so only those classes of things fire."""
    a = ctx.analysis
    things, food = set(ctx.words["thing_classes"]), set(ctx.words["food_classes"])
    to, joined = ctx.words["to"][0], ctx.words["joined_to"][0]
    for i in range(len(a) - 2):
        if a.at(i + 1) not in (to, joined):
            continue
        having = any(f.lemma in ctx.words["having_verbs"] for f in a.of(i, "VERB"))
        if not having and not any(f.lemma in ctx.words["object_verbs"] for f in a.of(i, "VERB")):
            continue
        if a.at(i + 1) == joined:
            np, start = a.noun_phrase(i + 1), i + 1
        elif a.at(i + 1) == to and (a.of(i + 2, "DET") or a.of(i + 2, "NUM")):
            np, start = a.noun_phrase(i + 2), i + 2
        else:
            continue
        kinds = things | set(ctx.words["having_classes"]) if having else things
        seen = any(f.lemma in ctx.words["seeing_verbs"] for f in a.of(i, "VERB"))
        if np is None or not np.noun.classes:
            continue
        widened = seen and not np.noun.classes <= kinds  # «veo a los cuadros»: any thing
        if not np.noun.classes <= (kinds | set(ctx.words["seen_classes"]) if seen else kinds):
            continue
        verbs = {f.lemma for f in a.of(i, "VERB")}
        pronoun = a.of(i - 1, "CLITIC") or clitic_host(a.at(i)) is not None
        if verbs & set(ctx.words["taking_verbs"]) and (pronoun or _asked_object(ctx, i)):
            continue  # «me llevó a un concierto», «¿Qué vas a traer a la fiesta?»: where to
        looking = verbs <= set(ctx.words["looking_verbs"]) or widened
        if looking and a.at(start) in ctx.words["pointed_at"]:
            continue  # «miro a esta fotografía»: towards a thing pointed at (or a person so named)
        if np.noun.classes <= food and not having and not verbs & set(ctx.words["eating_verbs"]):
            continue  # «miró al agua»: towards it; «llevamos a unos bocadillos» is no way
        phrase = a.at(np.end) in ctx.words["of"] and np.noun.number != "p"
        if phrase or only_infinitive(a, np.end):
            continue  # «a la hora de comer»: a phrase; «escuchamos a la banda tocar»: it acts
        fix = ctx.spelled["joined_article"][0] if start == i + 1 else a.original(start)
        yield Hit(i + 1, start + 1, fix)


def _asked_object(ctx: Context, i: int) -> bool:
    """An asked «qué» or «cuánto» (accented, or opening its clause), or a relative «que»
    after «lo» or a noun, stands before the verb at i: it is the verb's object, so an «a»
    phrase after the verb says where to («lo que traje a la fiesta»)."""
    a = ctx.analysis
    k = i - 1
    while k >= 0 and a.at(k) != BOUNDARY:  # in its own clause: not «¿Qué? Llevo a dos…»
        before = a.at(k - 1) == BOUNDARY or a.at(k - 1) in ctx.words["fronting"]
        if a.at(k) in ctx.words["objects_first"] and (
            a.accented(k) or before or a.only(k - 1, "NOUN")
        ):
            return True
        k -= 1
    return False


def _name_at(ctx: Context, j: int) -> bool:
    """A name the lexicon does not know starts at j («The Beatles», «Shakira»): capitalised
    inside the sentence, no noun, verb or adjective of the lexicon, no known place and no
    platform one hears or watches things on («por Spotify»)."""
    a = ctx.analysis
    if j >= len(a) or not a.original(j)[:1].isupper() or a.at(j) in ctx.words["platforms"]:
        return False
    if a.at(j) in ctx.kb.vocabulary.places:
        return False
    return not any(f.pos in ("NOUN", "VERB", "ADJ", "ADV", "PRON") for f in a.readings[j])


def _work_by(ctx: Context):
    """«Música por The Beatles»: who made a song, a book or a film takes «de» right after the
    work («música de The Beatles»); «por» names the maker only after a participle
    («escrita por»)."""
    a = ctx.analysis
    by = ctx.words["by"][0]
    for i in range(1, len(a) - 2):
        works = ctx.words["works"]
        if a.at(i + 1) != by or not any(fold(f.lemma) in works for f in a.of(i, "NOUN")):
            continue
        if a.of(i, "VERB") or not _name_at(ctx, i + 2) or _rewarded(ctx, i):
            continue
        yield Hit(i + 1, i + 2, ctx.spelled["of"][0])


def _rewarded(ctx: Context, i: int) -> bool:
    """A prize or a verb of winning one stands before i in its clause («ganó el premio al
    mejor álbum por…»): what follows «por» is the work it was for."""
    a, k = ctx.analysis, i - 1
    while k >= 0 and a.at(k) != BOUNDARY:
        if any(fold(f.lemma) in ctx.words["rewarded"] for f in a.readings[k]):
            return True
        k -= 1
    return False


def _before_adverbs(ctx: Context, i: int) -> int:
    """The token before i, past the adverbs between («estoy muy seguro»)."""
    a = ctx.analysis
    while i > 0 and a.only(i, "ADV"):
        i -= 1
    return i


def _de_que(ctx: Context):
    """«Estoy convencido que», «no estoy seguro si»: these take «de» before «que» or «si»
    (some before «si» only: natives write «estoy seguro que»)."""
    a = ctx.analysis
    both = [entry.split() for entry in ctx.words["de_que_after"]]
    before_si = both + [entry.split() for entry in ctx.words["de_si_after"]]
    for i in range(1, len(a) - 1):
        if a.at(i + 1) not in ctx.words["que_si"]:
            continue
        needs = before_si if a.at(i + 1) in ctx.words["whether"] else both
        lemmas = {f.lemma for f in a.readings[i] if f.pos in ("NOUN", "ADJ") or f.form == "part"}
        verb = {f.lemma for f in a.of(_before_adverbs(ctx, i - 1), "VERB")}
        if any(v in verb and w in lemmas for v, w in needs):
            yield Hit(i + 1, i + 2, f"{ctx.spelled['of'][0]} {a.original(i + 1)}")


def _pensar_de(ctx: Context):
    """«Pienso de mi madre»: what one thinks about takes «en»; «¿qué piensas de…?», «lo que
    pienso de…» (an opinion) take «de», so an asked or relative opinion never fires."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.at(i + 1) not in ctx.words["of"] or not a.of(i + 1, "ADP"):
            continue
        if not any(f.lemma in ctx.words["think_verbs"] for f in a.of(i, "VERB")):
            continue
        if any(a.at(k) in ctx.words["opinion_words"] for k in range(i)):
            continue
        if a.of(i - 1, "DET") and not a.accented(i - 1):
            continue  # «el pensar de la gente»: the infinitive is a noun, «de» says whose
        j = i + 2
        np = a.noun_phrase(j)
        person = a.at(j) in ctx.words["person_pronouns"]
        thing = np is not None and a.at(np.end - 1) not in ctx.words["manner_nouns"]
        if person or thing or a.at(j) in ctx.words["any_words"]:
            yield Hit(i + 1, i + 2, ctx.spelled["think_about"][0])


def _person_end(ctx: Context, j: int) -> int:
    """The end of a person at j («mi abuela», «Ana»), or j."""
    a = ctx.analysis
    np = a.noun_phrase(j)
    if np is not None and np.noun.classes & set(ctx.words["people_job_classes"]):
        return np.end
    if a.original(j)[:1].isupper() and not a.readings[j]:
        return j + 1
    return j


def _person_then_infinitive(ctx: Context):
    """«Ayudé a mi abuela hacer el café»: after the person, these verbs take «a» before the
    infinitive too: «ayudé a mi abuela a hacer»."""
    a = ctx.analysis
    to, joined = ctx.words["to"][0], ctx.words["joined_to"][0]
    for i in range(len(a) - 3):
        if a.at(i + 1) not in (to, joined) or not _verb_of(ctx, i, "person_then_a"):
            continue
        start = i + 1 if a.at(i + 1) == joined else i + 2
        end = _person_end(ctx, start)
        if end > start and only_infinitive(a, end):
            yield Hit(end, end + 1, f"{ctx.spelled['to'][0]} {a.original(end)}")


def _adjective_a_infinitive(ctx: Context):
    """«Es difícil a elegir»: «es difícil», «es importante» take the infinitive with no
    «a»: «es difícil elegir»."""
    a = ctx.analysis
    to = ctx.words["to"][0]
    for i in range(1, len(a) - 2):
        if a.at(i + 1) != to or not only_infinitive(a, i + 2):
            continue
        if not any(fold(f.lemma) in ctx.words["it_is_adjectives"] for f in a.of(i, "ADJ")):
            continue
        if _verb_of(ctx, _before_adverbs(ctx, i - 1), "copula_ser"):
            yield Hit(i, i + 2, a.original(i))


def _subject_before(ctx: Context, i: int) -> bool:
    """A subject stands right before token i: a noun, a subject pronoun or a name."""
    a = ctx.analysis
    return bool(a.of(i, "NOUN") or any(f.person for f in a.of(i, "PRON"))) or (
        i > 0 and a.original(i)[:1].isupper() and not a.readings[i]
    )


def _name_after_reflexive(ctx: Context):
    """«Bush se casa Laura Welch»: who one marries takes «con»: «se casa con Laura»."""
    a = ctx.analysis
    takes = _entries(ctx.words["name_after_reflexive"])
    for i in range(1, len(a) - 1):
        if not a.original(i + 1)[:1].isupper() or not a.of(i - 1, "CLITIC"):
            continue
        verbs = [f for f in a.of(i, "VERB") if f.lemma in takes]
        if not verbs or not _name_at(ctx, i + 1):
            continue
        if any(a.at(k) == takes[verbs[0].lemma] for k in range(i + 2, len(a))):
            continue  # «se casó Laura con Bush»: Laura is the subject
        if a.at(i - 1) in ctx.words["speaker_clitics"] or _subject_before(ctx, i - 2):
            yield Hit(i + 1, i + 2, f"{takes[verbs[0].lemma]} {a.original(i + 1)}")


def _de_without_se(ctx: Context):
    """«Nunca olvidaron de este día»: with no «se», these verbs take no «de»: «olvidaron este
    día» (or «se olvidaron de este día»)."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.at(i + 1) not in ctx.words["of"] or not _verb_of(ctx, i, "de_only_with_se"):
            continue
        if a.of(i - 1, "CLITIC") or a.at(i + 2) in ctx.words["question_words"]:
            continue
        verbs = [f for f in a.of(i, "VERB") if f.lemma in ctx.words["de_only_with_se"]]
        if any(f.form == "ger" or (f.form == "inf" and a.at(i) != f.lemma) for f in verbs):
            continue  # «olvidarme de»: the «me» is in the word
        if any(f.form == "inf" for f in verbs) and any(a.of(k, "CLITIC") for k in range(i - 4, i)):
            continue  # «me voy a olvidar de»: the «me» of the infinitive
        if any(f.form == "part" for f in verbs) and a.of(i - 2, "CLITIC") and a.of(i - 1, "VERB"):
            continue  # «nos hemos olvidado de»: the «nos» before «haber»
        yield Hit(i, i + 2, a.original(i))


FINDERS = {
    "thing_after_a": _thing_after_a,
    "having_someone_with_a": having_someone_with_a,
    "work_by": _work_by,
    "place_without_preposition": place_without_preposition,
    "location_without_de": location_without_de,
    "location_with_a": location_with_a,
    "going_how": going_how,
    "paying_how": paying_how,
    "de_que": _de_que,
    "pensar_de": _pensar_de,
    "someone_without_a": someone_without_a,
    "pronoun_object_before_verb": pronoun_object_before_verb,
    "person_then_infinitive": _person_then_infinitive,
    "adjective_a_infinitive": _adjective_a_infinitive,
    "name_after_reflexive": _name_after_reflexive,
    "de_without_se": _de_without_se,
    "event_without_de": event_without_de,
    "all_of": all_of,
}
