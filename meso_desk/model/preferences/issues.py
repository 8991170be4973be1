"""Issues: what is negotiated (numeric ranges with value curves, categorical options), no Qt.

An issue's *curve* maps a term to our value 0..100; a term beyond a numeric hard limit, or an
unacceptable categorical option, is still a valid term (scored on the curve) but makes the
package unacceptable.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Annotated, Any, Literal, Union

import numpy as np
from pydantic import Field, field_validator, model_validator

from ..base import Frozen, Term, Text, clean_name
from ..errors import OneLineErrors, quoted, short_number, shorten
from ..language import number, tr

#: Largest number of grid points a numeric issue may have (a price from 0 to 1000 on a
#: 0.01 step has 100 001 points; more than that is a typo, not a plan).
MAX_GRID_POINTS = 1_000_000
#: Relative tolerance used to decide whether a number lies on a step grid.
GRID_TOLERANCE = 1e-6
#: Largest money equivalent of one unit (in the plan's currency): beyond it a debrief's sums
#: stop being numbers people can read (docs/file-format.md).
MAX_MONEY_PER_UNIT = 1e9
#: An issue whose best and worst terms lie less than this many points apart is *flat*: its
#: weight no longer tells packages apart (docs/weights-and-packages.md, "swing").
FLAT_SWING = 1.0


class Direction(StrEnum):
    """Which end of a numeric range is better for us."""

    HIGHER = "higher"
    LOWER = "lower"


class Curve(StrEnum):
    """Shape of a numeric issue's value curve (from the worst end to the best end)."""

    LINEAR = "linear"
    CONCAVE = "concave"  # diminishing returns: the first steps towards the best end count most
    CONVEX = "convex"  # accelerating: the last steps towards the best end count most
    BREAKPOINTS = "breakpoints"  # piecewise linear through user-given points


class Issue(OneLineErrors, Frozen):
    """One term of the deal. Use :class:`NumericIssue` or :class:`CategoricalIssue`.

    ``Issue.numeric(...)`` and ``Issue.categorical(...)`` are shortcuts for scripts.
    """

    name: Text
    description: Text = ""

    @field_validator("name")
    @classmethod
    def _name_not_empty(cls, v: str) -> str:
        return clean_name(v, "issue name")

    # -- shortcuts --------------------------------------------------------------------
    @staticmethod
    def numeric(name: str, min: float, max: float, step: float = 1.0, **kw: Any) -> NumericIssue:
        return NumericIssue(name=name, min=min, max=max, step=step, **kw)

    @staticmethod
    def categorical(
        name: str, options: Sequence[Option | tuple[str, float] | Mapping[str, Any]], **kw: Any
    ) -> CategoricalIssue:
        return CategoricalIssue(name=name, options=list(options), **kw)

    # -- interface shared by both kinds -------------------------------------------------
    @property
    def is_numeric(self) -> bool:
        return isinstance(self, NumericIssue)

    def grid(self) -> np.ndarray:  # pragma: no cover - overridden
        raise NotImplementedError

    def grid_values(self) -> np.ndarray:  # pragma: no cover - overridden
        """Our value (0..100) at every grid point, in grid order."""
        raise NotImplementedError

    def grid_acceptable(self) -> np.ndarray:  # pragma: no cover - overridden
        raise NotImplementedError

    def value(self, term: Term) -> float:  # pragma: no cover - overridden
        raise NotImplementedError

    def check_term(self, term: Any) -> Term:  # pragma: no cover - overridden
        raise NotImplementedError

    def is_acceptable(self, term: Term) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def format_term(self, term: Term) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def index_of(self, term: Term) -> int:  # pragma: no cover - overridden
        """Index of ``term`` on the grid (nearest grid point for numeric terms)."""
        raise NotImplementedError

    @property
    def swing(self) -> float:
        """Points between the worst and the best term (100 for a curve from 0 to 100): how much
        of its weight an issue can move a package's score by."""
        v = self.grid_values()
        return float(v.max() - v.min()) if len(v) else 0.0

    @property
    def is_flat(self) -> bool:
        """Its terms are all worth about the same: its weight counts for nothing."""
        return self.swing < FLAT_SWING


class NumericIssue(Issue):
    """A numeric issue (price, delivery weeks, payment days, warranty months, …)."""

    kind: Literal["numeric"] = "numeric"
    unit: Text = ""
    min: float
    max: float
    step: float = 1.0
    direction: Direction = Direction.HIGHER
    curve: Curve = Curve.LINEAR
    #: Bend of a concave/convex curve (> 0; larger bends more). Ignored for linear.
    curvature: float = Field(default=3.0, gt=0, le=50)
    #: Points ``(term, value 0..100)`` of a breakpoint curve, sorted by term.
    breakpoints: tuple[tuple[float, float], ...] = ()
    #: A term on the worse side of this limit is never acceptable.
    hard_limit: float | None = None
    #: Money equivalent of one unit of this issue towards the better end, in the plan's
    #: currency (e.g. one week of delivery is worth 800 EUR to us).
    money_per_unit: float | None = None

    @field_validator("min", "max", "step", "curvature", "hard_limit", "money_per_unit")
    @classmethod
    def _finite(cls, v: float | None) -> float | None:
        if v is not None and not math.isfinite(v):
            raise ValueError(tr("must be a finite number"))
        return v

    @field_validator("breakpoints")
    @classmethod
    def _sorted_breakpoints(cls, v: tuple[tuple[float, float], ...]) -> tuple[tuple[float, float], ...]:
        pts = tuple(sorted((float(x), float(y)) for x, y in v))
        for x, y in pts:
            if not (math.isfinite(x) and math.isfinite(y)):
                raise ValueError(tr("breakpoints must be finite numbers"))
            if not 0.0 <= y <= 100.0:
                raise ValueError(tr("breakpoint value {value:g} is outside 0..100").format(value=y))
        xs = [x for x, _ in pts]
        if len(set(xs)) != len(xs):
            raise ValueError(tr("two breakpoints share the same term"))
        return pts

    @field_validator("money_per_unit")
    @classmethod
    def _money_bound(cls, v: float | None) -> float | None:
        if v is not None and abs(v) > MAX_MONEY_PER_UNIT:
            raise ValueError(tr("must be at most {most:,.0f} per unit").format(most=MAX_MONEY_PER_UNIT))
        return v

    @model_validator(mode="after")
    def _check_range(self) -> NumericIssue:
        lo, hi, step = short_number(self.min), short_number(self.max), short_number(self.step)
        if not self.min < self.max:
            raise ValueError(tr("min ({low}) must be below max ({high})").format(low=lo, high=hi))
        if not self.step > 0:
            raise ValueError(tr("step must be positive"))
        if not math.isfinite(self.max - self.min):
            raise ValueError(tr("the range {low}..{high} is too wide").format(low=lo, high=hi))
        if self.step > (self.max - self.min) + GRID_TOLERANCE * self.step:  # 2..2.01 on 0.01 is fine
            raise ValueError(tr("step ({step}) is larger than the range {low}..{high}").format(
                step=step, low=lo, high=hi))
        if (self.max - self.min) / self.step > MAX_GRID_POINTS:
            raise ValueError(tr("step {step} gives more than {most:,} points over {low}..{high}").format(
                step=step, most=MAX_GRID_POINTS, low=lo, high=hi))
        if self.curve == Curve.BREAKPOINTS and len(self.breakpoints) < 2:
            raise ValueError(tr("a breakpoint curve needs at least two breakpoints"))
        if self.hard_limit is not None:
            eps = GRID_TOLERANCE * self.step
            none_left = (self.min > self.hard_limit + eps if self.direction == Direction.LOWER
                         else self.max < self.hard_limit - eps)
            if none_left:  # the numeric mirror of "at least one option must be acceptable"
                raise ValueError(tr("hard limit {limit} leaves no acceptable term in {low}..{high}").format(
                    limit=short_number(self.hard_limit), low=lo, high=hi))
        return self

    # -- grid --------------------------------------------------------------------------
    @property
    def n_steps(self) -> int:
        """Number of whole steps from min that stay within max."""
        return int(math.floor((self.max - self.min) / self.step + GRID_TOLERANCE))

    def grid(self) -> np.ndarray:
        k = np.arange(self.n_steps + 1, dtype=float)
        g = self.min + k * self.step
        if self.max - g[-1] > GRID_TOLERANCE * self.step:
            g = np.append(g, self.max)
        g[-1] = min(g[-1], self.max)
        return g

    def snap(self, term: float) -> float:
        """The grid point nearest to ``term`` (clipped to the range)."""
        g = self.grid()
        return float(g[self.index_of(term)])

    def index_of(self, term: Term) -> int:
        x = float(term)
        g = self.grid()
        i = int(np.clip(round((x - self.min) / self.step), 0, len(g) - 1))
        # the unaligned last point (max) may be nearer
        if abs(g[-1] - x) < abs(g[i] - x):
            i = len(g) - 1
        return i

    def is_on_grid(self, term: float) -> bool:
        if math.isclose(term, self.max, rel_tol=0, abs_tol=GRID_TOLERANCE * self.step):
            return True
        k = (term - self.min) / self.step
        return abs(k - round(k)) <= GRID_TOLERANCE * max(1.0, abs(k)) ** 0.5 * 10

    # -- value curve -------------------------------------------------------------------
    def _position(self, x: np.ndarray) -> np.ndarray:
        """0 at the worst end of the range, 1 at the best, clipped."""
        t = (x - self.min) / (self.max - self.min)
        if self.direction == Direction.LOWER:
            t = 1.0 - t
        return np.clip(t, 0.0, 1.0)

    def values(self, terms: np.ndarray | Sequence[float]) -> np.ndarray:
        """Vectorised value curve: our value 0..100 for each term."""
        x = np.asarray(terms, dtype=float)
        if self.curve == Curve.BREAKPOINTS:
            xs = np.array([p[0] for p in self.breakpoints])
            ys = np.array([p[1] for p in self.breakpoints])
            return np.interp(x, xs, ys)
        t = self._position(x)
        k = self.curvature
        if self.curve == Curve.LINEAR:
            v = t
        elif self.curve == Curve.CONCAVE:
            v = -np.expm1(-k * t) / -math.expm1(-k)
        else:  # CONVEX
            v = np.expm1(k * t) / math.expm1(k)
        return 100.0 * v

    def value(self, term: Term) -> float:
        return float(self.values(np.array([float(term)]))[0])

    def grid_values(self) -> np.ndarray:
        return self.values(self.grid())

    @property
    def swing(self) -> float:
        if self.curve is not Curve.BREAKPOINTS:
            return 100.0  # 0 at the worst end, 100 at the best
        # straight between breakpoints: the extremes on the grid lie at its ends or next to a breakpoint
        k = np.array([(x - self.min) / self.step for x, _ in self.breakpoints])
        near = self.min + self.step * np.concatenate([np.floor(k + GRID_TOLERANCE), np.ceil(k - GRID_TOLERANCE)])
        v = self.values(np.clip(np.concatenate([[self.min, self.max], near]), self.min, self.max))
        return float(v.max() - v.min())

    @property
    def against_better(self) -> float:
        """Points the worse end of the range is worth more than the better end: above 0 the curve
        says the opposite of :attr:`direction` (only a breakpoint curve can)."""
        at_min, at_max = self.values([self.min, self.max])
        worse, better = (at_max, at_min) if self.direction == Direction.LOWER else (at_min, at_max)
        return float(max(0.0, worse - better))

    # -- acceptability -----------------------------------------------------------------
    def is_acceptable(self, term: Term) -> bool:
        if self.hard_limit is None:
            return True
        x = float(term)
        eps = GRID_TOLERANCE * self.step
        if self.direction == Direction.LOWER:
            return x <= self.hard_limit + eps
        return x >= self.hard_limit - eps

    def grid_acceptable(self) -> np.ndarray:
        g = self.grid()
        if self.hard_limit is None:
            return np.ones(len(g), dtype=bool)
        eps = GRID_TOLERANCE * self.step
        if self.direction == Direction.LOWER:
            return g <= self.hard_limit + eps
        return g >= self.hard_limit - eps

    # -- terms -------------------------------------------------------------------------
    def check_term(self, term: Any) -> float:
        if isinstance(term, bool) or not isinstance(term, (int, float, np.integer, np.floating)):
            if isinstance(term, str):
                try:
                    term = float(term)
                except ValueError:
                    raise ValueError(tr("{issue}: {term} is not a number").format(
                        issue=shorten(self.name), term=quoted(term))) from None
            else:
                raise ValueError(tr("{issue}: {term} is not a number").format(issue=shorten(self.name), term=quoted(term)))
        x = float(term)
        if not math.isfinite(x):
            raise ValueError(tr("{issue}: {term} is not a finite number").format(issue=shorten(self.name), term=x))
        eps = GRID_TOLERANCE * self.step
        if x < self.min - eps or x > self.max + eps:
            raise ValueError(tr("{issue}: {term} is outside {range}").format(
                issue=shorten(self.name), term=self._refused_term(x), range=self.range_text()))
        if not self.is_on_grid(x):
            raise ValueError(tr("{issue}: {term} is not on the {step} step from {low}").format(
                issue=shorten(self.name), term=short_number(x), step=short_number(self.step),
                low=short_number(self.min)))
        return min(max(x, self.min), self.max)

    @property
    def decimals(self) -> int:
        """Decimals needed to show a term on this issue's step."""
        for d in range(0, 7):
            if abs(round(self.step, d) - self.step) < 1e-9 and abs(round(self.min, d) - self.min) < 1e-9:
                return d
        return 6

    def format_number(self, x: float) -> str:
        """``1,500.5`` (German ``1.500,5``) at the issue's decimals."""
        return number(x, self.decimals)

    def format_term(self, term: Term) -> str:
        """A term as people write it: ``EUR 41.50``, ``4 weeks``, ``30 days``, ``2 %``."""
        return format_quantity(float(term), self.unit, self.decimals)

    def _refused_term(self, x: float) -> str:
        """A refused term as it was given: at the issue's decimals, or as many as it needs (1.5 on
        a whole-number issue is "1.5 units", never "2 units")."""
        return format_quantity(x, self.unit, needed_decimals(x, self.decimals))

    def range_text(self) -> str:
        return f"{self.format_term(self.min)} – {self.format_term(self.max)}"

    @property
    def best(self) -> float:
        g = self.grid()
        return float(g[int(np.argmax(self.grid_values()))])

    @property
    def worst(self) -> float:
        g = self.grid()
        return float(g[int(np.argmin(self.grid_values()))])


_CURRENCY_PREFIX = {"EUR", "USD", "GBP", "CHF", "JPY", "CNY", "SEK", "NOK", "DKK", "PLN", "CAD", "AUD",
                    "€", "$", "£"}
#: A unit's plural as users type it (English or German) → its singular: "1 week", "1 Woche".
SINGULAR_UNITS = {"weeks": "week", "days": "day", "months": "month", "years": "year", "units": "unit",
                  "hours": "hour", "pieces": "piece", "Wochen": "Woche", "Tage": "Tag", "Monate": "Monat",
                  "Jahre": "Jahr", "Stunden": "Stunde", "Einheiten": "Einheit", "Werktage": "Werktag"}


def needed_decimals(x: float, at_least: int = 0) -> int:
    """The decimals that write ``x`` without rounding it (at least ``at_least``, at most 6)."""
    d = at_least
    while d < 6 and abs(round(x, d) - x) > 1e-9 * max(1.0, abs(x)):
        d += 1
    return d


def format_quantity(x: float, unit: str, decimals: int) -> str:
    huge = not math.isfinite(x) or abs(x) >= 1e15  # 1e308 in short form, not 309 digits
    num = short_number(x) if huge else number(x, decimals)  # 1,500.5 (German 1.500,5)
    unit = shorten(unit.strip(), 20)
    if not unit:
        return num
    if unit in _CURRENCY_PREFIX or unit.upper() in _CURRENCY_PREFIX:
        if decimals == 1 and not huge:  # money is written with cents: EUR 41.50, not EUR 41.5
            num = number(x, 2)
        return f"{unit} {num}"
    if unit == "%":
        return f"{num} %"
    if unit in SINGULAR_UNITS and abs(x - 1.0) < 1e-12:
        unit = SINGULAR_UNITS[unit]
    return f"{num} {unit}"


class Option(OneLineErrors, Frozen):
    """One option of a categorical issue."""

    label: Text
    value: float = Field(default=0.0, ge=0.0, le=100.0)
    acceptable: bool = True

    @field_validator("label")
    @classmethod
    def _label(cls, v: str) -> str:
        return clean_name(v, "option label")

    @model_validator(mode="before")
    @classmethod
    def _from_pair(cls, data: Any) -> Any:
        if isinstance(data, (tuple, list)) and len(data) in (2, 3):
            out = {"label": data[0], "value": data[1]}
            if len(data) == 3:
                out["acceptable"] = data[2]
            return out
        if isinstance(data, str):
            return {"label": data}
        return data


class CategoricalIssue(Issue):
    """A categorical issue (incoterm, exclusivity, location, …) with ordered options."""

    kind: Literal["categorical"] = "categorical"
    options: tuple[Option, ...]

    @field_validator("options")
    @classmethod
    def _options(cls, v: tuple[Option, ...]) -> tuple[Option, ...]:
        if len(v) == 0:
            raise ValueError(tr("a categorical issue needs at least one option"))
        labels = [o.label for o in v]
        dup = sorted(x for x, n in Counter(labels).items() if n > 1)
        if dup:
            raise ValueError(tr("duplicate option {option}").format(option=quoted(dup[0])))
        if not any(o.acceptable for o in v):
            raise ValueError(tr("at least one option must be acceptable"))
        return v

    @property
    def labels(self) -> list[str]:
        return [o.label for o in self.options]

    @property
    def case_twins(self) -> set[str]:
        """Labels that another option's label matches but for case and outer spaces ("EXW", "exw ")."""
        folded = Counter(label.strip().casefold() for label in self.labels)
        return {label for label in self.labels if folded[label.strip().casefold()] > 1}

    def grid(self) -> np.ndarray:
        return np.array(self.labels, dtype=object)

    def grid_values(self) -> np.ndarray:
        return np.array([o.value for o in self.options], dtype=float)

    def grid_acceptable(self) -> np.ndarray:
        return np.array([o.acceptable for o in self.options], dtype=bool)

    def index_of(self, term: Term) -> int:
        try:
            return self.labels.index(str(term))
        except ValueError:
            raise ValueError(tr("{issue}: {term} is not one of {options}").format(
                issue=shorten(self.name), term=quoted(term), options=self._labels_text())) from None

    def option(self, label: str) -> Option:
        return self.options[self.index_of(label)]

    def value(self, term: Term) -> float:
        return self.option(str(term)).value

    def is_acceptable(self, term: Term) -> bool:
        return self.option(str(term)).acceptable

    def check_term(self, term: Any) -> str:
        if not isinstance(term, str):
            raise ValueError(tr("{issue}: {term} is not one of {options}").format(
                issue=shorten(self.name), term=quoted(term), options=self._labels_text()))
        self.index_of(term)
        return term

    def _labels_text(self) -> str:
        return shorten(", ".join(shorten(o.label, 20) for o in self.options[:8]), 80)

    def format_term(self, term: Term) -> str:
        return str(term)

    def range_text(self) -> str:
        return ", ".join(self.labels)

    @property
    def best(self) -> str:
        return self.options[int(np.argmax(self.grid_values()))].label

    @property
    def worst(self) -> str:
        return self.options[int(np.argmin(self.grid_values()))].label


AnyIssue = Annotated[Union[NumericIssue, CategoricalIssue], Field(discriminator="kind")]


def fit_term(issue: Issue, term: Any) -> Term:
    """``term`` made valid for ``issue``: snapped onto its grid, or its best option."""
    if isinstance(issue, NumericIssue):
        try:
            x = float(term)
        except (TypeError, ValueError):
            return default_term(issue)
        if not math.isfinite(x):
            return default_term(issue)
        return issue.snap(x)
    assert isinstance(issue, CategoricalIssue)
    if isinstance(term, str) and term in issue.labels:
        return term
    return default_term(issue)


def default_term(issue: Issue) -> Term:
    """A sensible starting term: the middle of a numeric range, the best acceptable option."""
    if isinstance(issue, NumericIssue):
        g = issue.grid()
        acc = issue.grid_acceptable()
        mid = g[len(g) // 2]
        if acc[len(g) // 2]:
            return float(mid)
        ok = g[acc]
        return float(ok[np.argmin(np.abs(ok - mid))])
    assert isinstance(issue, CategoricalIssue)
    vals = issue.grid_values().copy()
    vals[~issue.grid_acceptable()] = -1
    return issue.options[int(np.argmax(vals))].label


#: Breakpoints seeded when a curve becomes a breakpoint curve.
SEED_POINTS = {Curve.LINEAR: 3, Curve.CONCAVE: 5, Curve.CONVEX: 5}


def seed_breakpoints(issue: NumericIssue) -> tuple[tuple[float, float], ...]:
    """Breakpoints that follow ``issue``'s current curve (ends plus evenly spread points)."""
    if issue.curve is Curve.BREAKPOINTS and len(issue.breakpoints) >= 2:
        return issue.breakpoints
    n = SEED_POINTS.get(issue.curve, 3)
    xs = np.linspace(issue.min, issue.max, n)
    xs = np.unique(np.array([issue.snap(x) for x in xs]))
    if len(xs) < 2:
        xs = np.array([issue.min, issue.max])
    ys = np.round(issue.values(xs), 1)
    return tuple((float(x), float(y)) for x, y in zip(xs, ys))


def refit_breakpoints(issue: NumericIssue, lo: float, hi: float) -> tuple[tuple[float, float], ...]:
    """Breakpoints for a new range ``lo``–``hi``: points inside kept, ends added on the old curve."""
    pts = [(x, y) for x, y in issue.breakpoints if lo < x < hi]
    end_lo = float(np.round(issue.values([lo])[0], 1))
    end_hi = float(np.round(issue.values([hi])[0], 1))
    return tuple([(lo, end_lo), *pts, (hi, end_hi)])
