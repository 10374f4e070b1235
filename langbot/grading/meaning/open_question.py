"""A question asked where the bot invites any question («¿tiene alguna pregunta?», «¿necesita
algo más?»): it need not ask what the model answer asks, only about what the step is about,
a thing the bot's line, the model answer or the lesson's setting names, or a place where one
is («¿dónde está el baño?» at a theatre); a thing named nowhere («¿cuánto cuesta la pizza?»
while moving house) is off the topic."""

from langbot.grading.meaning.asking import asks_of_oneself, asks_the_bot, is_question, read_question
from langbot.grading.meaning.numbers import determiner
from langbot.grading.meaning.places import places
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.topic import topic_nouns
from langbot.text import fold

_NOT_NOUNS = ("VERB", "AUX", "ADJ", "ADV", "PRON", "ADP")


def read_any_question(s: Sentence, q: Question) -> Found | None:
    """The question the model answer asks, or, to an open invitation, one about the step."""
    found = read_question(s, q) or read_open_question(s, q) or _read_verb_question(s, q)
    return found or _read_pronoun_question(s, q) or _read_topic_question(s, q)


def _read_topic_question(s: Sentence, q: Question) -> Found | None:
    """To an open invitation, a question that names no thing, its verb in the third person
    with no subject said, or in «we», and no verb of a person's own life (`personal_verbs`):
    its subject is what the talk is about («¿a qué hora abre?», «¿es gratis?», «¿hay que
    reservar?», «¿cuándo llegamos?»); not one to the bot or of a pronoun («¿y usted?»), nor
    one about the clock (`clock_questions`: «¿qué hora es?») or a price, whose thing is
    left unsaid («¿cuánto cuestan?» where books are lent). Only the question is read: «una
    pregunta: ¿…?»."""
    if not _invites(s, q) or not is_question(s):
        return None
    opening = s.a.tokens.original.rfind("¿")
    asked = [k for k in range(len(s)) if s.a.tokens.spans[k][0] > opening]
    question_words = frozenset(s.kb.words.question_words)
    if any(_noun(s, k) or (s.a.of(k, "PRON") and s.w[k] not in question_words) for k in asked):
        return None
    if asks_the_bot(s, q.model_line(s), q.bot_line(s)) or s.phrases("clock_questions"):
        return None
    if s.phrases("price_phrases"):  # «¿cuánto cuestan?»: the price of no thing named
        return None
    said = [k for k in asked if any(f.person in _TOPIC for f in s.a.of(k, "VERB"))]
    personal = s.words.folded("personal_verbs")  # «¿dónde vive?»: the bot, said as usted
    verbs = [f for k in said for f in s.a.of(k, "VERB")]
    if not said or any(
        (f.person or "3s") not in _TOPIC or fold(f.lemma) in personal for f in verbs
    ):
        return None
    if any(_only_person(s, k, _NOT_TOPIC) for k in asked) or _model_predicate(s, q):
        return None  # «¿dónde está la tiendo?»; «¿cuándo es listo?» asks the model's question
    return Found(s.clause_at[said[0]][0], s.clause_at[said[-1]][1])


_TOPIC = frozenset({"3s", "3p", "1p"})  # the persons of a question about the talk's thing
_NOT_TOPIC = frozenset({"1s", "2s", "2p"})


def _read_pronoun_question(s: Sentence, q: Question) -> Found | None:
    """To an open invitation, a question whose thing is a pronoun for one the talk named,
    asked by who answers or with an infinitive («¿cuándo lo puedo recoger?», «¿puedo
    renovarlos?»): it names no other thing, and never asks the bot about itself."""
    if not _invites(s, q) or not is_question(s) or any(_noun(s, k) for k in range(len(s))):
        return None
    if asks_the_bot(s, q.model_line(s), q.bot_line(s)):
        return None
    said = [k for k in range(len(s)) if _pronoun_at(s, k)]
    if not said:
        return None
    mine = any(f.person in ("1s", "1p") for k in range(len(s)) for f in s.a.of(k, "VERB"))
    return Found(s.clause_at[said[0]][0], s.clause_at[said[-1]][1]) if mine else None


def _only_person(s: Sentence, k: int, persons: frozenset[str]) -> bool:
    """Token k is read only as a finite verb of one of the persons."""
    verbs = s.a.of(k, "VERB")
    return s.a.only(k, "VERB") and all(f.person in persons for f in verbs)


def _model_predicate(s: Sentence, q: Question) -> bool:
    """The question says an adjective of the model answer («¿cuándo es listo?» for «¿cuándo
    está listo?»): it asks the model's own question, which read_question reads or not."""
    model = q.model_line(s)
    said = {model.w[k] for k in range(len(model)) if model.a.of(k, "ADJ")}
    return any(s.a.of(k, "ADJ") and s.w[k] in said for k in range(len(s)))


def _pronoun_at(s: Sentence, k: int) -> bool:
    """An object pronoun for a thing at k, alone («lo») or joined to an infinitive or a
    gerund («recogerlo», «renovarlos»)."""
    clitics = tuple(fold(c) for c in s.words.object_clitics)
    if s.w[k] in clitics and s.a.of(k, "CLITIC"):  # not after a verb: «¿dónde está la…?»
        return not any(f.person for f in s.a.of(k - 1, "VERB"))
    return any(
        f.form in ("inf", "ger") and s.w[k] != fold(f.lemma) and s.w[k].endswith(clitics)
        for f in s.a.of(k, "VERB")
    )


def _read_verb_question(s: Sentence, q: Question) -> Found | None:
    """A question that names no thing but asks with the model answer's own verb, in its
    person (or an infinitive), its thing left to the talk: «¿cuándo las tomo?», «¿cuántas
    tomo?» for «¿cuántas pastillas tomo al día?»; not with a verb that says too little to tie
    it to the step (`light_verbs`), nor as a yes/no question, which asks no value («¿cierra?»
    for «¿a qué hora cierra?»)."""
    if not is_question(s) or any(_noun(s, k) for k in range(len(s))):
        return None
    if not set(s.w) & set(s.kb.words.question_words):
        return None
    model, bot = q.model_line(s), q.bot_line(s)
    if asks_the_bot(s, model, bot) or asks_of_oneself(s, model):
        return None
    asked = _verb_persons(model, range(len(model))) - {
        (v, p) for v in s.words.folded("light_verbs") for p in "123i"
    }
    said = [k for k in range(len(s)) if _verb_persons(s, (k,)) & asked]
    return Found(s.clause_at[said[0]][0], s.clause_at[said[-1]][1]) if said else None


def _verb_persons(s: Sentence, span) -> frozenset[tuple[str, str]]:
    """The folded lemma and person (1, 2, 3, or «i» for an infinitive: any) of each verb
    of tokens `span`; a word after a determiner is a noun, one after a clitic a verb."""
    out = set()
    for k in span:
        if s.a.of(k - 1, "DET") and not s.a.of(k - 1, "CLITIC"):
            continue  # «el trabajo», but «las tomo»
        for f in s.a.of(k, "VERB"):
            if f.form == "inf":
                out |= {(fold(f.lemma), p) for p in "123i"}
            elif f.person:
                out.add((fold(f.lemma), f.person[0]))
    return frozenset(out)


def read_open_question(s: Sentence, q: Question) -> Found | None:
    """«¿dónde está el baño?», «¿a qué hora abren las puertas?» to «¿necesita algo más?»:
    a question whose every thing is one the step is about, and at least one named."""
    if not _invites(s, q) or not is_question(s):
        return None
    model, bot = q.model_line(s), q.bot_line(s)
    if asks_the_bot(s, model, bot) or asks_of_oneself(s, model):
        return None  # «¿dónde estás?», «¿a qué hora empiezo la fiesta?»
    nouns = [k for k in range(len(s)) if _noun(s, k)]
    if not nouns or not all(_about_step(s, q, k) for k in nouns):
        return None
    opening = s.a.tokens.original.rfind("¿")
    starts = [k for k in nouns if s.a.tokens.spans[k][0] > opening] or nouns
    return Found(s.clause_at[starts[0]][0], s.clause_at[nouns[-1]][1])


def _invites(s: Sentence, q: Question) -> bool:
    """The bot's line invites any question (`open_invitations`)."""
    return bool(q.bot_line(s).phrases("open_invitations"))


def _noun(s: Sentence, k: int) -> bool:
    """A thing named at k: a noun after a determiner, or a word read only as a noun; not a
    word of time («a qué hora», «cuánto tiempo») or of courtesy («por favor»)."""
    if not s.a.of(k, "NOUN") or s.w[k] in s.words.folded("courtesy_words"):
        return False
    if s.noun_of(k, s.words.folded("duration_classes")) or determiner(s, k):
        return False
    after_det = bool(s.a.of(k - 1, "DET")) and not s.a.of(k, "DET")
    after_det = after_det or _after_det_adjective(s, k)  # «el próximo vuelo»
    return after_det or not any(s.a.of(k, pos) for pos in _NOT_NOUNS)


def _after_det_adjective(s: Sentence, k: int) -> bool:
    """Token k follows a determiner and an adjective before a noun («el próximo vuelo»)."""
    return (
        k > 1
        and bool(s.a.of(k - 1, "ADJ"))
        and bool(s.a.of(k - 2, "DET"))
        and not s.a.of(k, "ADJ")
        and not s.a.of(k, "DET")
    )


def _about_step(s: Sentence, q: Question, k: int) -> bool:
    """The thing at k is one the bot's line, the model answer or the setting names, or a
    place where one is (`asked_any_of`: «el baño», «la salida»); not a place the bot's line
    has just said where it is («en la calle Mayor»: «¿dónde está la calle Mayor?»)."""
    lemmas = {s.w[k], *(fold(f.lemma) for f in s.a.of(k, "NOUN"))}
    bot = q.bot_line(s)
    if any(s.w[k] in bot.w[p.start : p.end] for p in places(bot)):
        return False
    if lemmas & q.setting or s.noun_of(k, s.words.folded("asked_any_of")):
        return True
    if lemmas & topic_nouns(s, q):  # «¿cuándo es el próximo vuelo?» at the airport
        return True
    return any(lemmas & _noun_lemmas(line) for line in (q.bot_line(s), q.model_line(s)))


def _noun_lemmas(line: Sentence) -> frozenset[str]:
    """The folded forms and lemmas of the nouns of a step's line."""
    return frozenset(
        w
        for k in range(len(line))
        for f in line.a.of(k, "NOUN")
        for w in (line.w[k], fold(f.lemma))
    )
