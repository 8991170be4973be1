"""Export a plot as a PNG image or an SVG drawing, exactly as it is laid out on screen.

Used by the value map and the outcome plot ("Export as PNG…" / "Export as SVG…", from the
"Export" button and the context menu that :func:`export_button` and :func:`export_menu` make for
both). The whole
drawing is exported — plot, colour bar and legend — on an opaque background in the
window's colours. Both formats render the plot's part of its scene with Qt: PNG at twice
the on-screen resolution (crisp in a document), SVG through ``QSvgGenerator`` (text stays
text, the colour map is embedded as an image). pyqtgraph's items are put in their export
mode first, so that markers are drawn as shapes rather than copied from a pixmap cache.

pyqtgraph's own exporters are not used: its PrintExporter is ruled out (``docs/decisions.md``),
its SVGExporter 0.14 fails on the paths Qt 6 writes (a closing ``Z``), and its
ImageExporter re-lays the scene out at the export size, which moves the legend over the plot.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QPoint, QRectF, QSize
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGraphicsItem,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from ...model.io.output_files import OutputFailed, OutputRefused, refuse_plan, write_file
from ...model.language import QT_TR_NOOP, tr

#: the file dialog's filters (shown translated: ``tr(PNG_FILTER)``)
PNG_FILTER = QT_TR_NOOP("PNG image (*.png)")
SVG_FILTER = QT_TR_NOOP("SVG drawing (*.svg)")
FORMATS = {".png": PNG_FILTER, ".svg": SVG_FILTER}
#: PNG exports are rendered at this multiple of the on-screen size.
PNG_SCALE = 2


class ExportError(RuntimeError):
    """The file could not be written; the message says why in one line."""


def _background() -> QColor:
    app = QApplication.instance()
    pal = app.palette() if app is not None else QPalette()
    return pal.color(QPalette.ColorRole.Window)


def _screen_dpi() -> int:
    screen = QGuiApplication.primaryScreen()
    return int(round(screen.logicalDotsPerInch())) if screen is not None else 96


def _export_mode(item: QGraphicsItem, on: bool, opts: dict) -> None:
    """Switch pyqtgraph's export mode on ``item`` and everything under it."""
    items = [item, *item.childItems()]
    while items:
        it = items.pop()
        if hasattr(it, "setExportMode"):
            it.setExportMode(on, opts if on else None)
        items.extend(it.childItems())


def _render(item: QGraphicsItem, painter: QPainter, w: int, h: int) -> None:
    source = item.sceneBoundingRect()
    bg = _background()
    opts = {"antialias": True, "background": bg, "painter": painter, "resolutionScale": 1.0}
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.fillRect(QRectF(0, 0, w, h), bg)
    _export_mode(item, True, opts)
    try:
        item.scene().render(painter, QRectF(0, 0, w, h), source)
    finally:
        _export_mode(item, False, opts)


def export_item(item: QGraphicsItem, path: str | os.PathLike[str],
                plan_path: str | os.PathLike[str] | None = None) -> Path:
    """Write ``item`` (a GraphicsLayout, PlotItem …) and what lies on it to ``path``; the
    suffix (.png/.svg) chooses the format; never the plan's own file (``plan_path``: the rule of
    every export, ``model/io/output_files.py``). Returns the path written."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(tr("{file}: choose a .png or .svg file name").format(file=p.name))
    try:
        refuse_plan([p], plan_path, p.name)
    except OutputRefused as e:
        raise ExportError(str(e)) from None
    if item.scene() is None:
        raise ExportError(tr("{file}: nothing to export yet").format(file=p.name))
    # finish any pending re-layout (a new title or legend row) so that the file shows what the screen will
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    source = item.sceneBoundingRect()
    w, h = max(1, int(round(source.width()))), max(1, int(round(source.height())))
    buffer = QBuffer()  # drawn whole in memory, then written atomically: a full disk leaves the old file
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    painter = QPainter()
    if suffix == ".png":
        img = QImage(w * PNG_SCALE, h * PNG_SCALE, QImage.Format.Format_ARGB32_Premultiplied)
        img.setDevicePixelRatio(PNG_SCALE)
        img.fill(_background())
        if not painter.begin(img):
            raise ExportError(tr("{file}: could not draw the image").format(file=p.name))
        try:
            _render(item, painter, w, h)
        finally:
            painter.end()
        ok = img.save(buffer, "PNG")
    else:
        gen = QSvgGenerator()
        gen.setOutputDevice(buffer)
        gen.setSize(QSize(w, h))
        gen.setViewBox(QRectF(0, 0, w, h))
        gen.setResolution(_screen_dpi())  # text measured on screen must keep its size in the file
        gen.setTitle(p.stem)
        gen.setDescription(tr("Exported from MESO Desk"))
        if not painter.begin(gen):
            raise ExportError(tr("{file}: could not draw the image").format(file=p.name))
        try:
            _render(item, painter, w, h)
        finally:
            ok = painter.end()
    data = bytes(buffer.data())
    if not ok or not data:
        raise ExportError(tr("{file}: could not draw the image").format(file=p.name))
    try:
        write_file(p, data)
    except OutputFailed as e:
        raise ExportError(str(e)) from None
    return p


def ask_export_path(parent: QWidget, title: str, start: str | os.PathLike[str], fmt: str | None = None
                    ) -> Path | None:
    """A save dialog for a PNG or SVG file (``fmt`` ".png"/".svg" preselects one); None if
    cancelled. A name without a suffix gets the chosen filter's."""
    filters = [tr(PNG_FILTER), tr(SVG_FILTER)]
    if fmt == ".svg":
        filters.reverse()
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(start), ";;".join(filters))
    if not path:
        return None
    p = Path(path)
    if p.suffix.lower() not in FORMATS:
        p = p.with_name(p.name + (".svg" if chosen == tr(SVG_FILTER) else ".png"))
    return p


def export_with_dialog(view, fmt: str = ".png") -> Path | None:
    """Ask where to write ``view`` (a plot with ``ask_export_path(fmt)`` and ``export(path)``)
    and write it; None when cancelled, or when it failed (a message box says why)."""
    path = view.ask_export_path(fmt)
    if path is None:
        return None
    try:
        return view.export(path)
    except ExportError as e:
        QMessageBox.warning(view, tr("Cannot Export"), str(e))
        return None


def export_button(view, name: str, tooltip: str, action_name: str) -> tuple[QToolButton, QAction, QAction]:
    """The "Export" tool button of ``view`` (a plot with ``export_dialog(fmt)``) and its two
    actions, "Export as PNG…" and "Export as SVG…" (object names ``action_name`` + "Png"/"Svg")."""
    button = QToolButton()
    button.setObjectName(name)
    button.setText(tr("Export"))
    button.setToolTip(tooltip)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setAutoRaise(True)
    menu = QMenu(button)
    png = menu.addAction(tr("Export as &PNG…"), lambda: view.export_dialog(".png"))
    png.setObjectName(f"{action_name}Png")
    svg = menu.addAction(tr("Export as &SVG…"), lambda: view.export_dialog(".svg"))
    svg.setObjectName(f"{action_name}Svg")
    button.setMenu(menu)
    return button, png, svg


def export_menu(parent: QWidget, actions: Sequence[QAction], at: QWidget, pos: QPoint,
                extra: Sequence[tuple[str, Callable[[], object]]] = ()) -> None:
    """Show a plot's context menu at ``pos`` of ``at``: the export ``actions``, then the
    ``extra`` (text, slot) entries below a separator."""
    menu = QMenu(parent)
    for action in actions:
        menu.addAction(action)
    if extra:
        menu.addSeparator()
    for text, slot in extra:
        item = QAction(text, menu)
        item.triggered.connect(slot)
        menu.addAction(item)
    menu.exec(at.mapToGlobal(pos))
