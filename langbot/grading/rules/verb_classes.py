"""The word a verb takes before a complement of one kind, from the treebank and Tatoeba
counts (data/verb_prepositions.yaml, roles person, place and name): «conocí Diego Rivera»
(a: the verb's names and people take «a»), «nació a Ohio», «estoy a Hong Kong» (en: its
names and places take «en», never «a»)."""

from langbot.grading.language import english_word
from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import relative_subject_after
from langbot.grading.rules.name_spans import name_end
from langbot.grading.rules.verb_lemmas import verb_lemmas
from langbot.grading.tokens import BOUNDARY
from langbot.grading.verb_prepositions import NONE, Role, VerbPrepositions, load_verb_prepositions
from langbot.text import fold

MIN_PEOPLE = 2
"""How often a verb's nouns of people must take «a» for its names to be people."""
MIN_ALWAYS, MIN_ALWAYS_RATIO = 12, 8
"""How often a verb's nouns of people must take «a», never bare, and how many times as
often as bare its nouns, for people with no determiner to take «a» (people_without_a)."""
MIN_OBJECTS, MIN_OBJECT_RATIO = 3, 4
"""How often a verb's nouns of people must take «a», and how many times as often as none,
for a person after it to need «a» (takes_people)."""


def takes_people(lemma: str, to: str) -> bool:
    """The counts show the verb's nouns of people with «a» (mató a su padre, perdí a mi
    abuelo) and nearly never bare."""
    people = load_verb_prepositions().seen(lemma, "person")
    said = people.get(to, 0)
    return said >= MIN_OBJECTS and said >= MIN_OBJECT_RATIO * people.get(NONE, 0)


def always_people(lemma: str, to: str) -> bool:
    """The counts show the verb's nouns of people with «a» often and never bare, and its
    nouns with «a» many times as often as bare (ayudar: person a 16, noun a 58, none 4), so
    that even people no one in particular («ayudo a niños») take «a»."""
    table = load_verb_prepositions()
    people, nouns = table.seen(lemma, "person"), table.seen(lemma, "noun")
    said = people.get(to, 0)
    return (
        said >= MIN_ALWAYS
        and not people.get(NONE, 0)
        and nouns.get(to, 0) >= MIN_ALWAYS_RATIO * nouns.get(NONE, 0)
    )


def people_without_a(ctx: Context):
    """«Quiero ayudar personas»: people with no determiner after a verb that always takes
    «a» before people take it too (not «busco empleados», «cuido niños»: anyone)."""
    a = ctx.analysis
    to = ctx.words["person_link"][0]
    people, jobs = set(ctx.words["people_classes"]), set(ctx.words["job_classes"])
    for i in range(len(a) - 1):
        j = i + 1
        nouns = tuple(f for f in a.of(j, "NOUN") if f.classes)  # a class known: a person
        if not nouns or not a.only(j, "NOUN") or a.of(i, "NOUN") and not a.of(i - 1, "PRON"):
            continue
        if not all(f.number == "p" and (f.classes & people or jobs >= f.classes) for f in nouns):
            continue
        lemmas = verb_lemmas(ctx, i)
        if lemmas and all(always_people(m, to) for m in lemmas):
            yield Hit(j, j + 1, f"{ctx.spelled['person_link'][0]} {a.original(j)}")


def counted_person_verbs(ctx: Context, i: int):
    """The verb readings at i (no participle) that `takes_people` («mató», «perdí»)."""
    to = ctx.words["to"][0]
    return [f for f in ctx.analysis.of(i, "VERB") if f.form != "part" and takes_people(f.lemma, to)]


def subject_before(ctx: Context, i: int) -> bool:
    """Token i is a subject: a name, a subject pronoun or a noun alone (the verb after it
    is said of it, so a person after that verb is its object)."""
    a = ctx.analysis
    named = 0 <= i and a.original(i)[:1].isupper() and not a.readings[i]
    return named or any(f.person for f in a.of(i, "PRON")) or a.only(i, "NOUN")


def class_at(ctx: Context, j: int, key: str) -> bool:
    """A noun phrase of the classes `key` lists starts at j (su padre; la playa)."""
    np = ctx.analysis.noun_phrase(j)
    return np is not None and bool(np.noun.classes & set(ctx.words[key]))


def name_at(ctx: Context, j: int, places: bool = False) -> bool:
    """A name starts at j: a capitalised word inside the sentence that the lexicon does not
    know, or (with `places`) a known place."""
    a = ctx.analysis
    if not 0 < j < len(a) or not a.original(j)[:1].isupper():
        return False
    place = a.at(j) in ctx.kb.vocabulary.places
    return (not a.readings[j] or (places and place)) and (places or not place)


def complement_at(ctx: Context, j: int) -> Role | None:
    """The kind of complement at j: person (a noun phrase of people), place (of places),
    name (a name or a known place), else None."""
    if class_at(ctx, j, "people_classes"):
        return "person"
    if class_at(ctx, j, "place_classes"):
        return "place"
    return "name" if name_at(ctx, j, places=True) else None


def class_uses(ctx: Context, table: VerbPrepositions | None = None):
    """Each verb followed by a complement of people, places or a name, with the word before
    it: (i, the verb lemmas, the role, the word: a preposition or none)."""
    a = ctx.analysis
    joins = dict(zip(ctx.words["joins"], ctx.words["joined_from"], strict=True))
    for i in range(len(a) - 2):
        word = a.at(i + 1)
        if word in joins:
            used, role = joins[word], complement_at(ctx, i + 1)
        elif a.only(i + 1, "ADP"):
            used, role = word, complement_at(ctx, i + 2)
        else:
            used, role = NONE, complement_at(ctx, i + 1)
        if role and (lemmas := verb_lemmas(ctx, i, table=table)):
            yield i, lemmas, role, used


def class_preposition(ctx: Context):
    """«Nació a Ohio», «estoy a Hong Kong», «estudió a Harvard»: before its names and
    places the verb takes another word («en»), and never the learner's «a»."""
    table = load_verb_prepositions()
    for i, lemmas, role, used in class_uses(ctx):
        if role == "person" or used not in ctx.words["class_checked"]:
            continue
        if not all(f.person and f.form != "imp" for f in ctx.analysis.of(i, "VERB")):
            continue  # «voy a trabajar a la oficina»: where to is the first verb's
        fixes = {table.favoured(m, role, used) for m in lemmas}
        fix = fixes.pop() if len(fixes) == 1 else None
        if fix in ctx.words["fixes"] and ctx.analysis.at(i + 1) == used:
            yield Hit(i + 1, i + 2, ctx.spelled["fixes"][ctx.words["fixes"].index(fix)])


def _subject_may_follow(ctx: Context, i: int, end: int) -> bool:
    """A name after a third-person verb may be its subject: in a question («¿Conoce Tom a
    Mary?»), before the verb's own «a» object («ayer vio Tom a Ana») or clause («entonces
    vio Ana que…»)."""
    a = ctx.analysis
    if not any(f.person and f.person[0] == "3" for f in a.of(i, "VERB")):
        return False
    asked = any(mark in a.tokens.original for mark in ctx.spelled["question_marks"])
    links = (*ctx.words["person_link"], *ctx.words["joins"], *ctx.words["relative"])
    return asked or a.at(end) in links or inverted_subject(ctx, i, end)


def inverted_subject(ctx: Context, i: int, end: int) -> bool:
    """A third-person verb opens its clause and a name after it ends the clause: the name is
    its subject («—¿Vienes? —preguntó Ana.», «nos ayudó Marta cuando…»)."""
    a = ctx.analysis
    if not any(f.person and f.person[0] == "3" for f in a.of(i, "VERB")):
        return False
    opens = a.at(i - 1) == BOUNDARY or (a.of(i - 1, "CLITIC") and a.at(i - 2) == BOUNDARY)
    return opens and (a.at(end) == BOUNDARY or bool(a.of(end, "CONJ")))


def _title(ctx: Context, end: int) -> bool:
    """The name ends at a word the lexicon lacks, or another starts right after the word
    that ends it, or after a linking word there («Harry Potter y la Piedra Filosofal»): a
    title or a foreign phrase («Veo Blades of Glory»); not after a word of the sentence
    («vi Selena primera en Wizard…»: Selena, then where)."""
    a = ctx.analysis
    unknown = a.at(end).isalpha() and not a.readings[end]
    linked = a.of(end, "ADP") or a.of(end, "CONJ")
    return unknown or name_at(ctx, end + 1) or (bool(linked) and name_at(ctx, end + 2))


def _common_word(ctx: Context, j: int) -> bool:
    """The capitalised word at j is a common word the lexicon never reads as a name
    («Pesadilla en la cocina»: a title; not «Diego», «Rosa»)."""
    found = lexicon().upos_set(ctx.analysis.at(j))
    return bool(found & set(ctx.spelled["common_pos"])) and not found & set(ctx.spelled["name_pos"])


def _english_phrase(ctx: Context, start: int, end: int) -> bool:
    """Every word of the name from start to end is a common English word, or one the
    lexicon reads as a foreign word (UPOS X: «Iron Man»; not «Harry Potter», «Will Smith»)."""
    a, foreign = ctx.analysis, set(ctx.spelled["foreign_pos"])
    words = [a.at(k) for k in range(start, end)]
    return all(english_word(w) or lexicon().upos_set(w) & foreign for w in words)


def _people_take(table: VerbPrepositions, lemma: str, to: str) -> bool:
    """The counts favour «a» before the verb's names, and its nouns of people take «a» too
    (not only places: «volver a Madrid»)."""
    people = table.seen(lemma, "person")
    many = people.get(to, 0) >= MIN_PEOPLE and people.get(to, 0) >= 2 * people.get(NONE, 0)
    return many and table.favoured(lemma, "name", NONE) == to


def name_without_a(ctx: Context):
    """«Conocí Diego Rivera», «Comedy Central dio Fielder su programa»: a name after a verb
    the counts show with «a» before names (conocer a Tom) takes it."""
    a = ctx.analysis
    table = load_verb_prepositions()
    to = ctx.words["person_link"][0]
    for i in range(len(a) - 1):
        if not name_at(ctx, i + 1) or a.original(i + 1).isupper() or a.of(i - 1, "CLITIC"):
            continue  # «viendo TV»; «lo ama María»: the verb's object is «lo»
        if a.of(i, "ADP"):
            continue  # «alguien de Sony Australia dijo»: a preposition, not «dé» (dar)
        if a.at(i) in ctx.words["name_particles"] or _common_word(ctx, i + 1):
            continue  # «Giovanni da Verrazzano»: no verb; «ver Pesadilla en la cocina»: a title
        if _english_phrase(ctx, i + 1, name_end(a, i + 1)):
            continue  # «ver Frozen», «ver Inside Out», «vi Iron Man»: English words, a film
        if a.at(i + 1) in ctx.words["platforms"]:
            continue  # «veo Netflix»: what one watches on
        lemmas = verb_lemmas(ctx, i)
        if not lemmas or not all(_people_take(table, m, to) for m in lemmas):
            continue
        if any(fold(m) in ctx.kb.work_verbs for m in lemmas):
            continue  # «escucho Bad Bunny»: a song or the singer's songs
        if a.of(i, "VERB")[0].form == "part" or relative_subject_after(ctx, i, "s"):
            continue  # «los fichajes que ha pedido José Mourinho», «la mujer que conoció Diego»
        end = name_end(a, i + 1)
        if end - i > 2 and not lexicon().readings(a.at(i + 1)):
            continue  # «conocer Machu Picchu»: a name whose first word no list has, a place
        if not _title(ctx, end) and not _subject_may_follow(ctx, i, end):
            name = a.tokens.original_text(i + 1, end)
            yield Hit(i + 1, end, f"{ctx.spelled['person_link'][0]} {name}")


def place_after_a(ctx: Context):
    """«Visita a Costa Rica», «visité al museo»: before its places the verb takes no word
    (the counts: visitar la ciudad, never «a»), so the personal «a» goes."""
    a = ctx.analysis
    table = load_verb_prepositions()
    to, joined = ctx.words["person_link"][0], ctx.words["joins"][0]
    for i in range(len(a) - 2):
        if a.at(i + 1) not in (to, joined):
            continue
        j = i + 1 if a.at(i + 1) == joined else i + 2
        places = ctx.kb.vocabulary.places
        pair = f"{a.at(j)} {a.at(j + 1)}" in places and a.original(j + 1)[:1].isupper()
        known = pair or (a.at(j) in places and name_at(ctx, j, places=True))
        if not (known or class_at(ctx, j, "place_classes")) or class_at(ctx, j, "people_classes"):
            continue
        if a.of(i - 1, "CLITIC"):
            continue  # «le compré a la tienda», «se encontraba a la entrada»: whom for, where
        lemmas = verb_lemmas(ctx, i)
        if not lemmas or {table.favoured(m, "place", to) for m in lemmas} != {NONE}:
            continue
        if a.at(i + 1) == joined:
            yield Hit(i + 1, i + 2, ctx.spelled["article"][0])
        else:
            end = j + 2 if pair else j + 1  # «a Costa Rica»: the whole name
            yield Hit(i + 1, end, a.tokens.original_text(j, end))
