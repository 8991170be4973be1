"""The window's files out and in (docs/spreadsheets.md, docs/cards.md, docs/genius-import.md): no
export writes over the open plan — the command line's rule, in one line — the save dialogs add the
file's suffix to a name typed without one, and a GENIUS import says what it assumed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from shown import window_at_1366

import meso_desk as md

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "supplier.meso"
GENIUS = Path(__file__).resolve().parents[1] / "data" / "genius"


@pytest.fixture
def warned(monkeypatch):
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a, **k: said.append(
        (title, text))))
    return said


def _plan_window(make_window, qtbot, tmp_path, name="chairs.meso"):
    plan_file = tmp_path / name
    shutil.copy(EXAMPLE, plan_file)
    return window_at_1366(make_window, qtbot, str(plan_file)), plan_file


# -- 3: never over the plan ------------------------------------------------------------------------------------
def test_the_summary_is_never_written_over_the_plan(make_window, qtbot, tmp_path, warned):
    win, plan_file = _plan_window(make_window, qtbot, tmp_path)
    before = plan_file.read_bytes()
    assert win.exchange.export_summary_dialog(str(plan_file)) is None
    assert plan_file.read_bytes() == before
    assert warned == [("Cannot Export Summary", "chairs.meso: the summary must end in .pdf")]


def test_a_plan_kept_under_a_pdf_name_is_not_overwritten_either(make_window, qtbot, tmp_path, warned):
    win, plan_file = _plan_window(make_window, qtbot, tmp_path, "odd.pdf")
    before = plan_file.read_bytes()
    assert win.exchange.export_summary_dialog(str(plan_file)) is None
    assert plan_file.read_bytes() == before and warned == [("Cannot Export Summary",
                                                            "odd.pdf: would overwrite the plan")]


def test_the_cards_pdf_and_png_are_never_written_over_the_plan(make_window, qtbot, tmp_path, warned, monkeypatch):
    from meso_desk.app.printing.pages import ExportError
    from meso_desk.app.printing.preview import CardsDialog, export_cards_dialog

    win, plan_file = _plan_window(make_window, qtbot, tmp_path)
    before = plan_file.read_bytes()
    dlg = CardsDialog(win.document, win)
    qtbot.addWidget(dlg)
    with pytest.raises(ExportError, match=r"^chairs\.meso: the PDF must end in \.pdf$"):
        dlg.export_pdf(str(plan_file), confirmed=True)
    with pytest.raises(ExportError, match=r"^chairs\.meso: the image must end in \.png$"):
        dlg.export_png(str(plan_file), confirmed=True)
    dlg.close()
    # File ▸ Export Cards as PDF…, the file dialog answered with the plan's own file
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(plan_file), "")))
    assert export_cards_dialog(win, win.document) is None
    assert warned == [("MESO Desk", "Could not write the PDF: chairs.meso: the PDF must end in .pdf")]
    assert plan_file.read_bytes() == before and not win.document.modified


def test_the_debrief_is_never_written_over_the_plan(qtbot, tmp_path):
    from deal_plans import dealt_plan

    from meso_desk.app.document import PlanDocument
    from meso_desk.app.printing.pages import ExportError
    from meso_desk.app.widgets.deal.debrief_dialog import DebriefDialog

    plan_file = tmp_path / "deal.meso"
    md.save_plan(dealt_plan(), plan_file)
    before = plan_file.read_bytes()
    dlg = DebriefDialog(PlanDocument(md.load_plan(plan_file), plan_file))
    qtbot.addWidget(dlg)
    with pytest.raises(ExportError, match=r"^deal\.meso: the debrief must end in \.pdf$"):
        dlg.export_pdf(str(plan_file))
    assert plan_file.read_bytes() == before
    dlg.close()


def test_the_deal_panels_debrief_is_never_written_over_the_plan(qtbot, tmp_path):
    from deal_plans import dealt_plan

    from meso_desk.app.document import PlanDocument
    from meso_desk.app.printing.pages import ExportError
    from meso_desk.app.widgets.deal.deal_panel import DealPanel

    plan_file = tmp_path / "deal.meso"
    md.save_plan(dealt_plan(), plan_file)
    before = plan_file.read_bytes()
    panel = DealPanel(PlanDocument(md.load_plan(plan_file), plan_file))
    qtbot.addWidget(panel)
    with pytest.raises(ExportError, match=r"^deal\.meso: the debrief must end in \.pdf$"):
        panel.export_debrief(plan_file)
    assert plan_file.read_bytes() == before
    panel.service.shutdown()


@pytest.mark.parametrize("view", ["value map", "outcome plot"])
def test_a_plot_is_never_written_over_the_plan(qtbot, tmp_path, view):
    from meso_desk.app.document import PlanDocument
    from meso_desk.app.plot.export import ExportError
    from meso_desk.app.plot.outcome_plot import OutcomePlot
    from meso_desk.app.plot.value_map import ValueMap

    plan_file = tmp_path / "odd.png"  # a plan kept under a picture's name
    shutil.copy(EXAMPLE, plan_file)
    before = plan_file.read_bytes()
    w = (ValueMap if view == "value map" else OutcomePlot)(PlanDocument(md.load_plan(plan_file), plan_file))
    qtbot.addWidget(w)
    w.resize(700, 380)
    w.show()
    qtbot.waitExposed(w)
    with pytest.raises(ExportError, match=r"^odd\.png: would overwrite the plan$"):
        w.export(plan_file)
    assert plan_file.read_bytes() == before


def test_the_spreadsheet_refuses_the_plan_before_anything_runs(make_window, qtbot, tmp_path, warned):
    win, plan_file = _plan_window(make_window, qtbot, tmp_path)
    win.exchange.export_spreadsheet_dialog(str(plan_file))
    assert not win.exchange.is_busy() and warned == [("Cannot Export Spreadsheet",
                                                      "chairs.meso: choose a .xlsx or .csv file")]
    assert md.load_plan(plan_file) == win.document.plan


# -- 5: the suffix of the chosen filter ---------------------------------------------------------------------
def _type_in_the_file_dialog(name: str, seen: list[str], tries: int = 500) -> None:
    """When the save dialog is up, type ``name`` in it and press Save, as a user does."""
    dlg = QApplication.activeModalWidget()
    if not isinstance(dlg, QFileDialog):
        if tries:
            QTimer.singleShot(10, lambda: _type_in_the_file_dialog(name, seen, tries - 1))
        return
    seen.append(dlg.objectName())
    dlg.findChild(QLineEdit, "fileNameEdit").setText(name)
    dlg.accept()


def test_a_name_typed_without_suffix_gets_the_filters(make_window, qtbot, tmp_path, warned):
    out = tmp_path / "out"
    out.mkdir()
    win = window_at_1366(make_window, qtbot, md.example_plan("supplier"))
    win.settings.set_last_folder(out)
    seen: list[str] = []
    _type_in_the_file_dialog(str(out / "Angebote"), seen)
    win.exchange.export_spreadsheet_dialog()
    qtbot.waitUntil(lambda: not win.exchange.is_busy() and (out / "Angebote.xlsx").exists(), timeout=20_000)
    _type_in_the_file_dialog(str(out / "Summary"), seen)
    assert win.exchange.export_summary_dialog() == out / "Summary.pdf"
    assert sorted(p.name for p in out.iterdir()) == ["Angebote.xlsx", "Summary.pdf"]
    assert (out / "Summary.pdf").read_bytes().startswith(b"%PDF") and warned == []
    assert seen == ["spreadsheetExportDialog", "summaryExportDialog"]


# -- 7: a GENIUS import says what it assumed ------------------------------------------------------------------
def test_a_genius_import_without_weights_says_so_in_the_status_line(make_window, qtbot, tmp_path):
    lines = [ln for ln in (GENIUS / "fleet_lessee.xml").read_text(encoding="utf-8").splitlines() if "<weight" not in ln]
    profile = tmp_path / "fleet_lessee.xml"
    profile.write_text("\n".join(lines), encoding="utf-8")
    win = make_window()
    assert win.files.import_genius(GENIUS / "fleet_domain.xml", profile)
    said = win.statusBar().currentMessage()
    assert said.startswith("Imported fleet_domain.xml — 5 issues; save it as a plan to keep it. The profile")
    assert "The profile gives no weights: equal weights are assumed (5 issues, 1/5 each)." in said
    assert "equal weights are assumed" in win.document.plan.notes
