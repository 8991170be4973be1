"""``meso-desk --screenshot OUT.png --size WxH --workspace NAME``: a picture of one phase at one
screen size (README and guide screenshots), and one clear line for a bad size or name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _run(args, user_dirs):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["MESO_DESK_DATA_DIR"] = str(user_dirs)
    return subprocess.run([sys.executable, "-m", "meso_desk", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=180)


def test_a_screenshot_of_a_workspace_at_a_size(tmp_path, user_dirs, qapp):
    out = tmp_path / "room.png"
    r = _run(["--screenshot", str(out), "--size", "1366x768", "--workspace", "room"], user_dirs)
    assert r.returncode == 0, r.stderr
    assert QImage(str(out)).size().toTuple() == (1366, 768)
    assert not (user_dirs / "meso-desk.ini").exists(), "a screenshot writes no settings"


def test_bad_size_or_workspace_is_one_line_and_exit_2(tmp_path, user_dirs):
    for args, words in ((["--size", "big"], "--size 'big': expected WIDTHxHEIGHT"),
                        (["--size", "10x10"], "between 640x480"),
                        (["--workspace", "kitchen"], "--workspace 'kitchen': one of prepare, offers, room, deal")):
        out = tmp_path / "x.png"
        r = _run(["--screenshot", str(out), *args], user_dirs)
        assert r.returncode == 2, (args, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], (args, r.stderr)
        assert not out.exists()
