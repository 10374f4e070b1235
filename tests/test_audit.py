"""CI's dependency audit (scripts/audit_dependencies.py): a known vulnerability fails; a run
that cannot reach PyPI's vulnerability database is skipped with one clear line, never failed
and never reported as audited."""

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "audit_dependencies.py"
VULNERABLE = "urllib3==1.26.4"  # CVE-2021-33503 and later advisories, fixed in 1.26.5+


def _audit():
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import audit_dependencies
    finally:
        sys.path.remove(str(SCRIPT.parent))
    return audit_dependencies


def _report(result) -> str:
    """pip-audit's own JSON report for (dependency, vulnerabilities) pairs."""
    from pip_audit._format.json import JsonFormat

    return JsonFormat(output_desc=False, output_aliases=False).format(dict(result), [])


def _vulnerable_report() -> str:
    from packaging.version import Version
    from pip_audit._service.interface import ResolvedDependency, VulnerabilityResult

    dep = ResolvedDependency(name="urllib3", version=Version("1.26.4"))
    vuln = VulnerabilityResult(
        id="PYSEC-2021-108",
        description="Catastrophic backtracking in URL authority parsing",
        fix_versions=[Version("1.26.5")],
        aliases={"CVE-2021-33503"},
        published=datetime(2021, 6, 29),
    )
    safe = ResolvedDependency(name="idna", version=Version("3.7"))
    return _report([(dep, [vuln]), (safe, [])])


def _offline_report() -> str:
    """What pip-audit prints where PyPI's per-release JSON is not served: every package skipped."""
    from pip_audit._service.interface import SkippedDependency

    reason = "Dependency not found on PyPI and could not be audited: {} ({})"
    return _report(
        [
            (SkippedDependency(name=n, skip_reason=reason.format(n, v)), [])
            for n, v in [("streamlit", "1.67.0"), ("boto3", "1.44.5")]
        ]
    )


def test_a_known_vulnerability_fails_the_audit_and_names_the_fix() -> None:
    code, report = _audit().verdict(1, _vulnerable_report(), "Found 1 known vulnerability")
    assert code == 1
    assert "FAILED" in report and "urllib3 1.26.4: PYSEC-2021-108, fixed in 1.26.5" in report
    assert "idna" not in report


@pytest.mark.parametrize(
    ("returncode", "stdout", "stderr"),
    [
        (0, "offline", "No known vulnerabilities found"),  # pip-audit's exit 0 on all-skipped
        (
            1,
            "",
            "ERROR:pip_audit._cli:Could not connect to PyPI's vulnerability feed\n"
            "Tip: your network may be blocking this service. Try another service with `-s SERVICE`",
        ),
        (
            1,
            "",
            "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='pypi.org', port=443): "
            "Max retries exceeded with url: /pypi/streamlit/1.67.0/json",
        ),
    ],
    ids=["every-package-skipped", "connect-timeout", "no-route"],
)
def test_an_unreachable_database_skips_with_one_line(returncode, stdout, stderr) -> None:
    stdout = _offline_report() if stdout == "offline" else stdout
    code, report = _audit().verdict(returncode, stdout, stderr)
    assert code == 0 and len(report.splitlines()) == 1
    assert report.startswith("Dependency audit skipped: PyPI's vulnerability database cannot")
    assert "no known vulnerabilities" not in report.lower()  # not reported as audited


def test_a_broken_audit_that_is_not_the_network_fails() -> None:
    code, report = _audit().verdict(1, "", "ERROR: invalid requirements input: boto3>=")
    assert code == 1 and "failed" in report and "invalid requirements input" in report


def test_a_clean_audit_passes_and_says_what_it_checked() -> None:
    from packaging.version import Version
    from pip_audit._service.interface import ResolvedDependency

    clean = _report([(ResolvedDependency(name="idna", version=Version("3.7")), [])])
    assert _audit().verdict(0, clean, "No known vulnerabilities found") == (
        0,
        "Dependency audit: 1 package, no known vulnerabilities.",
    )


@pytest.mark.integration
def test_the_ci_step_fails_on_a_vulnerable_pin_or_says_it_was_skipped(tmp_path) -> None:
    """Run as CI runs it: offline, one skip line and success; online, the advisory and failure."""
    requirements = tmp_path / "requirements.txt"
    requirements.write_text(VULNERABLE + "\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(SCRIPT), str(requirements)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if run.returncode == 0:
        assert run.stdout.startswith("Dependency audit skipped: ")
        assert len(run.stdout.splitlines()) == 1
    else:
        assert run.returncode == 1 and "urllib3 1.26.4: " in run.stdout, run.stdout + run.stderr


def test_ci_audits_every_pinned_runtime_file_the_readme_installs() -> None:
    """requirements.txt and the optional requirements-openai.txt (every requirements file but the
    dev tools') are audited, together, as `pip install -r … -r …` installs them."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    (line,) = [x for x in ci.splitlines() if x.startswith("python scripts/audit_dependencies.py")]
    audited = line.split()[2:]
    runtime = {p.name for p in ROOT.glob("requirements*.txt")} - {"requirements-dev.txt"}
    assert set(audited) == runtime and "requirements-openai.txt" in audited
    command = _audit().audit_command(audited)
    assert command[command.index("-r") :][: 2 * len(audited)] == [
        arg for name in audited for arg in ("-r", name)
    ]
