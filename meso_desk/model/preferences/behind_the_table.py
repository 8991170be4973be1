"""What lies behind the other side's table and beyond this deal (``docs/behind-the-table.md``):
the supplier's *constituencies* — the parties their negotiator must satisfy (a sales director
with a discount limit, finance with a payment-term target, production with a lead-time floor) —
as beliefs with a confidence, and the *goodwill* of conceding on an issue (paying early,
committing volume) with the relationship weight of the supplier.

Only the schemas live here (below the plan, which holds them as optional fields); what the
room says about a constituency and the talking points are in
:mod:`meso_desk.model.counterpart.constituencies`, the relationship effect of a package in
:mod:`meso_desk.model.offers.relationship`.
"""

from __future__ import annotations

import math
from typing import Literal

from pydantic import Field, model_validator

from ..base import Frozen, Text
from ..errors import OneLineErrors
from ..language import tr

#: How a constituency's condition reads: the term must be at least / at most ``value``, or one of ``options``.
ConditionKind = Literal["at_least", "at_most", "one_of"]
#: How much the relationship with this supplier counts (strategic > preferred > transactional).
RelationshipWeight = Literal["strategic", "preferred", "transactional"]
#: The factor on the goodwill effect for each relationship weight (``docs/behind-the-table.md``).
RELATIONSHIP_FACTORS: dict[str, float] = {"strategic": 1.0, "preferred": 0.6, "transactional": 0.2}


class Constituency(OneLineErrors, Frozen):
    """A party behind their table and the condition we believe they set on one issue.

    ``party`` is written as the user would say it to the negotiator ("finance team", "sales
    director"); ``what`` names the condition in their words ("payment-term target"). The
    ``confidence`` (0..1) is the user's belief; what the recorded rounds say about it is
    computed, never written back silently (:func:`~meso_desk.model.counterpart.constituencies.belief`).
    """

    party: Text
    issue: Text
    kind: ConditionKind = "at_most"
    value: float | None = None
    options: tuple[Text, ...] = ()
    what: Text = ""
    confidence: float = Field(default=0.6, ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _complete(self) -> Constituency:
        for f in ("party", "issue", "what"):
            object.__setattr__(self, f, " ".join(getattr(self, f).split()))
        if not self.party:
            raise ValueError(tr("a constituency needs a party (who it is)"))
        if not self.issue:
            raise ValueError(tr("a constituency needs the issue its condition is on"))
        if self.kind == "one_of":
            if not self.options:
                raise ValueError(tr("a condition 'one of' needs at least one option"))
        elif self.value is None or not math.isfinite(self.value):
            raise ValueError(tr("a condition 'at least'/'at most' needs a value"))
        return self


class Goodwill(OneLineErrors, Frozen):
    """The goodwill of conceding on one issue: moving the term ``toward`` the supplier's side
    ("lower" payment days, "higher" volume) signals ``signal`` ("partnership") and is worth
    ``effect`` (0..10, a small number on the relationship scale) over the issue's full range;
    for a categorical issue ``options`` lists the options that carry the goodwill."""

    toward: Literal["lower", "higher"] = "higher"
    effect: float = Field(default=1.0, ge=0.0, le=10.0)
    signal: Text = ""
    options: tuple[Text, ...] = ()


__all__ = ["RELATIONSHIP_FACTORS", "ConditionKind", "Constituency", "Goodwill", "RelationshipWeight"]
