"""The exchanges of a conversation: replying to thanks, accepting or declining; ordering is
in meaning/orders.py, a plan in meaning/plans.py."""

from langbot.grading.meaning.asked import asked_back
from langbot.grading.meaning.facts import verb_at
from langbot.grading.meaning.offers import names_a_bot_noun, offers_a_thing, politely
from langbot.grading.meaning.ones import yes_and_price
from langbot.grading.meaning.orders import read_thing_wanted
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import chained_infinitives
from langbot.grading.meaning.yes_no import read_echo, read_yes_no
from langbot.grading.tokens import BOUNDARY


def _first_phrase(
    s: Sentence, fields: tuple[str, ...], unless: tuple[str, ...] = ()
) -> Found | None:
    """The first phrase of the fields, outside any longer phrase of `unless` («nada» is no
    «de nada»; «con gusto» is both, and accepts); an accepting phrase right after «no» says
    the opposite («no me va bien»)."""
    taken = [span for field in unless for span in s.phrases(field)]
    negation = s.words.folded("negation")
    spans = [
        (i, j)
        for field in fields
        for i, j in s.phrases(field)
        if not any(a <= i and j <= b and b - a > j - i for a, b in taken)
        and not (field == "accept_phrases" and s.a.at(i - 1) in negation)
    ]
    if not spans:
        return None
    start, end = min(spans)
    return Found(_framed_start(s, start) if "accept_phrases" in fields else start, end)


def _framed_start(s: Sentence, start: int) -> int:
    """Where an accepting phrase starts with the opinion that frames it (`opinion_frames`),
    past an article and a degree («me parece genial», «me parece una muy buena idea»)."""
    k = start
    degree = s.words.folded("degree_words")
    while k > 0 and (s.a.of(k - 1, "DET") or s.a.at(k - 1) in degree):
        k -= 1
    frames = [i for i, j in s.phrases("opinion_frames") if j == k]
    return min(frames) if frames else start


def read_thanks_reply(s: Sentence, q: Question) -> Found | None:
    """«de nada», «no hay de qué», «con mucho gusto», «a ti», «nada» opening it; a wish at a celebration where
    the model answer has one («¡De nada! ¡Enhorabuena!»: «¡Felicidades!»)."""
    found = _first_phrase(s, ("thanks_replies",))
    k = s.opening()
    if found is None and s.a.at(k) in s.words.folded("thanks_reply_openers"):
        found = Found(k, k + 1)  # «¡nada, nada!»
    if found is None and q.model_line(s).phrases("celebration_wishes"):
        found = _first_phrase(s, ("celebration_wishes",))
    return found


def read_accept_decline(s: Sentence, q: Question) -> Found | None:
    """«me encantaría», «lo siento, no puedo»; for «¿algo más?» «con esto es suficiente»;
    for a time proposed, a yes or another time: «mejor a las nueve»."""
    fields = {"thing": ("enough_phrases",), "time": ("accept_phrases",)}.get(
        q.asks.of or "", ("accept_phrases", "decline_phrases")
    )
    found = _first_phrase(s, fields, unless=("thanks_replies",))
    if found is None and q.asks.of == "thing":
        found = _enough_opening(s)  # «ya está, gracias»
    if q.asks.of == "time" and (found is None or asked_back(s.a.tokens, found.start)):
        time = s.find_time(0, len(s))  # «mejor a las ocho, ¿vale?»: the time, not «¿vale?»
        if time:
            return Found(*time, time)
        if found is None and s.w and s.w[0] in s.words.folded("yes_words"):
            found = read_yes_no(s, q)  # «¿le va bien?» «sí», «sí, muy bien»
    if found is None and q.asks.of == "thing":  # «sí, un vaso de agua»: something more
        found = read_thing_wanted(s, q)  # «sí, me da unos…»
        offers = offers_a_thing(q.bot_line(s))  # «¿quiere una audioguía?»
        if found is not None and offers and not names_a_bot_noun(s, q, found):
            found = None  # «sí, un café»: not the thing offered
        if found is None and offers:
            found = politely(s, q) or yes_and_price(s, q)  # «sí, por favor», «sí, ¿cuánto…?»
            found = found or _accepting_alone(s)  # «Vale.», «¡Claro!», «Trato hecho.»
            found = found or _first_phrase(s, ("decline_phrases",))  # «no hace falta»
            k = s.opening()  # «sí, para hacer deporte»: what for
            what_for = s.a.at(k) in s.words.folded("purpose_openers")
            if found is None and (k >= len(s) or s.a.only(k, "ADP") or what_for):
                found = read_yes_no(s, q)  # a bare «sí.», «sí, con una tarjeta»; not «sí, un
                # helado…»: another thing
    if found is None and q.asks.of is None:  # «¿quiere una bolsa?» «no, gracias»
        found = read_yes_no(s, q) or politely(s, q)
    return found


def _accepting_alone(s: Sentence) -> Found | None:
    """The whole answer is words of accepting, and a courtesy: «Vale.», «Vale, trato hecho.»,
    «¡Claro!», «Claro, gracias.»; not a courtesy alone («Gracias.»)."""
    accepting, tails = s.words.phrases("accept_phrases"), s.words.phrases("courtesy_tails")
    k, accepted = 0, False
    while k < len(s):
        found = next((p for p in accepting if s.phrase_at(k, p)), None)
        accepted = accepted or found is not None
        found = found or next((p for p in tails if s.phrase_at(k, p)), None)
        if found is None and s.w[k] != BOUNDARY:
            return None
        k += len(found) if found else 1
    return Found(0, k) if accepted else None


def read_accept(s: Sentence, q: Question) -> Found | None:
    """«me encantaría», «¡claro!», «por supuesto», or a yes and the invitation's own verb:
    «sí», «sí, quiero», «sí, quiero ir», or a yes and thanks; nothing after a bare no («No,
    por supuesto.»: the no said first answers)."""
    if len(s.w) > 1 and s.w[0] in s.words.folded("negation") and s.w[1] == BOUNDARY:
        return None
    yes = bool(s.w) and s.w[0] in s.words.folded("yes_words")
    if not yes:  # «sí, gracias por invitarme»: a yes and a courtesy accepts too
        found = _first_phrase(s, ("accept_phrases",)) or read_echo(s, q)  # «puedo hacerlo»
        return found or _able_to_do_asked(s, q)
    found = _first_phrase(s, ("accept_phrases",)) or read_yes_no(s, q) or politely(s, q)
    return found or _yes_and_liking(s, q)


def _able_to_do_asked(s: Sentence, q: Question) -> Found | None:
    """To an invitation, being able to do what it asks: «¿Quieres ir al cine?» «Puedo ir.»,
    «Puedo ir el sábado.»; not «no puedo ir», which declines."""
    k = s.opening()
    negation = s.words.folded("negation")
    if any(w in negation for w in s.w[: k + 1]):
        return None
    if not verb_at(s, k, s.words.folded("able_verbs"), q.persons_in(s)):
        return None
    asked = chained_infinitives(q.bot_line(s))
    going = s.words.folded("going_verbs") | s.words.folded("coming_verbs")
    asked |= going if asked & going else frozenset()  # «¿quieres venir?» «puedo ir»
    if asked and s.verbs(k + 1, asked, None, ("inf",)):
        return Found(k, s.clause_end(k + 1))
    return None


def _yes_and_liking(s: Sentence, q: Question) -> Found | None:
    """After a yes, a liking of what the invitation names: «sí, me encanta el rock» to a rock
    concert; not of something else («sí, me gusta el fútbol»), nor a bare «sí, me encanta»,
    the present said for «me encantaría» (the conditional a lesson on invitations teaches)."""
    k = s.opening()
    if s.a.at(k) not in s.words.folded("learner_pronouns"):
        return None
    if not s.verbs(k + 1, s.words.folded("liking_verbs"), frozenset({"3s", "3p"})):
        return None
    end, said = s.clause_end(k + 1), s.skip_degree(k + 2)
    if said < end and names_a_bot_noun(s, q, Found(said, end)):
        return Found(0, end)
    return None


def read_decline(s: Sentence, q: Question) -> Found | None:
    """«lo siento, no puedo», «otro día», «no, gracias», or a reason the learner cannot:
    «tengo que estudiar»."""
    found = _first_phrase(s, ("decline_phrases",)) or _obligation(s, q)
    if found is None and s.w and s.w[0] in s.words.folded("negation"):
        found = politely(s, q)  # «No, gracias, es para usted.»: the comma splits the phrase
    return found


def _obligation(s: Sentence, q: Question) -> Found | None:
    """«tengo que» (or «debo») and an infinitive: something else the learner must do."""
    verbs, links = s.words.folded("obligation_verbs"), s.words.folded("plan_links")
    for i in range(len(s)):
        if s.verbs(i, verbs, q.persons):
            k = i + 1 + (s.a.at(i + 1) in links)
            if s.infinitive(k):
                return Found(i, s.clause_end(k), (k, s.clause_end(k)))
    return None


def _enough_opening(s: Sentence) -> Found | None:
    """That is all, said opening the answer and closing its clause: «ya está, gracias»."""
    opening = s.opening()
    return next(
        (
            Found(i, j)
            for i, j in s.phrases("enough_openers")
            if i <= opening and j >= s.clause_end(i)
        ),
        None,
    )
