"""The plan's properties as lines of the INTERNAL documents (briefing, debrief): who must approve
on our side, and the relationship — their negotiator and our notes on the relationship.

Never used by cards: approvers and relationship notes are ours alone (``docs/cards.md``).
"""

from __future__ import annotations

from ..plan import Plan


def approval_lines(plan: Plan) -> tuple[str, ...]:
    """``"Dr. Ines Kraft (CFO) — above EUR 400k"``, one line per approver of the plan's properties."""
    return tuple(a.text for a in plan.approvers)


def relationship_lines(plan: Plan) -> tuple[str, ...]:
    """Their negotiator, then each non-empty line of the plan's relationship notes."""
    out = [f"Their negotiator: {plan.negotiator}."] if plan.negotiator.strip() else []
    out += [x.strip().lstrip("-•* ").strip() for x in plan.relationship.splitlines() if x.strip()]
    return tuple(out)


__all__ = ["approval_lines", "relationship_lines"]
