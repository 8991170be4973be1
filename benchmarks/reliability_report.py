"""Run the reliability suite and write its figures into docs/reliability.md.

    python benchmarks/reliability_report.py [--mode full|sample] [--json build/reliability/report.json]
                                            [--no-run] [--doc docs/reliability.md]

Runs ``pytest -m reliability tests/reliability`` with ``MESO_DESK_RELIABILITY=<mode>`` (full by default:
about 10 minutes on 2 cores) and ``MESO_DESK_RELIABILITY_REPORT`` pointing at the JSON file, then
replaces the table between the ``<!-- figures -->`` markers of the document with one row per test:
inputs tried and outcomes as the tests recorded them, and the pytest outcome. ``--no-run`` only
rebuilds the table from an existing JSON file. Figures, not assertions: the tests assert.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BEGIN, END = "<!-- figures -->", "<!-- /figures -->"


def run_suite(mode: str, report: Path) -> tuple[int, float, str]:
    report.parent.mkdir(parents=True, exist_ok=True)
    report.unlink(missing_ok=True)
    junit = report.with_suffix(".junit.xml")
    env = {**os.environ, "MESO_DESK_RELIABILITY": mode, "MESO_DESK_RELIABILITY_REPORT": str(report),
           "QT_QPA_PLATFORM": "offscreen"}
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "reliability",
                        "tests/reliability", f"--junitxml={junit}"], cwd=ROOT, env=env, text=True,
                       capture_output=True)
    tail = "\n".join(r.stdout.strip().splitlines()[-12:])
    print(tail)
    return r.returncode, time.perf_counter() - t, tail


def outcomes_by_test(junit: Path) -> dict[str, str]:
    if not junit.exists():
        return {}
    import xml.etree.ElementTree as ET

    out = {}
    for case in ET.parse(junit).getroot().iter("testcase"):
        kinds = {child.tag for child in case}
        msg = next((c.get("message", "") for c in case if c.tag == "skipped"), "")
        status = ("failed" if kinds & {"failure", "error"} else
                  "xfail" if "skipped" in kinds and "xfail" in msg.lower() else
                  "skipped" if "skipped" in kinds else "passed")
        out[case.get("name")] = status
    return out


def _fmt(v) -> str:
    if isinstance(v, dict):
        return ", ".join(f"{k}: {_fmt(x)}" for k, x in sorted(v.items(), key=lambda kv: -kv[1]
                                                                if isinstance(kv[1], (int, float)) else 0))
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, list):
        return ", ".join(map(str, v))
    return str(v)


def table(data: dict, status: dict[str, str], seconds: float | None, rc: int | None) -> str:
    run = data.get("_run", {})
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
        dirty = bool(subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True,
                                    text=True).stdout.strip())
    except OSError:
        commit, dirty = "?", False
    mem = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f", {kb / 2**20:.0f} GiB RAM"
    except (OSError, AttributeError):
        pass
    lines = [f"Run {when}, commit {commit}{' + uncommitted changes' if dirty else ''}, mode "
             f"**{run.get('mode', '?')}**, seed {run.get('seed', '?')}, Python {run.get('python', '?')}, "
             f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores{mem}"
             + (f"; {seconds:.0f} s in all, pytest exit {rc}." if seconds is not None else "."), "",
             "| Test | Result | Figures |", "|---|---|---|"]
    names = sorted(set(data) - {"_run"} | set(status))
    for name in names:
        figs = data.get(name, {})
        body = "; ".join(f"{k}: {_fmt(v)}" for k, v in sorted(figs.items())) or "—"
        lines.append(f"| `{name}` | {status.get(name, '?')} | {body.replace('|', '/')} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=("full", "sample"), default="full")
    ap.add_argument("--json", type=Path, default=ROOT / "build" / "reliability" / "report.json")
    ap.add_argument("--doc", type=Path, default=ROOT / "docs" / "reliability.md")
    ap.add_argument("--no-run", action="store_true", help="rebuild the table from an existing JSON file")
    a = ap.parse_args(argv)
    rc = seconds = None
    if not a.no_run:
        rc, seconds, _ = run_suite(a.mode, a.json)
    data = json.loads(a.json.read_text(encoding="utf-8")) if a.json.exists() else {}
    text = table(data, outcomes_by_test(a.json.with_suffix(".junit.xml")), seconds, rc)
    doc = a.doc.read_text(encoding="utf-8")
    if BEGIN not in doc or END not in doc:
        raise SystemExit(f"{a.doc} has no {BEGIN} … {END} markers")
    head, rest = doc.split(BEGIN, 1)
    a.doc.write_text(f"{head}{BEGIN}\n{text}\n{END}{rest.split(END, 1)[1]}", encoding="utf-8")
    print(f"wrote the figures into {a.doc}")
    return 0 if rc in (None, 0) else 1


if __name__ == "__main__":
    sys.exit(main())
