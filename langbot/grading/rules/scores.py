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
MAX_FALSE_SHARE = 0.03  # of a rule's fires, on corrected sentences: see score_rules


def _fired(text: str) -> list[tuple[str, str]]:
    """(rule id, the words it flags) for every rule, shipped or off."""
    tokens = tokenize(text)
    found = run_rules(tokens, knowledge(), include_off=True)
    return [(rule_id, tokens.original_text(e.start, e.end)) for rule_id, e in found]


def score_rules(pairs: list) -> dict[str, dict]:
    """Per rule: learner sentences it fires on (and of those, with its kind), corrected
    sentences it fires on (`left`: inside an error the corrector left, reviewed), and the
    share of its fires that are false: on a corrected sentence, not inside a reviewed error."""
    _, rules = engine()
    out = {r.spec.id: {"kind": r.spec.kind, "off": r.spec.switched_off, "learner": 0, "with_kind": 0,
                       "corrected": 0, "left": 0, "n": 0}
           for r in rules}  # fmt: skip
    kinds = {r.spec.id: r.spec.kind for r in rules}
    for pair in pairs:
        fired: dict[str, bool] = {}
        for rule_id, words in _fired(pair.corrected):
            fired[rule_id] = fired.get(rule_id, True) and pair.left_wrong(words)
        for rule_id, left in fired.items():
            out[rule_id]["corrected"] += 1
            out[rule_id]["left"] += left
        for rule_id in {rule_id for rule_id, _ in _fired(pair.learner)}:
            out[rule_id]["learner"] += 1
            wanted = PAIR_KINDS.get(kinds[rule_id])
            out[rule_id]["with_kind"] += wanted is None or bool(wanted & set(pair.kinds))
        for rule_id, kind in kinds.items():
            wanted = PAIR_KINDS.get(kind)
            out[rule_id]["n"] += wanted is None or bool(wanted & set(pair.kinds))
    for row in out.values():
        fires = row["learner"] + row["corrected"]
        false = row["corrected"] - row["left"]
        row["precision"] = row["learner"] / fires if fires else None
        row["false_share"] = false / fires if fires else None
        row["recall"] = row["with_kind"] / row["n"] if row["n"] else None
    return out


def _pct(v: float | None) -> str:
    return "n/a" if v is None else f"{100 * v:.1f}%"


def format_rule_table(tuning: dict, heldout: dict | None = None) -> str:
    """One line per rule: fires on learner / corrected sentences (and how many of those are
    errors the corrector left, reviewed), precision raw and reviewed, recall by kind; and
    whether the rule ships (the gate: at most 3% of its tuning fires false). With no held-out
    scores, the held-out column is left out."""
    held = "held-out: l/c prec" if heldout else ""
    head = (f"{'rule (kind)':44} {'tuning: learner/corrected (left)':>32} {'prec':>6}"
            f" {'reviewed':>8} {'recall':>6}  {held:>20}  ships")  # fmt: skip
    lines = ["", "grammar rules on the COWS-L2H pairs", head, "-" * len(head)]
    for rule_id, t in tuning.items():
        h = (heldout or tuning)[rule_id]
        left = f"{rule_id} ({t['kind']})"
        fires = f"{t['learner']}/{t['corrected']} ({t['left']})"
        reviewed = _pct(None if t["false_share"] is None else 1 - t["false_share"])
        hcell = f"{h['learner']}/{h['corrected']} {_pct(h['precision'])}" if heldout else ""
        ships = "OFF" if t["off"] else "yes"
        lines.append(f"{left:44} {fires:>32} {_pct(t['precision']):>6} {reviewed:>8}"
                     f" {_pct(t['recall']):>6}  {hcell:>20}  {ships}")  # fmt: skip
    lines.append(
        "(left: fires inside an error the corrector left, reviewed by eye in the tuning half;"
        " reviewed precision counts them as right to flag. A rule ships when no more than"
        f" {100 * MAX_FALSE_SHARE:.0f}% of its tuning fires are false; OFF: see its rule file.)"
    )
    return "\n".join(lines) + "\n"
