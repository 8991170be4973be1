"""File ▸ Import Quotes…: supplier quotes from a CSV or xlsx file, previewed before they are added.

The file is read and checked off the GUI thread (:mod:`meso_desk.app.background`) by
:func:`meso_desk.model.io.quote_sheets.read_quotes`; the dialog shows each quote's terms in a
table, which column became which issue, and one line per problem (an unknown column, a term off
its range). *Import* is enabled only for a file without problems, and adds every quote as a
package in one undoable edit (:func:`meso_desk.model.edits.quote_edits.import_quotes`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model.edits.quote_edits import import_quotes
from ...model.io.quote_sheets import QuoteSheet, read_quotes
from ...model.language import number, tr
from ...model.plan import Plan
from ..background import LatestJob
from ..document import PlanDocument
from .common import described, tab_leaves


def _read(payload: tuple[Plan, str]) -> QuoteSheet:
    plan, path = payload
    return read_quotes(plan, path)


class QuoteImportDialog(QDialog):
    """The preview of one quote file; :meth:`accept` imports it into the document."""

    def __init__(self, document: PlanDocument, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteImportDialog")
        self.setWindowTitle(tr("Import Quotes"))
        self.document = document
        self.path = Path(path)
        self.sheet: QuoteSheet | None = None
        self._build()
        self._job = LatestJob(_read, self, "quote-import")
        self._job.done.connect(self._read_done)
        self._job.request(str(self.path), (document.plan, str(self.path)))

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        self.summary = QLabel(tr("Reading {file}…").format(file=self.path.name), self)
        self.summary.setObjectName("quoteSummary")
        self.summary.setWordWrap(True)
        self.table = tab_leaves(QTableWidget(self))
        self.table.setObjectName("quotePreview")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.errors = QListWidget(self)
        self.errors.setObjectName("quoteErrors")
        # each problem wraps inside the list: its end (the issues there are) was cut off at the edge
        self.errors.setWordWrap(True)
        self.errors.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.errors.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.errors.setSpacing(2)  # (a wrapped line is told from the next)
        self.errors.setVisible(False)
        self.buttons = described(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self))
        self.import_button = self.buttons.addButton(tr("Import", "quote import button"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("quoteImportButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for w in (self.summary, self.table, self.errors, self.buttons):
            lay.addWidget(w)
        self.resize(760, 420)

    def is_busy(self) -> bool:
        return self._job.is_busy()

    def _read_done(self, _key, result) -> None:
        if isinstance(result, BaseException):
            result = QuoteSheet(self.path.name, errors=(tr("{file}: cannot be read ({reason})").format(file=self.path.name, reason=result),))
        self.sheet = result
        self._fill(result)

    def _fill(self, sheet: QuoteSheet) -> None:
        plan = self.document.plan
        names = plan.issue_names
        self.table.setColumnCount(len(names) + 2)
        self.table.setHorizontalHeaderLabels([tr("Quote"), *names, tr("Our points")])
        self.table.setRowCount(len(sheet.packages))
        for r, q in enumerate(sheet.packages):
            self.table.setItem(r, 0, QTableWidgetItem(q.name))
            for c, n in enumerate(names, 1):
                self.table.setItem(r, c, QTableWidgetItem(plan.issue(n).format_term(q.terms[n])))
            self.table.setItem(r, len(names) + 1, QTableWidgetItem(number(plan.package(q.terms).score, 1)))
        self.table.resizeColumnsToContents()
        self.errors.clear()
        self.errors.addItems(list(sheet.errors))
        self.errors.setVisible(bool(sheet.errors))
        n = len(sheet.packages)
        if sheet.errors:
            if len(sheet.errors) == 1:
                text = tr("{file}: 1 problem — fix the file and import it again; nothing is added.")
            else:
                text = tr("{file}: {count} problems — fix the file and import it again; nothing is added.")
            self.summary.setText(text.format(file=sheet.source, count=len(sheet.errors)))
        else:
            matched = ", ".join(f"{h} → {i}" for h, i in sheet.columns.items() if h != i)
            if matched:
                text = (tr("{file}: 1 quote; Import adds each as a package. Columns: {columns}.") if n == 1 else
                        tr("{file}: {count} quotes; Import adds each as a package. Columns: {columns}."))
            else:
                text = (tr("{file}: 1 quote; Import adds each as a package.") if n == 1 else
                        tr("{file}: {count} quotes; Import adds each as a package."))
            self.summary.setText(text.format(file=sheet.source, count=n, columns=matched))
        self.import_button.setEnabled(sheet.ok)
        if not sheet.ok:
            self.import_button.setText(tr("Import", "quote import button"))
        elif n == 1:
            self.import_button.setText(tr("Import 1 Quote"))
        else:
            self.import_button.setText(tr("Import {count} Quotes").format(count=n))

    def accept(self) -> None:
        sheet = self.sheet
        if sheet is None or not sheet.ok:
            return
        r = import_quotes(self.document.plan, sheet.packages, sheet.source)
        if not r.ok:
            self.summary.setText(r.message)
            self.import_button.setEnabled(False)
            return
        n = len(sheet.packages)
        text = (tr("Import 1 quote from {file}") if n == 1 else tr("Import {count} quotes from {file}"))
        self.document.apply(r.plan, text.format(count=n, file=sheet.source))
        self.document.post_message(r.message)
        super().accept()

    def done(self, r: int) -> None:
        self._job.shutdown()
        super().done(r)


__all__ = ["QuoteImportDialog"]
