"""Issue 17, 10.: every text that carries information is readable — WCAG AA, a contrast of at
least 4.5 : 1 against what it is drawn on — in a light and in a dark palette.

The window is built on the supplier example after three rounds and shown in every workspace.
What is checked, with the colour actually used:

* every visible, enabled ``QLabel``: its style sheet's ``color:``, else its palette's foreground
  role, and every ``color`` inside a rich text; against the nearest background that is painted
  (a style sheet's background, a widget that fills its background, else the window);
* every visible item view's cells: the model's foreground role (else the view's text colour)
  against the cell's background role (else the view's base);
* every text the window's own widgets paint (the estimate, the round cards …): the painter's pen
  when it draws the text, against the pixels actually under that text.

Disabled controls are left out (WCAG exempts inactive components); so are placeholders.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QRegion
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QLabel, QTabWidget, QWidget

import meso_desk as md
from meso_desk.app import background
from meso_desk.app.widgets.look import AA, contrast_ratio, dark_palette, over
from meso_desk.model.edits.meso_set_edits import with_meso_set
from meso_desk.model.edits.round_edits import record_choice

_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{3,8}|rgba?\([^)]*\)|palette\([-a-z]+\)|[a-zA-Z]+)")
_FONT_COLOUR = re.compile(r"<font[^>]*\scolor=[\"']?(#[0-9a-fA-F]{3,8}|[a-zA-Z]+)")
_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*(#[0-9a-fA-F]{3,8}|rgba?\([^)]*\)|[a-zA-Z]+)")
_MAX_ROWS = 60


def _plan_after_rounds(n: int = 3) -> md.Plan:
    plan = md.example_plan("supplier")
    packages = md.generate_mesos(plan, 3, 70.0)
    plan, _ = with_meso_set(plan, [dict(p) for p in packages], 70.0)
    names = list(plan.meso_sets[-1].packages)
    for k in range(n):
        plan = record_choice(plan, names, k % len(names))
    return plan


_ROLES = {"placeholder-text": QPalette.ColorRole.PlaceholderText, "window-text": QPalette.ColorRole.WindowText,
          "text": QPalette.ColorRole.Text, "mid": QPalette.ColorRole.Mid, "dark": QPalette.ColorRole.Dark,
          "highlight": QPalette.ColorRole.Highlight, "link": QPalette.ColorRole.Link}


def _parse(text: str, palette: QPalette | None = None) -> QColor | None:
    text = text.strip()
    m = re.fullmatch(r"palette\(([-a-z]+)\)", text)
    if m:
        role = _ROLES.get(m.group(1))
        pal = palette if palette is not None else QApplication.palette()
        return pal.color(QPalette.ColorGroup.Active, role) if role is not None else None
    m = re.fullmatch(r"rgba?\(([^)]*)\)", text)
    if m:
        parts = [float(x) for x in m.group(1).split(",")]
        c = QColor(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) > 3:
            c.setAlphaF(parts[3] if parts[3] <= 1 else parts[3] / 255)
        return c
    c = QColor(text)
    return c if c.isValid() else None


def _own_rule(widget: QWidget, pattern: re.Pattern) -> QColor | None:
    sheet = widget.styleSheet()
    m = pattern.search(sheet) if sheet else None
    return _parse(m.group(1), widget.palette()) if m else None


def _background(widget: QWidget) -> QColor:
    """The colour painted behind ``widget``: the nearest style-sheet background or filled
    background up its parents, else the window's."""
    w: QWidget | None = widget
    while w is not None:
        bg = _own_rule(w, _BACKGROUND)
        if bg is not None and bg.alpha() > 0:
            return bg
        if w.autoFillBackground() or (w.parentWidget() is not None and isinstance(w.parentWidget(), QAbstractItemView)
                                      and w is w.parentWidget().viewport()):
            return w.palette().color(QPalette.ColorGroup.Active, w.backgroundRole())
        if w.isWindow():
            return w.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
        w = w.parentWidget()
    return QApplication.palette().color(QPalette.ColorRole.Window)


def _label_colours(label: QLabel) -> list[QColor]:
    own = _own_rule(label, _COLOUR)
    base = own if own is not None else label.palette().color(QPalette.ColorGroup.Active, label.foregroundRole())
    out = [base]
    text = label.text()
    if "<" in text:
        out += [c for c in (_parse(x, label.palette()) for x in _COLOUR.findall(text) + _FONT_COLOUR.findall(text))
                if c]
    return out


def _visible(w: QWidget, window: QWidget) -> bool:
    shown = w.viewport() if isinstance(w, QAbstractScrollArea) else w  # a scroll area's own region is its frame
    return w.isVisibleTo(window) and w.isVisible() and w.isEnabled() and not shown.visibleRegion().isEmpty()


def _label_failures(window: QWidget) -> list[str]:
    bad = []
    for label in window.findChildren(QLabel):
        if not _visible(label, window) or not label.text().strip() or label.pixmap() and not label.pixmap().isNull():
            continue
        bg = _background(label)
        for colour in _label_colours(label):
            ratio = contrast_ratio(colour, bg)
            if ratio < AA:
                bad.append(f"label {label.objectName() or type(label.parentWidget()).__name__} "
                           f"{label.text()[:40]!r}: {colour.name()} on {bg.name()} = {ratio:.2f}")
    return bad


def _view_failures(window: QWidget) -> list[str]:
    bad = []
    for view in window.findChildren(QAbstractItemView):
        if not _visible(view, window) or view.model() is None:
            continue
        m = view.model()
        pal = view.palette()
        for r in range(min(m.rowCount(), _MAX_ROWS)):
            for c in range(m.columnCount()):
                idx = m.index(r, c)
                text = idx.data(Qt.ItemDataRole.DisplayRole)
                if text in (None, "") or not (m.flags(idx) & Qt.ItemFlag.ItemIsEnabled):
                    continue
                fg = idx.data(Qt.ItemDataRole.ForegroundRole)
                bg = idx.data(Qt.ItemDataRole.BackgroundRole)
                fg = QColor(fg.color() if hasattr(fg, "color") else fg) if fg is not None else \
                    pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
                bgc = QColor(bg.color() if hasattr(bg, "color") else bg) if bg is not None else None
                backs = [bgc] if bgc is not None and bgc.alpha() else [
                    pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base),
                    pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.AlternateBase)]
                for b in backs:
                    ratio = contrast_ratio(fg, b)
                    if ratio < AA:
                        bad.append(f"{view.objectName() or type(view).__name__} [{r},{c}] {str(text)[:30]!r}: "
                                   f"{fg.name()} on {b.name()} = {ratio:.2f}")
    return bad


class _TextSpy:
    """Records the pen and the device rectangle of every ``QPainter.drawText`` from Python."""

    def __init__(self, monkeypatch) -> None:
        self.calls: list[tuple[QColor, QRectF, str]] = []
        original = QPainter.drawText
        spy = self

        def draw_text(painter: QPainter, *args):
            try:
                spy.calls.append((QColor(painter.pen().color()), _text_rect(painter, args), _text_of(args)))
            except (TypeError, ValueError):
                pass
            return original(painter, *args)

        monkeypatch.setattr(QPainter, "drawText", draw_text)


def _text_of(args) -> str:
    return next((a for a in args if isinstance(a, str)), "")


def _text_rect(p: QPainter, args) -> QRectF:
    text = _text_of(args)
    fm = p.fontMetrics()
    first = args[0]
    if isinstance(first, (QRectF, QRect)):
        flags = args[1] if len(args) > 2 and isinstance(args[1], int) else 0
        r = p.boundingRect(QRectF(first), flags, text)
    elif isinstance(first, (QPointF,)) or hasattr(first, "x") and not isinstance(first, (int, float)):
        pt = QPointF(first)
        r = QRectF(pt.x(), pt.y() - fm.ascent(), fm.horizontalAdvance(text), fm.height())
    elif len(args) >= 6:
        r = p.boundingRect(QRectF(args[0], args[1], args[2], args[3]), int(args[4]), text)
    else:
        r = QRectF(args[0], args[1] - fm.ascent(), fm.horizontalAdvance(text), fm.height())
    return p.transform().mapRect(r)


def _under(img: QImage, rect: QRectF, pen: QColor) -> QColor | None:
    """The colour most pixels in ``rect`` have, apart from the pen's own (the background)."""
    scale = img.devicePixelRatio()
    r = QRect(int(rect.left() * scale), int(rect.top() * scale), int(rect.width() * scale),
              int(rect.height() * scale)).intersected(img.rect())
    if r.width() < 2 or r.height() < 2:
        return None
    counts: Counter = Counter()
    for y in range(r.top(), r.bottom() + 1, 2):
        for x in range(r.left(), r.right() + 1, 2):
            counts[img.pixel(x, y)] += 1
    for rgb, _n in counts.most_common():
        c = QColor.fromRgba(rgb)
        if c.rgb() != pen.rgb():
            return c
    return None


def _painted_failures(window: QWidget, monkeypatch) -> list[str]:
    """Text painted by the window's own widgets (their ``paintEvent`` in meso_desk)."""
    bad = []
    for w in window.findChildren(QWidget):
        if not _visible(w, window) or "paintEvent" not in type(w).__dict__ \
                or not type(w).__module__.startswith("meso_desk"):
            continue
        spy = _TextSpy(monkeypatch)
        img = w.grab().toImage()
        monkeypatch.undo()
        for pen, rect, text in spy.calls:
            if not text.strip() or pen.alpha() == 0:
                continue
            under = _under(img, rect, pen)
            if under is None:
                continue
            ratio = contrast_ratio(pen, under)
            if ratio < AA:
                bad.append(f"painted by {type(w).__name__} {text[:30]!r}: {pen.name()} on {under.name()} "
                           f"= {ratio:.2f}")
    return bad


def _plot_failures(window: QWidget) -> list[str]:
    """The plots' text items (captions, point labels): their colour against their own fill
    composed onto the plot's background."""
    import pyqtgraph as pg

    bad = []
    for view in window.findChildren(pg.GraphicsView):
        if not _visible(view, window):
            continue
        brush = view.backgroundBrush()
        plot_bg = brush.color() if brush.style() != Qt.BrushStyle.NoBrush and brush.color().alpha() else \
            _background(view)
        for item in view.scene().items():
            if isinstance(item, pg.LabelItem) and item.isVisible() and item.text.strip():  # legends, titles
                text_item, bg = item.item, plot_bg
            elif isinstance(item, pg.TextItem) and item.isVisible() and item.toPlainText().strip():
                text_item = item.textItem
                fill = item.fill.color() if item.fill.style() != Qt.BrushStyle.NoBrush else QColor(0, 0, 0, 0)
                bg = over(fill, plot_bg)
            else:
                continue
            html = text_item.toHtml()
            colours = [text_item.defaultTextColor()]
            spans = [c for c in (_parse(x) for x in _COLOUR.findall(html)) if c]
            if spans:  # a rich label: its own colours (the document's default body colour aside)
                colours = spans[1:] if len(spans) > 1 else spans
            for colour in colours:
                ratio = contrast_ratio(over(colour, bg), bg)
                if ratio < AA:
                    bad.append(f"plot text {text_item.toPlainText()[:30]!r}: {colour.name()} on {bg.name()} "
                               f"= {ratio:.2f}")
    return bad


def _failures(win, qtbot, monkeypatch) -> list[str]:
    QApplication.processEvents()
    jobs = win.findChildren(background.LatestJob) + win.findChildren(background.SnapshotService)
    qtbot.waitUntil(lambda: not any(j.is_busy() for j in jobs), timeout=20_000)  # the plots drawn, labels placed
    QApplication.processEvents()
    return (_label_failures(win) + _view_failures(win) + _painted_failures(win, monkeypatch)
            + _plot_failures(win))


def _walk(win, qtbot, monkeypatch) -> list[str]:
    """Every workspace, and in it every page of every tab widget."""
    from meso_desk.app.workspaces import WORKSPACES

    bad: list[str] = []

    def add(where: str, lines: list[str]) -> None:
        for line in lines:
            if f"{where}: {line}" not in bad:
                bad.append(f"{where}: {line}")

    for ws in WORKSPACES:
        win.show_workspace(ws.key)
        add(ws.key, _failures(win, qtbot, monkeypatch))
        for tabs in win.findChildren(QTabWidget):
            if not _visible(tabs, win):
                continue
            current = tabs.currentIndex()
            for i in range(tabs.count()):
                if i != current and tabs.isTabEnabled(i):
                    tabs.setCurrentIndex(i)
                    add(f"{ws.key}/{tabs.tabText(i)}", _failures(win, qtbot, monkeypatch))
            tabs.setCurrentIndex(current)
    return bad


def test_every_text_meets_wcag_aa(make_window, qtbot, monkeypatch, palette):
    win = make_window(_plan_after_rounds(3), remember_layout=False)
    win.resize(1366, 700)
    win.show()
    qtbot.waitExposed(win)
    panel = win.counterpart_panel
    qtbot.waitUntil(lambda: getattr(panel, "snapshot", None) is not None, timeout=20_000)
    bad = _walk(win, qtbot, monkeypatch)
    assert not bad, f"{len(bad)} texts below {AA}:1 in the {palette} palette:\n" + "\n".join(bad[:60])


def test_the_contrast_ratio_is_wcags():
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


def _frame_contrast(box, background: QColor) -> float:
    """The strongest contrast between the check box indicator's frame pixels and ``background``."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    opt = QStyleOptionButton()
    box.initStyleOption(opt)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, box)
    img = QImage(box.size(), QImage.Format.Format_ARGB32)
    img.fill(background)
    box.render(img, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
    ring = [img.pixelColor(x, y) for x in range(rect.left(), rect.right() + 1)
            for y in (rect.top(), rect.top() + 1, rect.bottom(), rect.bottom() - 1)]
    return max(contrast_ratio(c, background) for c in ring)


def test_a_check_box_frame_shows_in_the_dark_palette(qtbot):
    """Issue 26: the package card's "Hold value" box was nearly invisible in the dark palette
    (Fusion draws its frame from the Window colour made darker: as dark as the card). Its frame
    now reads at 3 : 1 at least (WCAG's rule for the parts of a control) on the card's Base, in
    the dark and in the light palette."""
    from PySide6.QtWidgets import QCheckBox

    from meso_desk.app.widgets.look import visible_indicators

    app = QApplication.instance()
    before = QPalette(app.palette())
    try:
        for pal in (dark_palette(), before):
            app.setPalette(pal)
            visible_indicators(app, pal)
            box = QCheckBox("Hold value")
            qtbot.addWidget(box)
            box.resize(box.sizeHint())
            base = pal.color(QPalette.ColorRole.Base)
            assert _frame_contrast(box, base) >= 3.0, pal.color(QPalette.ColorRole.Window).name()
    finally:
        app.setPalette(before)
        visible_indicators(app, before)
