"""The dependency index the treebank generators share (scripts/treebanks.py `tree`): on a
small CoNLL-U sentence, each word's dependents in order, a contraction's two words apart."""

import pytest

CONLLU = """# text = Pienso en la casa del pueblo.
1\tPienso\tpensar\tVERB\t_\tMood=Ind|Number=Sing|Person=1\t0\troot\t_\t_
2\ten\ten\tADP\t_\t_\t4\tcase\t_\t_
3\tla\tel\tDET\t_\tGender=Fem|Number=Sing\t4\tdet\t_\t_
4\tcasa\tcasa\tNOUN\t_\tGender=Fem|Number=Sing\t1\tobl\t_\t_
5-6\tdel\t_\t_\t_\t_\t_\t_\t_\t_
5\tde\tde\tADP\t_\t_\t7\tcase\t_\t_
6\tel\tel\tDET\t_\tGender=Masc|Number=Sing\t7\tdet\t_\t_
7\tpueblo\tpueblo\tNOUN\t_\tGender=Masc|Number=Sing\t4\tnmod\t_\t_
8\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

"""


@pytest.fixture(scope="module")
def modules(scripts):
    """scripts/treebanks.py and scripts/generate_verb_prepositions.py (its CoNLL-U reader)."""
    return scripts("treebanks"), scripts("generate_verb_prepositions")


def test_the_tree_gives_each_head_its_dependents_in_order(modules):
    treebanks, generator = modules
    [words] = generator._words(CONLLU)
    by_id, children = treebanks.tree(words)

    def forms(i):
        return [(c["form"], c["rel"]) for c in children[i]]

    assert forms(0) == [("pienso", "root")]
    assert forms(1) == [("casa", "obl"), (".", "punct")]
    assert forms(4) == [("en", "case"), ("la", "det"), ("pueblo", "nmod")]
    assert forms(7) == [("de", "case"), ("el", "det")]  # «del»: its two words
    assert children[3] == []  # «la» heads nothing
    assert by_id[children[4][2]["head"]]["form"] == "casa"
    assert sorted(by_id) == list(range(1, 9))
