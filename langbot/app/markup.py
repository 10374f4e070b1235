"""Bot and model text as safe HTML: escaped, Spanish marked `lang="es"`, and never Markdown.

Markdown would autolink URLs, `www.` and e-mail addresses, decode `&amp;`-style entities and
turn indented lines into code blocks; escaped HTML shown with `st.html` does none of that.
Nothing here imports Streamlit, so every rule is a plain unit test.
"""

import html
import re

from langbot.conversation import Turn
from langbot.display import SPANISH_KINDS, display_part

# «…» quotes Spanish inside English cues and notes: «Me ...», «tú».
_QUOTED = re.compile(r"«[^«»]+»")

CSS = """
.lb-turn{margin:0 0 .35rem;line-height:1.5;overflow-wrap:anywhere}
.lb-turn p{margin:0}
.lb-box{border-radius:.5rem;padding:.5rem .75rem}
.lb-cue{background:rgba(28,131,225,.1);color:#004280}
.lb-reveal{background:rgba(255,189,69,.2);color:#6d3a00}
.lb-done{background:rgba(33,195,84,.12);color:#0e6027}
.lb-note,.lb-notice{color:rgba(49,51,63,.75);font-size:.9rem}
.lb-label{font-weight:600}
.lb-gloss{color:rgba(49,51,63,.7);font-size:.9rem;font-style:italic;margin:.1rem 0 0}
"""


def plain(text: str) -> str:
    """Text as HTML that shows exactly the characters given (line breaks kept)."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def spanish(text: str) -> str:
    """Spanish text, escaped and marked so screen readers and speech use Spanish rules."""
    return f'<span lang="es">{plain(text)}</span>'


def with_quoted_spanish(text: str) -> str:
    """English text whose «quoted» parts are Spanish."""
    out, last = [], 0
    for match in _QUOTED.finditer(text):
        out.append(plain(text[last : match.start()]))
        out.append(spanish(match.group()))
        last = match.end()
    out.append(plain(text[last:]))
    return "".join(out)


def spoken_text(turn: Turn) -> str | None:
    """The whole Spanish line a listen button reads for this turn, or None when it has none.

    Spanish lines read themselves and a reveal reads its correction. English hints and notes
    have no button: their quoted words are fragments («es», «Me ...»), not lines to hear.
    """
    if turn.role != "bot":
        return None
    if turn.kind in SPANISH_KINDS:
        return turn.text
    if turn.kind == "reveal":  # "The answer was: «…»" reads the answer alone
        match = _QUOTED.search(turn.text)
        return match.group()[1:-1].strip() or None if match else None
    return None


def gloss_html(gloss: str | None) -> str:
    """The English gloss under a line, or nothing when the line has none."""
    if not gloss or not gloss.strip():
        return ""
    return f'<p class="lb-gloss" lang="en">{plain(gloss)}</p>'


def turn_html(turn: Turn, show_gloss: bool = False) -> str:
    """One bot turn as HTML (its display part), styled by its kind, with its gloss when asked."""
    part = display_part(turn)
    kind = part.kind
    if part.spanish:
        body = spanish(part.text)
    else:
        label = f'<span class="lb-label">{part.label}</span> ' if part.label else ""
        body = label + with_quoted_spanish(part.text)
    boxed = " lb-box" if kind in ("cue", "reveal", "done") else ""
    gloss = gloss_html(part.gloss) if show_gloss else ""
    return f'<div class="lb-turn lb-{kind}{boxed}"><p>{body}</p>{gloss}</div>'


def streaming_html(text: str) -> str:
    """The bot's reply while it streams in: Spanish, escaped."""
    return f'<div class="lb-turn lb-line"><p>{spanish(text)}</p></div>'


def line_html(text: str, gloss: str | None, show_gloss: bool, *, is_spanish: bool = True) -> str:
    """A demo line (bot or learner): Spanish text and, when asked for, its English."""
    body = spanish(text) if is_spanish else plain(text)
    return f'<div class="lb-turn"><p>{body}</p>{gloss_html(gloss) if show_gloss else ""}</div>'
