"""A place's name or a person right after a verb said by «yo», «tú» or «nosotros», with no
word where the verb's counts (data/verb_prepositions.yaml) always have one: «vivo Madrid»
(en), «dependo mis padres» (de), «me caso mi novia» (con)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.verb_classes import MIN_PEOPLE, class_at, name_at
from langbot.grading.rules.verb_lemmas import verb_lemmas
from langbot.grading.verb_prepositions import NONE, VerbPrepositions, load_verb_prepositions


def _said_by_speaker(ctx: Context, i: int) -> bool:
    """The verb at i is said by «yo», «tú», «nosotros», or is an infinitive after such a
    verb («quiero vivir»): a place right after it cannot be its subject («vive Madrid»)."""
    a = ctx.analysis
    verbs = a.of(i, "VERB")
    if verbs and all(f.person and f.person[0] in "12" for f in verbs):
        return True
    if not verbs or not all(f.form == "inf" for f in verbs):
        return False
    before = (f for k in range(max(0, i - 3), i) for f in a.of(k, "VERB"))
    return any(f.person and f.person[0] in "12" for f in before)


def place_name_without_preposition(ctx: Context):
    """«Vivo Madrid», «nací México», «quiero vivir España»: before a known place's name
    the verb takes the word the counts show before its names («en», «a»), never none, when
    its people do not take that word (then the names counted are people's)."""
    a = ctx.analysis
    table = load_verb_prepositions()
    places = ctx.kb.vocabulary.places
    for i in range(len(a) - 1):
        if a.at(i + 1) not in places or not name_at(ctx, i + 1, places=True):
            continue
        if not _said_by_speaker(ctx, i) or a.of(i - 1, "DET"):
            continue
        lemmas = verb_lemmas(ctx, i, noun_ok=True)  # «vivo»: alive too, a verb here
        fixes = {table.favoured(m, "name", NONE) for m in lemmas or ()}
        fix = fixes.pop() if len(fixes) == 1 else None
        if any(table.seen(m, "person").get(fix, 0) >= MIN_PEOPLE for m in lemmas or ()):
            continue  # «conozco España», «amo Australia»: its names with «a» are people
        if fix in ctx.words["fixes"]:
            spelled = ctx.spelled["fixes"][ctx.words["fixes"].index(fix)]
            yield Hit(i + 1, i + 2, f"{spelled} {a.original(i + 1)}")


def _own_pronoun(ctx: Context, i: int) -> bool:
    """No pronoun stands before the verb at i, or its own («me caso»; not «te confío»: the
    person after it is then what is entrusted to you)."""
    a = ctx.analysis
    if not a.of(i - 1, "CLITIC"):
        return True
    persons = dict(zip(ctx.words["speaker_clitics"], ctx.words["clitic_persons"], strict=True))
    wanted = persons.get(a.at(i - 1))
    return wanted is not None and all(f.person == wanted for f in a.of(i, "VERB"))


def _people_fix(table: VerbPrepositions, lemma: str) -> str | None:
    """The word the counts favour before the verb's nouns over none, if its people take the
    same (or are not counted) and never none: «dependo de», «confío en», «me caso con»."""
    fix = table.favoured(lemma, "noun", NONE)
    people = table.seen(lemma, "person")
    if fix is None or people.get(NONE, 0):
        return None
    top = max(people.items(), key=lambda kv: kv[1])[0] if people else fix
    return fix if top == fix else None


def person_without_preposition(ctx: Context):
    """«Dependo mis padres», «confío mi hermano», «me caso mi novia»: a person after a verb
    said by yo/tú/nosotros that the counts show with a word before its nouns and never
    none takes that word (not «a»: the personal «a» is personal_a's)."""
    a = ctx.analysis
    table = load_verb_prepositions()
    to = ctx.words["person_link"][0]
    for i in range(len(a) - 2):
        if not class_at(ctx, i + 1, "people_classes") or not _said_by_speaker(ctx, i):
            continue
        end = ctx.analysis.noun_phrase(i + 1).end
        if a.at(end) in ctx.words["coordinators"] or not _own_pronoun(ctx, i):
            continue  # «hablamos mi madre y yo»: who speaks
        fixes = {_people_fix(table, m) for m in verb_lemmas(ctx, i, noun_ok=True) or ()}
        fix = fixes.pop() if len(fixes) == 1 else None
        if fix and fix != to and fix in ctx.words["fixes"]:
            spelled = ctx.spelled["fixes"][ctx.words["fixes"].index(fix)]
            yield Hit(i + 1, i + 2, f"{spelled} {a.original(i + 1)}")
