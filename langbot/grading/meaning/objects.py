"""The object pronoun an answer puts before the question's own verb stands for what the
question asks about, and agrees with it: «¿adónde lo envía?» «lo envío a México», not «la
envío…»; «¿compro yo las entradas?» «no, yo las compro», not «los compro»; and where the question
joins its pronouns to an infinitive, «¿quiere probársela?»: «me la pruebo», «quiero
probármela», not «me lo pruebo», nor «te la pruebo» (the reflexive of who answers)."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Sentence
from langbot.grading.meaning.verbs_asked import own_verbs
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def object_disagrees(s: Sentence, q: Question) -> bool:
    """Whether an object pronoun before one of the question's verbs has another gender or
    number than the question's own object of that verb."""
    clitics = s.words.object_clitics
    bot = q.bot_line(s)
    lemmas = own_verbs(bot)  # «¿dónde va a devolver el coche?»: «la devuelvo» no
    climbed = _climbed_objects(bot, clitics)
    for k in range(len(s) - 1):
        said = clitics.get(s.w[k])
        if said is None or not s.a.of(k, "CLITIC"):
            continue
        verbs = {f.lemma for f in s.a.of(k + 1, "VERB")} & lemmas
        asked = _asked_object(bot, frozenset(verbs), clitics) if verbs else None
        if asked is None:
            asked = next(
                ({climbed[f.lemma]} for f in s.a.of(k + 1, "VERB") if f.lemma in climbed), None
            )
        if asked is not None and tuple(said) not in asked:
            return True
    return _joined_disagree(s, bot, clitics) or dislocated_disagrees(s)


def _joined(s: Sentence, k: int) -> tuple[str, str] | None:
    """The reflexive and the object pronoun joined to an infinitive at k («probársela»: se,
    la; «llevarlo»: "", lo), or None."""
    for f in s.a.of(k, "VERB"):
        stem = fold(f.lemma)
        if f.form != "inf" or not s.w[k].startswith(stem) or s.w[k] == stem:
            continue
        rest = s.w[k][len(stem) :]
        own = next((e for e in s.words.folded("enclitics") if rest.startswith(e)), "")
        if rest[len(own) :] in s.words.object_clitics:
            return own, rest[len(own) :]
    return None


def dislocated_disagrees(s: Sentence) -> bool:
    """An object pronoun, then after a comma the noun it stands for with another gender or
    number: «¿cuándo puedo recogerla, el móvil?» (recogerlo), «la compro, el pan»."""
    clitics = s.words.object_clitics
    spans = s.a.tokens.spans
    for k in range(len(s)):
        joined = _joined(s, k)
        before_verb = s.a.of(k, "CLITIC") and any(f.person for f in s.a.of(k + 1, "VERB"))
        before_verb = before_verb and not s.a.of(k + 1, "NOUN")  # «la tarde»
        said = joined[1] if joined else s.w[k] if before_verb else ""
        if said not in clitics:
            continue
        for j in range(k + 2, len(s) - 1):
            if not s.a.of(j, "DET") or s.a.tokens.original[slice(*spans[j - 1])] != ",":
                continue
            if set(s.w[j:]) & s.words.folded("list_links"):
                break  # «los tengo, la llave y el móvil»: the pronoun stands for all
            nouns = [f for f in s.a.of(s.after_det(j), "NOUN") if f.gender in ("m", "f")]
            if (
                nouns
                and nouns[0].number
                and (nouns[0].gender, nouns[0].number) != tuple(clitics[said])
            ):
                return True
            break
    return False


def _joined_disagree(s: Sentence, bot: Sentence, clitics: dict[str, list[str]]) -> bool:
    """The question joins a reflexive and an object to an infinitive («¿quiere
    probársela?»); the answer says that verb with another object, or with a reflexive not
    of who answers: «me lo pruebo», «quiero probármelo», «te la pruebo»."""
    asked = {}
    for k in range(len(bot)):
        joined = _joined(bot, k)
        if joined is not None:
            for f in bot.a.of(k, "VERB"):
                asked[f.lemma] = joined
    if not asked:
        return False
    mine = s.words.folded("learner_pronouns")
    for k in range(len(s)):
        lemmas = {f.lemma for f in s.a.of(k, "VERB")} & set(asked)
        if not lemmas:
            continue
        own, obj = asked[next(iter(lemmas))]
        said = _joined(s, k)
        if said is None and s.a.of(k - 1, "CLITIC") and s.w[k - 1] in clitics:
            pair = s.w[k - 2] if s.a.of(k - 2, "CLITIC") else "", s.w[k - 1]
            said = pair
        if said is None:
            continue
        if clitics.get(said[1]) != clitics.get(obj) or (own and said[0] and said[0] not in mine):
            return True
    return False


def _asked_object(
    bot: Sentence, verbs: frozenset[str], clitics: dict[str, list[str]]
) -> set[tuple[str, ...]] | None:
    """The genders and numbers the question's object of one of `verbs` may have: its pronoun
    before the verb, or the noun after it (past a subject pronoun: «¿compro yo las
    entradas?») and each noun offered instead of it («¿tiene la garantía o el tique?»)."""
    for i in range(len(bot)):
        if not {f.lemma for f in bot.a.of(i, "VERB")} & verbs:
            continue
        if bot.a.of(i - 1, "CLITIC") and bot.w[i - 1] in clitics:
            return {tuple(clitics[bot.w[i - 1]])}
        j = i + 1
        while j < len(bot) and bot.a.of(j, "PRON") and not bot.a.of(j, "DET"):
            j += 1
        found = _object_noun(bot, j)
        if found is not None:
            alternatives = bot.words.folded("alternative_links")
            end = next((m for m in range(j, len(bot)) if bot.w[m] == BOUNDARY), len(bot))
            others = [_object_noun(bot, m + 1) for m in range(j, end) if bot.w[m] in alternatives]
            return {found, *(o for o in others if o is not None)}
    return None


def _object_noun(bot: Sentence, j: int) -> tuple[str, str] | None:
    """The gender and number of the noun of a determiner at j, or None."""
    if not bot.a.of(j, "DET"):
        return None
    nouns = [f for f in bot.a.of(bot.after_det(j), "NOUN") if f.gender in ("m", "f")]
    return (nouns[0].gender, nouns[0].number) if nouns and nouns[0].number else None


def _climbed_objects(bot: Sentence, clitics: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """The object pronoun of an infinitive that stands before the verb it follows: «¿qué día
    los vas a devolver?» (devolver: los), so «las devuelvo» answers of something else."""
    links = bot.words.folded("plan_links")
    out: dict[str, tuple[str, ...]] = {}
    for i in range(len(bot) - 2):
        if not bot.a.of(i, "CLITIC") or bot.w[i] not in clitics:
            continue
        if not any(f.person for f in bot.a.of(i + 1, "VERB")):
            continue
        j = i + 2 + (bot.a.at(i + 2) in links)
        if bot.infinitive(j):
            for f in bot.a.of(j, "VERB"):
                out.setdefault(f.lemma, tuple(clitics[bot.w[i]]))
    return out
