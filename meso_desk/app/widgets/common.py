"""Small helpers shared by the window and its panels: the app icon, themed icons, a label that
elides, a box that keeps a changing label from re-laying out the window, a card's rounded frame,
a guard that closes a modeless dialog once the plan changes under it, the Tab rules of a table
and of a scroll area that holds controls, and name fields kept on one line."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QWidget,
)

from ...model.base import on_one_line
from ...model.language import QT_TR_NOOP, tr
from .name_elide import elided_name, word_elided

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ..document import Change, PlanDocument

V = TypeVar("V", bound=QAbstractItemView)
A = TypeVar("A", bound=QAbstractScrollArea)
E = TypeVar("E", bound=QLineEdit)


def _icon_pixmap(size: int) -> QPixmap:
    """The MESO Desk mark: three equal offers (bars of one height) on a rounded tile."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    s = size / 64.0
    tile = QPainterPath()
    tile.addRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 13 * s, 13 * s)
    p.fillPath(tile, QColor("#1f5f8b"))
    colours = ("#f2b134", "#6cc3a0", "#f26d5b")
    for k, c in enumerate(colours):
        x = (12 + k * 15) * s
        p.fillRect(QRectF(x, 22 * s, 10 * s, 28 * s), QColor(c))
    pen = QPen(QColor("#ffffff"), 3.2 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawLine(QPointF(9 * s, 16 * s), QPointF(55 * s, 16 * s))  # the common level
    p.end()
    return pm


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addPixmap(_icon_pixmap(size))
    return icon


_STANDARD = {
    "document-new": QStyle.StandardPixmap.SP_FileIcon,
    "document-open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "document-save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "document-save-as": QStyle.StandardPixmap.SP_DialogSaveButton,
    "document-import": QStyle.StandardPixmap.SP_DirOpenIcon,
    "window-close": QStyle.StandardPixmap.SP_DialogCloseButton,
    "application-exit": QStyle.StandardPixmap.SP_DialogCloseButton,
    "help-about": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def _arrow_pixmap(size: int, colour: QColor, mirrored: bool) -> QPixmap:
    """A curved "undo" arrow (mirrored: "redo"), drawn so it needs no icon theme."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if mirrored:
        p.translate(size, 0)
        p.scale(-1, 1)
    s = size / 20.0
    pen = QPen(colour, 1.9 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    path = QPainterPath(QPointF(5.5 * s, 8 * s))
    path.lineTo(12 * s, 8 * s)
    path.cubicTo(QPointF(18 * s, 8 * s), QPointF(18 * s, 16.5 * s), QPointF(12 * s, 16.5 * s))
    path.lineTo(8 * s, 16.5 * s)
    p.drawPath(path)
    head = QPainterPath(QPointF(2.5 * s, 8 * s))
    head.lineTo(7.5 * s, 3.5 * s)
    head.lineTo(7.5 * s, 12.5 * s)
    head.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawPath(head)
    p.end()
    return pm


def _drawn_icon(name: str) -> QIcon:
    app = QApplication.instance()
    pal = app.palette() if app is not None else QPalette()
    normal = pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    mirrored = name == "edit-redo"
    icon = QIcon()
    for size in (16, 20, 24, 32, 48):
        icon.addPixmap(_arrow_pixmap(size, normal, mirrored), QIcon.Mode.Normal)
        icon.addPixmap(_arrow_pixmap(size, disabled, mirrored), QIcon.Mode.Disabled)
    return icon


def themed_icon(name: str) -> QIcon:
    """The desktop theme's icon ``name`` (freedesktop naming), else a drawn or style stand-in."""
    icon = QIcon.fromTheme(name)
    if icon.isNull() and name in ("edit-undo", "edit-redo"):
        return _drawn_icon(name)
    if icon.isNull() and name in _STANDARD:
        app = QApplication.instance()
        if app is not None:
            icon = app.style().standardIcon(_STANDARD[name])
    return icon


def paint_card(widget: QWidget, pen: QPen | None = None) -> None:
    """Paint ``widget`` as a card: a rounded rectangle in the palette's base colour, framed by
    ``pen`` (by default a thin line in the palette's mid colour). Called from ``paintEvent``."""
    p = QPainter(widget)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pal = widget.palette()
    p.setBrush(pal.color(QPalette.ColorRole.Base))
    p.setPen(pen if pen is not None else QPen(pal.color(QPalette.ColorRole.Mid), 1.0))
    p.drawRoundedRect(QRectF(widget.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)
    p.end()


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with “…” instead of widening the window, and
    then shows the whole text in its tooltip (before the tooltip the caller set, if any).

    Not ``superqt.QElidingLabel``: its size hint is the width of the text as shortened, so a
    label in a status bar or a layout never asks for the room to show the whole text again;
    this one asks for the whole text's width and accepts 40 pixels (``minimum``).

    ``words``: shorten at a word boundary where one is close ("3 years + on-site…" rather than
    "3 years + on-site se…"), so a term is never cut in the middle of a word it could keep.

    :meth:`set_siblings`: the names shown beside it at the same width (the other rows' issue
    names): shortened, it never reads the same as one of them
    (:func:`~meso_desk.app.widgets.name_elide.distinct_elided`)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, words: bool = False,
                 minimum: int = 40) -> None:
        super().__init__(parent)
        self._full = ""
        self._tip = ""
        self._words = words
        self._minimum = minimum
        self._elided = False
        self._siblings: tuple[str, ...] = ()
        self._asked: tuple = ()  # (what the shown text was last worked out for, that text): _elide
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumWidth(minimum)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text or ""
        self._elide()

    def full_text(self) -> str:
        return self._full

    def clear(self) -> None:
        self.setText("")

    def set_siblings(self, names) -> None:
        """The names shown beside this one at the same width: shortened, it never reads the same
        as one of them ("Lieferzeit…Standardmodelle" / "Lieferzeit…Sondermodelle")."""
        self._siblings = tuple(n for n in names if n != self._full)
        self._elide()

    def set_minimum(self, width: int) -> None:
        """The narrowest the label accepts (its text is shortened below its whole width)."""
        self._minimum = int(width)
        self.setMinimumWidth(self._minimum)
        box = self.parentWidget()
        if isinstance(box, SteadyBox) and box.child is self:
            box.setMinimumWidth(self._minimum)
        self.updateGeometry()

    def is_elided(self) -> bool:
        """True when the label shows less than its whole text."""
        return self._elided

    def setToolTip(self, tip: str) -> None:
        """The caller's tooltip; the whole text goes before it while the label is shortened."""
        self._tip = tip or ""
        self._apply_tip()

    def caller_tip(self) -> str:
        return self._tip

    def _apply_tip(self) -> None:
        tip = self._tip
        if self._elided and self._full and self._full not in tip:
            tip = f"{self._full}\n{tip}" if tip else self._full
        if QLabel.toolTip(self) != tip:
            QLabel.setToolTip(self, tip)

    def sizeHint(self):
        h = super().sizeHint()
        h.setWidth(self.fontMetrics().horizontalAdvance(self._full) + 8 + self.contentsMargins().left()
                   + self.contentsMargins().right())
        return h

    def minimumSizeHint(self):
        h = super().minimumSizeHint()
        h.setWidth(self._minimum)
        return h

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._elide()

    def _room(self) -> int:
        return max(0, self.contentsRect().width() - 2)

    def _shortened(self, room: int) -> str:
        """The text as shown in ``room`` pixels: cut at the end, or — beside :meth:`set_siblings`
        that would then read the same — where the names part."""
        fm = self.fontMetrics()
        if self._siblings:
            return elided_name(fm, self._full, room, self._siblings, self._words, font=self.font())
        shown = fm.elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if shown != self._full and self._words:
            shown = word_elided(self._full, shown)
        return shown

    def _elide(self) -> None:
        room = self._room()
        # not laid out yet (hidden, or shown before its layout ran): the whole text until it is
        laid_out = self.isVisible() and self.testAttribute(Qt.WidgetAttribute.WA_Resized) or self._elided
        asked = (room, laid_out, self._full, self._siblings, self._words, self._tip, self.font().key())
        if self._asked and asked == self._asked[0] and QLabel.text(self) == self._asked[1]:
            return  # (shown again, or resized to the same room: as it is)
        shown = self._shortened(room) if laid_out else self._full
        self._asked = (asked, shown)
        self._elided = shown != self._full
        if QLabel.text(self) != shown:
            QLabel.setText(self, shown)
        self._apply_tip()


class SteadyBox(QWidget):
    """Holds one widget — a label whose text changes in every frame of a drag (a score, a
    term, a status line) — and keeps those changes from re-laying out the window.

    A QLabel asks for a new layout whenever its text changes, and Qt passes the request up,
    widget by widget, to the main window, which then lays out and repaints every dock: at
    60 changes a second that alone costs a few milliseconds of every frame. Inside this box
    (which has no layout of its own) the request stops here, and is passed on only when the
    text needs more room than the box has (a wider or taller text, another number of
    wrapped lines). The box never shrinks in width while it is shown, so a number that
    wobbles between widths ("9.5" / "10.5") does not wobble the layout either.
    """

    def __init__(self, child: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._child = child
        hidden = child.isHidden() and child.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
        child.setParent(self)
        self.setSizePolicy(child.sizePolicy())
        # a layout honours an explicit minimum even under an Ignored policy: the child's, so
        # it is never given less room than it takes (and then drawn cut off by its neighbour)
        self.setMinimumWidth(child.minimumWidth())
        self._hint = child.sizeHint()
        self._min = child.minimumSizeHint()
        self._hidden_with: tuple | None = None  # what the child asked for when the box was hidden
        self.setObjectName(f"{child.objectName() or 'steady'}Box")
        child.setVisible(not hidden)
        if hidden:
            self.hide()
        child.installEventFilter(self)  # the box shows and hides with its child

    def eventFilter(self, obj, event) -> bool:
        if obj is self._child:
            if event.type() == QEvent.Type.ShowToParent:
                self._child_changed()
                self.setVisible(True)
            elif event.type() == QEvent.Type.HideToParent:
                self.setVisible(False)
        return False

    @property
    def child(self) -> QWidget:
        return self._child

    # Asked by the layout only when it is laid out anyway (shown, resized, or after the box
    # passed a request on): the child's own hints then, never narrower than before while shown.
    def sizeHint(self) -> QSize:
        h = self._child.sizeHint()
        w = max(h.width(), self._hint.width()) if self.isVisible() else h.width()
        self._hint = QSize(w, h.height())
        return QSize(self._hint)

    def minimumSizeHint(self) -> QSize:
        m = self._child.minimumSizeHint()
        w = max(m.width(), self._min.width()) if self.isVisible() else m.width()
        self._min = QSize(w, m.height())
        return QSize(self._min)

    def hasHeightForWidth(self) -> bool:
        return self._child.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self._child.heightForWidth(width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._child.setGeometry(self.rect())

    def showEvent(self, event) -> None:
        # texts set while hidden sent no request anywhere: have the layout ask again — unless
        # the child asks for what it asked for when hidden (a workspace switch shows a hundred
        # boxes again, each request re-laying out its card)
        super().showEvent(event)
        if self._hidden_with != self._asks():
            self.updateGeometry()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._hidden_with = self._asks()

    def _asks(self) -> tuple:
        c = self._child
        return c.sizeHint(), c.minimumSizeHint()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._child_changed()
            return True
        return super().event(event)

    def _child_changed(self) -> None:
        c = self._child
        hint, low = c.sizeHint(), c.minimumSizeHint()
        need = (hint.width() > self._hint.width() or hint.height() != self._hint.height()
                or low.width() > self._min.width() or low.height() != self._min.height())
        if c.hasHeightForWidth() and self.width() > 0:
            need = need or c.heightForWidth(self.width()) != self.height()
        if need:
            self.updateGeometry()  # the layout asks sizeHint() again
        self._child.setGeometry(self.rect())


def fit_to_screen(widget: QWidget, width: int, height: int) -> bool:
    """Resize ``widget`` (a dialog) to ``width`` × ``height``, or less where the screen it is on
    (its parent's) is smaller: its buttons must never sit below the foot of a laptop screen.
    The room is the screen's available area (without its taskbar) less the window's frame and
    title bar. No resize can make a widget smaller than its layout's minimum: a dialog taller
    than the room must let its content scroll. Returns whether the widget fits (and logs a
    warning when it does not)."""
    import logging

    host = widget.parentWidget() or widget
    screen = host.screen() if host.screen() is not None else QApplication.primaryScreen()
    fits = True
    if screen is not None:
        avail = screen.availableGeometry()
        width, height = min(width, avail.width() - 40), min(height, avail.height() - 60)
        least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        fits = least.width() <= width and least.height() <= height
        if not fits:
            logging.getLogger(__name__).warning("%s needs %d × %d px, the screen leaves %d × %d",
                                                widget.objectName() or type(widget).__name__,
                                                least.width(), least.height(), width, height)
    widget.resize(width, height)
    return fits


def tab_leaves(view: V) -> V:
    """``view`` (a table) with Tab and Shift+Tab leaving it for the next control, as everywhere else:
    Qt's tables move from cell to cell on Tab and wrap round, so a keyboard user never gets past them
    (the arrows move between cells; while a cell is being edited, Tab still moves to the next cell)."""
    view.setTabKeyNavigation(False)
    return view


class OneLineValidator(QValidator):
    """Keeps a name field on one line: a line break, a tab or another control character pasted or
    dropped into it turns into a space as it arrives ("Delivery⏎2" → "Delivery 2"; the model's
    :func:`~meso_desk.model.base.on_one_line`), so the edit, which refuses a name across lines, never
    sees one. Everything else is acceptable here: the field's own check says what else is wrong."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        fixed = on_one_line(text)
        if fixed != text:
            pos = len(on_one_line(text[:pos]))
        return QValidator.State.Acceptable, fixed, pos


def one_line_field(edit: E) -> E:
    """``edit`` (a line edit where a name is typed) kept on one line (:class:`OneLineValidator`)."""
    edit.setValidator(OneLineValidator(edit))
    return edit


class OneLineDelegate(QStyledItemDelegate):
    """A table whose text cells are names: each cell is edited on one line (:func:`one_line_field`)."""

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            one_line_field(editor)
        return editor


def no_tab_stop(area: A) -> A:
    """``area`` (a scroll area that only holds other controls) no Tab stop of its own: it showed no
    focus mark and answered no key there, a lost Tab press. Tab goes to its controls and scrolls them
    into view; a page or arrow key the focused control leaves alone still scrolls it."""
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def steady(child: QWidget) -> SteadyBox:
    """``child`` in a :class:`SteadyBox` (add the box to the layout in its place)."""
    return SteadyBox(child)


def announce(widget: QWidget, name: str, description: str) -> None:
    """What a screen reader says for ``widget``: its name and its description (a tab widget's
    tab bar says the same)."""
    from PySide6.QtWidgets import QTabWidget

    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    if isinstance(widget, QTabWidget):
        widget.tabBar().setAccessibleName(name)
        widget.tabBar().setAccessibleDescription(description)


#: what a screen reader says after the name of a dialog's standard button (its description)
_STANDARD_WORDS = {
    "Ok": QT_TR_NOOP("Apply and close this window"),
    "Save": QT_TR_NOOP("Save and close this window"),
    "Apply": QT_TR_NOOP("Apply without closing this window"),
    "Cancel": QT_TR_NOOP("Close this window without changes"),
    "Close": QT_TR_NOOP("Close this window"),
    "Discard": QT_TR_NOOP("Close without saving the changes"),
    "Yes": QT_TR_NOOP("Answer yes"),
    "No": QT_TR_NOOP("Answer no"),
    "Help": QT_TR_NOOP("Open the guide at this window's page"),
    "Reset": QT_TR_NOOP("Put back the values this window started with"),
    "RestoreDefaults": QT_TR_NOOP("Put back the default values"),
}


def said_yes(box) -> bool:
    """True when there is nothing to ask (``box`` is None) or the user answers Yes to ``box`` (a
    QMessageBox whose default is No); the box is deleted after."""
    from PySide6.QtWidgets import QMessageBox

    if box is None:
        return True
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


def ask_save_file(parent: QWidget | None, title: str, start: str, filters: Sequence[tuple[str, str]],
                  name: str = "") -> str | None:
    """Where to save, as Save As asks it: a name typed without a suffix gets the chosen filter's
    (``filters``: the filter text and its suffix without the dot, the first chosen at first), so
    "Angebote" becomes "Angebote.xlsx", and the dialog asks before replacing the file really
    written. None when cancelled."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    dlg = QFileDialog(parent, title, start, ";;".join(f for f, _ in filters))
    dlg.setObjectName(name)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    suffixes = dict(filters)
    dlg.setDefaultSuffix(filters[0][1])
    dlg.filterSelected.connect(lambda chosen: dlg.setDefaultSuffix(suffixes.get(chosen, filters[0][1])))
    try:
        files = dlg.selectedFiles() if dlg.exec() == QDialog.DialogCode.Accepted else []
    finally:
        dlg.deleteLater()
    return files[0] if files and files[0] else None


def described(box):
    """``box`` (a QDialogButtonBox) with a tool tip — what a screen reader says after the name —
    on each standard button that has none (a dialog may set its own later); returns it."""
    from PySide6.QtWidgets import QDialogButtonBox

    for button in box.buttons():
        if button.toolTip() or button.accessibleDescription():
            continue
        which = box.standardButton(button)
        words = _STANDARD_WORDS.get(which.name if which != QDialogButtonBox.StandardButton.NoButton else "")
        if words:
            button.setToolTip(tr(words))
    return box


class StaleGuard(QObject):
    """Closes a modeless ``dialog`` whose fields were read from the plan as it was when it opened,
    once the plan changes under it in a way ``stale(change)`` says matters (another plan opened,
    new or reverted: always; an undo of what it edits …): OK would write the old plan's values
    over the new one. It posts ``message`` (already translated) on the status bar and rejects the
    dialog; from then on :attr:`stale` is true and the dialog's OK must refuse. The dialog's own OK
    or Remove applies inside :meth:`applying`, which is not a reason to close."""

    def __init__(self, dialog: QDialog, document: PlanDocument, stale: Callable[[Change], bool],
                 message: str) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._document = document
        self._stale = stale
        self._message = message
        self._applying = False
        #: the plan changed under the dialog: its fields speak of another plan
        self.stale = False
        document.changed.connect(self._plan_changed)

    @contextmanager
    def applying(self) -> Iterator[None]:
        """The dialog's own change of the plan runs inside this."""
        self._applying = True
        try:
            yield
        finally:
            self._applying = False

    def _plan_changed(self, change: Change) -> None:
        if self._applying or not self._dialog.isVisible():
            return
        if change.everything or self._stale(change):
            self.stale = True
            self._document.post_message(self._message)
            self._dialog.reject()
