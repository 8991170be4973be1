"""The reliability suite (issue 18; docs/reliability.md): hostile files, kills, recovery, leaks, soak.

``MESO_DESK_RELIABILITY=sample`` (the default; what CI runs inside the normal test run) tries a few
inputs of each kind; ``full`` tries many more (``benchmarks/reliability_report.py``). With
``MESO_DESK_RELIABILITY_REPORT=path`` each test adds its figures (inputs tried, outcomes) to that JSON
file. Every subprocess gets a private data folder, the offscreen platform and a timeout.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

import pytest
from contract import DAY, MODE, SEED

if MODE not in ("sample", "full"):
    raise pytest.UsageError(f"MESO_DESK_RELIABILITY must be 'sample' or 'full', not {MODE!r}")


@pytest.fixture
def rng() -> random.Random:
    return random.Random(SEED)


@pytest.fixture
def report(request):
    """``report(**figures)``: record this test's figures (merged into the JSON report, if asked for)."""
    figures: dict = {}
    yield figures.update
    path = os.environ.get("MESO_DESK_RELIABILITY_REPORT")
    if not path or not figures:
        return
    p = Path(path)
    data = json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}
    data["_run"] = {"mode": MODE, "seed": SEED, "day": DAY, "python": sys.version.split()[0]}
    data[request.node.name] = figures
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
