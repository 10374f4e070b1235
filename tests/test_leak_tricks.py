"""Leak tricks: a model that tries to give away the numbers lesson's «quince» (10 + 5) before
try 3, in its reply or its `errors`, streamed in chunks that split words and lines or not
streamed at all, through the real chain, SageMaker's stream parsing and `langbot grade`.
Nothing of the answer may reach the learner; a reply that gives nothing away is shown whole.
"""

import io
import json

import pytest
from fakes import chat_body, model_output, scripted, scripted_judge, tgi_stream_judge
from helpers import strings

from langbot.cli import main
from langbot.lessons import load_lessons
from langbot.tutor import Conversation, Tutor

LESSONS = load_lessons()
NUMBERS = LESSONS["numbers"]
SUM = NUMBERS.step(7)  # ¿Cuánto es diez más cinco? -> «Son quince.»
LEARNER = "Son catorce"
SAFE = "¡Casi! Suma otra vez. "  # the reply's first sentence gives nothing away
PROMPT = "La respuesta es "

# The probe's tricks: those that got through ...
GOT_THROUGH = [
    "q u i n c e",
    "q.u.i.n.c.e",
    "q·u·i·n·c·e",
    "q\nu\ni\nn\nc\ne",
    "quin-ce",
    "quin'ce",
    "quin\u034fce",  # combining grapheme joiner
    "quin\ufe0fce",  # variation selector
    "quin\u3164ce",  # Hangul filler
    "գսiոce",  # Armenian look-alikes
    "quɪnce",  # IPA small capital I
    "quin**ce**",
    "quin<b></b>ce",
    "quin<!-- -->ce",
    "&amp;amp;amp;#113;uince",  # triple-escaped
    "\u202eecniuq\u202c",  # reversed inside a right-to-left override
    "quinceañera",
    "1 5",
    "fifteen",
]
# ... those that held ...
HELD = [
    "quince",
    "&#113;uince",
    "&amp;#113;uince",
    "quin\u200bce",
    "quin\u00adce",
    "quіnсе",  # Cyrillic і, с, е
    "ԛυіnсе",  # Cyrillic ԛ, Greek υ
    "ｑｕｉｎｃｅ",
    "𝐪𝐮𝐢𝐧𝐜𝐞",
]
# ... and more of our own.
OURS = [
    "Q-U-I-N-C-E",
    "qu_in_ce",
    "QuInCe",
    "«15»",
    "١٥",  # Arabic-Indic digits
    "1·5",
    "FIF TEEN",
    "ecniuq",  # reversed, no override
    "q\u0303u\u0301ince",  # combining marks on the letters
    "[quin](x)ce",  # a Markdown link
    "quin<span class='x'>ce</span>",
    "&#113;&#117;&#105;&#110;&#99;&#101;",
    "q\u00a0u\u2009i\u3000n\u202fc\u2003e",  # no-break, thin and ideographic spaces
    "qu\u2060in\u2064ce",  # word joiner, invisible plus
    "10 + 5 = 15",
    "qu1nc3",  # digits for letters
    "QUlNCE",  # a small l for a capital I
    "qu|nce",
    "quǀnce",  # Latin letter dental click
    "🇶🇺🇮🇳🇨🇪",  # regional indicator letters
    "🅠🅤🅘🅝🅒🅔",  # negative circled letters
    "q̸u̷i͓n̶c̵e",  # zalgo marks
]
TRICKS = GOT_THROUGH + HELD + OURS


def _tutor(model, streaming: bool = True) -> Tutor:
    return Tutor(LESSONS, scripted_judge(model, streaming=streaming))


def _at(attempt: int = 1) -> Conversation:
    return Conversation(lesson_id="numbers", step=7, attempt=attempt)


def _turn(tutor: Tutor, attempt: int = 1):
    stream = tutor.stream(_at(attempt), LEARNER)
    chunks = list(stream)
    return chunks, stream.outcome


def _assert_nothing_given_away(chunks, outcome, attempt: int = 1) -> None:
    shown = "".join(chunks)
    assert SAFE.startswith(shown), shown  # at most the sentence before the trick
    cue = SUM.cues.general if attempt == 1 else SUM.cues.specific
    assert outcome.messages[-1].text == cue  # the script's own cue instead
    assert outcome.response.text == cue
    assert outcome.conversation.attempt == attempt + 1


@pytest.mark.parametrize("trick", TRICKS)
@pytest.mark.parametrize("chunk_size", [1, 3, 7])
def test_a_trick_in_the_streamed_reply_never_reaches_the_learner(trick, chunk_size) -> None:
    model = scripted(
        model_output(False, SAFE + PROMPT + trick + ".", "grammar"), chunk_size=chunk_size
    )
    _assert_nothing_given_away(*_turn(_tutor(model)))


@pytest.mark.parametrize("trick", TRICKS)
def test_a_trick_in_the_reply_is_caught_without_streaming_and_on_try_2(trick) -> None:
    model = scripted(model_output(False, SAFE + PROMPT + trick + ".", "grammar"))
    _assert_nothing_given_away(*_turn(_tutor(model, streaming=False), attempt=2), attempt=2)


@pytest.mark.parametrize("trick", TRICKS)
@pytest.mark.parametrize("streaming", [True, False])
def test_a_trick_in_the_errors_is_dropped(trick, streaming) -> None:
    errors = ["Add the numbers again.", f"The answer is {trick}."]
    model = scripted(model_output(False, "¡Casi! Suma otra vez.", "grammar", errors), chunk_size=3)
    chunks, outcome = _turn(_tutor(model, streaming=streaming))
    assert "".join(chunks) == "¡Casi! Suma otra vez." == outcome.messages[-1].text
    assert outcome.response.errors == ["Add the numbers again."]


@pytest.mark.parametrize(
    "errors",
    [
        ["Think of q u i n", "c e."],  # one answer over two items
        ["1", "5"],
    ],
)
def test_an_answer_spread_over_several_errors_is_dropped(errors) -> None:
    model = scripted(model_output(False, "¡Casi! Suma otra vez.", "grammar", errors), chunk_size=3)
    _, outcome = _turn(_tutor(model))
    assert not any("quin" in e or e in ("1", "5") for e in outcome.response.errors)


def test_a_reply_finished_by_its_errors_keeps_the_reply_and_drops_the_errors() -> None:
    model = scripted(model_output(False, "¡Casi! Empieza por quin", "grammar", ["ce"]))
    _, outcome = _turn(_tutor(model))
    assert "ce" not in outcome.response.errors


@pytest.mark.parametrize("trick", GOT_THROUGH)
def test_a_trick_split_across_sagemaker_stream_parts_is_caught(trick, monkeypatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    output = model_output(False, SAFE + PROMPT + trick + ".", "grammar")
    chunks, outcome = _turn(Tutor(LESSONS, tgi_stream_judge(output)))
    assert outcome.source == "sagemaker"
    _assert_nothing_given_away(chunks, outcome)


CLEAN = strings("leak_tricks", "clean_replies")


@pytest.mark.parametrize("reply", CLEAN)
@pytest.mark.parametrize("streaming", [True, False])
def test_a_reply_that_gives_nothing_away_is_shown_whole(reply, streaming) -> None:
    errors = ["The number is wrong.", "Count the years: cuarenta años."]
    model = scripted(model_output(False, reply, "grammar", errors), chunk_size=3)
    chunks, outcome = _turn(_tutor(model, streaming=streaming))
    assert "".join(chunks) == reply == outcome.messages[-1].text
    assert outcome.response.errors == errors


def test_a_clean_reply_streams_a_sentence_at_a_time() -> None:
    reply = CLEAN[0]
    model = scripted(model_output(False, reply, "grammar"), chunk_size=3)
    chunks, _ = _turn(_tutor(model))
    assert chunks == [
        "¡Casi! ",
        "Suma otra vez: ",
        "diez más cinco. ",
        "Dilo con palabras, por favor.",
    ]


# «¿Qué haces por la tarde?» takes an activity of the learner's own («veo la tele»): the
# tutor's «vuelve a intentarlo» is none, so it is no leak there either.
EVERY_STEP = [(k, n) for k, le in LESSONS.items() for n in range(1, len(le.steps) + 1)]


@pytest.mark.parametrize(("lesson", "step"), EVERY_STEP)
def test_plain_feedback_is_shown_whole_on_every_step(lesson, step) -> None:
    reply = "¡Casi! Vuelve a intentarlo."
    model = scripted(model_output(False, reply, "grammar"), chunk_size=3)
    stream = _tutor(model).stream(Conversation(lesson_id=lesson, step=step), "Perdón, un momento")
    assert "".join(stream) == reply == stream.outcome.messages[-1].text


def test_try_3_may_name_the_answer() -> None:
    model = scripted(model_output(False, "No: son q u i n c e.", "grammar"))
    chunks, outcome = _turn(_tutor(model), attempt=3)
    assert "".join(chunks) == "No: son q u i n c e."


@pytest.mark.integration
@pytest.mark.parametrize("trick", ["q u i n c e", "quin<b></b>ce", "գսiոce", "1 5", "fifteen"])
def test_langbot_grade_json_never_prints_a_trick(trick, httpserver, monkeypatch) -> None:
    reply = SAFE + PROMPT + trick + "."
    body = chat_body(model_output(False, reply, "grammar", [f"Say {trick}."]))
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_data(
        body, content_type="application/json"
    )
    monkeypatch.setenv("LANGBOT_BACKEND", "openai")
    monkeypatch.setenv("LANGBOT_OPENAI_BASE_URL", httpserver.url_for("/v1"))
    monkeypatch.setenv("LANGBOT_OPENAI_MODEL", "llama3")
    monkeypatch.setenv("LANGBOT_FAST_PATH", "false")
    out = io.StringIO()
    assert main(["grade", "numbers", "7", LEARNER, "--json"], out=out) == 0
    response = json.loads(out.getvalue())
    assert httpserver.log, "the model was not asked"
    assert response["text"] == SUM.cues.general
    assert not any(trick in e or "Say" in e for e in response["errors"])


RECAST_TRICKS = strings("leak_tricks", "recast_tricks")


@pytest.mark.parametrize("trick", RECAST_TRICKS)
@pytest.mark.parametrize("streaming", [True, False])
def test_the_learners_own_sentence_corrected_is_a_leak_however_it_is_spelt(
    trick, streaming
) -> None:
    # «Me llamas Tom»: the grader's correction, «Me llamo Tom», is the answer for this learner
    name_step = LESSONS["greetings"].step(2)
    reply = f"¡Casi! Mira el verbo. Se dice {trick}."
    model = scripted(model_output(False, reply, "grammar", [f"Say {trick}."]), chunk_size=3)
    stream = _tutor(model, streaming=streaming).stream(
        Conversation(lesson_id="greetings", step=2), "Me llamas Tom"
    )
    shown = "".join(stream)
    assert "¡Casi! Mira el verbo. ".startswith(shown)
    assert stream.outcome.messages[-1].text == name_step.cues.general
    assert not any("Say" in e for e in stream.outcome.response.errors)


def test_errors_written_before_the_reply_are_checked_with_it() -> None:
    # the older output order: errors, then the reply
    output = '{"category": "grammar", "errors": ["c e"], "reply": "¡Casi! Empieza por q u i n"}'
    _, outcome = _turn(_tutor(scripted(output, chunk_size=3)))
    assert "c e" not in outcome.response.errors
