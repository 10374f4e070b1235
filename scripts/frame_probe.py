"""Frames natives put around an answer, graded by the built-in judge (a probe, not a test set).

Takes every step's model answer and every row of the tuning eval files (evals/*.yaml and
evals/yaml-only/tuning/; never a held-out folder), applies the frames of scripts/frames.yaml
that keep the answer natural for the step's kind of `asks`, grades original and framed text
at the step, and writes OUT/probe.tsv (one line per framed text) and OUT/summary.txt:
  PYTHONPATH=.:scripts python scripts/frame_probe.py /work/wt/robust-probe [--lesson ID]
A framed text real_data.heldout would put in a held-out half is dropped, never graded.
"""

import sys
from collections import defaultdict
from pathlib import Path

import yaml
from real_data import heldout

from langbot.conversation import Conversation
from langbot.eval_cli import build_eval_tutor
from langbot.evaluation import EVALS_DIR, YAML_ONLY_DIR, load_eval_set
from langbot.grading.lexicon import lexicon
from langbot.text import fold

FRAMES = yaml.safe_load((Path(__file__).parent / "frames.yaml").read_text(encoding="utf-8"))
VERBS = Path(__file__).parents[1] / "langbot" / "grading" / "data" / "verbs.yaml"
W = FRAMES["words"]
ENDS = ".!?"
FUNCTION_POS = {"DET", "NUM", "VERB", "AUX", "ADV", "PRON", "ADP", "CCONJ", "SCONJ", "INTJ"}


def _gustar_like() -> frozenset[str]:
    verbs = yaml.safe_load(VERBS.read_text(encoding="utf-8"))["verbs"]
    return frozenset(
        v for v, e in verbs.items() if e.get("like_gustar") and not e.get("also_personal")
    )


GUSTAR = _gustar_like()


def words(text: str) -> list[str]:
    """The folded words of a text."""
    return fold(text).split()


def readings(word: str):
    """The lexicon's readings of one folded word."""
    return lexicon().readings_folded(word)


def is_name(word: str) -> bool:
    """Whether a capitalised word is a proper name (kept capitalised after an opener)."""
    pos = {r.upos for r in readings(fold(word).strip())}
    return word[:1].isupper() and "PROPN" in pos and not pos & FUNCTION_POS


def lower_first(text: str) -> str:
    """The text with its first letter lower-cased unless it starts a proper name."""
    i = next((k for k, c in enumerate(text) if c.isalpha()), None)
    if i is None:
        return text
    first = text[i:].split()[0]
    return text if is_name(first) else text[:i] + text[i].lower() + text[i + 1 :]


def upper_first(text: str) -> str:
    """The text with its first letter upper-cased."""
    i = next((k for k, c in enumerate(text) if c.isalpha()), None)
    return text if i is None else text[:i] + text[i].upper() + text[i + 1 :]


def allowed(kinds: list[str], kind: str) -> bool:
    """Whether a frame listed for `kinds` fits a step of this kind."""
    return kind not in FRAMES["never"] and ("*" in kinds or kind in kinds)


def starts_yes_no(text: str) -> bool:
    """Whether the answer starts with sí or no."""
    first = words(text)[:1]
    return bool(first) and first[0] in {fold(W["si"]), fold(W["nope"])}


def finite(text: str) -> bool:
    """Whether a word of the text reads only as a finite verb (or a clitic before one)."""
    return any(
        all(r.upos in {"VERB", "AUX"} and r.verbform == "Fin" for r in readings(w))
        for w in words(text)
        if readings(w)
    )


def clause_fits(spec: dict, text: str) -> bool:
    """Whether «… que» fits before the answer: a statement, not a yes/no, question or request
    (and «la verdad es que» only before a clause: «la verdad es que me gusta»)."""
    if starts_yes_no(text) or text.lstrip()[:1] in "¿¡" or "?" in text:
        return False
    said = set(words(text))
    if max(words(spec["text"]), key=len) in said or said & {fold(w) for w in W["request"]}:
        return False
    return finite(text) or not spec.get("needs_verb")


def opener(spec: dict, text: str) -> str | None:
    """The answer after an opener, or None where it would not be natural."""
    if fold(spec["text"]).split()[0] == (words(text) or [""])[0]:
        return None
    if spec.get("clause") and not clause_fits(spec, text):
        return None
    return spec["text"] + ("," if spec.get("comma") else "") + " " + lower_first(text)


def formal(bot: str) -> bool | None:
    """Whether the bot's line speaks to usted (True), to tú (False), or cannot tell (None)."""
    folded = words(bot)
    if any(r.person == "2" and r.upos in {"VERB", "AUX"} for w in folded for r in readings(w)):
        return False
    return True if set(folded) & {fold(u) for u in W["usted"]} else None


def closer(name: str, spec: dict, text: str, bot: str) -> str | None:
    """The answer with a closer at its end, or None where it would not be natural."""
    body = text.rstrip()
    if fold(spec["text"]).strip() in fold(body):
        return None
    if body.endswith("?"):
        return body[:-1] + ", " + spec["text"] + "?" if name == "por_favor" else None
    if body.endswith("!"):
        return None
    said = spec["text"]
    if name == "y_tu":
        how = formal(bot)
        if how is None:
            return None
        said = spec["formal"] if how else said
    return body.rstrip(ENDS) + ", " + said + ("" if said.endswith("?") else ".")


def said_by_me(r) -> bool:
    """Whether a reading is a verb in the first person singular of a main clause."""
    main = r.mood in {"Ind", "Cnd"} or (r.mood == "Sub" and r.tense == "Imp")
    return r.upos in {"VERB", "AUX"} and r.person == "1" and r.number == "Sing" and main


def with_pronoun(text: str) -> str | None:
    """The answer with its subject pronoun added (or dropped), as natives vary it."""
    ws = words(text)
    if not ws:
        return None
    if ws[0] == fold(W["yo"]) and len(ws) > 1:
        return upper_first(text.lstrip()[len(W["yo"]) :].lstrip())
    if ws[:2] == fold(W["a_mi"]).split() and len(ws) > 2:
        return upper_first(text.lstrip()[len(W["a_mi"]) :].lstrip())
    if text.lstrip()[:1] in "¿¡":
        return None
    first_person = any(map(said_by_me, readings(ws[0]))) and not any(
        r.upos in {"DET", "NUM", "PRON", "ADP", "NOUN", "ADJ"} for r in readings(ws[0])
    )
    if first_person:
        return upper_first(W["yo"] + " " + lower_first(text))
    if len(ws) > 1 and any(r.upos == "PRON" and r.person == "1" for r in readings(ws[0])):
        after = readings(ws[1])
        if any(r.lemma in GUSTAR and r.person == "3" for r in after):
            return upper_first(W["a_mi"] + " " + lower_first(text))
        if any(map(said_by_me, after)):
            return upper_first(W["yo"] + " " + lower_first(text))
    return None


def negative(text: str) -> bool:
    """Whether the answer says no."""
    return bool(set(words(text)) & {fold(n) for n in W["negatives"]})


def present_only(text: str) -> bool:
    """Whether no word of the answer reads only as a past form."""
    for w in words(text):
        verbs = [r for r in readings(w) if r.upos in {"VERB", "AUX"}]
        if verbs and len(verbs) == len(readings(w)) and all(r.tense == "Past" for r in verbs):
            return False
    return True


def yes_no(text: str) -> str | None:
    """The answer after the sí or no its sense calls for."""
    if starts_yes_no(text) or text.lstrip()[:1] in "¿¡":
        return None
    word = W["nope"] if negative(text) else W["si"]
    return upper_first(word) + ", " + lower_first(text)


def es_que(text: str) -> str | None:
    """«No, es que …»: a reason after the no of a decline."""
    head = fold(W["nope"])
    ws = words(text)
    if len(ws) < 3 or ws[0] != head or ws[1] == head or fold(W["es_que"]) in fold(text):
        return None
    comma = text.find(",")
    if comma < 0 or not any(r.upos in {"VERB", "AUX"} for r in readings(ws[1])):
        return None
    return text[: comma + 1] + " " + W["es_que"] + " " + lower_first(text[comma + 1 :].lstrip())


def exclaimed(text: str) -> str | None:
    """«¡…!» around a one-sentence answer."""
    body = text.strip()
    if any(c in body.rstrip(ENDS) for c in ENDS + "¿¡"):
        return None
    return "¡" + body.rstrip(ENDS) + "!"


def bare(text: str) -> str | None:
    """Lower-case, with no final stop (as typed in a chat)."""
    out = text.strip().lower().rstrip(".!").lstrip("¡")
    return out if out != text.strip() else None


def frames_of(text: str, kind: str, bot: str, yes_no_question: bool, right: bool):
    """(frame, framed text) for every frame natural at a step of this kind."""
    for name, spec in FRAMES["openers"].items():
        if allowed(spec["kinds"], kind):
            yield name, opener(spec, text)
    for name, spec in FRAMES["closers"].items():
        if allowed(spec["kinds"], kind):
            yield name, closer(name, spec, text, bot)
    for name, spec in FRAMES["adverbs"].items():
        if kind in spec["kinds"] and present_only(text) and fold(spec["text"]) not in words(text):
            yield name, upper_first(spec["text"] + " " + lower_first(text))
    if right or not words(text)[:1] == [fold(W["yo"])]:  # a dropped yo may drop the error too
        yield "pronoun", with_pronoun(text)
    if yes_no_question or kind in FRAMES["yes_no_kinds"]:
        yield "si_no", yes_no(text)
    if kind in FRAMES["es_que_kinds"]:
        yield "es_que", es_que(text)
    if kind in FRAMES["exclamation_kinds"]:
        yield "exclamation", exclaimed(text)
    yield "bare", bare(text)


def sources(lessons: dict, yaml_only: bool, only: str | None):
    """(lesson, step, attempt, text, expected, category) of model answers and tuning rows."""
    rows = load_eval_set(YAML_ONLY_DIR / "tuning" if yaml_only else EVALS_DIR)
    for lid, lesson in lessons.items():
        if only and lid != only:
            continue
        for n, step in enumerate(lesson.steps, 1):
            yield lid, n, 1, step.model_answer, "correct", "model"
    for r in rows:
        if r.lesson in lessons and (not only or r.lesson == only):
            yield r.lesson, r.step, r.attempt, r.text, r.expected, r.category


def held(lesson: str, step: int, text: str, yaml_only: bool) -> bool:
    """Whether a framed text could be a held-out row (never graded)."""
    return heldout(text) or (yaml_only and heldout(f"{lesson}|{step}|{text}"))


def grade(tutor, lesson: str, step: int, attempt: int, text: str) -> bool:
    """Whether the judge accepts the text at the step."""
    conv = Conversation(lesson_id=lesson, step=step, attempt=attempt)
    try:
        return tutor.respond(conv, text).response.correct
    except Exception:  # an input the tutor refuses outright counts as refused
        return False


def probe(yaml_only: bool, only: str | None):
    """Each graded framed text as a row of fields."""
    tutor = build_eval_tutor("builtin", None, YAML_ONLY_DIR / "lessons" if yaml_only else None)
    lessons = tutor.lessons
    for lid, n, attempt, text, expected, category in sources(lessons, yaml_only, only):
        step = lessons[lid].step(n)
        kind = step.asks.kind if step.asks else "pattern"
        yes_no_q = bool(step.asks and step.asks.yes_no)
        before = grade(tutor, lid, n, attempt, text)
        seen = {text}
        for frame, framed in frames_of(text, kind, step.bot, yes_no_q, expected == "correct"):
            if framed is None or framed in seen or held(lid, n, framed, yaml_only):
                continue
            seen.add(framed)
            after = grade(tutor, lid, n, attempt, framed)
            yield [
                ("yaml" if yaml_only else "builtin"),
                lid,
                str(n),
                kind,
                frame,
                expected,
                category,
                str(before),
                str(after),
                text,
                framed,
            ]


def summary(rows: list[list[str]]) -> str:
    """Per frame and per kind: right kept accepted, wrong kept refused."""
    out = []
    for col, label in ((4, "frame"), (3, "asks kind"), (0, "lessons")):
        tally = defaultdict(lambda: [0, 0, 0, 0])
        for r in rows:
            right = r[5] == "correct"
            if r[7] != str(right):  # the original is already misjudged: not the frame's doing
                continue
            t = tally[r[col]]
            t[0 if right else 2] += 1
            t[1 if right else 3] += r[8] == str(right)
        out.append(f"{label:18} right kept accepted     wrong kept refused")
        for key, (n, k, m, j) in sorted(tally.items(), key=lambda kv: kv[1][1] - kv[1][0]):
            a = f"{k}/{n} {100 * k / n:.1f}%" if n else "-"
            b = f"{j}/{m} {100 * j / m:.1f}%" if m else "-"
            out.append(f"{key:18} {a:23} {b}")
        out.append("")
    return "\n".join(out)


def main(argv: list[str]) -> None:
    """Write OUT/probe.tsv and OUT/summary.txt."""
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    only = argv[argv.index("--lesson") + 1] if "--lesson" in argv else None
    rows = [r for yaml_only in (False, True) for r in probe(yaml_only, only)]
    with open(out / "probe.tsv", "w", encoding="utf-8") as f:
        for r in rows:
            f.write("\t".join(r) + "\n")
    text = summary(rows)
    (out / "summary.txt").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main(sys.argv[1:])
