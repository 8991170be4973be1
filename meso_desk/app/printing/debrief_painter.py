"""The debrief page: the INTERNAL briefing renderer with the debrief's text, fitted to one page.

The content is :class:`~meso_desk.model.deal.debrief.Debrief` (Qt-free); this module only
typesets it — the red INTERNAL header and footer, fonts, tables and page logic are the
briefing's (:class:`~meso_desk.app.printing.briefing_painter.BriefingRenderer`). The page is one
sheet: when the text runs longer (many rounds, long lessons) the body font steps down to
7 pt before a second page is allowed.
"""

from __future__ import annotations

import dataclasses
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSizeF

from ...model.deal.debrief import Debrief, debrief
from ...model.documents.document_language import plan_language
from ...model.language import QT_TR_NOOP, current_language, number, speaking, tr
from ...model.wording import format_date
from .briefing_painter import _TABLE, ACCENT, MUTED, RED, BriefingRenderer, _e, _font
from .pages import write_pdf

#: Body font sizes tried, largest first, to keep the debrief on one page.
FONT_STEPS = (9.2, 8.6, 8.0, 7.5, 7.0)
#: Rounds the page keeps when it must leave older ones out to stay one page.
MIN_ROUNDS = 3
GREEN = "#2e7d4f"
#: Tighter headings than the briefing's: the debrief is one page.
_STYLE = ("<style>h2 { margin-top: 9px; margin-bottom: 3px; } "
          "li { margin-bottom: 1px; } p { margin-bottom: 3px; }</style>")
LIGHT = "#e8edf2"


class DebriefRenderer(BriefingRenderer):
    """Paints a :class:`Debrief` on one A4 or Letter page (more only if it cannot fit)."""

    footer_name = QT_TR_NOOP("MESO Desk debrief")

    def __init__(self, content: Debrief, paper: str = "a4", language: str | None = None) -> None:
        super().__init__(content, paper, language)  # type: ignore[arg-type]
        self.font_pt = FONT_STEPS[0]
        for pt in FONT_STEPS[1:]:
            if self.page_count() <= 1:
                break
            self._relayout(pt)
        # still too long at the smallest size: the oldest rounds give way first (the page says how
        # many are not shown), keeping the last MIN_ROUNDS
        while self.page_count() > 1 and len(self.content.rounds) > MIN_ROUNDS:
            c = self.content
            self.content = dataclasses.replace(c, rounds=c.rounds[1:], earlier_rounds=c.earlier_rounds + 1)
            self._relayout(self.font_pt)

    def _relayout(self, pt: float) -> None:
        self.font_pt = pt
        self._doc.setDefaultFont(_font(pt))
        with speaking(self.language):
            self._doc.setHtml(self.html())
        self._doc.setPageSize(QSizeF(self._lu(self._body_mm[0]), self._lu(self._body_mm[1])))
        self._keep_words_whole()
        self._keep_headings_with_text()

    def html(self) -> str:
        return debrief_html(self.content)  # type: ignore[arg-type]


def _num(x: float, decimals: int) -> str:
    """A number alone in a cell, written the document's way."""
    return number(x, decimals, grouping=False)


def _pct(x: float) -> str:
    """``"35 %"`` (a weight in percent)."""
    return tr("{percent:.0f} %", "a weight").format(percent=x)


def _bar(d: Debrief) -> str:
    """Reservation, agreement and aspiration on the 0–100 scale as one coloured strip."""
    res, asp, a = d.reservation, d.aspiration, d.agreed_points
    marks = sorted({0.0, res, asp, a, 100.0})
    cells = []
    for lo, hi in zip(marks, marks[1:]):
        w = hi - lo
        if w < 0.4:
            continue
        if hi <= res + 1e-9:
            colour = "#f3d6d3"  # below the walk-away
        elif hi <= a + 1e-9:
            colour = GREEN
        elif hi <= asp + 1e-9:
            colour = LIGHT
        else:
            colour = "#ffffff"
        cells.append(f"<td width='{w:.1f}%' bgcolor='{colour}'>&nbsp;</td>")
    strip = ("<table width='100%' cellspacing='0' cellpadding='0' style='border-collapse: collapse; "
             f"border-width: 1px; border-style: solid; border-color: #c4cad0;'><tr>{''.join(cells)}</tr></table>")
    legend = ("<p class='muted'>"
              + tr("{red}■</span> below the walk-away {reservation:.1f} &nbsp; "
                   "{green}■</span> the agreement {agreement:.1f} &nbsp; "
                   "{grey}■</span> up to the aspiration {aspiration:.1f} &nbsp; (0–100 points)").format(
                  red=f"<span style='color:{RED}'>", green=f"<span style='color:{GREEN}'>",
                  grey="<span style='color:#9aa3ab'>", reservation=res, agreement=a, aspiration=asp)
              + "</p>")
    return strip + legend


def _term(text: str) -> str:
    """A term in a cell, kept on one line ("1.000 Stück" broke after its number)."""
    return _e(text).replace(" ", "&nbsp;")


def _contingent_term(term: str, clause: str) -> str:
    """A term in a cell and, when it is contingent, its clause in short on a line under it (as
    the app's tables show a contingent term)."""
    if not clause:
        return term
    kept = _e(clause).replace(" %", "&nbsp;%").replace("≤ ", "≤&nbsp;")  # wraps, but never "10 | %"
    return f"{term}<br/><small style='color:{MUTED}'>↳&nbsp;{kept}</small>"


def _agreement_table(d: Debrief) -> str:
    """The agreed terms per issue: our weight, theirs (estimated), our points, and what we
    had first, the competing quote and the frontier when known; a contingent term (the agreed
    one, the one agreed first) with its clause under it."""
    h: list[str] = []
    prio = {x.issue: x for x in d.priorities}
    cols = ["<th>" + _e(tr("Issue", "column")) + "</th>", "<th align='right'>" + _e(tr("Our weight")) + "</th>",
            "<th align='right'>" + _e(tr("Theirs (est.)")) + "</th>",
            "<th align='right'>" + _e(tr("Agreed", "column")) + "</th>", "<th align='right'>" + _e(tr("Our points")) + "</th>"]
    if d.has_first:
        cols.append("<th align='right'>" + _e(tr("Agreed first")) + "</th>")
    if d.has_batna:
        cols.append("<th align='right'>" + _e(tr("Competing quote")) + "</th>")
    if d.has_frontier:
        cols.append("<th align='right'>" + _e(tr("Frontier")) + "</th>")
    h.append(f"{_TABLE}<thead><tr>{''.join(cols)}</tr></thead>")
    for r in d.rows:
        pr = prio.get(r.issue)
        theirs = "—"
        if pr is not None and pr.theirs is not None:
            theirs = _pct(pr.theirs)
            if pr.low is not None and pr.high is not None:
                theirs += f" <span style='color:{MUTED}'>({_num(pr.low, 0)}–{_num(pr.high, 0)})</span>"
        cells = [f"<td>{_e(r.issue)}</td>", f"<td align='right'>{_pct(pr.ours)}</td>" if pr else "<td></td>",
                 f"<td align='right'>{theirs}</td>",
                 f"<td align='right'>{_contingent_term(f'<b>{_term(r.agreed)}</b>', r.agreed_clause)}</td>",
                 f"<td align='right'>{_num(r.points, 1)}</td>"]
        if d.has_first:
            cells.append(f"<td align='right'>{_contingent_term(_term(r.first), r.first_clause)}</td>")
        if d.has_batna:
            cells.append(f"<td align='right'>{_term(r.batna)}</td>")
        if d.has_frontier:
            style = f" style='color:{ACCENT}'" if r.frontier != r.agreed else f" style='color:{MUTED}'"
            cells.append(f"<td align='right'{style}>{_term(r.frontier)}</td>")
        h.append(f"<tr>{''.join(cells)}</tr>")
    total = ["<td><b>" + _e(tr("Total", "table row")) + "</b></td><td></td><td></td><td></td>",
             f"<td align='right'><b>{_num(d.agreed_points, 1)}</b></td>"]
    if d.has_first:
        total.append(f"<td align='right'>{_num(d.improvement[0], 1)}</td>" if d.improvement else "<td></td>")
    if d.has_batna:
        total.append(f"<td align='right'>{_num(d.batna_points, 1)}</td>" if d.batna_points is not None
                     else "<td></td>")
    if d.has_frontier:
        total.append(f"<td align='right'>{_num(d.agreed_points + d.left.our_gap, 1)}</td>")
    h.append(f"<tr>{''.join(total)}</tr></table>")
    return "\n".join(h)


def _contingent_html(d: Debrief) -> list[str]:
    """The agreed contingent clauses: the outcome, who was right, what the clause did, and our
    points at the outcome against the expected points at signing."""
    if not d.contingent:
        return []
    h = ["<h2>" + _e(tr("Contingent terms", "briefing heading")) + "</h2>", "<ul>"]
    for c in d.contingent:
        h.append(f"<li><b>{_e(c.issue)}:</b> <i>{_e(c.sentence)}</i><br/>")
        if c.resolved:
            h.append(f"<b>{_e(c.outcome)}</b>")
            if c.verdict:
                colour = GREEN if c.closer == "ours" else (RED if c.closer == "theirs" else MUTED)
                h.append(f"<br/><span style='color:{colour}'>{_e(c.verdict)}</span>")
            d_pts = (c.actual_points or 0.0) - c.expected_points
            h.append("<br/>" + tr("Our points of the agreement at this outcome: <b>{actual:.1f}</b> "
                                  "(expected at signing {expected:.1f}, {difference:+.1f}).").format(
                actual=c.actual_points, expected=c.expected_points, difference=d_pts))
        else:
            h.append("<span class='muted'>" + tr("{outcome} Expected at signing: {expected:.1f} points "
                                                 "(our forecast).").format(outcome=_e(c.outcome),
                                                                           expected=c.expected_points)
                     + "</span>")
        h.append("</li>")
    h.append("</ul>")
    return h


def debrief_html(d: Debrief) -> str:
    """The debrief's flowing text as Qt rich-text HTML (the lines of :meth:`Debrief.text`), in
    the debrief's language."""
    with speaking(getattr(d, "language", None) or current_language()):
        return _debrief_html(d)


def _debrief_html(d: Debrief) -> str:
    h = [_STYLE, "<h1>" + _e(tr("Debrief: {title}").format(title=d.title)) + "</h1>"]
    who = " ↔ ".join(x for x in (d.our_organisation, d.counterpart) if x)
    when = tr("agreed {date}").format(date=format_date(d.agreed_on)) if d.agreed_on else tr("agreement undated")
    debriefed = tr("debriefed {date}").format(date=format_date(d.prepared))
    h.append(f"<p class='muted'>{_e(who)}{' · ' if who else ''}{_e(when)} · {_e(debriefed)}</p>")

    h.append("<h2>" + _e(tr("The agreement", "debrief heading")) + "</h2>")
    h.append(f"<p>{_e(d.agreement_line)} <b>{_e(d.standing_line)}</b></p>")
    h.append(_bar(d))
    h.append(_agreement_table(d))
    if d.has_frontier:
        note = tr("Weights: ours as set in the plan; theirs estimated ({basis}), 80 % range in brackets. "
                  "Frontier: the most we could have had at no cost to them (estimate).")
    else:
        note = tr("Weights: ours as set in the plan; theirs estimated ({basis}), 80 % range in brackets.")
    h.append(f"<p class='muted'>{_e(note.format(basis=d.basis))}</p>")
    if d.batna_line:
        h.append(f"<p>{_e(d.batna_line)}</p>")
    h.append(f"<p>{_e(d.their_line)}</p>")
    if d.agreement_notes:
        h.append("<p class='muted'>" + _e(tr("Notes: {notes}").format(notes=d.agreement_notes)) + "</p>")

    h += _contingent_html(d)

    h.append("<h2>" + _e(tr("Value left on the table (estimate)")) + "</h2>")
    h += [f"<p>{_e(x)}</p>" for x in d.left_lines]

    h.append("<h2>" + _e(tr("What each round revealed")) + "</h2>")
    if d.rounds:
        h.append("<ul>")
        if d.earlier_rounds:
            earlier = (tr("{count} earlier round not shown") if d.earlier_rounds == 1
                       else tr("{count} earlier rounds not shown")).format(count=d.earlier_rounds)
            h.append(f"<li class='muted'>{_e(earlier)}</li>")
        for r in d.rounds:
            h.append("<li><b>" + _e(tr("Round {number}:", "debrief").format(number=r.number))
                     + f"</b> {_e(r.happened)} — <i>{_e(r.revealed)}</i></li>")
        h.append("</ul>")
    else:
        h.append("<p class='muted'>" + _e(tr("No rounds recorded.")) + "</p>")

    h.append("<h2>" + _e(tr("Post-settlement")) + "</h2>")
    if d.improvement_line:
        h.append(f"<p><b>{_e(d.improvement_line)}</b></p>")
    h.append("<ul>")
    h += [f"<li>{_e(x)}</li>" for x in d.settlement_lines]
    h.append("</ul>")

    if d.approvals or d.relationship:  # one section: the page must hold it
        h.append("<h2>" + _e(tr("Who must approve, and the relationship")) + "</h2><ul>")
        h += [f"<li>{_e(x)}</li>" for x in (*d.approvals, *d.relationship)]
        h.append("</ul>")

    h.append("<h2>" + _e(tr("Lessons")) + "</h2>")
    if d.lessons:
        h.append("<ul>")
        h += [f"<li>{_e(x)}</li>" for x in d.lessons]
        h.append("</ul>")
    else:
        h.append("<p class='muted'>" + _e(tr("None written yet — add them in the Deal panel.")) + "</p>")
    return "\n".join(h)


# -- convenience -----------------------------------------------------------------------------------
def export_debrief_pdf(plan, path: str | os.PathLike, paper: str = "a4", prepared: date | None = None,
                       content: Debrief | None = None) -> tuple[Path, int]:
    """Write the INTERNAL debrief of ``plan``'s agreement (or ``content``, its debrief already
    made) to a PDF; returns the path written and its number of pages (one unless the text cannot
    fit). Needs a QGuiApplication. The Deal panel and ``meso-desk debrief`` call this. The page
    speaks the plan's language (``content``: its own)."""
    with plan_language(plan):
        renderer = DebriefRenderer(content or debrief(plan, prepared=prepared), paper)
        return write_pdf(renderer, path), renderer.page_count()
