"""Subject and verb agreement: a noun phrase, name or pronoun and the verb that agrees with
it across clitics and adverbs, in any tense and mood. Wrong sentences get a verb error at the
verb; right ones, where the noun phrase before the verb is not its subject or may take
another number, get none."""

import pytest

from langbot.grading import sentence_errors
from langbot.grading.tokens import tokenize

WRONG = [
    # (sentence, the verb flagged): a plural subject across a clitic, in the past
    ("Sus letras me consoló en un tiempo difícil.", "consoló"),
    ("Sus palabras me hizo llorar.", "hizo"),
    ("Mis abuelos se fue.", "fue"),
    # across adverbs, past adjectives and a «de»/«del» phrase
    ("Mis padres todavía vive allí.", "vive"),
    ("Mis padres ya no trabaja.", "trabaja"),
    ("Las flores del jardín huele bien.", "huele"),
    ("Los estudiantes de mi clase no entiende.", "entiende"),
    ("Mis padres biológicos vive en Madrid.", "vive"),
    # a name and the speaker's verb
    ("Kousei dije que no.", "dije"),
    # verbs of a list share their subject's person
    ("Donald Glover es actor, representas la música rap, y cantas.", "representas"),
    # a present subjunctive with no trigger
    ("Mis padres todavía vivan allí.", "vivan"),
    ("Mi abuela me enseñe cómo leer.", "enseñe"),
    ("Ella me ayude con la tarea.", "ayude"),
    ("Mi madre no pueda venir.", "pueda"),
]

RIGHT = [
    # an object said first, doubled by its clitic; the subject after the verb
    "Las manzanas las compra mi madre.",
    "Ese coche me lo regalaron mis padres.",
    "Este año vienen mis primos.",
    "Cada semestre vienen estudiantes nuevos.",
    "Todo el tiempo pasan cosas.",
    "Mi problema son los exámenes.",
    # parts and groups
    "La mayoría de mis amigos viven aquí.",
    "La mitad de mis amigos trabajaron.",
    "El resto de los alumnos llegaron tarde.",
    "Un grupo de turistas llegaron.",
    "Uno de los chicos es alto.",
    # relative clauses, coordinated subjects, verbs like gustar, impersonal se, quotes
    "Los libros que me gustaron son caros.",
    "Los libros que me gusta leer son caros.",
    "Mi madre y yo vamos al cine.",
    "Las noticias de la guerra nos preocupan.",
    "Se vende pisos.",
    'Mis padres dijeron: "Tú eres mi hijo".',
    "Mis padres, que viven en Madrid, son médicos.",
    # a list with a subject of its own, a name that may be a place's
    "Ella vive en Madrid, yo vivo en Sevilla y él vive en Bilbao.",
    "Madrid es bonita, tienes museos y puedes pasear.",
    # the subjunctive with its trigger, as a command or a wish
    "Quizás mis padres vivan allí.",
    "Mi hermano tal vez venga mañana.",
    "Quiero que mi abuela me enseñe a leer.",
    "Tú no te preocupes.",
    "Usted tenga cuidado.",
    "El Señor esté con vosotros.",
    "Cada uno haga lo suyo.",
    "Mi hermano vaya donde vaya, siempre gana.",
    "Yo hable con ella ayer.",
]


@pytest.mark.parametrize(("text", "verb"), WRONG)
def test_the_verb_that_disagrees_is_flagged(text, verb):
    tokens = tokenize(text)
    flagged = [
        tokens.original_text(e.start, e.end) for e in sentence_errors(text) if e.kind == "verb"
    ]
    assert verb in flagged, (text, flagged)


@pytest.mark.parametrize("text", RIGHT)
def test_agreeing_sentences_get_no_error(text):
    assert sentence_errors(text) == [], text


@pytest.mark.parametrize(
    "text, fix",
    [
        ("La cocina de mis abuelos son pequeñas.", "es"),
        ("La madre de mis amigos son simpáticas.", "es"),
    ],
)
def test_a_verb_that_agrees_with_the_de_phrase_gets_one_fix_not_a_wrong_second(text, fix):
    """The verb is wrong, not the adjective: «pequeñas» does not describe «mis abuelos»."""
    assert [(e.kind, e.fix) for e in sentence_errors(text)] == [("verb", fix)]


def test_after_a_part_noun_the_predicate_still_agrees_with_what_it_counts():
    assert [e.fix for e in sentence_errors("La mayoría de las chicas son altos.")] == ["altas"]


@pytest.mark.parametrize(
    "text, errors",
    [
        ("quince café son", [("gender_number", "cafés")]),  # ends on its verb: read to the end
        ("Mis padres es", [("verb", "son")]),
    ],
)
def test_a_sentence_that_ends_on_its_verb_gets_its_errors_and_no_crash(text, errors):
    """The number makes «quince café» plural: the noun is the slip, not the verb."""
    assert [(e.kind, e.fix) for e in sentence_errors(text)] == errors
