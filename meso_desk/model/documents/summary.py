"""The one-page summary for approvers (INTERNAL, ``docs/spreadsheets.md``): the deal or the plan,
the packages on the table with our points and total cost, who must approve, and the risks.

Qt-free: :func:`approval_summary` returns the text; ``app/printing/summary_painter.py`` lays it
out on one page. It carries our points and costs, so it is never given to the counterpart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..approvals.rules import Approvals, approvals, condition_problem
from ..language import QT_TR_NOOP, tr
from ..offers.status import PackageStatus, package_status
from ..plan import Plan
from ..preferences.total_cost import format_total_cost
from ..wording import format_date
from .document_language import document_language, plan_language
from .plan_notes import condition_words, option_approval_lines

#: The red line on the summary (English; printed as ``tr(INTERNAL_BANNER)`` in the plan's language).
INTERNAL_BANNER = QT_TR_NOOP("INTERNAL — for approvers on our side; never send to the counterpart")


@dataclass(frozen=True)
class SummaryRow:
    """One package on the table: its name, terms in words, our points, total cost and status."""

    name: str
    #: (issue, term in words), in the plan's issue order
    terms: tuple[tuple[str, str], ...]
    points: float
    total_cost: str
    status: str
    #: The status as a key ("unacceptable", "below", "short", "ok"; "" when not known).
    kind: str = ""

    @property
    def bad(self) -> bool:
        """Not acceptable or below our reservation (the page shows the status in red)."""
        if self.kind:
            return self.kind in ("unacceptable", "below")
        return self.status.startswith(("Not acceptable", "Below"))


@dataclass(frozen=True)
class ApprovalLine:
    """An approver: name, role, the free-text note (``condition``) and the conditions the program
    checks, in the briefing's words (``"refuses unless warranty ≥ 24 months"``)."""

    name: str
    role: str
    condition: str
    conditions: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        who = " ".join(x for x in (self.name, f"({self.role})" if self.name and self.role else self.role) if x)
        said = (tr("{approver} — {condition}").format(approver=who, condition=self.condition)
                if self.condition else who)
        return "; ".join([said, *self.conditions])


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
    #: Per package on the table, who must sign it off and who objects, and why ("C: CFO must sign
    #: off (total EUR 576,485 > EUR 400,000); Quality objects: warranty 12 < 24 months."); empty when
    #: no approver's condition applies to the plan.
    package_approvals: tuple[str, ...] = ()
    #: The language the summary is written in (the plan's); None: the language being spoken.
    language: str | None = None

    @property
    def document_title(self) -> str:
        with document_language(self.language):
            return tr("Summary for approvers: {title} (INTERNAL)").format(title=self.title)

    def text(self) -> str:
        """The page as plain text (the command line's ``--text``, tests)."""
        with document_language(self.language):
            return self._text()

    def _text(self) -> str:
        banner = tr(INTERNAL_BANNER) if self.internal_banner == INTERNAL_BANNER else self.internal_banner
        out = [banner, self.document_title, tr("{heading}: {headline}").format(heading=self.heading,
                                                                             headline=self.headline), ""]
        for r in self.rows:
            if r.total_cost:
                out.append(tr("{name}: {points:.1f} points · {cost} · {status}").format(
                    name=r.name, points=r.points, cost=r.total_cost, status=r.status))
            else:
                out.append(tr("{name}: {points:.1f} points · {status}").format(name=r.name, points=r.points,
                                                                               status=r.status))
            out += [f"  {i}: {t}" for i, t in r.terms]
        out += ["", tr("Approvals:")] + ([f"  {a.text}" for a in self.approvals] or ["  " + tr("none recorded")])
        if self.package_approvals:
            out += ["  " + tr("Package by package:"), *(f"    {x}" for x in self.package_approvals)]
        out += ["", tr("Risks:")] + ([f"  {x}" for x in self.risks] or ["  " + tr("none found")])
        return "\n".join(out)


def _on_the_table(plan: Plan) -> tuple[str, list[tuple[str, dict]]]:
    """The heading's words and the packages to show: the agreement, else the newest MESO set
    still shown, else every package."""
    if plan.agreement is not None:
        a = plan.agreement
        if a.date and a.source:
            said = tr("agreed on {date} ({source})").format(date=format_date(a.date), source=a.source)
        elif a.date:
            said = tr("agreed on {date}").format(date=format_date(a.date))
        elif a.source:
            said = tr("agreed ({source})").format(source=a.source)
        else:
            said = tr("agreed")
        return said, [(tr("Agreement", "summary column"), dict(a.terms))]
    sets = [s for s in plan.meso_sets if not s.archived]
    if sets:
        s = sets[-1]
        if s.level is not None:
            said = tr("MESO set {name} at {level:.1f} points: {count} packages offered together").format(
                name=s.name, level=s.level, count=len(s.packages))
        else:
            said = tr("MESO set {name}: {count} packages offered together").format(name=s.name,
                                                                                    count=len(s.packages))
        return said, [(n, dict(plan.stored_package(n).terms)) for n in s.packages]
    n = len(plan.packages)
    said = (tr("{count} package prepared, no MESO set yet") if n == 1
            else tr("{count} packages prepared, no MESO set yet")).format(count=n)
    return said, [(p.name, dict(p.terms)) for p in plan.packages]


def _status_words(plan: Plan, name: str, st: PackageStatus) -> str:
    """The row's status; against the plan's aspiration (the agreement, a package in no MESO set) in
    the words of the Deal panel and the debrief ("2.3 short of the aspiration 70.0"), against a MESO
    set's level in the package panel's ("2.3 short of the target (66.0)")."""
    if st.status not in ("short", "ok"):
        return st.text
    s = plan.meso_set_of(name) if plan.agreement is None else None
    if s is not None and s.level is not None:
        return st.text
    if st.value >= plan.aspiration:
        return tr("{difference:.1f} above the aspiration {aspiration:.1f}").format(
            difference=st.value - plan.aspiration, aspiration=plan.aspiration)
    return tr("{difference:.1f} short of the aspiration {aspiration:.1f}").format(
        difference=plan.aspiration - st.value, aspiration=plan.aspiration)


def approval_summary(plan: Plan, prepared: date | None = None) -> ApprovalSummary:
    """The summary of ``plan`` for the people who must approve the deal, in the plan's language."""
    with plan_language(plan) as language:
        return _approval_summary(plan, prepared, language)


def _approval_summary(plan: Plan, prepared: date | None, language: str) -> ApprovalSummary:
    headline, shown = _on_the_table(plan)
    rows, risks = [], []
    for name, terms in shown:
        st = package_status(plan, name if plan.agreement is None else terms)
        words = tuple((i.name, i.format_term(terms[i.name])) for i in plan.issues if i.name in terms)
        rows.append(SummaryRow(name, words, st.value, format_total_cost(plan, terms), _status_words(plan, name, st),
                               st.status))
        risks += [tr("{name}: {warning}", "a package's risk").format(name=name, warning=w) for w in st.warnings]
    verdicts = approvals(plan, [terms for _, terms in shown])
    risks += _approval_risks(plan, [name for name, _ in shown], verdicts)
    if not plan.approvers:
        risks.append(tr("No approvers recorded in the plan's properties."))
    lines = tuple(ApprovalLine(a.name, a.role, a.note, conds)
                  for a, conds in zip(plan.approvers, condition_words(plan)))
    return ApprovalSummary(
        title=plan.title, our_organisation=plan.our_organisation, counterpart=plan.counterpart,
        prepared=prepared or date.today(), heading=tr("The deal") if plan.agreement else tr("The plan"),
        headline=headline, rows=tuple(rows), approvals=lines, risks=tuple(risks),
        package_approvals=option_approval_lines([name for name, _ in shown], verdicts),
        reservation=plan.reservation, aspiration=plan.aspiration, internal_banner=tr(INTERNAL_BANNER),
        language=language)


def _approval_risks(plan: Plan, names: list[str], verdicts: Approvals) -> list[str]:
    """Who objects to which package on the table, and why (the first condition it breaks); then each
    approver's condition that never applies to the plan, and why (no cost model, a missing issue)."""
    out = [tr("{name}: {warning}", "a package's risk").format(
        name=name, warning=tr("{approver} objects: {reason}").format(approver=who, reason=why))
        for k, name in enumerate(names) for who, why in verdicts.objections(k)]
    for a in plan.approvers:
        out += [tr("{approver}: {reason}.", "a condition that never applies").format(approver=a.label, reason=why)
                for c in a.conditions if (why := condition_problem(plan, c, a))]
    return out


__all__ = ["INTERNAL_BANNER", "ApprovalLine", "ApprovalSummary", "SummaryRow", "approval_summary"]
