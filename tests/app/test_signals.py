"""Issue 18 #12: Ctrl+C (SIGINT) and SIGTERM quit the window cleanly after an autosave (app/shutdown.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import meso_desk as md
from meso_desk.app.shutdown import SignalQuitter, exit_code

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="os.kill with SIGINT/SIGTERM is POSIX")


def _edit(doc, price=200.0):
    name = doc.plan.packages[0].name
    doc.apply(doc.plan.with_term(name, "Unit price", price), "Move Unit price")
    return doc.plan


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_signal_quits_after_autosave(make_window, qtbot, sig):
    win = make_window()
    win.autosave.delay_ms = 60_000  # only the signal writes the copy
    edited = _edit(win.document)
    codes = []
    quitter = SignalQuitter(win, quit=codes.append)
    try:
        assert not win.autosave.path.exists()
        os.kill(os.getpid(), sig)
        qtbot.waitUntil(lambda: bool(codes), timeout=5000)  # the idle event loop woke up for it
    finally:
        quitter.uninstall()
    assert codes == [exit_code(sig)] == [{signal.SIGINT: 130, signal.SIGTERM: 143}[sig]]
    assert md.load_plan(win.autosave.path) == edited
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # handlers given back


def test_uninstall_restores_handlers_and_wakeup_fd(make_window):
    win = make_window()
    before = signal.getsignal(signal.SIGTERM)
    q = SignalQuitter(win, quit=lambda code: None)
    assert signal.getsignal(signal.SIGTERM) == q._on_signal
    q.uninstall()
    assert signal.getsignal(signal.SIGTERM) == before
    assert signal.set_wakeup_fd(-1) == -1  # nothing of ours left behind


def _window_process(data: Path, plan: Path) -> subprocess.Popen:
    code = (
        "import sys, meso_desk.app.application as A\n"
        "orig = A.create_window\n"
        "def cw(*a, **k):\n"
        "    win = orig(*a, **k)\n"
        "    doc = win.document; name = doc.plan.packages[0].name\n"
        "    doc.apply(doc.plan.with_term(name, 'Unit price', 205.0), 'edit')\n"
        "    return win\n"
        "A.create_window = cw\n"
        f"sys.exit(A.run({str(plan)!r}))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MESO_DESK_DATA_DIR": str(data),
           "MESO_DESK_STARTUP_PROBE": "1"}
    return subprocess.Popen([sys.executable, "-c", code], env=env, cwd=ROOT, stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_to_window_process_exits_cleanly_with_recovery(tmp_path, supplier, sig):
    plan = tmp_path / "deal.meso"
    md.save_plan(supplier, plan)
    before = plan.read_bytes()
    p = _window_process(tmp_path / "data", plan)
    try:
        lines = []
        for line in p.stderr:  # wait for the first paint (startup probe), then signal
            lines.append(line)
            if "startup-probe" in line:
                break
        p.send_signal(sig)
        _, err = p.communicate(timeout=10)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    err = "".join(lines) + err
    assert p.returncode == exit_code(sig), err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    copies = list((tmp_path / "data" / "recovery").glob("*.meso"))
    assert len(copies) == 1
    assert md.load_plan(copies[0]).packages[0].terms["Unit price"] == 205.0
    assert plan.read_bytes() == before  # nothing saved to the user's file without asking
