"""The window's side of the spreadsheet, quote and summary files: File ▸ Import Quotes… (preview,
one-line errors, one undoable edit), File ▸ Export ▸ Spreadsheet… (written in the background) and
Summary for Approvers… (docs/spreadsheets.md)."""

from __future__ import annotations

import csv

import pypdf
from openpyxl import load_workbook


def _quotes(path, supplier, rows):
    with path.open("w", newline="") as f:
        csv.writer(f).writerows([["Quote", *supplier.issue_names], *rows])
    return path


def test_file_menu_has_the_new_entries(make_window):
    win = make_window()
    file_menu = win.menuBar().findChild(type(win.recent_menu), "menuFile")
    names = [a.objectName() for a in file_menu.actions()]
    assert "actionImportQuotes" in names
    export = file_menu.findChild(type(win.recent_menu), "menuExport")
    assert [a.objectName() for a in export.actions()] == ["actionExportSpreadsheet", "actionExportSummary"]


def test_import_quotes_previews_then_adds_them_in_one_undo_step(make_window, qtbot, tmp_path, supplier):
    win = make_window(supplier)
    before = win.document.plan
    f = _quotes(tmp_path / "q.csv", supplier, [["Nordsitz", 231.5, 2000, 6, 45, 36, "DAP"],
                                               ["Ergo2", 240, 1500, 8, 30, 24, "FCA"]])
    dlg = win.exchange.import_quotes_dialog(str(f))
    qtbot.waitUntil(lambda: dlg.sheet is not None)
    assert dlg.table.rowCount() == 2 and dlg.table.item(0, 0).text() == "Nordsitz"
    points = supplier.package(dlg.sheet.packages[0].terms).score
    assert dlg.table.item(0, dlg.table.columnCount() - 1).text() == f"{points:.1f}"
    assert dlg.import_button.isEnabled() and dlg.import_button.text() == "Import 2 Quotes"
    assert not dlg.errors.isVisible()
    dlg.import_button.click()
    plan = win.document.plan
    assert plan.package_names[-2:] == ["Nordsitz", "Ergo2"]
    assert win.document.undo_stack.undoText() == "Import 2 quotes from q.csv"
    win.document.undo_stack.undo()
    assert win.document.plan == before


def test_a_bad_quote_file_shows_its_problems_and_imports_nothing(make_window, qtbot, tmp_path, supplier):
    win = make_window(supplier)
    f = _quotes(tmp_path / "q.csv", supplier, [["A", 9999, 2000, 6, 45, 36, "DAP"]])
    dlg = win.exchange.import_quotes_dialog(str(f))
    qtbot.waitUntil(lambda: dlg.sheet is not None)
    assert not dlg.import_button.isEnabled()
    assert dlg.errors.count() == 1 and dlg.errors.item(0).text().startswith("row 2: Unit price")
    assert "nothing is added" in dlg.summary.text()
    dlg.accept()
    assert win.document.plan == supplier and win.document.undo_stack.count() == 0
    dlg.reject()


def test_a_file_that_is_not_csv_or_xlsx_shows_one_line_naming_it(make_window, qtbot, tmp_path, supplier):
    win = make_window(supplier)
    f = tmp_path / "q.ods"
    f.write_text("hi")
    dlg = win.exchange.import_quotes_dialog(str(f))
    qtbot.waitUntil(lambda: dlg.sheet is not None)
    assert not dlg.import_button.isEnabled()
    assert dlg.errors.count() == 1 and dlg.errors.item(0).text() == "q.ods: choose a .xlsx or .csv file"
    dlg.reject()


def test_export_spreadsheet_and_summary_from_the_window(make_window, qtbot, tmp_path, supplier):
    win = make_window(supplier)
    out = tmp_path / "chairs.xlsx"
    win.exchange.export_spreadsheet_dialog(str(out))
    qtbot.waitUntil(lambda: out.is_file() and not win.exchange.is_busy())
    assert load_workbook(out)["Packages"]["A1"].value.startswith("INTERNAL")
    pdf = win.exchange.export_summary_dialog(str(tmp_path / "s.pdf"))
    assert pdf is not None and len(pypdf.PdfReader(pdf).pages) == 1


def test_export_csv_asks_before_replacing_the_files_beside_it(make_window, qtbot, tmp_path, supplier, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    win = make_window(supplier)
    out = tmp_path / "chairs.csv"
    assert win.exchange.replace_box(str(out)) is None  # nothing there yet: nothing to ask
    (tmp_path / "chairs-rounds.csv").write_text("precious")
    box = win.exchange.replace_box(str(out))
    assert box.defaultButton() == box.button(QMessageBox.StandardButton.No)
    assert "chairs-rounds.csv" in box.informativeText() and "chairs-packages.csv" not in box.informativeText()
    box.deleteLater()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.No)
    win.exchange.export_spreadsheet_dialog(str(out))
    assert not win.exchange.is_busy() and not (tmp_path / "chairs-packages.csv").exists()
    assert (tmp_path / "chairs-rounds.csv").read_text() == "precious"
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    win.exchange.export_spreadsheet_dialog(str(out))
    qtbot.waitUntil(lambda: (tmp_path / "chairs-estimate.csv").is_file() and not win.exchange.is_busy())
    assert (tmp_path / "chairs-rounds.csv").read_text(encoding="utf-8-sig").startswith("INTERNAL")


def test_each_problem_line_wraps_inside_the_list(qtbot, tmp_path, supplier):
    """A file whose columns match no issue: each line names the issues there are, and that part was
    cut off at the list's right edge (seen only by scrolling sideways). The lines wrap instead."""
    from PySide6.QtCore import QRect, Qt

    from meso_desk.app.document import PlanDocument
    from meso_desk.app.widgets.spreadsheet_import import QuoteImportDialog

    f = tmp_path / "bad.csv"
    f.write_text("Supplier;Foo;Bar\nX;1;2\n")
    dlg = QuoteImportDialog(PlanDocument(supplier), f)
    qtbot.addWidget(dlg)
    dlg.resize(520, 420)  # a narrow window (or a long German line): the text is wider than the list
    dlg.show()
    qtbot.waitUntil(lambda: dlg.sheet is not None)
    errors = dlg.findChild(type(dlg.errors), "quoteErrors")
    assert max(errors.fontMetrics().horizontalAdvance(errors.item(k).text()) for k in range(errors.count())) \
        > errors.viewport().width()
    assert errors.isVisible() and errors.count() >= 2
    qtbot.wait(50)
    width = errors.viewport().width()
    for k in range(errors.count()):
        item = errors.item(k)
        assert "Unit price" in item.text() or "Foo" in item.text() or "Bar" in item.text()
        rect = errors.visualItemRect(item)
        assert rect.right() <= width, (item.text(), rect, width)
        needed = errors.fontMetrics().boundingRect(QRect(0, 0, rect.width() - 8, 10_000),
                                                   Qt.TextFlag.TextWordWrap, item.text())
        assert rect.height() >= needed.height(), (item.text(), rect, needed)
    assert errors.horizontalScrollBar().maximum() == 0
    dlg.reject()
