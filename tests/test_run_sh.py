"""scripts/run.sh repairs an incomplete set-up: it checks the imports (not only that the
interpreter exists) and reinstalls, with progress, when they fail (issue 17, point 12)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

STUB = """#!/bin/bash
echo "$*" >> "{d}/calls"
if [ "$1" = "-c" ]; then [ -f "{d}/installed" ] && exit 0; exit 1; fi
if [ "$1" = "-m" ] && [ "$2" = "pip" ]; then [ "$4" = "-e" ] && touch "{d}/installed"; exit 0; fi
echo "started $*"
"""


@pytest.mark.skipif(shutil.which("bash") is None or os.name == "nt", reason="needs bash")
def test_an_interrupted_set_up_is_repaired_then_left_alone(tmp_path):
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    py = venv / "bin" / "python"
    py.write_text(STUB.format(d=venv))
    py.chmod(0o755)  # the interpreter exists, the packages do not: what an interrupted set-up leaves
    env = {**os.environ, "VENV": str(venv)}
    r = subprocess.run(["bash", str(ROOT / "scripts" / "run.sh"), "--version"], capture_output=True, text=True,
                       env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    calls = (venv / "calls").read_text().splitlines()
    assert any(c.startswith(f"-m pip install -e {ROOT}") and "--progress-bar on" in c for c in calls), calls
    assert "repairing" in r.stderr and "started -m meso_desk --version" in r.stdout
    (venv / "calls").unlink()
    r = subprocess.run(["bash", str(ROOT / "scripts" / "run.sh")], capture_output=True, text=True, env=env,
                       timeout=60)
    assert r.returncode == 0
    assert not any("pip" in c for c in (venv / "calls").read_text().splitlines()), "a good set-up is not touched"


@pytest.mark.skipif(shutil.which("bash") is None or os.name == "nt", reason="needs bash")
def test_paths_on_the_command_line_are_the_callers(tmp_path):
    """run.sh went into the checkout before starting the program: `run.sh plan.meso` from the plan's
    folder said "file not found", and `--screenshot x.png` wrote into the checkout."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    py = venv / "bin" / "python"
    py.write_text('#!/bin/bash\nif [ "$1" = "-c" ]; then exit 0; fi\necho "started in $(pwd): $*"\n')
    py.chmod(0o755)
    work = tmp_path / "plans"
    work.mkdir()
    r = subprocess.run(["bash", str(ROOT / "scripts" / "run.sh"), "plan.meso"], capture_output=True, text=True,
                       env={**os.environ, "VENV": str(venv)}, cwd=work, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"started in {work}: -m meso_desk plan.meso"
