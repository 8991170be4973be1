"""Edits of the plan's MESO sets: add a generated set as packages A, B, C … in one step.

The package panel's "Generate MESOs" dialog and the counterpart panel's "Next MESOs from
estimate" both add their set here, so packages and sets are named the same way
(:func:`~meso_desk.model.offers.meso_sets.with_meso_set` holds the naming rule).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..base import Term
from ..offers.meso_sets import with_meso_set
from ..plan import Plan


def add_meso_set(plan: Plan, packages: Sequence[Mapping[str, Term]], level: float | None
                 ) -> tuple[Plan, list[str]]:
    """``plan`` with ``packages`` (term mappings or packages) added as one MESO set at ``level``,
    holding their value; and the new packages' names. Adding no packages changes nothing."""
    if not packages:
        return plan, []
    return with_meso_set(plan, packages, level)


__all__ = ["add_meso_set"]
