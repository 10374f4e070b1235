"""Whether a verb is in a question the learner asks, or before one that asks something of its
own: the step's person is not checked there («¿y tú, cómo te llamas?», «sí, estoy perdida,
¿dónde está la estación?»), but it is before a question back with no verb («empiezo a las
nueve, ¿y tú?», «vive allí, ¿no?»), which only hands the turn back."""

from langbot.grading.analysis import Analysis


def asked_around(a: Analysis, i: int) -> bool:
    """Whether token i is in a question, or in a sentence that a question with a finite
    verb closes."""
    text, at = a.tokens.original, a.tokens.spans[i][0]
    end = text.find("?", at)
    if end < 0:
        return False
    opening = text.rfind("¿", 0, end)
    if opening <= at:
        return True  # in the question (typed with its «¿», or with none)
    asked = [k for k in range(i + 1, len(a)) if opening < a.tokens.spans[k][0] < end]
    return any(f.person for k in asked for f in a.of(k, "VERB"))
