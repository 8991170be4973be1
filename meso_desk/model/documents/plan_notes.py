"""The plan's properties as lines of the INTERNAL documents (briefing, debrief): who must approve
on our side (and what each option of a set needs from them), and the relationship — their negotiator and our notes on the relationship.

Never used by cards: approvers and relationship notes are ours alone (``docs/cards.md``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..approvals.rules import Approvals, active_rules, approvals, requirement
from ..plan import Plan


def approval_lines(plan: Plan) -> tuple[str, ...]:
    """``"Dr. Ines Kraft (CFO) — above EUR 400k; must sign off unless total ≤ EUR 400,000"``, one line
    per approver of the plan's properties, with the conditions the program checks (docs/approvals.md)."""
    rules = active_rules(plan)
    out = []
    for k, a in enumerate(plan.approvers):
        conds = [("refuses unless " if r.condition.refuses else "must sign off unless ") + requirement(plan, r)
                 for r in rules if r.approver == k]
        out.append("; ".join([a.text, *conds]))
    return tuple(out)


def debrief_approval_lines(plan: Plan) -> tuple[str, ...]:
    """The debrief's short form (it must stay one page): with conditions, the approvers and who must
    sign the agreement off or objects to it on one line (docs/approvals.md); else one line each."""
    if not any(a.conditions for a in plan.approvers):
        return tuple(a.text for a in plan.approvers)  # as before approvers had conditions
    line = " · ".join(a.text if not a.conditions else (f"{a.name} ({a.role})" if a.name and a.role else a.label)
                      for a in plan.approvers)
    if plan.agreement is not None and active_rules(plan):
        said = approvals(plan, [plan.agreement.terms]).detail(0)
        line += f" — the agreement: {'; '.join(said) if said else 'no approver is involved'}."
    return (line,)


def option_approval_lines(letters: Sequence[str], verdicts: Approvals) -> tuple[str, ...]:
    """Per option of a set: ``"A: CFO must sign off (total EUR 633,393 > EUR 400,000)."`` or
    ``"B: no approver is involved."`` (empty when the plan's approvers have no conditions)."""
    if not verdicts.rules:
        return ()
    return tuple(f"{x}: {'; '.join(verdicts.detail(k)) or 'no approver is involved'}."
                 for k, x in enumerate(letters))


def relationship_lines(plan: Plan) -> tuple[str, ...]:
    """Their negotiator, then each non-empty line of the plan's relationship notes."""
    out = [f"Their negotiator: {plan.negotiator}."] if plan.negotiator.strip() else []
    out += [x.strip().lstrip("-•* ").strip() for x in plan.relationship.splitlines() if x.strip()]
    return tuple(out)


__all__ = ["approval_lines", "debrief_approval_lines", "option_approval_lines", "relationship_lines"]
