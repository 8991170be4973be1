"""Printing: package cards for the other side and the INTERNAL briefing, one QPainter renderer
for the on-screen preview, PDF (QPdfWriter), PNG (QImage) and the system printer (QPrinter).

Entry points for the main window (File menu):

* :func:`open_cards_dialog` ``(parent, document)`` — Print Cards… (preview, print, export);
* :func:`export_cards_dialog` ``(parent, document)`` — Export Cards as PDF…;
* :func:`export_briefing_dialog` ``(parent, document)`` — Export Briefing…

and for scripts (a QGuiApplication must exist):
:func:`export_cards_pdf`, :func:`export_cards_png`, :func:`export_briefing_pdf`, and
:func:`~meso_desk.app.printing.debrief_painter.export_debrief_pdf` (not imported here: it loads
the deal model).
"""

from .briefing_painter import BriefingRenderer, export_briefing_pdf, export_briefing_png
from .card_painter import LAYOUTS, CardRenderer, export_cards_pdf, export_cards_png
from .pages import ExportError, print_pages, render_image, write_pdf, write_png
from .preview import CardsDialog, export_briefing_dialog, export_cards_dialog, open_cards_dialog

__all__ = [
    "LAYOUTS",
    "BriefingRenderer",
    "CardRenderer",
    "CardsDialog",
    "ExportError",
    "export_briefing_dialog",
    "export_briefing_pdf",
    "export_briefing_png",
    "export_cards_dialog",
    "export_cards_pdf",
    "export_cards_png",
    "open_cards_dialog",
    "print_pages",
    "render_image",
    "write_pdf",
    "write_png",
]
