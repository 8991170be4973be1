"""Adding a generated MESO set to the plan: package names (A, B, C …) and the set record.

One function shared by every place that adds a set — the package panel's "Generate
MESOs" dialog and the counterpart panel's "Next MESOs from estimate" — so that both name
packages and sets the same way. Qt-free: the caller pushes the returned plan as one
undoable step.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence

from ..base import Term, now
from ..package import StoredPackage
from ..plan import MesoSet, Plan


def next_meso_set_number(plan: Plan) -> int:
    """The smallest k for which no set is called ``MESO k`` yet."""
    taken = {s.name for s in plan.meso_sets}
    k = 1
    while f"MESO {k}" in taken:
        k += 1
    return k


def with_meso_set(plan: Plan, packages: Sequence[Mapping[str, Term]], level: float | None
                  ) -> tuple[Plan, list[str]]:
    """``plan`` with ``packages`` added as one MESO set, and the new packages' names.

    The first set's packages are called A, B, C (when free), later sets' A2, B2, C2 …; a
    name already taken gets a prime (A′). The packages hold their value (rebalance when
    a term moves), as MESO packages should. ``packages`` are term mappings or
    :class:`~meso_desk.model.package.Package` objects.
    """
    k = next_meso_set_number(plan)
    taken = set(plan.package_names)
    names: list[str] = []
    for j in range(len(packages)):
        letter = string.ascii_uppercase[j % 26]
        name = letter if letter not in taken and k == 1 else f"{letter}{k}"
        while name in taken:
            name += "′"
        taken.add(name)
        names.append(name)
    stored = [StoredPackage(name=n, terms=dict(t), hold_value=True)
              for n, t in zip(names, packages)]
    new_plan = plan.replace(
        packages=(*plan.packages, *stored),
        meso_sets=(*plan.meso_sets, MesoSet(name=f"MESO {k}", level=level, packages=tuple(names),
                                            created=now())),
    )
    return new_plan, names
