"""The preposition a wanted infinitive takes before the thing: «quiero apuntarme a las
clases», «quiero inscribirme en un curso» (not «apuntarme en»: the treebanks see «a» most)."""

from langbot.grading.meaning.sentence import Sentence
from langbot.grading.verb_prepositions import load_verb_prepositions


def past_link(s: Sentence, verb: int, k: int) -> int:
    """Past the word at k when it is one of `infinitive_links` and, where the treebanks see
    the infinitive at `verb` with any of them, the one they see most; else k."""
    links = s.words.folded("infinitive_links")
    if k >= len(s) or s.a.at(k) not in links:
        return k
    table = load_verb_prepositions()
    for f in s.a.of(verb, "VERB"):
        if f.form != "inf":
            continue
        seen = {w: n for w, n in table.seen(f.lemma, "noun").items() if w in links}
        if not seen or max(seen, key=lambda w: seen[w]) == s.a.at(k):
            return k + 1
    return k
