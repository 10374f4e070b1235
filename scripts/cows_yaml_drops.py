"""The COWS-L2H rows at YAML-only lessons' steps dropped on review by eye (cows_yaml_steps.py)."""

# The rule matched, but the sentence does not answer the step's question as a learner would.
# Reviewed on the tuning half only; the set applies to both halves.
REVIEW_DROPS: set[str] = {
    "Me gusta vivir en este estado por sus veranos cálidos.",  # a state, not «tu ciudad»
}
