"""One way to put pages anywhere: PDF, PNG, the system printer and the on-screen preview.

A *page source* (cards, briefing) knows its page size and paints one page with a QPainter
into a rectangle of device pixels. Everything else here is the same for every source, so the
preview shows exactly what the PDF, the PNG and the printer get.

Painting happens in device pixels with fonts in points: QPdfWriter, QPrinter and QImage each
convert points with their own resolution, so text stays text in a PDF (searchable, with the
fonts embedded by Qt) and is sharp at any PNG resolution.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, QUuid
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from ...model.io.output_files import OutputFailed, OutputRefused, check_export, write_files
from ...model.language import tr

MM_PER_INCH = 25.4
#: Resolution of written PDFs (coordinates only: text and lines stay vectors).
PDF_RESOLUTION = 1200
CREATOR = "MESO Desk"


class ExportError(OSError):
    """A file could not be written (one human line)."""


def refuse_output(paths: Sequence[str | os.PathLike], plan_path: str | os.PathLike | None, suffix: str,
                  must_end: str) -> None:
    """The one rule for an export's file (``model/io/output_files.py``, the command line's too) as
    an :class:`ExportError` line naming it: each of ``paths`` ends in ``suffix`` (``must_end``: the
    sentence saying so, with ``{path}``) and none is the plan's own file, whatever was answered to
    "replace it?"."""
    try:
        for p in paths:
            check_export(p, plan_path, (suffix,), must_end, shown=Path(p).name)
    except OutputRefused as e:
        raise ExportError(str(e)) from None


@dataclass(frozen=True)
class PdfInfo:
    """What goes into the PDF's document information. Keep it neutral for the other side."""

    title: str
    author: str = ""
    creator: str = CREATOR


class PageSource(Protocol):
    """Anything that can paint pages (see the module docstring)."""

    def page_count(self) -> int: ...

    def page_size_mm(self) -> QSizeF: ...

    def page_layout(self) -> QPageLayout: ...

    def pdf_info(self) -> PdfInfo: ...

    def paint_page(self, painter: QPainter, index: int, target: QRectF) -> None: ...


@dataclass(frozen=True)
class Frame:
    """Where a page of ``size_mm`` lands in ``target`` (device pixels), fitted and centred.

    ``px`` converts millimetres to device pixels; ``pt`` converts a font size in points so that
    text keeps its size relative to the page even when the page is scaled to fit (a Letter
    page printed on A4, a preview thumbnail).
    """

    left: float
    top: float
    px_per_mm: float
    font_scale: float

    @classmethod
    def fit(cls, painter: QPainter, size_mm: QSizeF, target: QRectF) -> Frame:
        dpi = float(painter.device().logicalDpiX()) or 96.0
        k = min(target.width() / size_mm.width(), target.height() / size_mm.height())
        left = target.left() + (target.width() - k * size_mm.width()) / 2
        top = target.top() + (target.height() - k * size_mm.height()) / 2
        return cls(left, top, k, k * MM_PER_INCH / dpi)

    def x(self, mm: float) -> float:
        return self.left + mm * self.px_per_mm

    def y(self, mm: float) -> float:
        return self.top + mm * self.px_per_mm

    def px(self, mm: float) -> float:
        return mm * self.px_per_mm

    def pt(self, points: float) -> float:
        """A font size in points for this frame."""
        return points * self.font_scale

    def line(self, points: float) -> float:
        """A line width given in points, in device pixels."""
        return points * self.px_per_mm * MM_PER_INCH / 72.0

    def rect(self, x_mm: float, y_mm: float, w_mm: float, h_mm: float) -> QRectF:
        return QRectF(self.x(x_mm), self.y(y_mm), self.px(w_mm), self.px(h_mm))


def page_layout(size: QPageSize, landscape: bool) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def device_rect(device) -> QRectF:
    return QRectF(0, 0, device.width(), device.height())


# -- PDF --------------------------------------------------------------------------------------
def write_pdf(source: PageSource, path: str | os.PathLike) -> Path:
    """Write every page of ``source`` to the PDF ``path``: made whole in memory and checked (Qt
    finished it, it is a PDF from ``%PDF`` to ``%%EOF``), then written atomically
    (:func:`~meso_desk.model.io.output_files.write_file`). Raises :class:`ExportError`, one line
    naming the file and the reason (a full disk: "cannot write (No space left on device)"); the
    file that was there stays as it was."""
    path = Path(path)
    _need_folder(path)
    _write_files([(path, pdf_bytes(source, path))])
    return path


def pdf_bytes(source: PageSource, path: str | os.PathLike = "") -> bytes:
    """Every page of ``source`` as the bytes of a PDF file (``path``: the file named by an error)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    info = source.pdf_info()
    writer.setTitle(info.title)
    writer.setCreator(info.creator)
    writer.setAuthor(info.author)
    # A document id derived from the (neutral) title instead of a random one: the same
    # cards give the same id, and nothing but the title goes into it.
    writer.setDocumentId(QUuid(str(uuid.uuid5(uuid.NAMESPACE_URL, f"meso-desk:{info.title}"))))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(source.page_layout())
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(tr("{path}: cannot write the PDF").format(path=path))
    ended = False
    try:
        for i in range(source.page_count()):
            if i:
                writer.newPage()
            source.paint_page(painter, i, device_rect(writer))
    finally:
        ended = painter.end()
    del writer
    data = bytes(buffer.data())
    buffer.close()
    if not ended or not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise ExportError(tr("{path}: the PDF could not be made; nothing was written").format(path=path))
    return data


def _need_folder(path: Path) -> None:
    if not (path.parent if str(path.parent) else Path(".")).is_dir():
        raise ExportError(tr("{path}: the folder does not exist").format(path=path))


def _write_files(files: list[tuple[Path, bytes]]) -> None:
    """The bytes made, written all or none (one :class:`ExportError` line when they cannot be)."""
    try:
        write_files(files)
    except OutputFailed as e:
        raise ExportError(str(e)) from None


# -- images -----------------------------------------------------------------------------------
def render_image(source: PageSource, index: int, dpi: float = 150.0, device_pixel_ratio: float = 1.0) -> QImage:
    """Page ``index`` as an image at ``dpi`` (white background)."""
    size = source.page_size_mm()
    w = max(1, round(size.width() / MM_PER_INCH * dpi))
    h = max(1, round(size.height() / MM_PER_INCH * dpi))
    img = QImage(w, h, QImage.Format.Format_RGB32)
    dpm = round(dpi / MM_PER_INCH * 1000)
    img.setDotsPerMeterX(dpm)
    img.setDotsPerMeterY(dpm)
    img.fill(QColor("white"))
    painter = QPainter(img)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        source.paint_page(painter, index, QRectF(0, 0, w, h))
    finally:
        painter.end()
    if device_pixel_ratio != 1.0:
        img.setDevicePixelRatio(device_pixel_ratio)
    return img


def png_paths(path: str | os.PathLike, pages: int) -> list[Path]:
    """``cards.png`` for one page; ``cards-1.png``, ``cards-2.png`` … for several."""
    path = Path(path)
    if pages <= 1:
        return [path]
    return [path.with_name(f"{path.stem}-{k}{path.suffix or '.png'}") for k in range(1, pages + 1)]


def write_png(source: PageSource, path: str | os.PathLike, dpi: float = 200.0) -> list[Path]:
    """Every page as a PNG (see :func:`png_paths` for the names), written all or none as
    :func:`write_pdf` writes. Returns the files written."""
    paths = png_paths(path, source.page_count())
    _need_folder(paths[0])
    files = []
    for i, p in enumerate(paths):
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not render_image(source, i, dpi).save(buffer, "PNG"):
            raise ExportError(tr("{path}: cannot write the image").format(path=p))
        files.append((p, bytes(buffer.data())))
    _write_files(files)
    return paths


# -- printer ----------------------------------------------------------------------------------
def prepare_printer(source: PageSource, printer) -> None:
    """Give ``printer`` the source's paper and orientation (the print dialog may change them)."""
    printer.setFullPage(True)
    printer.setPageLayout(source.page_layout())
    printer.setDocName(source.pdf_info().title)
    printer.setCreator(CREATOR)


def print_pages(source: PageSource, printer) -> int:
    """Print ``source`` on ``printer`` (a QPrinter set up by the print dialog or the preview).

    Honours the page range chosen in the dialog; a page that does not match the printer's paper
    is scaled to fit and centred. Returns the number of pages printed.
    """
    # imported when printing: writing a PDF or PNG (the CLI) must not need the print-support
    # library (CUPS on Linux)
    from PySide6.QtPrintSupport import QPrinter

    printer.setFullPage(True)
    n = source.page_count()
    first, last = 0, n - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(0, printer.fromPage() - 1)
        last = min(n - 1, (printer.toPage() or n) - 1)
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError(tr("the printer could not be opened"))
    count = 0
    try:
        for i in range(first, last + 1):
            if count:
                printer.newPage()
            rect = printer.paperRect(QPrinter.Unit.DevicePixel)
            source.paint_page(painter, i, QRectF(0, 0, rect.width(), rect.height()))
            count += 1
    finally:
        painter.end()
    return count
