"""Edits of the plan's MESO sets: add a generated set as packages A, B, C … in one step, and
archive or restore a set.

The package panel's "Generate MESOs" dialog and the counterpart panel's "Next MESOs from
estimate" both add their set here, so packages and sets are named the same way
(:func:`~meso_desk.model.offers.meso_sets.with_meso_set` holds the naming rule).

An archived set (``MesoSet.archived``) stays in the plan, in the file and in the rounds; the
packages panel hides it until the user asks to see archived sets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..base import Term
from ..documents.cards import latest_meso_set
from ..errors import quoted
from ..language import tr
from ..offers.meso_sets import with_meso_set
from ..plan import Plan
from .result import EditResult


def add_meso_set(plan: Plan, packages: Sequence[Mapping[str, Term]], level: float | None
                 ) -> tuple[Plan, list[str]]:
    """``plan`` with ``packages`` (term mappings or packages) added as one MESO set at ``level``,
    holding their value; and the new packages' names. Adding no packages changes nothing."""
    if not packages:
        return plan, []
    return with_meso_set(plan, packages, level)


def set_meso_set_archived(plan: Plan, name: str, archived: bool) -> EditResult:
    """``plan`` with the MESO set ``name`` archived (hidden from the packages panel, kept in the
    plan and the rounds) or restored. An unknown set is refused with a sentence; archiving an
    archived set changes nothing."""
    names = [s.name for s in plan.meso_sets]
    if name not in names:
        return EditResult(plan, tr("There is no MESO set called {name}.").format(name=quoted(name)), ok=False)
    sets = tuple(s.model_copy(update={"archived": bool(archived)}) if s.name == name else s
                 for s in plan.meso_sets)
    if sets == plan.meso_sets:
        return EditResult(plan)
    return EditResult(plan.replace(meso_sets=sets))


def shown_selection(plan: Plan, selected: str) -> str:
    """The package to keep selected when archived sets are hidden: ``selected`` unless it belongs
    to an archived set; then the first package of the latest set in play, else the plan's first
    package outside archived sets ("" when there is none)."""
    put_away = {n for s in plan.meso_sets if s.archived for n in s.packages}
    if selected not in put_away:
        return selected
    latest = latest_meso_set(plan)
    if latest is not None and latest.packages:
        return latest.packages[0]
    return next((p.name for p in plan.packages if p.name not in put_away), "")


__all__ = ["add_meso_set", "set_meso_set_archived", "shown_selection"]
