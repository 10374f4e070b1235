"""What a reader is given about the step: what it asks, the words of the bot's question, and
the bot's line and model answer to read as sentences (what a question offers, what a question
step asks)."""

from dataclasses import dataclass, field
from functools import lru_cache

from langbot.asks import Asks
from langbot.grading.analysis import Analysis
from langbot.grading.meaning.sentence import PERSONS, Sentence
from langbot.grading.tokens import BOUNDARY, tokenize
from langbot.text import fold

_LINES: dict[tuple[str, int], Sentence] = {}
_MAX_LINES = 512


@dataclass(frozen=True)
class Question:
    """A step's `asks` and the folded words of the bot's line (a topic it names)."""

    asks: Asks
    bot_words: frozenset[str]
    bot: str = field(default="", compare=False)
    model: str = field(default="", compare=False)
    setting: frozenset[str] = frozenset()  # the folded words of the lesson's title
    topic: str = field(default="", compare=False)  # the lesson's lines (meaning/topic.py)

    @property
    def persons(self) -> frozenset[str]:
        """The verb persons an answer about `who` takes."""
        return PERSONS[self.asks.who] | ({"3p"} if self.asks.who == "family" else set())

    def persons_in(self, s: Sentence, describing: bool = False) -> frozenset[str]:
        """The persons an answer takes, with «we» for «I» where the kind asks about what a
        household shares (`shared_kinds`: «tenemos un jardín», «vivimos en un piso»), or where
        the learner names themselves with someone («mi marido y yo trabajamos…»); with «they»
        where the bot's last question asks about others in it («¿cómo son?»). A description
        (`describing`) takes no «we» for «I» (a description of «us» is not how one knows
        someone) and no «you» to the asker."""
        mine = self.asks.who == "i" and not describing
        shared = mine and self.asks.kind in s.words.kinds("shared_kinds")
        shared = shared or (mine and bool(s.phrases("with_me_phrases")))
        shared = shared or (mine and self._asked_as_we(s))
        shared = shared or (mine and self._spent_together(s))
        advised = self.asks.who == "other" and not describing and self._asked_of_asker(s)
        # «¿tiene Daniel un saco?» «sí, tenemos uno»: what the household one asks about shares
        home = self.asks.who == "other" and self.asks.kind in s.words.kinds("household_kinds")
        many = self.asks.who == "other" and _of_many(self.bot_line(s))
        return (
            self.persons
            | ({"1p"} if shared or home else frozenset())  # «mi marido y yo trabajamos»
            | ({"2s"} if advised else frozenset())  # «¿qué llevo?» «tienes que llevar botas»
            | ({"3p"} if many else frozenset())  # «¿cómo son tus padres?» «son simpáticos»
        )

    def _spent_together(self, s: Sentence) -> bool:
        """The question asks how «you» spent a time with a verb of time spent with one's
        household (`shared_verbs`: «¿dónde pasaste la Navidad?»): «pasamos…» answers."""
        return _spends(self.bot_line(s), s.words.folded("shared_verbs"))

    def _asked_of_asker(self, s: Sentence) -> bool:
        """The bot's last question asks about the asker in «I» («¿qué ropa llevo?»): an answer
        about them speaks to them, in «tú»."""
        return _of_asker(self.bot_line(s))

    def _asked_as_we(self, s: Sentence) -> bool:
        """The bot's question asks in «we» («¿dónde quedamos?») or of a group («¿a qué hora
        volvéis?»), or the model answer speaks as «we» («las devolvemos a las dos» to «¿a qué
        hora las devuelven?»): «nos vemos en…» answers."""
        return _as_we(self.bot_line(s), self.model_line(s))

    def liking_pronouns(self, s: Sentence) -> frozenset[str]:
        """The pronouns before a gustar-like verb an answer takes: «nos» too where «we» answer."""
        own = s.words.pronouns.get(self.asks.who, frozenset())
        we = s.words.pronouns.get("we", frozenset()) if "1p" in self.persons_in(s) else set()
        return own | we

    def classes(self, s: Sentence, related: bool = False) -> frozenset[str]:
        """The vocabulary classes a thing named may have: `of`, and with `related` the
        classes it takes too (what you have for breakfast may be a drink); none: any noun."""
        of = self.asks.of
        if of in (None, "thing"):
            return frozenset()
        return frozenset({of, *(s.words.related_classes.get(of, []) if related else [])})

    def only_topic(self, s: Sentence, start: int, end: int) -> bool:
        """Whether an open question's answer [start, end) only repeats the noun the question
        names ("la música" to «¿Qué música te gusta?»): that names no kind of it."""
        if self.asks.yes_no:
            return False
        degree = s.words.folded("degree_words")  # «las películas muchas»: how much, no kind
        words = [
            k
            for k in range(start, end)
            if not s.a.of(k, "DET") and not any(f.lemma in degree for f in s.a.readings[k])
        ]
        offered = self.offered(s) | self.listed(s)  # «¿fiebre o tos?»: either one answers
        return bool(words) and all(s.w[k] in self.bot_words - offered for k in words)

    def listed(self, s: Sentence) -> frozenset[str]:
        """The folded nouns of a list in the bot's line, after a comma and before its last
        «y»/«o» («tengo un sofá, una cama y una mesa»): things to choose from, no topic."""
        line = self.bot_line(s)
        links = s.words.folded("list_links")
        nouns = [k for k in range(len(line)) if line.a.of(k, "NOUN") and not line.a.of(k, "DET")]
        out: set[str] = set()
        for a, b in zip(nouns, nouns[1:], strict=False):
            between = [
                line.w[j]
                for j in range(a + 1, b)
                if not (line.a.of(j, "DET") or line.a.of(j, "ADJ"))  # «y muchas sillas»
            ]
            if len(between) == 1 and (between[0] == BOUNDARY or between[0] in links):
                out.update((line.w[a], line.w[b]))
        return frozenset(out) if len(out) > 2 else frozenset()  # three or more: a list

    def offered(self, s: Sentence) -> frozenset[str]:
        """The folded words the bot's question offers as alternatives, on either side of
        «o» («¿tiene fiebre o tos?», «¿hace frío o calor?»)."""
        line = self.bot_line(s)
        links = s.words.folded("alternative_links")
        out: set[str] = set()
        for k in range(1, len(line) - 1):
            if line.w[k] in links:
                after = k + 1  # past «en un»: «¿en una casa o en un piso?»
                while after < k + 3 and (line.a.of(after, "DET") or line.a.of(after, "ADP")):
                    after += 1
                before = k - 1  # «¿pollo asado o pescado?»: the noun the adjective follows
                while (
                    line.a.of(after, "NOUN")
                    and before > 0
                    and (line.a.of(before, "ADJ") or line.participle(before))
                ):
                    before -= 1  # (not «¿una habitación individual o doble?»)
                out.update(line.w[j] for j in (before, k - 1, after) if j < len(line))
        return frozenset(out)

    def asked_yes_or_no(self, s: Sentence) -> bool:
        """The bot's last question asks yes or no: no question word and no choice after its
        last «¿» («¿Qué tal estás? ¿Tienes calor?»), though the step does not say `yes_no`."""
        words = _last_question(self.bot)
        if words is None:
            return False
        asking = frozenset(s.kb.words.question_words) | s.words.folded("alternative_links")
        return bool(words) and not any(w in asking for w in words)

    def bot_line(self, s: Sentence) -> Sentence:
        """The bot's line, analysed as the answer is."""
        return line(s, self.bot)

    def model_line(self, s: Sentence) -> Sentence:
        """The step's model answer, analysed as the answer is."""
        return line(s, self.model)


# what is read from a step's own lines, once a step (line() keeps one Sentence a text)
@lru_cache(maxsize=1024)
def _spends(bot: Sentence, verbs: frozenset[str]) -> bool:
    return any(f.lemma in verbs for k in range(len(bot)) for f in bot.a.of(k, "VERB"))


@lru_cache(maxsize=1024)
def _of_asker(bot: Sentence) -> bool:
    opening = bot.a.tokens.original.rfind("¿")
    return opening >= 0 and any(
        f.person == "1s"
        for k in range(len(bot))
        if bot.a.tokens.spans[k][0] > opening
        for f in bot.a.of(k, "VERB")
    )


@lru_cache(maxsize=1024)
def _of_many(bot: Sentence) -> bool:
    """The bot's last question asks about others in «they»: every verb after its «¿» that
    reads only as a verb is in the third person plural («¿cómo son?», «¿qué comen?»)."""
    opening = bot.a.tokens.original.rfind("¿")
    after = [k for k in range(len(bot)) if opening >= 0 and bot.a.tokens.spans[k][0] > opening]
    after = [k for k in after if not _embeds(bot, k)]
    persons = [{f.person for f in bot.a.of(k, "VERB")} for k in after if bot.a.only(k, "VERB")]
    return bool(persons) and all(p == {"3p"} for p in persons)


def _embeds(bot: Sentence, k: int) -> bool:
    """The verb at k asks a question inside it, a question word after it: «sabes» in
    «¿sabes qué comen?», where what is asked is the verb after «qué»."""
    asking = {fold(w) for w in bot.kb.words.question_words}
    embedding = bot.words.folded("embedding_verbs")
    return bot.a.at(k + 1) in asking and any(f.lemma in embedding for f in bot.a.of(k, "VERB"))


@lru_cache(maxsize=1024)
def _as_we(bot: Sentence, model: Sentence) -> bool:
    if any(f.person in ("1p", "2p") for k in range(len(bot)) for f in bot.a.of(k, "VERB")):
        return True
    return any(f.person == "1p" for k in range(len(model)) for f in model.a.of(k, "VERB"))


@lru_cache(maxsize=1024)
def _last_question(bot: str) -> tuple[str, ...] | None:
    """The words of the bot's last «¿…» question, read once a step (None: it asks none)."""
    opening = bot.rfind("¿")
    return tokenize(bot[opening:]).words if opening >= 0 else None


def line(s: Sentence, text: str) -> Sentence:
    """A step's own text analysed with the answer's lexicon, once per text."""
    key = (text, id(s.lexicon))
    found = _LINES.get(key)
    if found is None:
        if len(_LINES) >= _MAX_LINES:
            _LINES.clear()
        found = Sentence(Analysis(tokenize(text), s.lexicon), s.lexicon, s.kb, s.words)
        _LINES[key] = found
    return found
