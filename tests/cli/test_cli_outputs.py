"""Every command's output file (audit_cli items 1, 3, 4 and 8): the plan is never written over by a
picture or a PDF, a screenshot is a ``.png`` refused over an existing file unless ``--force``,
a missing folder is exit 2 and one that cannot be written exit 1 in every command, and what
GENIUS export writes of our hand is marked INTERNAL."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import meso_desk as md
from tests.cli.calls import call, one_line

GENIUS = Path(__file__).resolve().parents[1] / "data" / "genius"
ROOT = Path(__file__).resolve().parents[2]




@pytest.fixture
def plan_file(tmp_path, supplier) -> Path:
    p = tmp_path / "chairs.meso"
    md.save_plan(supplier, p)
    return p


# -- meso-desk --screenshot (item 1) -------------------------------------------------------------------------
def test_a_screenshot_never_replaces_the_plan_nor_a_file_that_is_not_a_png(capsys, tmp_path, plan_file):
    """``meso-desk --screenshot chairs.meso`` (OUT.png forgotten) turned the plan into a PNG."""
    before = plan_file.read_bytes()
    for args in (["--screenshot", plan_file], ["--screenshot", plan_file, plan_file],
                 ["--screenshot", plan_file, "--force"], ["--screenshot", tmp_path / "s9.txt", plan_file]):
        code, out, err = call(capsys, *args)
        assert code == 2 and out == "", args
        assert "the screenshot must end in .png" in one_line(err)
    assert plan_file.read_bytes() == before and not (tmp_path / "s9.txt").exists()
    shot = tmp_path / "chairs.png"  # a plan called .png is refused as the plan, before it is read
    shot.write_bytes(before)
    code, _, err = call(capsys, "--screenshot", shot, shot, "--force")
    assert code == 2 and "would overwrite the plan" in one_line(err) and shot.read_bytes() == before


def test_a_screenshot_refuses_an_existing_file_and_a_missing_folder(capsys, tmp_path, plan_file):
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"precious")
    code, _, err = call(capsys, "--screenshot", shot, plan_file)
    assert code == 1 and err == f"meso-desk: {shot}: already exists (use --force to overwrite)\n"
    assert shot.read_bytes() == b"precious"
    code, _, err = call(capsys, "--screenshot", tmp_path / "nofolder" / "s.png", plan_file)
    assert code == 2 and "the folder does not exist" in one_line(err)
    assert not (tmp_path / "nofolder").exists()  # never made: a typo must not create folders
    code, _, err = call(capsys, plan_file, "--force")
    assert code == 2 and "--force goes with --screenshot" in one_line(err)


def test_a_screenshot_over_an_existing_file_with_force(tmp_path, plan_file):
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"old")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "MESO_DESK_DEBUG")}
    env["MESO_DESK_DATA_DIR"] = str(tmp_path / "data")
    r = subprocess.run([sys.executable, "-m", "meso_desk", "--screenshot", str(shot), str(plan_file), "--force"],
                       capture_output=True, text=True, env=env, cwd=ROOT, timeout=180)
    assert r.returncode == 0, r.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")


# -- summary (item 3) -------------------------------------------------------------------------------------------
def test_summary_never_writes_over_the_plan_and_must_be_a_pdf(capsys, tmp_path, plan_file):
    before = plan_file.read_bytes()
    code, _, err = call(capsys, "summary", plan_file, "-o", plan_file, "--force")
    assert code == 2 and f"{plan_file}: the summary must end in .pdf" in one_line(err)
    assert plan_file.read_bytes() == before and not plan_file.with_name("chairs.meso.bak").exists()
    code, _, err = call(capsys, "summary", plan_file, "-o", tmp_path / "sum.meso")
    assert code == 2 and "must end in .pdf" in one_line(err) and not (tmp_path / "sum.meso").exists()


# -- missing and unwritable folders: the same exit code and line in every command (item 8) ----------------------
def _quotes(tmp_path, supplier) -> Path:
    q = tmp_path / "q.csv"
    with q.open("w", newline="") as f:
        csv.writer(f).writerows([["Quote", *supplier.issue_names], ["Nordsitz", 231.5, 2000, 6, 45, 36, "DAP"]])
    return q


def _commands(tmp_path, plan, supplier, out):
    """Each command that writes a file, writing ``out`` (a .meso, .pdf, .xlsx or folder as it needs)."""
    web = tmp_path / "web.json"
    from meso_desk.model.io.geniusweb import export_geniusweb

    export_geniusweb(supplier, web)
    return {
        "summary": ["summary", plan, "-o", out / "s.pdf"],
        "export": ["export", plan, "-o", out / "e.xlsx"],
        "export-genius": ["export-genius", plan, "-o", out / "g"],
        "import-genius": ["import-genius", GENIUS / "fleet_domain.xml", GENIUS / "fleet_lessee.xml", "-o",
                          out / "f.meso"],
        "import-geniusweb": ["import-geniusweb", web, "-o", out / "w.meso"],
        "import-quotes": ["import-quotes", plan, _quotes(tmp_path, supplier), "-o", out / "n.meso"],
        "events": ["events", plan, "--remove", "Nothing", "-o", out / "ev.meso"],
        "suppliers": ["suppliers", plan, "--add", "Nordsitz", "-o", out / "s.meso"],
        "cards": ["cards", plan, "--packages", "Our ideal", "-o", out / "c.pdf"],
    }


@pytest.mark.parametrize("name", ["summary", "export", "export-genius", "import-genius", "import-geniusweb",
                                  "import-quotes", "events", "suppliers", "cards"])
def test_a_missing_folder_is_exit_2_in_every_command(qapp, capsys, tmp_path, plan_file, supplier, name):
    args = _commands(tmp_path, plan_file, supplier, tmp_path / "nofolder")[name]
    code, out, err = call(capsys, *args)
    assert code == 2 and out == "", err
    assert "the folder does not exist" in one_line(err)
    assert not (tmp_path / "nofolder").exists()


@pytest.mark.parametrize("name", ["summary", "export", "export-genius", "import-genius", "import-geniusweb",
                                  "import-quotes", "events", "suppliers", "cards"])
def test_a_folder_that_cannot_be_written_is_exit_1_in_every_command(qapp, capsys, tmp_path, plan_file, supplier,
                                                                    monkeypatch, name):
    args = _commands(tmp_path, plan_file, supplier, tmp_path)[name]

    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # root writes anywhere: the folder says no instead
    code, out, err = call(capsys, *args)
    assert code == 1 and out == "", err
    assert f"cannot write in {tmp_path} (Permission denied)" in one_line(err)


# -- export-genius marks our hand INTERNAL (item 4) --------------------------------------------------------------
def test_export_genius_marks_the_profiles_internal_and_they_still_import(capsys, tmp_path, plan_file, supplier):
    code, out, _ = call(capsys, "export-genius", plan_file, "-o", tmp_path / "g")
    assert code == 0 and "INTERNAL" in out and "never send them to the counterpart" in out
    files = {p.name: p for p in (tmp_path / "g").iterdir()}
    profiles = sorted(n for n in files if "_profile" in n)
    # named by the two sides as the cards name them, never by our working title; the profile after us
    stem = "Halden_Facilities_GmbH_Ergonord_Seating_AB"
    assert profiles == [f"{stem}_Halden_Facilities_GmbH_profile_INTERNAL.json",
                        f"{stem}_Halden_Facilities_GmbH_profile_INTERNAL.xml"]
    xml = files[profiles[1]].read_text(encoding="utf-8")
    assert xml.splitlines()[1].startswith("<!-- INTERNAL: our weights") and xml.count("--") == 2
    domain = next(p for n, p in files.items() if n.endswith("_domain.xml"))
    assert "INTERNAL" not in domain.read_text(encoding="utf-8")  # the issues only: may be shared
    back = md.import_genius(domain, files[profiles[1]])  # the comment changes nothing read
    assert back.issue_names == supplier.issue_names
    assert back.reservation == pytest.approx(supplier.reservation)
    assert back.our_organisation == supplier.our_organisation  # never "INTERNAL"


def test_export_never_writes_a_spreadsheet_over_the_plan(capsys, tmp_path, supplier):
    """The window's rule and the command line's are one (model/io/output_files.py): a plan kept
    under a .csv name is not replaced by its own packages table, even with --force."""
    plan = tmp_path / "plan.csv"
    md.save_plan(supplier, plan)
    before = plan.read_bytes()
    code, _, err = call(capsys, "export", plan, "-o", plan, "--table", "packages", "--force")
    assert code == 2 and one_line(err) == f"meso-desk: {plan}: would overwrite the plan\n"
    assert plan.read_bytes() == before
