"""The judge contract: every judge speaks it, the core names no judge, one fault route, each
rule written once, and one way to show an outcome."""

import ast
import html
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from langbot.app.markup import turn_html
from langbot.conversation import Conversation, Judgement, ReplyEnd, Verdict, transition
from langbot.display import as_text, display_parts, write_turns
from langbot.errors import JudgeFallback
from langbot.grading import BuiltinJudge
from langbot.tutor import FALLBACK_SOURCE, SIMPLE_MODE, Tutor

ROOT = Path(__file__).resolve().parent.parent
CORE = ["langbot.conversation", "langbot.lessons", "langbot.outcome", "langbot.tutor"]
EVERY_LAYER = [*CORE, "langbot.grading", "langbot.llm.chain", "langbot.wiring", "langbot.api"]


@pytest.mark.parametrize("module", EVERY_LAYER)
def test_each_module_imports_alone(module):
    # a fresh interpreter per module: an import cycle shows up as an ImportError here
    run = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def _imports(path: Path) -> set[str]:
    """Every langbot module a file imports, at the top or inside a function."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {n for n in names if n.startswith("langbot")}


CORE_FILES = ["conversation", "lessons", "outcome", "tutor", "display", "replies"]
ABOVE_THE_CORE = (
    "langbot.grading",
    "langbot.llm",
    "langbot.storage",
    "langbot.app",
    "langbot.wiring",
)
FRONT_AND_WIRING = ("langbot.tutor", "langbot.wiring", "langbot.app", "langbot.cli", "langbot.api")


@pytest.mark.parametrize("name", CORE_FILES)
def test_the_core_names_no_judge(name):
    imported = _imports(ROOT / "langbot" / f"{name}.py")
    assert not {m for m in imported if m.startswith(ABOVE_THE_CORE)}


@pytest.mark.parametrize("judge", ["grading", "llm"])
def test_the_judges_take_the_contract_from_the_core(judge):
    for path in (ROOT / "langbot" / judge).rglob("*.py"):
        assert not {m for m in _imports(path) if m.startswith(FRONT_AND_WIRING)}, path


@pytest.mark.parametrize(
    ("attempt", "verdict", "move"),
    [
        (1, Verdict(True, "correct"), "next"),
        (3, Verdict(True, "correct"), "next"),
        (1, Verdict(False, "grammar"), "retry"),
        (2, Verdict(False, "english"), "retry"),
        (3, Verdict(False, "context"), "next"),  # the last try: the answer is shown
        (1, Verdict(False, "help"), "stay"),
        (3, Verdict(False, "help"), "stay"),  # help is free, even on the last try
    ],
)
def test_transition_table(attempt, verdict, move):
    assert transition(Conversation(lesson_id="x", attempt=attempt), verdict) == move


class Scripted:
    """A judge that says `verdict` and streams `chunks`, ending its reply with `end`."""

    name = "scripted"

    def __init__(self, verdict, chunks=(), end=None, fault=None):
        self.verdict, self.chunks, self.end, self.fault = verdict, chunks, end, fault

    def _reply(self):
        yield from self.chunks
        if self.fault:
            raise self.fault
        return self.end

    def judge(self, lesson, conversation, text):
        return Judgement(self.verdict, self._reply(), self.name)


class Counting(BuiltinJudge):
    """The built-in judge, counting its turns."""

    def __init__(self):
        self.turns = 0

    def judge(self, lesson, conversation, text):
        self.turns += 1
        return super().judge(lesson, conversation, text)


def _at(tutor, step, attempt=1):
    return tutor.start("greetings").model_copy(update={"step": step, "attempt": attempt})


def test_the_reply_ends_in_one_result_that_the_outcome_carries(lessons):
    miss = Verdict(False, "context", ("That isn't quite right yet.",))
    end = ReplyEnd("Casi. Di tu nombre.", ("Say your name.",))
    tutor = Tutor(lessons, Scripted(miss, ["Casi. ", "Di tu nombre."], end))
    stream = tutor.stream(_at(tutor, 2), "Yo bien")
    assert "".join(stream) == "Casi. Di tu nombre."
    assert stream.outcome.verdict.errors == ("Say your name.",)
    assert stream.outcome.response.text == "Casi. Di tu nombre."
    assert stream.outcome.conversation.attempt == 2 and stream.outcome.source == "scripted"


def test_a_cut_reply_leaves_the_script_its_wording(lessons):
    miss = Verdict(False, "context", ("That isn't quite right yet.",))
    tutor = Tutor(lessons, Scripted(miss, [], ReplyEnd("", miss.errors, scripted=True)))
    conv = _at(tutor, 2)
    outcome = tutor.respond(conv, "Yo bien")
    assert outcome.response.text == lessons["greetings"].steps[1].cues.general


def test_a_fallback_with_its_verdict_is_not_graded_again(lessons):
    builtin = Counting()
    right = Verdict(True, "correct")
    fallback = JudgeFallback("the endpoint is down", right)
    tutor = Tutor(lessons, Scripted(right, fault=fallback), builtin)
    outcome = tutor.respond(_at(tutor, 2), "Me llamo Ana")
    assert builtin.turns == 0 and outcome.source == FALLBACK_SOURCE
    assert outcome.messages[0].text == SIMPLE_MODE and outcome.conversation.step == 3


def test_a_fault_mid_reply_is_the_same_route(lessons):
    builtin = Counting()
    miss = Verdict(False, "context", ("x",))
    tutor = Tutor(lessons, Scripted(miss, ["Casi. "], fault=JudgeFallback("cut")), builtin)
    stream = tutor.stream(_at(tutor, 2), "Yo bien")
    assert "".join(stream) == "Casi. "  # nothing more: the UI renders the outcome as final
    assert builtin.turns == 1 and stream.outcome.messages[0].text == SIMPLE_MODE


def _visible(html_text: str) -> str:
    """What a browser shows of a bit of HTML: the text, tags dropped, entities read."""
    return html.unescape(re.sub(r"<[^>]+>", "", html_text))


def test_web_cli_and_api_show_the_same_parts(tutor, lessons):
    outcome = tutor.respond(_at(tutor, 2, attempt=1), "Me llamo Ana, y tu?")
    parts = display_parts(outcome.messages)
    assert [p.kind for p in parts] == ["followup", "note", "line"]
    out = io.StringIO()
    write_turns(outcome.messages, out)
    web = "\n".join(_visible(turn_html(t)) for t in outcome.messages)
    assert outcome.response.text == as_text(parts)
    for part in parts:
        shown = f"{part.label} {part.text}" if part.label else part.text
        assert out.getvalue().count(shown) == 1
        assert web.count(shown) == 1
        assert outcome.response.text.count(part.text) == 1


def test_the_import_contracts_hold():
    # pyproject.toml's [tool.importlinter]: the layers, and no import cycle anywhere in langbot
    run = subprocess.run(["lint-imports"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"Contracts: [4-9] kept, 0 broken\.", run.stdout), run.stdout


def test_the_acyclic_contract_names_each_cycle():
    import grimp

    sys.path.insert(0, str(ROOT))
    try:
        from scripts.import_cycles import _cycles
    finally:
        sys.path.remove(str(ROOT))
    graph = grimp.ImportGraph()
    for importer, imported in [("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.d", "p.a")]:
        graph.add_import(importer=importer, imported=imported)
    graph.add_import(importer="p.e", imported="p.f")
    graph.add_import(importer="p.f", imported="p.e")
    assert _cycles(graph, "p") == [["p.a", "p.b", "p.c"], ["p.e", "p.f"]]
    graph.remove_import(importer="p.f", imported="p.e")
    graph.remove_import(importer="p.c", imported="p.a")
    assert _cycles(graph, "p") == []
