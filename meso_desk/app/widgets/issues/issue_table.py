"""The Issues panel: the plan's issues in a table, edited in place, with the selected issue's
value curve below.

* Add (numeric or categorical), remove, reorder (buttons, Alt+Up/Alt+Down or drag a row),
  edit any cell in place (double-click, F2 or just type). Insert adds a numeric issue and
  Shift+Insert a categorical one, Delete removes the selected issue, while the table has
  focus.
* Invalid input is refused where it is typed: the field turns red, the reason appears next
  to it and in the panel's status line, and Enter does not apply it.
* A categorical issue's options (label, value, acceptable) are edited in a small dialog:
  double-click its *Range / options* or *Hard limit* cell, or press *Options…*.
* Every accepted edit is one undo step on the document's stack; undo and redo select the
  issue they changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....model.language import QT_TR_NOOP, tr
from ....model.preferences.issue_text import COL
from ....model.preferences.issues import CategoricalIssue
from ..look import ERROR, secondary_text_colour, text_colour
from .curve_editor import CurveEditor
from .delegates import IssueDelegate
from .issue_model import IssueTableModel
from .option_editor import OptionsDialog

_DIALOG_COLUMNS = frozenset({COL["range"], COL["hard_limit"]})
HELP_TEXT = QT_TR_NOOP("Double-click or F2 edits · Insert adds · Delete removes · Alt+↑/↓ moves")
#: Widest a column may start (its contents are in the tooltip; the user can widen it).
_MAX_START_WIDTH = 170
#: The main columns give way in this order, down to these widths, when the panel is narrow
#: (their whole text is in the tooltip); only the notes then need the horizontal scroll.
_GIVE_WAY = {COL["kind"]: 54, COL["range"]: 84, COL["curve"]: 64, COL["unit"]: 44, COL["name"]: 80}
#: Narrowest the notes column starts when there is room for it.
_NOTES_MIN = 80
#: Widest the names start: given the room the notes would have had beyond their narrowest, and
#: that of the columns that give way before them, so a long name is read whole where it can be.
_MAX_NAME_WIDTH = 420


class IssueTableView(QTableView):
    """The issue table: keys for add/remove/move, and the option dialog for categorical cells."""

    addRequested = Signal(str)
    removeRequested = Signal()
    moveRequested = Signal(int)
    optionsRequested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if self.state() != QAbstractItemView.State.EditingState:
            if key == Qt.Key.Key_Insert:
                self.addRequested.emit("categorical" if mods & Qt.KeyboardModifier.ShiftModifier else "numeric")
                event.accept()
                return
            if key == Qt.Key.Key_Delete:
                self.removeRequested.emit()
                event.accept()
                return
            if mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.moveRequested.emit(-1 if key == Qt.Key.Key_Up else 1)
                event.accept()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.viewport().update()  # the current cell's mark and the selection's colour follow the focus

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def closeEditor(self, editor: QWidget, hint) -> None:
        """Qt gives the focus back to the table only when the editor has it itself. The range's
        editor holds two fields and its focus is the first one's: closed from the second, the
        focus went to the next panel (the Weights' *Raw importance*). The focus goes to the
        editor first (its first field: still inside it, so nothing commits twice)."""
        focus = QApplication.focusWidget()
        if editor is not None and focus is not None and editor.isAncestorOf(focus) and not editor.hasFocus():
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
        super().closeEditor(editor, hint)

    def edit(self, index: QModelIndex, trigger=None, event=None):
        if trigger is None:
            trigger = QAbstractItemView.EditTrigger.AllEditTriggers
        if self._wants_dialog(index, trigger):
            self.optionsRequested.emit(index.row())
            return False
        return super().edit(index, trigger, event)

    def _wants_dialog(self, index: QModelIndex, trigger) -> bool:
        if not index.isValid() or index.column() not in _DIALOG_COLUMNS:
            return False
        if not isinstance(self.model().issue(index.row()), CategoricalIssue):
            return False
        T = QAbstractItemView.EditTrigger
        if trigger == T.AllEditTriggers:
            return True
        return trigger in (T.DoubleClicked, T.EditKeyPressed) and bool(self.editTriggers() & trigger)


class IssuePanel(QWidget):
    """The Issues panel (objectName ``issuePanel``; its table is ``issueTable``)."""

    #: the selected issue's name ("" when none)
    issueSelected = Signal(str)

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self.setObjectName("issuePanel")
        self.setAccessibleName(tr("Issues"))
        self.setMinimumSize(340, 320)
        self.options_dialog: OptionsDialog | None = None
        self._remembered = ""  # the selected issue while the model resets
        self._fitted = False
        self._fitting = False  # the panel is setting column widths (not the user)
        self._user_sized = False  # the user widened or narrowed a column: keep their widths
        #: the columns' content widths are measured again only when the contents changed (a
        #: workspace switch resizes the panel a few times: each measure read every cell)
        self._contents_version = 0
        self._contents_fit: tuple[tuple, dict[int, int]] | None = None
        self._widths_set: tuple | None = None

        self.model = IssueTableModel(document, self)
        # made in the order Tab visits them (the order on screen): the buttons, the table, the curve
        self._build_buttons()
        self._build_table()
        self.curve_editor = CurveEditor(document, self)
        self._build_layout()
        self._connect()

        self.show_message("")
        self._fit_columns()
        if self.model.rowCount():
            self.select_issue(self.model.plan.issues[0].name)
        self._sync_selection()

    def _build_table(self) -> None:
        self.table = IssueTableView(self)
        self.table.setObjectName("issueTable")
        self.table.setAccessibleName(tr("Issues table"))
        self.table.setAccessibleDescription(tr(
            "One row per issue. Double-click or F2 edits a cell; Insert adds an issue, Delete removes it, "
            "Alt+Up and Alt+Down move it."))
        self.table.setToolTip(tr(
            "The issues of the negotiation. Double-click or F2 edits a cell · Insert adds (Shift+Insert: "
            "categorical) · Delete removes · Alt+Up/Down or drag a row reorders."))
        self.table.setModel(self.model)
        self.delegate = IssueDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        hh.setMinimumSectionSize(36)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.setMinimumSize(300, 140)

    def _build_buttons(self) -> None:
        st = self.style()
        self.add_numeric_action = QAction(tr("Numeric issue"), self)
        self.add_numeric_action.setToolTip(tr("Add a numeric issue (price, weeks, days…) — Insert"))
        self.add_numeric_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.add_numeric_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.add_numeric_action.triggered.connect(lambda: self.add_issue("numeric"))
        self.add_categorical_action = QAction(tr("Categorical issue"), self)
        self.add_categorical_action.setToolTip(tr("Add a categorical issue (a list of options) — Shift+Insert"))
        self.add_categorical_action.setShortcut(QKeySequence("Shift+Insert"))
        self.add_categorical_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.add_categorical_action.triggered.connect(lambda: self.add_issue("categorical"))
        add_menu = QMenu(self)
        add_menu.addAction(self.add_numeric_action)
        add_menu.addAction(self.add_categorical_action)
        add_menu.setToolTipsVisible(True)

        self.add_button = self._tool_button("addIssueButton", tr("Add"), tr(
            "Add a numeric issue after the selected one (Insert). Use the arrow for a categorical issue "
            "(Shift+Insert)."))
        self.add_button.setMenu(add_menu)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.add_button.clicked.connect(lambda: self.add_issue("numeric"))
        self.remove_button = self._tool_button("removeIssueButton", tr("Remove"),
                                               tr("Remove the selected issue with its weight and terms (Delete). "
                                                  "Undo brings it back."))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = self._tool_button("moveIssueUpButton", "", tr("Move the selected issue up (Alt+Up)."),
                                           st.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.up_button.setAccessibleName(tr("Move issue up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = self._tool_button("moveIssueDownButton", "", tr("Move the selected issue down (Alt+Down)."),
                                             st.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.down_button.setAccessibleName(tr("Move issue down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.options_button = self._tool_button("editOptionsButton", tr("Options…"),
                                                tr("Edit the options of the selected categorical issue: labels, "
                                                   "values and which ones are acceptable."))
        self.options_button.clicked.connect(lambda: self.edit_options(self.current_row()))

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button, self.options_button):
            bar.addWidget(b)
        bar.addStretch(1)

        self.status = QLabel(self)
        self.status.setObjectName("issueStatus")
        self.status.setAccessibleName(tr("Issues status"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setMinimumHeight(self.fontMetrics().height() + 4)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("issueSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.curve_editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([300, 220])

        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 4, 2, 4)  # every pixel of width goes to the table's columns
        lay.setSpacing(4)
        lay.addLayout(bar)
        lay.addWidget(self.splitter, 1)
        lay.addWidget(self.status)
        # Tab follows the screen: the buttons, the table (arrows move between its cells; Tab leaves
        # it — it used to walk the cells for ever), then the curve below it. The order is the order
        # the widgets were made in (__init__): QWidget.setTabOrder with the table (a scroll area whose
        # viewport passes the focus on) tangles Qt 6's focus chain, and the table came after the curve.
        self.table.setTabKeyNavigation(False)
        chain = self.curve_editor.focus_chain()
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def _connect(self) -> None:
        # first: the columns are fitted to the new contents by the slots that follow
        for sig in (self.model.modelReset, self.model.layoutChanged, self.model.rowsInserted,
                    self.model.rowsRemoved, self.model.dataChanged, self.model.headerDataChanged):
            sig.connect(self._contents_changed)
        self.table.addRequested.connect(self.add_issue)
        self.table.removeRequested.connect(self.remove_current)
        self.table.moveRequested.connect(self.move_current)
        self.table.optionsRequested.connect(self.edit_options)
        self.model.message.connect(self.show_message)
        self.delegate.message.connect(self.show_message)
        self._doc.pendingEditsRequested.connect(self.delegate.commit_open_editors)  # Save, Close: the cell as typed
        self.curve_editor.message.connect(self.show_message)
        # any step of the history (an undo, a redo, an edit elsewhere) makes the last edit's words
        # stale ("Removed … Undo brings it back" after the undo): the key hint again; this panel's
        # own edits say theirs just after they are pushed
        self._doc.undo_stack.indexChanged.connect(self._history_moved)
        self.model.focusIssue.connect(self.select_issue)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.layoutChanged.connect(self._sync_selection)
        self.model.rowsInserted.connect(self._sync_selection)
        self.model.rowsRemoved.connect(self._sync_selection)
        self.model.dataChanged.connect(self._sync_selection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._sync_selection())
        self.splitter.splitterMoved.connect(lambda *_: self.splitter.setProperty("userMoved", True))
        self.table.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def table_height_for_rows(self) -> int:
        """Height that shows every row (at least three) without a vertical scroll bar."""
        t = self.table
        rows = max(3, self.model.rowCount())
        h = t.horizontalHeader().height() + rows * t.verticalHeader().defaultSectionSize()
        h += t.horizontalScrollBar().sizeHint().height() + 2 * t.frameWidth() + 2
        return h

    def fit_splitter(self) -> None:
        """Give the table the height its rows need and the curve the rest (curve ≥ its minimum)."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        curve_min = self.curve_editor.minimumSizeHint().height()
        table = min(self.table_height_for_rows(), max(self.table.minimumHeight(), total - curve_min))
        self.splitter.setSizes([table, max(curve_min, total - table)])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_splitter()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted and not self.splitter.property("userMoved"):
            self.fit_splitter()
        if not self._user_sized:
            self._fit_columns()

    def _on_section_resized(self, *_args) -> None:
        if not self._fitting:
            self._user_sized = True

    def _tool_button(self, name: str, text: str, tip: str, icon=None) -> QToolButton:
        b = QToolButton(self)
        b.setObjectName(name)
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(text or name)
        b.setAutoRaise(False)
        if icon is not None:
            b.setIcon(icon)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        else:
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return b

    def _contents_changed(self, *_args) -> None:
        self._contents_version += 1

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._contents_changed()  # the same contents, measured in another font

    def _content_widths(self) -> dict[int, int]:
        """Each column's width for its contents (``resizeColumnsToContents``), measured again
        only when the contents, or the rows Qt measures (those in view), changed."""
        t, hh = self.table, self.table.horizontalHeader()
        vh = t.verticalHeader()
        key = (self._contents_version, self.model.rowCount(), t.isVisible(), vh.visualIndexAt(0),
               vh.visualIndexAt(t.viewport().height()))
        if self._contents_fit is None or self._contents_fit[0] != key:
            t.resizeColumnsToContents()
            self._contents_fit = (key, {c: hh.sectionSize(c) for c in range(self.model.columnCount())})
            self._widths_set = None  # (the sections now have their content widths)
        return dict(self._contents_fit[1])

    def _fit_columns(self) -> None:
        """Every main column at its content's width; when they do not all fit the table,
        the wide ones give way (eliding, whole text in the tooltip) so that only the notes
        need the horizontal scroll. A long name then takes the room the notes have beyond
        their narrowest, and that of the columns that give way before it: the names give
        way last, the notes first."""
        t, hh = self.table, self.table.horizontalHeader()
        notes, name = COL["description"], COL["name"]
        self._fitting = True
        try:
            natural = {c: max(w, 36) for c, w in self._content_widths().items()}
            width = {c: min(w, _MAX_START_WIDTH) for c, w in natural.items()}
            m = self.layout().contentsMargins() if self.layout() else None
            room = self.width() - (m.left() + m.right() if m else 0) - 2 * t.frameWidth()
            if t.verticalScrollBar().isVisible():
                room -= t.verticalScrollBar().width()
            over = sum(w for c, w in width.items() if c != notes) - room
            for c, floor in _GIVE_WAY.items():
                if over <= 0:
                    break
                cut = min(over, max(0, width[c] - floor))
                width[c] -= cut
                over -= cut
            # a name cut short: the notes' room beyond their narrowest, then the others' in turn
            short = min(natural[name], _MAX_NAME_WIDTH) - width[name]
            spare = room - _NOTES_MIN - sum(w for c, w in width.items() if c != notes)
            for c, floor in ((notes, 0), *((c, f) for c, f in _GIVE_WAY.items() if c != name)):
                if short <= 0:
                    break
                take = min(short, max(0, spare if c == notes else width[c] - floor))
                if c != notes:
                    width[c] -= take
                width[name] += take
                short -= take
            width[notes] = max(_NOTES_MIN, room - sum(w for c, w in width.items() if c != notes))
            widths = tuple(sorted(width.items()))
            if widths != self._widths_set:  # (the same widths again: nothing to do)
                for c, w in widths:
                    hh.resizeSection(c, w)
                self._widths_set = widths
        finally:
            self._fitting = False

    # -- selection ---------------------------------------------------------------------
    def current_row(self) -> int:
        idx = self.table.selectionModel().currentIndex()
        if idx.isValid() and self.table.selectionModel().isRowSelected(idx.row(), QModelIndex()):
            return idx.row()
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def current_issue_name(self) -> str:
        r = self.current_row()
        return self.model.plan.issues[r].name if 0 <= r < self.model.rowCount() else ""

    def select_issue(self, name: str) -> None:
        r = self.model.row_of(name)
        if r < 0:
            return
        sm = self.table.selectionModel()
        idx = self.model.index(r, max(0, sm.currentIndex().column()))
        sm.setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
                           | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(idx)
        self._sync_selection()

    def _remember_selection(self) -> None:
        self._remembered = self.current_issue_name()

    def _restore_selection(self) -> None:
        name = self._remembered
        if name and self.model.row_of(name) >= 0:
            self.select_issue(name)
        elif self.model.rowCount():
            self.select_issue(self.model.plan.issues[0].name)
        else:
            self._sync_selection()  # no issues left: Remove, ↑/↓, Options… off
        self._fit_columns()
        if self._fitted and not self.splitter.property("userMoved"):
            self.fit_splitter()

    def _sync_selection(self, *_args) -> None:
        name = self.current_issue_name()
        self.curve_editor.set_issue(name or None)
        r = self.current_row()
        n = self.model.rowCount()
        has = r >= 0
        self.remove_button.setEnabled(has and n > 1)
        self.up_button.setEnabled(has and r > 0)
        self.down_button.setEnabled(has and r < n - 1)
        categorical = has and isinstance(self.model.plan.issues[r], CategoricalIssue)
        self.options_button.setEnabled(categorical)
        self.issueSelected.emit(name)

    def _history_moved(self, _index: int) -> None:
        self.show_message("")

    # -- actions -----------------------------------------------------------------------
    def show_message(self, text: str, error: bool = False) -> None:
        """Show ``text`` in the panel's status line (red when ``error``) and the window's
        status bar; empty: the key hint."""
        if text:
            self.status.setText(text)
            self.status.setToolTip(text)
            self.status.setStyleSheet(f"color: {text_colour(ERROR, self.palette()).name()};" if error else "")
            self._doc.post_message(text)
        else:
            self.status.setText(tr(HELP_TEXT))
            self.status.setToolTip(tr("Keys of the issue table"))
            self.status.setStyleSheet(f"color: {secondary_text_colour(self.palette()).name()};")
        self.status.setProperty("error", bool(error and text))

    def add_issue(self, kind: str = "numeric") -> int:
        """Add a ``kind`` issue after the selected one and start editing its name."""
        r = self.current_row()
        at = self.model.add_issue(kind, None if r < 0 else r + 1)
        if at >= 0:
            idx = self.model.index(at, COL["name"])
            self.select_issue(self.model.plan.issues[at].name)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.edit(idx)
        return at

    def remove_current(self) -> bool:
        r = self.current_row()
        if r < 0:
            self.show_message(tr("Select the issue to remove."), True)
            return False
        return self.model.remove_issue(r)

    def move_current(self, delta: int) -> bool:
        r = self.current_row()
        if r < 0:
            return False
        return self.model.move_issue(r, r + delta)

    def edit_options(self, row: int) -> OptionsDialog | None:
        """Open the option dialog of the categorical issue at ``row`` (non-blocking)."""
        if not 0 <= row < self.model.rowCount():
            return None
        if not isinstance(self.model.plan.issues[row], CategoricalIssue):
            self.show_message(tr("Only a categorical issue has options; numeric issues have a range."), True)
            return None
        if self.options_dialog is not None:
            self.options_dialog.close()
        dlg = OptionsDialog(self.model.plan, row, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name = self.model.plan.issues[row].name

        def done(result: int) -> None:
            if self.options_dialog is dlg:
                self.options_dialog = None
            if result == QDialog.DialogCode.Accepted:
                r = self.model.row_of(name)
                if r >= 0:
                    self.model.set_value(r, "range", dlg.rows())

        dlg.finished.connect(done)
        self.options_dialog = dlg
        dlg.open()
        return dlg


__all__ = ["IssuePanel", "IssueTableView"]
