"""What someone does: a verb of doing in the person asked («veo la tele», «por la tarde voy
al gimnasio», «suelo leer»), «me gusta» and an infinitive, or a bare pastime («el fútbol»);
not a state, a liking of a thing, or getting up and going to bed, and not at another part of
the day than the question names."""

from langbot.grading.meaning.facts import read_routine as read_routine_of
from langbot.grading.meaning.favourite import read_favourite
from langbot.grading.meaning.model_answer import model_classes
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence, lemma_matches
from langbot.grading.meaning.verbs_asked import answer_tenses, question_verbs
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def _not_doing(s: Sentence) -> frozenset[str]:
    """Verbs that say no activity: being, feeling, liking, getting up and going to bed."""
    w = s.words
    return (
        w.folded("not_activity_verbs")
        | w.folded("copula")
        | w.folded("state_verbs")
        | w.folded("liking_verbs")
        | w.folded("preference_verbs")
        | w.folded("name_verbs")
        | w.folded("having")
    )


def _asked_modals(s: Sentence, q: Question) -> frozenset[str]:
    """The question's own verbs, and every verb of ability when it asks one: «puedo
    cantar» answers «¿qué sabes hacer?»; «puedo venir los lunes», «quiero empezar hoy» (a
    `modal_verbs` one) no «¿qué deporte haces?»."""
    asked, ability = question_verbs(q.bot_line(s)), s.words.folded("ability_verbs")
    return asked | ability if asked & ability else asked


def _thing_verbs(s: Sentence, q: Question) -> frozenset[str]:
    """To what one did with a thing, asked with a verb of its own («¿qué le regalaste a tu
    madre?»), that verb and those alike (`given_alike`, `same_actions`): «le compré flores»,
    not «comimos pavo»; empty (any verb) otherwise."""
    if q.asks.of != "thing":
        return frozenset()
    asked = question_verbs(q.bot_line(s)) - s.words.folded("light_verbs")
    alike = {
        v
        for a in asked
        for v in (*s.words.given_alike.get(a, ()), *s.words.same_actions.get(a, ()))
    }
    return frozenset(asked | alike)


def _parts_of_day(s: Sentence) -> frozenset[str]:
    """The parts of the day a sentence names (the names of meaning.yaml's `day_parts`)."""
    out = set()
    for part, phrases in s.words.group_phrases("day_parts").items():
        if any(s.phrase_at(i, p) for p in phrases for i in range(len(s))):
            out.add(part)
    return frozenset(out)


def read_activity(s: Sentence, q: Question) -> Found | None:
    """An activity of the person asked, at the part of the day the question names."""
    asked, said = _parts_of_day(q.bot_line(s)), _parts_of_day(s)
    if asked and said and not asked & said:
        return None
    excluded, reflexive = _not_doing(s), s.kb.words.reflexive_ending
    excluded |= s.words.folded("modal_verbs") - _asked_modals(s, q)
    tenses = answer_tenses(q.bot_line(s))
    going, links = s.words.folded("going_verbs"), s.words.folded("going_links")
    persons, doing_asked = q.persons_in(s), _thing_verbs(s, q)
    for i in range(len(s)):
        if s.a.of(i - 1, "DET") or s.a.of(i, "NUM") or s.a.of(i, "DET"):
            continue  # «mi trabajo», «uno», «una»: no verb here
        if i and s.a.of(i, "NOUN") and s.infinitive(i - 1):
            continue  # «perder peso»: the infinitive's object, not «pesar»
        if s.a.of(i, "CLITIC") and not s.a.accented(i) and not _before_infinitive(s, i):
            continue  # «se», not «sé»; but «se cocinar» is «sé»: no clitic before an infinitive
        if _complement(s, i):
            continue  # «hace frío»: «frío» is no «freír» there
        verbs = [f for f in s.verb_readings(i) if f.person in persons and f.form in tenses]
        verbs = [f for f in verbs if not doing_asked or f.lemma in doing_asked]
        if _going_to(s, i, links) and any(f.lemma in going for f in verbs):
            verbs = [f for f in verbs if f.lemma in going]  # «fui al cine»: ir, not ser
        start = i - 1 if i and s.a.of(i - 1, "CLITIC") else i
        doing = _progressive(s, i, verbs, excluded)
        if doing is not None:  # «estaba comprando un billete»
            end = s.verb_clause(doing)[1]
            if _names_the_class(s, q, doing + 1, end):
                return Found(start, end, (doing, end))
        if verbs and not any(lemma_matches(f.lemma, excluded, reflexive) for f in verbs):
            end = s.verb_clause(i)[1]
            if _names_the_class(s, q, i + 1, end) or _a_pastime_done(s, q, i):
                return Found(start, end, (i, end))
    found = _liking_to_do(s, q) or _pastime(s)
    if found is None and q.classes(s):  # «¿qué deporte practicas?» «mi deporte favorito es…»
        found = read_favourite(s, q)
        named = found and any(w in q.bot_words for w in s.w[found.start : found.end])
        found = found if named else None  # the question names what the favourite is of
    return found


def _going_to(s: Sentence, i: int, links: frozenset[str]) -> bool:
    """After the verb at i, where one goes («fui al cine») or a pastime one goes on, a bare
    noun after a preposition («fuimos de picnic», «fui de excursión»): ir, not ser."""
    if s.a.at(i + 1) in links:
        return True
    pastimes = s.words.folded("activity_classes")
    return bool(s.a.of(i + 1, "ADP")) and s.noun_of(i + 2, pastimes) is not None


def _before_infinitive(s: Sentence, i: int) -> bool:
    """Token i+1 is only an infinitive (a clitic goes after one, never before)."""
    after = s.a.readings[i + 1] if i + 1 < len(s) else ()
    return bool(after) and all(f.pos == "VERB" and f.form == "inf" for f in after)


def read_routine(s: Sentence, q: Question) -> Found | None:
    """A routine: the action asked and what it takes; with no action asked («¿qué haces
    para ahorrar agua?»), what one does, as an activity in the present («apago las luces»)."""
    found = read_routine_of(s, q)
    if found is None and not q.asks.action:
        found = read_activity(s, q)
    return found or _things_alone(s, q) or _things_at_times(s, q)


def _things_alone(s: Sentence, q: Question) -> Found | None:
    """With no `of`, the whole answer is a list of things of the model answer's kind, the
    action's object left unsaid: «¿qué reciclas?» «el papel y el vidrio»."""
    classes = model_classes(s, q)
    i = s.opening()
    end = s.noun_phrase(i, classes) if classes and i < len(s) else None
    links = s.words.folded("list_links")
    while end is not None and end < len(s) and s.w[end] in links | {BOUNDARY}:
        end = s.noun_phrase(end + 1, classes)
    if end is None or end < len(s):
        return None
    return Found(i, end, (i, end))


def _things_at_times(s: Sentence, q: Question) -> Found | None:
    """With `of` a class, the things alone and when: «pollo por la mañana y pienso por la
    noche», «carne por la mañana y por la noche» to «¿qué come normalmente?»."""
    classes = q.classes(s)
    i = s.opening()
    end = s.noun_phrase(i, classes) if classes and i < len(s) else None
    links, timed = s.words.folded("list_links") | {BOUNDARY}, False
    while end is not None and end < len(s):
        if s.w[end] in links:
            end += 1
        elif (time := s.time_at(end)) is not None:
            end, timed = time, True
        else:
            end = s.noun_phrase(end, classes)
    return Found(i, end, (i, end)) if timed and end is not None else None


def _names_the_class(s: Sentence, q: Question, start: int, end: int) -> bool:
    """With `of` a class of nouns («¿cómo vas al trabajo?», of transport), the activity names
    a thing of it («voy en autobús», not «voy a la playa») or of a class it takes too («¿qué
    comió o bebió?» «bebí agua»)."""
    if q.asks.of not in s.kb.vocabulary.noun_classes:
        return True
    classes = q.classes(s, related=True)
    return any(
        s.noun_of(k, classes) is not None or s.class_phrase(k, classes) for k in range(start, end)
    )


def _a_pastime_done(s: Sentence, q: Question, i: int) -> bool:
    """Asked a pastime (`of: hobby`), the verb at i and the words after it are one of the
    vocabulary's pastimes, conjugated: «corro» (correr), «voy al gimnasio»."""
    if q.asks.of not in q.classes(s) or q.asks.of not in s.words.folded("pastime_classes"):
        return False
    lemmas = {fold(f.lemma) for f in s.a.of(i, "VERB")}
    mine = [p.split() for p in map(fold, s.kb.vocabulary.hobbies) if p.split()[0] in lemmas]
    if any(len(p) > 1 and list(s.w[i + 1 : i + len(p)]) == p[1:] for p in mine):
        return True
    # «juego» alone is a pastime, but not «juego al tenista»: a longer one begun and not said
    begun = any(len(p) > 1 and s.a.at(i + 1) == p[1] for p in mine)
    return not begun and any(len(p) == 1 for p in mine)


def _progressive(s: Sentence, i: int, verbs: list, excluded: frozenset[str]) -> int | None:
    """Where a gerund of doing stands after a progressive verb at i («estoy leyendo», «estaba
    comprando»): the gerund's token, else None."""
    if not any(f.lemma in s.words.folded("progressive") for f in verbs):
        return None
    gerunds = [f for f in s.a.of(i + 1, "VERB") if f.form == "ger"]
    reflexive = s.kb.words.reflexive_ending
    if gerunds and not any(lemma_matches(f.lemma, excluded, reflexive) for f in gerunds):
        return i + 1
    return None


def _complement(s: Sentence, i: int) -> bool:
    """Token i, also a noun or an adjective, follows a finite verb: what that verb takes,
    not a second verb («hace frío», «está cansado»)."""
    before = any(f.person for f in s.a.of(i - 1, "VERB"))
    return before and bool(s.a.of(i, "NOUN") or s.a.of(i, "ADJ"))


def _liking_to_do(s: Sentence, q: Question) -> Found | None:
    """«me gusta leer», «me encanta nadar»: a gustar-like verb and an infinitive."""
    pronouns = s.words.pronouns.get(q.asks.who, frozenset())
    verbs = s.words.folded("liking_verbs")
    for i in range(1, len(s)):
        if s.w[i - 1] in pronouns and s.verbs(i, verbs, {"3s"}):
            k = s.skip_degree(i + 1)
            if s.infinitive(k):
                end = s.clause_end(k)
                return Found(i - 1, end, (k, end))
    return None


def _pastime(s: Sentence) -> Found | None:
    """The whole answer is a pastime: «el fútbol», «la tele y el gimnasio»."""
    i = s.past_openers()
    end = s.noun_phrase(i, s.words.folded("activity_classes"))
    if end is None or end < s.clause_end(i):
        return None
    return Found(i, end, (i, end))
