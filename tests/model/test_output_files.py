"""Every output is written whole or not at all (audit_recovery item 5): the one atomic write in
``model/io/output_files.py`` under the plan's save and every export writer — the workbook, the
CSV files, the GENIUS XML, the GeniusWeb JSON, the supplier history. On a full disk each says so in
one line, the file that was there stays as it was and no temporary file is left."""

from __future__ import annotations

import os

import pytest

import meso_desk as md
from meso_desk.model.io import output_files
from meso_desk.model.io.genius_export import export_genius, genius_paths
from meso_desk.model.io.genius_xml import GeniusError
from meso_desk.model.io.geniusweb import export_geniusweb
from meso_desk.model.io.output_files import OutputFailed, write_file, write_files
from meso_desk.model.io.spreadsheets import SpreadsheetError, export_spreadsheet
from meso_desk.model.io.supplier_history import HistoryError, add_plan, history_path
from tests.disk_full import files_in, mkstemp_on_dev_full, refused_writes


# -- the one atomic write ------------------------------------------------------------------------------------
def test_a_file_is_replaced_whole_and_keeps_its_permissions(tmp_path):
    p = tmp_path / "out.csv"
    write_file(p, b"first")
    os.chmod(p, 0o640)
    assert write_file(p, b"second") == p
    assert p.read_bytes() == b"second" and os.stat(p).st_mode & 0o777 == 0o640
    assert files_in(tmp_path) == {"out.csv": b"second"}
    write_file(tmp_path / "new.meso", b"{}", new_mode=0o600)
    assert os.stat(tmp_path / "new.meso").st_mode & 0o777 == 0o600


def test_a_full_disk_leaves_the_file_and_no_temporary_one(tmp_path, monkeypatch):
    p = tmp_path / "table.csv"
    p.write_bytes(b"the good table")
    mkstemp_on_dev_full(monkeypatch)
    with pytest.raises(OutputFailed) as ei:
        write_file(p, b"a new table")
    assert str(ei.value) == f"{p}: cannot write (No space left on device)"
    assert ei.value.filename == str(p) and ei.value.strerror == "No space left on device"
    assert files_in(tmp_path) == {"table.csv": b"the good table"}


def test_several_files_are_written_all_or_none(tmp_path, monkeypatch):
    """The CSV export's tables, the GENIUS domain and profile: when the last cannot be written,
    the first is not replaced either."""
    full = tmp_path / "full"
    full.mkdir()
    (tmp_path / "a.csv").write_bytes(b"old a")
    (full / "b.csv").write_bytes(b"old b")
    mkstemp_on_dev_full(monkeypatch, only=lambda folder: folder == full)
    with pytest.raises(OutputFailed, match="b.csv: cannot write"):
        write_files([(tmp_path / "a.csv", b"new a"), (full / "b.csv", b"new b")])
    assert files_in(tmp_path) == {"a.csv": b"old a"} and files_in(full) == {"b.csv": b"old b"}


def test_a_folder_that_takes_no_file_is_named(tmp_path, monkeypatch):
    import tempfile

    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(OutputFailed) as ei:
        write_file(tmp_path / "x.xlsx", b"data")
    assert ei.value.folder == tmp_path
    assert str(ei.value) == f"{tmp_path / 'x.xlsx'}: cannot write in {tmp_path} (Permission denied)"


def test_the_plan_is_saved_through_the_same_write(tmp_path, monkeypatch):
    """``save_plan`` is no second implementation: its temporary file is the shared write's."""
    calls = []
    real = output_files.write_files
    monkeypatch.setattr(output_files, "write_files", lambda files, **k: calls.append(files) or real(files, **k))
    md.save_plan(md.example_plan("supplier"), tmp_path / "p.meso")
    assert [p for p, _data in calls[0]] == [tmp_path / "p.meso"]


# -- every export writer on a full disk ----------------------------------------------------------------------
def _exports(plan, folder):
    """Each export writer, writing into ``folder``: (name, write, the error it raises)."""
    return {
        "xlsx": (lambda: export_spreadsheet(plan, folder / "e.xlsx"), SpreadsheetError),
        "csv": (lambda: export_spreadsheet(plan, folder / "e.csv"), SpreadsheetError),
        "genius": (lambda: export_genius(plan, folder), GeniusError),
        "geniusweb": (lambda: export_geniusweb(plan, folder / "w.json"), GeniusError),
        "history": (lambda: add_plan(folder, plan), HistoryError),
    }


@pytest.mark.parametrize("full", ["every file", "the file written"])
@pytest.mark.parametrize("name", ["xlsx", "csv", "genius", "geniusweb", "history"])
def test_an_export_on_a_full_disk_leaves_the_files_that_were_there(tmp_path, supplier, monkeypatch, name, full):
    """Before, the workbook, the CSV tables and the GENIUS files were written in place: a full
    disk left them empty or cut off (and `export` printed a zip file's traceback). ``full``:
    no file may grow (openpyxl's own temporary files neither), or only our file finds the disk
    full."""
    import openpyxl  # noqa: F401 - imported before the disk fills, as the window has it

    write, error = _exports(supplier, tmp_path)[name]
    older = supplier.replace(title="Last week's export", notes="older")
    _exports(older, tmp_path)[name][0]()
    before = files_in(tmp_path)
    if full == "the file written":
        mkstemp_on_dev_full(monkeypatch)
        with pytest.raises(error) as ei:
            write()
        reason = "(No space left on device)"
    else:
        with refused_writes(), pytest.raises(error) as ei:
            write()
        reason = "(File too large)"
    line = str(ei.value)
    assert "\n" not in line and reason in line and "cannot" in line, line
    assert files_in(tmp_path) == before  # the old files whole; no temporary file beside them


def test_the_exports_still_write_what_they_wrote(tmp_path, supplier):
    for write, _error in _exports(supplier, tmp_path).values():
        write()
    domain, profile = genius_paths(supplier, tmp_path)
    assert domain.read_bytes().startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<negotiation_template")
    assert b"<!-- INTERNAL" in profile.read_bytes()
    assert (tmp_path / "e.xlsx").read_bytes().startswith(b"PK")
    assert (tmp_path / "e-packages.csv").read_bytes().startswith("\ufeffINTERNAL".encode())
    assert history_path(tmp_path, supplier.counterpart).is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
