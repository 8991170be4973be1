"""CompareDialog (``compareDialog``): chosen packages side by side, one column each.

Rows are the issues (the term in the user's units; a term that differs between the chosen
packages is bold), then each package's points, its relationship effect (the goodwill of its
concessions: :mod:`~meso_desk.model.offers.relationship`, ``docs/behind-the-table.md``) and its
status in words — the one status rule of :mod:`~meso_desk.model.offers.status`. The packages are chosen with the checkboxes of the
list on the left (``comparePicker``); the table (``compareTable``) follows the plan as it
changes. Internal: it shows our points, so it is never printed for the other side.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....model.language import QT_TR_NOOP, number, tr
from ....model.offers.relationship import goodwill_moves, relationship_effect
from ....model.offers.status import package_status
from ....model.plan import Plan
from ...document import Change, PlanDocument
from ..common import described
from ..glyphs import status_colour

#: the rows under the issues
#: the rows under the issues (keys of :meth:`CompareDialog.cell`; shown translated)
SCORE_ROW = QT_TR_NOOP("Points")
RELATIONSHIP_ROW = QT_TR_NOOP("Relationship")
STATUS_ROW = QT_TR_NOOP("Status")


def differing_issues(plan: Plan, names: Sequence[str]) -> set[str]:
    """The issues on which the packages ``names`` do not all have the same term."""
    terms = [plan.stored_package(n).terms for n in names]
    return {i.name for i in plan.issues if len({t[i.name] for t in terms}) > 1}


class CompareDialog(QDialog):
    """A compact side-by-side table of any chosen packages (non-modal; follows the plan)."""

    def __init__(self, document: PlanDocument, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(tr("Compare packages"))
        self._doc = document
        self._building = False
        lay = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("Packages to compare:")))
        self.picker = QListWidget()
        self.picker.setObjectName("comparePicker")
        self.picker.setAccessibleName(tr("Packages to compare"))
        self.picker.setAccessibleDescription(tr("Tick the packages to compare"))
        self.picker.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.picker.setMaximumWidth(220)
        self.picker.itemChanged.connect(self._picked)
        left.addWidget(self.picker, 1)
        lay.addLayout(left)
        right = QVBoxLayout()
        self.table = QTableWidget()
        self.table.setObjectName("compareTable")
        self.table.setAccessibleName(tr("Packages side by side"))
        self.table.setAccessibleDescription(tr("The ticked packages side by side: their terms, our points and total cost"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        right.addWidget(self.table, 1)
        note = QLabel(tr("Terms that differ between the chosen packages are in bold."))
        note.setObjectName("compareNote")
        note.setWordWrap(True)
        right.addWidget(note)
        buttons = described(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)
        right.addWidget(buttons)
        lay.addLayout(right, 1)
        self._chosen = [n for n in names if n in document.plan.package_names]
        document.changed.connect(self._on_changed)
        self._refresh()
        self.resize(760, 420)

    # -- choosing ----------------------------------------------------------------------
    def packages(self) -> list[str]:
        """The packages in the table, in the plan's order."""
        return list(self._chosen)

    def set_packages(self, names: Sequence[str]) -> None:
        plan = self._doc.plan
        wanted = set(names)
        self._chosen = [n for n in plan.package_names if n in wanted]
        self._refresh()

    def _picked(self, _item: QListWidgetItem) -> None:
        if self._building:
            return
        names = [self.picker.item(k).text() for k in range(self.picker.count())
                 if self.picker.item(k).checkState() == Qt.CheckState.Checked]
        self.set_packages(names)

    def _on_changed(self, change: Change) -> None:
        if change.touches("packages", "issues", "weights", "meso_sets", "reservation", "aspiration", "goodwill",
                          "relationship_weight"):
            plan = self._doc.plan
            old = change.old.package_names if change.old is not None else []
            now = plan.package_names
            if len(old) == len(now):  # a package renamed keeps its place and stays compared
                renamed = {a: b for a, b in zip(old, now) if a != b and a not in now and b not in old}
                self._chosen = [renamed.get(n, n) for n in self._chosen]
            self._chosen = [n for n in self._chosen if n in now]
            self._refresh()

    # -- the table ---------------------------------------------------------------------
    def _refresh(self) -> None:
        plan = self._doc.plan
        self._building = True
        try:
            listed = [self.picker.item(k).text() for k in range(self.picker.count())]
            if listed != plan.package_names:
                self.picker.clear()
                for name in plan.package_names:
                    item = QListWidgetItem(name)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setToolTip(name)
                    item.setCheckState(Qt.CheckState.Unchecked)  # without a state there is no box to tick
                    self.picker.addItem(item)
            for k in range(self.picker.count()):
                item = self.picker.item(k)
                state = Qt.CheckState.Checked if item.text() in self._chosen else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
        finally:
            self._building = False
        names = self._chosen
        differ = differing_issues(plan, names) if len(names) > 1 else set()
        rows = _rows(plan)
        t = self.table
        t.clear()
        t.setRowCount(len(rows))
        t.setColumnCount(len(names))
        t.setVerticalHeaderLabels([i.name for i in plan.issues] + [tr(SCORE_ROW), tr(RELATIONSHIP_ROW),
                                                                     tr(STATUS_ROW)])
        t.setHorizontalHeaderLabels(names)
        bold = QFont(t.font())
        bold.setBold(True)
        for c, name in enumerate(names):
            sp = plan.stored_package(name)
            meso = plan.meso_set_of(name)
            head = t.horizontalHeaderItem(c)
            head.setToolTip(tr("{package} ({set})").format(package=name, set=meso.name) if meso is not None else name)
            for r, issue in enumerate(plan.issues):
                text = issue.format_term(sp.terms[issue.name])
                item = QTableWidgetItem(text)
                item.setToolTip(f"{issue.name}: {text}")
                if issue.name in differ:
                    item.setFont(bold)
                if not issue.is_acceptable(sp.terms[issue.name]):
                    item.setForeground(status_colour("unacceptable"))
                t.setItem(r, c, item)
            st = package_status(plan, name)
            score = QTableWidgetItem(number(st.value, 1))
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            score.setToolTip(st.details)
            t.setItem(len(plan.issues), c, score)
            t.setItem(len(plan.issues) + 1, c, _relationship_item(plan, sp.terms))
            status = QTableWidgetItem(st.text)
            status.setToolTip(st.details)
            status.setData(Qt.ItemDataRole.UserRole, st.status)
            if st.status in ("below", "unacceptable"):
                status.setForeground(status_colour(st.status))
            t.setItem(len(plan.issues) + 2, c, status)
        t.resizeColumnsToContents()
        for c in range(t.columnCount()):
            t.setColumnWidth(c, min(max(t.columnWidth(c), 90), 260))
        t.resizeRowsToContents()

    def cell(self, row: str, package: str) -> QTableWidgetItem | None:
        """The table's item for ``row`` (an issue, ``SCORE_ROW``, ``RELATIONSHIP_ROW`` or ``STATUS_ROW``)
        and ``package``."""
        rows = _rows(self._doc.plan)
        if row not in rows or package not in self._chosen:
            return None
        return self.table.item(rows.index(row), self._chosen.index(package))


def _rows(plan: Plan) -> list[str]:
    return [i.name for i in plan.issues] + [SCORE_ROW, RELATIONSHIP_ROW, STATUS_ROW]


def _relationship_item(plan: Plan, terms) -> QTableWidgetItem:
    """The relationship effect (``+3.1``; "–" when no issue has goodwill), its moves in the tooltip."""
    effect = relationship_effect(plan, terms) if plan.goodwill else 0.0
    item = QTableWidgetItem(("+" if effect >= 0 else "") + number(effect, 1, grouping=False)
                            if plan.goodwill else "–")
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    moves = [m.sentence(plan) for m in goodwill_moves(plan, terms)] if plan.goodwill else []
    item.setToolTip("\n".join([tr("Goodwill of its concessions (docs/behind-the-table.md)"), *moves]))
    return item


__all__ = ["CompareDialog", "differing_issues", "RELATIONSHIP_ROW", "SCORE_ROW", "STATUS_ROW"]
