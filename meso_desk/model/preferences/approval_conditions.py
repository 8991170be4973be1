"""The conditions of an approver on our side (``Approver.conditions``; ``docs/approvals.md``).

A condition says *when* it applies and what the approver then does:

* on a numeric term: ``ApprovalCondition(kind="term", issue="Warranty", when="below", value=24)``
  — "warranty below 24 months is refused";
* on a categorical term: ``kind="options"`` with the *allowed* options — "only FCA, DAP or DDP":
  any other option triggers it;
* on the total cost (the plan's cost model): ``kind="total_cost", when="above", value=400_000,
  effect="needs"`` — "a total above EUR 400,000 needs the CFO's signature";
* on the package's value by the approver's own weights (``Approver.weights``, our value curves):
  ``kind="points", when="below", value=55`` — "Quality refuses a package worth less than 55 by
  Quality's weights (warranty 60 %, delivery 40 %)".

``effect`` is ``"refuses"`` (the approver objects: the package cannot pass) or ``"needs"`` (the
package needs their signature, which they would give). A condition on an issue the plan no longer
has, or of the wrong kind for the issue, never applies (the editor says so).
"""

from __future__ import annotations

import math
from typing import Literal

from pydantic import model_validator

from ..base import Frozen, Text
from ..errors import OneLineErrors
from ..language import tr

Kind = Literal["term", "options", "total_cost", "points"]
Effect = Literal["refuses", "needs"]


class ApprovalCondition(OneLineErrors, Frozen):
    """One condition of an approver (see the module's docstring)."""

    kind: Kind = "term"
    #: the issue of a ``term`` or ``options`` condition ("" for ``total_cost``)
    issue: Text = ""
    #: a ``term``/``total_cost`` condition applies to a term (total) below or above ``value``
    when: Literal["below", "above"] = "below"
    value: float | None = None
    #: an ``options`` condition: the options the approver allows (any other applies it)
    options: tuple[Text, ...] = ()
    effect: Effect = "refuses"

    @model_validator(mode="after")
    def _complete(self) -> ApprovalCondition:
        object.__setattr__(self, "issue", self.issue.strip())
        if self.kind in ("term", "options") and not self.issue:
            raise ValueError(tr("a condition on a term needs its issue"))
        if self.kind in ("term", "total_cost", "points") and (self.value is None or not math.isfinite(self.value)):
            raise ValueError(tr("a condition on a term, the total cost or their points needs a value"))
        if self.kind == "options" and not self.options:
            raise ValueError(tr("a condition on options needs at least one allowed option"))
        if self.kind in ("total_cost", "points") and self.issue:
            object.__setattr__(self, "issue", "")
        return self

    @property
    def refuses(self) -> bool:
        return self.effect == "refuses"


__all__ = ["ApprovalCondition", "Effect", "Kind"]
