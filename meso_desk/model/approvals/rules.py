"""Who on our side signs a package off and who objects, for many packages at once
(``docs/approvals.md``).

Each approver of the plan (``plan.approvers``) may carry structured conditions
(:class:`~meso_desk.model.preferences.approval_conditions.ApprovalCondition`). For every package,
an approver *objects* when one of their ``refuses`` conditions applies (the first one is the
reason shown), else *must sign off* when one of their ``needs`` conditions applies, else is not
involved. :func:`approvals` evaluates N packages with one numpy comparison per condition — no
Python loop over the packages — and :func:`approvals_on_grid` does the same on the search grid's
index rows (what the MESO engine filters with).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..base import Term
from ..language import current_language, in_sentence, localise_number, tr
from ..plan import Approver, Plan
from ..preferences.approval_conditions import ApprovalCondition
from ..preferences.issues import CategoricalIssue, Issue, NumericIssue
from ..preferences.total_cost import format_money, total_costs, total_costs_on_grid
from ..scoring import checked_package

SIGNS = "✓"
OBJECTS = "✗"


@dataclass(frozen=True)
class Rule:
    """A condition that applies to this plan: whose it is and, for a term, on which issue."""

    approver: int
    condition: ApprovalCondition
    issue: Issue | None


def condition_problem(plan: Plan, c: ApprovalCondition, approver: Approver | None = None) -> str:
    """Why ``c`` cannot apply to ``plan`` (one sentence), or "" when it can (a condition on their
    points needs ``approver``'s own weights on issues of the plan)."""
    return condition_problem_at(plan, c, approver)[1]


def condition_problem_at(plan: Plan, c: ApprovalCondition, approver: Approver | None = None) -> tuple[str, str]:
    """(the field at fault — ``"kind"``, ``"issue"`` or ``"weights"`` —, :func:`condition_problem`);
    ``("", "")`` when the condition can apply."""
    if c.kind == "points":
        if approver is None:
            return "", ""
        if not any(n in plan.issue_names and w > 0 for n, w in approver.weights.items()):
            return "weights", tr("{approver} has no weights of their own on this plan's issues").format(
                approver=approver.label)
        return "", ""
    if c.kind == "total_cost":
        return ("", "") if plan.costs is not None else (
            "issue", tr("the plan has no cost model, so a total-cost condition never applies"))
    if c.issue not in plan.issue_names:
        return "issue", tr("the plan has no issue called “{name}”").format(name=c.issue)
    issue = plan.issue(c.issue)
    if c.kind == "term" and not isinstance(issue, NumericIssue):
        return "kind", tr("{issue} is not a number: choose allowed options instead").format(issue=c.issue)
    if c.kind == "options":
        if not isinstance(issue, CategoricalIssue):
            return "kind", tr("{issue} is a number: use below/above a value instead").format(issue=c.issue)
        unknown = [o for o in c.options if o not in issue.labels]
        if unknown:
            return "issue", tr("{issue} has no option “{option}”").format(issue=c.issue, option=unknown[0])
    return "", ""


def never_applies(plan: Plan, c: ApprovalCondition, approver: Approver | None = None) -> str:
    """Why ``c`` is kept but never applies to ``plan`` (docs/approvals.md), or "": a total-cost
    condition without a cost model, a condition on an issue the plan does not have (a file edited
    by hand), a condition on ``approver``'s points when none of the issues they weighed is left.
    Such a condition is noted, never refused: it applies again once the plan has them."""
    if c.kind == "total_cost" and plan.costs is None:
        return condition_problem(plan, c)
    if c.kind == "points" and approver is not None and condition_problem(plan, c, approver):
        return tr("{approver} has no weights of their own on this plan's issues, so the condition on their points "
                  "never applies").format(approver=approver.label)
    if c.kind in ("term", "options") and c.issue not in plan.issue_names:
        return tr("the plan has no issue called “{name}”, so the condition never applies").format(name=c.issue)
    return ""


def condition_warning(plan: Plan, c: ApprovalCondition, approver: Approver | None = None) -> str:
    """Why a condition the plan holds does not work as it reads (a warning, never a refusal:
    docs/approvals.md), or "": it never applies (:func:`never_applies`; an issue that has options
    now, or is a number now; allowed options the issue no longer has; ``approver``'s points without
    their weights), or its value lies outside the issue's range, so that every term passes it or
    none does (after a new range)."""
    why = never_applies(plan, c, approver)
    if why or c.kind not in ("term", "options"):
        return why
    issue = plan.issue(c.issue)
    field, problem = condition_problem_at(plan, c)
    if field == "kind":
        return (tr("{issue} is not a number, so a condition below or above a value never applies") if c.kind == "term"
                else tr("{issue} is a number, so a condition on allowed options never applies")).format(issue=c.issue)
    if problem:
        unknown = next(o for o in c.options if o not in issue.labels)  # type: ignore[attr-defined]
        return tr("{issue} has no option “{option}”, so the condition never applies").format(
            issue=c.issue, option=unknown)
    if c.kind == "term" and isinstance(issue, NumericIssue) and not issue.min <= float(c.value) <= issue.max:  # type: ignore[arg-type]
        passes = (float(c.value) < issue.min) == (c.when == "below")  # type: ignore[arg-type]
        text = (tr("{value} is outside {issue}'s range {range}, so every term passes the condition") if passes
                else tr("{value} is outside {issue}'s range {range}, so no term passes the condition"))
        return text.format(value=issue.format_number(float(c.value)), issue=c.issue,  # type: ignore[arg-type]
                           range=issue.range_text())
    return ""


def _g(v: float) -> str:
    """``v`` in ``:g`` form, written the current language's way (``2.5``, German ``2,5``)."""
    return localise_number(f"{v:g}", float(v), "g", current_language())


def _one(v: float) -> str:
    """``v`` with one decimal, written the current language's way."""
    return localise_number(f"{v:.1f}", float(v), ".1f", current_language())


def active_rules(plan: Plan) -> tuple[Rule, ...]:
    """Every condition of every approver that can apply to ``plan``, in the order entered."""
    out = []
    for a, approver in enumerate(plan.approvers):
        for c in approver.conditions:
            if not condition_problem(plan, c, approver):
                out.append(Rule(a, c, None if c.kind in ("total_cost", "points") else plan.issue(c.issue)))
    return tuple(out)


def has_refusals(plan: Plan) -> bool:
    """Whether some approver refuses something (MESO generation then requires approvals by default)."""
    return any(r.condition.refuses for r in active_rules(plan))


def _eps(v: float) -> float:
    return 1e-9 * max(1.0, abs(v))


def triggered(rule: Rule, column: np.ndarray) -> np.ndarray:
    c = rule.condition
    if c.kind == "options":
        return ~np.isin(column.astype(str), np.array(c.options, dtype=str))
    v = float(c.value)  # type: ignore[arg-type]
    x = column.astype(float)
    return x < v - _eps(v) if c.when == "below" else x > v + _eps(v)


def _phrase(plan: Plan, rule: Rule, x: Term | None = None) -> str:
    """The condition in words: what it asks for (``x`` None: ``"warranty ≥ 24 months"``, ``"incoterm
    FCA, DAP or DDP"``, ``"total ≤ EUR 400,000"``) or why term ``x`` breaks it (``"warranty 12 < 24
    months"``, ``"incoterm EXW, not FCA/DAP/DDP"``, ``"total EUR 412,000 > EUR 400,000"``)."""
    c = rule.condition
    if c.kind == "total_cost":
        what = tr("total", "total cost in a condition")
    elif c.kind == "points":
        what = tr("by their weights")
    else:
        what = in_sentence(c.issue)
    if c.kind == "points":
        v = float(c.value)  # type: ignore[arg-type]
        if x is None:
            return f"{what} ≥ {_g(v)}" if c.when == "below" else f"{what} ≤ {_g(v)}"
        return f"{what} {_one(float(x))} {'<' if c.when == 'below' else '>'} {_g(v)}"
    if c.kind == "options":
        if x is not None:
            return tr("{what} {term}, not {options}").format(what=what, term=x, options="/".join(c.options))
        if len(c.options) > 1:
            return tr("{what} {options} or {last}").format(what=what, options=", ".join(c.options[:-1]),
                                                           last=c.options[-1])
        return f"{what} {c.options[-1]}"
    v = float(c.value)  # type: ignore[arg-type]
    if c.kind == "total_cost":
        show, show_x = format_money(v, plan.currency), lambda t: format_money(t, plan.currency)
    else:
        assert isinstance(rule.issue, NumericIssue)
        show, show_x = rule.issue.format_term(v), rule.issue.format_number
    if x is None:
        return f"{what} {'≥' if c.when == 'below' else '≤'} {show}"
    return f"{what} {show_x(float(x))} {'<' if c.when == 'below' else '>'} {show}"


def requirement(plan: Plan, rule: Rule) -> str:
    """What the condition asks for, in words: ``"warranty ≥ 24 months"``."""
    return _phrase(plan, rule)


@dataclass(frozen=True, eq=False)
class Approvals:
    """The verdicts of every approver on N packages.

    ``refuses``/``needs`` are ``(N, A)`` (A approvers of the plan); ``first_refusal``/``first_need``
    the index into ``rules`` of the condition shown as the reason (−1: none); ``columns`` the term
    (or total) each rule looked at, per package.
    """

    plan: Plan
    rules: tuple[Rule, ...]
    columns: tuple[np.ndarray, ...]
    refuses: np.ndarray
    needs: np.ndarray
    first_refusal: np.ndarray
    first_need: np.ndarray

    def __len__(self) -> int:
        return len(self.refuses)

    @property
    def accepted(self) -> np.ndarray:
        """Whether no approver objects to each package, ``(N,)``."""
        return ~self.refuses.any(axis=1)

    def _approver(self, a: int) -> Approver:
        return self.plan.approvers[a]

    def signers(self, k: int) -> list[tuple[str, str]]:
        """``[(label, reason)]``: who must sign package ``k`` off, and why."""
        return [(self._approver(a).label, self._why(k, int(self.first_need[k, a])))
                for a in np.flatnonzero(self.needs[k])]

    def objections(self, k: int) -> list[tuple[str, str]]:
        """``[(label, reason)]``: who objects to package ``k``, and why (their first condition broken)."""
        return [(self._approver(a).label, self._why(k, int(self.first_refusal[k, a])))
                for a in np.flatnonzero(self.refuses[k])]

    def verdict(self, k: int, a: int) -> tuple[str, str]:
        """Approver ``a`` on package ``k``: ``("refuses", why)``, ``("signs", why)`` or ``("", "")``."""
        if self.refuses[k, a]:
            return "refuses", self._why(k, int(self.first_refusal[k, a]))
        if self.needs[k, a]:
            return "signs", self._why(k, int(self.first_need[k, a]))
        return "", ""

    def _why(self, k: int, r: int) -> str:
        x = self.columns[r][k]
        return _phrase(self.plan, self.rules[r], x.item() if isinstance(x, np.generic) else x)

    def line(self, k: int) -> str:
        """``"✓ CFO · ✗ Quality: warranty 12 < 24 months"`` ("" when nobody is involved)."""
        parts = [f"{SIGNS} {who}" for who, _ in self.signers(k)]
        parts += [f"{OBJECTS} {who}: {why}" for who, why in self.objections(k)]
        return " · ".join(parts)

    def detail(self, k: int) -> list[str]:
        """One sentence per approver involved, for tooltips and the briefing."""
        out = [tr("{approver} must sign off ({reason})").format(approver=who, reason=why) for who, why in self.signers(k)]
        out += [tr("{approver} objects: {reason}").format(approver=who, reason=why) for who, why in self.objections(k)]
        return out

    def lines(self) -> list[str]:
        return [self.line(k) for k in range(len(self))]


def _evaluate(plan: Plan, n: int, column: Callable[[str], np.ndarray], totals: Callable[[], np.ndarray | None],
              values: Callable[[str], np.ndarray]) -> Approvals:
    """``values(issue)``: our value 0..100 of each package's term on the issue (for "their points")."""
    rules = active_rules(plan)
    cols: list[np.ndarray] = []
    total: np.ndarray | None = None
    for r in rules:
        if r.condition.kind == "points":  # the package's value by the approver's own weights
            weights = plan.approvers[r.approver].weights
            pts = np.zeros(n)
            for name, w in weights.items():
                if name in plan.issue_names and w > 0:
                    pts += w * values(name)
            cols.append(pts / max(sum(w for k, w in weights.items() if k in plan.issue_names), 1e-12))
        elif r.condition.kind == "total_cost":
            total = totals() if total is None else total
            cols.append(np.zeros(n) if total is None else np.asarray(total, dtype=float))
        else:
            cols.append(column(r.condition.issue))
    hit = np.column_stack([triggered(r, c) for r, c in zip(rules, cols)]) if rules else np.zeros((n, 0), bool)
    A = len(plan.approvers)
    refuses, needs = np.zeros((n, A), bool), np.zeros((n, A), bool)
    first_r, first_n = np.full((n, A), -1), np.full((n, A), -1)
    owner = np.array([r.approver for r in rules], dtype=np.int64)
    refusing = np.array([r.condition.refuses for r in rules], dtype=bool)
    for a in range(A):  # one pass per approver: the packages are columns of numpy arrays
        for flag, first, kind in ((refuses, first_r, refusing), (needs, first_n, ~refusing)):
            mine = np.flatnonzero((owner == a) & kind)
            if len(mine):
                h = hit[:, mine]
                flag[:, a] = h.any(axis=1)
                first[:, a] = np.where(flag[:, a], mine[h.argmax(axis=1)], -1)
    needs &= ~refuses
    first_n[refuses] = -1
    return Approvals(plan, rules, tuple(cols), refuses, needs, first_r, first_n)


def approvals(plan: Plan, packages: Sequence[Mapping[str, Term]]) -> Approvals:
    """Who signs off and who objects, for each of ``packages`` (mappings issue → term, or the names of
    stored packages); a package that is not one of the plan's is refused in one sentence
    (:func:`~meso_desk.model.scoring.checked_package`: an unknown name or issue, a missing term …)."""
    if isinstance(packages, (str, Mapping)):  # one package where a list of them belongs
        raise TypeError("expected a list of packages, got " + type(packages).__name__)
    packages = [checked_package(plan, p) for p in packages]
    n = len(packages)

    def column(name: str) -> np.ndarray:
        issue = plan.issue(name)
        if isinstance(issue, NumericIssue):
            return np.fromiter((float(p[name]) for p in packages), dtype=float, count=n)
        return np.array([str(p[name]) for p in packages], dtype=str).reshape(n)

    def values(name: str) -> np.ndarray:
        issue = plan.issue(name)
        if isinstance(issue, NumericIssue):
            return issue.values(column(name))
        return np.array([issue.value(str(p[name])) for p in packages], dtype=float).reshape(n)

    return _evaluate(plan, n, column, lambda: total_costs(plan, packages), values)


def approvals_on_grid(plan: Plan, rows: np.ndarray) -> Approvals:
    """The same for grid packages: ``rows`` are ``(N, n_issues)`` indices into the issues' grids."""
    rows = np.asarray(rows, dtype=np.int64).reshape(-1, len(plan.issues))
    col = {name: k for k, name in enumerate(plan.issue_names)}

    def column(name: str) -> np.ndarray:
        return np.asarray(plan.issue(name).grid())[rows[:, col[name]]]

    def values(name: str) -> np.ndarray:
        return np.asarray(plan.issue(name).grid_values())[rows[:, col[name]]]

    return _evaluate(plan, len(rows), column, lambda: total_costs_on_grid(plan, rows), values)


def approval_line(plan: Plan, terms: Mapping[str, Term]) -> str:
    """:meth:`Approvals.line` of one package."""
    return approvals(plan, [terms]).line(0)


__all__ = [
    "OBJECTS",
    "SIGNS",
    "Approvals",
    "Rule",
    "active_rules",
    "approval_line",
    "approvals",
    "approvals_on_grid",
    "condition_problem",
    "condition_warning",
    "has_refusals",
    "never_applies",
    "requirement",
    "triggered",
]
