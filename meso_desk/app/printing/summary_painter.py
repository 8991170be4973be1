"""The one-page summary for approvers: the briefing renderer (red INTERNAL band, footer, fonts)
with the summary's text (:mod:`meso_desk.model.documents.summary`), fitted to one page."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from ...model.documents.briefing import without_total
from ...model.documents.document_language import plan_language
from ...model.documents.summary import ApprovalSummary, approval_summary
from ...model.language import QT_TR_NOOP, current_language, number, speaking, tr
from .briefing_painter import _TABLE, MUTED, RED, _e
from .debrief_painter import FONT_STEPS, DebriefRenderer
from .pages import write_pdf

_STYLE = "<style>h2 { margin-top: 10px; margin-bottom: 3px; } li { margin-bottom: 1px; }</style>"


class SummaryRenderer(DebriefRenderer):
    """Paints an :class:`ApprovalSummary` on one A4 or Letter page (the font steps down to fit)."""

    footer_name = QT_TR_NOOP("MESO Desk summary for approvers")

    def html(self) -> str:
        return summary_html(self.content)  # type: ignore[arg-type]


def _rows_html(s: ApprovalSummary) -> list[str]:
    """Issues down, packages across (as the cards read), then our points, total cost and status."""
    h = [f"{_TABLE}<thead><tr><th></th>"
         + "".join(f"<th align='right'>{_e(r.name)}</th>" for r in s.rows) + "</tr></thead>"]
    for k, (issue, _) in enumerate(s.rows[0].terms):
        h.append(f"<tr><td>{_e(issue)}</td>" + "".join(f"<td align='right'>{_e(r.terms[k][1])}</td>" for r in s.rows)
                 + "</tr>")
    h.append("<tr><td><b>" + _e(tr("Our points")) + "</b></td>"
             + "".join(f"<td align='right'><b>{number(r.points, 1, grouping=False)}</b></td>" for r in s.rows)
             + "</tr>")
    if any(r.total_cost for r in s.rows):
        h.append("<tr><td><b>" + _e(tr("Total cost")) + "</b></td>" + "".join(
            f"<td align='right'><b>{_e(without_total(r.total_cost))}</b></td>" for r in s.rows) + "</tr>")
    h.append("<tr><td>" + _e(tr("Status", "column")) + "</td>" + "".join(
        f"<td align='right' style='color:{RED if r.bad else MUTED}'>"
        f"{_e(r.status)}</td>" for r in s.rows) + "</tr>")
    h.append("</table>")
    return h


def summary_html(s: ApprovalSummary) -> str:
    """The summary's page as Qt rich-text HTML, in the summary's language."""
    with speaking(getattr(s, "language", None) or current_language()):
        return _summary_html(s)


def _summary_html(s: ApprovalSummary) -> str:
    h = [_STYLE, "<h1>" + _e(tr("For approval: {title}").format(title=s.title)) + "</h1>"]
    who = " ↔ ".join(x for x in (s.our_organisation, s.counterpart) if x)
    h.append(f"<p class='muted'>{_e(who)}</p>" if who else "")
    h.append(f"<h2>{_e(s.heading)}</h2><p>{_e(s.headline)[:1].upper() + _e(s.headline)[1:]}.</p>")
    h += _rows_html(s) if s.rows else ["<p class='muted'>" + _e(tr("No packages yet.")) + "</p>"]
    h.append("<p class='muted'>" + _e(tr("Our points 0–100 (reservation {reservation:.1f}, aspiration "
                                         "{aspiration:.1f}).").format(reservation=s.reservation,
                                                                      aspiration=s.aspiration)) + "</p>")
    h.append("<h2>" + _e(tr("Who must approve")) + "</h2>")
    if s.approvals:
        h.append("<ul>" + "".join(f"<li>{_e(a.text)}</li>" for a in s.approvals) + "</ul>")
    package_approvals = getattr(s, "package_approvals", ())
    if package_approvals:  # per package on the table: who signs it off, who objects (docs/approvals.md)
        h.append(f"<p style='color:{MUTED}'>" + _e(tr("Package by package:")) + "</p><ul>"
                 + "".join(f"<li>{_e(x)}</li>" for x in package_approvals) + "</ul>")
    else:
        h.append(f"<p style='color:{MUTED}'>" + _e(tr("None recorded (File ▸ Plan Properties).")) + "</p>")
    h.append("<h2>" + _e(tr("Risks", "summary heading")) + "</h2>")
    if s.risks:
        h.append("<ul>" + "".join(f"<li style='color:{RED}'>{_e(x)}</li>" for x in s.risks) + "</ul>")
    else:
        h.append("<p>" + _e(tr("None found: every package on the table is acceptable and above the reservation."))
                 + "</p>")
    return "\n".join(h)


def export_summary_pdf(plan, path: str | os.PathLike, paper: str = "a4",
                       prepared: date | None = None) -> tuple[Path, int]:
    """Write the INTERNAL summary for approvers; returns the path and its number of pages
    (one unless it cannot fit at the smallest font). Needs a QGuiApplication. The page speaks the
    plan's language."""
    with plan_language(plan):
        renderer = SummaryRenderer(approval_summary(plan, prepared), paper)  # type: ignore[arg-type]
        return write_pdf(renderer, path), renderer.page_count()


__all__ = ["FONT_STEPS", "SummaryRenderer", "export_summary_pdf", "summary_html"]
