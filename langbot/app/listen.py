"""The "listen" control: a tiny HTML button that reads a line aloud with the browser's own voice.

No server is involved: the text is spoken by the Web Speech API (`speechSynthesis`) in
Spanish. Where the browser has no Spanish voice (or no speech synthesis at all) a click
shows a small "No Spanish voice on this device" note instead of doing nothing.
"""

import json

import streamlit as st

HEIGHT = 28

_TEMPLATE = """<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;background:transparent;font-family:"Source Sans Pro",sans-serif;
white-space:nowrap;overflow:hidden}
button{border:1px solid rgba(49,51,63,.2);background:#fff;border-radius:999px;cursor:pointer;
padding:1px 10px;font-size:13px;color:#31333f;line-height:20px;display:inline-flex;
align-items:center;gap:4px}
button:hover{border-color:#c8102e;color:#c8102e}
#n{font-size:12px;color:rgba(49,51,63,.7);margin-left:6px}
</style></head><body>
<button type="button" id="b" title="Listen in Spanish" aria-label="Listen in Spanish">
<svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><path fill="currentColor"
d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 7.97v8.05A4.48 4.48 0 0 0 16.5 12zM14
3.23v2.06a7 7 0 0 1 0 13.42v2.06A9 9 0 0 0 14 3.23z"/></svg> Escuchar</button>
<span id="n" role="status" aria-live="polite" hidden>No Spanish voice on this device</span>
<script>
(function () {
  var text = __TEXT__;
  var b = document.getElementById("b"), note = document.getElementById("n");
  function noVoice() { note.hidden = false; }
  function spanishVoice(synth) {
    var voices = synth.getVoices() || [];
    for (var i = 0; i < voices.length; i++) {
      if ((voices[i].lang || "").toLowerCase().indexOf("es") === 0) { return voices[i]; }
    }
    return null;
  }
  function speak(synth, voice) {
    var u = new SpeechSynthesisUtterance(text);
    u.lang = voice.lang || "es-ES";
    u.voice = voice;
    u.rate = 0.9;
    synth.cancel();
    synth.speak(u);
  }
  b.addEventListener("click", function () {
    try {
      if (!("speechSynthesis" in window) || typeof SpeechSynthesisUtterance === "undefined") {
        return noVoice();
      }
      var synth = window.speechSynthesis, voice = spanishVoice(synth);
      if (voice) { return speak(synth, voice); }
      // Voices may load late: wait briefly for them before saying there is none.
      var waited = false;
      function retry() {
        if (waited) { return; }
        waited = true;
        var later = spanishVoice(synth);
        if (later) { speak(synth, later); } else { noVoice(); }
      }
      synth.addEventListener("voiceschanged", retry, { once: true });
      setTimeout(retry, 700);
    } catch (e) { noVoice(); }
  });
})();
</script></body></html>"""


def listen_html(text: str) -> str:
    """The component's HTML for one line; the text is JSON-encoded, never interpolated raw."""
    # json.dumps leaves "<", ">" and "&" alone; escape them so "</script>" cannot close the tag.
    encoded = (
        json.dumps(text, ensure_ascii=True)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
    return _TEMPLATE.replace("__TEXT__", encoded)


def listen(text: str) -> None:
    """Render the listen button for one Spanish line."""
    st.iframe(listen_html(text), height=HEIGHT, width="stretch")
