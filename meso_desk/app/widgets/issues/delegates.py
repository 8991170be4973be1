"""In-place editors for the issue table, which refuse invalid input where it is typed.

Every editor checks its text on each keystroke against the same rules the plan applies
(:meth:`IssueTableModel.check`): an invalid entry turns the editor's frame red, shows the
reason in a tooltip next to the field and in the panel's status text, and Enter/Tab do not
commit it — the editor stays open until the input is valid or the user presses Escape. If
focus leaves an editor with invalid input, nothing is written and the status text says why.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from ....model.edits.issue_edits import MAX_DESCRIPTION
from ....model.language import tr
from ....model.preferences.issue_text import (
    COL,
    COLUMN_KEYS,
    COLUMNS,
    COMMON_UNITS,
    CURVE_LABELS,
    CURVE_TIPS,
    KIND_LABELS,
)
from ....model.preferences.issues import CategoricalIssue, Curve, Direction, NumericIssue
from ..common import one_line_field
from ..name_elide import distinct_elided, elided_name
from .issue_model import ISSUE_ROLE

_INVALID_STYLE = "border: 1px solid #c62828; background: #fff3f3;"
EDITOR_PROP = "issueEditor"


class RangeEditor(QWidget):
    """Two fields, lowest and highest term, edited together in one cell."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, unit: str = "") -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.min_edit = QLineEdit(self)
        self.max_edit = QLineEdit(self)
        texts = {True: (tr("min"), tr("Lowest term"),
                         tr("Lowest term that can be on the table ({unit}). Enter applies, Tab moves between the "
                            "fields, Esc cancels.") if unit else
                         tr("Lowest term that can be on the table. Enter applies, Tab moves between the fields, "
                            "Esc cancels.")),
                  False: (tr("max"), tr("Highest term"),
                          tr("Highest term that can be on the table ({unit}). Enter applies, Tab moves between the "
                             "fields, Esc cancels.") if unit else
                          tr("Highest term that can be on the table. Enter applies, Tab moves between the fields, "
                             "Esc cancels."))}
        for e, what in ((self.min_edit, "Lowest"), (self.max_edit, "Highest")):
            placeholder, accessible, tip = texts[what == "Lowest"]
            e.setObjectName(f"range{what}")
            e.setPlaceholderText(placeholder)
            e.setAccessibleName(accessible)
            e.setToolTip(tip.format(unit=unit))
            e.setAlignment(Qt.AlignmentFlag.AlignRight)
            e.setMinimumWidth(44)
            e.textEdited.connect(self.changed)
        dash = QLabel("–", self)
        dash.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.min_edit, 1)
        lay.addWidget(dash)
        lay.addWidget(self.max_edit, 1)
        self.setFocusProxy(self.min_edit)

    def value(self) -> tuple[str, str]:
        return self.min_edit.text(), self.max_edit.text()

    def set_value(self, value: tuple[Any, Any]) -> None:
        lo, hi = value
        self.min_edit.setText(str(lo))
        self.max_edit.setText(str(hi))
        self.min_edit.selectAll()


def _editor_of(obj: QObject) -> QWidget | None:
    w = obj
    while isinstance(w, QWidget):
        if w.property(EDITOR_PROP):
            return w
        w = w.parentWidget()
    return None


def _has_focus_within(view: QWidget) -> bool:
    """The keyboard focus is on ``view`` or in it (an open editor)."""
    w = QApplication.focusWidget()
    return w is not None and (w is view or view.isAncestorOf(w))


def _pale_selection(palette: QPalette) -> QColor:
    """The selection colour of a table without the focus: two fifths of the way from the base."""
    hi, base = palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Base)
    t = 0.4
    return QColor(round(base.red() + (hi.red() - base.red()) * t), round(base.green() + (hi.green() - base.green()) * t),
                  round(base.blue() + (hi.blue() - base.blue()) * t))


class IssueDelegate(QStyledItemDelegate):
    """Editors for each column of :class:`~meso_desk.app.widgets.issues.issue_model.IssueTableModel`."""

    #: (text, is_error) for the panel's status text
    message = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index_of: dict[int, QPersistentModelIndex] = {}
        self._painting = False
        self._shown: dict[tuple, dict[str, str]] = {}

    # -- painting ------------------------------------------------------------------------
    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        if self._painting and index.column() == COL["name"] and option.text:
            option.text = self._short_name(option, index)  # (a size hint asks for the whole name)

    def shown_name(self, option: QStyleOptionViewItem, index: QModelIndex) -> str:
        """The issue's name as the cell ``option.rect`` shows it."""
        opt = QStyleOptionViewItem(option)
        super().initStyleOption(opt, index)
        return self._short_name(opt, index)

    def _short_name(self, option: QStyleOptionViewItem, index: QModelIndex) -> str:
        """A name too long for its column, shortened so it never reads the same as another
        issue's ("Lieferzeit ab…Standardmodelle" / "Lieferzeit ab…Sondermodelle"); the tooltip
        has it whole."""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget).width() - 2 * margin
        model = index.model()
        names = tuple(n for n in (model.index(r, index.column()).data() for r in range(model.rowCount())) if n)
        key = (option.font.key(), room, names)
        if key not in self._shown:  # (every name of the column at this width, once per paint of them all)
            self._shown = {key: distinct_elided(QFontMetrics(option.font), names, room)}
        return self._shown[key].get(option.text) or elided_name(QFontMetrics(option.font), option.text, room, names)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """The current cell is marked while the table has the focus (the cell F2 or typing edits):
        the row's selection colour leaves it, and a frame in that colour goes round it. Fusion's
        focus frame is drawn in the selection colour on the selected row, where it cannot be seen.
        Without the focus, the selected row is drawn in a paler colour: the table looks different
        when the keys go elsewhere."""
        self._painting = True
        try:
            self._paint(painter, option, index)
        finally:
            self._painting = False

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        view = self.parent()
        focused = isinstance(view, QWidget) and _has_focus_within(view)
        opt = QStyleOptionViewItem(option)
        pal = opt.palette
        if focused and hasattr(view, "currentIndex") and index == view.currentIndex():
            frame = pal.color(QPalette.ColorRole.Highlight)
            opt.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
            painter.fillRect(opt.rect, pal.color(QPalette.ColorRole.Base))  # over the row's selection colour
            super().paint(painter, opt, index)
            painter.save()
            painter.setPen(QPen(frame, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(opt.rect.adjusted(1, 1, -1, -1))
            painter.restore()
            return
        if not focused and opt.state & QStyle.StateFlag.State_Selected:
            pale, text = _pale_selection(pal), pal.color(QPalette.ColorRole.Text)
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                pal.setColor(group, QPalette.ColorRole.Highlight, pale)
                pal.setColor(group, QPalette.ColorRole.HighlightedText, text)
            opt.palette = pal
        super().paint(painter, opt, index)

    # -- editors -------------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget | None:
        issue = index.data(ISSUE_ROLE)
        key = COLUMN_KEYS[index.column()]
        if isinstance(issue, CategoricalIssue) and key in ("range", "hard_limit"):
            return None  # edited in the option dialog (the view opens it)
        editor: QWidget
        if key in ("kind", "direction", "curve"):
            combo = QComboBox(parent)
            items = {
                "kind": [(k, tr(v), tr("Numeric: a number on a range") if k == "numeric" else
                          tr("Categorical: a list of options")) for k, v in KIND_LABELS.items()],
                "direction": [(Direction.LOWER.value, tr("Lower is better"), tr("A lower term is better for us")),
                              (Direction.HIGHER.value, tr("Higher is better"), tr("A higher term is better for us"))],
                "curve": [(c.value, tr(CURVE_LABELS[c]), tr(CURVE_TIPS[c])) for c in Curve],
            }[key]
            for i, (data, text, tip) in enumerate(items):
                combo.addItem(text, data)
                combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
            combo.activated.connect(lambda _i, c=combo: self._commit(c))
            editor = combo
        elif key == "range":
            rng = RangeEditor(parent, issue.unit if isinstance(issue, NumericIssue) else "")
            for e in (rng.min_edit, rng.max_edit):
                e.installEventFilter(self)
            rng.changed.connect(lambda r=rng: self._live_check(r))
            editor = rng
        else:
            line = one_line_field(QLineEdit(parent))  # a pasted line break turns into a space
            if key == "unit":
                comp = QCompleter(list(COMMON_UNITS), line)
                comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                line.setCompleter(comp)
            if key in ("hard_limit", "money"):
                line.setPlaceholderText(tr("none"))
            if key == "description":
                line.setPlaceholderText(tr("what this issue covers"))
                line.setMaxLength(MAX_DESCRIPTION)
            if key in ("step", "hard_limit", "money"):
                line.setAlignment(Qt.AlignmentFlag.AlignRight)
            line.textEdited.connect(lambda _t, w=line: self._live_check(w))
            editor = line
        editor.setProperty(EDITOR_PROP, True)
        editor.setObjectName(f"issueEditor-{key}")
        title = tr(COLUMNS[index.column()].title)  # the columns are marked with QT_TR_NOOP where defined
        editor.setAccessibleName(tr("{column} of {issue}").format(column=title, issue=issue.name))
        editor.setToolTip(tr(COLUMNS[index.column()].tip) + "\n" + tr("Enter applies, Esc cancels."))
        self._index_of[id(editor)] = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda _=None, k=id(editor): self._index_of.pop(k, None))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            i = editor.findData(value)
            editor.setCurrentIndex(max(i, 0))
        elif isinstance(editor, RangeEditor):
            editor.set_value(value)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
            editor.selectAll()

    def editor_value(self, editor: QWidget) -> Any:
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, RangeEditor):
            return editor.value()
        if isinstance(editor, QLineEdit):
            return editor.text()
        return None

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        value = self.editor_value(editor)
        reason = model.check(index, value)
        if reason:
            # refused: nothing reaches the model; the panel says why
            self.message.emit(tr("Not applied: {reason}").format(reason=reason), True)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        rect = option.rect
        if isinstance(editor, RangeEditor):
            rect = rect.adjusted(0, 0, max(0, 120 - rect.width()), 0)
        editor.setGeometry(rect)

    # -- validation while typing ------------------------------------------------------------
    def reason(self, editor: QWidget) -> str | None:
        index = self._index_of.get(id(editor))
        if index is None or not index.isValid():
            return None
        model = index.model()
        return model.check(model.index(index.row(), index.column()), self.editor_value(editor))

    def _live_check(self, editor: QWidget) -> str | None:
        reason = self.reason(editor)
        self._mark(editor, reason)
        return reason

    def _mark(self, editor: QWidget, reason: str | None) -> None:
        targets = [editor.min_edit, editor.max_edit] if isinstance(editor, RangeEditor) else [editor]
        for t in targets:
            t.setStyleSheet(_INVALID_STYLE if reason else "")
            t.setProperty("invalid", bool(reason))
        editor.setProperty("invalid", bool(reason))
        if reason:
            editor.setToolTip(reason)
            QToolTip.showText(editor.mapToGlobal(editor.rect().bottomLeft()), reason, editor)
            self.message.emit(reason, True)
        else:
            index = self._index_of.get(id(editor))
            if index is not None and index.isValid():
                editor.setToolTip(tr(COLUMNS[index.column()].tip) + "\n" + tr("Enter applies, Esc cancels."))
            QToolTip.hideText()
            self.message.emit(tr("Enter applies, Esc cancels."), False)

    def _is_open(self, editor: QWidget) -> bool:
        """Whether the view still shows ``editor`` (it may be closing already)."""
        index = self._index_of.get(id(editor))
        view = self.parent()
        if index is None or not index.isValid() or not hasattr(view, "indexWidget"):
            return False
        return view.indexWidget(view.model().index(index.row(), index.column())) is editor

    def _commit(self, editor: QWidget, hint=QAbstractItemDelegate.EndEditHint.NoHint) -> bool:
        if not self._is_open(editor):
            return False
        reason = self._live_check(editor)
        if reason:
            return False
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, hint)
        return True

    def commit_open_editors(self) -> None:
        """The plan is about to be saved or closed: each open editor commits what it holds and
        closes, as leaving it would (a value the model refuses is reported and not applied)."""
        view = self.parent()
        if not hasattr(view, "indexWidget"):
            return
        for index in list(self._index_of.values()):
            if not index.isValid():
                continue
            editor = view.indexWidget(view.model().index(index.row(), index.column()))
            if editor is not None and editor.property(EDITOR_PROP):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # -- keys and focus --------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        editor = _editor_of(obj)
        if editor is None:
            return super().eventFilter(obj, event)
        et = event.type()
        if et == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if isinstance(editor, QLineEdit) and editor.completer() and editor.completer().popup().isVisible():
                    # one Enter: the suggestion chosen in the list (else the text as typed) is the value
                    popup = editor.completer().popup()
                    chosen = popup.currentIndex()
                    if chosen.isValid() and popup.selectionModel().isSelected(chosen):
                        editor.setText(str(chosen.data()))
                    popup.hide()
                self._commit(editor)
                return True  # stays open when invalid: the reason is on screen
            if key == Qt.Key.Key_Escape:
                QToolTip.hideText()
                if not self._is_open(editor):
                    return True
                self.message.emit("", False)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
                return True
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                if isinstance(editor, RangeEditor):
                    forward = key == Qt.Key.Key_Tab and not (event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                    if forward and obj is editor.min_edit:
                        editor.max_edit.setFocus(Qt.FocusReason.TabFocusReason)
                        editor.max_edit.selectAll()
                        return True
                    if not forward and obj is editor.max_edit:
                        editor.min_edit.setFocus(Qt.FocusReason.BacktabFocusReason)
                        editor.min_edit.selectAll()
                        return True
                hint = (QAbstractItemDelegate.EndEditHint.EditNextItem if key == Qt.Key.Key_Tab
                        else QAbstractItemDelegate.EndEditHint.EditPreviousItem)
                self._commit(editor, hint)
                return True
            return False
        if et == QEvent.Type.FocusOut and obj is not editor:
            # a field inside a composite editor lost focus: commit only when focus left the editor
            w = QApplication.focusWidget()
            while w is not None:
                if w is editor:
                    return False
                w = w.parentWidget()
            if self._is_open(editor):
                self.commitData.emit(editor)  # setModelData refuses invalid input with a reason
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return False
        if obj is editor:
            return super().eventFilter(obj, event)
        return False
