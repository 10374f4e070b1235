"""Set phrases: greeting, saying goodbye, asking the price, saying how you pay. (Where
something is: places.py, which reads the places a question offers from the bot's line.)"""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.tokens import BOUNDARY

_ASKED_TENSES = ("pres", "fut", "cond", "impf")  # «¿cuánto costará?», «¿cuánto sería?»


def _first(s: Sentence, field: str) -> Found | None:
    spans = s.phrases(field)
    return Found(*min(spans)) if spans else None


def read_greeting(s: Sentence, q: Question) -> Found | None:
    """«hola», «buenos días», «¿qué tal?»."""
    return _first(s, "greeting_phrases")


def read_farewell(s: Sentence, q: Question) -> Found | None:
    """«adiós», «hasta luego», «igualmente», «nos vemos», «hasta el lunes», «buenas tardes»,
    thanks for a wish («¡buen viaje!» «¡gracias!»), thanks for something («gracias por su
    ayuda»); never an answer that greets («hola, buenas tardes»), nor one that replies to
    thanks the bot has not given («de nada, adiós» to «hasta el jueves»)."""
    if s.phrases("greeting_only") or _unthanked_reply(s, q):
        return None
    found = _first(s, "farewell_phrases")
    if found is not None:
        return found
    thanks = _first(s, "thanks_phrases")
    bot = q.bot_line(s)
    wishes = q.bot_words & s.words.folded("farewell_wishes") or _wished_well(bot)
    if wishes or bot.phrases("handing_phrases"):  # «¡Buen viaje!», «Aquí tiene el cambio.»
        if thanks is not None and _only(s, thanks):
            return thanks
    thanked = _thanked_for(s, thanks) if thanks is not None else None
    if thanked is not None and _only(s, thanked):  # «gracias por su ayuda»
        return thanked
    for i in range(len(s)):
        if s.w[i] in s.words.folded("farewell_until"):
            k = i + 1 + bool(s.a.of(i + 1, "DET"))
            end = s.noun_of(k, frozenset({"time"}))
            if end is not None:
                return Found(i, end)
    return None


def _unthanked_reply(s: Sentence, q: Question) -> bool:
    """The answer replies to thanks («de nada») and the bot's line thanks for nothing."""
    return bool(s.phrases("thanks_only_replies")) and not q.bot_line(s).phrases("thanks_phrases")


def _wished_well(bot: Sentence) -> bool:
    """The bot's line wishes the learner well: «que» and a subjunctive opening a clause
    («¡Que disfrutes de la lectura!», «¡Que te diviertas!»)."""
    links = bot.words.folded("wish_links")
    for k in range(len(bot)):
        if bot.w[k] in links and (k == 0 or bot.w[k - 1] == BOUNDARY):
            j = k + 1 + bool(bot.a.of(k + 1, "CLITIC"))
            if any(f.form == "subj" for f in bot.a.of(j, "VERB")):
                return True
    return False


def _thanked_for(s: Sentence, thanks: Found) -> Found | None:
    """Thanks and what they are for, a preposition and a noun phrase or an infinitive («gracias
    por su ayuda», «gracias por todo», «gracias por venir»): a closing, said on leaving."""
    k = thanks.end
    if not s.a.of(k, "ADP") or s.a.of(k, "NOUN"):
        return None
    end = s.noun_phrase(k + 1, frozenset()) or (k + 2 if s.infinitive(k + 1) else None)
    if end is None and (s.a.of(k + 1, "PRON") or k + 2 == s.clause_end(k + 1)):
        end = k + 2  # «gracias por todo», «gracias por esto»
    return Found(thanks.start, end) if end is not None else None


def _only(s: Sentence, found: Found) -> bool:
    """Nothing but courtesy is said outside the span («gracias», «gracias, muy amable», not
    «gracias, estoy bien»)."""
    courtesy = s.words.folded("courtesy_words") | {BOUNDARY}
    spans = [*s.phrases("kindness_phrases"), *s.phrases("courtesy_tails")]  # «muy amable»
    kind = {k for i, j in spans for k in range(i, j)}  # «por favor»
    outside = (k for k in range(len(s)) if not found.start <= k < found.end and k not in kind)
    return all(s.w[k] in courtesy for k in outside)


def read_price_question(s: Sentence, q: Question) -> Found | None:
    """«¿cuánto cuesta?», «¿cuánto le debo?», «la cuenta, por favor», «¿nos cobra?»,
    and «cuánto» with a verb of paying a few words on: «¿cuánto tengo que pagar?»."""
    found = _first(s, "price_phrases") or _charge_request(s) or _how_much_to_pay(s)
    return found or _which_price(s)


def _which_price(s: Sentence) -> Found | None:
    """«¿cuál es el precio?», «¿cuál es la comisión?»: which is the price or the charge, in a
    question; or the price a verb of knowing asks for: «quería saber el precio», «¿me dice
    el precio?»."""
    nouns = s.words.folded("price_nouns")
    knowing = s.words.folded("price_knowing_verbs")
    for i in range(len(s)):
        k = s.after_det(i + 1)
        if (
            s.verbs(i, knowing, None, (*_ASKED_TENSES, "inf", "imp"))
            and k > i + 1
            and k < len(s)
            and s.w[k] in nouns
        ):
            return Found(i, k + 1)
    if "?" not in s.a.tokens.original:
        return None
    for i, j in s.phrases("price_which"):
        k = s.after_det(j)
        if k > j and k < len(s) and s.w[k] in nouns:
            return Found(i, k + 1)
    return None


def _charge_request(s: Sentence) -> Found | None:
    """Asking to be charged, nothing charged named: «¿me cobra?», «¿nos cobras, por favor?»."""
    for i in range(len(s) - 1):
        if s.w[i] in s.words.folded("charged_pronouns") and s.verbs(
            i + 1, s.words.folded("charging_verbs"), {"2s", "3s", "3p"}, ("pres", "imp")
        ):
            k = i + 2
            if k >= len(s) or s.w[k] == BOUNDARY:
                return Found(i, k)


def _how_much_to_pay(s: Sentence) -> Found | None:
    """«cuánto», then pronouns and helper verbs, then a verb of paying in the person that
    pays or charges (`price_verbs`: «le debo», «me cobra», «tengo que pagar»)."""
    for i in range(len(s)):
        if s.w[i] not in s.words.folded("price_openers"):
            continue
        for k in range(i + 1, min(i + 5, len(s))):  # «que» opens no clause here
            for verb, persons in s.words.price_verbs.items():
                lemma = frozenset({verb})
                helped = k > i + 1  # «¿cuánto tengo que pagar?», not «¿cuánto costar?»
                if s.verbs(k, lemma, frozenset(persons), _ASKED_TENSES) or (
                    helped and s.verbs(k, lemma, None, ("inf",))
                ):
                    return Found(i, k + 1)
            helper = s.a.of(k, "VERB") or s.w[k] in s.words.folded("plan_links")
            if not (helper or s.a.of(k, "CLITIC") or s.a.of(k, "PRON")):
                break  # «¿cuánto pan compro?»: a noun, not what it costs
    return None


def read_payment(s: Sentence, q: Question) -> Found | None:
    """«con tarjeta», «en efectivo», «pago con el móvil», «con la tarjeta», «con mi tarjeta»,
    «por separado»; who pays («pago yo», «yo pagaré la cuenta») where the bot asks a group
    and offers no ways to pay to choose from («¿cómo van a pagar?»); not a way the bot's line
    has just refused («aquí no aceptamos tarjeta»: «con tarjeta»)."""
    found = _payment(s, q)
    return None if found is not None and _refused(s, q, found) else found


def _payment(s: Sentence, q: Question) -> Found | None:
    """The way to pay said or asked about, or who pays, whether the bot takes it or not."""
    found = _first(s, "payment_phrases") or (_who_pays(s) if _asks_a_group(s, q) else None)
    if found is not None:
        return found
    k = s.opening()
    if k < len(s) and s.w[k] in s.words.folded("payment_nouns") and _only(s, Found(k, k + 1)):
        return Found(k, k + 1)  # the way alone: «Tarjeta.», «Efectivo, por favor.»
    taken = _way_taken(s)
    if taken is not None:
        return taken
    for i in range(len(s) - 2):
        if s.w[i] in s.words.folded("payment_links") and s.a.of(i + 1, "DET"):
            if s.w[i + 2] in s.words.folded("payment_nouns") and not s.a.only(i + 3, "NOUN"):
                return Found(i, i + 3)  # not «la tarjeta crédito», a noun with no «de»
    return None


def _refused(s: Sentence, q: Question, asked: Found) -> bool:
    """The bot's line has just said no to the way said or asked about: «aquí no aceptamos
    tarjeta», then «con tarjeta» or «¿acepta tarjeta?» answers what it was told."""
    bot = q.bot_line(s)
    named = {f.lemma for k in range(asked.start, asked.end) for f in s.a.of(k, "NOUN")}
    denied = False
    for k in range(len(bot)):
        denied = (denied or bot.w[k] in s.words.folded("negation")) and bot.w[k] != BOUNDARY
        if denied and any(f.lemma in named for f in bot.a.of(k, "NOUN")):
            return True
    return False


def _way_taken(s: Sentence) -> Found | None:
    """Whether the seller takes a way to pay, asked: «¿Acepta tarjeta de crédito?»,
    «¿Aceptan tarjetas?», which chooses that way."""
    if "?" not in s.a.tokens.original:
        return None
    for i in range(len(s) - 1):
        if s.verbs(i, s.words.folded("accepting_verbs"), {"3s", "3p"}):
            k = i + 1 + bool(s.a.of(i + 1, "DET"))
            ways = s.words.folded("payment_nouns")
            if s.w[k] in ways or any(f.lemma in ways for f in s.a.of(k, "NOUN")):
                return Found(i, k + 1)
    return None


def _asks_a_group(s: Sentence, q: Question) -> bool:
    """The bot asks several people («¿cómo van a pagar?») and names no way to pay."""
    if q.bot_words & s.words.folded("payment_nouns"):
        return False
    bot = q.bot_line(s)
    return any(f.person in ("2p", "3p") for k in range(len(bot)) for f in bot.a.of(k, "VERB"))


def _who_pays(s: Sentence) -> Found | None:
    """Who pays, in the speaker's person: a verb of paying with the speaker's pronoun next to
    it («pago yo», «yo invito») or the bill after it («pagamos la cuenta»)."""
    payers, bill = s.words.folded("payer_pronouns"), s.words.folded("bill_nouns")
    for i in range(len(s)):
        if not s.verbs(i, s.words.folded("paying_verbs"), {"1s", "1p"}, ("pres", "fut")):
            continue
        if i + 1 < len(s) and s.w[i + 1] in payers:
            return Found(i, i + 2)
        if i and s.w[i - 1] in payers:
            return Found(i - 1, i + 1)
        k = s.after_det(i + 1)
        if k < len(s) and s.w[k] in bill:
            return Found(i, k + 1)
    return None
