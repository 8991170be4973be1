"""The debrief preview: the INTERNAL page exactly as it prints, with Export PDF… and Print….

It draws with the same renderer as the PDF (:class:`~meso_desk.app.printing.debrief_painter.DebriefRenderer`)
and follows the plan: edit the lessons or the agreement and the page redraws (coalesced). With
"Add this negotiation to …'s history" checked (off by default, never silently), exporting or
printing also adds the plan to the supplier's history, as the Behind-the-table tab's button does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....model.deal.debrief import debrief
from ....model.io.supplier_history import HistoryError, add_plan
from ....model.language import tr
from ...document import Change, PlanDocument
from ...printing.debrief_painter import DebriefRenderer
from ...printing.pages import ExportError, prepare_printer, print_pages, refuse_output, render_image, write_pdf
from ..common import fit_to_screen
from ..counterpart.behind_table_tab import BehindTheTable
from ..dialog_keys import set_default

_RERENDER_MS = 120


def debrief_file_name(document: PlanDocument) -> str:
    title = document.plan.title or tr("plan", "file name")
    bad = '\\/:*?"<>|\n\r\t'
    name = tr("INTERNAL debrief – {title}").format(title=title)
    return "".join(" " if c in bad else c for c in name).strip()[:120] + ".pdf"


def export_with_dialog(parent: QWidget, document: PlanDocument, export: Callable[[str], Path],
                       failed: Callable[[str], None] | None = None) -> Path | None:
    """Ask where to write the debrief PDF and write it with ``export(path)``; the file written,
    or None when cancelled or when it failed (a message box says why, and ``failed(line)`` is
    told: the status line)."""
    start = document.path.parent if document.path is not None else Path.home()
    path, _ = QFileDialog.getSaveFileName(parent, tr("Export Debrief (INTERNAL)"),
                                          str(start / debrief_file_name(document)), tr("PDF documents (*.pdf)"))
    if not path:
        return None
    if not Path(path).suffix:
        path += ".pdf"
    try:
        return export(path)
    except (ExportError, ValueError, OSError) as e:
        line = tr("Could not write the PDF: {error}").format(error=e)
        if failed is not None:
            failed(line)
        QMessageBox.warning(parent, "MESO Desk", line)
        return None


class DebriefDialog(QDialog):
    """Preview, export and print the debrief of ``document``'s agreement."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debriefDialog")
        self.setWindowTitle(tr("Debrief (INTERNAL)"))
        self.document = document
        self.renderer: DebriefRenderer | None = None
        self.error = ""
        self._history_line = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_RERENDER_MS)
        self._timer.timeout.connect(self.refresh)

        self.status = QLabel(objectName="debriefStatus")
        self.status.setWordWrap(True)
        self.page = QLabel(objectName="debriefPage")
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setStyleSheet("QLabel { background: white; border: 1px solid #c4cad0; }")
        holder = QWidget(objectName="debriefPages")
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(18, 18, 18, 18)
        lay.addWidget(self.page, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        lay.addStretch(1)
        self.scroll = QScrollArea(objectName="debriefPreviewArea")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(holder)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setStyleSheet("QScrollArea, #debriefPages { background: #7d868f; }")
        self.scroll.viewport().installEventFilter(self)

        self.pdf_button = QPushButton(tr("Export P&DF…"), objectName="debriefExportButton")
        self.print_button = QPushButton(tr("&Print…"), objectName="debriefPrintButton")
        self.close_button = QPushButton(tr("Close"), objectName="debriefCloseButton")
        self.pdf_button.clicked.connect(self.export_pdf_dialog)
        self.print_button.clicked.connect(self.print_dialog)
        self.close_button.clicked.connect(self.close)
        self.history_box = QCheckBox(objectName="debriefAddToHistory")
        self.history_box.setChecked(False)
        self.history_box.setToolTip(tr("When checked, exporting or printing the debrief also adds this plan "
                                       "(agreement, what their choices revealed, relationship notes) to the "
                                       "supplier's history in your data folder."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.print_button, self.pdf_button, self.close_button):
            buttons.addWidget(b)
        root = QVBoxLayout(self)
        root.addWidget(self.scroll, 1)
        root.addWidget(self.history_box)
        root.addLayout(buttons)
        # Enter prints (the print dialog asks first), named now the button is in the dialog: not
        # whichever auto-default button Qt finds first (dialog_keys)
        set_default(self.print_button)
        fit_to_screen(self, 760, 900)
        document.changed.connect(self._on_changed)
        self._attached = True
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        self._timer.start()

    def eventFilter(self, obj, event):
        if obj is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._timer.start()
        return super().eventFilter(obj, event)

    def _refresh_history_box(self) -> None:
        supplier = self.document.plan.counterpart.strip()
        self.history_box.setText(tr("Add this negotiation to {supplier}'s history").format(
            supplier=supplier.replace('&', '&&')) if supplier
                                 else tr("Add this negotiation to the supplier's history (name the supplier "
                                         "in File ▸ Plan Properties…)"))
        self.history_box.setEnabled(bool(supplier))

    def add_to_history(self) -> str:
        """When the box is checked, add the plan to its supplier's history (the Behind-the-table
        tab's folder); the line for the status ("" when unchecked)."""
        if not (self.history_box.isChecked() and self.history_box.isEnabled()):
            return ""
        plan = self.document.plan
        try:
            add_plan(BehindTheTable.library(), plan)
        except (HistoryError, ValueError) as e:
            return " " + tr("Not added to the history: {error}").format(error=e)
        return " " + tr("Added to {supplier}'s history.").format(supplier=plan.counterpart.strip())

    def refresh(self) -> None:
        self._timer.stop()
        self._refresh_history_box()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.renderer = DebriefRenderer(debrief(self.document.plan))
            self.error = ""
        except ValueError as e:
            self.renderer, self.error = None, str(e)
        finally:
            QGuiApplication.restoreOverrideCursor()
        ok = self.renderer is not None
        self.pdf_button.setEnabled(ok)
        self.print_button.setEnabled(ok)
        if not ok:
            self.page.clear()
            self.status.setText(tr("No debrief: {error}").format(error=self.error))
            return
        assert self.renderer is not None
        n = self.renderer.page_count()
        self.status.setText(tr("INTERNAL — keep it on your side of the table. 1 page.") if n == 1 else
                            tr("INTERNAL — keep it on your side of the table. {n} pages.").format(n=n))
        ratio = self.devicePixelRatioF() or 1.0
        width = max(300, self.scroll.viewport().width() - 60)
        dpi = width / (self.renderer.page_size_mm().width() / 25.4) * ratio
        img = render_image(self.renderer, 0, dpi, ratio)
        self.page.setPixmap(QPixmap.fromImage(img))
        self.page.setFixedSize(round(img.width() / ratio) + 2, round(img.height() / ratio) + 2)

    def export_pdf(self, path: str | Path) -> Path:
        self.refresh()
        if self.renderer is None:
            raise ValueError(self.error or tr("nothing to export"))
        refuse_output([path], self.document.path, ".pdf", tr("{path}: the debrief must end in .pdf"))  # never the plan
        out = write_pdf(self.renderer, path)
        self._history_line = self.add_to_history()
        return out

    def export_pdf_dialog(self) -> None:
        out = export_with_dialog(self, self.document, self.export_pdf, self.status.setText)
        if out is not None:
            self.status.setText(tr("Saved {file}.").format(file=out.name) + self._history_line)

    def print_dialog(self) -> None:
        if self.renderer is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(self.renderer, printer)
        dlg = QPrintDialog(printer, self)
        dlg.setWindowTitle(tr("Print Debrief"))
        if dlg.exec() == QDialog.DialogCode.Accepted:
            print_pages(self.renderer, printer)
            added = self.add_to_history()
            if added:
                self.status.setText(added.strip())

    def _detach(self) -> None:
        self._timer.stop()
        if self._attached:
            self._attached = False
            try:
                self.document.changed.disconnect(self._on_changed)
            except (RuntimeError, TypeError):  # pragma: no cover - the document is gone
                pass

    def done(self, result: int) -> None:
        self._detach()
        super().done(result)

    def closeEvent(self, event) -> None:
        self._detach()
        super().closeEvent(event)
