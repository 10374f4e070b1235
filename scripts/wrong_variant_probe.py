"""Wrong on purpose: variants of each step's right answers made wrong as learners make them.

For every YAML-only lesson (`evals/yaml-only/lessons/`), a step's right answers are its model
answer and the `expected: correct` rows of the TUNING eval files for it (as in
`cross_step_probe.py`; never a held-out folder). Each is turned into variants a tutor must
refuse at that step, and each variant is graded at the step (first try); the accepted ones
are the loose shapes of the judge.

    PYTHONPATH=.:scripts python scripts/wrong_variant_probe.py [--out DIR] [--limit N]

The variants (a variant is made only when its shape applies to the answer and the step):
- `person`: a step about the learner (`who: i`) answered about someone else: a present verb
  of the first person singular put in the third («quiero» → «quiere», from the lexicon),
  «me» before a verb → «le»; a step about someone else (`who: other`) answered about oneself
  («le gustan» → «me gustan»).
- `we`: the same first-person verb put in the first person plural («quiero» → «queremos»),
  at a step about the learner alone.
- `past_for_plan`: at a `plan` step, «voy a» + infinitive → that verb's preterite for yo.
- `plan_for_past`: at a step whose question has a preterite, a preterite for yo of the answer
  → «voy a» + its infinitive.
- `negated`: at a step that wants a yes (`accept`), «sí» → «no» and «no» put before the
  first verb.
- `number_out`: where the bot's question names two or more numbers (its options) and the
  answer says one of them, that number → one the question does not name.
- `other_question`: fixed answers to another question word (a place, an hour, a day, a
  company, a reason, an age), each graded at the steps whose kind does not take it.

Held-out guard: a variant whose own hash is odd (`real_data.heldout(text)`) or whose row
"lesson|step|text" is odd is neither graded nor listed, only counted.

Writes DIR/summary.txt (variants refused by shape and by the step's kind), DIR/accepted.tsv
(lesson, step, kind, shape, question, variant, the right answer it came from).
"""

import re
import sys
from collections import Counter
from pathlib import Path

from cross_step_probe import SOURCES, grade, kind_of, right_answers
from probe_files import probe_parser, tsv
from real_data import heldout

from langbot.eval_cli import build_eval_tutor
from langbot.grading.lexicon import lexicon
from langbot.text import fold

OUT = Path("/work/wt/loose33-probe/variants")
WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+")
NUMBERS = "uno dos tres cuatro cinco seis siete ocho nueve diez once doce".split()
GUSTAR_LIKE = r"(gusta|gustan|encanta|encantan|interesa|interesan|duele|duelen|apetece|queda)"
# Answers to another question word, and the step kinds that may take them.
OTHER_ANSWERS = {
    "En el centro de la ciudad.": {"location", "residence", "directions", "plan", "activity"},
    "A las cinco de la tarde.": {"routine_time", "date", "plan", "accept_decline", "accept"},
    "El sábado por la mañana.": {"routine_time", "date", "plan", "accept_decline", "accept"},
    "Con mi hermana.": {"company", "plan", "activity"},
    "Porque me gusta mucho.": {"opinion", "liking"},
    "Tengo veinte años.": {"age"},
    "Me llamo Ana.": {"name", "greeting"},
}


class Forms:
    """The lexicon's verb forms by lemma, tense, person and number (one pass, lemmas asked)."""

    def __init__(self, lemmas: set[str]):
        self.table: dict[tuple, str] = {}
        for form, r in lexicon().verb_readings(lemmas):
            key = (r.lemma, r.tense, r.mood, r.person, r.number)
            if r.verbform == "Fin" and key not in self.table:
                self.table[key] = form

    def get(self, lemma, tense, person, number) -> str | None:
        """The form, or None."""
        return self.table.get((lemma, tense, "Ind", person, number))


def readings(word: str, tense: str, person: str, number: str):
    """The verb lemmas the word is a finite form of in that tense, person and number, when
    the word is read as nothing but a verb."""
    found = lexicon().readings(word.lower())
    if any(r.upos != "VERB" for r in found):
        return []  # «centro», «frío»: a noun too; only a word that is a verb alone is changed
    return [
        r.lemma
        for r in found
        if r.tense == tense and r.mood == "Ind" and r.person == person and r.number == number
    ]


def swap_word(text: str, old_new) -> str | None:
    """The text with the first word old_new maps changed, or None."""
    for m in WORD.finditer(text):
        new = old_new(m.group(0))
        if new:
            return text[: m.start()] + new + text[m.end() :]
    return None


def person_variants(text, step, forms) -> list[tuple[str, str]]:
    """The `person` and `we` variants."""
    out = []
    who = step.asks.who if step.asks else "i"
    if who == "other":
        made = re.sub(rf"\b[Ll]e {GUSTAR_LIKE}\b", r"me \1", text, count=1)
        if made != text:
            out.append(("person", made))
        return out
    made = re.sub(rf"\b[Mm]e {GUSTAR_LIKE}\b", r"le \1", text, count=1)
    if made != text:
        out.append(("person", made))
    for shape, person, number in (("person", "3", "Sing"), ("we", "1", "Plur")):

        def other(word, person=person, number=number):
            lemmas = readings(word, "Pres", "1", "Sing")
            return forms.get(lemmas[0], "Pres", person, number) if lemmas else None

        made = swap_word(text, other)
        if made and made != text:
            out.append((shape, made))
    return out


def tense_variants(text, step, forms) -> list[tuple[str, str]]:
    """The `past_for_plan` and `plan_for_past` variants."""
    out = []
    m = re.search(r"\b([Vv]oy|[Vv]amos) a (\w+r)\b", text)
    if step.asks and step.asks.kind == "plan" and m:
        past = forms.get(m.group(2), "Past", "1", "Sing" if m.group(1)[0] in "Vv" else "Plur")
        if past:
            out.append(("past_for_plan", text[: m.start()] + past + text[m.end() :]))
    if any(
        readings(w, "Past", "3", "Sing") or readings(w, "Past", "2", "Sing")
        for w in WORD.findall(step.bot)
    ):

        def plan(word):
            lemmas = readings(word, "Past", "1", "Sing")
            return f"voy a {lemmas[0]}" if lemmas else None

        made = swap_word(text, plan)
        if made:
            out.append(("plan_for_past", made))
    return out


def negated_variants(text, step, forms) -> list[tuple[str, str]]:
    """The `negated` variant: a no to a step that wants a yes."""
    if not step.asks or step.asks.kind != "accept":
        return []
    made = re.sub(r"^\s*[¡]?[Ss]í\b", "No", text)
    verb = next((m for m in WORD.finditer(made) if _finite(m.group(0))), None)
    if verb is not None:
        made = made[: verb.start()] + "no " + made[verb.start() :]
    return [("negated", made)] if made != text else []


def _finite(word: str) -> bool:
    return any(r.upos == "VERB" and r.verbform == "Fin" for r in lexicon().readings(word.lower()))


def number_variants(text, step, forms) -> list[tuple[str, str]]:
    """The `number_out` variant: a number the question does not offer."""
    asked = [w for w in WORD.findall(fold(step.bot)) if w in NUMBERS] + re.findall(r"\d+", step.bot)
    if len(set(asked)) < 2:
        return []
    for m in re.finditer(r"\b(\w+)\b", text):
        word = fold(m.group(1))
        if word in asked:
            pool = NUMBERS if word in NUMBERS else [str(n) for n in range(1, 13)]
            new = next(n for n in reversed(pool) if n not in asked)
            return [("number_out", text[: m.start()] + new + text[m.end() :])]
    return []


def variants(text, step, forms) -> list[tuple[str, str]]:
    """Every variant of one right answer at its step."""
    return [
        v
        for make in (person_variants, tense_variants, negated_variants, number_variants)
        for v in make(text, step, forms)
    ]


def run(limit: int) -> tuple[list[dict], Counter]:
    """Grade every variant at its step; the results and the guarded counts."""
    lessons_dir, folders = SOURCES["yaml"]
    tutor = build_eval_tutor("builtin", None, lessons_dir)
    lessons = dict(tutor.lessons)
    answers = right_answers(lessons, folders)
    lemmas = {
        r.lemma
        for texts in answers.values()
        for a in texts
        for w in WORD.findall(a.text)
        for r in lexicon().readings(w.lower())
        if r.upos == "VERB"
    } | {w for texts in answers.values() for a in texts for w in WORD.findall(a.text.lower())}
    forms = Forms(lemmas)
    rows, guarded = [], Counter()
    for (lesson_id, number), texts in sorted(answers.items()):
        step = lessons[lesson_id].steps[number - 1]
        made = {(s, v): a.text for a in texts[:limit] for s, v in variants(a.text, step, forms)}
        kind = kind_of(step).split("/")[0]
        for other, kinds in OTHER_ANSWERS.items():
            if kind not in kinds and step.asks is not None:
                made[("other_question", other)] = ""
        for (shape, text), source in made.items():
            if text in {a.text for a in texts}:
                continue
            if heldout(text) or heldout(f"{lesson_id}|{number}|{text}"):
                guarded[shape] += 1
                continue
            result = grade(tutor, lesson_id, number, text, "incorrect")
            rows.append(
                {
                    "lesson": lesson_id,
                    "step": number,
                    "kind": kind_of(step),
                    "shape": shape,
                    "bot": step.bot,
                    "text": text,
                    "source": source,
                    "accepted": result.accepted,
                }
            )
    return rows, guarded


def summary(rows: list[dict], guarded: Counter) -> str:
    """Variants refused by shape and by the kind of the step."""
    lines = [f"variants graded {len(rows)}, refused {sum(not r['accepted'] for r in rows)}"]
    for key in ("shape", "kind"):
        total, acc = Counter(), Counter()
        for r in rows:
            total[r[key].split("/")[0]] += 1
            acc[r[key].split("/")[0]] += r["accepted"]
        lines.append(f"by {key}:")
        lines += [
            f"  {k:<16} accepted {acc[k]:>4} of {total[k]:>5}"
            for k in sorted(total, key=lambda k: -acc[k])
        ]
    lines.append("held-out guard: " + ", ".join(f"{k} {v}" for k, v in guarded.items()))
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    """Run the probe and write the files outside the repository."""
    parser = probe_parser(__doc__, OUT)
    parser.add_argument("--limit", type=int, default=6, help="right answers per step")
    args = parser.parse_args(argv)
    rows, guarded = run(args.limit)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "summary.txt").write_text(summary(rows, guarded), encoding="utf-8")
    cols = ["lesson", "step", "kind", "shape", "bot", "text", "source"]
    accepted = [r for r in rows if r["accepted"]]
    (args.out / "accepted.tsv").write_text(tsv(accepted, cols), encoding="utf-8")
    sys.stdout.write(summary(rows, guarded))


if __name__ == "__main__":
    main(sys.argv[1:])
