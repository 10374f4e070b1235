"""What a thing is like, for any lesson: a description of the class a step asks about («¿de
qué color la quieres?»: «la quiero negra», «es azul», «negra, por favor»), the weather when
that class is the weather's, and how something fits or suits with a gustar-like verb («me
queda un poco grande», «me quedan bien»)."""

from dataclasses import replace

from langbot.grading.meaning import description, failing, liking, person
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import asked_in_past
from langbot.grading.meaning.weather import read_weather, yes_or_no
from langbot.grading.meaning.yes_no import read_yes_no
from langbot.grading.tokens import BOUNDARY
from langbot.grading.verbs import PERSONS

_ANY = frozenset(PERSONS)


def _of_class(s: Sentence, k: int, classes: frozenset[str]) -> bool:
    """Token k is an adjective (or a noun) of one of the classes («negra», «azul»)."""
    return any(f.classes & classes for f in (*s.a.of(k, "ADJ"), *s.a.of(k, "NOUN")))


def _class_words(s: Sentence, k: int, classes: frozenset[str]) -> int:
    """The end of words of the classes from k joined by «y» and commas («blanca y negra»)."""
    end = k + 1
    links = s.words.folded("list_links") | {BOUNDARY}
    while s.a.at(end) in links and _of_class(s, s.skip_degree(end + 1), classes):
        end = s.skip_degree(end + 1) + 1
    return end


def _described_as(s: Sentence, q: Question) -> Found | None:
    """A word of the class asked in a clause with a copula or a verb of wanting, or alone
    (after «en» or «de color»): «es azul», «la quiero negra», «prefiero una verde»."""
    classes = q.classes(s)
    verbs = s.words.folded("copula") | s.words.folded("progressive")
    verbs |= s.words.folded("liking_verbs")  # «me gusta más la azul»
    wanting = s.words.folded("order_verbs") | s.words.folded("preference_verbs")
    offered = _offered(q.bot_line(s), classes)
    for k in range(len(s)):
        if not _of_class(s, k, classes) or offered and not _lemmas(s, k) & offered:
            continue
        start, end = s.clause_at[k]
        said = any(
            s.verbs(i, verbs, _ANY) or s.verbs(i, wanting, q.persons, ("pres", "cond"))
            for i in range(start, k)
        )
        if said or _alone(s, start, k, q.bot_words):
            return Found(start, _class_words(s, k, classes), (k, _class_words(s, k, classes)))
    return None


def _lemmas(s: Sentence, k: int) -> set[str]:
    return {f.lemma for f in (*s.a.of(k, "ADJ"), *s.a.of(k, "NOUN"))}


def _offered(bot: Sentence, classes: frozenset[str]) -> set[str]:
    """The words of the class a question offers as a choice («¿la azul o la blanca?»: azul,
    blanco), which the answer names one of; empty when it offers none."""
    links = bot.words.folded("alternative_links")
    found = [k for k in range(len(bot)) if _of_class(bot, k, classes)]
    if len(found) < 2 or not any(bot.w[k] in links for k in range(found[0], found[-1])):
        return set()
    return {lemma for k in found for lemma in _lemmas(bot, k)}


def _alone(s: Sentence, start: int, k: int, named: frozenset[str] = frozenset()) -> bool:
    """Only openers, «en» or «de color», how much («muy corto», «un poco más corto») and a
    noun the question named («¿cómo quiere la maceta?» «una maceta grande») come before
    token k in its clause."""
    i = s.opening(start)
    skipped = s.words.folded("class_openers")
    while i < k:
        if s.w[i] in skipped or (s.w[i] in named and s.a.of(i, "NOUN")):
            i += 1
        elif s.skip_degree(i) > i:
            i = s.skip_degree(i)
        else:
            break
    return i == k


def read_description(s: Sentence, q: Question) -> Found | None:
    """What someone or something is like; with `of` a class of adjectives, a word of that
    class; with `of` the weather's class, the weather."""
    if q.asks.of and q.asks.of in s.words.folded("weather_classes"):
        return read_weather(s, q)
    if q.asks.of is None and _names_weather(q.bot_line(s)):  # «¿qué tiempo hace?»
        return read_weather(s, q) or description.read_description(s, q)
    if q.asks.of in s.kb.vocabulary.adjective_classes:  # «colour»; «family» names who
        return _described_as(s, q)
    found = description.read_description(s, _about_a_thing(s, q))
    if found is None and _of_things(s, q):  # how a thing is now: «está muy rica», «está rota»
        return person.read_opinion(s, q) or failing.read_failing(s)
    return found


def _of_things(s: Sentence, q: Question) -> bool:
    """The step asks about a class of things, not of people («¿qué tal la comida?»)."""
    of = q.asks.of
    return of in s.kb.vocabulary.noun_classes and of not in s.words.folded("people_classes")


def _about_a_thing(s: Sentence, q: Question) -> Question:
    """«¿Cómo es tu casa?»: a question with the copula in the 3rd person, to the learner,
    is answered in the 3rd person («es grande»); so is one about a class of things."""
    bot = q.bot_line(s)
    copula = s.words.folded("copula")
    if q.asks.who == "i" and (
        _of_things(s, q) or any(bot.verbs(k, copula, {"3s", "3p"}) for k in range(len(bot)))
    ):
        return replace(q, asks=q.asks.model_copy(update={"who": "other"}))
    return q


def _names_weather(bot: Sentence) -> bool:
    """The bot's line names the weather: a word of a weather class, or a weather verb."""
    classes = bot.words.folded("weather_classes")
    verbs = bot.words.folded("weather_verbs")
    return any(
        f.classes & classes or (f.pos == "VERB" and f.lemma in verbs)
        for k in range(len(bot))
        for f in bot.a.readings[k]
    )


def _fits(s: Sentence, q: Question) -> Found | None:
    """A gustar-like verb (verbs.yaml `like_gustar`) with the learner's pronoun, then how:
    «me queda un poco grande», «no me quedan bien», «me sienta fatal»."""
    pronouns = s.words.pronouns.get(q.asks.who, frozenset())
    liking = s.words.folded("liking_verbs")
    bot = q.bot_line(s)  # to «¿te gustaron…?» the liking itself is read by _liked_back
    asked_liking = any(bot.verbs(k, liking, None, ("pres", "past")) for k in range(len(bot)))
    for i in range(1, len(s)):
        if s.w[i - 1] not in pronouns:
            continue
        readings = [f for f in s.a.of(i, "VERB") if not (asked_liking and f.lemma in liking)]
        if not any(
            f.person in {"3s", "3p"} and s.kb.verbs.is_like_gustar(f.lemma) for f in readings
        ):
            continue
        how = s.words.folded("state_adverbs")  # «bien» is also a degree word: look at each
        for k in range(i + 1, min(s.skip_degree(i + 1) + 1, len(s))):
            if s.a.of(k, "ADJ") or s.a.at(k) in how:
                return Found(i - 1, k + 1, (k, k + 1))
        if _not_fitting(s, q, i):
            return Found(i - 2, i + 1, (i - 2, i + 1))
    return None


def _not_fitting(s: Sentence, q: Question, i: int) -> bool:
    """«(esta talla) no me queda»: the bot's own fit verb, negated, with nothing after it."""
    bot = q.bot_line(s)
    asked = {
        f.lemma
        for k in range(len(bot))
        for f in bot.a.of(k, "VERB")
        if s.kb.verbs.is_like_gustar(f.lemma)
    }
    said = {f.lemma for f in s.a.of(i, "VERB")}
    negated = s.a.at(i - 2) in s.words.folded("negation")
    return negated and bool(said & asked) and s.clause_end(i) == i + 1


def read_opinion(s: Sentence, q: Question) -> Found | None:
    """What something is like now: with estar («está muy rico»), alone («buenísimo»), or how
    it fits or suits («me queda bien»); to a yes/no question («¿te queda bien?»), a yes."""
    found = _fits(s, q) or person.read_opinion(s, q) or _fit_said_with_ser(s, q)
    return found or _liked_back(s, q) or (yes_or_no(s) if q.asks.yes_no else None)


def _liked_back(s: Sentence, q: Question) -> Found | None:
    """To «¿le gusta?» in the bot's line, the learner's own liking of it, with nothing named
    after the verb but how much: «me encanta», «sí, me gusta mucho», or a yes or a no and how
    much: «sí, mucho»; to any question of what one thinks of it («¿qué le parece?», «¿qué
    tal está?»), that liking too, «¡me encanta!»; to how it fits, where the model answer
    likes it too («¿qué tal le quedan?» «me quedan bien. Me gustan.»)."""
    liking_verbs = s.words.folded("liking_verbs")
    bot = q.bot_line(s)
    asked = [f for k in range(len(bot)) for f in bot.a.of(k, "VERB") if f.lemma in liking_verbs]
    seeming = s.words.folded("seeming")  # «¿qué le parece?» asks what one thinks
    fits = any(
        s.kb.verbs.is_like_gustar(f.lemma) and f.lemma not in seeming
        for k in range(len(bot))
        for f in bot.a.of(k, "VERB")
    )
    model = q.model_line(s)  # «me quedan muy bien. Me gustan.»: a liking answers it too
    liked = any(model.verbs(k, liking_verbs) for k in range(len(model)))
    if not asked and ((fits and not liked) or bot.phrases("why_questions")):
        return None  # «¿qué tal le queda?» asks how it fits, «¿por qué…?» a reason
    pronouns = s.words.pronouns.get(q.asks.who, frozenset())
    # «¿te gustaron las vacaciones?»: «me gustaron», not «me gustó» nor «me gusta»
    tenses = ("past",) if {f.form for f in asked} == {"past"} else ("pres", "past")
    lived = not asked_in_past(bot) and bot.phrases("experience_asked")
    tenses = tenses if lived or asked_in_past(bot) else ("pres",)  # «¿te gustó?» «me encantó»
    persons = {f.person for f in asked} & {"3s", "3p"} or {"3s", "3p"}
    persons = persons | {"3s"} if lived else persons  # the whole visit: «¿le gustan…?» «me encantó»
    for i in range(1, len(s)):
        if s.w[i - 1] in pronouns and s.verbs(i, liking_verbs, persons, tenses):
            end = _echoed_thing(s, q, s.skip_degree(i + 1))
            if end >= len(s) or s.w[end] == BOUNDARY:
                return Found(i - 1, end, (i - 1, end))
    # «sí, mucho», «no mucho»: the liking asked, said by how much
    return read_yes_no(s, q) if asked else None


def _echoed_thing(s: Sentence, q: Question, k: int) -> int:
    """Past the thing the bot's line names, when it follows the verb: «me gusta esta
    playa», «no me gustan los cuadros» (and how much after it); else k."""
    j = s.after_det(k)
    if j > k and s.a.of(j, "NOUN") and s.w[j] in q.bot_words:
        return s.skip_degree(j + 1)
    return k


def _fit_said_with_ser(s: Sentence, q: Question) -> Found | None:
    """To how something fits («¿qué tal te queda?», a gustar-like verb in the bot's line),
    what it is like with ser, in the person of that verb: «es muy corto», «son demasiado
    grandes»."""
    bot = q.bot_line(s)
    persons = {  # «¿qué tal te quedan?» «son…», not «es…»
        f.person
        for k in range(len(bot))
        for f in bot.a.of(k, "VERB")
        if f.person in {"3s", "3p"} and s.kb.verbs.is_like_gustar(f.lemma)
    }
    i = s.opening()
    if not persons or not s.verbs(i, s.words.folded("copula"), persons):
        return None
    k = s.skip_degree(i + 1)
    tail = next((p for p in s.words.phrases("judged_for") if s.phrase_at(k + 1, p)), ())
    end = k + 1 + len(tail)  # «es un poco cara para mí»
    end = s.skip_degree(end)  # «es muy bonita ahora»
    end += end < len(s) and s.w[end] in s.words.folded("there_words")  # «es agradable aquí»
    if any("nationality" not in f.classes for f in s.a.of(k, "ADJ")) and end == s.clause_end(k):
        return Found(i, end, (k, k + 1))
    return None


def read_liking(s: Sentence, q: Question) -> Found | None:
    """A liking; of a class of adjectives («¿prefieres la azul o la blanca?»), a word of it
    after a verb of liking or alone («prefiero la azul», «la blanca»)."""
    found = liking.read_liking(s, q)
    if found is None and q.asks.of in s.kb.vocabulary.adjective_classes:
        return _described_as(s, q)
    return found
