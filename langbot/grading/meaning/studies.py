"""Someone's work or studies: «estudio medicina», «soy médico», «mi carrera es Derecho», and
to a question that asks what one wants to study or do, «quiero estudiar Historia»."""

from langbot.grading.meaning.facts import verb_at
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import chained_infinitives


def read_job_or_studies(s: Sentence, q: Question) -> Found | None:
    """«estudio medicina», «estoy estudiando inglés», «trabajo en un banco», «soy médico»."""
    work = s.words.folded("work_verbs")
    for i in range(len(s)):
        start = i
        if verb_at(s, i, s.words.folded("progressive"), q.persons) and s.verbs(
            i + 1, work, None, ("ger",)
        ):
            i += 1
        elif not verb_at(s, i, work, q.persons):
            # «estoy jubilado»: a state of work with estar (the rules flag «estoy médico»)
            being = s.words.folded("copula") | s.words.folded("progressive")
            if verb_at(s, i, being, q.persons):
                k = s.skip_degree(i + 1)
                end = s.noun_phrase(k, frozenset({"job", "study"}))
                state = [j for m, j in s.phrases("work_states") if m == k]  # «estoy en paro»
                end = end if end is not None or not state else state[0]
                if end is not None:
                    return Found(i, end, (k, end))
            continue
        end = s.clause_end(i)
        return Found(start, end, (i + 1, end) if i + 1 < end else None)
    return _field_named(s) or _job_alone(s) or _wanted_work(s, q) or _field_done(s, q)


def _wanted_work(s: Sentence, q: Question) -> Found | None:
    """To a question that chains a verb of work to another («¿qué quiere estudiar?»), that
    verb's infinitive after a verb of planning or liking in the answerer's person: «quiero
    estudiar Historia», «voy a estudiar Medicina», «me gustaría estudiar Biología»."""
    work = s.words.folded("work_verbs")
    if not chained_infinitives(q.bot_line(s)) & work:
        return None
    planning, liking = s.words.folded("plan_verbs"), s.words.folded("liking_verbs")
    links = s.words.folded("plan_links")
    for i in range(1, len(s)):
        if not s.verbs(i, work, None, ("inf",)):
            continue
        j = i - 1 - (s.a.at(i - 1) in links)
        liked = s.a.at(j - 1) in q.liking_pronouns(s) and s.verbs(
            j, liking, {"3s"}, ("pres", "cond")
        )
        if verb_at(s, j, planning, q.persons_in(s)) or liked:
            end = s.clause_end(i)
            return Found(j, end, (i + 1, end) if i + 1 < end else None)
    return None


def _job_alone(s: Sentence) -> Found | None:
    """«Profesor.», «Enfermera, en un hospital.»: a job or a field of study alone."""
    k = s.opening()
    end = s.noun_phrase(k, frozenset({"job", "study"})) if k < len(s) else None
    return Found(k, end, (k, end)) if end is not None else None


def _field_named(s: Sentence) -> Found | None:
    """«mi especialidad es la bioquímica», «mi carrera es Derecho»: the learner's field of
    study, after a noun that says it is one."""
    copula = s.words.folded("copula")
    for i in range(len(s)):
        for head in s.words.phrases("study_heads"):
            k = i + len(head)
            if s.phrase_at(i, head) and s.verbs(k, copula, {"3s"}) and k + 1 < s.clause_end(k):
                return Found(i, s.clause_end(k), (k + 1, s.clause_end(k)))
    return None


def _field_done(s: Sentence, q: Question) -> Found | None:
    """A field of study right after a verb of doing it, in the answerer's person: «hago
    Derecho», «estoy haciendo Medicina», «curso Biología» (not «hago deporte»)."""
    doing = s.words.folded("study_doing_verbs")
    for i in range(len(s) - 1):
        now = verb_at(s, i, s.words.folded("progressive"), q.persons)
        k = i + 2 if now and s.verbs(i + 1, doing, None, ("ger",)) else i + 1
        if k == i + 1 and not verb_at(s, i, doing, q.persons):
            continue
        end = s.noun_phrase(k, frozenset({"study"})) if k < len(s) else None
        if end is not None:
            return Found(i, s.clause_end(i), (k, end))
    return None
