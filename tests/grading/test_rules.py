"""Every grammar rule's examples are its tests; malformed rule files stop start-up. The
precision gate on the real learners' pairs is in test_rule_precision.py."""

import shutil

import pytest

from langbot.errors import LessonFileError
from langbot.grading.knowledge import knowledge
from langbot.grading.rules.base import RULES_DIR
from langbot.grading.rules.registry import engine, load_rules, run_rules
from langbot.grading.rules.scores import score_rules
from langbot.grading.tokens import tokenize

RULES = engine()[1]


def _step_reflexives() -> dict[str, str]:
    """What a step whose vocabulary lists every reflexive verb passes to the rules."""
    entries = knowledge().verbs.entries
    return {inf.removesuffix("se"): inf for inf, e in entries.items() if e.reflexive}


def _step_persons() -> dict[str, str]:
    """What a step whose model answer speaks of oneself with every verb passes to the rules."""
    entries = knowledge().verbs.entries
    return {inf: "1s" for inf, e in entries.items() if not e.like_gustar}


def _step_past() -> dict[str, tuple[str, str]]:
    """What a step that tells every verb in the preterite, in no form of its own, passes."""
    return {inf: ("past", "") for inf in knowledge().verbs.entries}


def _fired(text: str, examples=None) -> list:
    return run_rules(
        tokenize(text),
        knowledge(),
        _step_reflexives(),
        getattr(examples, "step_subject", None) or (None, "s"),
        persons=_step_persons(),
        include_off=True,
        infinitives=frozenset(getattr(examples, "step_infinitives", ())),
        past_verbs=_step_past(),
    )


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.spec.id)
def test_every_wrong_example_is_flagged_with_its_fix(rule):
    for example in rule.spec.examples.wrong:
        fired = _fired(example.text, rule.spec.examples)
        mine = [e for rule_id, e in fired if rule_id == rule.spec.id]
        assert mine, f"{rule.spec.id} does not flag {example.text!r}"
        assert example.fix in [e.fix for e in mine], (example.text, [e.fix for e in mine])
        assert all(e.message for e in mine)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.spec.id)
def test_no_right_example_is_flagged_by_its_rule(rule):
    for text in rule.spec.examples.right:
        fired = _fired(text, rule.spec.examples)
        mine = [e.message for rule_id, e in fired if rule_id == rule.spec.id]
        assert not mine, (text, mine)


def test_an_unaccented_past_is_not_taken_for_a_regularised_present_with_no_step():
    """«Frida comenzo la escuela»: comenzó without its accent; telling the learner to say
    «comienzo» would be wrong. With «yo» said, «Yo empezo» is still «empiezo»."""
    from langbot.grading import sentence_errors

    unaccented = sentence_errors("Frida comenzo la escuela tarde.")
    assert not [e for e in unaccented if e.fix == "comienzo"]
    assert "empiezo" in [e.fix for e in sentence_errors("Yo empezo a las ocho.")]


def test_the_issue_examples_are_caught_with_their_fix():
    from langbot.grading import sentence_errors

    cases = {
        "Mi hermano muy alto.": "es muy",
        "Mi padre es trabaja en un banco.": "trabaja",
        "Me gusta fútbol.": "el fútbol",
        "Me encanta a cocinar.": "cocinar",
        "Me gusta bailando.": "bailar",
        "Mi gusta el cine.": "me",
        "Tengo una tía y un prima.": "una",
        "Estoy a casa.": "en",
        "Vivo a Madrid.": "en",
        "Voy a el cine.": "al",
        "Vivo con mi madre y hija.": "e",
        "Vivo en una casa tiene jardín.": "que tiene",
        "Mi madre trabajo en un banco.": "trabaja",
        "Tengo dos perro.": "perros",
        "Yo trabajar en un banco.": "trabajo",
        "Trabajo a un banco.": "en",
        "Voy en el cine.": "a",
        "Perros son muy leales.": "los perros",
        "Soy nerviosa hoy.": "estoy",
        "Estoy de Madrid.": "soy",
        "Ella muy simpática.": "es muy",
    }
    for text, fix in cases.items():
        assert fix in [e.fix for e in sentence_errors(text)], text


def _copy_rules(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    return folder


def test_a_rule_with_an_unknown_field_stops_start_up_naming_file_rule_and_field(tmp_path):
    folder = _copy_rules(tmp_path)
    path = folder / "little.yaml"
    path.write_text(path.read_text().replace("kind: y_e", "kind: y_e\n    severity: high", 1))
    with pytest.raises(LessonFileError) as caught:
        load_rules(folder)
    message = str(caught.value)
    assert "little.yaml" in message and "y_before_i" in message and "severity" in message


@pytest.mark.parametrize(
    "old,new,match",
    [
        ("kind: que_clause", "kind: relative", "clauses.yaml.*relative_que.*kind"),
        ("id: relative_que", "id: relative_quee", "clauses.yaml.*relative_quee"),
        (
            "error_kind: word_form",
            "error_kind: que_clause",
            "clauses.yaml.*relative_que.*error_kind",
        ),
    ],
    ids=["unknown_kind", "rule_no_code_finds", "error_kind_the_judge_does_not_name"],
)
def test_a_rule_with_an_unknown_kind_or_naming_a_rule_no_code_finds_is_refused(
    tmp_path, old, new, match
):
    folder = _copy_rules(tmp_path)
    path = folder / "clauses.yaml"
    path.write_text(path.read_text().replace(old, new, 1))
    with pytest.raises(LessonFileError, match=match):
        load_rules(folder)


def test_a_malformed_shared_word_file_stops_start_up_naming_file_and_field(tmp_path):
    folder = _copy_rules(tmp_path)
    path = folder / "shared.yaml"
    path.write_text(path.read_text().replace("\nwords:", "\nlists: {}\nwords:", 1))
    with pytest.raises(LessonFileError, match=r"shared\.yaml.*lists"):
        load_rules(folder)


def test_shared_words_reach_every_family_and_a_family_may_read_its_own(tmp_path):
    """One list for what several families read («coordinators»); a family's own wins."""
    rules = load_rules(RULES_DIR)
    assert {r.words["coordinators"] for r in rules} == {("y", "e", "o", "u", "ni")}
    folder = _copy_rules(tmp_path)
    path = folder / "little.yaml"
    path.write_text(path.read_text().replace("words:", "words:\n  coordinators: [y]", 1))
    mine = {r.family: r.words["coordinators"] for r in load_rules(folder)}
    assert mine["little"] == ("y",) and mine["agreement"] == ("y", "e", "o", "u", "ni")


def test_a_class_list_naming_a_class_no_vocabulary_file_defines_stops_start_up(tmp_path):
    """A misspelt class in a rule file would silently match nothing («day» for weekday)."""
    folder = _copy_rules(tmp_path)
    path = folder / "verbs.yaml"
    path.write_text(
        path.read_text().replace("calendar_classes: [time,", "calendar_classes: [day, time,", 1)
    )
    load_rules(RULES_DIR, knowledge_classes())  # the shipped files name only real classes
    with pytest.raises(LessonFileError, match=r"verbs\.yaml: words: calendar_classes: 'day'"):
        load_rules(folder, knowledge_classes())


def knowledge_classes() -> frozenset[str]:
    """Every class the vocabulary files define."""
    vocabulary = knowledge().vocabulary
    return frozenset(vocabulary.noun_classes | vocabulary.adjective_classes)


def test_the_rule_modules_hold_no_spanish_words():
    """Words live in the rule files; the code names parts of speech and features only."""
    import ast
    from pathlib import Path
    from typing import get_args

    import langbot.grading.rules as package
    from langbot.conversation import ERROR_KINDS
    from langbot.grading.rules.base import RuleKind

    kinds = set(get_args(RuleKind)) | set(ERROR_KINDS)  # names, not words
    spanish = knowledge().spanish_words - kinds
    folder = Path(package.__file__).parent
    files = [*folder.glob("*.py"), folder.parent / "analysis.py"]
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if node.value.lower() in spanish and len(node.value) > 1:
                    found.append((path.name, node.value))
    assert not found


def test_an_unknown_word_is_never_an_error():
    """A word the lexicon does not know has no readings, so no rule can fire on it."""
    from langbot.grading import sentence_errors

    for text in ("Tengo una tía y un primox.", "Me gusta futbolx.", "Mi madre trabajox mucho."):
        assert not [e for e in sentence_errors(text) if e.kind != "spelling"], text


def test_the_analysis_reads_any_lexicon_through_its_one_method():
    """The lexicon is an interface: a generated lexicon can replace the built-in one."""
    from langbot.grading.analysis import Analysis, Features

    class Tiny:
        def lookup(self, folded: str) -> tuple[Features, ...]:
            return (Features("NOUN", "casa", "f", "s"),) if folded == "casa" else ()

    analysis = Analysis(tokenize("una casa"), Tiny())
    assert analysis.of(1, "NOUN")[0].gender == "f"
    assert analysis.readings[0] == ()


def test_the_rule_table_counts_fires_on_learner_and_corrected_sentences():
    from langbot.grading.rules.scores import format_rule_table
    from langbot.real_eval import Pair

    pair = Pair(
        learner="Me gusta bailando.", corrected="Me gusta bailar.", kinds=["gustar"], source="t"
    )
    scores = score_rules([pair])
    assert scores["gustar_gerund"]["learner"] == 1
    assert scores["gustar_gerund"]["corrected"] == 0
    assert scores["gustar_gerund"]["recall"] == 1.0
    line = next(x for x in format_rule_table(scores, scores).splitlines() if "gustar_gerund" in x)
    assert line.split()[2:7] == ["1/0", "(0)", "100.0%", "100.0%", "100.0%"]
    assert line.endswith("yes")
