"""The curated lexicon: readings from the grader's knowledge (the vocabulary files' nouns and
adjectives, verbs.yaml's forms) and the closed word classes of the rule data, answering the
analysis's `Lexicon` interface; the registry layers it over the generated lexicon."""

from langbot.grading.analysis import Features
from langbot.grading.knowledge import Knowledge
from langbot.grading.verbs import SUBJUNCTIVE


def _verb_features(inf: str, labels: frozenset[str]) -> list[Features]:
    out = []
    for label in labels:
        if label in ("inf", "ger", "part"):
            out.append(Features("VERB", inf, form=label))
        elif label.startswith("imp_"):
            out.append(Features("VERB", inf, form="imp"))
        elif "_" in label:
            kind, person = label.split("_", 1)
            out.append(Features("VERB", inf, person=person, form=kind))
        else:
            out.append(Features("VERB", inf, person=label, form="pres"))
    return out


class KnowledgeLexicon:
    """The lexicon built from the grader's knowledge and the closed classes of the rule data."""

    def __init__(self, kb: Knowledge, closed: dict[str, list[Features]]):
        table: dict[str, list[Features]] = {}
        for form, n in kb.vocabulary.nouns.items():
            table.setdefault(form, []).append(
                Features("NOUN", n.lemma, n.gender, n.number, classes=n.classes)
            )
        for form, a in kb.vocabulary.adjectives.items():
            table.setdefault(form, []).append(
                Features("ADJ", a.lemma, a.gender, a.number, classes=a.classes)
            )
        for form, hits in kb.verbs.forms.items():
            own = form in closed or form in kb.vocabulary.nouns or form in kb.vocabulary.adjectives
            for inf, labels in hits:  # «de», «este», «viaje»: words of their own, no «que dé»
                kept = (x for x in labels if not (own and x.startswith(SUBJUNCTIVE)))
                table.setdefault(form, []).extend(_verb_features(inf, frozenset(kept)))
        for form, readings in closed.items():
            table.setdefault(form, []).extend(readings)
        self._table = {k: tuple(v) for k, v in table.items()}

    def lookup(self, folded: str) -> tuple[Features, ...]:
        """The readings of one folded word form."""
        return self._table.get(folded, ())
