"""The window on a full disk (audit_recovery items 2 and 5): a PDF, a spreadsheet or a picture that
could not be written is never "Saved": the message box and the status line say it failed, and the
file that was there stays."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from deal_plans import dealt_plan
from PySide6.QtWidgets import QFileDialog, QMessageBox
from shown import window_at_1366

from meso_desk.app.document import PlanDocument
from meso_desk.app.plot.export import ExportError
from meso_desk.app.plot.value_map import ValueMap
from meso_desk.app.printing.preview import CardsDialog
from meso_desk.app.widgets.deal.debrief_dialog import DebriefDialog
from tests.disk_full import LIMIT, files_in, refused_writes

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "supplier.meso"


@pytest.fixture
def warned(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a, **k: said.append(text)))
    return said


@pytest.fixture
def save_as(monkeypatch):
    """The save dialogs answer ``save_as.path``."""
    class Answer:
        path = ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (Answer.path, "")))
    return Answer


def test_the_cards_dialog_says_the_pdf_was_not_saved(qtbot, supplier, user_dirs, tmp_path, warned, save_as):
    """Before: the status line read "Saved cards.pdf" and the good PDF was replaced by an empty one."""
    dlg = CardsDialog(PlanDocument(supplier))
    qtbot.addWidget(dlg)
    save_as.path = str(tmp_path / "cards.pdf")
    dlg.export_pdf_dialog()
    assert dlg.status_label.text() == "Saved cards.pdf" and warned == []
    before = files_in(tmp_path)
    assert before["cards.pdf"].startswith(b"%PDF") and len(before["cards.pdf"]) > LIMIT
    with refused_writes():
        dlg.export_pdf_dialog()
    failed = f"Could not write the PDF: {tmp_path / 'cards.pdf'}: cannot write (File too large)"
    assert warned == [failed] and dlg.status_label.text() == failed
    assert files_in(tmp_path) == before  # the good PDF, and no temporary file


def test_file_export_cards_says_so_in_the_status_bar(make_window, qtbot, tmp_path, warned, save_as):
    plan_file = tmp_path / "chairs.meso"
    shutil.copy(EXAMPLE, plan_file)
    win = window_at_1366(make_window, qtbot, str(plan_file))
    out = tmp_path / "out"
    out.mkdir()
    save_as.path = str(out / "cards.pdf")
    win.action_export_cards.trigger()
    before = files_in(out)
    assert list(before) == ["cards.pdf"] and warned == []
    with refused_writes():
        win.action_export_cards.trigger()
    assert warned and "cannot write (File too large)" in warned[0]
    assert win.statusBar().currentMessage() == warned[0]
    assert files_in(out) == before


def test_the_summary_for_approvers_is_not_reported_as_written(make_window, qtbot, tmp_path, warned):
    plan_file = tmp_path / "chairs.meso"
    shutil.copy(EXAMPLE, plan_file)
    win = window_at_1366(make_window, qtbot, str(plan_file))
    out = tmp_path / "out"
    out.mkdir()
    assert win.exchange.export_summary_dialog(str(out / "summary.pdf")) == out / "summary.pdf"
    assert "Wrote summary.pdf" in win.statusBar().currentMessage()
    before = files_in(out)
    with refused_writes():
        assert win.exchange.export_summary_dialog(str(out / "summary.pdf")) is None
    assert warned == [f"{out / 'summary.pdf'}: cannot write (File too large)"]
    assert win.statusBar().currentMessage() == warned[0]
    assert files_in(out) == before


def test_the_debrief_dialog_says_the_pdf_was_not_saved(qtbot, user_dirs, tmp_path, warned, save_as):
    dlg = DebriefDialog(PlanDocument(dealt_plan()))
    qtbot.addWidget(dlg)
    save_as.path = str(tmp_path / "debrief.pdf")
    dlg.export_pdf_dialog()
    assert dlg.status.text().startswith("Saved debrief.pdf.") and warned == []
    before = files_in(tmp_path)
    with refused_writes():
        dlg.export_pdf_dialog()
    assert warned == [f"Could not write the PDF: {tmp_path / 'debrief.pdf'}: cannot write (File too large)"]
    assert dlg.status.text() == warned[0]
    assert files_in(tmp_path) == before


def test_a_spreadsheet_that_cannot_be_written_says_so_in_the_status_bar(make_window, qtbot, tmp_path, warned):
    """Before: the status line stayed at "Writing e.xlsx…" after the message box."""
    plan_file = tmp_path / "chairs.meso"
    shutil.copy(EXAMPLE, plan_file)
    win = window_at_1366(make_window, qtbot, str(plan_file))
    out = tmp_path / "out"
    out.mkdir()
    win.exchange.export_spreadsheet_dialog(str(out / "e.xlsx"))
    qtbot.waitUntil(lambda: not win.exchange.is_busy() and "Wrote e.xlsx" in win.statusBar().currentMessage(),
                    timeout=20_000)
    before = files_in(out)
    with refused_writes():
        win.exchange.export_spreadsheet_dialog(str(out / "e.xlsx"))
        qtbot.waitUntil(lambda: not win.exchange.is_busy() and bool(warned), timeout=20_000)
    assert warned == [f"{out / 'e.xlsx'}: cannot write (File too large)"]
    assert win.statusBar().currentMessage() == warned[0]
    assert files_in(out) == before


@pytest.mark.parametrize("name", ["map.png", "map.svg"])
def test_a_picture_of_the_value_map_that_cannot_be_written_leaves_the_old_one(qtbot, supplier, tmp_path, name):
    """Before, the picture was written in place: a full disk left it cut off."""
    w = ValueMap(PlanDocument(supplier))
    qtbot.addWidget(w)
    w.resize(700, 380)
    w.show()
    qtbot.waitExposed(w)
    w.redraw()
    assert w.export(tmp_path / name) == tmp_path / name
    before = files_in(tmp_path)
    with refused_writes(), pytest.raises(ExportError) as ei:
        w.export(tmp_path / name)
    assert str(ei.value) == f"{tmp_path / name}: cannot write (File too large)"
    assert files_in(tmp_path) == before
