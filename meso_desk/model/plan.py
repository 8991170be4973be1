"""The negotiation plan: issues, weights, packages, rounds — pydantic v2 schemas, no Qt.

Every model here is immutable (``frozen``). Edits produce a new object through
:meth:`Plan.replace` (validated) or the helpers at the bottom of this module, so that an
undo stack only has to remember the plan before and after each change.

Conventions (see ``docs/decisions.md`` of the shared design):

* weights are fractions summing to 1 (shown to people as percentages);
* an issue's *curve* maps a term to our value 0..100; the plan's score is
  ``sum(weight * curve(term))`` and therefore lies in 0..100 points;
* a term beyond a numeric hard limit, or an unacceptable categorical option, is still a
  valid term (it is scored on the curve) but makes the package unacceptable.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from datetime import date as _date
from enum import StrEnum
from typing import Annotated, Any, Literal, Union

import numpy as np
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

FORMAT_NAME = "meso-desk"
FORMAT_VERSION = 1

#: Largest number of grid points a numeric issue may have (a price from 0 to 1000 on a
#: 0.01 step has 100 001 points; more than that is a typo, not a plan).
MAX_GRID_POINTS = 1_000_000
#: Relative tolerance used to decide whether a number lies on a step grid.
GRID_TOLERANCE = 1e-6

Term = Union[float, str]


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


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)


def _clean_name(value: str, what: str) -> str:
    value = value.strip() if isinstance(value, str) else value
    if not value:
        raise ValueError(f"{what} must not be empty")
    return value


class Issue(_Frozen):
    """One term of the deal. Use :class:`NumericIssue` or :class:`CategoricalIssue`.

    ``Issue.numeric(...)`` and ``Issue.categorical(...)`` are shortcuts for scripts.
    """

    name: str
    description: str = ""

    @field_validator("name")
    @classmethod
    def _name_not_empty(cls, v: str) -> str:
        return _clean_name(v, "issue name")

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


class NumericIssue(Issue):
    """A numeric issue (price, delivery weeks, payment days, warranty months, …)."""

    kind: Literal["numeric"] = "numeric"
    unit: str = ""
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
            raise ValueError("must be a finite number")
        return v

    @field_validator("breakpoints")
    @classmethod
    def _sorted_breakpoints(cls, v: tuple[tuple[float, float], ...]) -> tuple[tuple[float, float], ...]:
        pts = tuple(sorted((float(x), float(y)) for x, y in v))
        for x, y in pts:
            if not (math.isfinite(x) and math.isfinite(y)):
                raise ValueError("breakpoints must be finite numbers")
            if not 0.0 <= y <= 100.0:
                raise ValueError(f"breakpoint value {y:g} is outside 0..100")
        xs = [x for x, _ in pts]
        if len(set(xs)) != len(xs):
            raise ValueError("two breakpoints share the same term")
        return pts

    @model_validator(mode="after")
    def _check_range(self) -> NumericIssue:
        if not self.min < self.max:
            raise ValueError(f"min ({self.min:g}) must be below max ({self.max:g})")
        if not self.step > 0:
            raise ValueError("step must be positive")
        if self.step > (self.max - self.min) + GRID_TOLERANCE * self.step:  # 2..2.01 on 0.01 is fine
            raise ValueError(f"step ({self.step:g}) is larger than the range {self.min:g}..{self.max:g}")
        if (self.max - self.min) / self.step > MAX_GRID_POINTS:
            raise ValueError(
                f"step {self.step:g} gives more than {MAX_GRID_POINTS:,} points over {self.min:g}..{self.max:g}"
            )
        if self.curve == Curve.BREAKPOINTS and len(self.breakpoints) < 2:
            raise ValueError("a breakpoint curve needs at least two breakpoints")
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
                    raise ValueError(f"{self.name}: {term!r} is not a number") from None
            else:
                raise ValueError(f"{self.name}: {term!r} is not a number")
        x = float(term)
        if not math.isfinite(x):
            raise ValueError(f"{self.name}: {x} is not a finite number")
        eps = GRID_TOLERANCE * self.step
        if x < self.min - eps or x > self.max + eps:
            raise ValueError(f"{self.name}: {self.format_term(x)} is outside {self.range_text()}")
        if not self.is_on_grid(x):
            raise ValueError(f"{self.name}: {x:g} is not on the {self.step:g} step from {self.min:g}")
        return min(max(x, self.min), self.max)

    @property
    def decimals(self) -> int:
        """Decimals needed to show a term on this issue's step."""
        for d in range(0, 7):
            if abs(round(self.step, d) - self.step) < 1e-9 and abs(round(self.min, d) - self.min) < 1e-9:
                return d
        return 6

    def format_number(self, x: float) -> str:
        return f"{x:,.{self.decimals}f}"

    def format_term(self, term: Term) -> str:
        """A term as people write it: ``EUR 41.50``, ``4 weeks``, ``30 days``, ``2 %``."""
        return format_quantity(float(term), self.unit, self.decimals)

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
_SINGULAR = {"weeks": "week", "days": "day", "months": "month", "years": "year", "units": "unit",
             "hours": "hour", "pieces": "piece"}


def format_quantity(x: float, unit: str, decimals: int) -> str:
    num = f"{x:,.{decimals}f}"
    unit = unit.strip()
    if not unit:
        return num
    if unit in _CURRENCY_PREFIX or unit.upper() in _CURRENCY_PREFIX:
        if decimals == 1:  # money is written with cents: EUR 41.50, not EUR 41.5
            num = f"{x:,.2f}"
        return f"{unit} {num}"
    if unit == "%":
        return f"{num} %"
    if unit in _SINGULAR and abs(x - 1.0) < 1e-12:
        unit = _SINGULAR[unit]
    return f"{num} {unit}"


class Option(_Frozen):
    """One option of a categorical issue."""

    label: str
    value: float = Field(default=0.0, ge=0.0, le=100.0)
    acceptable: bool = True

    @field_validator("label")
    @classmethod
    def _label(cls, v: str) -> str:
        return _clean_name(v, "option label")

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
            raise ValueError("a categorical issue needs at least one option")
        labels = [o.label for o in v]
        dup = sorted(x for x, n in Counter(labels).items() if n > 1)
        if dup:
            raise ValueError(f"duplicate option {dup[0]!r}")
        if not any(o.acceptable for o in v):
            raise ValueError("at least one option must be acceptable")
        return v

    @property
    def labels(self) -> list[str]:
        return [o.label for o in self.options]

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
            raise ValueError(f"{self.name}: {term!r} is not one of {', '.join(self.labels)}") from None

    def option(self, label: str) -> Option:
        return self.options[self.index_of(label)]

    def value(self, term: Term) -> float:
        return self.option(str(term)).value

    def is_acceptable(self, term: Term) -> bool:
        return self.option(str(term)).acceptable

    def check_term(self, term: Any) -> str:
        if not isinstance(term, str):
            raise ValueError(f"{self.name}: {term!r} is not one of {', '.join(self.labels)}")
        self.index_of(term)
        return term

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


class StoredPackage(_Frozen):
    """A named package as kept in the plan file (terms as plain JSON values)."""

    name: str
    terms: dict[str, Term]
    #: Rebalance the other terms when one moves (the default for MESO packages).
    hold_value: bool = False
    #: Terms that rebalancing must not move.
    locked: tuple[str, ...] = ()
    note: str = ""

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        return _clean_name(v, "package name")


class MesoSet(_Frozen):
    """A set of packages offered together (letters A, B, C …) at one level."""

    name: str
    level: float | None = Field(default=None, ge=0, le=100)
    packages: tuple[str, ...]
    created: datetime | None = None


class OfferedPackage(_Frozen):
    """A copy of an offered package's terms (rounds never refer to editable packages)."""

    label: str
    terms: dict[str, Term]


class Round(_Frozen):
    """One exchange with the counterpart: what we offered and how they reacted.

    ``ranking`` holds indices into ``offered``, most preferred first; one index is a plain
    choice, several a (possibly partial) ranking, an empty list means they stated no
    preference. ``outcome`` is a separate fact: they may refuse all packages and still say
    which one they liked best.
    """

    offered: tuple[OfferedPackage, ...] = ()
    ranking: tuple[int, ...] = ()
    outcome: Literal["pending", "accepted", "none_acceptable"] = "pending"
    accepted: int | None = None
    counter_offer: dict[str, Term] | None = None
    statement: str = ""
    statement_issue: str | None = None
    statement_trust: float = Field(default=0.5, ge=0.0, le=1.0)
    level: float | None = None
    time: datetime | None = None
    notes: str = ""

    @model_validator(mode="after")
    def _indices(self) -> Round:
        n = len(self.offered)
        if len(set(self.ranking)) != len(self.ranking):
            raise ValueError("a package appears twice in the ranking")
        for i in self.ranking:
            if not 0 <= i < n:
                raise ValueError(f"ranking refers to package {i}, but {n} were offered")
        if self.accepted is not None and not 0 <= self.accepted < n:
            raise ValueError(f"accepted package {self.accepted} was not offered")
        if self.outcome == "accepted" and self.accepted is None:
            raise ValueError("outcome 'accepted' needs the accepted package")
        return self


class Agreement(_Frozen):
    """The agreed package: a copy of its terms (like a round's offers), when, and notes.

    ``before_post_settlement`` keeps the terms agreed first when a post-settlement package
    later replaced them (both sides found one better; the debrief shows the step).
    """

    terms: dict[str, Term]
    date: _date | None = None
    notes: str = ""
    #: Where the terms came from, in the user's words ("package Fallback", "round 3, option B").
    source: str = ""
    before_post_settlement: dict[str, Term] | None = None


class Plan(_Frozen):
    """A negotiation plan. Immutable: use :meth:`replace` and friends to change it."""

    format: Literal["meso-desk"] = FORMAT_NAME
    version: int = FORMAT_VERSION
    title: str = "Untitled negotiation"
    our_organisation: str = ""
    counterpart: str = ""
    currency: str = "EUR"
    issues: tuple[AnyIssue, ...] = ()
    #: issue name → weight; fractions summing to 1 (normalised on validation).
    weights: dict[str, float] = Field(default_factory=dict)
    reservation: float = Field(default=0.0, ge=0.0, le=100.0)
    aspiration: float = Field(default=80.0, ge=0.0, le=100.0)
    batna: str = ""
    packages: tuple[StoredPackage, ...] = ()
    meso_sets: tuple[MesoSet, ...] = ()
    rounds: tuple[Round, ...] = ()
    notes: str = ""
    #: Our hunch about the counterpart's priorities before evidence: issue → factor on its
    #: Dirichlet prior parameter (2 = "I think this matters more to them"; 1 = neutral).
    counterpart_prior: dict[str, float] = Field(default_factory=dict)
    # -- the deal phase (docs/deal.md) --------------------------------------------------
    #: Our BATNA as a competing quote: a full package of terms, scored by our own model.
    batna_package: dict[str, Term] | None = None
    #: The reservation value follows the competing quote's points (kept in sync on every
    #: edit; an aspiration below it rises to it). False: the reservation is set by hand.
    reservation_from_batna: bool = False
    #: Our guess of their reservation value, in their points (0..100), entered by hand;
    #: ``None``: inferred from their reactions ("none of these", an acceptance).
    their_reservation: float | None = Field(default=None, ge=0.0, le=100.0)
    #: Half-width (points) of the 80 % range around an entered ``their_reservation``.
    their_reservation_uncertainty: float = Field(default=10.0, ge=0.0, le=50.0)
    #: The agreed package, once there is one.
    agreement: Agreement | None = None
    #: Free lessons for the debrief.
    lessons: str = ""

    # -- validation --------------------------------------------------------------------
    @field_validator("weights")
    @classmethod
    def _weights_finite(cls, v: dict[str, float]) -> dict[str, float]:
        for k, w in v.items():
            if not math.isfinite(w) or w < 0:
                raise ValueError(f"weight of {k!r} must be a number ≥ 0")
        return v

    @model_validator(mode="before")
    @classmethod
    def _default_weights(cls, data: Any) -> Any:
        # A plan built in a script without weights gets equal weights.
        if isinstance(data, dict) and not data.get("weights") and data.get("issues"):
            names = []
            for it in data["issues"]:
                n = it.name if isinstance(it, Issue) else (it.get("name") if isinstance(it, dict) else None)
                if isinstance(n, str):
                    names.append(n.strip())
            if names:
                data = {**data, "weights": {n: 1.0 for n in names}}
        return data

    @model_validator(mode="after")
    def _consistent(self) -> Plan:
        names = [i.name for i in self.issues]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise ValueError(f"two issues are called {dup[0]!r}")
        missing = [n for n in names if n not in self.weights]
        extra = [k for k in self.weights if k not in names]
        if missing:
            raise ValueError(f"no weight for issue {missing[0]!r}")
        if extra:
            raise ValueError(f"weight given for unknown issue {extra[0]!r}")
        total = sum(self.weights.values())
        if names:
            if total <= 0:
                raise ValueError("at least one weight must be above zero")
            if abs(total - 1.0) > 1e-12 or list(self.weights) != names:
                object.__setattr__(self, "weights", {n: self.weights[n] / total for n in names})
        if self.aspiration < self.reservation:
            raise ValueError(
                f"aspiration ({self.aspiration:g}) is below the reservation value ({self.reservation:g})"
            )
        pnames = [p.name for p in self.packages]
        dup = sorted({n for n in pnames if pnames.count(n) > 1})
        if dup:
            raise ValueError(f"two packages are called {dup[0]!r}")
        by_name = {i.name: i for i in self.issues}
        for p in self.packages:
            _check_terms(by_name, p.terms, f"package {p.name!r}")
            for lk in p.locked:
                if lk not in by_name:
                    raise ValueError(f"package {p.name!r} locks unknown issue {lk!r}")
        for s in self.meso_sets:
            for pn in s.packages:
                if pn not in pnames:
                    raise ValueError(f"MESO set {s.name!r} refers to unknown package {pn!r}")
        for r_i, r in enumerate(self.rounds):
            for o in r.offered:
                _check_terms(by_name, o.terms, f"round {r_i + 1}, package {o.label!r}")
            if r.counter_offer is not None:
                _check_terms(by_name, r.counter_offer, f"round {r_i + 1}, counter-offer", partial=True)
            if r.statement_issue is not None and r.statement_issue not in by_name:
                raise ValueError(f"round {r_i + 1} names unknown issue {r.statement_issue!r}")
        for k, v in self.counterpart_prior.items():
            if k not in by_name:
                raise ValueError(f"counterpart prior names unknown issue {k!r}")
            if not (math.isfinite(v) and v > 0):
                raise ValueError(f"counterpart prior of {k!r} must be a number above zero")
        return self


    @model_validator(mode="after")
    def _deal(self) -> Plan:
        by_name = {i.name: i for i in self.issues}
        if self.batna_package is not None:
            _check_terms(by_name, self.batna_package, "the competing quote (BATNA)")
        if self.agreement is not None:
            _check_terms(by_name, self.agreement.terms, "the agreement")
            if self.agreement.before_post_settlement is not None:
                _check_terms(by_name, self.agreement.before_post_settlement, "the agreement before settlement")
        if self.reservation_from_batna and self.batna_package is not None and self.issues:
            # the same sum, in the same order, as scoring.score(): the reservation equals the
            # competing quote's points exactly
            total = 0.0
            for issue in self.issues:
                total += self.weights[issue.name] * issue.value(self.batna_package[issue.name])
            value = min(max(float(total), 0.0), 100.0)
            object.__setattr__(self, "reservation", value)
            if self.aspiration < value:
                object.__setattr__(self, "aspiration", value)
        return self

    # -- access ------------------------------------------------------------------------
    @property
    def issue_names(self) -> list[str]:
        return [i.name for i in self.issues]

    def issue(self, name: str) -> NumericIssue | CategoricalIssue:
        for i in self.issues:
            if i.name == name:
                return i
        raise KeyError(f"no issue called {name!r}")

    def weight_vector(self) -> np.ndarray:
        return np.array([self.weights[n] for n in self.issue_names], dtype=float)

    @property
    def package_names(self) -> list[str]:
        return [p.name for p in self.packages]

    def stored_package(self, name: str) -> StoredPackage:
        for p in self.packages:
            if p.name == name:
                return p
        raise KeyError(f"no package called {name!r}")

    def package(self, name_or_terms: str | Mapping[str, Term]):
        """A named package of this plan, or ``terms`` checked against this plan."""
        from .package import Package

        if isinstance(name_or_terms, str):
            sp = self.stored_package(name_or_terms)
            return Package(self, sp.terms, name=sp.name)
        return Package(self, name_or_terms)

    def meso_set_of(self, package_name: str) -> MesoSet | None:
        for s in self.meso_sets:
            if package_name in s.packages:
                return s
        return None

    # -- edits (each returns a new, validated plan) ---------------------------------------
    def replace(self, **changes: Any) -> Plan:
        """A copy with ``changes`` applied, fully validated."""
        data = {k: getattr(self, k) for k in type(self).model_fields}
        data.update(changes)
        return type(self).model_validate(data)

    def with_weights(self, weights: Mapping[str, float]) -> Plan:
        return self.replace(weights=dict(weights))

    def with_issue(self, index: int, issue: Issue) -> Plan:
        """Replace the issue at ``index``; a rename carries its weight and terms along."""
        old = self.issues[index]
        issues = list(self.issues)
        issues[index] = issue
        if old.name == issue.name:
            return self._with_issues_fitted(issues, {})
        return self._with_issues_fitted(issues, {old.name: issue.name})

    def with_issue_added(self, issue: Issue, weight: float | None = None, index: int | None = None) -> Plan:
        issues = list(self.issues)
        index = len(issues) if index is None else index
        issues.insert(index, issue)
        n = len(issues)
        w = (1.0 / n) if weight is None else weight
        weights = {k: v * (1.0 - w) for k, v in self.weights.items()} if self.weights else {}
        weights[issue.name] = w if self.weights else 1.0
        return self._with_issues_fitted(issues, {}, weights=weights)

    def with_issue_removed(self, name: str) -> Plan:
        issues = [i for i in self.issues if i.name != name]
        weights = {k: v for k, v in self.weights.items() if k != name}
        if issues and sum(weights.values()) <= 0:
            weights = {i.name: 1.0 for i in issues}
        packages = tuple(
            p.model_copy(update={"terms": {k: v for k, v in p.terms.items() if k != name},
                                 "locked": tuple(x for x in p.locked if x != name)})
            for p in self.packages
        )
        rounds = tuple(_round_without_issue(r, name) for r in self.rounds)
        prior = {k: v for k, v in self.counterpart_prior.items() if k != name}

        def drop(terms: Mapping[str, Term] | None) -> dict[str, Term] | None:
            return None if terms is None else {k: v for k, v in terms.items() if k != name}

        agreement = None if self.agreement is None else self.agreement.model_copy(update={
            "terms": drop(self.agreement.terms),
            "before_post_settlement": drop(self.agreement.before_post_settlement)})
        return self.replace(issues=tuple(issues), weights=weights, packages=packages, rounds=rounds,
                            counterpart_prior=prior, batna_package=drop(self.batna_package),
                            agreement=agreement)

    def with_issue_moved(self, name: str, new_index: int) -> Plan:
        issues = [i for i in self.issues if i.name != name]
        issues.insert(max(0, min(new_index, len(issues))), self.issue(name))
        weights = {i.name: self.weights[i.name] for i in issues}
        return self.replace(issues=tuple(issues), weights=weights)

    def _with_issues_fitted(
        self, issues: list[Issue], renames: dict[str, str], weights: dict[str, float] | None = None
    ) -> Plan:
        """New issues; packages' terms are renamed, snapped into new ranges or filled in."""
        weights = dict(self.weights if weights is None else weights)
        for old, new in renames.items():
            weights = {(new if k == old else k): v for k, v in weights.items()}
        by_name = {i.name: i for i in issues}
        order = [i.name for i in issues]
        weights = {n: weights.get(n, 0.0) for n in order}
        if order and sum(weights.values()) <= 0:
            weights = {n: 1.0 for n in order}

        def fit(terms: Mapping[str, Term], partial: bool = False) -> dict[str, Term]:
            terms = {renames.get(k, k): v for k, v in terms.items()}
            out: dict[str, Term] = {}
            for n in order:
                issue = by_name[n]
                if n in terms:
                    out[n] = fit_term(issue, terms[n])
                elif not partial:
                    out[n] = default_term(issue)
            return out

        packages = tuple(
            p.model_copy(update={"terms": fit(p.terms),
                                 "locked": tuple(renames.get(x, x) for x in p.locked if renames.get(x, x) in by_name)})
            for p in self.packages
        )
        rounds = tuple(
            r.model_copy(update={
                "offered": tuple(o.model_copy(update={"terms": fit(o.terms)}) for o in r.offered),
                "counter_offer": None if r.counter_offer is None else fit(r.counter_offer, partial=True),
                "statement_issue": renames.get(r.statement_issue, r.statement_issue)
                if renames.get(r.statement_issue, r.statement_issue) in by_name else None,
            })
            for r in self.rounds
        )
        prior = {renames.get(k, k): v for k, v in self.counterpart_prior.items() if renames.get(k, k) in by_name}
        batna = None if self.batna_package is None else fit(self.batna_package)
        agreement = None if self.agreement is None else self.agreement.model_copy(update={
            "terms": fit(self.agreement.terms),
            "before_post_settlement": None if self.agreement.before_post_settlement is None
            else fit(self.agreement.before_post_settlement)})
        return self.replace(issues=tuple(issues), weights=weights, packages=packages, rounds=rounds,
                            counterpart_prior=prior, batna_package=batna, agreement=agreement)

    def with_package(self, package: StoredPackage, index: int | None = None) -> Plan:
        """Add ``package``, or replace the package of the same name (keeping its place)."""
        pkgs = list(self.packages)
        for i, p in enumerate(pkgs):
            if p.name == package.name:
                pkgs[i] = package
                return self.replace(packages=tuple(pkgs))
        pkgs.insert(len(pkgs) if index is None else index, package)
        return self.replace(packages=tuple(pkgs))

    def with_term(self, package: str, issue: str, term: Term) -> Plan:
        sp = self.stored_package(package)
        terms = dict(sp.terms)
        terms[issue] = self.issue(issue).check_term(term)
        return self.with_package(sp.model_copy(update={"terms": terms}))

    def with_terms(self, package: str, terms: Mapping[str, Term]) -> Plan:
        sp = self.stored_package(package)
        new = dict(sp.terms)
        for k, v in terms.items():
            new[k] = self.issue(k).check_term(v)
        return self.with_package(sp.model_copy(update={"terms": new}))

    def with_package_removed(self, name: str) -> Plan:
        self.stored_package(name)
        sets = tuple(
            s.model_copy(update={"packages": tuple(p for p in s.packages if p != name)})
            for s in self.meso_sets
        )
        sets = tuple(s for s in sets if s.packages)
        return self.replace(packages=tuple(p for p in self.packages if p.name != name), meso_sets=sets)

    def with_package_renamed(self, old: str, new: str) -> Plan:
        new = _clean_name(new, "package name")
        if new != old and new in self.package_names:
            raise ValueError(f"a package called {new!r} already exists")
        pkgs = tuple(p.model_copy(update={"name": new}) if p.name == old else p for p in self.packages)
        sets = tuple(
            s.model_copy(update={"packages": tuple(new if x == old else x for x in s.packages)})
            for s in self.meso_sets
        )
        return self.replace(packages=pkgs, meso_sets=sets)

    def unique_package_name(self, base: str) -> str:
        names = set(self.package_names)
        if base not in names:
            return base
        k = 2
        while f"{base} ({k})" in names:
            k += 1
        return f"{base} ({k})"

    def with_round(self, rnd: Round) -> Plan:
        return self.replace(rounds=(*self.rounds, rnd))

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)


def _round_without_issue(r: Round, name: str) -> Round:
    return r.model_copy(update={
        "offered": tuple(o.model_copy(update={"terms": {k: v for k, v in o.terms.items() if k != name}})
                         for o in r.offered),
        "counter_offer": None if r.counter_offer is None
        else {k: v for k, v in r.counter_offer.items() if k != name},
        "statement_issue": None if r.statement_issue == name else r.statement_issue,
    })


def _check_terms(by_name: Mapping[str, Issue], terms: Mapping[str, Any], where: str,
                 partial: bool = False) -> None:
    for k in terms:
        if k not in by_name:
            raise ValueError(f"{where} has a term for unknown issue {k!r}")
    if not partial:
        for k in by_name:
            if k not in terms:
                raise ValueError(f"{where} has no term for issue {k!r}")
    for k, v in terms.items():
        by_name[k].check_term(v)


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


def normalise_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """Fractions summing to 1 (equal weights if all are zero)."""
    w = {k: float(v) for k, v in weights.items()}
    for k, v in w.items():
        if not math.isfinite(v) or v < 0:
            raise ValueError(f"weight of {k!r} must be a number ≥ 0")
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
        raise ValueError("give points for at least one swing")
    if all(float(v) <= 0 for v in points.values()):
        raise ValueError("at least one swing must be worth more than zero points")
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


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def iter_validation_errors(err: ValidationError) -> Iterable[str]:
    for e in err.errors():
        loc = format_location(e.get("loc", ()))
        msg = e.get("msg", "invalid")
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, "):]
        yield f"{loc}: {msg}" if loc else msg


def format_location(loc: Sequence[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("numeric", "categorical", "function-after[_check_range()]"):
            continue
        elif isinstance(part, str) and part.startswith(("function-", "tagged-union")):
            continue
        else:
            out += ("." if out else "") + str(part)
    return out


def first_error(err: ValidationError) -> str:
    """The first validation error as one human line ("issues[2].min: …")."""
    return next(iter(iter_validation_errors(err)), "invalid")
