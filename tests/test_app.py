"""The Streamlit app through AppTest: every page, a full lesson, saved progress, safe rendering."""

import html
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block

from langbot.app.listen import listen_html
from langbot.lessons import load_lesson_file
from langbot.tutor import MAX_INPUT_CHARS

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "streamlit_app.py"
LESSON_FILES = sorted((ROOT / "lessons").glob("*.yaml"))
GREETINGS = load_lesson_file(ROOT / "lessons" / "greetings.yaml")
LEARNER = "apptest-learner-0001"

# Greetings, step by step. Step 2 ("¿Cómo te llamas?") is missed three times.
RIGHT = [
    "Hola",
    None,
    "Soy de Londres",
    "Estoy bien",
    "Sí, soy estudiante",
    "Hablo un poco de español",
    "Adiós",
]
WRONG_STEP_2 = ["¿Qué hora es?", "My name is Ana", "me gusta el café"]
INJECTIONS = [
    "**bold**",
    "<script>alert(1)</script>",
    "![img](http://x)",
    "[link](javascript:alert(1))",
]


def open_app(
    page: str | None = None, learner: str | None = LEARNER, lesson: str | None = None
) -> AppTest:
    """Run the app's entry point, then switch to a page, as a browser with this URL would."""
    at = AppTest.from_file(str(APP), default_timeout=30)
    if learner:
        at.query_params["learner"] = learner
    if lesson:
        at.query_params["lesson"] = lesson
    at.run()
    if page:
        at.switch_page(f"langbot/app/pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def unescape(text: str) -> str:
    """What a Markdown string shows on screen: bold markers dropped, backslash escapes applied."""
    return re.sub(r"\\(.)", r"\1", re.sub(r"(?<!\\)\*\*", "", text))


def texts(block: Block) -> list[str]:
    """Every visible string inside a block (Markdown unescaped), depth first."""
    found: list[str] = []
    for node in block.children.values():
        if isinstance(node, Block):
            found.extend(texts(node))
        elif node.type in ("markdown", "caption", "text", "title", "header", "subheader"):
            found.append(node.value if node.type == "text" else unescape(node.value))
        elif node.type in ("error", "info", "success", "warning"):
            found.append(unescape(node.value))
        elif node.type == "html" and not _is_control(node.proto.body):
            found.append(shown_html(node.proto.body))
    return found


def shown_html(body: str) -> str:
    """The text an escaped-HTML element shows: tags dropped, entities decoded once."""
    body = re.sub(r'<div class="lb-listen">.*?</div>', "", body)  # a button, not bubble text
    return html.unescape(re.sub(r"<[^>]+>", "", body.replace("<br>", "\n")))


def _is_control(body: str) -> bool:
    """Style sheets and scripts: html elements that are not bubble text."""
    return "<style>" in body or body.startswith("<script>")


def spoken(block: Block) -> list[str]:
    """The text every listen button inside a block reads aloud, depth first."""
    found = []
    for body in htmls(block):
        found += [html.unescape(m) for m in re.findall(r'data-say="([^"]*)"', body)]
    return found


def htmls(block: Block) -> list[str]:
    """The raw bodies of every st.html element inside a block, depth first."""
    found: list[str] = []
    for node in block.children.values():
        if isinstance(node, Block):
            found.extend(htmls(node))
        elif node.type == "html":
            found.append(node.proto.body)
    return found


def bubble(at: AppTest, index: int = -1) -> str:
    return "\n".join(texts(at.chat_message[index]))


def say(at: AppTest, text: str) -> AppTest:
    at.chat_input[0].set_value(text).run()
    assert not at.exception, at.exception
    return at


def status(at: AppTest) -> tuple[str, str]:
    """The chat header's one-line status: "Step k of n" and the attempt indicator."""
    body = next(b for b in htmls(at.main) if 'class="lb-status"' in b)
    step = re.search(r'class="lb-step">([^<]*)<', body).group(1)
    tries = re.search(r'class="lb-try">([^<]*)<', body).group(1)
    return step, html.unescape(tries)


# --- Home -----------------------------------------------------------------------------------


def test_home_explains_langbot_and_leads_to_the_lobby():
    at = open_app()
    shown = "\n".join(texts(at.main))
    assert "LangBot" in at.title[0].value
    for idea in ("The bot speaks first", "Cues, not answers", "Three tries", "The team"):
        assert idea in shown
    at.button[0].click().run()
    assert at.title[0].value == "Lessons"
    assert at.query_params["learner"] == LEARNER


def test_a_new_visitor_gets_a_learner_id_and_a_bad_one_is_replaced():
    at = open_app(learner=None)
    fresh = at.query_params["learner"]
    assert re.fullmatch(r"[A-Za-z0-9_-]{8,64}", fresh)
    at = open_app(learner="<bad id>")
    assert at.query_params["learner"] != "<bad id>"
    assert re.fullmatch(r"[A-Za-z0-9_-]{8,64}", at.query_params["learner"])


# --- Lobby ----------------------------------------------------------------------------------


def cards(block: Block) -> dict[str, str]:
    """Lesson id -> every visible string of its lobby card (cards are keyed `lb_card_<id>`)."""
    found: dict[str, str] = {}
    for node in block.children.values():
        if isinstance(node, Block):
            key = node._block_id or ""
            if "lb_card_" in key:
                found[key.split("lb_card_", 1)[1]] = "\n".join(texts(node))
            found.update(cards(node))
    return found


def test_lobby_has_one_card_per_lesson_file():
    at = open_app("lobby")
    found = cards(at.main)
    assert len(found) == len(LESSON_FILES)
    assert set(found) == {f.stem for f in LESSON_FILES}
    n_steps = len(GREETINGS.steps)
    for expected in (GREETINGS.title, "A1", f"{GREETINGS.minutes} min", f"{n_steps} steps", "New"):
        assert expected in found["greetings"]
    assert [b.label for b in at.button].count("Watch demo") == len(LESSON_FILES)
    assert [b.label for b in at.button].count("Start") == len(LESSON_FILES)


def test_a_new_lesson_file_adds_a_card(tmp_path, monkeypatch):
    lessons = tmp_path / "lessons"
    lessons.mkdir()
    source = (ROOT / "lessons" / "greetings.yaml").read_text(encoding="utf-8")
    (lessons / "greetings.yaml").write_text(source, encoding="utf-8")
    extra = source.replace("id: greetings", "id: saludos").replace("order: 1", "order: 2")
    (lessons / "saludos.yaml").write_text(extra, encoding="utf-8")
    monkeypatch.setenv("LANGBOT_LESSONS_DIR", str(lessons))
    assert set(cards(open_app("lobby").main)) == {"greetings", "saludos"}


def test_a_model_answer_its_step_rejects_is_named_once_the_background_check_finds_it(
    bad_lessons_dir, monkeypatch
):
    monkeypatch.setenv("LANGBOT_LESSONS_DIR", str(bad_lessons_dir))
    at = open_app("chat", lesson="greetings")
    for _ in range(60):  # the check runs in a background thread: a few seconds at most
        if at.error:
            break
        time.sleep(0.5)
        at.run()
    shown = unescape(at.error[0].value)
    assert "greetings.yaml: steps[1].model_answer 'Me gusta el café.' is not accepted" in shown


def test_lobby_shows_progress_and_completion():
    at = open_app("chat", lesson="greetings")
    say(at, "Hola")
    at = open_app("lobby")
    assert f"In progress · step 2 of {len(GREETINGS.steps)}" in cards(at.main)["greetings"]
    assert at.button(key="lb_start_greetings").label == "Continue"
    finish_greetings(open_app("chat", lesson="greetings"), from_step=2)
    at = open_app("lobby")
    assert "Completed" in cards(at.main)["greetings"]
    assert at.button(key="lb_start_greetings").label == "Start again"


def test_lobby_buttons_open_the_demo_and_the_chat():
    at = open_app("lobby")
    at.button(key="lb_demo_greetings").click().run()
    assert at.title[0].value == f"Demo: {GREETINGS.title}"
    at = open_app("lobby")
    at.button(key="lb_start_greetings").click().run()
    assert at.title[0].value == GREETINGS.title
    assert at.query_params == {"learner": LEARNER, "lesson": "greetings"}


# --- Demo -----------------------------------------------------------------------------------


def keyed(block: Block, key: str) -> Block | None:
    """The block created with `key=`, searched depth first."""
    for node in block.children.values():
        if isinstance(node, Block):
            if key in (node._block_id or ""):
                return node
            found = keyed(node, key)
            if found is not None:
                return found
    return None


def test_demo_plays_one_line_at_a_time_and_ends_with_start():
    at = open_app("demo", lesson="greetings")
    assert len(at.chat_message) == 1
    assert GREETINGS.demo[0].text in bubble(at, 0)
    assert at.progress[0].text == f"Line 1 of {len(GREETINGS.demo)}"
    assert "Start this lesson" not in [b.label for b in at.button]
    for shown in range(2, len(GREETINGS.demo) + 1):
        at.run()
        assert len(at.chat_message) == shown
    at.run()
    assert [bubble(at, i) for i in range(len(GREETINGS.demo))] == [
        line.text for line in GREETINGS.demo
    ]
    start = next(b for b in at.button if b.label == "Start this lesson")
    start.click().run()
    assert at.title[0].value == GREETINGS.title


def test_demo_skip_to_end_and_gloss_toggle():
    at = open_app("demo", lesson="greetings")
    next(b for b in at.button if b.label == "Skip to end").click().run()
    assert len(at.chat_message) == len(GREETINGS.demo)
    assert "Start this lesson" in [b.label for b in at.button]
    at.toggle[0].set_value(True).run()
    assert GREETINGS.demo[0].gloss in bubble(at, 0)


def test_demo_toggling_english_while_playing_skips_no_line():
    at = open_app("demo", lesson="greetings")
    at.run()
    assert len(at.chat_message) == 2
    at.toggle[0].set_value(True).run()
    assert len(at.chat_message) == 2, "the toggle's rerun is not the next line"
    assert GREETINGS.demo[1].gloss in bubble(at, 1)
    at.toggle[0].set_value(False).run()
    assert len(at.chat_message) == 2
    at.run()
    assert len(at.chat_message) == 3


def test_demo_is_labelled_as_an_example_and_scrolls_in_its_own_box():
    at = open_app("demo", lesson="greetings")
    assert "Example" in [m.value for m in at.markdown if "badge" in m.value][0]
    assert any("an example of how this conversation can go" in c.value for c in at.caption)
    box = keyed(at.main, "lb-demo")
    assert box is not None and len(box.chat_message) == 1, "the lines live in the scrolling box"
    assert "420" in str(box.proto), "a fixed height, so it scrolls"


def test_demo_without_a_lesson_offers_the_list():
    at = open_app("demo")
    labels = [b.label for b in at.button]
    assert len(labels) == len(LESSON_FILES)
    assert f"{GREETINGS.title} · {GREETINGS.title_en}" in labels


# --- Chat -----------------------------------------------------------------------------------


def finish_greetings(at: AppTest, from_step: int = 1) -> AppTest:
    for number in range(from_step, len(GREETINGS.steps) + 1):
        say(at, RIGHT[number - 1] or "Me llamo Ana")
    return at


def test_chat_the_bot_speaks_first_with_title_progress_and_attempt():
    at = open_app("chat", lesson="greetings")
    assert at.title[0].value == GREETINGS.title
    assert len(at.chat_message) == 1 and at.chat_message[0].name == "assistant"
    assert GREETINGS.steps[0].bot in bubble(at, 0)
    assert status(at)[0] == f"Step 1 of {len(GREETINGS.steps)}"
    assert "Try 1/3" in status(at)[1]
    assert GREETINGS.steps[0].gloss not in bubble(at, 0)
    at.toggle(key="lb_gloss").set_value(True).run()
    assert GREETINGS.steps[0].gloss in bubble(at, 0)


def test_a_full_lesson_with_three_misses_then_the_celebration():
    at = open_app("chat", lesson="greetings")
    step2 = GREETINGS.steps[1]
    say(at, "Hola")
    assert status(at) == (f"Step 2 of {len(GREETINGS.steps)}", "Try 1/3 ●○○")
    assert step2.bot in bubble(at)

    say(at, WRONG_STEP_2[0])
    assert at.chat_message[-2].name == "user"
    assert f"Hint: {step2.cues.general}" in bubble(at)
    assert "Try 2/3" in status(at)[1]

    say(at, WRONG_STEP_2[1])
    assert f"Hint: {step2.cues.specific}" in bubble(at)
    assert "Try 3/3" in status(at)[1]

    say(at, WRONG_STEP_2[2])
    reveal = [shown_html(b) for b in htmls(at.chat_message[-1]) if "lb-reveal" in b]
    assert reveal == [f"The answer was: «{step2.model_answer}»"]
    assert GREETINGS.steps[2].bot in bubble(at)
    assert status(at) == (f"Step 3 of {len(GREETINGS.steps)}", "Try 1/3 ●○○")
    assert not at.get("balloons")

    finish_greetings(at, from_step=3)
    assert at.get("balloons")
    dialog = at.get("dialog")
    assert len(dialog) == 1 and dialog[0].proto.dialog.title == "¡Enhorabuena!"
    shown = "\n".join(texts(dialog[0]))
    assert f"You finished «{GREETINGS.title}»" in shown
    metrics = {m.label: m.value for m in dialog[0].metric}
    assert metrics == {
        "Right first time": f"{len(GREETINGS.steps) - 1} of {len(GREETINGS.steps)}",
        "Cues used": "2",
        "Answers revealed": "1",
    }
    # Only mistakes in Spanish are listed: the off-topic question and the English are not.
    assert f"you wrote “{WRONG_STEP_2[2]}” → {step2.model_answer}" in shown
    for off_topic in WRONG_STEP_2[:2]:
        assert f"you wrote “{off_topic}”" not in shown
    for item in GREETINGS.vocabulary:
        assert item.word in shown
    last = len(GREETINGS.steps)
    assert status(at) == (f"Step {last} of {last}", "All steps done")
    assert at.chat_input[0].proto.disabled is False  # drawn before the last turn; next run disables

    at.run()
    assert not at.get("balloons"), "balloons only once per completion"
    assert at.chat_input[0].proto.disabled
    next_button = at.button(key="lb_next_dialog")
    assert next_button.label.startswith("Next lesson")
    next_button.click().run()
    assert at.query_params["lesson"] != "greetings"
    assert at.title[0].value != GREETINGS.title


def test_progress_is_restored_in_a_new_session_and_kept_per_learner():
    at = open_app("chat", lesson="greetings")
    say(at, "Hola")
    say(at, WRONG_STEP_2[0])
    before = [bubble(at, i) for i in range(len(at.chat_message))]

    again = open_app("chat", lesson="greetings")
    assert [bubble(again, i) for i in range(len(again.chat_message))] == before
    assert status(again) == (f"Step 2 of {len(GREETINGS.steps)}", "Try 2/3 ●●○")

    other = open_app("chat", learner="someone-else-0002", lesson="greetings")
    assert len(other.chat_message) == 1
    assert status(other)[0] == f"Step 1 of {len(GREETINGS.steps)}"


def test_restart_asks_first_and_can_be_undone_once():
    at = open_app("chat", lesson="greetings")
    say(at, "Hola")
    say(at, WRONG_STEP_2[0])
    before = [bubble(at, i) for i in range(len(at.chat_message))]
    at.button(key="lb_restart").click().run()
    assert at.get("dialog")[0].proto.dialog.title == "Restart this lesson?"
    at.button(key="lb_restart_no").click().run()
    assert len(at.chat_message) == len(before), "keep going changes nothing"

    at.button(key="lb_restart").click().run()
    at.button(key="lb_restart_yes").click().run()
    assert len(at.chat_message) == 1
    assert status(at) == (f"Step 1 of {len(GREETINGS.steps)}", "Try 1/3 ●○○")
    at.button(key="lb_undo").click().run()
    assert [bubble(at, i) for i in range(len(at.chat_message))] == before
    assert status(at) == (f"Step 2 of {len(GREETINGS.steps)}", "Try 2/3 ●●○")
    assert "lb_undo" not in [b.key for b in at.button], "undo works once"
    again = open_app("chat", lesson="greetings")
    assert len(again.chat_message) == len(before), "the undone state is the saved one"


def test_an_answer_after_a_restart_ends_the_undo():
    at = open_app("chat", lesson="greetings")
    say(at, "Hola")
    at.button(key="lb_restart").click().run()
    at.button(key="lb_restart_yes").click().run()
    assert "lb_undo" in [b.key for b in at.button]
    say(at, "Hola")
    assert "lb_undo" not in [b.key for b in at.button]


def test_a_help_turn_says_hint_once():
    at = say(open_app("chat", lesson="greetings"), "help")
    shown = bubble(at)
    assert GREETINGS.steps[0].cues.general in shown
    assert shown.count("Hint:") == 1, shown


def test_the_menu_leads_back_to_the_lessons():
    at = open_app("chat", lesson="greetings")
    at.button(key="lb_lobby").click().run()
    assert at.title[0].value == "Lessons"


def test_the_english_toggle_shows_the_gloss_of_every_bot_turn_that_has_one():
    at = open_app("chat", lesson="greetings")
    say(at, "Hola")
    say(at, WRONG_STEP_2[0])
    at.toggle(key="lb_gloss").set_value(True).run()
    shown = "\n".join(bubble(at, i) for i in range(len(at.chat_message)))
    for body in htmls(at.main):
        assert body.count('class="lb-gloss"') <= 1
    assert GREETINGS.steps[0].gloss in shown and GREETINGS.steps[1].gloss in shown
    glossed = sum('class="lb-gloss"' in b for b in htmls(at.main))
    assert glossed >= 2


@pytest.mark.parametrize("text", INJECTIONS + [" ".join(INJECTIONS)])
def test_learner_text_is_shown_literally(text):
    at = open_app("chat", lesson="greetings")
    say(at, text)
    learner = at.chat_message[-2]
    assert learner.name == "user"
    assert [t.value for t in learner.text] == [text]
    assert not learner.markdown, "learner text must never go through Markdown"


@pytest.mark.parametrize(
    ("text", "message", "echoed"),
    [
        ("", "the message was empty", False),
        ("   \n  ", "the message was empty", False),
        ("?!...", "not just punctuation", True),
        ("hola " * 120, f"the limit is {MAX_INPUT_CHARS}", True),
    ],
)
def test_refused_input_is_explained_and_kept(text, message, echoed):
    at = open_app("chat", lesson="greetings")
    say(at, text)
    assert len(at.chat_message) == 1, "a refused answer changes nothing"
    assert any(message in unescape(w.value) for w in at.warning)
    assert ("Your text (kept, so you can fix it):" in [c.value for c in at.caption]) is echoed
    if echoed:
        assert text.strip() in [t.value for t in at.text]
    assert "Try 1/3" in status(at)[1]


def test_a_fault_in_the_grader_is_explained_and_costs_no_try(monkeypatch):
    import langbot.grading as grading

    def broken(*args):
        raise IndexError("tuple index out of range")  # as the grader raised once on «tengo»

    monkeypatch.setattr(grading, "grade_answer", broken)
    at = open_app("chat", lesson="greetings")
    say(at, "Hola, Sofía")
    assert len(at.chat_message) == 1, "the failed turn changes nothing"
    assert any("could not be checked" in unescape(w.value) for w in at.warning)
    assert "Hola, Sofía" in [t.value for t in at.text]
    assert "Try 1/3" in status(at)[1]


def test_chat_without_a_lesson_offers_the_list():
    at = open_app("chat")
    assert at.title[0].value == "Choose a lesson"
    assert len(at.button) == len(LESSON_FILES)


def test_a_corrupt_store_warns_and_the_lesson_still_works(progress_file):
    progress_file.write_bytes(b"garbage" * 1000)
    at = open_app("chat", lesson="greetings")
    assert any("kept in memory" in unescape(w.value) for w in at.info)
    assert not any(str(progress_file.parent) in unescape(e.value) for e in [*at.info, *at.warning])
    say(at, "Hola")
    assert status(at)[0] == f"Step 2 of {len(GREETINGS.steps)}"


def test_accent_notes_are_gentle_notes():
    at = open_app("chat", lesson="greetings")
    for text in ("Hola", "Me llamo Ana", "Soy de Londres", "Estoy bien", "Si, soy estudiante"):
        say(at, text)
    notes = [shown_html(b) for b in htmls(at.chat_message[-1]) if "lb-note" in b]
    assert notes == ["Note: «Si» needs an accent: «Sí»"]  # quoted as the learner typed it
    assert status(at)[0] == f"Step 6 of {len(GREETINGS.steps)}", "a missing accent is still right"


def test_bot_lines_have_a_listen_button_that_reads_the_line():
    at = open_app("chat", lesson="greetings")
    assert spoken(at.chat_message[0]) == [GREETINGS.steps[0].bot]
    button = listen_html('"><script>alert("x")</script> & ¡Hola!')
    assert "<script>" not in button and 'data-say="&quot;&gt;&lt;script&gt;' in button
    assert "No Spanish voice on this device" in button
    scripts = [b for b in htmls(at.main) if b.startswith("<script>")]
    assert any("speechSynthesis" in b and '"es-ES"' in b for b in scripts), "the click handler"


def test_listen_reads_whole_spanish_lines_and_the_reveal_never_an_english_hint():
    at = open_app("chat", lesson="greetings")
    say(at, "Hola")
    for wrong in WRONG_STEP_2:
        say(at, wrong)
    bodies = [b for i in range(len(at.chat_message)) for b in htmls(at.chat_message[i])]
    hints = [b for b in bodies if "lb-cue" in b or "lb-note" in b]
    assert hints and not [b for b in hints if "data-say" in b], "no button under an English hint"
    for body in bodies:  # a button reads its whole line, or the whole «…» of a reveal
        for said in re.findall(r'data-say="([^"]*)"', body):
            shown = shown_html(body)
            assert html.unescape(said) in (shown, *re.findall("«([^»]*)»", shown)), body
    said = [text for i in range(len(at.chat_message)) for text in spoken(at.chat_message[i])]
    assert GREETINGS.steps[1].model_answer in said, "the reveal reads the answer"


def test_bot_text_is_escaped_html_marked_spanish_never_markdown():
    at = open_app("chat", lesson="greetings")
    first = [b for b in htmls(at.chat_message[0]) if not _is_control(b)]
    line = f'<div class="lb-turn lb-line"><p><span lang="es">{html.escape(GREETINGS.steps[0].bot)}</span></p></div>'  # fmt: skip
    assert first == [line + listen_html(GREETINGS.steps[0].bot)]
    assert not at.chat_message[0].markdown


# Run in a fresh interpreter: what a server's start-up has loaded, or a bare grader warm-up.
_LOADED = """
import sys
from langbot.grading.orthography import accent_context, accent_table
{setup}
print(accent_table.cache_info().currsize, accent_context.cache_info().currsize,
      "streamlit.material_icon_names" in sys.modules)
"""


@pytest.mark.parametrize(
    ("setup", "loaded"),
    [
        # What `streamlit run` does before it reports healthy: the first page loads nothing.
        ("from langbot.app.resources import preload; preload()", "1 1 True"),
        # The grader's own warm-up (the CLI's, the API's) loads the accent table too.
        ("from langbot.grading import warm_up; warm_up()", "1 1 False"),
    ],
)
def test_the_start_up_leaves_nothing_for_the_first_page_or_turn_to_load(setup, loaded):
    code = _LOADED.format(setup=setup)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[-2] == loaded


# Run in a fresh interpreter: the server's start-up, then each page's first run, as the first
# visitors after a start open them. It prints what those runs still had to import (Streamlit's
# own test harness aside) and how often they walked the call stack.
_FIRST_RUNS = """
import inspect, sys
import streamlit.components.v2.manifest_scanner  # the server's own start-up imports it
from streamlit.testing.v1 import AppTest
from langbot.app.nav import PAGES
from langbot.app.resources import preload
preload()
at = AppTest.from_file({app!r}, default_timeout=60)
at.query_params.update(learner="first-visitor-0001", lesson="greetings")
imported, stacks = set(), []
sys.addaudithook(lambda event, args: event == "import" and imported.add(args[0]))
walk = inspect.stack
inspect.stack = lambda *a, **k: stacks.append(1) or walk(*a, **k)
at.run()
for page in PAGES[1:]:
    at.switch_page(page).run()
    assert not at.exception, (page, at.exception)
print(sorted(imported), len(stacks))
"""


def test_after_the_start_up_no_page_has_anything_left_to_load_on_its_first_run():
    # Before, the first visit paid Streamlit's once-per-process REPL check (inspect.stack over
    # every loaded module's path, 0.3 s), and home imported the Anki exporter it never uses.
    code = _FIRST_RUNS.format(app=str(APP))
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[-2] == "[] 0"


def test_sidebar_shows_the_active_backend():
    at = open_app()
    captions = [c.value for c in at.sidebar.caption]
    assert any(c.startswith("Backend: built-in engine") for c in captions), captions


def test_misconfigured_backend_shows_one_clear_message(monkeypatch):
    monkeypatch.setenv("LANGBOT_BACKEND", "sagemaker")
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params["learner"] = LEARNER
    at.run()
    at.switch_page("langbot/app/pages/lobby.py").run()
    errors = [unescape(e.value) for e in at.error]
    assert any("LANGBOT_SAGEMAKER_ENDPOINT" in e for e in errors), errors
    assert not at.exception
