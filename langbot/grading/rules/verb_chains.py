"""Two verbs in a row in one clause: after a verb that takes an infinitive the second is
one («quiero ir», not «quiero voy»), and a form of ser before a verb like gustar or before
a name and its verb is one verb too many («Es le gusta…», «Cuando es Cosmo era joven»).
Part of the verbs family (rules/verbs.py)."""

from langbot.grading.language import english_share
from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_verb, past_by_accent, skip_adverbs
from langbot.grading.rules.name_spans import name_end
from langbot.grading.rules.noun_complement import noun_meant
from langbot.grading.rules.noun_verbs import verb_before_object
from langbot.grading.tokens import BOUNDARY
from langbot.text import accented_spellings, fold, has_accent


def _finite_only(ctx: Context, i: int):
    """Token i's finite verb readings when it can be nothing else (an imperative reading,
    with no person, may stand beside them: «estudia»)."""
    a = ctx.analysis
    verbs = only_verb(a, i)
    if any(f.form == "inf" or not (f.person or f.form == "imp") for f in verbs):
        return ()
    return tuple(f for f in verbs if f.person)


def _accented_verb(ctx: Context, i: int):
    """Token i's verb readings when its written accent makes it a verb («sé», not «se»)."""
    a = ctx.analysis
    return a.of(i, "VERB") if a.accented(i) and not a.of(i, "NOUN") else ()


def _finite_or_noun(ctx: Context, i: int):
    """Token i's finite verb readings when it is else only a noun («habla»)."""
    a = ctx.analysis
    if not a.of(i, "VERB") or any(f.pos not in ("VERB", "NOUN") for f in a.readings[i]):
        return ()
    verbs = a.of(i, "VERB")
    if any(f.form == "inf" or not (f.person or f.form == "imp") for f in verbs):
        return ()
    return tuple(f for f in verbs if f.person)


def _lemmas(ctx: Context, verbs) -> set[str]:
    """The verbs' infinitives, a -se verb counted as its bare verb when both read (voy)."""
    lemmas = {f.lemma for f in verbs}
    ending = ctx.kb.words.reflexive_ending
    return {
        m for m in lemmas if m.removesuffix(ending) == m or m.removesuffix(ending) not in lemmas
    }


def finite_after_modal(ctx: Context):
    """«No quería pregunto», «puedo hablo»: a verb that takes a bare infinitive (querer,
    poder, deber…), then a conjugated verb: the second verb is the infinitive."""
    a = ctx.analysis
    modals = ctx.words["takes_infinitive"]
    with_que = ctx.words["takes_que_infinitive"]  # «tengo que tomo»: tomar
    for i in range(len(a) - 1):
        if not any(f.lemma in modals or f.lemma in with_que for f in a.readings[i]):
            continue
        finite = [f for f in _finite_only(ctx, i) or _accented_verb(ctx, i) if f.person]
        linked = a.at(i + 1) in ctx.words["that"] and any(f.lemma in with_que for f in finite)
        if not linked and not any(f.lemma in modals for f in finite):
            continue
        knowing = any(f.lemma in ctx.words["knowing"] for f in finite)
        if a.at(i - 1) in ctx.words["fact_object"] and knowing:
            continue  # «hoy lo sabemos, sigue siendo…»: «lo» is what is known, no infinitive
        j = skip_adverbs(a, ctx.kb, i + 1 + linked)
        pronoun = "" if knowing else _own_pronoun(ctx, j, finite)
        j += bool(pronoun)
        verbs = _finite_only(ctx, j)
        if not verbs and (linked or any(f.lemma in ctx.words["infinitive_only"] for f in finite)):
            verbs = _finite_or_noun(ctx, j)  # «puede habla», «tengo que estudio»: no noun follows
        if not verbs:  # «debo estudio la lección»: its own object after it, so the verb
            verbs = verb_before_object(ctx, j, {f.person for f in finite})
        lemmas = _lemmas(ctx, verbs)
        if len(lemmas) != 1 or _past_of_its_own(ctx, i, j, knowing):
            continue
        lemma = lemmas.pop()
        ending = ctx.kb.words.reflexive_ending
        if ctx.kb.verbs.is_like_gustar(lemma):
            continue  # a verb like gustar has its own subject
        if lemma == ctx.words["copulas"][0] and _relative_before(ctx, i):
            continue  # «Lo que quiero es ayuda»: ser is the main clause's verb
        if _subordinate(ctx, i):
            continue  # «si quieres puedes venir»: the second verb opens the main clause
        if _chain_of_its_own(ctx, j, lemma):
            continue  # «lo siento no puedo tengo que estudiar»: a comma left out
        if pronoun:
            yield Hit(j - 1, j + 1, lemma.removesuffix(ending) + pronoun, {"verb": a.original(i)})
        else:
            yield Hit(j, j + 1, lemma, {"verb": a.original(i)})


def _past_of_its_own(ctx: Context, i: int, j: int, knowing: bool) -> bool:
    """A past form at j is the verb of another clause, not the first verb's infinitive, when
    a relative opens the first verb's clause («lo que quería pasó») or that verb is saber
    («no sé, pasó algo»); else «quería conocí» is the slip."""
    return past_by_accent(ctx.analysis, j) and (knowing or _relative_before(ctx, i))


def _own_pronoun(ctx: Context, j: int, finite) -> str:
    """«Quiero me mudo», «no querían se despedían»: the pronoun at j is the one of the first
    verb's own person (me with quiero, se with querían) and the verb after has that person
    too: it goes on the infinitive («mudarme», «despedirse»). Else empty."""
    a = ctx.analysis
    persons = ctx.words["persons"]
    pronoun = a.at(j)
    own = {p for f in finite for p, r in zip(persons, ctx.words["reflexive_by_person"], strict=True)
           if f.person == p and r == pronoun}  # fmt: skip
    if any(p[0] == "3" for p in own) and _relative_before(ctx, j - 1):
        return ""  # «lo que quería se cumplió»: «se» opens the main clause
    if not own or not a.of(j, "CLITIC"):
        return ""
    return pronoun if any(f.person in own for f in _finite_only(ctx, j + 1)) else ""


def _chain_of_its_own(ctx: Context, j: int, lemma: str) -> bool:
    """The verb at j takes its own infinitive («tengo que estudiar», «puedo ir»): it opens a
    clause of its own, not the first verb's infinitive."""
    a = ctx.analysis
    k = j + 1
    if lemma in ctx.words["takes_que_infinitive"] and a.at(k) in ctx.words["that"]:
        k += 1
    elif lemma not in ctx.words["takes_infinitive"]:
        return False
    return any(f.form == "inf" for f in a.of(k, "VERB"))


def _subordinate(ctx: Context, i: int) -> bool:
    """The verb at i is in a clause a subordinator opens, with no break between."""
    a, k = ctx.analysis, i - 1
    while k >= 0 and a.at(k) != BOUNDARY:
        if a.at(k) in ctx.words["modal_clause_openers"]:
            return True
        k -= 1
    return False


def _relative_before(ctx: Context, i: int) -> bool:
    """A relative «que» opens the clause of the verb at i («lo que (ahora) quiero»)."""
    a = ctx.analysis
    return any(a.at(k) in ctx.words["relative"] for k in range(max(0, i - 3), i))


def _ser_at(ctx: Context, i: int) -> bool:
    """Token i is a form of ser and nothing else."""
    if not any(f.lemma == ctx.words["copulas"][0] for f in ctx.analysis.readings[i]):
        return False
    verbs = _finite_only(ctx, i)
    return bool(verbs) and all(f.lemma == ctx.words["copulas"][0] for f in verbs)


def ser_before_gustar(ctx: Context):
    """«Es gusta leer», «Es le gusta…»: «es» opening a clause before a verb like gustar,
    alone or before its pronoun, is one verb too many (the pronoun is le, me…)."""
    a = ctx.analysis
    indirect = ctx.kb.indirect
    for i in range(len(a) - 1):
        if not _ser_at(ctx, i) or not (i == 0 or a.at(i - 1) == BOUNDARY or a.of(i - 1, "CONJ")):
            continue
        j = i + 1 + (a.at(i + 1) in indirect)
        verbs = _finite_only(ctx, j)
        if verbs and all(ctx.kb.verbs.is_like_gustar(f.lemma) for f in verbs):
            if not past_by_accent(a, j):
                yield Hit(i, i + 1, None, {"verb": a.original(j)})


def ser_name_verb(ctx: Context):
    """«Cuando es Cosmo era joven»: a form of ser, a name, then the name's own verb: the
    form of ser is one verb too many."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.readings[i + 1] or not a.original(i + 1)[:1].isupper() or not _ser_at(ctx, i):
            continue
        end = name_end(a, i + 1)
        if end == i + 1 or end >= len(a) or a.original(end)[:1].isupper():
            continue
        if a.original(end + 1)[:1].isupper():
            continue  # «es Marta da Silva»: a particle inside the name, not its verb
        verbs = [f for f in a.of(end, "VERB") if f.person]
        if verbs and not any(a.of(end, pos) for pos in ctx.spelled["not_a_verb"]):
            yield Hit(i, i + 1, None, {"verb": a.original(end)})


def _english_command(written: str, verbs) -> bool:
    """A word far commoner in English whose only Spanish readings are subjunctives or
    commands («cause», «use», «case»): learners write it as English, after «a» no verb."""
    return all(f.form in ("subj", "imp") for f in verbs) and english_share([written]) == 1


def finite_after_a(ctx: Context):
    """«Voy a estudio», «empieza a trabaja», «antes de salgo»: «a» (and «de», «sin», «para»)
    before a verb takes its infinitive; a conjugated verb (one that can be nothing else)
    right after it is the slip."""
    a = ctx.analysis
    links = (*ctx.words["to_infinitive"], *ctx.words["preposition_infinitive"])
    for i in range(len(a) - 1):
        if a.at(i) not in links:
            continue
        if hit := _pronoun_then_finite(ctx, i):
            yield hit
            continue
        going = a.at(i) in ctx.words["to_infinitive"] and _going_same_person(ctx, i)
        verbs = _finite_only(ctx, i + 1) or going
        written = a.original(i + 1).lower()
        if not verbs or a.original(i + 1)[:1].isupper():
            continue  # «a Tomás»: a name
        if a.at(i + 1) in ctx.words["a_locutions"]:
            continue  # «a nado»: a set phrase
        also = lexicon().upos_set(written) - {"VERB", "AUX"}
        if also and not going:
            continue  # also a noun («al son de»)
        if _english_command(written, verbs):
            continue  # «a cause del…»: an English word, not «causar» (subjunctive only)
        lemmas = _lemmas(ctx, verbs)
        if len(lemmas) != 1:
            continue
        lemma = lemmas.pop()
        if has_accent(written[-1:]) and fold(written) + lemma[-1:] == lemma:
            continue  # an infinitive said without its r («a echá»), not «después de comí»
        if noun_meant(ctx, i, written, lemma):
            continue  # «entrevista de trabaja»: the noun «trabajo» may be meant, not «trabajar»
        if a.at(i) in ctx.words["to_infinitive"] or _plain_verb(ctx, i + 1, lemma):
            yield Hit(i + 1, i + 2, lemma, {"verb": a.original(i)})


def _pronoun_then_finite(ctx: Context, i: int) -> Hit | None:
    """«Después de se graduó»: after the preposition at i, a reflexive pronoun and a verb
    of its own person that can only be conjugated: the pronoun goes on the infinitive."""
    a = ctx.analysis
    pronoun = a.at(i + 1)
    own = ctx.kb.reflexive.get(pronoun, frozenset())
    verbs = _finite_only(ctx, i + 2) if a.of(i + 1, "CLITIC") and own else ()
    if not verbs or not all(f.person in own for f in verbs) or a.original(i + 2)[:1].isupper():
        return None
    lemmas = _lemmas(ctx, verbs)
    if len(lemmas) != 1:
        return None
    lemma = lemmas.pop().removesuffix(ctx.kb.words.reflexive_ending)
    if ctx.kb.verbs.entry(lemma) is None or ctx.kb.verbs.is_like_gustar(lemma):
        return None
    return Hit(i + 1, i + 3, lemma + pronoun, {"verb": a.original(i)})


def _plain_verb(ctx: Context, j: int, lemma: str) -> bool:
    """After «de», «sin» or «para»: a verb the verb data knows (not «de bruces»), not the
    «hace» of a time ago («fotos de hace diez años»), nor a noun written without its accent
    («clase de calculo») or a plural the lexicon lacks («la vida de lujurias»)."""
    written = ctx.analysis.original(j).lower()
    if ctx.kb.verbs.entry(lemma) is None or ctx.analysis.at(j) in ctx.words["ago"]:
        return False
    if has_accent(written):
        return True  # «antes de desayunó»: its accent makes it the verb, not «desayuno»
    nouns = [*accented_spellings(written), *([written[:-1]] if written.endswith("s") else [])]
    return not any("NOUN" in lexicon().upos_set(w) for w in nouns)


def _going_same_person(ctx: Context, i: int):
    """«Voy a estudio mañana», «voy a como pizza»: after a present form of ir and «a» at i,
    a present form of ir's own person, also a noun (not of a place: «va a casa») or a little
    word, with more of the clause after it and no «de» (not «voy a estudio de grabación»):
    the learner conjugated both verbs."""
    a = ctx.analysis
    going = [
        f.person
        for f in a.of(i - 1, "VERB")
        if f.lemma in ctx.words["going_verb"] and f.person and f.form == "pres"
    ]
    if (
        not going
        or a.at(i + 2) == BOUNDARY
        or a.at(i + 2) in (*ctx.words["of"], ctx.words["contracted"][0])
    ):
        return ()
    if a.of(i + 1, "DET") or a.of(i + 1, "PRON") or a.of(i + 1, "ADP"):
        return ()
    if any(set(ctx.words["place_classes"]) & f.classes for f in a.of(i + 1, "NOUN")):
        return ()  # «va a casa»: where one goes
    return tuple(f for f in a.of(i + 1, "VERB") if f.person == going[0] and f.form == "pres")
