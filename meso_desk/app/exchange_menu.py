"""File ▸ Export ▸ Spreadsheet… / Summary for Approvers…, and File ▸ Import Quotes…
(``docs/spreadsheets.md``): the window's side of the spreadsheet, quote and summary files.

Each handler takes an optional path (tests and scripts skip the file dialog). The spreadsheet
is written off the GUI thread (the estimate sheet runs the counterpart estimate); the summary
is typeset on the GUI thread like the briefing (``QTextDocument`` belongs to it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from ..model.io.output_files import OutputRefused, refuse_plan
from ..model.io.spreadsheets import SpreadsheetError, export_paths, export_spreadsheet
from ..model.language import QT_TR_NOOP, tr
from .background import LatestJob
from .widgets.common import ask_save_file, said_yes

#: (marked for the catalogue; the dialogs show ``tr(…)``)
SPREADSHEET_FILTER = QT_TR_NOOP("Excel workbook (*.xlsx);;CSV, one file per table (*.csv)")
QUOTES_FILTER = QT_TR_NOOP("Quotes (*.csv *.xlsx);;All files (*)")


def _suffixed(filters: str, *suffixes: str) -> list[tuple[str, str]]:
    """``"A (*.xlsx);;B (*.csv)"`` with its suffixes → the save dialog's (filter, suffix) pairs."""
    return list(zip(filters.split(";;"), suffixes))


def _stem(window) -> str:
    doc = window.document
    if doc.path:
        return Path(doc.path).stem
    return "".join(c if c.isalnum() or c in " -_" else " " for c in doc.plan.title).strip() or tr("plan", "file name")


def _start(window, suffix: str) -> str:
    folder = window.settings.last_folder() if hasattr(window, "settings") else ""
    return str(Path(folder or ".") / f"{_stem(window)}{suffix}")


def _write(payload):
    plan, path = payload
    return export_spreadsheet(plan, path)


class ExchangeActions:
    """The three actions and their handlers, owned by the main window."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self._job = LatestJob(_write, window, "spreadsheet-export")
        self._job.done.connect(self._written)
        self.quote_dialog = None
        self.export_spreadsheet = self._action(tr("&Spreadsheet…"), self.export_spreadsheet_dialog,
                                               "actionExportSpreadsheet",
                                               tr("Packages, MESO sets, rounds and the estimate as .xlsx or CSV "
                                                  "(INTERNAL)"))
        self.export_summary = self._action(tr("Summary for &Approvers…"), self.export_summary_dialog,
                                           "actionExportSummary",
                                           tr("One INTERNAL page for the people who approve the deal (PDF)"))
        self.import_quotes = self._action(tr("Import Q&uotes…"), self.import_quotes_dialog, "actionImportQuotes",
                                          tr("Add supplier quotes from a CSV or xlsx file as packages"))

    def _action(self, text: str, slot, name: str, tip: str) -> QAction:
        a = QAction(text, self.window)
        a.setObjectName(name)
        a.setToolTip(tip)
        a.setStatusTip(tip)
        a.triggered.connect(lambda _c=False: slot())
        self.window.addAction(a)
        return a

    def add_to(self, file_menu: QMenu) -> None:
        file_menu.addAction(self.import_quotes)
        export = file_menu.addMenu(tr("E&xport"))
        export.setObjectName("menuExport")
        export.addAction(self.export_spreadsheet)
        export.addAction(self.export_summary)

    # -- spreadsheet ----------------------------------------------------------------------------
    def export_spreadsheet_dialog(self, path: str | None = None) -> None:
        if path is None:  # "Angebote" typed: "Angebote.xlsx" (or .csv, the filter chosen)
            path = ask_save_file(self.window, tr("Export Spreadsheet (INTERNAL)"), _start(self.window, ".xlsx"),
                                 _suffixed(tr(SPREADSHEET_FILTER), "xlsx", "csv"), "spreadsheetExportDialog")
            if not path:
                return
        try:  # a .xlsx or .csv, and never the plan's own file (the command line's rule)
            refuse_plan(export_paths(self.window.document.plan, path), self.window.document.path, Path(path).name)
        except (SpreadsheetError, OutputRefused) as e:
            QMessageBox.warning(self.window, tr("Cannot Export Spreadsheet"), str(e))
            return
        if not self.confirm_replace(path):
            return
        self.window.document.post_message(tr("Writing {file}…").format(file=Path(path).name))
        self._job.request(path, (self.window.document.plan, path))

    def replace_box(self, path: str) -> QMessageBox | None:
        """The question before an export replaces files beside ``path`` (``OUT-packages.csv`` …;
        the file dialog asked about ``path`` itself), default No; None when none exists."""
        try:
            existing = [p for p in export_paths(self.window.document.plan, path) if p != Path(path) and p.exists()]
        except SpreadsheetError:
            return None  # reported when the export runs
        if not existing:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, "MESO Desk", tr("Replace the files that already exist?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        box.setObjectName("spreadsheetReplaceBox")
        box.setInformativeText(tr("The export writes one file per table and would replace:\n{files}").format(
            files="\n".join(p.name for p in existing)))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box

    def confirm_replace(self, path: str) -> bool:
        """True when the export may go ahead: nothing to replace, or the user said Yes."""
        return said_yes(self.replace_box(path))

    def is_busy(self) -> bool:
        return self._job.is_busy()

    def _written(self, path, result) -> None:
        if isinstance(result, BaseException):
            text = str(result) if isinstance(result, (SpreadsheetError, OSError)) else f"{type(result).__name__}: {result}"
            self.window.document.post_message(text, 10000)  # not left at "Writing …"
            QMessageBox.warning(self.window, tr("Cannot Export Spreadsheet"), text)
            return
        names = ", ".join(p.name for p in result)
        self.window.document.post_message(tr("Wrote {files} — INTERNAL: never send it to the counterpart").format(files=names),
                                   6000)

    # -- quotes ---------------------------------------------------------------------------------
    def import_quotes_dialog(self, path: str | None = None):
        from .widgets.spreadsheet_import import QuoteImportDialog

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, tr("Import Quotes"), _start(self.window, ""),
                                                  tr(QUOTES_FILTER))
            if not path:
                return None
        self.quote_dialog = QuoteImportDialog(self.window.document, path, self.window)
        self.quote_dialog.open()
        return self.quote_dialog

    # -- summary --------------------------------------------------------------------------------
    def export_summary_dialog(self, path: str | None = None) -> Path | None:
        from .printing.pages import ExportError, refuse_output
        from .printing.summary_painter import export_summary_pdf

        if path is None:  # "Summary" typed: "Summary.pdf"
            path = ask_save_file(self.window, tr("Export Summary for Approvers (INTERNAL)"),
                                 _start(self.window, " summary.pdf"), [(tr("PDF documents (*.pdf)"), "pdf")],
                                 "summaryExportDialog")
            if not path:
                return None
        try:  # a .pdf, never over the plan itself: the command line's rule, in one line
            refuse_output([path], self.window.document.path, ".pdf", tr("{path}: the summary must end in .pdf"))
            written, _pages = export_summary_pdf(self.window.document.plan, path)
        except (ExportError, OSError) as e:
            self.window.document.post_message(str(e), 10000)  # not left at an earlier "Wrote …"
            QMessageBox.warning(self.window, tr("Cannot Export Summary"), str(e))
            return None
        self.window.document.post_message(tr("Wrote {file} — INTERNAL summary for approvers").format(file=written.name), 6000)
        return written


__all__ = ["ExchangeActions"]
