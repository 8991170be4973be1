"""A small dialog for a categorical issue's options: label, value 0–100, acceptable.

Options can be added, removed and reordered; the dialog checks the whole list on every
change with the plan's own rules and shows the reason under the table (OK stays disabled
while the list is invalid). Renamed options keep packages that used them on the renamed
option: each row remembers the label it had when the dialog opened.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....model.edits.issue_edits import OptionRow, edit_issue
from ....model.edits.knock_on import options_in_use
from ....model.language import tr
from ....model.plan import Plan
from ....model.preferences.issues import CategoricalIssue
from ..common import OneLineDelegate, described, tab_leaves
from ..entry_spin import DoubleSpinBox
from ..look import ERROR, text_colour

#: The colour of a warning under the table (an option in use that would go; made readable on the palette).
WARNING = "#8a5300"

_WAS = Qt.ItemDataRole.UserRole + 7
LABEL, VALUE, ACCEPTABLE = 0, 1, 2


class _ValueDelegate(QStyledItemDelegate):
    """Value cells: a spin box limited to 0–100 points."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        spin = DoubleSpinBox(parent)
        spin.setRange(0.0, 100.0)
        spin.setDecimals(1)
        spin.setSingleStep(5.0)
        spin.setSuffix(tr(" pts"))
        spin.setAccessibleName(tr("Option value"))
        spin.setToolTip(tr("Value of this option to us, 0 (worst) to 100 (best)."))
        return spin

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setValue(float(index.data(Qt.ItemDataRole.EditRole) or 0.0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        editor.interpretText()
        model.setData(index, float(editor.value()), Qt.ItemDataRole.EditRole)


class OptionsDialog(QDialog):
    """Edit the options of the categorical issue at ``row`` of ``plan``.

    ``rows()`` gives the edited options (with their former labels); ``proposed_plan()`` the
    plan they make, or ``None`` with :attr:`reason` set when the list is invalid.
    """

    validityChanged = Signal(bool)

    def __init__(self, plan: Plan, row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        issue = plan.issues[row]
        assert isinstance(issue, CategoricalIssue)
        self._plan = plan
        self._row = row
        self.reason = ""
        self.setObjectName("optionsDialog")
        self.setWindowTitle(tr("Options of “{issue}”").format(issue=issue.name))
        self.setMinimumSize(420, 300)
        self._build_table(issue)
        self._build_buttons()
        self._build_layout()

        for o in issue.options:
            self._append(OptionRow(o.label, o.value, o.acceptable, o.label))
        self.table.itemChanged.connect(self._revalidate)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        if self.table.rowCount():
            self.table.selectRow(0)
        self._revalidate()

    def _build_table(self, issue: CategoricalIssue) -> None:
        self.table = tab_leaves(QTableWidget(0, 3, self))  # Tab to the buttons, arrows between cells
        self.table.setObjectName("optionTable")
        self.table.setAccessibleName(tr("Options of {issue}").format(issue=issue.name))
        self.table.setHorizontalHeaderLabels([tr("Option"), tr("Value"), tr("Acceptable")])
        for col, tip in enumerate((tr("The option's label as both sides say it (unique)."),
                                   tr("Value of the option to us: 0 (worst) to 100 (best)."),
                                   tr("Unticked: we can never accept a package with this option."))):
            self.table.horizontalHeaderItem(col).setToolTip(tip)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(ACCEPTABLE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(LABEL, OneLineDelegate(self.table))
        self.table.setItemDelegateForColumn(VALUE, _ValueDelegate(self.table))
        self.table.setToolTip(tr("Double-click a label or value to edit it; tick the options we can accept."))

    def _build_buttons(self) -> None:
        self.add_button = QPushButton(tr("&Add"), self)
        self.remove_button = QPushButton(tr("&Remove"), self)
        self.up_button = QPushButton(tr("Move &up"), self)
        self.down_button = QPushButton(tr("Move &down"), self)
        for b, tip in ((self.add_button, tr("Add an option below the selected one (Insert).")),
                       (self.remove_button, tr("Remove the selected option (Delete).")),
                       (self.up_button, tr("Move the selected option up (Alt+Up).")),
                       (self.down_button, tr("Move the selected option down (Alt+Down)."))):
            b.setToolTip(tip)
            b.setAccessibleName(b.text().replace("&", ""))
            b.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_option)
        self.remove_button.clicked.connect(self.remove_option)
        self.up_button.clicked.connect(lambda: self.move_option(-1))
        self.down_button.clicked.connect(lambda: self.move_option(+1))
        for seq, slot in ((QKeySequence(Qt.Key.Key_Insert), self.add_option),
                          (QKeySequence(Qt.Key.Key_Delete), self.remove_option),
                          (QKeySequence("Alt+Up"), lambda: self.move_option(-1)),
                          (QKeySequence("Alt+Down"), lambda: self.move_option(+1))):
            QShortcut(seq, self.table, activated=slot, context=Qt.ShortcutContext.WidgetShortcut)

    def _build_layout(self) -> None:
        side = QVBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(b)
        side.addStretch(1)

        self.status = QLabel(self)
        self.status.setObjectName("optionsStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Problem with the options"))

        self.buttons = described(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                  | QDialogButtonBox.StandardButton.Cancel, self))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(tr("Apply the options (one undo step)."))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(tr("Close without changing anything."))

        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(side)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(tr("Give each option its value to us (0 = worst, 100 = best) and untick the ones we "
                                "can never accept."), self, wordWrap=True))
        lay.addLayout(top, 1)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)

    # -- rows --------------------------------------------------------------------------
    def _append(self, row: OptionRow, at: int | None = None) -> int:
        at = self.table.rowCount() if at is None else at
        self.table.blockSignals(True)
        self.table.insertRow(at)
        label = QTableWidgetItem(row.label)
        label.setData(_WAS, row.was)
        value = QTableWidgetItem()
        value.setData(Qt.ItemDataRole.EditRole, float(row.value))
        value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        acc = QTableWidgetItem()
        acc.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        acc.setCheckState(Qt.CheckState.Checked if row.acceptable else Qt.CheckState.Unchecked)
        acc.setToolTip(tr("Ticked: acceptable. Unticked: a package with this option is never acceptable."))
        self.table.setItem(at, LABEL, label)
        self.table.setItem(at, VALUE, value)
        self.table.setItem(at, ACCEPTABLE, acc)
        self.table.blockSignals(False)
        return at

    def rows(self) -> list[OptionRow]:
        out = []
        for r in range(self.table.rowCount()):
            label = self.table.item(r, LABEL)
            out.append(OptionRow(
                label=label.text(),
                value=float(self.table.item(r, VALUE).data(Qt.ItemDataRole.EditRole) or 0.0),
                acceptable=self.table.item(r, ACCEPTABLE).checkState() == Qt.CheckState.Checked,
                was=label.data(_WAS),
            ))
        return out

    def _set_rows(self, rows: list[OptionRow], select: int) -> None:
        self.table.setRowCount(0)
        for r in rows:
            self._append(r)
        if rows:
            self.table.selectRow(max(0, min(select, len(rows) - 1)))
        self._revalidate()

    def add_option(self) -> None:
        rows = self.rows()
        labels = {r.label.casefold() for r in rows}
        k = len(rows) + 1
        while tr("Option {n}").format(n=k).casefold() in labels:
            k += 1
        at = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else len(rows)
        rows.insert(at, OptionRow(tr("Option {n}").format(n=k), 50.0, True, None))
        self._set_rows(rows, at)
        self.table.setFocus()
        self.table.setCurrentCell(at, LABEL)
        self.table.editItem(self.table.item(at, LABEL))

    def remove_option(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            return
        rows = self.rows()
        del rows[r]
        self._set_rows(rows, r)

    def move_option(self, delta: int) -> None:
        r = self.table.currentRow()
        rows = self.rows()
        to = r + delta
        if r < 0 or not 0 <= to < len(rows):
            return
        rows[r], rows[to] = rows[to], rows[r]
        self._set_rows(rows, to)
        self.table.setCurrentCell(to, LABEL)

    # -- validity ------------------------------------------------------------------------
    def proposed_plan(self) -> Plan | None:
        r = edit_issue(self._plan, self._row, "range", self.rows())
        self.reason = r.reason
        return r.plan if r.ok else None

    def _revalidate(self, *_args) -> None:
        rows = self.rows()
        proposed = self.proposed_plan()
        ok = proposed is not None
        # before OK: the options in use that would go, what uses them and where their terms go
        warning = "" if proposed is None else options_in_use(self._plan, proposed, self._row,
                                                             [r.was for r in rows if r.was])
        self.status.setText(self.reason if not ok else warning)
        colour = ERROR if not ok else WARNING
        self.status.setStyleSheet(f"color: {text_colour(colour, self.palette()).name()};" if self.status.text() else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self._update_buttons()
        self.validityChanged.emit(ok)

    def _update_buttons(self) -> None:
        r = self.table.currentRow()
        n = self.table.rowCount()
        self.remove_button.setEnabled(r >= 0 and n > 1)
        self.up_button.setEnabled(r > 0)
        self.down_button.setEnabled(0 <= r < n - 1)

    def accept(self) -> None:
        if self.proposed_plan() is None:
            self._revalidate()
            return
        super().accept()
