"""The internal briefing sheet renderer (PDF, PNG, printer, preview) — marked INTERNAL on every page.

The content comes from :mod:`meso_desk.model.documents.briefing`; here it is typeset with a
QTextDocument (tables, wrapping, page breaks) laid out once at a fixed resolution, so the
preview, the PDF, the PNG and the printer break pages in the same places. A red header and
footer saying INTERNAL are painted on every page, outside the flowing text.
"""

from __future__ import annotations

import os
import re
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTextTable,
)

from ...model.documents.briefing import Briefing, briefing
from ...model.documents.document_language import plan_language
from ...model.language import QT_TR_NOOP, current_language, number, speaking, tr
from ...model.wording import format_date
from .card_painter import FONT_FAMILIES
from .pages import MM_PER_INCH, Frame, PdfInfo, page_layout, write_pdf, write_png

PAPERS = {
    "a4": (QPageSize.PageSizeId.A4, (210.0, 297.0)),
    "letter": (QPageSize.PageSizeId.Letter, (215.9, 279.4)),
}
#: Layout resolution of the flowing text (device independent page breaks).
LAYOUT_DPI = 300.0
MARGIN_X = 18.0
MARGIN_TOP = 24.0
MARGIN_BOTTOM = 20.0
RED = "#b3261e"
INK = "#1c232b"
MUTED = "#5d6974"
ACCENT = "#1f4e79"


def paper_for_layout(layout: str) -> str:
    """The briefing's paper for a card layout: Letter with ``letter-3up``, A4 otherwise."""
    return "letter" if layout.startswith("letter") else "a4"


def _font(pt: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(FONT_FAMILIES)
    f.setPointSizeF(pt)
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


class BriefingRenderer:
    """Paints a :class:`Briefing` on A4 or Letter pages.

    Subclasses reuse it for other INTERNAL documents (the debrief): ``html()`` gives the
    flowing text and ``footer_name`` the document's name in the footer; the content needs
    ``document_title``, ``internal_banner``, ``title``, ``our_organisation`` and ``prepared``.
    """

    #: The document's name in the footer ("MESO Desk briefing · prepared …"), in English:
    #: painted as ``tr(footer_name)`` in the document's language.
    footer_name = QT_TR_NOOP("MESO Desk briefing")

    def html(self) -> str:
        return briefing_html(self.content)

    def __init__(self, content: Briefing, paper: str = "a4", language: str | None = None) -> None:
        """``language``: the document's (default: the content's own, else the language spoken
        now) — the pages speak it whatever the window speaks."""
        if paper not in PAPERS:
            raise ValueError(tr("unknown paper {paper!r}; choose a4 or letter").format(paper=paper))
        self.content = content
        self.paper = paper
        self.language = language or getattr(content, "language", None) or current_language()
        with speaking(self.language):
            self._lay_out()

    def _lay_out(self) -> None:
        self._size_id, self._page_mm = PAPERS[self.paper]
        self._layout_device = QImage(8, 8, QImage.Format.Format_RGB32)
        dpm = round(LAYOUT_DPI / MM_PER_INCH * 1000)
        self._layout_device.setDotsPerMeterX(dpm)
        self._layout_device.setDotsPerMeterY(dpm)
        self._doc = QTextDocument()
        self._doc.documentLayout().setPaintDevice(self._layout_device)
        self._doc.setDocumentMargin(0)
        self._doc.setDefaultFont(_font(9.2))
        self._doc.setDefaultStyleSheet(_CSS)
        self._body_mm = (self._page_mm[0] - 2 * MARGIN_X, self._page_mm[1] - MARGIN_TOP - MARGIN_BOTTOM)
        html = self.html()
        for _ in range(MAX_TABLE_SPLITS + 1):
            self._doc.setHtml(html)
            self._doc.setPageSize(QSizeF(self._lu(self._body_mm[0]), self._lu(self._body_mm[1])))
            self._keep_words_whole()
            self._keep_headings_with_text()
            cut = self._straddling_row()
            split = _split_table(html, *cut) if cut is not None else html
            if split == html:
                break
            html = split

    def _straddling_row(self) -> tuple[int, int] | None:
        """The first table row that the foot of a page cuts in two, as (table, row) in document
        order — Qt splits a row's cells line by line ("EUR 85,000 –" on one page, "EUR 96,000"
        on the next); a row taller than a page is left to it."""
        page_h = self._doc.pageSize().height()
        layout = self._doc.documentLayout()
        tables = [f for f in self._doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
        for t, table in enumerate(tables):
            for row in range(table.rows()):
                rects = []
                for c in range(table.columns()):
                    cell = table.cellAt(row, c)
                    b, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
                    while b.isValid():
                        rects.append(layout.blockBoundingRect(b))
                        if b == last:
                            break
                        b = b.next()
                rects = [r for r in rects if r.height() > 0]
                if not rects:
                    continue
                top, bottom = min(r.top() for r in rects), max(r.bottom() for r in rects)
                if bottom - top < page_h and int(top // page_h) != int((bottom - 1) // page_h):
                    return t, row
        return None

    def _keep_words_whole(self) -> None:
        """Break lines only between words. Qt's default also breaks inside a word, and a table
        then squeezes a column below its longest word: the German debrief's first header printed
        as "Verhandlungspun" / "kt". Only when a word is wider than the page itself (the page
        would cut it off) is a break inside a word allowed again."""
        option = self._doc.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self._doc.setDefaultTextOption(option)
        # (the layout rounds its width up to a whole unit)
        if self._doc.documentLayout().documentSize().width() > self._doc.pageSize().width() + 1:
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            self._doc.setDefaultTextOption(option)

    def _keep_headings_with_text(self, keep_mm: float = 28.0) -> None:
        """Move a section heading that would sit at the foot of a page to the next page."""
        page_h = self._doc.pageSize().height()
        keep = self._lu(keep_mm)
        layout = self._doc.documentLayout()
        block = self._doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                r = layout.blockBoundingRect(block)
                room = page_h - (r.top() % page_h)
                if room < keep and r.top() % page_h > 1:
                    cursor = QTextCursor(block)
                    fmt = block.blockFormat()
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    cursor.setBlockFormat(fmt)
            block = block.next()

    @staticmethod
    def _lu(mm: float) -> float:
        return mm / MM_PER_INCH * LAYOUT_DPI

    # -- PageSource -------------------------------------------------------------------------
    def page_count(self) -> int:
        return max(1, self._doc.pageCount())

    def page_size_mm(self) -> QSizeF:
        return QSizeF(*self._page_mm)

    def page_layout(self) -> QPageLayout:
        return page_layout(QPageSize(self._size_id), False)

    def pdf_info(self) -> PdfInfo:
        with speaking(self.language):
            return PdfInfo(title=self.content.document_title, author=self.content.our_organisation)

    def paint_page(self, painter: QPainter, index: int, target: QRectF) -> None:
        if not 0 <= index < self.page_count():
            raise IndexError(f"page {index + 1} of {self.page_count()}")
        frame = Frame.fit(painter, self.page_size_mm(), target)
        pw, ph = self._page_mm
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.fillRect(frame.rect(0, 0, pw, ph), QColor("white"))
            with speaking(self.language):
                self._paint_margins(painter, frame, index)
            # The flowing text: layout units → device pixels.
            k = frame.px_per_mm / (LAYOUT_DPI / MM_PER_INCH)
            bw, bh = self._lu(self._body_mm[0]), self._lu(self._body_mm[1])
            painter.translate(frame.x(MARGIN_X), frame.y(MARGIN_TOP))
            painter.scale(k, k)
            painter.translate(0, -index * bh)
            self._doc.drawContents(painter, QRectF(0, index * bh, bw, bh))
        finally:
            painter.restore()

    def _paint_margins(self, p: QPainter, frame: Frame, index: int) -> None:
        c = self.content
        pw, ph = self._page_mm
        left, right = MARGIN_X, pw - MARGIN_X
        red = QColor(RED)
        # Header: a red band with INTERNAL, the title on the right.
        p.fillRect(frame.rect(0, 0, pw, 3.2), red)
        p.setFont(_font(frame.pt(8.5), bold=True))
        p.setPen(red)
        top = frame.rect(left, 8.0, right - left, 7.0)
        p.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), c.internal_banner)
        banner_w = p.fontMetrics().horizontalAdvance(c.internal_banner)
        p.setFont(_font(frame.pt(8.0)))
        p.setPen(QColor(MUTED))
        # the title gets what the banner leaves (a longer banner in German must not run into it)
        room = max(0.0, top.width() - banner_w - frame.px(5.0))
        title = p.fontMetrics().elidedText(_elide(c.title, 60), Qt.TextElideMode.ElideRight, round(room))
        p.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), title)
        p.setPen(QPen(red, frame.line(0.6)))
        p.drawLine(QPointF(frame.x(left), frame.y(16.0)), QPointF(frame.x(right), frame.y(16.0)))
        # Footer: INTERNAL again (a page that lost its header still says it), page numbers.
        p.setPen(QPen(QColor("#d9dee3"), frame.line(0.5)))
        p.drawLine(QPointF(frame.x(left), frame.y(ph - 13.0)), QPointF(frame.x(right), frame.y(ph - 13.0)))
        bottom = frame.rect(left, ph - 12.0, right - left, 6.0)
        p.setFont(_font(frame.pt(7.5), bold=True))
        p.setPen(red)
        p.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                   tr("INTERNAL — do not hand over"))
        p.setFont(_font(frame.pt(7.5)))
        p.setPen(QColor(MUTED))
        p.drawText(bottom, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                   tr("{document} · prepared {date} · page {page} of {pages}").format(
                       document=tr(self.footer_name), date=format_date(c.prepared), page=index + 1,
                       pages=self.page_count()))


#: At most this many tables are cut at a page's foot in one document (each cut lays it out again).
MAX_TABLE_SPLITS = 6


def _split_table(html: str, table: int, row: int) -> str:
    """``html`` with its ``table``-th table cut before row ``row``: the rest starts on a new page
    under its header again (the first rows cut: the whole table starts on the new page)."""
    starts = [m.start() for m in re.finditer(r"<table\b", html)]
    if table >= len(starts):
        return html
    start = starts[table]
    open_end = html.index(">", start) + 1
    end = html.find("</table>", open_end)
    body = html[open_end:end if end >= 0 else len(html)]
    head = re.search(r"<thead>.*?</thead>", body, re.S)
    rows = [m.start() for m in re.finditer(r"<tr\b", body)]
    opening = html[start:open_end]
    broken = (opening.replace("style='", "style='page-break-before: always; ", 1) if "style='" in opening
              else opening[:-1] + " style='page-break-before: always'>")
    n_head = len(re.findall(r"<tr\b", head.group(0))) if head else 0
    if row <= n_head or row >= len(rows):
        return html[:start] + broken + html[open_end:] if "page-break-before" not in opening else html
    at = open_end + rows[row]
    return html[:at] + "</table>" + broken + (head.group(0) if head else "") + html[at:]


def _elide(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _px(mm: float) -> int:
    """Rich-text CSS pixels are 1/96 inch (Qt scales them to the layout device): mm → px."""
    return max(1, round(mm / MM_PER_INCH * 96))


_CSS = f"""
h1 {{ font-size: 15pt; font-weight: bold; color: {INK}; margin-top: 0px; margin-bottom: {_px(1)}px; }}
h2 {{ font-size: 11pt; font-weight: bold; color: {ACCENT}; margin-top: {_px(6)}px; margin-bottom: {_px(1.8)}px; }}
p {{ margin-top: 0px; margin-bottom: {_px(1.2)}px; color: {INK}; }}
ul {{ margin-top: 0px; margin-bottom: 0px; margin-left: {_px(1)}px; }}
li {{ margin-bottom: {_px(1)}px; color: {INK}; }}
.muted {{ color: {MUTED}; }}
.warn {{ color: {RED}; font-weight: bold; }}
th {{ color: {MUTED}; font-weight: bold; text-align: left; background-color: #f2f5f8; }}
td {{ border-bottom-width: 1px; border-bottom-style: solid; border-bottom-color: #d9dee3; }}
"""
_TABLE = (f"<table width='100%' cellspacing='0' cellpadding='{_px(1.0)}' "
          f"style='border-collapse: collapse; border-color: #d9dee3; border-style: solid; border-width: 0px; "
          f"margin-top: {_px(1)}px; margin-bottom: {_px(1.5)}px;'>")


def _e(x: object) -> str:
    return escape(str(x), quote=False)


def _num(x: float, decimals: int) -> str:
    """A number alone in a cell, written the document's way (``70.5`` / ``70,5``)."""
    return number(x, decimals, grouping=False)


def _set_html(b: Briefing) -> list[str]:
    """The set: level, spread, reservation, and the options side by side."""
    h: list[str] = []
    h.append("<h2>" + _e(tr("The set", "briefing heading")) + "</h2>")
    h.append("<p>" + tr("Level <b>{level:.1f} points</b> ({source}) · spread {spread:.1f} points · "
                        "reservation <b>{reservation:.1f}</b> · aspiration {aspiration:.1f}").format(
        level=b.level, source=_e(b.level_source), spread=b.spread, reservation=b.reservation,
        aspiration=b.aspiration) + "</p>")
    head = "".join(f"<th align='right'>{_e(o.letter)}</th>" for o in b.options)
    h.append(f"{_TABLE}<thead><tr><th>" + _e(tr("Issue", "column")) + f"</th>{head}</tr></thead>")
    for k, label in enumerate(b.issue_labels):
        cells = "".join(f"<td align='right'>{_e(o.terms[k])}</td>" for o in b.options)
        h.append(f"<tr><td>{_e(label)}</td>{cells}</tr>")
    pts = "".join(f"<td align='right'><b>{_num(o.points, 1)}</b></td>" for o in b.options)
    h.append("<tr><td><b>" + _e(tr("Our points")) + f"</b></td>{pts}</tr>")
    if any(o.their_value is not None for o in b.options):
        tv = "".join(f"<td align='right'>{'' if o.their_value is None else _num(o.their_value, 0)}</td>"
                     for o in b.options)
        h.append("<tr><td>" + _e(tr("Their value (estimate)")) + f"</td>{tv}</tr>")
    for label, cells in b.option_rows:  # total cost, left on the table for them (internal only)
        h.append(f"<tr><td>{_e(label)}</td>{''.join(f'<td align=right>{_e(c)}</td>' for c in cells)}</tr>")
    names = "".join(f"<td align='right' class='muted'>{_e(o.name)}</td>" for o in b.options)
    h.append("<tr><td class='muted'>" + _e(tr("Package in the plan")) + f"</td>{names}</tr>")
    h.append("</table>")
    if b.batna:
        h.append("<p>" + tr("<b>BATNA:</b> {batna} (reservation value {reservation:.1f} points)").format(
            batna=_e(b.batna), reservation=b.reservation) + "</p>")
    for w in b.warnings:
        h.append(f"<p class='warn'>{_e(w)}</p>")
    return h


def _contingent_html(b: Briefing) -> list[str]:
    """The contingent terms: per clause the card's sentence, both forecasts with their sources,
    our expected points and their 10–90 % spread, the bet, and how it will be measured."""
    if not b.contingent:
        return []
    h = ["<h2>" + _e(tr("Contingent terms", "briefing heading")) + "</h2>",
         "<p class='muted'>" + _e(tr("Terms marked * in the set are contingent: the set shows the term that applies "
                                     "when the clause does not bite, and our points are expected values under our "
                                     "forecast. The sentence is what the card says; the forecasts never go on a "
                                     "card.")) + "</p>"]
    for c in b.contingent:
        h.append("<p><b>" + tr("Option {letter} · {issue}:", "a contingent term").format(
            letter=_e(c.letter), issue=_e(c.issue)) + f"</b> <i>{_e(c.sentence)}</i></p>")
        rows = [(tr("Event"), c.event), (tr("Our forecast"), c.ours), (tr("Their forecast"), c.theirs),
                (tr("Option {letter}, our points").format(letter=c.letter), c.spread_text),
                (tr("The bet"), c.bet_text)]
        h.append(_TABLE)
        for label, text in rows:
            h.append(f"<tr><td width='22%' class='muted'>{_e(label)}</td><td>{_e(text)}</td></tr>")
        if c.measured:
            cls = "" if c.verifiable else " class='warn'"
            h.append("<tr><td class='muted'>" + _e(tr("Verification")) + f"</td><td{cls}>{_e(c.measured)}</td></tr>")
        if c.warning:
            h.append("<tr><td class='muted'>" + _e(tr("Warning")) + f"</td><td class='warn'>{_e(c.warning)}</td></tr>")
        h.append("</table>")
    return h


def _concessions_html(b: Briefing) -> list[str]:
    """The order of concessions: least important issue first."""
    h: list[str] = []
    h.append("<h2>" + _e(tr("Order of concessions")) + "</h2>")
    h.append("<p class='muted'>" + _e(tr("Concede first what matters least to us; hold the last rows longest.")) + "</p>")
    h.append(f"{_TABLE}<thead><tr><th>#</th><th>" + _e(tr("Issue", "narrow column")) + "</th>"
             "<th align='right'>" + _e(tr("Weight", "column")) + "</th><th>" + _e(tr("In the set")) + "</th>"
             "<th>" + _e(tr("One step")) + "</th><th align='right'>" + _e(tr("Costs us")) + "</th>"
             "<th align='right'>" + _e(tr("Worth to us")) + "</th><th>" + _e(tr("Never", "column")) + "</th></tr></thead>")
    for k, c in enumerate(b.concessions, 1):
        if c.numeric and c.exhausted:
            step, cost = c.step, tr("nothing left")
        elif c.numeric:
            step, cost = c.step, tr("{points:.2f} points").format(points=c.step_points)
        else:
            step = tr("order {order}").format(order=c.step)
            cost = tr("up to {points:.1f} points").format(points=c.step_points)
        percent = tr("{weight:.1f} %", "a weight").format(weight=c.weight_percent)
        # an issue's name is never broken inside a word (German names are long: Gewährleistung)
        h.append(f"<tr><td>{k}</td><td style='white-space:nowrap; border-bottom-width: 1px; border-bottom-style: solid; border-bottom-color: #d9dee3'>{_e(c.issue)}</td><td align='right'>{percent}</td>"
                 f"<td>{_e(c.in_set)}</td><td>{_e(step)}</td><td align='right'>{cost}</td>"
                 f"<td align='right'>{_e(c.money or '—')}</td><td>{_e(c.never or '—')}</td></tr>")
    h.append("</table>")
    return h


def _approvals_html(b: Briefing) -> list[str]:
    """The approvals page: who signs what (our approvers and their constituencies × the options),
    then the conditions and beliefs behind it in words."""
    h = ["<h2 style='page-break-before: always'>" + _e(tr("Who must approve (Level II)")) + "</h2>"]
    if b.approval_matrix:
        letters = [o.letter for o in b.options]
        h.append(f"{_TABLE}<thead><tr><th>" + _e(tr("Who", "column")) + "</th>"
                 f"{''.join(f'<th>{_e(x)}</th>' for x in letters)}</tr></thead>")
        for who, cells in b.approval_matrix:
            tds = "".join(f"<td class='warn'>{_e(c)}</td>" if c.startswith("✗") else f"<td>{_e(c)}</td>"
                          for c in cells)
            h.append(f"<tr><td><b>{_e(who)}</b></td>{tds}</tr>")
        h.append("</table>")
    h.append("<ul>")
    h += [f"<li>{_e(x)}</li>" for x in (*b.level_ii, *b.option_approvals)]
    h.append("</ul>")
    return h


def briefing_html(b: Briefing) -> str:
    """The briefing's flowing text as Qt rich-text HTML."""
    with speaking(b.language or current_language()):
        return _briefing_html(b)


def _briefing_html(b: Briefing) -> str:
    h = []
    h.append("<h1>" + _e(tr("Briefing: {title}").format(title=b.title)) + "</h1>")
    who = " ↔ ".join(x for x in (b.our_organisation, b.counterpart) if x)
    prepared = tr("prepared {date}").format(date=format_date(b.prepared))
    h.append(f"<p class='muted'>{_e(who)}{' · ' if who else ''}{_e(prepared)}</p>")

    h += _set_html(b)
    h += _contingent_html(b)

    h.append("<h2>" + _e(tr("What each choice would tell us")) + "</h2><ul>")
    for r in b.readings:
        h.append(f"<li>{_e(r.text)}</li>")
    h.append(f"<li>{_e(b.if_none)}</li></ul>")

    h += _concessions_html(b)

    h.append("<h2>" + _e(tr("Questions to ask")) + "</h2><ul>")
    h += [f"<li>{_e(q)}</li>" for q in b.questions]
    h.append("</ul>")

    h.append("<h2>" + _e(tr("Their priorities (estimate)")) + "</h2>")
    if b.estimate_note:
        h.append(f"<p class='muted'>{_e(b.estimate_note)}</p>")
    if b.estimate:
        h.append(f"{_TABLE}<thead><tr><th>" + _e(tr("Issue", "column")) + "</th>"
                 "<th align='right'>" + _e(tr("Weight", "column")) + "</th>"
                 "<th align='right'>" + _e(tr("80 % range")) + "</th><th align='right'>" + _e(tr("Top issue")) + "</th>"
                 "<th>" + _e(tr("Direction")) + "</th></tr></thead>")
        for e in b.estimate:
            rng = (tr("{low:.0%} – {high:.0%}", "a range").format(low=e.low, high=e.high)
                   if e.low is not None and e.high is not None else "—")
            top = (tr("{share:.0%}", "a share").format(share=e.top_probability)
                   if e.top_probability is not None else "—")
            weight = tr("{share:.0%}", "a share").format(share=e.weight)
            h.append(f"<tr><td>{_e(e.issue)}</td><td align='right'>{weight}</td><td align='right'>{rng}</td>"
                     f"<td align='right'>{top}</td><td>{_e(e.direction or '—')}</td></tr>")
        h.append("</table>")

    if b.rounds:
        h.append("<h2>" + _e(tr("Rounds so far")) + "</h2><ul>")
        h += [f"<li>{_e(r)}</li>" for r in b.rounds]
        h.append("</ul>")

    h += _approvals_html(b)
    h.append("<h2>" + _e(tr("Relationship", "briefing heading")) + "</h2><ul>")
    h += [f"<li>{_e(x)}</li>" for x in b.relationship]
    h.append("</ul>")
    if b.other_notes:
        h.append("<h2>" + _e(tr("Other notes")) + "</h2><ul>")
        h += [f"<li>{_e(x)}</li>" for x in b.other_notes]
        h.append("</ul>")
    return "\n".join(h)


# -- convenience ---------------------------------------------------------------------------------
def export_briefing_pdf(plan, packages, path: str | os.PathLike, paper: str = "a4", level: float | None = None,
                        prepared: date | None = None) -> Path:
    """Write the INTERNAL briefing for offering ``packages`` (lettered A, B, C …) to a PDF, in the
    plan's language."""
    with plan_language(plan):
        return write_pdf(BriefingRenderer(briefing(plan, packages, level=level, prepared=prepared), paper), path)


def export_briefing_png(plan, packages, path: str | os.PathLike, paper: str = "a4", level: float | None = None,
                        dpi: float = 150.0) -> list[Path]:
    with plan_language(plan):
        return write_png(BriefingRenderer(briefing(plan, packages, level=level), paper), path, dpi)
