"""One analysis of an answer a turn (langbot/grading/analyses.py): the meaning readers and
the grammar rules share it, and the same text graded again (at another step) is analysed
afresh, so nothing a rule worked out for one step carries over to another."""

from langbot.grading import analysis as analysis_module
from langbot.grading import grade_answer
from langbot.grading.analyses import Kept, analysed
from langbot.grading.rules.registry import engine
from langbot.grading.tokens import tokenize
from langbot.lessons import load_lessons


def test_the_same_tokens_share_one_analysis_and_a_new_tokenizing_gets_its_own():
    lexicon = engine()[0]
    tokens = tokenize("Me gustan las novelas de misterio")
    first = analysed(tokens, lexicon)
    assert analysed(tokens, lexicon) is first
    again = analysed(tokenize("Me gustan las novelas de misterio"), lexicon)
    assert again is not first and again.words == first.words


def test_kept_drops_the_oldest_past_its_size_and_matches_by_identity():
    kept, built = Kept(2), []
    a, b, c = object(), object(), object()
    for o in (a, b, a, c, a):
        kept.get((o,), lambda o=o: built.append(o) or len(built))
    assert built == [a, b, c, a]  # a kept until c pushed it out


def test_grading_a_turn_analyses_the_answer_once(monkeypatch):
    text = "Me llamo Ana y soy de México"
    built = []
    real = analysis_module.Analysis.__init__

    def counted(self, tokens, lexicon):
        built.append(tokens.original)
        real(self, tokens, lexicon)

    lesson = load_lessons()["greetings"]
    grade_answer(lesson, 1, text)  # the bot's lines are analysed once, on first use
    monkeypatch.setattr(analysis_module.Analysis, "__init__", counted)
    for number in range(1, len(lesson.steps) + 1):
        grade_answer(lesson, number, text)
    assert built.count(text) == len(lesson.steps)
