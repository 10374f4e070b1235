"""A yes or a no to a yes/no question, how much, or none of what was asked: «sí, un poco»,
«no, no me duelen», «no, nada», «tengo tiempo» to «¿tiene prisa?»."""

from langbot.grading.meaning.answering import says_asked_verb
from langbot.grading.meaning.counted_thing import (
    asks_anew,
    named_gender,
    names_several,
    names_two,
    of_the_thing,
)
from langbot.grading.meaning.named_again import asked_noun_end, named_again
from langbot.grading.meaning.opposite_had import read_opposite_had
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import chained_infinitives, question_verbs
from langbot.grading.meaning.yes_no_ways import (
    framed_answer,
    how_much,
    kept_at,
    lets,
    not_yet,
    reassured,
)
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

_OFFERED = frozenset({"accept", "accept_decline"})  # the kinds a yes takes up an offer in


def read_yes_no(s: Sentence, q: Question) -> Found | None:
    """To a yes/no question, a yes or a no and how much, or the question's own verb said by
    who answers: «sí, un poco», «no, no me duelen», «sí, me duelen mucho»."""
    answers = s.words.folded("yes_words") | s.words.folded("negation")
    if not s.w:
        return None
    if s.w[0] not in answers:
        found = how_much(s, answers) or read_opposite_had(s, q) or lets(s, q) or not_yet(s)
        framed = None if found else framed_answer(s, answers)
        if framed and framed.end < len(s):  # «pues sí, le duele…»: read on as after «sí»
            framed = _after_answer(s, q, framed.end + (s.a.at(framed.end) == BOUNDARY), answers)
        return found or framed or read_echo(s, q) or _predicate_echo(s, q)
    # a bare «sí.», «no, no.»; «no, no pasa nada»; «no, ya no»
    if s.opening() >= len(s) or reassured(s) or framed_answer(s, answers):
        return Found(0, len(s))
    if asks_anew(s, q.bot_line(s)):  # «sí. ¿dónde está el probador?»: a new question follows
        return Found(0, 1)
    return _after_answer(s, q, 1 + (s.a.at(1) == BOUNDARY), answers)


def read_echo(s: Sentence, q: Question) -> Found | None:
    """A yes said as Spanish often says it, the question's own verb alone in the answerer's
    person, with no «sí» before it: «¿puede darle una pastilla?» «puedo hacerlo», «puedo
    dársela»; «¿bailas conmigo?» «bailo contigo» (read as «sí, …» is)."""
    answers = s.words.folded("yes_words") | s.words.folded("negation")
    if not s.w or s.w[0] in answers:
        return None
    return _after_answer(s, q, 0, answers, echo=True)


def _after_answer(
    s: Sentence, q: Question, k: int, answers: frozenset[str], echo: bool = False
) -> Found | None:
    """The answer read on from k, past its «sí» or «no» (from 0 for an echo, which must say
    the question's verb)."""
    links = s.words.folded("reason_links")
    if q.asks.kind in _OFFERED:  # «¿necesitan electricidad?» «sí, para la nevera»: what for
        links |= s.words.folded("purpose_openers")
    if k + 1 < len(s) and s.a.at(k) in links:
        return Found(0, k)  # «sí, pero lo uso poco», «no, porque vivo en el centro»
    if k + 1 < len(s) and s.w[0] in s.words.folded("negation"):
        if s.a.at(k) in s.words.folded("restricting_words"):
            return Found(0, k)  # «no, solo soy alérgico al polen»: what is so instead
    j = k + (s.a.at(k) in s.words.folded("negation"))
    j += any(f.person in q.persons_in(s) for f in s.a.of(j, "PRON"))  # «no, yo las compro»
    j += bool(s.a.of(j, "CLITIC"))
    j += bool(s.a.of(j - 1, "CLITIC")) and bool(s.a.of(j, "CLITIC"))  # «sí, me la pruebo»
    bot = q.bot_line(s)
    lemmas, chained, going, wanting = _asked_lemmas(s, q)
    said = bool(lemmas) and says_asked_verb(s, j, lemmas, q)
    if echo and not (said and _echoes(s, j)):
        return None
    end = _mirrored(s, q, s.skip_degree(j + 1 if said else k))  # «bailo contigo»
    end = _echoed(s, q, j + 1, end) if said else end  # «¿ve bien de lejos?» «veo mal de lejos»
    if not said:  # «sí, soy alérgico a la penicilina»; «sí, a la penicilina»
        again = _predicate_again(s, j, q)  # j when not: past «no se», which says nothing yet
        end = max(end, again if again > j else end, _link_again(s, k, q))
    if not said:  # «no, nunca», «sí, una vez», «no, todavía no»
        end = max(end, _how_often(s, k), _how_often(s, end))
    if s.w[0] in s.words.folded("negation") and (j > k or not said):
        end = _nothing(s, end, q)  # «no, no llevo nada», «no, nada»; not «no, llevo nada»
    asked = set(q.bot_line(s).w)  # «¿quieres venir?» «sí, quiero ir», «sí, quiero venir»
    # «¿quiere probársela?» «sí, quiero probármela»; going for coming only where it is asked
    chain = (going if lemmas & going else frozenset()) | chained
    if said and s.infinitive(end) and (s.w[end] in asked or s.verbs(end, chain, None, ("inf",))):
        end = s.clause_end(end)
    elif said and chained and _does_it(s, end):  # «sí, puedo hacerlo»
        end += 1
    if said:  # «sí, se la doy por la mañana», «sí, se la doy con la comida»
        end = _circumstance_end(s, q, end)
    own = (
        question_verbs(bot) | chained | wanting
    )  # not «hay» for «tener»: «¿tiene fiebre?» «sí, hay fiebre»
    if said and own and says_asked_verb(s, j, own, q):  # «sí, necesitamos electricidad»
        end = asked_noun_end(s, q, end)
    if said and not echo:  # «sí, hay uno», «sí, tengo dos pequeños»: how many, what like
        gender = named_gender(q.bot_line(s))
        while end < s.clause_end(j) and of_the_thing(s, end, gender):
            end += 1
        end = kept_at(s, q, end)  # «sí, tenemos uno en casa»
    if not said and s.a.of(k, "NUM") and s.clause_end(k) == k + 1 and names_several(q.bot_line(s)):
        end = k + 1  # «¿lleva maletas?» «sí, tres»: how many of them
    both = k + bool(s.a.of(k, "DET"))  # «¿tiene bañador y gorro?» «sí, los dos»
    if not said and s.words.values.get(s.a.at(both)) == 2 and s.clause_end(both) == both + 1:
        end = both + 1 if names_two(q.bot_line(s)) else end
    if end > k and end >= s.clause_end(k):
        return Found(0, min(end, len(s)))
    return named_again(s, q, k, answers) or read_opposite_had(s, q)


def _circumstance_end(s: Sentence, q: Question, end: int) -> int:
    """Past a time or a «con» phrase closing the clause at end, when or with what it is done
    (not «en tu fiesta»: a place the verb does not take; no «con» where the question asks with
    whom, «¿bailas conmigo?» «bailo con mi novio»); end when there is none."""
    stop = s.clause_end(end) if end < len(s) else end
    time = s.time_at(end)
    if time is not None and time >= stop:
        return time
    bot = set(q.bot_line(s).w)
    with_whom = any(fold(w) in bot for pair in s.words.mirrored_words for w in pair)
    if not with_whom and s.a.at(end) in s.words.folded("company_openers"):
        with_what = s.noun_phrase(end + 1, frozenset())
        if with_what is not None and with_what >= stop:
            return with_what
    return end


def _asked_lemmas(s: Sentence, q: Question) -> tuple[frozenset[str], ...]:
    """The verbs an answer may say back to the question (its own and those it chains, with
    the ones that go with them), and of them the chained, the going and the wanting ones."""
    bot = q.bot_line(s)
    chained = chained_infinitives(bot)  # «¿quiere probársela?»: probar is asked too
    lemmas = question_verbs(bot) | chained
    there = s.words.folded("having") | s.words.folded("existence_verbs")
    # «¿hay un jardín?» «no, no tengo»; «¿tienes jardín?» «no, no hay»; any question of
    # having: «¿lleva algo que declarar?» «no, no tengo nada»
    if lemmas & there or q.asks.kind == "possession":
        lemmas |= there
    going = s.words.folded("going_verbs") | s.words.folded("coming_verbs")
    if lemmas & s.words.folded("coming_verbs"):  # «¿vienes?» «sí, voy»
        lemmas |= going
    wanting = s.words.folded("wanting_alike")
    wanting = wanting if lemmas & wanting else frozenset()  # «¿necesitan…?» «sí, queremos…»
    return lemmas | wanting, chained, going, wanting


def _echoes(s: Sentence, j: int) -> bool:
    """The question's verb at j, said with no «sí» before it, says yes: not a word read as
    a number or a noun too («uno, dos, tres»: no «unir»), nor «tener que», an obligation
    («tengo que comer» to «¿tiene prisa?»), nor a proposal («hagamos yoga»)."""
    if s.a.of(j, "NUM") or s.a.of(j, "NOUN") or s.a.at(j + 1) in s.words.folded("plan_links"):
        return False
    return not any(f.form == "imp" for f in s.a.of(j, "VERB"))


def _mirrored(s: Sentence, q: Question, k: int) -> int:
    """Past a word at k that mirrors one of the question's (`mirrored_words`: «contigo» to
    «¿bailas conmigo?»), else k."""
    bot = set(q.bot_line(s).w)
    pairs = s.words.mirrored_words
    mirrors = {fold(b) for pair in pairs for a, b in (pair, pair[::-1]) if fold(a) in bot}
    return k + 1 if k < len(s) and s.w[k] in mirrors else k


def _echoed(s: Sentence, q: Question, k: int, end: int) -> int:
    """Past the words the question says after its own verb, said again in their order, or
    the opposite manner (`manner_opposites`), to the end of the clause: «¿ve bien de lejos?»
    «no, no veo bien de lejos», «veo mal de lejos»; from k, the verb's next word; else end."""
    bot = q.bot_line(s)
    own, opening = question_verbs(bot), bot.a.tokens.original.rfind("¿")
    asked = [i for i in range(len(bot)) if bot.a.tokens.spans[i][0] > opening]
    verb = next((i for i in asked if bot.verbs(i, own)), None)
    if opening < 0 or verb is None or not says_asked_verb(s, k - 1, own, q):
        return end  # not «hay» for «tener»: «¿tiene fiebre?» «sí, hay fiebre»
    if s.w[k - 1] == bot.w[verb] and {f.person for f in bot.verbs(verb, own)} <= {"1s", "2s"}:
        return end  # «¿sigo todo recto?» «sí, sigo…»: who answers says it in another person
    said = [w for w in bot.w[verb + 1 :] if w != BOUNDARY]
    pairs = {fold(a): fold(b) for pair in s.words.manner_opposites for a, b in (pair, pair[::-1])}
    stop = s.clause_end(k) if k < len(s) else k
    echoed: list[int] = []
    while k < stop and len(echoed) < len(said):
        word = said[len(echoed)]
        at = k if s.w[k] in (word, pairs.get(word)) else s.skip_degree(k)  # «muy mal»
        if at >= stop or s.w[at] not in (word, pairs.get(word)):
            break
        k = at + 1
        echoed.append(at)
    bare = all(s.a.of(t, "DET") or s.a.of(t, "CLITIC") for t in echoed)  # not «la», «un»
    return k if echoed and not bare and k >= stop else end


def _predicate_again(s: Sentence, j: int, q: Question) -> int:
    """The end of the clause at j when it says the question's copula and adjective of who
    answers, in any gender («¿es alérgico a algo?» «soy alérgica a la penicilina»); else j."""
    bot, copula = q.bot_line(s), s.words.folded("copula")
    asked = {
        (g.lemma, f.lemma)
        for i in range(1, len(bot))
        for g in bot.verbs(i - 1, copula)
        for f in bot.a.of(i, "ADJ")
    }
    said = {
        (g.lemma, f.lemma)
        for g in s.verbs(j, copula, q.persons_in(s))
        for f in s.a.of(j + 1, "ADJ")
    }
    return s.clause_end(j) if said & asked else j


def _predicate_echo(s: Sentence, q: Question) -> Found | None:
    """The question's copula and adjective said by who answers, opening the answer with no
    «sí» before it: «¿es alérgico a algún medicamento?» «soy alérgica al maíz»."""
    k = s.opening()
    end = _predicate_again(s, k, q)
    return Found(0, end) if end > k else None


def _link_again(s: Sentence, k: int, q: Question) -> int:
    """The end of a thing after the question's own preposition at k, ending the clause: «¿es
    alérgico a algún medicamento?» «sí, a la penicilina», «no, a ninguno»; after a yes, any
    preposition, a detail of the yes («¿tienes crema?» «sí, en la mochila»); else k."""
    yes = s.w[0] in s.words.folded("yes_words")
    joined = s.w[k] in s.words.folded("joined_prepositions")  # «sí, al polen»
    if not (yes or s.w[k] in q.bot_words) or not (s.a.only(k, "ADP") or joined):
        return k
    end = s.noun_phrase(k + 1, frozenset())
    if end is None or end != s.clause_end(k):
        return k
    more = s.w[k] in s.words.folded("company_openers")  # «sí, con un helado»: more things
    return end if not more or any(s.w[j] in q.bot_words for j in range(k + 1, end)) else k


def _how_often(s: Sentence, k: int) -> int:
    """Past how often or «not yet» at k (`ever_answers`, or a number and «veces»), if any."""
    phrase = next((p for p in s.words.phrases("ever_answers") if s.phrase_at(k, p)), None)
    if phrase is not None:
        return k + len(phrase)
    if s.a.of(k, "NUM") and s.a.at(k + 1) in s.words.folded("frequency_nouns"):
        return k + 2
    return k


def _nothing(s: Sentence, k: int, q: Question) -> int:
    """Past a negative word at k and the question's own link and infinitive after it, if any:
    «nada», «nada que declarar» (to «¿lleva algo que declarar?»)."""
    if s.a.at(k) not in s.words.folded("none_words"):
        return k
    asked = set(q.bot_line(s).w) - {BOUNDARY}
    if s.a.at(k + 1) in asked:  # «nada que declarar», not «nada que declaro»
        return k + 3 if s.infinitive(k + 2) and s.w[k + 2] in asked else k
    return k + 1


def _does_it(s: Sentence, k: int) -> bool:
    """Token k is a pro-verb with its object joined and nothing after it in its clause
    («hacerlo»): it stands for the infinitive the question chains."""
    pro = s.words.folded("pro_verbs")
    if k >= len(s):
        return False
    joined = s.w[k] not in pro and bool(s.verbs(k, pro, None, ("inf",)))
    return joined and k + 1 >= s.clause_end(k)
