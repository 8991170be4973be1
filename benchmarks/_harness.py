"""What every window benchmark does first, and the statistics they print.

``isolate()`` must run before Qt is imported: settings, recovery files and recent files go to a
temporary folder (never the user's), and Qt runs offscreen unless told otherwise.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def isolate() -> str:
    """Put the project first on ``sys.path`` and the user folders in a temporary one; returns it."""
    sys.path.insert(0, str(ROOT))
    tmp = tempfile.mkdtemp(prefix="meso-bench-")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = os.path.join(tmp, var.lower())
    os.environ["MESO_DESK_DATA_DIR"] = os.path.join(tmp, "data")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    return tmp


def pct(xs: list[float], q: float) -> float:
    """The ``q`` quantile of ``xs`` (linear between the two nearest samples)."""
    s = sorted(xs)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def stats(xs: list[float]) -> dict[str, float]:
    return {"median": statistics.median(xs), "p95": pct(xs, 0.95), "max": max(xs), "n": len(xs)}


def with_meso_set(plan):
    """``plan`` with a MESO set A, B, C at its aspiration added, each package holding its value."""
    import meso_desk as md  # after isolate(): the benchmark sets up its folders before any import

    pk = md.generate_mesos(plan, 3)
    names = ["A", "B", "C"]
    stored = [md.StoredPackage(name=n, terms=dict(p.terms), hold_value=True) for n, p in zip(names, pk)]
    return plan.replace(packages=(*plan.packages, *stored),
                        meso_sets=(md.MesoSet(name="MESO 1", level=plan.aspiration, packages=tuple(names)),))


def memory_parts(f: dict) -> str:
    """"; own X, mapped files Y" for a memory figure that has its parts (Linux), else ""."""
    if f.get("own") is None or f.get("files") is None:
        return ""
    return f"; own {f['own']:.0f}, mapped files {f['files']:.0f}"
