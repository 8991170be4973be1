"""Small painted icons for locks and status marks, drawn in the widget's palette.

Painted rather than taken from the desktop theme so that they look the same everywhere
(including offscreen renders) and follow dark and light palettes. Each status pairs a
colour with a distinct shape, so nothing is told by colour alone.

Nothing is cached at module level: a pixmap that outlives the QApplication can abort the
interpreter at exit. Widgets keep the few icons they use.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from .look import readable

#: status → colour (chosen to read on light and dark palettes)
STATUS_COLOURS = {
    "ok": "#2e8b57",  # at or above the target level
    "short": "#b7791f",  # acceptable, between reservation and target
    "below": "#c0392b",  # below the reservation value
    "unacceptable": "#c0392b",  # breaks a hard limit / uses an unacceptable option
    "info": "#2f6fb0",
}


def status_colour(status: str) -> QColor:
    return readable(STATUS_COLOURS.get(status, STATUS_COLOURS["info"]))  # AA on the palette (issue 17)


def _text_colour() -> QColor:
    app = QApplication.instance()
    if app is None:
        return QColor("#303030")
    return app.palette().color(QPalette.ColorRole.WindowText)


def _pixmap(size: int, dpr: float) -> tuple[QPixmap, QPainter]:
    pm = QPixmap(int(round(size * dpr)), int(round(size * dpr)))
    pm.setDevicePixelRatio(dpr)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    return pm, p


def _lock_pixmap(size: int, locked: bool, colour: QColor, dpr: float) -> QPixmap:
    pm, p = _pixmap(size, dpr)
    s = size / 16.0
    pen = QPen(colour, 1.6 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    # shackle: closed over the body when locked, swung open when not
    shackle = QPainterPath()
    if locked:
        shackle.moveTo(5 * s, 7.5 * s)
        shackle.lineTo(5 * s, 5 * s)
        shackle.arcTo(QRectF(5 * s, 2 * s, 6 * s, 6 * s), 180, -180)
        shackle.lineTo(11 * s, 7.5 * s)
    else:
        shackle.moveTo(11 * s, 7.5 * s)
        shackle.lineTo(11 * s, 5 * s)
        shackle.arcTo(QRectF(11 * s, 2 * s, 6 * s, 6 * s), 180, -180)
        shackle.lineTo(17 * s, 5.5 * s)
    p.drawPath(shackle)
    body = QRectF(3 * s, 7.5 * s, 10 * s, 7 * s)
    if locked:
        p.setBrush(colour)
        p.drawRoundedRect(body, 1.5 * s, 1.5 * s)
    else:
        p.drawRoundedRect(body.adjusted(0.4 * s, 0.4 * s, -0.4 * s, -0.4 * s), 1.5 * s, 1.5 * s)
    p.end()
    return pm


def lock_icon(colour_name: str = "") -> QIcon:
    """A lock that shows closed when the button is checked and open when not."""
    colour = QColor(colour_name) if colour_name else _text_colour()
    icon = QIcon()
    for dpr in (1.0, 2.0):
        icon.addPixmap(_lock_pixmap(16, False, colour, dpr), QIcon.Mode.Normal, QIcon.State.Off)
        icon.addPixmap(_lock_pixmap(16, True, colour, dpr), QIcon.Mode.Normal, QIcon.State.On)
        faded = QColor(colour)
        faded.setAlpha(110)
        icon.addPixmap(_lock_pixmap(16, False, faded, dpr), QIcon.Mode.Disabled, QIcon.State.Off)
        icon.addPixmap(_lock_pixmap(16, True, faded, dpr), QIcon.Mode.Disabled, QIcon.State.On)
    return icon


def _status_pixmap(status: str, size: int, dpr: float) -> QPixmap:
    pm, p = _pixmap(size, dpr)
    s = size / 16.0
    c = status_colour(status)
    white = QPen(QColor("#ffffff"), 1.8 * s)
    white.setCapStyle(Qt.PenCapStyle.RoundCap)
    white.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    if status == "ok":  # green disc with a tick
        p.drawEllipse(QRectF(1 * s, 1 * s, 14 * s, 14 * s))
        p.setPen(white)
        p.drawPolyline([QPointF(4.5 * s, 8.3 * s), QPointF(7 * s, 10.8 * s), QPointF(11.5 * s, 5.5 * s)])
    elif status == "short":  # amber diamond with a dash: "not there yet"
        path = QPainterPath()
        path.moveTo(8 * s, 0.8 * s)
        path.lineTo(15.2 * s, 8 * s)
        path.lineTo(8 * s, 15.2 * s)
        path.lineTo(0.8 * s, 8 * s)
        path.closeSubpath()
        p.drawPath(path)
        p.setPen(white)
        p.drawLine(QPointF(5 * s, 8 * s), QPointF(11 * s, 8 * s))
    elif status == "below":  # red triangle with an exclamation mark
        path = QPainterPath()
        path.moveTo(8 * s, 1 * s)
        path.lineTo(15.4 * s, 14.6 * s)
        path.lineTo(0.6 * s, 14.6 * s)
        path.closeSubpath()
        p.drawPath(path)
        p.setPen(white)
        p.drawLine(QPointF(8 * s, 5.6 * s), QPointF(8 * s, 9.8 * s))
        p.drawPoint(QPointF(8 * s, 12.4 * s))
    elif status == "unacceptable":  # red octagon ("stop") with a bar
        path = QPainterPath()
        poly = [QPointF(4.7 * s, 1 * s), QPointF(11.3 * s, 1 * s), QPointF(15 * s, 4.7 * s),
                QPointF(15 * s, 11.3 * s), QPointF(11.3 * s, 15 * s), QPointF(4.7 * s, 15 * s),
                QPointF(1 * s, 11.3 * s), QPointF(1 * s, 4.7 * s)]
        path.moveTo(poly[0])
        for q in poly[1:]:
            path.lineTo(q)
        path.closeSubpath()
        p.drawPath(path)
        p.setPen(white)
        p.drawLine(QPointF(4.8 * s, 8 * s), QPointF(11.2 * s, 8 * s))
    else:  # info: blue disc with an "i"
        p.drawEllipse(QRectF(1 * s, 1 * s, 14 * s, 14 * s))
        p.setPen(white)
        p.drawLine(QPointF(8 * s, 7 * s), QPointF(8 * s, 11.5 * s))
        p.drawPoint(QPointF(8 * s, 4.6 * s))
    p.end()
    return pm


def status_pixmap(status: str, size: int = 16) -> QPixmap:
    """A status mark (``ok``, ``short``, ``below``, ``unacceptable``, ``info``) for labels."""
    return _status_pixmap(status, size, 2.0)


def status_icon(status: str) -> QIcon:
    icon = QIcon()
    for dpr in (1.0, 2.0):
        icon.addPixmap(_status_pixmap(status, 16, dpr))
    return icon


def _action_pixmap(kind: str, colour: QColor, dpr: float) -> QPixmap:
    pm, p = _pixmap(16, dpr)
    pen = QPen(colour, 1.3)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    if kind == "add":  # a card with a plus
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(2.5, 1.5, 9, 12), 1.5, 1.5)
        green = QColor(STATUS_COLOURS["ok"])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(green)
        p.drawEllipse(QRectF(7.5, 7.5, 8, 8))
        white = QPen(QColor("#ffffff"), 1.5)
        p.setPen(white)
        p.drawLine(QPointF(11.5, 9.3), QPointF(11.5, 13.7))
        p.drawLine(QPointF(9.3, 11.5), QPointF(13.7, 11.5))
    elif kind == "duplicate":  # two overlapping cards
        p.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 40))
        p.drawRoundedRect(QRectF(1.5, 1.5, 8.5, 11), 1.5, 1.5)
        p.setBrush(QColor("#ffffff") if colour.lightness() < 128 else QColor("#303030"))
        p.drawRoundedRect(QRectF(6, 4, 8.5, 11), 1.5, 1.5)
    p.end()
    return pm


def action_icon(kind: str) -> QIcon:
    """Toolbar icons the desktop theme may lack: ``add`` (a package), ``duplicate``."""
    themed = {"add": "list-add", "duplicate": "edit-copy"}.get(kind)
    colour = _text_colour()
    icon = QIcon()
    for dpr in (1.0, 2.0):
        icon.addPixmap(_action_pixmap(kind, colour, dpr))
    if icon.isNull() and themed:
        icon = QIcon.fromTheme(themed)
    return icon


def drawn_icon(paint: Callable[[QPainter], None]) -> QIcon:
    """A 16-pixel icon (and its 2× version) drawn by ``paint``, so it needs no icon theme."""
    icon = QIcon()
    for dpr in (1.0, 2.0):
        pm = QPixmap(int(16 * dpr), int(16 * dpr))
        pm.setDevicePixelRatio(dpr)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint(p)
        p.end()
        icon.addPixmap(pm)
    return icon


def archive_icon(colour: QColor) -> QIcon:
    """A small archive box: a lid, the box and a handle."""
    def paint(p: QPainter) -> None:
        p.setPen(QPen(colour, 1.3))
        p.drawRect(QRectF(1.5, 2.5, 13, 3.5))
        p.drawRect(QRectF(2.5, 6, 11, 8))
        p.drawLine(6, 9, 10, 9)
    return drawn_icon(paint)


def meso_icon(ink: QColor) -> QIcon:
    """Generate MESOs: three packages of different make-up under one level line."""
    def paint(p: QPainter) -> None:
        for k, c in enumerate(("#f2b134", "#6cc3a0", "#f26d5b")):
            p.fillRect(QRectF(1.5 + k * 5, 5, 3.5, 10), QColor(c))
        p.setPen(QPen(ink, 1.4))
        p.drawLine(1, 3, 15, 3)
    return drawn_icon(paint)
