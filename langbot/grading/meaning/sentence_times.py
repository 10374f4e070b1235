"""The numbers, hours and expressions of time a sentence holds; a part of Sentence
(sentence.py), read with its tokens, analysis and phrase look-ups."""


class TimeReading:
    """Look-ups for numbers («treinta y cinco»), hours («a las siete») and times («por la
    mañana», «dentro de una hora») in a Sentence."""

    def w_digit(self, i: int) -> bool:
        """Token i is written in digits."""
        return 0 <= i < len(self.w) and self.w[i].isdigit()

    def number_at(self, i: int) -> int | None:
        """The end of a number (digits or number words, «treinta y cinco») at i."""
        j = i
        links = self.words.folded("list_links")
        while self.w_digit(j) or self.a.of(j, "NUM") or (j > i and self.a.at(j) in links):
            j += 1
        while j > i and self.a.at(j - 1) in links:
            j -= 1
        return j if j > i else None

    def hour_at(self, i: int) -> tuple[int, int] | None:
        """An hour at i, «a las siete»: the span of its article and number («las siete»)."""
        for opener in self.words.phrases("hour_openers"):
            if self.phrase_at(i, opener):
                end = self.number_at(i + len(opener))
                if end is not None:
                    return (i + len(opener) - 1, end)
        return None

    def time_at(self, i: int) -> int | None:
        """The end of an expression of time at i: «a las siete», «por la mañana», «temprano»,
        «después del trabajo»."""
        hour = self.hour_at(i)
        if hour is not None:
            for tail in self.words.phrases("hour_tails"):  # «a las nueve de la noche»
                if self.phrase_at(hour[1], tail):
                    return hour[1] + len(tail)
            return hour[1]
        for phrase in self.words.phrases("time_relations"):
            k = i + len(phrase)
            if self.phrase_at(i, phrase):
                if self.infinitive(k):
                    return self.clause_end(k)
                end = self.noun_of(k + bool(self.a.of(k, "DET")), frozenset())
                if end is not None:
                    return end
        for phrase in self.words.phrases("time_phrases"):
            if self.phrase_at(i, phrase):
                return i + len(phrase)
        return self._from_now(i)

    def _from_now(self, i: int) -> int | None:
        """The end of a time from now at i: «dentro de una hora», «dentro de diez minutos»."""
        for phrase in self.words.phrases("time_from_now"):
            if self.phrase_at(i, phrase):
                k = i + len(phrase)
                k = self.number_at(k) or k + bool(self.a.of(k, "DET"))
                return self.noun_of(k, self.words.folded("length_classes"))
        return None

    def find_time(self, start: int, end: int) -> tuple[int, int] | None:
        """The first expression of time in tokens [start, end)."""
        for i in range(start, end):
            j = self.time_at(i)
            if j is not None:
                return (i, j)
        return None
