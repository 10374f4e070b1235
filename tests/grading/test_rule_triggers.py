"""Rule triggers (speed only, rules/triggers.py): the registry skips a rule's finder on a
sentence holding nothing its trigger names, so a trigger must never hide an error the finder
would find. Checked by running each triggered finder anyway on thousands of real sentences
(the tuning pairs, the tuning eval rows, every rule's examples) that lack its trigger."""

import shutil

import pytest

from langbot.errors import LessonFileError
from langbot.evaluation import EVALS_DIR, load_eval_set
from langbot.grading.analysis import Analysis
from langbot.grading.knowledge import knowledge
from langbot.grading.rules import registry
from langbot.grading.rules.base import RULES_DIR, Context
from langbot.grading.rules.triggers import sentence_keys, trigger_keys
from langbot.grading.step_context import step_context
from langbot.grading.tokens import tokenize
from langbot.lessons import load_lessons
from langbot.real_eval import PAIRS_DIR, load_pairs
from langbot.text import fold


def _sentences() -> list[str]:
    texts = []
    for pair in load_pairs(PAIRS_DIR):
        texts += [pair.learner, pair.corrected]
    for folder in (None, EVALS_DIR / "real-native", EVALS_DIR / "real-learner"):
        texts += [row.text for row in (load_eval_set(folder) if folder else load_eval_set())]
    for rule in registry.engine()[1]:
        texts += [w.text for w in rule.spec.examples.wrong] + rule.spec.examples.right
    return list(dict.fromkeys(texts))


def test_no_triggered_finder_finds_anything_in_a_sentence_without_its_trigger():
    assert len([r for r in registry.engine()[1] if r.trigger is not None]) >= 20
    checked, wrongly_skipped = _skipped_finds((text, Context) for text in _sentences())
    assert checked > 100_000
    assert not wrongly_skipped, wrongly_skipped[:10]


def _skipped_finds(rows):
    """How many (rule, sentence) runs a trigger skips, and those whose finder finds anything;
    each row is a text and a function making its Context from the analysis and knowledge."""
    lexicon, rules = registry.engine()
    triggered = [r for r in rules if r.trigger is not None]
    kb, wrongly_skipped, checked = knowledge(), [], 0
    for text, make_context in rows:
        analysis = Analysis(tokenize(text), lexicon)
        keys = sentence_keys(analysis)
        ctx = make_context(analysis, kb, {})
        for rule in triggered:
            if keys.isdisjoint(rule.trigger):
                ctx.words, ctx.spelled = rule.words, rule.spelled
                checked += 1
                if rule.run(ctx):
                    wrongly_skipped.append((rule.spec.id, text))
    return checked, wrongly_skipped


def _step_rows():
    """The tuning rows of the built-in lessons, each with its step's context for the rules."""
    lessons, kb = load_lessons(), knowledge()
    for folder in (None, EVALS_DIR / "real-native", EVALS_DIR / "real-learner"):
        for row in load_eval_set(folder) if folder else load_eval_set():
            lesson = lessons[row.lesson]
            step = step_context(lesson, row.step)
            model = fold(lesson.step(row.step).model_answer).split()
            age = not set(kb.words.age_words).isdisjoint(model)
            yield row.text, (step.reflexive, step.subject, age, step.persons, step)


def test_no_triggered_finder_finds_anything_at_a_step_in_a_sentence_without_its_trigger():
    """As above with a step's own context (its reflexive verbs, subject, persons, verbs):
    a finder that reads them must not fire at a step either where its trigger is absent."""
    checked, wrongly_skipped = _skipped_finds(
        (text, _at_step(*context)) for text, context in _step_rows()
    )
    assert checked > 50_000
    assert not wrongly_skipped, wrongly_skipped[:10]


def _at_step(reflexive, subject, age, persons, step):
    """A maker of the rules' Context at a step: its reflexive verbs, subject, persons, verbs."""

    def make(analysis, kb, words):
        ctx = Context(analysis, kb, words, reflexive, subject, age, persons=persons)
        ctx.infinitives, ctx.step_verbs = step.infinitives, step.verbs
        return ctx

    return make


def test_a_triggered_rule_still_flags_its_wrong_examples_through_the_registry():
    kb = knowledge()
    for rule in registry.engine()[1]:
        if rule.trigger is None or rule.spec.switched_off:
            continue
        for wrong in rule.spec.examples.wrong:
            found = registry.run_rules(tokenize(wrong.text), kb)
            assert rule.spec.id in {rule_id for rule_id, _ in found}, (rule.spec.id, wrong.text)


def test_a_trigger_naming_a_words_list_the_family_lacks_stops_start_up(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    path = folder / "copula.yaml"
    text = path.read_text().replace("trigger: [lemmas:copulas]", "trigger: [lemmas:copulae]", 1)
    path.write_text(text)
    with pytest.raises(LessonFileError, match=r"copula\.yaml.*ser_with_state.*copulae"):
        registry.load_rules(folder)


def test_a_forms_trigger_names_every_word_of_each_entry_and_a_words_trigger_the_first():
    lists = {"sets": ("el la los las", "un una")}
    forms = trigger_keys(["forms:sets"], lists, lambda _: (), "here")
    assert forms == {"w:el", "w:la", "w:los", "w:las", "w:un", "w:una"}
    assert trigger_keys(["words:sets"], lists, lambda _: (), "here") == {"w:el", "w:un"}
