"""The copula an adjective takes, as data counted in real text: the counts say what Spanish
says, the generator reads a treebank's copulas, the hand lists override the counts, and real
corrections never contradict them."""

import importlib
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

from langbot.grading import sentence_errors
from langbot.grading.analysis import Analysis
from langbot.grading.copula_adjectives import load_copula_adjectives
from langbot.grading.knowledge import knowledge
from langbot.grading.rules.base import Context
from langbot.grading.rules.copula_forms import adjective_at, copulas, skip_degree
from langbot.grading.rules.registry import engine
from langbot.grading.tokens import tokenize

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"


@pytest.fixture(scope="module")
def generator(scripts):
    """scripts/generate_copula_adjectives.py, imported."""
    return scripts("generate_copula_adjectives")


@pytest.mark.parametrize("lemma", ["cansado", "ocupado", "preocupado", "ansioso", "disponible"])
def test_the_counts_know_a_state_said_with_estar(lemma):
    assert load_copula_adjectives().state(lemma)
    assert not load_copula_adjectives().trait(lemma)


@pytest.mark.parametrize("lemma", ["canadiense", "inteligente", "capaz", "alérgico"])
def test_the_counts_know_a_trait_said_with_ser(lemma):
    assert load_copula_adjectives().trait(lemma)
    assert not load_copula_adjectives().state(lemma)


@pytest.mark.parametrize("lemma", ["feliz", "casado", "bueno", "listo", "palabraquenoexiste"])
def test_an_adjective_said_with_both_or_unseen_is_neither(lemma):
    counts = load_copula_adjectives()
    assert not counts.state(lemma) and not counts.trait(lemma)


def test_the_hand_lists_override_the_counts():
    counts = load_copula_adjectives()
    assert counts.state("nervioso")  # the counts say estar…
    assert not sentence_errors("Soy nerviosa.")  # …but `trait_too`: a nervous person
    assert [e.fix for e in sentence_errors("Soy nerviosa hoy.")] == ["estoy"]
    assert counts.trait("viejo")  # the counts say ser…
    assert not sentence_errors("Estoy muy viejo para eso.")  # …but `estar_too`: one has become
    assert [e.fix for e in sentence_errors("Estoy inteligente.")] == ["soy"]


CONLLU = """\
# text = Estoy cansada, la tienda está cerrada y el puente fue construido; es alto.
1\tEstoy\testar\tAUX\t_\tMood=Ind|Number=Sing|Person=1\t2\tcop\t_\t_
2\tcansada\tcansado\tADJ\t_\tGender=Fem|Number=Sing\t0\troot\t_\t_
3\t,\t,\tPUNCT\t_\t_\t2\tpunct\t_\t_
4\tla\tel\tDET\t_\t_\t5\tdet\t_\t_
5\ttienda\ttienda\tNOUN\t_\t_\t7\tnsubj:pass\t_\t_
6\testá\testar\tAUX\t_\tMood=Ind|Number=Sing|Person=3\t7\taux:pass\t_\t_
7\tcerradas\tcerrar\tVERB\t_\tGender=Fem|Number=Plur|VerbForm=Part\t2\tconj\t_\t_
8\ty\ty\tCCONJ\t_\t_\t12\tcc\t_\t_
9\tel\tel\tDET\t_\t_\t10\tdet\t_\t_
10\tpuente\tpuente\tNOUN\t_\t_\t12\tnsubj:pass\t_\t_
11\tfue\tser\tAUX\t_\tMood=Ind|Number=Sing|Person=3\t12\taux:pass\t_\t_
12\tconstruido\tconstruir\tVERB\t_\tVerbForm=Part\t2\tconj\t_\t_
13\tes\tser\tAUX\t_\tMood=Ind|Number=Sing|Person=3\t14\tcop\t_\t_
14\talto\talto\tADJ\t_\t_\t2\tparataxis\t_\t_

"""


def test_the_generator_counts_copulas_by_their_predicate(generator):
    counts = defaultdict(Counter)
    for words in importlib.import_module("generate_verb_prepositions")._words(CONLLU):
        generator.count_sentence(words, counts)
    adjective = dict(counts[("adjectives", "cansado")])
    assert adjective == {"estar": 1, "estar_personal": 1}  # estoy: personal
    assert dict(counts[("participles", "cerrar")]) == {"estar": 1}  # by its verb's lemma
    assert ("participles", "construir") not in counts  # ser + participle: a passive
    assert dict(counts[("adjectives", "alto")]) == {"ser": 1}
    text = generator.render({("adjectives", "alto"): Counter(ser=3)}, 1, 0).splitlines()
    checked_in = (ROOT / "langbot/grading/data/copula_adjectives.yaml").read_text(encoding="utf-8")
    assert text[0] == checked_in.splitlines()[0]
    assert text[text.index("adjectives:") + 1] == "  alto: {ser: 3}"


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Admito que soy equivocado.", "estoy"),
        ("Soy convencido de que viene.", "estoy"),
        ("Mi hermano es equivocado.", "está"),
        ("Fue convencido por su madre.", None),  # the preterite with an agent: a passive
        ("Es equivocado.", None),  # «it is wrong (to…)»: no one is said to be
        ("Te soy muy agradecido.", None),  # `trait_too`: a grateful person
    ],
)
def test_a_word_read_only_as_a_participle_takes_its_verbs_counts(text, fix):
    assert load_copula_adjectives().state("equivocar", participle=True)
    found = [e.fix for e in sentence_errors(text) if e.kind == "ser_estar"]
    assert found == ([fix] if fix else [])


def _copula_adjectives(text: str):
    """Each copula + adjective in a sentence as the grader reads it: (copula lemma, lemma)."""
    lexicon, rules = engine()
    rule = next(r for r in rules if r.family == "copula")
    ctx = Context(Analysis(tokenize(text), lexicon), knowledge(), rule.words)
    ctx.spelled = rule.spelled
    for i, c in copulas(ctx):
        for f in adjective_at(ctx.analysis, skip_degree(ctx, i + 1)):
            yield c.lemma, f.lemma, rule.spelled


def test_real_corrections_never_contradict_the_counts():
    """In the tuning pairs' corrected sentences (real Spanish), no adjective said with ser is
    one the counts call a state, nor one said with estar one they call a trait (hand lists
    aside), over 190 copula + adjective uses."""
    counts = load_copula_adjectives()
    pairs = yaml.safe_load((ROOT / "evals/real-pairs/pairs.yaml").read_text(encoding="utf-8"))
    seen, wrong = 0, []
    for pair in pairs:
        for copula, lemma, spelled in _copula_adjectives(pair["corrected"]):
            seen += 1
            state = counts.state(lemma) and lemma not in spelled["trait_too"]
            trait = counts.trait(lemma) and lemma not in spelled["estar_too"]
            if (copula == "ser" and state) or (copula == "estar" and trait):
                wrong.append((copula, lemma, pair["corrected"]))
    assert seen > 150
    assert not wrong


def test_a_real_learners_copula_is_caught_and_its_correction_is_not():
    learner = "Melania Trump es enojada por eso, y no le gusta Stormy Daniels."
    corrected = "Melania Trump está enojada por eso, y no le gusta Stormy Daniels."
    assert load_copula_adjectives().state("enojado")
    assert [e.fix for e in sentence_errors(learner) if e.kind == "ser_estar"] == ["está"]
    assert not [e for e in sentence_errors(corrected) if e.kind == "ser_estar"]
