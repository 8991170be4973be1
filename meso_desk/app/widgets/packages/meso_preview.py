"""The preview of the "Generate MESOs" dialog (``mesoPreview``): a column per package of the set.

Rows are the issues (the term in the user's units; bold where the package concedes; a contingent
term with its clause in short under it), then the package's points, the issue it concedes on, the
approvals (when an approver is involved) and what it leaves on the table for them.

A term is never shortened to "…": each column is as wide as its terms on one line where the screen
has room for that (the dialog widens to it: :meth:`MesoPreview.natural_width`); where it has not,
the widest columns are narrowed alike and their terms wrap at spaces, but a column is never narrower
than its longest word; only when even that does not fit does the table scroll sideways, the issue
names staying beside it (the row labels are the table's frozen column). An issue name longer than
its share of the screen ends in "…", whole in its tooltip.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableWidget, QTableWidgetItem, QWidget

from ....model.approvals.rules import approvals
from ....model.contingent.sentences import clause_sentence, short_clause
from ....model.language import number, tr
from ....model.offers.meso import MesoPackages
from ....model.offers.waste import WASTE_EPS, waste_phrase
from ....model.plan import Plan
from ....model.scoring import score
from .compare import share_width

#: the issue names take at most this share of the screen's width (a longer name ends in "…") …
LABEL_SHARE = 0.3
#: … but never less than this many pixels
LABEL_MIN = 160
#: air beside a term on one line, on top of the cell's own margins (pixels)
AIR = 8


def _waste_item(points: float, their_label: str) -> QTableWidgetItem:
    """The preview's "Leaves on the table" cell: what the package leaves on the table for them under
    the estimate the set was chosen with (never printed on cards)."""
    item = QTableWidgetItem(tr("≈ {points:.1f} of their points").format(points=points) if points > WASTE_EPS
                            else tr("none", "nothing left on the table"))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setToolTip(tr("This package {leaves} (under the {estimate}): another package worth as much to you "
                       "would give them that much more.").format(leaves=waste_phrase(points), estimate=their_label)
                    if points > WASTE_EPS else
                    tr("On the frontier under the {estimate}: nothing worth as much to you gives them more.").format(
                        estimate=their_label))
    return item


def _mark_clause(plan: Plan, pkg: object, issue, item: QTableWidgetItem) -> None:
    """A contingent term's cell: the term, then its clause in short; the sentence as tooltip."""
    clause = (getattr(pkg, "clauses", None) or {}).get(issue.name)
    if clause is None:
        return
    event = next((e for e in plan.events if e.name == clause.event), None)
    item.setText(f"{item.text()}\n↳ {short_clause(clause, issue, event)}")
    item.setToolTip(clause_sentence(clause, issue, pkg[issue.name], event))  # type: ignore[index]
    item.setData(Qt.ItemDataRole.UserRole, "contingent")


def _right(item: QTableWidgetItem) -> QTableWidgetItem:
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class MesoPreview(QTableWidget):
    """The packages that will be added, side by side; its columns fit their terms (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mesoPreview")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)  # a narrowed column wraps its terms at spaces
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # whole in the tooltip
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # set by fit_columns
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # sized to its rows
        self.setToolTip(tr("The packages that will be added; the bold cell is where each one concedes."))

    # -- contents ----------------------------------------------------------------------
    def fill(self, plan: Plan, set_packages: MesoPackages, extra: list) -> None:
        """Show the set ``set_packages`` and its contingent options ``extra`` (last)."""
        packages = [*set_packages, *extra]
        conceded = list(set_packages.conceded)
        names = [chr(65 + j) for j in range(len(packages))]
        names = [p.name or names[j] for j, p in enumerate(set_packages)] + [
            tr("{package} · contingent").format(package=names[j]) for j in range(len(set_packages), len(packages))]
        waste = list(getattr(set_packages, "waste", ()))
        verdicts = approvals(plan, list(packages))
        more = 1 if verdicts.rules else 0  # the approvals row, before what is left on the table
        rows = [*plan.issue_names, tr("Points"), tr("Concedes on"), *([tr("Approvals")] if more else []),
                tr("Leaves on the table")]
        self.clear()
        self.setColumnCount(len(packages))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(names)
        for r, row in enumerate(rows):
            head = QTableWidgetItem(row)
            head.setToolTip(row)  # whole where a long issue name is shortened
            self.setVerticalHeaderItem(r, head)
        bold = QFont(self.font())
        bold.setBold(True)
        n = len(plan.issues)
        for c, pkg in enumerate(packages):
            for r, issue in enumerate(plan.issues):
                item = _right(QTableWidgetItem(issue.format_term(pkg[issue.name])))
                if c < len(conceded) and conceded[c] == issue.name:
                    item.setFont(bold)
                    item.setToolTip(tr("{package} concedes on {issue}").format(package=names[c], issue=issue.name))
                self.setItem(r, c, item)
                _mark_clause(plan, pkg, issue, item)
            clauses = getattr(pkg, "clauses", None) or {}
            pts = _right(QTableWidgetItem(("≈ " if clauses else "") + number(score(plan, pkg), 1)))
            if clauses:
                pts.setToolTip(tr("Expected value under your forecast"))
            self.setItem(n, c, pts)
            self.setItem(n + 1, c, _right(QTableWidgetItem(
                conceded[c] if c < len(conceded) else
                tr("contingent {issues}").format(issues=", ".join(clauses)) if clauses else "")))
            self.setItem(n + 2 + more, c, _waste_item(waste[c] if c < len(waste) else 0.0, set_packages.their_label)
                         if c < len(set_packages) else QTableWidgetItem("—"))
            if more:
                item = QTableWidgetItem(verdicts.line(c) or "—")
                item.setToolTip("\n".join(verdicts.detail(c)) or tr("No approver is involved."))
                self.setItem(n + 2, c, item)
        self._cap_labels()
        self.updateGeometries()  # the issue names' width, before the columns share the rest
        self.fit_columns()

    # -- widths ------------------------------------------------------------------------
    def cell_margin(self) -> int:
        """The pixels of a cell's width its text cannot use (the style's margins, the grid line)."""
        m = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        return 2 * m + (1 if self.showGrid() else 0)

    def _texts(self, column: int):
        for r in range(self.rowCount()):
            item = self.item(r, column)
            if item is not None and item.text():
                yield QFontMetricsF(item.font()), item.text()

    def natural_column(self, column: int) -> int:
        """The width ``column`` takes with each term on one line (and its heading whole)."""
        lines = [fm.horizontalAdvance(line) for fm, text in self._texts(column) for line in text.split("\n")]
        return max([self.horizontalHeader().sectionSizeHint(column), *(math.ceil(x) + self.cell_margin() + AIR for x in lines)])

    def least_column(self, column: int) -> int:
        """The narrowest ``column`` may be: its longest word whole (narrower, Qt would end it in "…")."""
        words = [fm.horizontalAdvance(w) for fm, text in self._texts(column) for w in text.split()]
        return max([self.horizontalHeader().sectionSizeHint(column), *(math.ceil(x) + self.cell_margin() for x in words)])

    def _labels_width(self) -> int:
        vh = self.verticalHeader()
        return min(vh.sizeHint().width(), vh.maximumWidth())

    def natural_width(self) -> int:
        """The table's width with every column at its natural width (the issue names beside them)."""
        bar = self.verticalScrollBar().sizeHint().width() if self.verticalScrollBar().isVisible() else 0
        return (self._labels_width() + sum(self.natural_column(c) for c in range(self.columnCount()))
                + 2 * self.frameWidth() + bar)

    def _cap_labels(self) -> None:
        """The issue names at most :data:`LABEL_SHARE` of the screen (a longer one ends in "…")."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = 1280 if screen is None else screen.availableGeometry().width() - 40
        self.verticalHeader().setMaximumWidth(max(LABEL_MIN, int(room * LABEL_SHARE)))

    def fit_columns(self) -> None:
        """Share the viewport's width among the columns: natural widths where they fit (the room
        left shared out alike), else the widest narrowed alike, never below their longest word."""
        n = self.columnCount()
        if n == 0:
            return
        room = self.viewport().width()
        natural = [self.natural_column(c) for c in range(n)]
        least = [self.least_column(c) for c in range(n)]
        widths = share_width(natural, least, room)
        spare = room - sum(widths)
        if spare > 0:  # wider than its terms need: fill the table, as wide as the dialog
            widths = [w + spare // n + (1 if c < spare % n else 0) for c, w in enumerate(widths)]
        for c, w in enumerate(widths):
            if self.columnWidth(c) != w:
                self.setColumnWidth(c, w)

    def scrolls_sideways(self) -> bool:
        """Whether the columns are wider together than the table shows (it scrolls sideways)."""
        return sum(self.columnWidth(c) for c in range(self.columnCount())) > self.viewport().width()

    def viewportEvent(self, event) -> bool:
        out = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:  # the dialog resized, or the issue names' width changed
            self.fit_columns()
        return out


__all__ = ["MesoPreview"]
