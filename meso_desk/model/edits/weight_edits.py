"""Edits of the weights: one named, Qt-free function per way of setting them. No Qt.

Each returns an :class:`~meso_desk.model.edits.result.EditResult` whose ``message`` names
the edit (the undo text), or says why nothing was applied (``ok=False``). The rules
themselves (rescaling the unlocked others, swing points to weights) are in
:mod:`meso_desk.model.preferences.weights`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from ..plan import Plan
from ..preferences.tradeoff import Assessment, TradeOff
from ..preferences.weights import set_weight, weight_limits, weights_from_swing_points
from .result import EditResult


def set_issue_weight(plan: Plan, name: str, fraction: float, locked: Collection[str] = (),
                     start: Plan | None = None) -> EditResult:
    """``plan`` with the weight of ``name`` at ``fraction`` (0..1, clipped to what the locks
    allow); the unlocked others rescale proportionally from their weights in ``start`` —
    the plan when a drag began, so a drag to 100 % and back restores them — or in ``plan``."""
    base = (start if start is not None else plan).weights
    return EditResult(plan.with_weights(set_weight(base, name, fraction, locked)), f"Weight of {name}")


def weight_lock_state(weights: Mapping[str, float], name: str, locked: Collection[str]) -> tuple[bool, str, float]:
    """Whether the weight of ``name`` can move, why not in words ("" when it can), and the
    highest fraction the locks leave it."""
    lo, hi = weight_limits(weights, name, locked)
    if name in locked:
        return False, "Locked — unlock to change it.", hi
    if hi - lo <= 1e-9:
        return False, "Every other weight is locked; unlock one to change this.", hi
    return True, "", hi


def apply_swing_points(plan: Plan, points: Mapping[str, float]) -> EditResult:
    """``plan`` with the weights the swing points give (normalised, corrected for swings
    that do not span the whole value scale); locks do not apply here."""
    try:
        weights = weights_from_swing_points(plan, points)
    except ValueError:
        return EditResult(plan, "Give at least one swing more than 0 points.", ok=False)
    return EditResult(plan.with_weights(weights), "Swing weighting")


def adjust_to_answer(plan: Plan, assessment: Assessment, tradeoff: TradeOff | None = None) -> EditResult:
    """``plan`` with the weights that make the answer to a trade-off question true."""
    if assessment.suggested is None:
        return EditResult(plan, "No weights agree with that answer.", ok=False)
    t = tradeoff
    text = f"Adjust weights ({t.issue} vs {t.yardstick})" if t else "Adjust weights"
    return EditResult(plan.with_weights(assessment.suggested), text)
