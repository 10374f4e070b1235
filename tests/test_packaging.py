"""The install and the deploy: runtime vs dev requirements, pyproject against the imports, the
Dockerfile's steps, and the commands the README and CI share."""

import ast
import importlib.metadata
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

from langbot import registry

ROOT = Path(__file__).resolve().parent.parent
DEV_TOOLS = {
    "ruff",
    "pytest",
    "pytest-httpserver",
    "hypothesis",
    "moto",
    "jsonschema",
    "playwright",
    "cfn-lint",
    "nbclient",
    "nbformat",
    "ipykernel",
    "matplotlib",
    "pip-audit",
    "import-linter",
}
TEST_COMMAND = "python -m pip install -r requirements-dev.txt && python -m pytest"


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_names(path: Path) -> list[str]:
    """The distributions a requirements file names itself (not through `-r`)."""
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            names.append(normalise(re.split(r"[\[=<>!~; ]", line, maxsplit=1)[0]))
    return names


def imported_distributions() -> set[str]:
    """Every third-party distribution that langbot/ imports at top level or in a function."""
    modules = set()
    for path in (ROOT / "langbot").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    owners = importlib.metadata.packages_distributions()
    third_party = modules - set(sys.stdlib_module_names) - {"langbot"}
    return {normalise(dist) for module in third_party for dist in owners.get(module, [module])}


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _names(requirements: list[str]) -> set[str]:
    return {normalise(re.split(r"[\[=<>!~; ]", d, maxsplit=1)[0]) for d in requirements}


def test_pyproject_dependencies_are_exactly_what_the_code_imports():
    project = pyproject()["project"]
    declared, extras = _names(project["dependencies"]), project["optional-dependencies"]
    assert declared | _names(extras["openai"]) == imported_distributions()
    assert not declared & _names(extras["openai"])


def test_the_openai_client_is_an_optional_install_that_dev_adds():
    # Left out of the runtime to keep it small (issue 19); the registry names the install line.
    extra = _names(pyproject()["project"]["optional-dependencies"]["openai"])
    assert set(requirement_names(ROOT / "requirements-openai.txt")) == extra
    needs, install = registry._EXTRAS["openai"]
    assert install == "pip install -r requirements-openai.txt"
    owners = importlib.metadata.packages_distributions()
    assert {normalise(d) for module in needs for d in owners[module]} == extra
    text = (ROOT / "requirements-openai.txt").read_text(encoding="utf-8")
    assert all("==" in line for line in text.splitlines() if line and line[0] != "#")
    dev = (ROOT / "requirements-dev.txt").read_text(encoding="utf-8")
    assert re.search(r"^-r requirements-openai\.txt$", dev, re.M)


def test_requirements_txt_is_the_runtime_only_and_pins_every_dependency():
    runtime = requirement_names(ROOT / "requirements.txt")
    declared = {normalise(d) for d in pyproject()["project"]["dependencies"]}
    assert declared <= set(runtime), "requirements.txt pins what pyproject.toml declares"
    # a transitive dependency is pinned only where a new release broke the app (httpx2 2.17.0)
    assert set(runtime) - declared <= {"httpx2", "httpcore2"}, "requirements.txt pins extra"
    assert not set(runtime) & DEV_TOOLS
    text = (ROOT / "requirements.txt").read_text(encoding="utf-8")
    assert not re.search(r"^\s*-e\b", text, re.M), "the app imports langbot from the checkout"
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            assert "==" in line, f"unpinned: {line}"


def test_requirements_dev_adds_the_tools_on_top_of_the_runtime():
    text = (ROOT / "requirements-dev.txt").read_text(encoding="utf-8")
    assert re.search(r"^-r requirements\.txt$", text, re.M)
    assert DEV_TOOLS <= set(requirement_names(ROOT / "requirements-dev.txt"))


def test_readme_and_ci_use_the_same_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    assert quickstart.split() == "pip install -r requirements.txt streamlit run streamlit_app.py".split()  # fmt: skip
    tests = readme.split("## Tests", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    assert tests.strip() == TEST_COMMAND
    commands = [line.strip() for line in ci.splitlines() if line.strip().startswith("python")]
    install, run = TEST_COMMAND.split(" && ")
    audit = "python scripts/audit_dependencies.py requirements.txt requirements-openai.txt"
    lint = ["python -m ruff check .", "python -m ruff format --check ."]
    assert commands == [install, *lint, run, audit]
    # the import contracts run between the lint and the suite
    steps = [line.strip() for line in ci.splitlines() if line.strip() and line[0] != "#"]
    assert steps.index("lint-imports") == steps.index(lint[-1]) + 1
    assert "apt-get install -y -qq chromium" in ci and "[ ! -x /usr/bin/chromium ]" in ci


def test_an_idle_server_watches_no_files_and_venvs_are_ignored():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["fileWatcherType"] == "none"
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert ".venv/" in ignored
    assert ".venv" in (ROOT / ".dockerignore").read_text(encoding="utf-8").split()


# --- The Dockerfile -------------------------------------------------------------------------


def instructions() -> list[tuple[str, str]]:
    """The Dockerfile as (INSTRUCTION, arguments), continuation lines joined."""
    text = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text(encoding="utf-8"))
    found = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            found.append((word.upper(), rest.strip()))
    return found


def test_dockerfile_installs_the_runtime_after_copying_the_package_and_runs_as_a_user():
    steps = instructions()
    copied = []
    for word, rest in steps:
        if word == "COPY":
            copied.extend(shlex.split(rest)[:-1])
        if word == "RUN" and "-e ." in rest:
            assert {"pyproject.toml", "langbot/"} <= set(copied), "copy the package first"
    runs = " ".join(rest for word, rest in steps if word == "RUN")
    assert "requirements-dev" not in runs and not DEV_TOOLS & set(re.findall(r"[\w-]+", runs))
    assert "COPY . ." not in [f"{w} {r}" for w, r in steps]
    user = [rest for word, rest in steps if word == "USER"]
    assert user and user[-1] not in ("root", "0")
    health = [rest for word, rest in steps if word == "HEALTHCHECK"]
    assert health and "/_stcore/health" in health[0]


@pytest.mark.integration
def test_the_dockerfile_pip_steps_work_in_a_fresh_venv(tmp_path):
    """Replay the Dockerfile's COPY and pip steps in a fresh venv, then run the `langbot`
    command it installed from outside the app folder."""
    app, venv = tmp_path / "app", tmp_path / "venv"
    app.mkdir()
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    # The new venv sees this environment's packages (a venv or not; --system-site-packages
    # would see only the base interpreter's), so the pins install offline from them.
    inner = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    outer = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(inner) / "outer-env.pth").write_text("\n".join(sorted(outer)) + "\n")
    for word, rest in instructions():
        if word == "COPY":
            *sources, dest = shlex.split(rest)
            for source in sources:
                copy_into(ROOT / source, app / dest)
        elif word == "RUN" and rest.startswith("pip install"):
            args = shlex.split(rest)[2:]
            # The pins must be satisfied offline by this machine's packages; building the
            # package fetches setuptools from the index, as the image build does.
            offline = ["--no-index"] if "-r" in args else []
            subprocess.run([str(python), "-m", "pip", "install", "-q", *offline, *args], cwd=app, check=True)  # fmt: skip
    listed = subprocess.run(
        [str(venv / "bin" / "langbot"), "lessons"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "greetings" in listed.stdout
    assert not (app / "tests").exists()


def copy_into(source: Path, dest: Path) -> None:
    """`COPY source dest` as Docker does it for one file or folder (dest/ means a folder)."""
    if source.is_dir():
        shutil.copytree(source, dest, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
        return
    target = dest / source.name if str(dest).endswith("/") or dest.is_dir() else dest
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, target)


def docker_daemon() -> str | None:
    """Why the image cannot be built here, or None when a Docker daemon answers."""
    docker = shutil.which("docker")
    if docker is None:
        return "the docker command is not installed"
    info = subprocess.run([docker, "info"], capture_output=True, text=True, timeout=30)
    if info.returncode != 0:
        return "no Docker daemon is running (`docker info` failed)"
    return None


@pytest.mark.integration
def test_the_docker_image_builds():
    reason = docker_daemon()
    if reason:
        pytest.skip(f"cannot build the image: {reason}")
    subprocess.run(["docker", "build", "-t", "langbot:test", str(ROOT)], check=True, timeout=1800)
