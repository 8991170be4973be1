"""Weighting: how much each issue matters, edited by hand or by swing weighting. No Qt.

Weights are fractions summing to 1 (``docs/decisions.md``). Two ways to set them:

* **Directly**, one at a time: :func:`set_weight` moves one weight and rescales the other
  *unlocked* weights proportionally so that the total stays 1; locked weights never move.
* **Swing weighting**: rank the worst→best swings of the issues, give the top swing 100
  points and every other swing points relative to it, then normalise
  (:func:`weights_from_swing_points`). An issue whose curve does not span the full
  0..100 (a categorical issue whose worst option is still worth 35) has a smaller swing;
  its weight is corrected for that, so that the swing's points are what it really adds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from pydantic import Field

from ..base import Frozen, Text
from ..errors import OneLineErrors, UnknownName
from ..language import tr
from .issues import CategoricalIssue, Issue, NumericIssue

if TYPE_CHECKING:
    from ..plan import Plan

#: Weights below this are treated as zero when rescaling (avoids dividing by dust).
_EPS = 1e-12


def weight_limits(weights: Mapping[str, float], name: str, locked: Collection[str] = ()) -> tuple[float, float]:
    """The range ``(low, high)`` that the weight of ``name`` can take with ``locked`` fixed.

    With every other weight locked the weight cannot move at all (``low == high``).
    """
    others = [k for k in weights if k != name]
    free = [k for k in others if k not in locked]
    if not free:
        w = float(weights[name])
        return w, w
    fixed = sum(float(weights[k]) for k in others if k in locked)
    return 0.0, max(0.0, 1.0 - fixed)


def set_weight(weights: Mapping[str, float], name: str, fraction: float,
               locked: Collection[str] = ()) -> dict[str, float]:
    """Weights with ``name`` set to ``fraction``; unlocked others rescaled proportionally.

    ``fraction`` is clipped to what the locks allow (:func:`weight_limits`). When the
    unlocked others are all zero, the remainder is shared equally among them. The result
    keeps the key order and sums to 1.
    """
    if name not in weights:
        raise UnknownName(tr("no weight for issue {issue}").format(issue=repr(name)))
    lo, hi = weight_limits(weights, name, locked)
    target = min(max(float(fraction), lo), hi)
    free = [k for k in weights if k != name and k not in locked]
    if not free:
        return {k: float(v) for k, v in weights.items()}
    fixed = sum(float(weights[k]) for k in weights if k != name and k in locked)
    rest = max(0.0, 1.0 - fixed - target)
    total_free = sum(float(weights[k]) for k in free)
    out: dict[str, float] = {}
    for k, v in weights.items():
        if k == name:
            out[k] = target
        elif k in locked:
            out[k] = float(v)
        elif total_free > _EPS:
            out[k] = float(v) * rest / total_free
        else:
            out[k] = rest / len(free)
    return out


def set_weight_as_typed(weights: Mapping[str, float], name: str, fraction: float,
                        locked: Collection[str] = (), typed: Collection[str] = ()) -> dict[str, float]:
    """Weights with ``name`` at ``fraction`` where the weights typed before stay as typed.

    Only the unlocked weights not yet typed (``typed``) make room, in proportion, so typing
    40, 10, 20, 15, 15 one after the other gives exactly 40/10/20/15/15. When every other
    unlocked weight has been typed, the typed ones make room after all (as :func:`set_weight`).
    """
    keep = set(locked) | {k for k in typed if k != name}
    if any(k != name and k not in keep for k in weights):
        return set_weight(weights, name, fraction, keep)
    return set_weight(weights, name, fraction, locked)


def weights_from_importance(importance: Mapping[str, float]) -> dict[str, float]:
    """*Raw importance*: any numbers ≥ 0 per issue (at least one above zero), normalised to
    fractions; 8, 2, 4, 3, 3 gives 40 %, 10 %, 20 %, 15 %, 15 %."""
    if not importance or all(float(v) <= 0 for v in importance.values()):
        raise ValueError(tr("give at least one issue an importance above zero"))
    return normalise_weights(importance)


#: added to a region's stored source once its ranges moved with weights set by hand (stored in English)
MOVED = ", moved with the weights"


class WeightRegion(OneLineErrors, Frozen):
    """How unsure we are of our weights: per issue the range (fractions) its weight may be in.

    From the answers of an "Ask me" session or a ± band the buyer sets. An issue missing from
    ``low``/``high`` (added after the region was set) may move by ``band``."""

    low: dict[Text, float] = Field(default_factory=dict)
    high: dict[Text, float] = Field(default_factory=dict)
    #: ± (fraction) for issues without a range of their own
    band: float = Field(default=0.05, ge=0.0, le=1.0)
    #: where the region came from, in words ("± 5 points", "answers to 8 questions")
    source: Text = ""

    def bounds(self, weights: Mapping[str, float]) -> tuple[list[float], list[float]]:
        """Lower and upper bounds per issue of ``weights`` (in their order), within 0..1."""
        lo = [max(0.0, float(self.low.get(k, w - self.band))) for k, w in weights.items()]
        hi = [min(1.0, float(self.high.get(k, w + self.band))) for k, w in weights.items()]
        return lo, [max(a, b) for a, b in zip(lo, hi)]

    @property
    def widest(self) -> float:
        """How far a weight may be off at most, as a ± (fraction): the band, or half the widest
        range of an issue that has one (an "Ask me" session's answers)."""
        halves = [(self.high[k] - lo) / 2.0 for k, lo in self.low.items() if k in self.high]
        return max(halves) if halves else self.band

    def moved(self, old: Mapping[str, float], new: Mapping[str, float]) -> WeightRegion:
        """The region after the weights moved from ``old`` to ``new`` by hand: each issue's
        own range moves with its weight and keeps its width (within 0..1), so that the region
        still says how unsure the weights are around the ones now set."""
        if not self.low:
            return self
        low, high = dict(self.low), dict(self.high)
        for k, w in new.items():
            if k not in low or k not in high or k not in old:
                continue
            d = float(w) - float(old[k])
            if abs(d) < 1e-12:
                continue
            width = high[k] - low[k]
            lo = min(max(0.0, low[k] + d), max(0.0, 1.0 - width))
            low[k], high[k] = lo, min(1.0, lo + width)
        if low == self.low and high == self.high:
            return self
        # the answers no longer allow these ranges: they are the answers' widths around the weights now set
        source = self.source if not self.source or self.source.endswith(MOVED) else self.source + MOVED
        return self.model_copy(update={"low": low, "high": high, "source": source})


def weight_band(weights: Mapping[str, float], band: float) -> WeightRegion:
    """The region "any weight moves by up to ``band``" (a fraction: 0.05 for ± 5 points).
    ``source`` is stored in the plan in English (``offers/robustness.region_words`` reads it
    and says it in the current language)."""
    return WeightRegion(band=band, source=f"± {band * 100:g} points")


# -- swing weighting --------------------------------------------------------------------------
def swing_span(issue: Issue) -> float:
    """How much of the 0..100 value scale the issue's worst→best swing covers (0..1)."""
    return issue.swing / 100.0


def swing_text(issue: Issue) -> str:
    """The swing in the user's words: ``EUR 260.0 → EUR 180.0``, ``EXW → DDP``."""
    if isinstance(issue, NumericIssue):
        return f"{issue.format_term(issue.worst)} → {issue.format_term(issue.best)}"
    assert isinstance(issue, CategoricalIssue)
    return f"{issue.worst} → {issue.best}"


def swing_points_from_weights(plan: Plan) -> dict[str, float]:
    """Swing points that reproduce the plan's weights: the largest swing gets 100."""
    raw = {i.name: plan.weights[i.name] * swing_span(i) for i in plan.issues}
    top = max(raw.values(), default=0.0)
    if top <= _EPS:
        return {k: 0.0 for k in raw}
    return {k: 100.0 * v / top for k, v in raw.items()}


def weights_from_swing_points(plan: Plan, points: Mapping[str, float]) -> dict[str, float]:
    """Normalised weights (fractions) from swing points, corrected for partial swings.

    An issue's swing adds ``weight × span × 100`` points to a package, so the weight that
    makes the swing worth ``points`` is ``points / span`` (before normalising). An issue
    with no swing at all (every option worth the same) gets weight 0.
    """
    adjusted: dict[str, float] = {}
    for issue in plan.issues:
        p = float(points.get(issue.name, 0.0))
        if p < 0:
            raise ValueError(tr("swing points of {issue} must be ≥ 0").format(issue=repr(issue.name)))
        span = swing_span(issue)
        adjusted[issue.name] = p / span if span > _EPS else 0.0
    return weights_from_swings(adjusted)


def swing_order_problems(order: list[str], points: Mapping[str, float]) -> list[str]:
    """Names of the swings given more points than a swing ranked above them."""
    out = []
    best_above = float("inf")
    for name in order:
        p = float(points.get(name, 0.0))
        if p > best_above + 1e-9:
            out.append(name)
        best_above = min(best_above, p)
    return out


def normalise_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """Fractions summing to 1 (equal weights if all are zero)."""
    w = {k: float(v) for k, v in weights.items()}
    for k, v in w.items():
        if not math.isfinite(v) or v < 0:
            raise ValueError(tr("weight of {issue} must be a number ≥ 0").format(issue=repr(k)))
    total = sum(w.values())
    if total <= 0:
        return {k: 1.0 / len(w) for k in w} if w else {}
    return {k: v / total for k, v in w.items()}


def weights_from_swings(points: Mapping[str, float]) -> dict[str, float]:
    """Swing weighting: points for each issue's worst→best swing, normalised to fractions.

    The usual procedure gives the most important swing 100 points and every other swing
    points relative to it; only the ratios matter.
    """
    if not points:
        raise ValueError(tr("give points for at least one swing"))
    if all(float(v) <= 0 for v in points.values()):
        raise ValueError(tr("at least one swing must be worth more than zero points"))
    return normalise_weights(points)


def weights_as_percent(weights: Mapping[str, float], decimals: int = 1) -> dict[str, float]:
    """Percentages rounded to ``decimals`` that still sum to exactly 100 (largest remainder)."""
    if not weights:
        return {}
    w = normalise_weights(weights)
    scale = 10**decimals
    raw = {k: v * 100 * scale for k, v in w.items()}
    floor = {k: math.floor(v) for k, v in raw.items()}
    short = int(round(100 * scale - sum(floor.values())))
    order = sorted(raw, key=lambda k: raw[k] - floor[k], reverse=True)
    for k in order[:short]:
        floor[k] += 1
    return {k: v / scale for k, v in floor.items()}


# -- the swing-weighting procedure, step by step ------------------------------------------------
def swing_ranking(plan: Plan) -> tuple[list[str], dict[str, int]]:
    """Where swing weighting starts: the swings ranked by the plan's weights and the whole
    points that reproduce them (the largest swing 100)."""
    pts = swing_points_from_weights(plan)
    order = sorted(plan.issue_names, key=lambda n: -pts[n])
    return order, {n: int(round(pts[n])) for n in plan.issue_names}


def move_swing(order: list[str], points: Mapping[str, int], name: str,
               delta: int) -> tuple[list[str], dict[str, int]]:
    """The ranking with ``name`` moved ``delta`` places (up when negative); the swing that
    ends up first is the yardstick and gets 100 points."""
    order, points = list(order), dict(points)
    i = order.index(name)
    j = max(0, min(len(order) - 1, i + delta))
    if i != j:
        order.insert(j, order.pop(i))
        points[order[0]] = 100
    return order, points


def swing_warning(order: list[str], points: Mapping[str, float], weights: Mapping[str, float] | None) -> str:
    """What is wrong with the swing points, in words ("" when nothing); ``weights`` are the
    weights they give (None when they give none)."""
    if weights is None:
        return tr("Give at least one swing more than 0 points.")
    problems = swing_order_problems(order, points)
    if problems:
        return tr("{issues}: more points than a swing ranked above — move it up, or lower its points.").format(
            issues=", ".join(problems))
    return ""


def region_source_words(source: str) -> str:
    """Where a weight region came from — stored in English in the plan (``answers to 8 questions``,
    ``± 5 points``) — in the current language: the forms MESO Desk writes translated, anything else
    as stored."""
    if source and source.endswith(MOVED) and source != MOVED:
        return tr("{source}, moved with the weights set since", "where a weight region came from").format(
            source=region_source_words(source.removesuffix(MOVED)))
    m = re.fullmatch(r"answers to (\d+) questions?", source or "")
    if m and int(m[1]) == 1:
        return tr("answers to 1 question", "where a weight region came from")
    if m:
        return tr("answers to {count} questions", "where a weight region came from").format(count=int(m[1]))
    m = re.fullmatch(r"± (\d+(?:\.\d+)?) points", source or "")
    if m:
        return tr("± {band:g} points", "where a weight region came from").format(band=float(m[1]))
    return source or tr("set by hand")
