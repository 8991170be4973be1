"""Ctrl+C and SIGTERM, repeatedly (issue 18 #12): the window process quits with 130 / 143 after
writing the recovery copy of its unsaved edit, without a traceback (one round each in the sample,
ten in the full run; the single-round tests are tests/app/test_signals.py)."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest
from contract import sized

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
from test_signals import test_signal_to_window_process_exits_cleanly_with_recovery as one_round

pytestmark = [pytest.mark.reliability,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGINT/SIGTERM to a process is POSIX")]


@pytest.mark.skipif(sized(0, 1) == 0, reason="the sample's round is tests/app/test_signals.py")
def test_repeated_signals_quit_cleanly(tmp_path, supplier, report):
    n = sized(0, 10)
    done = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        for k in range(n):
            folder = tmp_path / f"{sig.name}{k}"
            folder.mkdir()
            one_round(folder, supplier, sig)  # asserts exit code, copy, no traceback
            done[sig.name] = done.get(sig.name, 0) + 1
    report(rounds=done, clean_exits_with_recovery=sum(done.values()))
    assert sum(done.values()) == 2 * n
