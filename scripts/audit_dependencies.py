"""CI's dependency audit: `pip-audit -r requirements.txt -r requirements-openai.txt` (the pinned
runtime, the optional OpenAI client, and everything they pull in, resolved together as
`pip install -r requirements.txt -r requirements-openai.txt` installs them) against PyPI's
vulnerability database.

A known vulnerability fails (exit 1) with one line per advisory. Where the database cannot be
reached (no network, or a mirror that serves packages but not PyPI's per-release JSON, where
pip-audit would skip every package and still say "No known vulnerabilities found"), the audit
is skipped with one line and exit 0, so an offline CI run neither fails nor passes as audited.

Run: python scripts/audit_dependencies.py [requirements.txt [requirements-openai.txt ...]]
"""

import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from importlib.metadata import version

# What pip-audit's PyPI service reads for each pinned release ("vulnerabilities" is in it).
DATABASE = "https://pypi.org/pypi/{name}/{version}/json"
SKIPPED = "Dependency audit skipped: PyPI's vulnerability database cannot be reached ({why})."
# pip-audit's own words, and requests'/urllib3's, when the network is the problem.
NETWORK = re.compile(
    r"network may be blocking|Could not connect|ConnectionError|ConnectTimeout|"
    r"Max retries exceeded|NameResolution|name resolution|timed out|not redirecting",
    re.IGNORECASE,
)


def database_unreachable(timeout: float = 10.0) -> str | None:
    """Why PyPI's vulnerability database cannot be read from here, or None if it can."""
    url = DATABASE.format(name="pip-audit", version=version("pip-audit"))
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            data = json.load(response)
    except urllib.error.HTTPError as e:
        return f"{url} answered HTTP {e.code}"
    except (OSError, ValueError) as e:  # no route, DNS, TLS, timeout, or not JSON
        return f"{url}: {e}"
    if not isinstance(data, dict) or "vulnerabilities" not in data:
        return f"{url} has no vulnerabilities field"
    return None


def verdict(returncode: int, stdout: str, stderr: str) -> tuple[int, str]:
    """The exit status and report for one `pip-audit --format json` run."""
    try:
        deps = json.loads(stdout)["dependencies"]
    except (ValueError, KeyError, TypeError):
        last = (stderr.strip().splitlines() or ["no output"])[-1]
        if returncode and NETWORK.search(stderr):
            return 0, SKIPPED.format(why=last)
        return returncode or 1, f"Dependency audit failed: pip-audit gave no report ({last})."
    vulnerable = [d for d in deps if d.get("vulns")]
    skipped = [d for d in deps if d.get("skip_reason")]
    if vulnerable:
        lines = [
            f"  {d['name']} {d['version']}: {v['id']}, fixed in "
            + (", ".join(v.get("fix_versions") or []) or "no release yet")
            for d in vulnerable
            for v in d["vulns"]
        ]
        return 1, (
            f"Dependency audit FAILED: {len(lines)} known vulnerabilities in "
            f"{len(vulnerable)} pinned packages:\n" + "\n".join(lines)
        )
    if deps and len(skipped) == len(deps):
        why = f"none of the {len(deps)} packages could be looked up: {skipped[0]['skip_reason']}"
        return 0, SKIPPED.format(why=why)
    if returncode:
        return returncode, f"Dependency audit failed: pip-audit exited {returncode}."
    note = f" ({len(skipped)} not on PyPI, not audited)" if skipped else ""
    audited = len(deps) - len(skipped)
    plural = "" if audited == 1 else "s"
    return 0, f"Dependency audit: {audited} package{plural}, no known vulnerabilities{note}."


def audit_command(requirements: list[str]) -> list[str]:
    """The pip-audit command for these requirements files, resolved together."""
    files = [arg for name in requirements for arg in ("-r", name)]
    return [sys.executable, "-m", "pip_audit", *files, "--format", "json"] + [
        "--progress-spinner",
        "off",
    ]


def main(argv: list[str]) -> int:
    """Audit the requirements files named in argv (default requirements.txt); the exit status."""
    why = database_unreachable()
    if why:
        print(SKIPPED.format(why=why))
        return 0
    run = subprocess.run(
        audit_command(argv or ["requirements.txt"]), capture_output=True, text=True
    )
    code, report = verdict(run.returncode, run.stdout, run.stderr)
    print(report)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
