"""What a step's model answer (and the bot's question) says an answer should name: the
classes of the things ordered, the actions wanted done."""

from langbot.grading.meaning.question import Question, line
from langbot.grading.meaning.sentence import Sentence
from langbot.text import fold


def model_classes(s: Sentence, q: Question) -> frozenset[str]:
    """With no `of`, the classes of the nouns the model answer orders («un billete de ida»:
    a thing) or the bot's question offers («¿Un café?»), so a bare order names a thing of
    that kind."""
    if q.asks.of is not None:
        return frozenset()
    # the question's own words only: «buenos días» before «¿Qué desea?» offers no time
    asked = q.bot[q.bot.index("¿") :] if "¿" in q.bot else q.bot
    lines = (q.model_line(s), line(s, asked))
    return frozenset(
        c for ln in lines for k in range(len(ln)) for f in ln.a.of(k, "NOUN") for c in f.classes
    )


def model_infinitives(s: Sentence, q: Question) -> frozenset[str]:
    """The verbs the model answer wants done: «vengo a abrir…» for «quiero abrir una cuenta»."""
    m = q.model_line(s)
    return frozenset(f.lemma for k in range(len(m)) for f in m.a.of(k, "VERB") if f.form == "inf")


_STEM = 5  # letters a verb's stem must share with the noun («matricul-»): no chance match


def names_model_noun(s: Sentence, q: Question, k: int) -> bool:
    """The infinitive at k is the verb of a noun the model answer asks for: «quiero
    matricularme» for «quiero hacer la matrícula», «quiero reservar» for «una reserva»."""
    m = q.model_line(s)
    nouns = {fold(f.lemma) for j in range(len(m)) for f in m.a.of(j, "NOUN")}
    stems = {fold(f.lemma)[:-2] for f in s.a.of(k, "VERB") if f.form == "inf"}
    return any(
        len(stem) >= _STEM and n.startswith(stem) and len(n) - len(stem) <= 2
        for stem in stems
        for n in nouns
    )
