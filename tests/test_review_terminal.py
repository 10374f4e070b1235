"""A lesson played in the terminal (`langbot chat`) fills the learner's review queue as the
web does, through the same code path, and `langbot review` brings the misses back."""

from io import StringIO

from langbot.cli import main
from langbot.practice import Practice
from langbot.review.scheduling import CLOCK_SHIFT
from langbot.storage import SqliteStore

WEB, TERMINAL = "review-web-0001", "review-term-0001"
# greetings: step 2 right after a cue, step 4 revealed after three misses, the rest right
ANSWERS = [
    "Hola",
    "Me llama Ana",
    "Me llamo Ana",
    "Soy de Londres",
    "soy bien",
    "¿Qué hora es?",
    "me gusta el café",
    "Sí, soy estudiante",
    "Hablo un poco de español",
    "Adiós",
]


def run(*argv: str, stdin: str = "") -> tuple[int, str]:
    out = StringIO()
    code = main(list(argv), out=out, inp=StringIO(stdin))
    return code, out.getvalue()


def what_items_hold(store: SqliteStore, learner: str) -> list[tuple]:
    return [
        (i.id, i.wrote, i.correction, i.kinds, [(r.source, r.rating) for r in i.history])
        for i in sorted(store.reviews(learner).items, key=lambda i: i.step)
    ]


def test_a_lesson_in_the_terminal_makes_the_same_review_items_as_the_web(tutor, progress_file):
    web = Practice(tutor, SqliteStore(progress_file))
    for text in ANSWERS:
        web.answer(WEB, "greetings", text)
    code, out = run("chat", "greetings", "--learner", TERMINAL, stdin="\n".join(ANSWERS) + "\n")
    assert code == 0 and "Done!" in out
    assert "come back for review" in out
    store = SqliteStore(progress_file)
    made = what_items_hold(store, TERMINAL)
    assert [m[0] for m in made] == ["greetings#2", "greetings#4"]
    assert made == what_items_hold(store, WEB)
    assert store.completions(TERMINAL)[0]["summary"] == store.completions(WEB)[0]["summary"]


def test_the_terminals_own_learner_reviews_what_it_missed_in_chat(progress_file, monkeypatch):
    code, out = run("chat", "greetings", stdin="Hola\nMe llama Ana\nMe llamo Ana\n/quit\n")
    assert code == 0 and "Your place is saved" in out
    code, out = run("chat", "greetings", stdin="/quit\n")  # the same learner: it resumes
    assert "[step 3/" in out
    monkeypatch.setenv(CLOCK_SHIFT, "2")
    code, out = run("review", stdin="Me llamo Ana\n")
    assert code == 0 and "1 review(s) due" in out
    assert "Last time you wrote «Me llama Ana» → «Me llamo Ana»" in out
    assert "All 1 review(s) done: 1 right first time." in out
