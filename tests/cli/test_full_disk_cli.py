"""The commands on a full disk (audit_recovery items 2 and 5): a PDF, a workbook or a CSV table that
cannot be written is one line on stderr and a non-zero exit — never "wrote …", never a Python
traceback — and the file that was there stays as it was, with no temporary file beside it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import meso_desk as md
from tests.cli.calls import call, one_line
from tests.disk_full import LIMIT, files_in, refused_writes

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def plan_file(tmp_path, supplier) -> Path:
    p = tmp_path / "chairs.meso"
    md.save_plan(supplier, p, backup=False)
    return p


@pytest.mark.parametrize("command", [["cards", "--packages", "Our ideal", "-o", "out.pdf"],
                                     ["cards", "--packages", "Our ideal", "-o", "out.png"],
                                     ["summary", "-o", "out.pdf"]])
def test_a_pdf_that_cannot_be_written_is_never_reported_as_written(qapp, capsys, tmp_path, plan_file, command):
    """Before: "wrote out.pdf: 1 card (A) on 1 page", exit 0, and the good PDF replaced by an
    empty one (--force)."""
    name, *opts = command
    out = tmp_path / opts[-1]
    code, said, err = call(capsys, name, plan_file, *opts[:-1], out)
    assert code == 0 and out.stat().st_size > LIMIT, err
    before = files_in(tmp_path)
    with refused_writes():
        code, said, err = call(capsys, name, plan_file, *opts[:-1], out, "--force")
    assert code != 0 and said == "", said
    assert f"{out}: cannot write (File too large)" in one_line(err)
    assert files_in(tmp_path) == before  # the good file as it was, no temporary file left


def _limited() -> None:  # (in the child, before it runs: its files cannot grow past LIMIT bytes)
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="no file size limit on this system")
def test_export_on_a_full_disk_is_one_line_and_leaves_the_old_files(tmp_path, plan_file):
    """Before: the right line, then "Exception ignored in: <function ZipFile.__del__ …>" and a
    traceback on stderr; the CSV tables left 0 bytes."""
    env = {k: v for k, v in os.environ.items() if k != "MESO_DESK_DEBUG"}
    for out in (tmp_path / "e.xlsx", tmp_path / "e.csv"):
        first = subprocess.run([sys.executable, "-m", "meso_desk", "export", str(plan_file), "-o", str(out)],
                               capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
        assert first.returncode == 0, first.stderr
        before = files_in(tmp_path)
        r = subprocess.run([sys.executable, "-m", "meso_desk", "export", str(plan_file), "-o", str(out), "--force"],
                           capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, preexec_fn=_limited)
        assert r.returncode != 0 and r.stdout == "", r.stdout
        assert "cannot write (File too large)" in one_line(r.stderr)
        assert files_in(tmp_path) == before
