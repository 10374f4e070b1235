"""The generated verb table: real forms come out right, and a bad file names its field."""

import importlib.util
from pathlib import Path

import pytest
import yaml

from langbot.errors import LessonFileError
from langbot.grading.verbs import DEFAULT_PATH, VerbFile, load_verbs, parse_verbs

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def verbs():
    return load_verbs()


@pytest.mark.parametrize(
    ("form", "infinitive", "label"),
    [
        ("tengo", "tener", "1s"),
        ("vienes", "venir", "2s"),
        ("juegan", "jugar", "3p"),
        ("llamo", "llamarse", "1s"),
        ("llamo", "llamar", "1s"),
        ("levanto", "levantarse", "1s"),
        ("soy", "ser", "1s"),
        ("esta", "estar", "3s"),
        ("voy", "irse", "1s"),
        ("oigo", "oír", "1s"),
        ("almuerzas", "almorzar", "2s"),
        ("prefiere", "preferir", "3s"),
        ("sigo", "seguir", "1s"),
        ("quisiera", "querer", "subj_1s"),
        ("quisiera", "querer", "subj_3s"),
        ("gustaria", "gustar", "cond_1s"),
        ("encantaria", "encantar", "cond_3s"),
        ("podria", "poder", "cond_1s"),
        ("podrias", "poder", "cond_2s"),
        ("sigue", "seguir", "imp_tu"),
        ("siga", "seguir", "imp_usted"),
        ("siga", "seguir", "subj_3s"),  # the usted imperative is the present subjunctive too
        ("venga", "venir", "subj_1s"),
        ("gira", "girar", "imp_tu"),
        ("gire", "girar", "imp_usted"),
        ("toma", "tomar", "imp_tu"),
        ("levantate", "levantarse", "imp_tu"),
        ("sientese", "sentarse", "imp_usted"),
        ("vete", "irse", "imp_tu"),
        ("hablando", "hablar", "ger"),
        ("durmiendo", "dormir", "ger"),
        ("hecho", "hacer", "part"),
        ("elegido", "elegir", "part"),
        ("ser", "ser", "inf"),
        ("llamar", "llamarse", "inf"),
        ("pasamos", "pasar", "1p"),
        ("nieva", "nevar", "3s"),
        ("atrevo", "atreverse", "1s"),
        ("atrevete", "atreverse", "imp_tu"),
    ],
)
def test_form_lookup(verbs, form, infinitive, label):
    labels = dict(verbs.forms[form])
    assert label in labels[infinitive]


def test_present_keeps_accents(verbs):
    assert verbs.present("tener") == {
        "1s": "tengo",
        "2s": "tienes",
        "3s": "tiene",
        "1p": "tenemos",
        "2p": "tenéis",
        "3p": "tienen",
    }
    assert verbs.present("oir")["1p"] == "oímos"  # folded spelling finds the entry
    assert verbs.present("no such verb") == {}


def test_reflexive_and_gustar_flags(verbs):
    assert verbs.is_reflexive("llamarse") and verbs.is_reflexive("despertarse")
    assert not verbs.is_reflexive("llamar") and not verbs.is_reflexive("ser")
    assert verbs.is_like_gustar("gustar") and verbs.is_like_gustar("encantar")
    assert not verbs.is_like_gustar("comer")


def test_verb_behaviour_the_rules_read_is_in_the_file(verbs):
    """What gustar's and the reflexive rules need of a verb is verbs.yaml data, not a list
    in a rule file."""
    assert verbs.has("parecer", "also_personal") and not verbs.has("gustar", "also_personal")
    assert verbs.said_with("name") == {"llamar"} and verbs.said_with("adjective") == {"sentir"}
    assert verbs.has("disfrutar", "never_reflexive") and not verbs.has(
        "levantar", "never_reflexive"
    )
    # «escucho Bad Bunny» names a work; «vimos Carlota» a person, who takes «a»
    assert verbs.has("escuchar", "work_object") and not verbs.has("ver", "work_object")


@pytest.mark.parametrize(
    ("name", "extra", "message"),
    [
        ("comer", {"also_personal": True}, "also_personal needs like_gustar"),
        ("comer", {"reflexive_with": "name"}, "reflexive_with is for -se verbs only"),
        ("llamarse", {"reflexive": True, "never_reflexive": True}, "cannot be never_reflexive"),
        ("llamarse", {"reflexive_with": "noun"}, "verb 'llamarse': reflexive_with"),
    ],
)
def test_verb_behaviour_that_contradicts_itself_is_refused(tmp_path, name, extra, message):
    entry = {"present": "a b c d e f", "gerund": "g", "participle": "p", **extra}
    with pytest.raises(LessonFileError, match=message):
        parse_verbs({"verbs": {name: entry}}, tmp_path / "verbs.yaml")


def test_infinitives_are_folded_without_se(verbs):
    assert {"llamar", "oir", "ducharse"} & verbs.infinitives == {"llamar", "oir"}
    assert {"acostar", "vestir", "ir", "tener", "gustar"} <= verbs.infinitives


def test_every_form_key_is_folded(verbs):
    assert not [key for key in verbs.forms if any(ch in key for ch in "áéíóúü ")]


def test_table_size(verbs):
    assert len(verbs.entries) >= 350
    assert DEFAULT_PATH.stat().st_size < 1_000_000


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {"present": "tengo tienes", "gerund": "teniendo", "participle": "tenido"},
            "verb 'tener': present",
        ),
        (
            {"present": "a b c d e f", "gerund": "Teniendo", "participle": "x"},
            "verb 'tener': gerund",
        ),
        (
            {"present": "a b c d e f", "gerund": "g", "participle": "p", "imperative": "ten"},
            "verb 'tener': imperative",
        ),
        (
            {"present": "a b c d e f", "gerund": "g", "participle": "p", "color": "x"},
            "verb 'tener': color",
        ),
        (
            {"present": "a b c d e f", "gerund": "g", "participle": "p", "prepositions": "en a"},
            "verb 'tener': prepositions",
        ),
        (
            {"present": "a b c d e f", "gerund": "g", "participle": "p", "irregular": "often"},
            "verb 'tener': irregular",
        ),
    ],
)
def test_malformed_file_names_file_verb_and_field(tmp_path, entry, message):
    path = tmp_path / "verbs.yaml"
    path.write_text(yaml.safe_dump({"verbs": {"tener": entry}}), encoding="utf-8")
    with pytest.raises(LessonFileError) as err:
        load_verbs(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_reflexive_flag_must_match_the_infinitive(tmp_path):
    entry = {"present": "a b c d e f", "gerund": "g", "participle": "p"}
    with pytest.raises(LessonFileError, match="reflexive"):
        parse_verbs({"verbs": {"llamarse": entry}}, tmp_path / "verbs.yaml")


def test_unreadable_yaml_names_the_file(tmp_path):
    path = tmp_path / "verbs.yaml"
    path.write_text("verbs: {tener: [", encoding="utf-8")
    with pytest.raises(LessonFileError, match="verbs.yaml: is not valid YAML"):
        load_verbs(path)


def test_checked_in_file_matches_the_generator():
    """Re-generate a few verbs with verbecc and compare them with the checked-in file."""
    pytest.importorskip("verbecc", reason="verbecc is a generator-time tool; not installed")
    spec = importlib.util.spec_from_file_location(
        "generate_verb_forms", REPO / "scripts" / "generate_verb_forms.py"
    )
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    sample = ["tener", "despertarse", "pasar", "parecer", "llamarse", "disfrutar"]  # behaviour too
    fresh = VerbFile.model_validate(yaml.safe_load(generator.render(generator.generate(sample))))
    checked_in = load_verbs().entries
    assert {inf: checked_in[inf] for inf in sample} == fresh.verbs
