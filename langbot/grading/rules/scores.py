"""Each rule's precision and recall on real-learner pairs (evals/real-pairs/): how often it
fires on a learner sentence whose correction shows its kind, and on a corrected sentence."""

from langbot.grading.knowledge import knowledge
from langbot.grading.rules.registry import engine, run_rules
from langbot.grading.tokens import tokenize

# The pair kinds (langbot/real_eval.py) each rule kind stands for; none: any kind counts.
PAIR_KINDS = {
    "gender_number": {"gender_number"},
    "verb_person": {"verb_person"},
    "ser_estar": {"ser_estar"},
    "gustar": {"gustar"},
    "finite_verb": {"missing_verb", "extra_verb", "verb_person"},
    "preposition": {"preposition"},
    "contraction": {"contraction"},
    "reflexive": {"reflexive"},
    "article": {"article"},
}
MAX_FALSE_SHARE = 0.03  # of the corrected sentences a rule fires on, see score_rules


def _fired(text: str) -> set[str]:
    return {rule_id for rule_id, _ in run_rules(tokenize(text), knowledge())}


def score_rules(pairs: list) -> dict[str, dict]:
    """Per rule: learner sentences it fires on (and of those, with its kind), corrected
    sentences it fires on, and precision = learner fires / all fires."""
    _, rules = engine()
    out = {r.spec.id: {"kind": r.spec.kind, "learner": 0, "with_kind": 0, "corrected": 0, "n": 0}
           for r in rules}  # fmt: skip
    kinds = {r.spec.id: r.spec.kind for r in rules}
    for pair in pairs:
        for rule_id in _fired(pair.corrected):
            out[rule_id]["corrected"] += 1
        for rule_id in _fired(pair.learner):
            out[rule_id]["learner"] += 1
            wanted = PAIR_KINDS.get(kinds[rule_id])
            out[rule_id]["with_kind"] += wanted is None or bool(wanted & set(pair.kinds))
        for rule_id, kind in kinds.items():
            wanted = PAIR_KINDS.get(kind)
            out[rule_id]["n"] += wanted is None or bool(wanted & set(pair.kinds))
    for row in out.values():
        fires = row["learner"] + row["corrected"]
        row["precision"] = row["learner"] / fires if fires else None
        row["false_share"] = row["corrected"] / len(pairs) if pairs else None
        row["recall"] = row["with_kind"] / row["n"] if row["n"] else None
    return out


def _pct(v: float | None) -> str:
    return "n/a" if v is None else f"{100 * v:.1f}%"


def format_rule_table(tuning: dict, heldout: dict) -> str:
    """One line per rule: fires on learner / corrected sentences, precision, recall by kind."""
    head = (f"{'rule (kind)':44} {'tuning: learner/corrected prec recall':>40}"
            f"  {'held-out: learner/corrected prec':>34}")  # fmt: skip
    lines = ["", "grammar rules on the COWS-L2H pairs", head, "-" * len(head)]
    for rule_id, t in tuning.items():
        h = heldout[rule_id]
        left = f"{rule_id} ({t['kind']})"
        tcell = f"{t['learner']}/{t['corrected']} {_pct(t['precision'])} {_pct(t['recall'])}"
        hcell = f"{h['learner']}/{h['corrected']} {_pct(h['precision'])}"
        lines.append(f"{left:44} {tcell:>40}  {hcell:>34}")
    return "\n".join(lines) + "\n"
