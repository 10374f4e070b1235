"""What there is, and what the bot's question offers or names: «¿qué hay en tu habitación?»
«hay una cama», «¿quiere una audioguía?»."""

from langbot.grading.meaning.ones import offered_one, taken_one
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def read_what_there_is(s: Sentence, q: Question) -> Found | None:
    """To a question of what there is («¿qué hay en tu habitación?»): «hay una cama y una
    mesa», «son libros», or the things alone, «una cama, una silla y un armario» (of the class asked)."""
    bot, there = q.bot_line(s), s.words.folded("existence_verbs")
    if not any(bot.verbs(k, there, {"3s"}) for k in range(len(bot))):
        return None
    classes = q.classes(s)
    copula, having = s.words.folded("copula"), s.words.folded("having")
    for i in range(len(s)):
        # «son regalos»: what it is, said of the things there; «tiene un río»: the place has it
        listed = s.verbs(i, copula, {"3p"}) and not s.a.of(i + 1, "DET")
        if s.verbs(i, there, {"3s"}) or listed or s.verbs(i, having, {"3s", "3p"}):
            end = s.noun_phrase(s.skip_degree(i + 1), classes)
            if end is not None:
                return Found(i, end, (i + 1, end))
    i = s.opening()
    end = s.noun_phrase(i, classes)
    if end is not None and end >= s.clause_end(i):
        return Found(i, end, (i, end))
    return None


def offers_a_thing(bot: Sentence) -> bool:
    """The bot's question itself (after its last «¿») names the one thing it offers, after
    its determiner («¿quiere una audioguía?»), not «algo» («¿algo más?», «¿algo de postre?»,
    where a yes alone says nothing)."""
    opening = bot.a.tokens.original.rfind("¿")
    return opening >= 0 and (
        any(
            bot.a.of(k - 1, "DET")
            and bot.a.of(k, "NOUN")
            and not any(bot.a.of(k, p) for p in ("DET", "VERB", "ADP", "PRON"))
            for k in range(1, len(bot))
            if bot.a.tokens.spans[k - 1][0] > opening
        )
        or _offered_by_pronoun(bot, opening) is not None
        or offered_one(bot, opening) is not None  # «vendemos gorros. ¿Quiere uno?»
    )


def _offered_by_pronoun(bot: Sentence, opening: int) -> tuple[str, str] | None:
    """The gender and number of an object pronoun before the question's verb that stands for
    a thing the line named before it («hay un libro. ¿Lo quiere?»: m, s), or None."""
    named = any(
        bot.a.of(k - 1, "DET") and bot.a.of(k, "NOUN")
        for k in range(1, len(bot))
        if bot.a.tokens.spans[k][0] < opening
    )
    getting = bot.words.folded("order_verbs") | bot.words.folded("getting_verbs")
    for k in range(len(bot) - 1):
        said = bot.words.object_clitics.get(bot.w[k])
        if not said or bot.a.tokens.spans[k][0] < opening or not bot.a.of(k + 1, "VERB"):
            continue
        # «Treinta euros. ¿Se la lleva?»: a verb of getting offers a thing named earlier
        if named or bot.verbs(k + 1, getting, {"3s"}):
            return tuple(said)
    return None


def names_a_bot_noun(s: Sentence, q: Question, found: Found) -> bool:
    """What was found names a noun the bot's line names, in either number («¿quiere un
    casco?» «sí, dos cascos»)."""
    bot = q.bot_line(s)
    named = {f.lemma for k in range(len(bot)) for f in bot.a.of(k, "NOUN")}
    return any(
        s.w[k] in q.bot_words or any(f.lemma in named for f in s.a.of(k, "NOUN"))
        for k in range(found.start, found.end)
        if s.a.of(k, "NOUN")
    )


def politely(s: Sentence, q: Question) -> Found | None:
    """A yes or a no (or a word of accepting: «vale»), the thing offered again, perhaps how
    many of it, and a courtesy: «no, gracias», «sí, una bolsa, por favor», «sí, dos cascos»,
    «sí, dos», «sí, claro, gracias» (a reason may follow)."""
    accepting = s.words.phrases("accept_phrases")
    yes = bool(s.w) and s.w[0] in s.words.folded("yes_words")
    k = 1 if s.w and (yes or s.w[0] in s.words.folded("negation")) else 0
    k = k or next((len(p) for p in accepting if s.phrase_at(0, p)), 0)
    if not k:
        return None
    tails = (*s.words.phrases("courtesy_tails"), *(accepting if yes else ()))
    while k < len(s):
        tail = next((p for p in tails if s.phrase_at(k, p)), None)
        j = s.after_det(k)
        counted = j == k and bool(s.a.of(j, "NUM"))  # «dos cascos», or «dos» alone
        j += counted
        # the thing offered again, a woman's noun too: «sí, una entrenadora» to «un entrenador»
        nouns = s.a.of(j, "NOUN") if j < len(s) else ()
        again = bool(nouns) and (
            names_a_bot_noun(s, q, Found(j, j + 1))
            or any(fold(f.lemma) in q.bot_words for f in nouns)
        )
        if counted and (j >= len(s) or s.w[j] == BOUNDARY):
            again, j = True, j - 1
        taken = _taken(s, q, k) if tail is None and not again else k
        taken = taken_one(s, q, k) if taken == k and tail is None and not again else taken
        if taken > k:  # «vale, sí, lo quiero», «no, no lo necesito»
            k = taken
            continue
        if s.w[k] != BOUNDARY and tail is None and not again and not _echoed(s, q, k):
            break
        k += len(tail) if tail else (j + 1 - k if again else 1)
    return Found(0, k) if any(s.w[j] != BOUNDARY for j in range(1, k)) else None


def _echoed(s: Sentence, q: Question, k: int) -> bool:
    """Token k is a yes after a word of accepting: «vale, sí, lo quiero»."""
    return s.w[k] in s.words.folded("yes_words")


def _taken(s: Sentence, q: Question, k: int) -> int:
    """Past «(no) lo quiero», «lo compro» at k: a verb of ordering or getting in the answerer's
    person after an object pronoun that agrees with the one thing offered; else k."""
    i = k + (s.a.at(k) in s.words.folded("negation"))
    i += s.a.at(i) in q.liking_pronouns(s)  # «me la llevo», «me lo quedo»: taken for oneself
    said = s.words.object_clitics.get(s.w[i]) if i < len(s) else None
    verbs = s.words.folded("order_verbs") | s.words.folded("getting_verbs")  # «sí, lo compro»
    if said is None or not s.verbs(i + 1, verbs, q.persons_in(s), ("pres", "cond", "fut")):
        return k
    offered = _offered_kind(q.bot_line(s))
    return i + 2 if offered is None or tuple(said) == offered else k


def _offered_kind(bot: Sentence) -> tuple[str, str] | None:
    """The gender and number of the one thing the bot's question offers, after its
    determiner («¿quiere el seguro…?»: m, s), or None."""
    opening = bot.a.tokens.original.rfind("¿")
    for k in range(1, len(bot)):
        if bot.a.tokens.spans[k - 1][0] > opening and bot.a.of(k - 1, "DET"):
            nouns = [f for f in bot.a.of(k, "NOUN") if f.gender in ("m", "f") and f.number]
            if nouns:
                return (nouns[0].gender, nouns[0].number)
    return _offered_by_pronoun(bot, opening) or offered_one(bot, opening)
