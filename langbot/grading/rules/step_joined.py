"""An infinitive the step's model answer joins a reflexive pronoun to («quiero apuntarme»,
«una cita para cortarme el pelo»), written with another person's («apuntarte», «cortarse»):
the pronoun is the model answer's. Part of the step family (rules/step.py)."""

from langbot.grading.rules.base import Context, Hit


def step_joined_pronoun(ctx: Context):
    """The step's infinitive with another reflexive pronoun joined than its model answer's."""
    a = ctx.analysis
    for i in range(len(a)):
        word = a.at(i)
        for f in a.of(i, "VERB"):
            if f.form != "inf" or not word.startswith(f.lemma) or word == f.lemma:
                continue
            joined = word[len(f.lemma) :]
            wanted = [
                w[len(f.lemma) :]
                for w in ctx.infinitives
                if w.startswith(f.lemma) and w[len(f.lemma) :] in ctx.kb.reflexive
            ]
            if joined in ctx.kb.reflexive and len(wanted) == 1 and wanted[0] != joined:
                written = a.original(i)
                yield Hit(i, i + 1, written[: len(f.lemma)] + wanted[0], {})
                return


FINDERS = {"step_joined_pronoun": step_joined_pronoun}
