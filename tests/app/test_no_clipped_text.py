"""No clipped words (issue 17): in the whole window, at 1366 × 700 and 1920 × 1080, with long
names everywhere, every visible label's and button's text either fits its widget or is
shortened with "…" and shows the whole text in its tooltip; the status bar's message fits.

Real geometry (offscreen): the window in each workspace, the text measured with the widget's
own font against the room its widget really has."""

from __future__ import annotations

import pytest
from long_plans import long_plan
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStatusBar,
    QStyle,
    QStyleOptionButton,
    QToolButton,
)

from meso_desk.app.widgets.common import ElidedLabel

STATUS = "New plan — add its issues in the Issues panel"


def _plain(label: QLabel) -> tuple[str, float | None]:
    """The label's text as shown, and its width when it is rich text (None: measure the lines)."""
    text = label.text()
    if label.buddy() is not None:  # "&X:" shows as an underlined X
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))
    if not rich:
        return text, None
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    doc.setHtml(text)
    return doc.toPlainText(), doc.idealWidth()


def _label_problem(label: QLabel) -> str | None:
    text, rich_width = _plain(label)
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect()
    room_w = room.width() - 2 * max(0, label.margin()) - max(0, label.indent())
    fm = label.fontMetrics()
    if label.wordWrap():
        need_h = label.heightForWidth(label.width()) if label.hasHeightForWidth() else label.sizeHint().height()
        fits = need_h <= label.height() + 1
        longest_word = max((fm.horizontalAdvance(w) for w in text.split()), default=0)
        fits = fits and longest_word <= room_w + 1
    else:
        need_w = rich_width if rich_width is not None else max(fm.horizontalAdvance(s) for s in text.split("\n"))
        fits = need_w <= room_w + 1
        lines = text.count("\n") + 1
        fits = fits and fm.lineSpacing() * lines <= room.height() + 3
    full = label.full_text() if isinstance(label, ElidedLabel) else text
    if fits and (full == text or (text.endswith("…") and full in label.toolTip())):
        return None
    if not fits:
        return f"cut: {text!r} needs more than {room_w}×{room.height()} px"
    return f"shortened {text!r} without the whole text {full!r} in its tooltip"


def _button_room(b: QAbstractButton) -> int | None:
    opt = QStyleOptionButton()
    opt.initFrom(b)
    st = b.style()
    if isinstance(b, QCheckBox):
        return st.subElementRect(QStyle.SubElement.SE_CheckBoxContents, opt, b).width()
    if isinstance(b, QRadioButton):
        return st.subElementRect(QStyle.SubElement.SE_RadioButtonContents, opt, b).width()
    return None


def _button_problem(b: QAbstractButton) -> str | None:
    text = b.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text.strip():
        return None
    if isinstance(b, QToolButton) and b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly \
            and not b.icon().isNull():
        return None
    room = _button_room(b)
    if room is not None:
        icon = b.iconSize().width() + 4 if not b.icon().isNull() else 0
        fits = b.fontMetrics().horizontalAdvance(text) + icon <= room + 1
    elif isinstance(b, (QPushButton, QToolButton)):
        fits = b.width() >= b.sizeHint().width() - 1  # Qt neither shortens nor wraps a button's text
    else:
        fits = b.width() >= b.sizeHint().width() - 1
    if fits or (text in b.toolTip()):
        return None
    return f"button text cut: {text!r} in {b.width()} px (needs {b.sizeHint().width()})"


def _describe(w) -> str:
    names = []
    p = w
    while p is not None and len(names) < 4:
        if p.objectName():
            names.append(p.objectName())
        p = p.parentWidget()
    return f"{type(w).__name__} {'/'.join(reversed(names))}"


def clipped_texts(window) -> tuple[list[str], int]:
    """Every visible label or button of ``window`` whose text is cut without "…" and tooltip,
    and how many texts were checked."""
    out = []
    checked = 0
    for w in window.findChildren(QLabel):
        if w.isVisible() and w.width() > 0 and w.window() is window:
            checked += 1
            problem = _label_problem(w)
            if problem:
                out.append(f"{_describe(w)}: {problem}")
    for b in window.findChildren(QAbstractButton):
        if b.isVisible() and b.width() > 0 and b.window() is window:
            checked += 1
            problem = _button_problem(b)
            if problem:
                out.append(f"{_describe(b)}: {problem}")
    return out, checked


def status_message_fits(bar: QStatusBar) -> bool:
    """The status bar's message fits left of its permanent widgets (Qt cuts it silently)."""
    text = bar.currentMessage()
    right = bar.width()
    for child in bar.children():
        if hasattr(child, "isVisible") and child.isWidgetType() and child.isVisible() \
                and child.objectName() != "qt_sizegrip" and child.geometry().left() > 0:
            right = min(right, child.geometry().left())
    return bar.fontMetrics().horizontalAdvance(text) + 8 <= right


def _workspaces(win) -> list[str]:
    try:
        from meso_desk.app.workspaces import WORKSPACES
    except ImportError:  # the window has one arrangement
        return [""]
    return [w.key for w in WORKSPACES]


@pytest.mark.parametrize("size", [(1366, 700), (1920, 1080)])
def test_no_text_in_the_window_is_cut_without_an_ellipsis(make_window, qtbot, size):
    win = make_window(long_plan(8, sets=3), remember_layout=False)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    problems = []
    for key in _workspaces(win):
        if key:
            win.show_workspace(key)
            win.reset_layout()
        win.document.post_message(STATUS, 0)
        for _ in range(3):
            QApplication.processEvents()
        assert win.statusBar().currentMessage() == STATUS
        if not status_message_fits(win.statusBar()):
            problems.append(f"[{key}] the status bar cuts {STATUS!r}")
        found, checked = clipped_texts(win)
        assert checked >= 20, (key, checked)
        problems += [f"[{key}] {p}" for p in found]
    assert not problems, "\n".join(sorted(set(problems)))
