"""The notebooks in notebooks/: stored without outputs, and each one runs headless.

02 and 03 run on the built-in engine; 01 runs in dry-run mode: no `sagemaker`, no AWS
call. The kernel inherits this process's environment, so the settings the autouse
fixture clears stay cleared in the notebook.
"""

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
KERNEL = "python3"


@pytest.fixture(autouse=True)
def _this_checkout(monkeypatch):
    """The kernel runs in tmp_path: make it import this checkout's langbot, not an installed one."""
    monkeypatch.setenv("PYTHONPATH", str(NOTEBOOKS.parent))


def text_of(cell) -> str:
    """Everything a cell showed: printed text, errors, and text/html of rich outputs."""
    parts = []
    for out in cell.get("outputs", []):
        if out.output_type == "stream":
            parts.append(out.text)
        elif out.output_type == "error":
            parts.append("\n".join(out.traceback))
        else:
            data = out.get("data", {})
            parts.append(data.get("text/html", "") + data.get("text/plain", ""))
    return "".join(parts)


def cell_showing(nb, needle: str):
    """The first code cell whose source contains `needle`."""
    return next(c for c in nb.cells if c.cell_type == "code" and needle in c.source)


@pytest.fixture(scope="module")
def kernel() -> str:
    """The name of an ipykernel kernel for this Python, installed for the user if missing."""
    if KERNEL not in KernelSpecManager().find_kernel_specs():
        subprocess.run(
            [sys.executable, "-m", "ipykernel", "install", "--user", "--name", KERNEL],
            check=True,
            capture_output=True,
        )
    return KERNEL


def run(name: str, kernel: str, tmp_path: Path, extra: str | None = None):
    """Execute a notebook (plus an optional extra last cell) with tmp_path as its folder."""
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    if extra:
        nb.cells.append(nbformat.v4.new_code_cell(extra))
    client = NotebookClient(
        nb, timeout=600, kernel_name=kernel, resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    return nb


def test_there_are_three_notebooks():
    names = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
    assert names == [
        "01_deploy_tgi_endpoint.ipynb",
        "02_prompt_playground.ipynb",
        "03_evaluate.ipynb",
    ]


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.name)
def test_notebooks_are_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


@pytest.mark.integration
def test_deploy_notebook_dry_run(kernel, tmp_path, monkeypatch):
    monkeypatch.setenv("LANGBOT_NOTEBOOK_DRY_RUN", "1")
    monkeypatch.setenv("HF_TOKEN", "hf_secret_token")
    nb = run(
        "01_deploy_tgi_endpoint.ipynb",
        kernel,
        tmp_path,
        extra="import sys; print('sagemaker imported:', 'sagemaker' in sys.modules)",
    )
    shown = text_of(cell_showing(nb, "deploy_args = {"))
    assert '"instance_type": "ml.g5.2xlarge"' in shown
    assert '"container_startup_health_check_timeout": 900' in shown
    assert '"MAX_TOTAL_TOKENS": "8192"' in shown
    assert '"HF_TOKEN": "***"' in shown and "hf_secret_token" not in shown
    deploy = text_of(cell_showing(nb, "model.deploy("))
    assert "DRY RUN: skipped the deploy" in deploy and "ml.g5.2xlarge" in deploy
    assert "DRY RUN: skipped the smoke test" in text_of(cell_showing(nb, "tutor.grade"))
    assert "DRY RUN: skipped the teardown" in text_of(cell_showing(nb, "# TEARDOWN"))
    secrets = text_of(cell_showing(nb, "LANGBOT_SAGEMAKER_FORMAT"))
    assert 'LANGBOT_SAGEMAKER_ENDPOINT = "langbot-tgi"' in secrets
    assert "sagemaker imported: False" in text_of(nb.cells[-1])


@pytest.mark.integration
def test_prompt_playground_runs_on_the_builtin_engine(kernel, tmp_path):
    nb = run("02_prompt_playground.ipynb", kernel, tmp_path)
    assert "backend: builtin" in text_of(nb.cells[1])
    transcript = text_of(cell_showing(nb, "SCRIPT = ["))
    assert "Hola, buenos días" in transcript and "builtin" in transcript
    table = text_of(cell_showing(nb, "side_by_side"))
    assert "<table>" in table
    assert "cheerful Spanish tutor" in table  # the edited persona
    assert "¡Hola! Soy Sofía. ¡Buenos días!" in table  # step 1's bot line
    assert "¿De dónde eres?" in table  # step 3's bot line
    assert "Soy de Londres" in table


@pytest.mark.integration
def test_evaluate_notebook_reports_accuracy_and_a_histogram(kernel, tmp_path):
    nb = run("03_evaluate.ipynb", kernel, tmp_path)
    summary = text_of(cell_showing(nb, "run_eval("))
    assert "backend: builtin" in summary
    assert "accuracy: " in summary and "%" in summary.split("accuracy: ")[1]
    table = text_of(cell_showing(nb, "per_category = "))
    assert "gender_number" in table and "accuracy" in table
    histogram = cell_showing(nb, "ax.hist")
    assert any("image/png" in out.get("data", {}) for out in histogram.outputs)
