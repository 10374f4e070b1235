"""Small in-page scripts for phone-sized screens: the side drawer closes after a page is chosen,
and closing the celebration leaves the page at its end.

Streamlit's sidebar is an overlay drawer below 768 px and stays open over the page it opened;
one click handler, installed once per page, closes it after a page link is chosen. Wider
screens keep their sidebar as it is.
"""

import streamlit as st

from langbot.app.keys import SCROLL_END

CSS = ".st-key-lb-phone-js,.st-key-lb-scroll-end{display:none}"

DRAWER_SCRIPT = """<script>
(function () {
  if (window.lbDrawer) { return; }
  window.lbDrawer = true;
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest('[data-testid="stSidebarNavLink"]');
    if (!link || !window.matchMedia("(max-width: 767.98px)").matches) { return; }
    setTimeout(function () {
      var close = document.querySelector('[data-testid="stSidebarCollapseButton"] button');
      var bar = document.querySelector('[data-testid="stSidebar"]');
      if (close && bar && bar.getAttribute("data-collapsed") !== "true") { close.click(); }
    }, 0);
  });
})();
</script>"""

# The page scrolls inside Streamlit's <main class="stMain">; the finale may still be growing
# when this runs, so it follows the end for a moment.
SCROLL_END_SCRIPT = """<script>
(function () {
  var tries = 0;
  function end() {
    var main = document.querySelector(".stMain");
    if (main) { main.scrollTop = main.scrollHeight; }
    if (++tries < 12) { setTimeout(end, 100); }
  }
  end();
})(); // {nonce}
</script>"""


def install_drawer() -> None:
    """The one script that closes the phone's side drawer once a page is chosen in it."""
    with st.container(key="lb-phone-js"):
        st.html(DRAWER_SCRIPT, unsafe_allow_javascript=True)


def ask_scroll_to_end() -> None:
    """Ask the next run of the page to leave it scrolled to its end."""
    st.session_state[SCROLL_END] = st.session_state.get(SCROLL_END, 0) + 1


def scroll_to_end_if_asked() -> None:
    """Scroll the page to its end, once, when the last run asked for it."""
    asked = st.session_state.pop(SCROLL_END, None)
    if asked:
        with st.container(key="lb-scroll-end"):  # a new script each time, so it runs again
            st.html(SCROLL_END_SCRIPT.replace("{nonce}", str(asked)), unsafe_allow_javascript=True)
