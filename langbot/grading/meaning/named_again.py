"""The noun the bot's question asks about, named again in the answer: «No, los ojos no» to
«¿Le duelen los ojos?», «Fueron unas vacaciones muy bonitas» to «¿Te gustaron las
vacaciones?» (yes_no.py and person.py read it)."""

from langbot.grading.meaning.answering import says_asked_verb
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import question_verbs


def named_again(s: Sentence, q: Question, k: int, answers: frozenset[str]) -> Found | None:
    """«No, los ojos no», «sí, los ojos también», «no, los ojos no me duelen»: the question's
    own noun, then a yes, a no or «también» (and the question's verb), ending the answer."""
    bot = q.bot_line(s)
    asked = {f.lemma for i in range(len(bot)) for f in bot.a.of(i, "NOUN")}
    np = s.a.noun_phrase(k)
    if np is None or np.noun.lemma not in asked:
        return None
    end = np.end + (s.a.at(np.end) in answers | s.words.folded("also_words"))
    j = end + bool(s.a.of(end, "CLITIC"))  # «no, los ojos no me duelen»
    if end > np.end and says_asked_verb(s, j, question_verbs(bot), q):
        end = j + 1
    return Found(0, end) if end > np.end and s.opening(end) >= len(s) else None


def asked_noun_end(s: Sentence, q: Question, k: int) -> int:
    """Past the noun phrase at k when its noun is one the question names, else k."""
    bot = q.bot_line(s)
    asked = {
        f.lemma for i in range(len(bot)) if not bot.a.of(i, "VERB") for f in bot.a.of(i, "NOUN")
    }
    np = s.a.noun_phrase(k)
    if np is not None and np.noun.lemma in asked:
        return np.end
    return k + 1 if any(f.lemma in asked for f in s.a.of(k, "NOUN")) else k  # a bare noun
