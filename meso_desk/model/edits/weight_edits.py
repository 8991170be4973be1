"""Edits of the weights: one named, Qt-free function per way of setting them. No Qt.

Each returns an :class:`~meso_desk.model.edits.result.EditResult` whose ``message`` names
the edit (the undo text), or says why nothing was applied (``ok=False``). The rules
themselves (rescaling the unlocked others, swing points to weights) are in
:mod:`meso_desk.model.preferences.weights`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from ..language import tr
from ..plan import Plan
from ..preferences.elicitation import Elicitation
from ..preferences.tradeoff import Assessment, TradeOff
from ..preferences.weights import (
    WeightRegion,
    set_weight,
    set_weight_as_typed,
    weight_band,
    weight_limits,
    weights_from_importance,
    weights_from_swing_points,
)
from .result import EditResult


def set_issue_weight(plan: Plan, name: str, fraction: float, locked: Collection[str] = (),
                     start: Plan | None = None) -> EditResult:
    """``plan`` with the weight of ``name`` at ``fraction`` (0..1, clipped to what the locks
    allow); the unlocked others rescale proportionally from their weights in ``start`` —
    the plan when a drag began, so a drag to 100 % and back restores them — or in ``plan``."""
    base = start if start is not None else plan
    return EditResult(_with_weights(plan, set_weight(base.weights, name, fraction, locked), base),
                      tr("Weight of {issue}").format(issue=name))


def type_issue_weight(plan: Plan, name: str, fraction: float, locked: Collection[str] = (),
                      typed: Collection[str] = ()) -> EditResult:
    """``plan`` with the weight of ``name`` as typed; the weights typed before (``typed``) and
    the locked ones stay, only the others make room (``set_weight_as_typed``)."""
    return EditResult(_with_weights(plan, set_weight_as_typed(plan.weights, name, fraction, locked, typed)),
                      tr("Weight of {issue}").format(issue=name))


def set_importance(plan: Plan, importance: Mapping[str, float]) -> EditResult:
    """``plan`` with weights from *raw importance* numbers (any numbers ≥ 0, normalised)."""
    try:
        weights = weights_from_importance(importance)
    except ValueError as e:
        return EditResult(plan, str(e)[0].upper() + str(e)[1:] + ".", ok=False)
    return EditResult(_with_weights(plan, weights), tr("Importance of the issues"))


def weight_lock_state(weights: Mapping[str, float], name: str, locked: Collection[str]) -> tuple[bool, str, float]:
    """Whether the weight of ``name`` can move, why not in words ("" when it can), and the
    highest fraction the locks leave it."""
    lo, hi = weight_limits(weights, name, locked)
    if name in locked:
        return False, tr("Locked — unlock to change it."), hi
    if hi - lo <= 1e-9:
        return False, tr("Every other weight is locked; unlock one to change this."), hi
    return True, "", hi


def apply_swing_points(plan: Plan, points: Mapping[str, float]) -> EditResult:
    """``plan`` with the weights the swing points give (normalised, corrected for swings
    that do not span the whole value scale); locks do not apply here."""
    try:
        weights = weights_from_swing_points(plan, points)
    except ValueError:
        return EditResult(plan, tr("Give at least one swing more than 0 points."), ok=False)
    return EditResult(_with_weights(plan, weights), tr("Swing weighting"))


def adjust_to_answer(plan: Plan, assessment: Assessment, tradeoff: TradeOff | None = None) -> EditResult:
    """``plan`` with the weights that make the answer to a trade-off question true."""
    if assessment.suggested is None:
        return EditResult(plan, tr("No weights agree with that answer."), ok=False)
    t = tradeoff
    text = (tr("Adjust weights ({issue} vs {yardstick})").format(issue=t.issue, yardstick=t.yardstick) if t
            else tr("Adjust weights"))
    return EditResult(_with_weights(plan, assessment.suggested), text)


def _with_weights(plan: Plan, weights, start: Plan | None = None) -> Plan:
    """``plan`` with ``weights`` set by hand; the weight region's ranges (from "Ask me") move
    along, each keeping its width (:meth:`WeightRegion.moved`), so they hold the weights now set.
    During a drag they move from where they were when it began (``start``): a range clipped at
    0 or 1 on the way comes back whole when the weight does."""
    base = start if start is not None else plan
    region = base.weight_region and base.weight_region.moved(base.weights, weights)
    return plan.replace(weights=dict(weights), weight_region=region)


def apply_elicited_weights(plan: Plan, session: Elicitation) -> EditResult:
    """``plan`` with the weights an "Ask me" session arrived at and, as the plan's weight region,
    the range each weight may still be in (one undo step)."""
    if not session.fits(plan):
        return EditResult(plan, tr("The issues changed since these questions began: start again to ask about "
                                   "them as they are now."), ok=False)
    if session.conflict:
        return EditResult(plan, tr("Some answers conflict; revise one before applying."), ok=False)
    if not session.answers:
        return EditResult(plan, tr("Answer at least one question first."), ok=False)
    b = session.bounds()
    # the source is kept in the file (English, like every stored value)
    region = WeightRegion(low={k: v[0] for k, v in b.items()}, high={k: v[1] for k, v in b.items()},
                          source=f"answers to {len(session.answers)} question" + ("s" if len(session.answers) > 1 else ""))
    return EditResult(plan.replace(weights=session.estimate, weight_region=region), tr("Weights from your answers"))


def set_weight_uncertainty(plan: Plan, band: float | None) -> EditResult:
    """``plan`` with its weights unsure by ± ``band`` (a fraction; None or 0: taken as exact)."""
    if band is not None and not 0.0 <= band <= 0.5:
        return EditResult(plan, tr("The band must be between 0 and 50 points."), ok=False)
    region = weight_band(plan.weights, band) if band else None
    text = (tr("Weights unsure by ± {band:g} points").format(band=band * 100) if band
            else tr("Weights taken as exact"))
    return EditResult(plan.replace(weight_region=region), text)
