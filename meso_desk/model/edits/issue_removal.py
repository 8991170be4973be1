"""Removing an issue, saying everything it takes along (``docs/issues-panel.md``). No Qt.

:func:`remove_issue` is :func:`~meso_desk.model.edits.issue_edits.remove_issue` with the rest of
what the removal did in its message (:func:`~meso_desk.model.edits.knock_on.removal_knock_on`):
their Ask-next answers that named the issue, and the other weights made equal when none of them
had any. The Issues panel removes issues through it.
"""

from __future__ import annotations

from dataclasses import replace

from ..plan import Plan
from . import issue_edits
from .issue_edits import IssueEdit
from .knock_on import removal_knock_on


def remove_issue(plan: Plan, row: int) -> IssueEdit:
    """Plan without the issue at ``row`` (its weight shared among the others), the message naming
    all it took along."""
    r = issue_edits.remove_issue(plan, row)
    if not r.ok:
        return r
    also = removal_knock_on(plan, r.plan, plan.issues[row].name)
    return replace(r, message=f"{r.message} {also}") if also else r


__all__ = ["remove_issue"]
