"""The issues of the open plan as a Qt table model.

:class:`IssueTableModel` is a ``QAbstractTableModel`` over ``document.plan.issues`` and
nothing more: the cell texts come from :mod:`meso_desk.model.preferences.issue_text`, and a
typed cell becomes a call of an edit function of :mod:`meso_desk.model.edits.issue_edits`
whose new plan goes to ``document.apply``. It never keeps its own copy of an issue: it
reads the document's plan and refreshes on ``document.changed`` with the finest signal that
fits (``dataChanged`` for an edit in place, row inserts/removes for add/remove,
``layoutChanged`` with moved persistent indexes for a reorder) so selections survive undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication

from ....model.edits.issue_edits import IssueEdit, add_issue, edit_issue, edit_value, move_issue, remove_issue
from ....model.language import tr
from ....model.plan import Plan
from ....model.preferences.issue_text import COLUMN_KEYS, COLUMNS, NUMERIC_ONLY, display_text, tooltip_text
from ....model.preferences.issues import CategoricalIssue, NumericIssue
from ..look import secondary_text_colour, text_colour

ISSUE_ROLE = Qt.ItemDataRole.UserRole + 1
# item flags, combined once (enum arithmetic is slow in Python and flags() runs per cell per paint)
_DROP = Qt.ItemFlag.ItemIsDropEnabled
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
MIME_TYPE = "application/x-meso-desk-issue-rows"
#: the colour of the options we can never accept
DANGER = QColor(176, 32, 32)


class IssueTableModel(QAbstractTableModel):
    """Table model over ``document.plan.issues``; every accepted edit is one undo step."""

    #: a one-line message for the panel's status text: (text, is_error)
    message = Signal(str, bool)
    #: the issue that an add/undo/redo brought into focus (name); the panel selects it
    focusIssue = Signal(str)

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self._doc = document
        #: the plan the rows show; it follows the document inside begin/end row signals so
        #: that the view never sees a row count that disagrees with the data
        self._plan: Plan = document.plan
        self._names = list(self._plan.issue_names)
        self._bold: QFont | None = None
        document.changed.connect(self._on_changed)

    # -- access ------------------------------------------------------------------------
    @property
    def document(self):
        return self._doc

    @property
    def plan(self) -> Plan:
        """The plan shown (the document's plan, except while rows are being updated)."""
        return self._plan

    def issue(self, row: int) -> NumericIssue | CategoricalIssue | None:
        issues = self._plan.issues
        return issues[row] if 0 <= row < len(issues) else None

    def row_of(self, name: str) -> int:
        try:
            return self._names.index(name)
        except ValueError:
            return -1

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(COLUMNS[section].title)  # marked with QT_TR_NOOP where defined
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr(COLUMNS[section].tip)
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        issue = self.issue(index.row()) if index.isValid() else None
        if issue is None or not 0 <= index.column() < len(COLUMNS):
            return None
        key = COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(self.plan, issue, key)
        if role == Qt.ItemDataRole.EditRole:
            return edit_value(issue, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(self.plan, issue, key)
        if role == ISSUE_ROLE:
            return issue
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("step", "hard_limit"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not issue.is_numeric and key in NUMERIC_ONLY:
                return QBrush(secondary_text_colour(QApplication.palette()))
            if key == "hard_limit" and not issue.is_numeric:
                return QBrush(text_colour(DANGER, QApplication.palette()))
            return None
        if role == Qt.ItemDataRole.FontRole and key == "name":
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role == Qt.ItemDataRole.AccessibleTextRole:
            shown = display_text(self.plan, issue, key) or tr("none")
            return f"{tr(COLUMNS[index.column()].title)}: {shown}"
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return _DROP
        issue = self.issue(index.row())
        c = index.column()
        if issue is None or not 0 <= c < len(COLUMNS):
            return _DROP
        return _EDITABLE if issue.is_numeric or COLUMN_KEYS[c] not in NUMERIC_ONLY else _READ_ONLY

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        return self.set_value(index.row(), COLUMN_KEYS[index.column()], value)

    # -- edits -------------------------------------------------------------------------
    def check(self, index: QModelIndex, value: Any) -> str | None:
        """Why typing ``value`` into ``index`` would be refused (None when it would be accepted)."""
        r = edit_issue(self._doc.plan, index.row(), COLUMN_KEYS[index.column()], value)
        return None if r.ok else r.reason

    def set_value(self, row: int, key: str, value: Any) -> bool:
        """Apply one cell edit as one undo step; False (and a message) when refused."""
        return self._apply(edit_issue(self._doc.plan, row, key, value)) is not False

    def add_issue(self, kind: str = "numeric", row: int | None = None) -> int:
        """Add a new issue (after ``row``'s place when given); returns its row or -1."""
        r = add_issue(self._doc.plan, kind, row)
        return r.focus[2] if self._apply(r) and r.focus else -1

    def remove_issue(self, row: int) -> bool:
        return bool(self._apply(remove_issue(self._doc.plan, row)))

    def move_issue(self, row: int, new_row: int) -> bool:
        return bool(self._apply(move_issue(self._doc.plan, row, new_row)))

    def _apply(self, r: IssueEdit) -> bool | None:
        """Push an edit's plan (True), say why it was refused (False); None: nothing to do."""
        if not r.ok:
            self.message.emit(r.message, True)
            return False
        if not r.text:
            return None
        self._doc.apply(r.plan, r.text, issue_focus=r.focus)
        if r.message:
            self.message.emit(r.message, False)
        return True

    # -- drag and drop (reorder) ----------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        md = QMimeData()
        md.setData(MIME_TYPE, QByteArray(",".join(map(str, rows)).encode()))
        return md

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data is not None and data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            rows = [int(x) for x in bytes(data.data(MIME_TYPE).data()).decode().split(",") if x]
        except ValueError:
            return False
        if len(rows) != 1:
            return False
        src = rows[0]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._names)
        # ``row`` is the gap to drop into; moving down past the source shifts by one
        dest = row - 1 if row > src else row
        self.move_issue(src, dest)
        # the document refresh moves the row; the view must not remove the source itself
        return False

    # -- document → view -----------------------------------------------------------------
    def _on_changed(self, change) -> None:
        if not change.touches("issues", "currency"):
            self._plan = self._doc.plan  # same issues: nothing to redraw
            return
        new_plan = self._doc.plan
        new_names = list(new_plan.issue_names)
        old_names = self._names

        def take() -> None:
            self._plan = new_plan
            self._names = new_names

        if change.everything:
            self.beginResetModel()
            take()
            self.endResetModel()
        elif new_names == old_names:
            take()
            self._data_changed()
        elif len(new_names) == len(old_names) + 1 and _is_insert(old_names, new_names):
            at = next((i for i, (a, b) in enumerate(zip(old_names, new_names)) if a != b), len(old_names))
            self.beginInsertRows(QModelIndex(), at, at)
            take()
            self.endInsertRows()
            self._data_changed()
        elif len(new_names) == len(old_names) - 1 and _is_insert(new_names, old_names):
            at = next((i for i, (a, b) in enumerate(zip(new_names, old_names)) if a != b), len(new_names))
            self.beginRemoveRows(QModelIndex(), at, at)
            take()
            self.endRemoveRows()
            self._data_changed()
        elif sorted(new_names) == sorted(old_names):
            self.layoutAboutToBeChanged.emit()
            old_idx = self.persistentIndexList()
            new_idx = [self.index(new_names.index(old_names[pi.row()]), pi.column()) for pi in old_idx]
            take()
            self.changePersistentIndexList(old_idx, new_idx)
            self.layoutChanged.emit()
            self._data_changed()
        elif len(new_names) == len(old_names):
            # a rename (or a few): rows stay where they are
            take()
            self._data_changed()
        else:
            self.beginResetModel()
            take()
            self.endResetModel()
        focus = change.hint.get("issue_focus") if change.hint else None
        if focus:
            before, after, row = focus
            for name in (after, before):
                if name and name in new_names:
                    self.focusIssue.emit(name)
                    break
            else:
                if new_names:
                    self.focusIssue.emit(new_names[max(0, min(row, len(new_names) - 1))])

    def _data_changed(self) -> None:
        if self._names:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._names) - 1, len(COLUMNS) - 1))


def _is_insert(short: list[str], long: list[str]) -> bool:
    """``long`` is ``short`` with one name inserted somewhere."""
    for i in range(len(long)):
        if long[:i] + long[i + 1:] == short:
            return True
    return False


__all__ = ["ISSUE_ROLE", "IssueTableModel"]
