"""The "listen" control: a small button that reads a line aloud with the browser's own voice.

No server is involved: the text is spoken by the Web Speech API (`speechSynthesis`) in
Spanish. Where the browser has no Spanish voice (or no speech synthesis at all) a click
shows a small "No Spanish voice on this device" note instead of doing nothing.

Each button is plain escaped HTML in the same element as the line it reads (the line is in
its `data-say` attribute), and one script, installed once per page, handles every click.
An iframe per line would cost the browser a document each, and a long conversation has
dozens of lines.
"""

import html

import streamlit as st

CSS = """
.lb-listen{display:flex;align-items:center;gap:6px;white-space:nowrap;margin-top:-.4rem}
.lb-say{border:1px solid rgba(49,51,63,.2);background:#fff;border-radius:999px;cursor:pointer;
  padding:1px 10px;font-size:13px;color:#31333f;line-height:20px;display:inline-flex;
  align-items:center;gap:4px;font-family:inherit}
.lb-say:hover{border-color:#c8102e;color:#c8102e}
.lb-novoice{font-size:12px;color:rgba(49,51,63,.7)}
.st-key-lb-listen-js{display:none}
"""

SCRIPT = """<script>
(function () {
  if (window.lbListen) { return; }
  window.lbListen = true;
  function spanishVoice(synth) {
    var voices = synth.getVoices() || [];
    for (var i = 0; i < voices.length; i++) {
      if ((voices[i].lang || "").toLowerCase().indexOf("es") === 0) { return voices[i]; }
    }
    return null;
  }
  function speak(synth, voice, text) {
    var u = new SpeechSynthesisUtterance(text);
    u.lang = voice.lang || "es-ES";
    u.voice = voice;
    u.rate = 0.9;
    synth.cancel();
    synth.speak(u);
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".lb-say");
    if (!button) { return; }
    var text = button.getAttribute("data-say") || "";
    var note = button.parentNode.querySelector(".lb-novoice");
    function noVoice() { if (note) { note.hidden = false; } }
    try {
      if (!("speechSynthesis" in window) || typeof SpeechSynthesisUtterance === "undefined") {
        return noVoice();
      }
      var synth = window.speechSynthesis, voice = spanishVoice(synth);
      if (voice) { return speak(synth, voice, text); }
      // Voices may load late: wait briefly for them before saying there is none.
      var waited = false;
      function retry() {
        if (waited) { return; }
        waited = true;
        var later = spanishVoice(synth);
        if (later) { speak(synth, later, text); } else { noVoice(); }
      }
      synth.addEventListener("voiceschanged", retry, { once: true });
      setTimeout(retry, 700);
    } catch (e) { noVoice(); }
  });
})();
</script>"""


def listen_html(text: str) -> str:
    """The button for one line; the text is an escaped attribute value, never markup."""
    return (
        f'<div class="lb-listen"><button type="button" class="lb-say" '
        f'data-say="{html.escape(text, quote=True)}" title="Listen in Spanish" '
        f'aria-label="Listen in Spanish">Escuchar</button>'
        '<span class="lb-novoice" role="status" aria-live="polite" hidden>'
        "No Spanish voice on this device</span></div>"
    )


def install() -> None:
    """The one script that makes every listen button on the page speak (hidden, runs once)."""
    with st.container(key="lb-listen-js"):
        st.html(SCRIPT, unsafe_allow_javascript=True)
