"""The one-page summary for approvers (INTERNAL, ``docs/spreadsheets.md``): the deal or the plan,
the packages on the table with our points and total cost, who must approve, and the risks.

Qt-free: :func:`approval_summary` returns the text; ``app/printing/summary_painter.py`` lays it
out on one page. It carries our points and costs, so it is never given to the counterpart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..offers.status import package_status
from ..plan import Plan
from ..preferences.total_cost import format_total_cost

INTERNAL_BANNER = "INTERNAL — for approvers on our side; never send to the counterpart"


@dataclass(frozen=True)
class SummaryRow:
    """One package on the table: its name, terms in words, our points, total cost and status."""

    name: str
    #: (issue, term in words), in the plan's issue order
    terms: tuple[tuple[str, str], ...]
    points: float
    total_cost: str
    status: str


@dataclass(frozen=True)
class ApprovalLine:
    name: str
    role: str
    condition: str

    @property
    def text(self) -> str:
        who = " ".join(x for x in (self.name, f"({self.role})" if self.name and self.role else self.role) if x)
        return f"{who} — {self.condition}" if self.condition else who


@dataclass(frozen=True)
class ApprovalSummary:
    title: str
    our_organisation: str
    counterpart: str
    prepared: date
    #: "The deal" (an agreement is recorded) or "The plan".
    heading: str
    headline: str
    rows: tuple[SummaryRow, ...]
    approvals: tuple[ApprovalLine, ...]
    risks: tuple[str, ...]
    reservation: float
    aspiration: float
    internal_banner: str = INTERNAL_BANNER

    @property
    def document_title(self) -> str:
        return f"Summary for approvers: {self.title} (INTERNAL)"

    def text(self) -> str:
        """The page as plain text (the command line's ``--text``, tests)."""
        out = [self.internal_banner, self.document_title, f"{self.heading}: {self.headline}", ""]
        for r in self.rows:
            cost = f" · {r.total_cost}" if r.total_cost else ""
            out.append(f"{r.name}: {r.points:.1f} points{cost} · {r.status}")
            out += [f"  {i}: {t}" for i, t in r.terms]
        out += ["", "Approvals:"] + ([f"  {a.text}" for a in self.approvals] or ["  none recorded"])
        out += ["", "Risks:"] + ([f"  {x}" for x in self.risks] or ["  none found"])
        return "\n".join(out)


def _on_the_table(plan: Plan) -> tuple[str, list[tuple[str, dict]]]:
    """The heading's words and the packages to show: the agreement, else the newest MESO set
    still shown, else every package."""
    if plan.agreement is not None:
        a = plan.agreement
        when = f" on {a.date.isoformat()}" if a.date else ""
        src = f" ({a.source})" if a.source else ""
        return f"agreed{when}{src}", [("Agreement", dict(a.terms))]
    sets = [s for s in plan.meso_sets if not s.archived]
    if sets:
        s = sets[-1]
        level = f" at {s.level:.1f} points" if s.level is not None else ""
        return (f"MESO set {s.name}{level}: {len(s.packages)} packages offered together",
                [(n, dict(plan.stored_package(n).terms)) for n in s.packages])
    return (f"{len(plan.packages)} package{'s' if len(plan.packages) != 1 else ''} prepared, no MESO set yet",
            [(p.name, dict(p.terms)) for p in plan.packages])


def approval_summary(plan: Plan, prepared: date | None = None) -> ApprovalSummary:
    """The summary of ``plan`` for the people who must approve the deal."""
    headline, shown = _on_the_table(plan)
    rows, risks = [], []
    for name, terms in shown:
        st = package_status(plan, name if plan.agreement is None else terms)
        words = tuple((i.name, i.format_term(terms[i.name])) for i in plan.issues if i.name in terms)
        rows.append(SummaryRow(name, words, st.value, format_total_cost(plan, terms), st.text))
        risks += [f"{name}: {w}" for w in st.warnings]
    if not plan.approvers:
        risks.append("No approvers recorded in the plan's properties.")
    approvals = tuple(ApprovalLine(a.name, a.role, a.note)
                      for a in plan.approvers)
    return ApprovalSummary(
        title=plan.title, our_organisation=plan.our_organisation, counterpart=plan.counterpart,
        prepared=prepared or date.today(), heading="The deal" if plan.agreement else "The plan",
        headline=headline, rows=tuple(rows), approvals=approvals, risks=tuple(risks),
        reservation=plan.reservation, aspiration=plan.aspiration)


__all__ = ["INTERNAL_BANNER", "ApprovalLine", "ApprovalSummary", "SummaryRow", "approval_summary"]
