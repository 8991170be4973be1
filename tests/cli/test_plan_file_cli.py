"""The command line against hostile plan files (issue 18): exit 2 with one short line naming the
field, never "internal error"; older files migrate with a note; pipes never block."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest

import meso_desk as md
from meso_desk.model.examples import example_path
from meso_desk.model.io import plan_to_bytes
from meso_desk.model.plan import MesoSet
from tests.cli.calls import call


def _supplier() -> dict:
    return json.loads(example_path("supplier").read_text("utf-8"))


def _write(tmp_path, d: dict, name: str = "x.meso"):
    p = tmp_path / name
    p.write_text(json.dumps(d), "utf-8")
    return p



def assert_one_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err[:300]
    line = err.rstrip("\n")
    assert line.startswith("meso-desk: ") and len(line) <= 200 + len("meso-desk: "), line[:300]
    assert "internal error" not in line and "Traceback" not in line
    return line


def test_check_lone_surrogate_exit_2_with_the_field(capsys, tmp_path):
    d = _supplier()
    d["title"] = "Deal \ud800"
    code, out, err = call(capsys, "check", str(_write(tmp_path, d)))
    assert code == 2 and out == ""
    assert assert_one_line(err) == "meso-desk: x.meso: title: contains an unpaired surrogate (U+D800)"


def test_check_huge_name_is_one_short_line(capsys, tmp_path):
    d = _supplier()
    d["issues"][1]["name"] = d["issues"][0]["name"] = "N" * 1_000_000
    code, _, err = call(capsys, "check", str(_write(tmp_path, d)))
    assert code == 2
    assert assert_one_line(err).startswith("meso-desk: x.meso: issues[1].name: two issues are called 'NNN")


def test_check_prints_migration_notes_of_a_v1_file(capsys, tmp_path):
    d = _supplier()
    d["version"] = 1
    d["issues"][0].pop("direction")
    code, out, err = call(capsys, "check", str(_write(tmp_path, d)))
    assert code == 0 and out
    assert err == 'meso-desk: note: x.meso: issues[0].direction was missing (format version 1); set to "higher"\n'


def test_cards_with_mixed_naive_and_aware_times_exit_0(qapp, capsys, tmp_path):
    # qapp: the application the window tests need (the command would make a bare QGuiApplication)
    plan = md.example_plan("supplier")
    names = tuple(n for n in plan.package_names if plan.package(n).acceptable)[:2]
    d = json.loads(plan_to_bytes(plan.replace(meso_sets=(
        MesoSet(name="a", packages=names, created=datetime(2026, 3, 1, 9, tzinfo=UTC)),
        MesoSet(name="b", packages=names[:1], created=datetime(2026, 3, 1, 10, tzinfo=UTC))))))
    d["meso_sets"][0]["created"] = "2026-03-01T09:00:00"  # hand-edited: no time zone
    code, out, err = call(capsys, "cards", str(_write(tmp_path, d)), "-o", str(tmp_path / "c.pdf"))
    assert code == 0, err
    assert (tmp_path / "c.pdf").stat().st_size > 0


def test_output_that_the_console_cannot_encode_is_escaped(tmp_path):
    # a console in a legacy code page (cp1252 on Windows) must not turn a title into "internal error"
    d = _supplier()
    d["title"] = "Überweisung 合同 \U0001F91D"
    p = _write(tmp_path, d)
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    env.pop("MESO_DESK_DEBUG", None)
    r = subprocess.run([sys.executable, "-m", "meso_desk", "check", str(p)], capture_output=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == rb"\xdcberweisung \u5408\u540c \U0001f91d"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_check_on_a_fifo_exits_2_at_once(tmp_path):
    fifo = tmp_path / "pipe.meso"
    os.mkfifo(fifo)
    r = subprocess.run([sys.executable, "-m", "meso_desk", "check", str(fifo)], capture_output=True, text=True,
                       timeout=30)
    assert r.returncode == 2
    assert r.stderr == "meso-desk: pipe.meso: is not a regular file (a pipe or a device), not a plan file\n"
