"""The server's own answer to a visit that opens a page other than home, such as `/chat`.

Streamlit's frontend cannot tell from `/chat` whether `chat` is a page or part of the server's
base path, so by default it first probes `/chat/_stcore/health`, gets a 404, waits half a
second and tries again at `/`. This route serves Streamlit's own `index.html` with one line
ahead of the bundle that names the base (the address minus the page's path) through the
frontend's `window.__streamlit.BACKEND_BASE_URL` setting, so the first probe is the right one.
The base is worked out in the browser, so a proxy that adds a path prefix keeps working.
Without the route (a server not started by `streamlit run`, or under `server.baseUrlPath`)
the page still opens, after the probe.

The same page also asks the browser to fetch, alongside the bundle, the two chunks that show
an `st.html` element (every chat line is one): the frontend would otherwise request them only
once the first message has arrived over the websocket, a round trip later.
"""

import json
import re
from functools import cache
from pathlib import Path, PurePosixPath

import streamlit
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from langbot.app.nav import CHAT, DEMO, LOBBY, PROGRESS, REVIEW

_INDEX = Path(streamlit.__file__).parent / "static" / "index.html"
# The frontend's chunks for st.html, by name (their hashes change with each Streamlit release).
_FIRST_CHUNKS = re.compile(r"(Html|purify\.es)\.[\w-]+\.js")
# Each page's address is its file's name (Streamlit's default url_path).
PAGE_PATHS = tuple(PurePosixPath(page).stem for page in (LOBBY, DEMO, CHAT, REVIEW, PROGRESS))

_SCRIPT = (
    "<script>(function(){{var s={suffix},p=location.pathname.replace(/\\/+$/,'');"
    "if(!window.__streamlit&&p.slice(-s.length)===s)"
    "window.__streamlit={{BACKEND_BASE_URL:location.origin+p.slice(0,-s.length)+'/'}};}})();"
    "</script>"
)


@cache
def page_html(page: str) -> str:
    """Streamlit's index.html for a visit to `page`, with the base-path line ahead of the
    bundle."""
    html = _INDEX.read_text(encoding="utf-8")
    head = html.index('<script type="module"')
    html = html[:head] + _SCRIPT.format(suffix=json.dumps(f"/{page}")) + "\n" + html[head:]
    end = html.index("</head>")
    return html[:end] + first_chunk_links() + html[end:]


def first_chunk_links() -> str:
    """Preload links for the frontend chunks that draw the first chat line (none if renamed)."""
    names = sorted(
        p.name for p in (_INDEX.parent / "static" / "js").glob("*.js")
        if _FIRST_CHUNKS.fullmatch(p.name)
    )  # fmt: skip
    return "".join(f'<link rel="modulepreload" crossorigin href="./static/js/{n}">' for n in names)


async def _serve(request: Request) -> HTMLResponse:
    page = request.url.path.rstrip("/").rsplit("/", 1)[-1]
    return HTMLResponse(page_html(page), headers={"Cache-Control": "no-cache"})


def page_routes() -> list[Route]:
    """Routes that open each non-home page without the frontend's failed first probe."""
    return [Route(f"/{page}", _serve, methods=["GET", "HEAD"]) for page in PAGE_PATHS]
