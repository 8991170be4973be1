"""The card renderer: one QPainter routine for the preview, PDF, PNG and the printer.

Layouts (``meso_desk.model.documents.cards.CARD_LAYOUTS``):

* ``a4-3up`` / ``letter-3up`` — a landscape A4 / Letter page with three tall cards side by
  side and cut marks between them. Uncut, the page reads as a side-by-side comparison; cut,
  the cards lie next to each other on the table with their terms on the same lines.
* ``a5`` / ``a6`` — one card per A5 / A6 page (portrait).

Every card of a set shares one look: the same fonts, the same rows at the same heights (a row
is as tall as its tallest value on any card), label left and value right. Terms that differ
between the cards are set in bold, so the differences stand out and the equal terms recede. Text is drawn as text: a PDF stays searchable, with its fonts embedded.

The renderer only sees a :class:`~meso_desk.model.documents.cards.CardSet`, which holds no points,
weights, reservation, BATNA or estimate — there is nothing to leak.

A set with reverses ("Why this works for you", ``docs/behind-the-table.md``) prints each page
of fronts followed by its page of backs, in mirrored order on multi-card pages, so that a
duplex print (flip on the long edge) puts every card's talking points on its own back.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPen

from ...model.documents.cards import CARD_LAYOUTS, DEFAULT_LAYOUT, Card, CardSet, card_set
from ...model.language import QT_TR_NOOP, tr
from .pages import MM_PER_INCH, Frame, PdfInfo, page_layout, write_pdf, write_png

FONT_FAMILIES = ["Inter", "Source Sans 3", "Source Sans Pro", "Segoe UI", "Helvetica Neue", "Helvetica",
                 "Arial", "Liberation Sans", "DejaVu Sans"]


@dataclass(frozen=True)
class CardLayout:
    key: str
    #: In English (marked for the catalogue): shown as ``tr(layout.label)``.
    label: str
    page_size: QPageSize.PageSizeId
    landscape: bool
    per_page: int
    #: Page size in millimetres (as oriented).
    page_mm: tuple[float, float]

    @property
    def card_mm(self) -> tuple[float, float]:
        w, h = self.page_mm
        return (w / self.per_page, h)


LAYOUTS: dict[str, CardLayout] = {
    "a4-3up": CardLayout("a4-3up", QT_TR_NOOP("A4, three cards with cut marks"), QPageSize.PageSizeId.A4, True, 3,
                         (297.0, 210.0)),
    "letter-3up": CardLayout("letter-3up", QT_TR_NOOP("Letter, three cards with cut marks"),
                             QPageSize.PageSizeId.Letter, True, 3, (279.4, 215.9)),
    "a5": CardLayout("a5", QT_TR_NOOP("A5, one card per page"), QPageSize.PageSizeId.A5, False, 1, (148.0, 210.0)),
    "a6": CardLayout("a6", QT_TR_NOOP("A6, one card per page"), QPageSize.PageSizeId.A6, False, 1, (105.0, 148.0)),
}
assert tuple(LAYOUTS) == CARD_LAYOUTS


def layout_for(key: str) -> CardLayout:
    try:
        return LAYOUTS[key]
    except KeyError:
        raise ValueError(tr("unknown layout {key!r}; choose one of {layouts}").format(
            key=key, layouts=", ".join(LAYOUTS))) from None


@dataclass(frozen=True)
class CardStyle:
    """The look shared by every card (colours and sizes in points at a 99 mm wide card)."""

    ink: str = "#1c232b"
    muted: str = "#5d6974"
    faint: str = "#8c97a1"
    rule: str = "#d9dee3"
    accent: str = "#1f4e79"
    cut: str = "#9aa3ab"
    org_pt: float = 8.0
    title_pt: float = 21.0
    to_pt: float = 9.5
    label_pt: float = 9.5
    value_pt: float = 10.5
    note_pt: float = 7.3
    #: A contingent term's sentence, under the term across the card.
    condition_pt: float = 7.6
    line_pt: float = 8.8
    small_pt: float = 7.8


STYLE = CardStyle()


def _font(size_pt: float, weight: QFont.Weight = QFont.Weight.Normal, italic: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(FONT_FAMILIES)
    f.setPointSizeF(max(size_pt, 1.0))
    f.setWeight(weight)
    f.setItalic(italic)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    f.setKerning(True)
    return f


#: The fonts of the label and value columns (fitted to their width on every device).
_COLUMN_FONTS = ("label", "note", "value", "value_bold")


@dataclass
class _Geometry:
    """Fonts and positions of one set of cards at one size on one device (px unless noted)."""

    fonts: dict[str, QFont]
    pad: float
    width: float
    label_w: float
    value_w: float
    row_pad: float
    header_h: float
    rows: list[float]
    footer_h: float
    scale: float
    stacked: list[bool]
    #: Per row, the height of the label and value before a contingent term's sentence (0: none).
    mains: list[float] = field(default_factory=list)
    #: Per font, the width of the cards' own words (:meth:`CardRenderer._sample`) where measured.
    advances: dict[str, float] = field(default_factory=dict)

    @property
    def body_h(self) -> float:
        return self.header_h + sum(self.rows) + self.footer_h


class CardRenderer:
    """Paints a :class:`CardSet` in one of the :data:`LAYOUTS`."""

    def __init__(self, cards: CardSet, layout: str = DEFAULT_LAYOUT, style: CardStyle = STYLE) -> None:
        if not cards.cards:
            raise ValueError(tr("no cards to print"))
        self.cards = cards
        self.layout = layout_for(layout)
        self.style = style
        self._geometry_cache: dict[str, _Geometry] = {}

    # -- PageSource -------------------------------------------------------------------------
    @property
    def has_backs(self) -> bool:
        return bool(self.cards.reverse_title)

    def page_count(self) -> int:
        n = len(self.cards.cards)
        return -(-n // self.layout.per_page) * (2 if self.has_backs else 1)

    def is_back(self, index: int) -> bool:
        """Page ``index`` holds card reverses (every second page of a set with reverses)."""
        return self.has_backs and index % 2 == 1

    def page_size_mm(self) -> QSizeF:
        return QSizeF(*self.layout.page_mm)

    def page_layout(self) -> QPageLayout:
        return page_layout(QPageSize(self.layout.page_size), self.layout.landscape)

    def pdf_info(self) -> PdfInfo:
        # Neutral on purpose: the other side reads this; it names them and us, nothing more.
        return PdfInfo(title=self.cards.document_title, author=self.cards.our_organisation)

    def cards_on_page(self, index: int) -> list[Card]:
        """The cards printed on page ``index``, left to right (a page of backs: mirrored)."""
        k = self.layout.per_page
        sheet = index // 2 if self.has_backs else index
        cards = list(self.cards.cards[sheet * k:(sheet + 1) * k])
        return cards[::-1] if self.is_back(index) else cards

    def paint_page(self, painter: QPainter, index: int, target: QRectF) -> None:
        if not 0 <= index < self.page_count():
            raise IndexError(f"page {index + 1} of {self.page_count()}")
        frame = Frame.fit(painter, self.page_size_mm(), target)
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.fillRect(frame.rect(0, 0, *self.layout.page_mm), QColor("white"))
            cards = self.cards_on_page(index)
            cw, ch = self.layout.card_mm
            x0 = (self.layout.page_mm[0] - cw * len(cards)) / 2
            geo = self._geometry(painter, frame)
            if self.is_back(index):  # mirrored: the last card's back lies at the right edge of the sheet
                x0 = self.layout.page_mm[0] - x0 - cw * len(cards)
            paint = self._paint_back if self.is_back(index) else self._paint_card
            for k, card in enumerate(cards):
                paint(painter, frame, geo, card, frame.rect(x0 + k * cw, 0, cw, ch))
            if self.layout.per_page > 1:
                self._paint_cut_marks(painter, frame, [x0 + k * cw for k in range(len(cards) + 1)])
        finally:
            painter.restore()

    # -- geometry ---------------------------------------------------------------------------
    #: Layout decisions (type size, stacked rows, row heights) are taken once, at this
    #: resolution, and then scaled to the device: the preview, the PNG, the PDF and the printer
    #: break lines and size type identically.
    REFERENCE_DPI = 600.0

    def _reference(self) -> _Geometry:
        hit = self._geometry_cache.get("reference")
        if hit is not None:
            return hit
        dev = QImage(8, 8, QImage.Format.Format_RGB32)
        dpm = round(self.REFERENCE_DPI / MM_PER_INCH * 1000)
        dev.setDotsPerMeterX(dpm)
        dev.setDotsPerMeterY(dpm)
        frame = Frame(0.0, 0.0, self.REFERENCE_DPI / MM_PER_INCH, 1.0)  # points are points here
        cw, ch = self.layout.card_mm
        base = min(cw / 99.0, ch / 210.0 * 1.25)
        base = max(0.85, min(base, 1.35))
        scale = base
        geo = self._measure(dev, frame, scale)
        # Shrink until the rows fit the card (many issues on a small card), down to 55 %.
        while geo.body_h > frame.px(ch) and scale > base * 0.55:
            scale *= 0.93
            geo = self._measure(dev, frame, scale)
        # A few terms on a tall card: larger type, then rows that breathe (within limits).
        while geo.body_h < 0.7 * frame.px(ch) and scale < base * 1.25:
            bigger = self._measure(dev, frame, scale * 1.05)
            if bigger.body_h > 0.7 * frame.px(ch):
                break
            scale, geo = scale * 1.05, bigger
        spare = frame.px(ch) - geo.body_h
        if spare > 0 and geo.rows:
            extra = min(spare * 0.5 / len(geo.rows), frame.px(4.5 * scale))
            geo.rows = [h + extra for h in geo.rows]
            geo.row_pad += extra / 2
        sample = self._sample()
        geo.advances = {key: QFontMetricsF(geo.fonts[key], dev).horizontalAdvance(sample) for key in _COLUMN_FONTS}
        geo.fonts = {}  # fonts belong to a device; the reference keeps only lengths
        self._geometry_cache["reference"] = geo
        return geo

    def _geometry(self, painter: QPainter, frame: Frame) -> _Geometry:
        ref = self._reference()
        k = frame.px_per_mm / (self.REFERENCE_DPI / MM_PER_INCH)
        return _Geometry(self._fitted_fonts(painter, frame, ref, k), ref.pad * k, ref.width * k, ref.label_w * k,
                         ref.value_w * k, ref.row_pad * k, ref.header_h * k, [h * k for h in ref.rows],
                         ref.footer_h * k, ref.scale, list(ref.stacked), [h * k for h in ref.mains])

    def _sample(self) -> str:
        """The cards' labels and values in one line: what the fonts are measured by."""
        cs = self.cards
        return " ".join([*cs.issue_labels, *(t.value for c in cs.cards for t in c.terms)])

    def _fitted_fonts(self, painter: QPainter, frame: Frame, ref: _Geometry, k: float) -> dict[str, QFont]:
        """The fonts for ``painter``'s device, no wider than the reference layout scaled by ``k``.

        A font at a low resolution is not the 600-dpi font scaled: its pixel size is rounded (11.6
        px is set at 12), so on the screen preview a German label came out 3 % wider than its
        column and lost its last letter. Such a font is set a little smaller, to the width the
        layout measured. Only the fonts of the two columns, which must fit their width: the lines
        across the card have room to wrap, and a smaller size there would only look smaller."""
        fonts = self._fonts(frame, ref.scale)
        sample = self._sample()
        for key in _COLUMN_FONTS:
            font = fonts[key]
            want = ref.advances.get(key, 0.0) * k
            for _ in range(4):  # a size is rounded again: a step or two below the ratio
                got = QFontMetricsF(font, painter.device()).horizontalAdvance(sample)
                if want <= 0 or got <= want:
                    break
                font.setPointSizeF(font.pointSizeF() * want / got * 0.995)
        return fonts

    def _fonts(self, frame: Frame, scale: float) -> dict[str, QFont]:
        s = self.style
        return {
            "org": _font(frame.pt(s.org_pt * scale), QFont.Weight.DemiBold),
            "title": _font(frame.pt(s.title_pt * scale), QFont.Weight.Bold),
            "to": _font(frame.pt(s.to_pt * scale)),
            "label": _font(frame.pt(s.label_pt * scale)),
            "value": _font(frame.pt(s.value_pt * scale)),
            "value_bold": _font(frame.pt(s.value_pt * scale), QFont.Weight.Bold),
            "note": _font(frame.pt(s.note_pt * scale)),
            "condition": _font(frame.pt(s.condition_pt * scale)),
            "line": _font(frame.pt(s.line_pt * scale), italic=True),
            "small": _font(frame.pt(s.small_pt * scale)),
            "valid": _font(frame.pt(s.small_pt * scale), QFont.Weight.DemiBold),
            "badge": _font(frame.pt(13.0 * scale), QFont.Weight.Bold),
        }

    def _measure(self, dev, frame: Frame, scale: float) -> _Geometry:
        cw, _ = self.layout.card_mm
        f = self._fonts(frame, scale)
        m = {k: QFontMetricsF(v, dev) for k, v in f.items()}
        pad = frame.px(max(8.0, cw * 0.09))
        width = frame.px(cw) - 2 * pad
        cs = self.cards
        labels = cs.issue_labels
        # Columns: values get what they need on one line (right-aligned); labels get the rest,
        # between 38 and 62 % of the card. A row whose value still would not fit on one line
        # is stacked: the label on its line, the value under it across the full width.
        gap = frame.px(3)

        def value_w_of(card: Card, k: int) -> float:
            t = card.terms[k]
            return m["value_bold" if t.differs else "value"].horizontalAdvance(t.value)

        widest_label = max((m["label"].horizontalAdvance(x) for x in labels), default=0.0)
        fitting = sorted(value_w_of(c, k) for c in cs.cards for k in range(len(labels)))
        # Leave out the longest values (they will stack) when they would squeeze every label.
        value_need = max((v for v in fitting if v <= width * 0.62), default=width * 0.38)
        label_w = max(width * 0.38, min(width * 0.62, width - value_need - gap, widest_label + gap))
        value_w = width - label_w
        row_pad = frame.px(2.3 * scale)
        flags = int(Qt.TextFlag.TextWordWrap)

        def text_h(font_key: str, text: str, w: float) -> float:
            if not text:
                return 0.0
            return m[font_key].boundingRect(QRectF(0, 0, w, 1e6), flags, text).height()

        rows, stacked, mains = [], [], []
        for k, label in enumerate(labels):
            h = text_h("label", label, label_w - frame.px(2))
            note = cs.cards[0].terms[k].note
            if note:
                h += frame.px(0.6) + text_h("note", note, label_w - frame.px(2))
            stack = any(value_w_of(c, k) > value_w + 0.5 for c in cs.cards)
            vh = 0.0
            for card in cs.cards:
                t = card.terms[k]
                vh = max(vh, text_h("value_bold" if t.differs else "value", t.value, width if stack else value_w))
            h = h + frame.px(1.0) + vh if stack else max(h, vh)
            # A contingent term's sentence under the term, across the card (as tall as the
            # longest on any card, so the rows stay on the same lines).
            ch = max((text_h("condition", c.terms[k].condition, width) for c in cs.cards), default=0.0)
            mains.append(h)
            if ch:
                h += frame.px(1.2 * scale) + ch
            rows.append(h + 2 * row_pad)
            stacked.append(stack)
        top = frame.px(11.0 * scale)
        header = top + m["org"].height() + frame.px(2.5 * scale) + m["title"].height()
        if cs.to_line:
            header += frame.px(0.8 * scale) + text_h("to", cs.to_line, width)
        if cs.subject:
            header += frame.px(0.5 * scale) + text_h("to", cs.subject, width)
        header += frame.px(7.5 * scale)
        footer = frame.px(6.0 * scale) + text_h("line", cs.presentation, width)
        companions = max((text_h("small", c.companions_line, width) for c in cs.cards), default=0.0)
        if companions:
            footer += frame.px(1.5 * scale) + companions
        if cs.valid_until_line:
            footer += frame.px(1.2 * scale) + m["valid"].height()
        footer += frame.px(9.0 * scale)
        return _Geometry(f, pad, width, label_w, value_w, row_pad, header, rows, footer, scale, stacked, mains)

    # -- painting ---------------------------------------------------------------------------
    def _paint_card(self, p: QPainter, frame: Frame, g: _Geometry, card: Card, rect: QRectF) -> None:
        s, cs = self.style, self.cards
        f = g.fonts
        left = rect.left() + g.pad
        right = rect.right() - g.pad
        y = rect.top() + frame.px(11.0 * g.scale)
        wrap = int(Qt.TextFlag.TextWordWrap)

        def text(font: str, color: str, x: float, top: float, w: float, value: str,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> float:
            p.setFont(f[font])
            p.setPen(QColor(color))
            r = p.boundingRect(QRectF(x, top, w, 1e6), wrap | int(align) | int(Qt.AlignmentFlag.AlignTop), value)
            p.drawText(QRectF(x, top, w, r.height() + 1), wrap | int(align) | int(Qt.AlignmentFlag.AlignTop), value)
            return r.height()

        # Header: our organisation, the option, the counterpart; a badge with the letter.
        badge = frame.px(10.5 * g.scale)
        org_h = QFontMetricsF(f["org"], p.device()).height()
        if cs.from_line:  # one line (the header's height counts one): a long name is elided
            org_w = g.width - badge - frame.px(2)
            org = QFontMetricsF(f["org"], p.device()).elidedText(cs.from_line, Qt.TextElideMode.ElideRight, org_w)
            text("org", s.muted, left, y, org_w, org)
        y += org_h + frame.px(2.5 * g.scale)
        title_top = y
        title_h = text("title", s.ink, left, y, g.width - badge - frame.px(2), card.title)
        y += title_h
        bc = QPointF(right - badge / 2, title_top + title_h / 2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(s.accent))
        p.drawEllipse(bc, badge / 2, badge / 2)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setFont(f["badge"])
        p.setPen(QColor("white"))
        p.drawText(QRectF(bc.x() - badge / 2, bc.y() - badge / 2, badge, badge), int(Qt.AlignmentFlag.AlignCenter),
                   card.letter)
        if cs.to_line:
            y += frame.px(0.8 * g.scale)
            y += text("to", s.muted, left, y, g.width, cs.to_line)
        if cs.subject:
            y += frame.px(0.5 * g.scale)
            y += text("to", s.ink, left, y, g.width, cs.subject)
        y = rect.top() + g.header_h
        # Accent rule, then the terms.
        p.setPen(QPen(QColor(s.accent), frame.line(1.1)))
        p.drawLine(QPointF(left, y - frame.px(3.8 * g.scale)), QPointF(right, y - frame.px(3.8 * g.scale)))
        hair = QPen(QColor(s.rule), frame.line(0.5))
        for k, term in enumerate(card.terms):
            h = g.rows[k]
            ly = y + g.row_pad
            lh = text("label", s.muted, left, ly, g.label_w - frame.px(2), term.label)
            if term.note:
                text("note", s.faint, left, ly + lh + frame.px(0.6), g.label_w - frame.px(2), term.note)
            vfont = "value_bold" if term.differs else "value"
            if g.stacked[k]:
                label_h = lh + (frame.px(0.6) + QFontMetricsF(f["note"], p.device()).boundingRect(
                    QRectF(0, 0, g.label_w - frame.px(2), 1e6), wrap, term.note).height() if term.note else 0.0)
                text(vfont, s.ink, left, ly + label_h + frame.px(1.0), g.width, term.value, Qt.AlignmentFlag.AlignRight)
            else:
                text(vfont, s.ink, left + g.label_w, ly, g.value_w, term.value, Qt.AlignmentFlag.AlignRight)
            if term.condition:
                text("condition", s.muted, left, ly + g.mains[k] + frame.px(1.2 * g.scale), g.width, term.condition)
            y += h
            if k < len(card.terms) - 1:
                p.setPen(hair)
                p.drawLine(QPointF(left, y), QPointF(right, y))
        p.setPen(QPen(QColor(s.rule), frame.line(0.8)))
        p.drawLine(QPointF(left, y), QPointF(right, y))
        # Footer, anchored to the bottom of the card so that every card ends the same way.
        y = max(y + frame.px(6.0 * g.scale), rect.bottom() - g.footer_h + frame.px(6.0 * g.scale))
        y += text("line", s.ink, left, y, g.width, cs.presentation)
        if card.companions_line:
            y += frame.px(1.5 * g.scale)
            y += text("small", s.muted, left, y, g.width, card.companions_line)
        if cs.valid_until_line:
            y += frame.px(1.2 * g.scale)
            text("valid", s.accent, left, y, g.width, cs.valid_until_line)

    def _paint_back(self, p: QPainter, frame: Frame, g: _Geometry, card: Card, rect: QRectF) -> None:
        """A card's reverse: the heading, the option, its talking points as a short list."""
        s, f = self.style, g.fonts
        left = rect.left() + g.pad
        y = rect.top() + frame.px(11.0 * g.scale)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)

        def text(font: str, color: str, x: float, top: float, w: float, value: str) -> float:
            p.setFont(f[font])
            p.setPen(QColor(color))
            r = p.boundingRect(QRectF(x, top, w, 1e6), flags, value)
            p.drawText(QRectF(x, top, w, r.height() + 1), flags, value)
            return r.height()

        y += text("title", s.ink, left, y, g.width, self.cards.reverse_title)
        y += frame.px(1.0 * g.scale)
        y += text("to", s.muted, left, y, g.width, card.title)
        y += frame.px(3.0 * g.scale)
        p.setPen(QPen(QColor(s.accent), frame.line(1.1)))
        p.drawLine(QPointF(left, y), QPointF(rect.right() - g.pad, y))
        y += frame.px(4.0 * g.scale)
        bullet = frame.px(4.0 * g.scale)
        for line in card.reverse:
            text("value", s.accent, left, y, bullet, "•")
            y += text("value", s.ink, left + bullet, y, g.width - bullet, line) + frame.px(3.0 * g.scale)

    def _paint_cut_marks(self, p: QPainter, frame: Frame, xs: list[float]) -> None:
        """Short ticks at the top and bottom edge where the page is cut (outside the text)."""
        ph = self.layout.page_mm[1]
        p.setPen(QPen(QColor(self.style.cut), frame.line(0.5)))
        for x in xs:
            if 0.5 < x < self.layout.page_mm[0] - 0.5:
                p.drawLine(QPointF(frame.x(x), frame.y(0)), QPointF(frame.x(x), frame.y(6)))
                p.drawLine(QPointF(frame.x(x), frame.y(ph - 6)), QPointF(frame.x(x), frame.y(ph)))


# -- convenience: plan + packages → file ----------------------------------------------------------
def renderer_for(plan, packages, layout: str = DEFAULT_LAYOUT, valid_until: date | None = None,
                 **card_options) -> CardRenderer:
    return CardRenderer(card_set(plan, packages, valid_until=valid_until, **card_options), layout)


def export_cards_pdf(plan, packages, path: str | os.PathLike, layout: str = DEFAULT_LAYOUT,
                     valid_until: date | None = None, **card_options) -> Path:
    """Write the cards for ``packages`` (lettered A, B, C … in order) to a PDF.

    Raises :class:`~meso_desk.model.documents.cards.CardError` when a package may not be offered
    (its :class:`~meso_desk.model.documents.cards.RevealError` when one would show our hand: pass
    ``allow_revealing=True`` only after the user confirmed) and
    :class:`~meso_desk.app.printing.pages.ExportError` when the file cannot be written.
    Needs a QGuiApplication (or QApplication).
    """
    return write_pdf(renderer_for(plan, packages, layout, valid_until, **card_options), path)


def export_cards_png(plan, packages, path: str | os.PathLike, layout: str = DEFAULT_LAYOUT,
                     valid_until: date | None = None, dpi: float = 200.0, **card_options) -> list[Path]:
    """Write the cards as PNG: ``path`` for one page, ``name-1.png``, ``name-2.png`` … for several."""
    return write_png(renderer_for(plan, packages, layout, valid_until, **card_options), path, dpi)
