"""Uncertain events and forecasts of them (docs/contingent-terms.md).

An event is something both sides will be able to measure later — the on-time delivery rate of a
quarter, a steel price index, the volume actually called off — or one of a few named states
("the new line starts on time", "it is late"). Each side has a forecast of it:

* a number is forecast by three quantiles (10 %, 50 % and 90 %): "we expect 91 %, surely between
  86 % and 95 %". The distribution between them is piecewise linear in probability (the quantile
  function is linear between the knots and continues with the neighbouring slope into the tails,
  clipped to the event's bounds); it is used through :func:`Forecast.sample_points`, a grid of
  equal-probability points, so every expectation is a plain mean over an array;
* named states are forecast by a chance for each.

Our forecast drives our expected value; theirs (what they claim, or what we infer, with its
source) drives the estimate of their value. Nothing here imports the plan.
"""

from __future__ import annotations

import math
from datetime import date as _date
from typing import Literal

import numpy as np
from pydantic import Field, field_validator, model_validator

from ..base import Frozen, Text, clean_name
from ..errors import OneLineErrors
from ..language import QT_TR_NOOP, current_language, localise_number, tr, true_minus

#: Equal-probability points a numeric forecast is evaluated at (their mean is the expectation).
GRID_POINTS = 41
#: The three quantiles a numeric forecast gives.
QUANTILES = (0.1, 0.5, 0.9)


class Forecast(OneLineErrors, Frozen):
    """One side's forecast of an event: three quantiles of a number, or a chance per state."""

    #: a number: the 10 %, 50 % and 90 % quantiles ("low", "likely", "high")
    low: float | None = None
    likely: float | None = None
    high: float | None = None
    #: named states: state → chance (normalised to sum to 1)
    chances: dict[Text, float] = Field(default_factory=dict)
    #: where it comes from ("their sales director, 12 Nov", "our goods receipts, last 8 quarters")
    source: Text = ""

    @model_validator(mode="after")
    def _shape(self) -> Forecast:
        nums = (self.low, self.likely, self.high)
        if any(x is not None for x in nums):
            if any(x is None for x in nums):
                raise ValueError(tr("a forecast of a number needs low, likely and high"))
            if self.chances:
                raise ValueError(tr("a forecast is either of a number or of states, not both"))
            if not (self.low <= self.likely <= self.high):  # type: ignore[operator]
                raise ValueError(tr("low ≤ likely ≤ high is needed (the 10 %, 50 % and 90 % points)"))
        elif self.chances:
            for k, v in self.chances.items():
                if not (math.isfinite(v) and v >= 0):
                    raise ValueError(tr("the chance of {state} must be a number ≥ 0").format(state=repr(k)))
            total = math.fsum(self.chances.values())
            if not total > 0:
                raise ValueError(tr("at least one state needs a chance above zero"))
            if abs(total - 1.0) > 1e-12:
                object.__setattr__(self, "chances", {k: v / total for k, v in self.chances.items()})
        else:
            raise ValueError(tr("a forecast needs low/likely/high or a chance per state"))
        object.__setattr__(self, "source", " ".join(self.source.split()))
        return self

    @property
    def is_numeric(self) -> bool:
        return self.likely is not None

    def sample_points(self, lower: float | None = None, upper: float | None = None,
                      n: int = GRID_POINTS) -> np.ndarray:
        """``n`` equal-probability points of a numeric forecast (each carries chance 1/n),
        sorted, clipped to ``lower``/``upper`` (the event's bounds)."""
        if not self.is_numeric:
            raise ValueError(tr("a forecast of states has no numeric points"))
        q = quantile_function(float(self.low), float(self.likely), float(self.high))  # type: ignore[arg-type]
        u = (np.arange(n, dtype=float) + 0.5) / n
        x = q(u)
        if lower is not None or upper is not None:
            x = np.clip(x, -np.inf if lower is None else lower, np.inf if upper is None else upper)
        return x

    def mean(self, lower: float | None = None, upper: float | None = None) -> float:
        return float(self.sample_points(lower, upper).mean())

    def chance(self, state: str) -> float:
        return float(self.chances.get(state, 0.0))

    def describe(self, unit: str = "") -> str:
        """``"likely 91 % (10–90 %: 86–95 %)"`` or ``"on time 70 %, late 30 %"``."""
        u = f" {unit}" if unit else ""
        if self.is_numeric:
            return tr("likely {likely}{unit} (10–90 %: {low}–{high}{unit})").format(
                likely=_num(self.likely), low=_num(self.low), high=_num(self.high), unit=u)
        return ", ".join(f"{k} {round(100 * v)} %" for k, v in self.chances.items())


def quantile_function(low: float, likely: float, high: float):
    """The quantile function through (0.1, low), (0.5, likely), (0.9, high), linear between
    them and continued with the neighbouring slope to u = 0 and u = 1."""
    us = np.array([0.0, 0.1, 0.5, 0.9, 1.0])
    xs = np.array([low - 0.25 * (likely - low), low, likely, high, high + 0.25 * (high - likely)])

    def q(u: np.ndarray) -> np.ndarray:
        return np.interp(u, us, xs)

    return q


def _num(x: float | None) -> str:
    """``91``, ``1,250``, ``2.25``, ``−3`` (a true minus sign: "−8–2 %" cannot read as "-8-2")."""
    if x is None:
        return "?"
    text = f"{x:,.2f}".rstrip("0").rstrip(".") if x != round(x) else f"{int(round(x)):,}"
    return true_minus(localise_number(text, float(x), "f", current_language()))


class Event(OneLineErrors, Frozen):
    """An uncertain event both sides can measure later, with each side's forecast."""

    name: Text
    kind: Literal["number", "states"] = "number"
    #: a number's unit ("%", "index points", "units")
    unit: Text = ""
    #: the bounds a number cannot leave (a rate in % lies in 0..100); None: unbounded
    lower: float | None = None
    upper: float | None = None
    #: the named states, in order (kind "states")
    states: tuple[Text, ...] = ()
    #: the period it is measured over, for the cards' sentences ("quarter", "year"); empty: none
    period: Text = ""
    ours: Forecast
    #: what they claim (or what we infer), with its source in ``theirs.source``; None: unknown
    theirs: Forecast | None = None
    #: how it will be measured, and by whom ("our goods receipts against the order dates")
    measured_by: Text = ""
    #: both sides can see the measurement (False: only one side can: a clause on it pays only
    #: if the other side is wrong in a way they cannot check — the planner warns)
    observable_by_both: bool = True
    #: the terms a clause on this event may change ("Unit price", "Warranty"): the planner's
    #: suggestions keep to them; empty: any term
    affects: tuple[Text, ...] = ()
    #: the outcome once known (a number, or a state's name) and when it was recorded
    actual: float | str | None = None
    actual_date: _date | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        return clean_name(v, "event name")

    @model_validator(mode="after")
    def _consistent(self) -> Event:
        if self.kind == "states":
            states = tuple(clean_name(s, "state") for s in self.states)
            if len(states) < 2:
                raise ValueError(tr("an event with states needs at least two"))
            if len(set(states)) != len(states):
                raise ValueError(tr("two states have the same name"))
            object.__setattr__(self, "states", states)
            for f, ours in ((self.ours, True), (self.theirs, False)):
                if f is None:
                    continue
                if f.is_numeric:
                    raise ValueError(tr("our forecast gives numbers, but the event has states") if ours
                                     else tr("their forecast gives numbers, but the event has states"))
                unknown = [k for k in f.chances if k not in states]
                if unknown:
                    said = (tr("our forecast names unknown state {state}") if ours
                            else tr("their forecast names unknown state {state}"))
                    raise ValueError(said.format(state=repr(unknown[0])))
            if self.actual is not None and self.actual not in states:
                raise ValueError(tr("the outcome {outcome} is not one of the states").format(outcome=repr(self.actual)))
        else:
            if self.states:
                raise ValueError(tr("a numeric event has no states"))
            if self.lower is not None and self.upper is not None and not self.lower < self.upper:
                raise ValueError(tr("the lower bound must be below the upper bound"))
            for f, ours in ((self.ours, True), (self.theirs, False)):
                if f is not None and not f.is_numeric:
                    raise ValueError(tr("our forecast gives states, but the event is a number") if ours
                                     else tr("their forecast gives states, but the event is a number"))
            if self.actual is not None:
                if isinstance(self.actual, str):
                    try:
                        object.__setattr__(self, "actual", float(self.actual))
                    except ValueError:
                        raise ValueError(tr("the outcome of a numeric event must be a number")) from None
                if not math.isfinite(float(self.actual)):
                    raise ValueError(tr("the outcome must be a finite number"))
        affects = tuple(dict.fromkeys(" ".join(a.split()) for a in self.affects if a.strip()))
        object.__setattr__(self, "affects", affects)
        for k in ("unit", "period", "measured_by"):
            object.__setattr__(self, k, " ".join(getattr(self, k).split()))
        return self

    def forecast_problem(self) -> str | None:
        """Why a numeric forecast does not fit the event — its low, likely or high beyond the
        event's bounds (the outcome cannot leave them: such a forecast would silently become the
        bound) — or None. The edits that add or change an event refuse it; a file that already
        holds one still opens (nothing lost), its forecast clipped to the bounds where it is used."""
        if self.kind == "states":
            return None
        for f, ours in ((self.ours, True), (self.theirs, False)):
            if f is not None and f.is_numeric:
                try:
                    self._check_within_bounds(f, ours)
                except ValueError as e:
                    return str(e)
        return None

    def _check_within_bounds(self, f: Forecast, ours: bool) -> None:
        for level, x in (("low", f.low), ("likely", f.likely), ("high", f.high)):
            problem = level_bound_problem(level, x, self.lower, self.upper, self.unit, ours)  # type: ignore[arg-type]
            if problem:
                raise ValueError(problem)

    @property
    def resolved(self) -> bool:
        return self.actual is not None

    @property
    def verifiable(self) -> bool:
        """Both sides can check the outcome: it is observable by both and it is said how it is measured."""
        return self.observable_by_both and bool(self.measured_by)

    def may_change(self, issue: str) -> bool:
        """A clause on this event may change ``issue`` (every issue when none is named)."""
        return not self.affects or issue in self.affects

    def forecast(self, side: Literal["ours", "theirs"]) -> Forecast | None:
        return self.ours if side == "ours" else self.theirs

    def outcomes(self, forecast: Forecast) -> tuple[np.ndarray | tuple[str, ...], np.ndarray]:
        """The outcomes a forecast spreads over and their chances: for a number, the grid of
        equal-probability points (clipped to the bounds); for states, the states in order."""
        if self.kind == "number":
            x = forecast.sample_points(self.lower, self.upper)
            return x, np.full(x.shape, 1.0 / x.size)
        p = np.array([forecast.chance(s) for s in self.states], dtype=float)
        return self.states, p

    def format_value(self, x: float | str | None) -> str:
        return format_event_value(x, self.unit)


def format_event_value(x: float | str | None, unit: str) -> str:
    """An outcome, bound or forecast level of an event with ``unit`` as the program writes it
    (``"91 %"``, ``"4.5 EUR/t"``, a state as it is)."""
    if x is None:
        return "—"
    if isinstance(x, str):
        return x
    if unit == "%":
        return f"{_num(x)} %"
    return f"{_num(x)} {unit}".strip()


LEVELS = {"low": QT_TR_NOOP("low"), "likely": QT_TR_NOOP("likely"), "high": QT_TR_NOOP("high")}


def level_bound_problem(level: str, x: float, lower: float | None, upper: float | None, unit: str,
                        ours: bool) -> str | None:
    """Why a forecast's ``level`` (``"low"``, ``"likely"``, ``"high"``) at ``x`` does not fit an
    event's bounds — "our forecast: low 1 % is below the event's lower bound 5 %" — or None.
    One rule for the edits (:meth:`Event.forecast_problem`) and the Uncertain events dialog."""
    fmt = format_event_value
    if lower is not None and x < lower:
        said = (tr("our forecast: {level} {value} is below the event's lower bound {bound}") if ours
                else tr("their forecast: {level} {value} is below the event's lower bound {bound}"))
        return said.format(level=tr(LEVELS[level]), value=fmt(x, unit), bound=fmt(lower, unit))
    if upper is not None and x > upper:
        said = (tr("our forecast: {level} {value} is above the event's upper bound {bound}") if ours
                else tr("their forecast: {level} {value} is above the event's upper bound {bound}"))
        return said.format(level=tr(LEVELS[level]), value=fmt(x, unit), bound=fmt(upper, unit))
    return None


def outcome_bound_problem(x: float, lower: float | None, upper: float | None, unit: str) -> str | None:
    """Why an outcome ``x`` cannot be recorded for an event with these bounds — "Outcome: 120 % is
    outside the event's bounds 0 %–100 %" — or None."""
    if (lower is not None and x < lower) or (upper is not None and x > upper):
        fmt = format_event_value
        return tr("Outcome: {value} is outside the event's bounds {low}–{high}").format(
            value=fmt(x, unit), low=fmt(lower, unit), high=fmt(upper, unit))
    return None
