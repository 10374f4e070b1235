"""An answer opener («mira», «bueno», «ah pues», with no comma) before an opinion hedge
(«creo que»): the clause after both is the answer, so a form of ser or estar in it describes
the step's thing («¿Qué tal está el pescado?» «Mira creo que está muy rica» is wrong),
not «la verdad» of «la verdad es que»."""

import pytest
from helpers import lesson_named

from langbot.grading import grade_answer

CASES = [  # (lesson, step, answer, right)
    ("restaurante", 5, "Mira creo que está muy rica.", False),  # «¿Qué tal está el pescado?»
    ("restaurante", 5, "Bueno me parece que está sabrosa.", False),
    ("restaurante", 5, "Ah pues creo que está muy rica.", False),
    ("clase", 6, "Hmm creo que es muy simpáticas.", False),  # «¿Cómo es tu profesor?»
    ("clase", 6, "Mmm creo que es muy simpáticos.", False),
    ("restaurante", 5, "Oye creo que está muy rico.", True),
    ("restaurante", 5, "Mira creo que está muy bueno.", True),
    ("clase", 6, "Hmm creo que es muy simpático.", True),
    # the «es» of «la verdad es que» gives the clause after it no subject of its own
    ("restaurante", 5, "Bueno, la verdad es que está muy rica.", False),
    ("restaurante", 5, "Mmm, la verdad es que está sabrosa.", False),
    ("restaurante", 5, "Bueno, la verdad es que está riquísimo.", True),
]


@pytest.mark.parametrize(("lesson", "step", "text", "right"), CASES)
def test_the_clause_after_an_opener_and_a_hedge_answers_the_step(lesson, step, text, right):
    verdict = grade_answer(lesson_named(lesson), step, text)
    assert verdict.correct == right and (right or verdict.category == "grammar"), verdict
