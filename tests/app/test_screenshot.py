"""``meso-desk --screenshot OUT.png`` in its own process: a 1400 × 900 PNG of the whole window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _pixels(path: Path) -> np.ndarray:
    img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    ptr = img.constBits()
    arr = np.frombuffer(ptr, dtype=np.uint8, count=img.sizeInBytes()).reshape(img.height(), img.bytesPerLine())
    return arr[:, : img.width() * 4].reshape(img.height(), img.width(), 4)[..., :3].copy()


def _run(args, user_dirs):
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["MESO_DESK_DATA_DIR"] = str(user_dirs)
    return subprocess.run([sys.executable, "-m", "meso_desk", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=180)


def test_screenshot_png(tmp_path, user_dirs, qapp):
    out = tmp_path / "shots" / "window.png"
    out.parent.mkdir()  # the folder is the user's: --screenshot never makes one (tests/cli/test_cli_outputs.py)
    r = _run(["--screenshot", str(out)], user_dirs)
    assert r.returncode == 0, r.stderr
    assert out.is_file()
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1400, 900)
    px = _pixels(out)
    colours = np.unique(px.reshape(-1, 3), axis=0)
    assert len(colours) > 50, "a real window has text, controls and plots, not a flat fill"
    # not blank anywhere large: each quarter of the window has detail
    h, w = px.shape[:2]
    for qy in (0, 1):
        for qx in (0, 1):
            q = px[qy * h // 2:(qy + 1) * h // 2, qx * w // 2:(qx + 1) * w // 2]
            assert q.std() > 5, (qx, qy)
    # the screenshot leaves no trace in the user's folders (no settings, no recovery copy)
    assert not (user_dirs / "recovery").exists() or not any((user_dirs / "recovery").iterdir())
    assert not (user_dirs / "meso-desk.ini").exists()


def test_screenshot_of_a_plan_file(tmp_path, user_dirs, qapp):
    import meso_desk as md

    plan = tmp_path / "hiring.meso"
    md.save_plan(md.example_plan("hiring"), plan)
    before = plan.read_bytes()
    out = tmp_path / "hiring.png"
    r = _run([str(plan), "--screenshot", str(out)], user_dirs)
    assert r.returncode == 0, r.stderr
    assert QImage(str(out)).size().toTuple() == (1400, 900)
    assert plan.read_bytes() == before


def test_screenshot_of_a_broken_plan_fails_cleanly(tmp_path, user_dirs):
    bad = tmp_path / "bad.meso"
    bad.write_text("nope")
    out = tmp_path / "x.png"
    r = _run([str(bad), "--screenshot", str(out)], user_dirs)
    assert r.returncode == 2
    assert r.stderr.strip().startswith("meso-desk: bad.meso:") and len(r.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_interactive_start_paints_and_exits_cleanly(tmp_path, user_dirs):
    """The real ``meso-desk PLAN`` path up to the first paint (the start-up probe then quits):
    exit code 0 and no abort at interpreter exit."""
    import meso_desk as md

    pytest.importorskip("meso_desk.app.startup_probe")
    plan = tmp_path / "p.meso"
    md.save_plan(md.example_plan("supplier"), plan)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MESO_DESK_DATA_DIR": str(user_dirs),
           "MESO_DESK_STARTUP_PROBE": "exit"}
    r = subprocess.run([sys.executable, "-m", "meso_desk", str(plan)], capture_output=True, text=True,
                       env=env, cwd=ROOT, timeout=180)
    assert r.returncode == 0, r.stderr
    assert "startup-probe: first-paint" in r.stderr
    assert "Fatal" not in r.stderr and "Traceback" not in r.stderr
    assert not list(user_dirs.glob("recovery/*.meso")), "an unmodified plan leaves no recovery copy"


def test_the_window_is_drawn_at_200_percent_scaling(tmp_path, user_dirs, qapp, monkeypatch):
    """High-DPI (issue 26): at 200 % the window is drawn at twice the pixels — text, controls and plots
    at the screen's resolution, not a blown-up 100 % picture (many more distinct edges per area)."""
    small, big = tmp_path / "at100.png", tmp_path / "at200.png"
    r = _run(["--screenshot", str(small), "--size", "1366x768"], user_dirs)
    assert r.returncode == 0, r.stderr
    monkeypatch.setenv("QT_SCALE_FACTOR", "2")
    r = _run(["--screenshot", str(big), "--size", "1366x768"], user_dirs)
    assert r.returncode == 0, r.stderr
    a, b = QImage(str(small)), QImage(str(big))
    assert (a.width(), a.height()) == (1366, 768)
    assert (b.width(), b.height()) == (2732, 1536)

    def sharpness(px: np.ndarray) -> float:
        """How often neighbouring pixels differ strongly: a blown-up picture has half as many edges."""
        g = px.astype(float).mean(axis=2)
        return float((np.abs(np.diff(g, axis=1)) > 40).mean())

    # the 100 % picture blown up to the same size (each pixel doubled) has far fewer sharp edges
    # than the window drawn at 200 %
    blown_up = np.repeat(np.repeat(_pixels(small), 2, axis=0), 2, axis=1)
    assert sharpness(_pixels(big)) > 1.15 * sharpness(blown_up)
