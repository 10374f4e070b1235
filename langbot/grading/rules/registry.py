"""The one list of grammar rules: every family module's finders joined with its rule file,
loaded once; a rule file that is malformed, or that names a rule no finder has (or the other
way round), stops start-up naming the file and the rule."""

import threading
from functools import lru_cache
from pathlib import Path
from typing import get_args

from pydantic import BaseModel, ConfigDict, ValidationError

from langbot.datafiles import format_validation_error, read_yaml
from langbot.errors import LessonFileError
from langbot.grading.analyses import analysed
from langbot.grading.analysis import Features, Lexicon
from langbot.grading.knowledge import Knowledge, knowledge
from langbot.grading.knowledge_lexicon import KnowledgeLexicon
from langbot.grading.layered_lexicon import LayeredLexicon
from langbot.grading.lexicon import lexicon
from langbot.grading.reader import GrammarError
from langbot.grading.rules import (
    agreement,
    articles,
    clauses,
    clock,
    complements,
    constructions,
    copula,
    everyday,
    gustar,
    little,
    negation,
    object_pronouns,
    prepositions,
    reflexive,
    step,
    verb_links,
    verbs,
    weather,
)
from langbot.grading.rules.base import RULES_DIR, Context, Rule, SharedWords, load_rule_file
from langbot.grading.rules.triggers import sentence_keys, trigger_keys
from langbot.grading.tokens import Tokens
from langbot.grading.verbs import Behaviour
from langbot.text import fold

FAMILIES = {
    "agreement": agreement,
    "verbs": verbs,
    "gustar": gustar,
    "little": little,
    "clauses": clauses,
    "copula": copula,
    "constructions": constructions,
    "reflexive": reflexive,
    "prepositions": prepositions,
    "complements": complements,
    "step": step,
    "articles": articles,
    "weather": weather,
    "clock": clock,
    "object_pronouns": object_pronouns,
    "verb_links": verb_links,
    "everyday": everyday,
    "negation": negation,
}
CLOSED_FILE = RULES_DIR.parent / "closed_words.yaml"
SHARED_FILE = "shared.yaml"  # the word lists several families read
CLASS_LISTS = "_classes"  # a words key ending so lists vocabulary classes
_LOCK = threading.Lock()


class ClosedWords(BaseModel):
    """The closed classes the lexicon adds to the vocabulary: determiners with their gender
    and number ("m s", "- p" for either gender)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    determiners: dict[str, str]


def _shared_words(path: Path) -> dict[str, list[str]]:
    data = read_yaml(path, LessonFileError)
    try:
        return SharedWords.model_validate(data).words
    except ValidationError as e:
        raise LessonFileError(format_validation_error(path, e)) from e


def _check_classes(path: Path, words: dict[str, list[str]], classes: frozenset[str]) -> None:
    """A list of word classes (a name ending in `_classes`) names only the vocabulary's."""
    for key, values in words.items():
        unknown = [v for v in values if key.endswith(CLASS_LISTS) and v not in classes]
        if unknown:
            raise LessonFileError(
                f"{path}: words: {key}: {unknown[0]!r} is no class of the vocabulary files"
            )


def load_rules(
    directory: Path = RULES_DIR, classes: frozenset[str] | None = None
) -> tuple[Rule, ...]:
    """Every rule of every family, in family order, each family's words over the shared
    ones; LessonFileError on any mismatch, or (given the vocabulary's `classes`) on a
    class list naming a class it lacks."""
    rules = []
    shared = _shared_words(directory / SHARED_FILE)
    if classes is not None:
        _check_classes(directory / SHARED_FILE, shared, classes)
    for family, module in FAMILIES.items():
        path = directory / f"{family}.yaml"
        data = load_rule_file(path)
        if classes is not None:
            _check_classes(path, data.words, classes)
        listed = shared | data.words
        words = {k: tuple(fold(w) for w in v) for k, v in listed.items()}
        spelled = {k: tuple(v) for k, v in listed.items()}
        ids = [r.id for r in data.rules]
        for rule_id in ids:
            if rule_id not in module.FINDERS:
                raise LessonFileError(f"{path}: rule {rule_id!r}: no finder of that id")
        for rule_id in module.FINDERS:
            if rule_id not in ids:
                raise LessonFileError(f"{path}: rule {rule_id!r}: missing from the file")
        for spec in data.rules:
            where = f"{path}: rule {spec.id!r}"
            trigger = trigger_keys(spec.trigger, words, _verbs_with, where)
            rules.append(Rule(spec, family, words, module.FINDERS[spec.id], spelled, trigger))
    return tuple(rules)


@lru_cache(maxsize=8)
def _verbs_with(behaviour: str) -> tuple[str, ...]:
    """The infinitives verbs.yaml lists with a behaviour (like_gustar...), for triggers."""
    entries = knowledge().verbs.entries
    if behaviour not in get_args(Behaviour):
        raise LessonFileError(f"trigger verbs:{behaviour}: no verb behaviour of that name")
    return tuple(lemma for lemma, entry in entries.items() if getattr(entry, behaviour))


def _closed_features(kb: Knowledge, path: Path = CLOSED_FILE) -> dict[str, list[Features]]:
    data = read_yaml(path, LessonFileError)
    try:
        closed = ClosedWords.model_validate(data)
    except ValidationError as e:
        raise LessonFileError(format_validation_error(path, e)) from e
    out: dict[str, list[Features]] = {}
    for word, spec in closed.determiners.items():
        gender, _, number = spec.partition(" ")
        g = None if gender == "-" else gender
        out.setdefault(fold(word), []).append(Features("DET", word, g, number))
    by_type = kb.vocabulary.function_words_by_type
    for kind, pos in (("prepositions", "ADP"), ("conjunctions", "CONJ"), ("numbers", "NUM")):
        for word in by_type.get(kind, ()):
            out.setdefault(word, []).append(Features(pos, word))
    for word, person in kb.subjects.items():
        out.setdefault(word, []).append(Features("PRON", word, person=person))
    for word in by_type.get("pronouns_object", ()):
        out.setdefault(word, []).append(Features("CLITIC", word))
    for word in by_type.get("adverbs", ()):
        out.setdefault(word, []).append(Features("ADV", word))
    return out


@lru_cache(maxsize=1)
def _engine() -> tuple[Lexicon, tuple[Rule, ...]]:
    kb = knowledge()
    curated = KnowledgeLexicon(kb, _closed_features(kb))
    classes = kb.vocabulary.noun_classes | kb.vocabulary.adjective_classes
    return LayeredLexicon(curated, lexicon()), load_rules(RULES_DIR, frozenset(classes))


def engine() -> tuple[Lexicon, tuple[Rule, ...]]:
    """The lexicon and the rules, loaded on first use (thread-safe)."""
    with _LOCK:
        return _engine()


def run_rules(
    tokens: Tokens,
    kb: Knowledge,
    reflexive_verbs: dict[str, str] | None = None,
    subject: tuple[str | None, str] = (None, "s"),
    age_step: bool = False,
    persons: dict[str, str] | None = None,
    include_off: bool = False,
    infinitives: frozenset[str] = frozenset(),
    step_verbs: frozenset[str] = frozenset(),
    past_verbs: dict[str, tuple[str, str]] | None = None,
) -> list[tuple[str, GrammarError]]:
    """Every shipped rule's errors in one sentence, as (rule id, error); with `include_off`,
    the rules switched off too (to score them)."""
    lexicon, rules = engine()
    analysis = analysed(tokens, lexicon)  # the meaning readers' too, on a turn
    out = []
    ctx = Context(analysis, kb, {}, reflexive_verbs or {}, subject, age_step, persons=persons or {})
    ctx.infinitives = infinitives
    ctx.step_verbs = step_verbs
    ctx.past_verbs = past_verbs or {}
    keys = sentence_keys(analysis)
    for rule in rules if include_off else _shipped(rules):
        if rule.trigger is not None and keys.isdisjoint(rule.trigger):
            continue  # the sentence holds nothing the finder needs
        ctx.words, ctx.spelled = rule.words, rule.spelled
        found = rule.run(ctx)
        if found:
            rule_id = rule.spec.id
            out.extend((rule_id, e) for e in found)
    return out


_SHIPPED: dict[int, tuple[tuple[Rule, ...], tuple[Rule, ...]]] = {}


def _shipped(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rules not switched off, listed once (the rules are kept beside, so the id of a
    tuple still loaded names it alone)."""
    kept = _SHIPPED.get(id(rules))
    if kept is None or kept[0] is not rules:
        kept = _SHIPPED[id(rules)] = (rules, tuple(r for r in rules if not r.spec.switched_off))
    return kept[1]
