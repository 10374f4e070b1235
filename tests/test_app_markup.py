"""Unit tables for the app's pure parts: safe bot-text HTML, glosses, listen text, learner ids."""

import re

import pytest

from langbot.app import learner, markup
from langbot.app.widgets import escape_markdown
from langbot.conversation import Turn
from langbot.storage import is_learner_id


def bot(kind: str, text: str, gloss: str | None = None) -> Turn:
    return Turn(role="bot", kind=kind, text=text, step=1, gloss=gloss)


# Text a model might send that Markdown would turn into links, entities or code.
HOSTILE = [
    ("see https://example.com now", "https://example.com"),
    ("visit www.example.com", "www.example.com"),
    ("write to ana@example.com", "ana@example.com"),
    ("Tom &amp; Jerry &lt;b&gt;", "&amp;amp; Jerry &amp;lt;b&amp;gt;"),
    ("    indented like code", "    indented like code"),
    ("<a href='x'>click</a> <script>alert(1)</script>", "&lt;a href=&#x27;x&#x27;&gt;"),
    ("**bold** _it_ [l](http://x)", "**bold** _it_ [l](http://x)"),
]


@pytest.mark.parametrize("kind", ["line", "followup", "redirect", "cue", "reveal", "note", "done", "notice"])  # fmt: skip
@pytest.mark.parametrize(("text", "expected"), HOSTILE)
def test_bot_text_is_escaped_and_never_becomes_a_link_or_code(kind, text, expected):
    out = markup.turn_html(bot(kind, text, gloss=text), show_gloss=True)
    assert "<a" not in out and "<script" not in out and "<code" not in out and "<pre" not in out
    assert expected in out


@pytest.mark.parametrize(
    ("kind", "text", "spanish"),
    [
        ("line", "¿Cómo te llamas?", ["¿Cómo te llamas?"]),
        ("followup", "¡Mucho gusto, Tom!", ["¡Mucho gusto, Tom!"]),
        ("redirect", "Volvamos a la pregunta.", ["Volvamos a la pregunta."]),
        ("reveal", "The answer was: «Me llamo Ana.»", ["«Me llamo Ana.»"]),
        ("reveal", "Here is your sentence, corrected: «Soy Tom.» (es → soy)", ["«Soy Tom.»"]),
        ("done", "¡Muy bien! Has terminado «Saludos».", ["¡Muy bien! Has terminado «Saludos»."]),
        ("cue", "Start with the yo form: «Me ...», then say your name.", ["«Me ...»"]),
        ("note", "tú needs an accent: «tú»", ["«tú»"]),
        ("notice", "The tutor answered in simple mode this time.", []),
    ],
)
def test_spanish_is_marked_lang_es(kind, text, spanish):
    out = markup.turn_html(bot(kind, text))
    assert re.findall(r'<span lang="es">([^<]*)</span>', out) == [markup.plain(s) for s in spanish]


@pytest.mark.parametrize("kind", ["line", "followup", "redirect", "cue", "reveal", "note", "done", "notice"])  # fmt: skip
def test_the_gloss_shows_for_every_kind_and_only_when_asked(kind):
    turn = bot(kind, "¡Qué alegría!", gloss="How lovely!")
    assert '<p class="lb-gloss" lang="en">How lovely!</p>' in markup.turn_html(turn, True)
    assert "How lovely!" not in markup.turn_html(turn, False)


@pytest.mark.parametrize("gloss", [None, "", "   "])
def test_a_turn_without_a_gloss_shows_just_the_line(gloss):
    out = markup.turn_html(bot("followup", "¡Qué alegría!", gloss=gloss), True)
    assert "lb-gloss" not in out and "¡Qué alegría!" in out


@pytest.mark.parametrize(
    ("kind", "text", "spoken"),
    [
        ("line", "¿De dónde eres?", "¿De dónde eres?"),
        ("redirect", "Volvamos a la pregunta.", "Volvamos a la pregunta."),
        ("reveal", "The answer was: «Soy de Madrid.»", "Soy de Madrid."),
        ("reveal", "Here is your sentence, corrected: «Soy Tom.» (es → soy)", "Soy Tom."),
        # An English hint has no button: its quotes are fragments, never a line to hear.
        ("cue", "Use «soy de» and a city, like «Soy de Roma».", None),
        ("cue", "«es» goes with ser: use the yo form «soy».", None),
        ("cue", "Say hello back, just as Sofía did.", None),
        ("note", "«Si» needs an accent: «Sí»", None),
        ("note", "«tú» needs an accent", None),
        ("done", "¡Muy bien! Has terminado.", "¡Muy bien! Has terminado."),
        ("notice", "The tutor answered in simple mode this time.", None),
    ],
)
def test_listen_reads_whole_spanish_lines_and_corrections_never_english_hints(kind, text, spoken):
    assert markup.spoken_text(bot(kind, text)) == spoken


@pytest.mark.parametrize(
    ("text", "shown_as"),
    [
        ("www.example.com", r"www\.example\.com"),
        ("ana@example.com", r"ana\@example\.com"),
        ("&amp;", r"\&amp;"),
        ("    code", "\u00a0\u00a0\u00a0\u00a0code"),
        ("https://x.org", r"https\:\/\/x\.org"),
        ("{goal.__class__}", r"\{goal\.\_\_class\_\_\}"),  # not shown as {goal.class}
    ],
)
def test_error_text_in_markdown_widgets_is_escaped(text, shown_as):
    assert escape_markdown(text) == shown_as


# --- The learner id -------------------------------------------------------------------------

GOOD, OTHER, THIRD = "url-learner-0001", "session-learner-02", "cookie-learner-03"


@pytest.mark.parametrize(
    ("url", "session", "cookie", "expected", "asked"),
    [
        (GOOD, None, None, GOOD, None),  # a link in a new browser: nothing to lose, used at once
        (GOOD, None, GOOD, GOOD, None),  # this browser's own link
        (GOOD, GOOD, THIRD, GOOD, None),  # confirmed earlier in this session
        (GOOD, None, THIRD, THIRD, GOOD),  # someone else's link: ask first, keep the own id
        (GOOD, OTHER, THIRD, OTHER, GOOD),  # this session's own id is kept while asking
        (GOOD, None, "x" * 200, GOOD, None),  # a malformed cookie is no own id
        (None, OTHER, THIRD, OTHER, None),  # this session's (e.g. just started afresh)
        (None, None, THIRD, THIRD, None),  # a plain visit continues from the cookie
        ("<bad id>", None, THIRD, THIRD, None),  # a malformed link is ignored
        (None, None, "x" * 200, None, None),  # a malformed cookie gets a fresh id
        ("", "", "", None, None),
        (["a", "b"], None, None, None, None),
    ],
)
def test_a_links_id_is_used_at_once_only_if_it_replaces_no_other(
    url, session, cookie, expected, asked
):
    got, ask = learner.resolve_learner(url, session, cookie)
    assert is_learner_id(got) and ask == asked
    if expected is None:
        assert got not in (url, session, cookie)
    else:
        assert got == expected


def test_fresh_ids_are_random_and_long_enough_not_to_guess():
    ids = {learner.resolve_learner(None, None, None)[0] for _ in range(1000)}
    assert len(ids) == 1000
    assert all(len(i) >= 16 for i in ids)  # 96 random bits


def test_the_cookie_script_is_first_party_and_refuses_a_bad_id():
    script = learner.cookie_script(GOOD)
    assert f'"{GOOD}"' in script and "Path=/" in script and "SameSite=Lax" in script
    assert "langbot_previous=;Max-Age=0" in script  # nothing to switch back to: cleared
    assert f'langbot_previous=\'+"{THIRD}"' in learner.cookie_script(GOOD, THIRD)
    for bad in ("'; alert(1); '", None):
        with pytest.raises(ValueError):
            learner.cookie_script(bad)
    with pytest.raises(ValueError):
        learner.cookie_script(GOOD, "'; alert(1); '")


def test_pages_opened_by_address_preload_the_chunks_that_draw_a_chat_line():
    from langbot.app.routes import page_html

    links = re.findall(r'<link rel="modulepreload" crossorigin href="\./static/js/([^"]+)">', page_html("chat"))  # fmt: skip
    assert any(n.startswith("Html.") for n in links) and any(
        n.startswith("purify.es.") for n in links
    )
