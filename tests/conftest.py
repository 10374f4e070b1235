"""Shared fixtures. Every test runs isolated: no test reads a real secrets file or store."""

import os
from pathlib import Path

import pytest

from langbot.config import ENV_NAMES
from langbot.lessons import load_lessons
from langbot.tutor import Tutor
from langbot.wiring import build_tutor  # noqa: F401 - the wiring: names the default judge

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Run each test in its own folder with no LangBot settings from the machine."""
    for names in ENV_NAMES.values():
        for name in names:
            monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME", raising=False)
    monkeypatch.setenv("LANGBOT_STORE_PATH", str(tmp_path / "progress.sqlite3"))
    monkeypatch.setenv("LANGBOT_LESSONS_DIR", str(REPO / "lessons"))
    # Subprocesses (notebook kernels, servers) import this checkout, not another install.
    path = os.environ.get("PYTHONPATH", "")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(REPO), path) if p))
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def scripts():
    """Import a module of scripts/ by name, as the script runs it (scripts/ on the path)."""

    def load(name: str):
        import importlib
        import sys

        sys.path.insert(0, str(REPO / "scripts"))
        try:
            return importlib.import_module(name)
        finally:
            sys.path.remove(str(REPO / "scripts"))

    return load


@pytest.fixture
def progress_file(tmp_path) -> Path:
    """The SQLite progress file the app and the CLI use in each test (LANGBOT_STORE_PATH)."""
    return tmp_path / "progress.sqlite3"


@pytest.fixture
def fake_aws(monkeypatch, tmp_path):
    """Fake AWS credentials (no real profile or config file) and no cached boto3 clients."""
    from langbot.llm.backends import client as aws_client

    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SECURITY_TOKEN": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_CONFIG_FILE": str(tmp_path / "config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "credentials"),
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(aws_client, "_clients", {})


@pytest.fixture(params=["sqlite", "memory"])
def store(request, tmp_path):
    """Each local progress store in turn: SQLite in tmp_path, then memory."""
    from langbot.storage import MemoryStore, SqliteStore

    if request.param == "sqlite":
        return SqliteStore(tmp_path / "progress.sqlite3")
    return MemoryStore()


@pytest.fixture(scope="session")
def lessons():
    """Every lesson in lessons/, loaded once."""
    return load_lessons(REPO / "lessons")


@pytest.fixture
def tutor(lessons):
    """A tutor on the built-in engine."""
    return Tutor(lessons)


@pytest.fixture
def bad_lessons_dir(tmp_path) -> Path:
    """A lessons folder whose greetings step 2 has a model answer the step itself rejects."""
    root = Path(__file__).resolve().parent.parent
    source = (root / "lessons" / "greetings.yaml").read_text(encoding="utf-8")
    answer = load_lessons()["greetings"].steps[1].model_answer
    bad = source.replace(answer, "Me gusta el café.", 1)
    assert bad != source
    folder = tmp_path / "bad-lessons"
    folder.mkdir()
    (folder / "greetings.yaml").write_text(bad, encoding="utf-8")
    return folder


@pytest.fixture(autouse=True, scope="session")
def _eval_scored_once_a_session():
    """`langbot eval` on the same sets, lessons and settings scores the same way: the scores
    (and the progress they wrote) are made once a session and kept; each call still prints,
    checks --fail-under and exits on its own. A default run took minutes; six tests make one."""
    import copy
    import io

    from langbot import eval_cli

    scored: dict = {}
    score = eval_cli.score_runs

    def once(args, err):
        key = _eval_key(args)
        if key not in scored:
            progress = io.StringIO()
            scored[key] = (score(args, progress), progress.getvalue())
        result, progress = scored[key]
        err.write(progress)
        return copy.deepcopy(result)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(eval_cli, "score_runs", once)
        yield


def _eval_key(args) -> tuple:
    """What a `langbot eval` run's scores depend on: its sets, prompts, backend and halves,
    the folders as absolute paths, the LangBot settings of the environment, and the files of
    the set and of the lesson folders it may read (a test may rewrite them)."""
    from langbot.eval_lessons import lesson_folders

    def where(path):
        return None if path is None else str(Path(path).resolve())

    settings = sorted(
        (k, v)
        for k, v in os.environ.items()
        if k.startswith("LANGBOT_") and k != "LANGBOT_STORE_PATH"
    )
    compare = tuple(map(where, args.compare)) if args.compare else None
    folders = [args.set, *lesson_folders(args.set or ".")] if args.set else lesson_folders(".")[:1]
    files = [f for folder in folders for f in _files(Path(folder))]
    stamps = tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    return (
        args.backend,
        where(args.prompts),
        compare,
        where(args.set),
        args.tuning_only,
        *settings,
        stamps,
    )


def _files(path: Path) -> list[Path]:
    """The file, or the files below a folder; none where nothing is."""
    if path.is_file():
        return [path]
    return sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else []
