"""Small helpers shared by the window and its panels: the app icon, themed icons, placeholders."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QStyle, QVBoxLayout, QWidget


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
    "edit-undo": QStyle.StandardPixmap.SP_ArrowBack,
    "edit-redo": QStyle.StandardPixmap.SP_ArrowForward,
    "document-import": QStyle.StandardPixmap.SP_DirOpenIcon,
    "window-close": QStyle.StandardPixmap.SP_DialogCloseButton,
    "application-exit": QStyle.StandardPixmap.SP_DialogCloseButton,
    "help-about": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "view-history": QStyle.StandardPixmap.SP_FileDialogDetailedView,
}


def themed_icon(name: str) -> QIcon:
    """The desktop theme's icon ``name`` (freedesktop naming), else the style's stand-in."""
    icon = QIcon.fromTheme(name)
    if icon.isNull() and name in _STANDARD:
        app = QApplication.instance()
        if app is not None:
            icon = app.style().standardIcon(_STANDARD[name])
    return icon


def muted_colour(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)


class Placeholder(QFrame):
    """Holds the place of a panel that a later version fills in (same ``objectName``)."""

    def __init__(self, object_name: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("placeholder", True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(160, 120)
        self.setToolTip(f"{title}: {text}")
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        head = QLabel(title)
        f = head.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        head.setFont(f)
        head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for lab in (head, body):
            pal = lab.palette()
            pal.setColor(QPalette.ColorRole.WindowText, muted_colour(self))
            lab.setPalette(pal)
            lay.addWidget(lab)
        lay.addStretch(1)
