"""A soak of headless window starts (issue 18): ``meso-desk --screenshot`` many times in a row; every
start exits 0, writes its picture, prints no traceback or Qt warning, and leaves no recovery or lock
file behind."""

from __future__ import annotations

import os
import statistics
import subprocess
import time

import pytest
from contract import PYTHON, ROOT, child_env, sized

pytestmark = pytest.mark.reliability


def test_headless_window_starts(tmp_path, report):
    n = sized(2, 100)
    data = tmp_path / "data"
    seconds, failures = [], []
    for k in range(n):
        out = tmp_path / f"shot{k % 2}.png"
        out.unlink(missing_ok=True)
        t = time.perf_counter()
        r = subprocess.run([PYTHON, "-m", "meso_desk", "--screenshot", str(out)], cwd=ROOT, env=child_env(data),
                           capture_output=True, text=True, timeout=120)
        seconds.append(time.perf_counter() - t)
        noise = [line for line in r.stderr.splitlines() if "Traceback" in line or "QObject::" in line
                 or "Error" in line]
        if r.returncode != 0 or not out.is_file() or out.stat().st_size < 10_000 or noise:
            failures.append(f"start {k}: exit {r.returncode}, {noise[:2]} {r.stderr[-200:]!r}")
    left = sorted(p.name for p in (data / "recovery").glob("*")) if (data / "recovery").is_dir() else []
    q = statistics.quantiles(seconds, n=20) if len(seconds) >= 2 else seconds * 19
    report(starts=n, failures=len(failures), p50_s=round(statistics.median(seconds), 2),
           p95_s=round(q[-1], 2), files_left=len(left))
    assert not failures, "\n".join(failures[:5])
    assert left == []


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:  # pragma: no cover - not Linux
        pytest.skip("needs /proc")


def test_window_create_and_dispose_cycles_do_not_grow(qapp, user_dirs, report):
    from PySide6.QtWidgets import QApplication

    from meso_desk.app.application import _dispose, _wait_until_idle, create_window

    n = sized(4, 100)
    rss = []
    for _ in range(n):
        win = create_window(remember_layout=False)
        win.show()
        _wait_until_idle(win)
        _dispose(win)
        QApplication.processEvents()
        rss.append(_rss_mb())
    growth = rss[-1] - rss[min(1, n - 1)]  # (the first window loads the modules)
    report(cycles=n, rss_first_mb=round(rss[0]), rss_last_mb=round(rss[-1]), growth_mb=round(growth, 1))
    assert growth < 100, rss
    rec = user_dirs / "recovery"
    assert not rec.is_dir() or list(rec.glob("*.meso")) == []  # no window left a copy of an unchanged plan
