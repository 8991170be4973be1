"""The value map: our value over two issues, every other term fixed at one package's terms.

Our value is additive, so over two issues X and Y with the other terms fixed it is

    value(x, y) = base + wₓ·curveₓ(x) + w_y·curve_y(y)

where ``base`` is what the fixed terms contribute. :func:`value_slice` evaluates it on a
grid (one number per image cell) and finds the iso-value lines — "worth the same to us,
made up differently" — with a vectorised marching-squares pass:

* **numeric axes** — the image has one cell per term on the issue's step grid when that
  grid has at most :data:`MAX_SAMPLES` terms (a payment term on 15-day steps is six
  cells: only those terms exist), else :data:`MAX_SAMPLES` evenly spaced samples. Lines
  are traced on a finer continuous sampling (:data:`LINE_SAMPLES` points over the range)
  of the value curve, so that they are smooth and lie on their level even across coarse
  cells;
* **categorical axes** — one cell per option in option order (coordinates 0, 1, 2 …).
  The value is constant across a cell, so lines follow the cell edges: step-shaped.
  (Each option is sampled at both edges of its cell; between two options the samples
  share one coordinate, so a marching-squares crossing there lands exactly on the edge.)

Off-limits parts (terms beyond a hard limit, unacceptable options) come as a mask over
the cells and as intervals along each axis for shading; when a *fixed* term breaks a
limit the whole slice is off-limits and ``violations`` says why.

Numpy only, no Qt: the window's value map (``meso_desk.app.plot.value_map``) draws what
this module computes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..base import Term
from ..contingent.clauses import AnyClause, expected_value, expected_values_at
from ..language import tr
from ..limits import MEMORY_BUDGET, ResourceLimit
from ..package import Package
from ..plan import Plan
from ..preferences.issues import CategoricalIssue, Direction, NumericIssue, default_term

#: Most image cells along a numeric axis (its step grid when coarser).
MAX_SAMPLES = 200
#: Samples along a numeric axis for tracing iso-value lines.
LINE_SAMPLES = 200

# Marching squares: edges of a cell are 0 bottom, 1 right, 2 top, 3 left; corner bits are
# 1 bottom-left, 2 bottom-right, 4 top-right, 8 top-left (set when the corner lies above
# the level). Row k of _SEGMENTS lists up to two segments as pairs of edges; rows 16 and
# 17 are the saddles 5 and 10 resolved the other way (centre above the level).
_NO = (-1, -1)
_SEGMENTS = np.array([
    (_NO, _NO),               # 0
    ((3, 0), _NO),            # 1  bl
    ((0, 1), _NO),            # 2  br
    ((3, 1), _NO),            # 3  bl br
    ((1, 2), _NO),            # 4  tr
    ((3, 0), (1, 2)),         # 5  bl tr, centre below: cut off both corners
    ((0, 2), _NO),            # 6  br tr
    ((3, 2), _NO),            # 7  bl br tr
    ((2, 3), _NO),            # 8  tl
    ((0, 2), _NO),            # 9  bl tl
    ((0, 1), (2, 3)),         # 10 br tl, centre below
    ((1, 2), _NO),            # 11 bl br tl
    ((3, 1), _NO),            # 12 tr tl
    ((0, 1), _NO),            # 13 bl tr tl
    ((3, 0), _NO),            # 14 br tr tl
    (_NO, _NO),               # 15
    ((0, 1), (2, 3)),         # 16 = 5 with the centre above: cut off br and tl
    ((3, 0), (1, 2)),         # 17 = 10 with the centre above: cut off bl and tr
], dtype=np.int64)


# ------------------------------------------------------------------------------------ axes
@dataclass(frozen=True, eq=False)
class MapAxis:
    """One axis of the map: the issue, its image cells and its line samples.

    ``coords`` are the cell centres in plot coordinates (terms for a numeric issue, option
    indices 0, 1, … for a categorical one); ``points`` what each cell's term contributes
    to our value (weight × curve, in points); ``acceptable`` whether it keeps the limits;
    ``extent`` the outer edges of the first and last cell. ``line_coords``/``line_points``
    are the finer (numeric) or edge-doubled (categorical) samples lines are traced on.
    ``off_limits`` lists ``(start, end)`` intervals of plot coordinates to shade.
    """

    issue: str
    categorical: bool
    terms: np.ndarray
    coords: np.ndarray
    points: np.ndarray
    acceptable: np.ndarray
    extent: tuple[float, float]
    line_coords: np.ndarray
    line_points: np.ndarray
    off_limits: tuple[tuple[float, float], ...]
    weight: float
    unit: str = ""
    labels: tuple[str, ...] = ()
    on_step: bool = True
    better: str = ""
    #: the issue carries a contingent clause in this slice: its points are expected values
    #: under our forecast, read between line samples by interpolation
    contingent: bool = False

    @property
    def n(self) -> int:
        return len(self.coords)

    def title(self, better: bool = True) -> str:
        """The axis title people read: name, unit (unless the name says it) and, with
        ``better``, which end is better for us."""
        text = self.issue
        if self.unit and not self.categorical and self.unit.lower() not in self.issue.lower():
            text += f" ({self.unit})"
        if better and self.better == "lower":
            text = tr("{title} — lower is better").format(title=text)
        elif better and self.better == "higher":
            text = tr("{title} — higher is better").format(title=text)
        return text


def _nice_samples(issue: NumericIssue, max_samples: int) -> tuple[np.ndarray, bool]:
    """Cell centres of a numeric axis: the step grid when it is evenly spaced and small
    enough, else ``max_samples`` evenly spaced terms over the range."""
    g = issue.grid()
    if len(g) <= max_samples and (len(g) < 3 or np.allclose(np.diff(g), issue.step, rtol=1e-9, atol=1e-12)):
        return g.astype(float), True
    return np.linspace(issue.min, issue.max, max_samples), False


def _numeric_acceptable(issue: NumericIssue, x: np.ndarray) -> np.ndarray:
    if issue.hard_limit is None:
        return np.ones(len(x), dtype=bool)
    eps = 1e-6 * issue.step
    if issue.direction == Direction.LOWER:
        return x <= issue.hard_limit + eps
    return x >= issue.hard_limit - eps


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """``(first, last)`` index of each run of True in ``mask``."""
    m = np.concatenate([[False], np.asarray(mask, bool), [False]])
    d = np.diff(m.astype(np.int8))
    starts = np.flatnonzero(d == 1)
    ends = np.flatnonzero(d == -1) - 1
    return list(zip(starts.tolist(), ends.tolist()))


def map_axis(plan: Plan, issue_name: str, *, max_samples: int = MAX_SAMPLES,
             line_samples: int = LINE_SAMPLES, clause: AnyClause | None = None) -> MapAxis:
    """The :class:`MapAxis` of ``issue_name`` under ``plan``'s weights; with a contingent
    ``clause`` on the issue, each term counts with its expected value as the clause's base."""
    issue = plan.issue(issue_name)
    w = float(plan.weights[issue_name])
    if clause is not None:
        event = plan.event(clause.event)

        def curve(terms: np.ndarray) -> np.ndarray:
            return expected_values_at(clause, issue, terms, event, event.ours)
    else:
        curve = issue.values if isinstance(issue, NumericIssue) else None  # type: ignore[assignment]
    if isinstance(issue, CategoricalIssue):
        n = len(issue.options)
        coords = np.arange(n, dtype=float)
        pts = w * (issue.grid_values() if clause is None else curve(issue.grid()))
        acc = issue.grid_acceptable()
        line_coords = np.repeat(np.arange(n + 1, dtype=float) - 0.5, 2)[1:-1]
        line_points = np.repeat(pts, 2)
        off = tuple((float(a) - 0.5, float(b) + 0.5) for a, b in _runs(~acc))
        return MapAxis(issue_name, True, issue.grid(), coords, pts, acc, (-0.5, n - 0.5), line_coords,
                       line_points, off, w, "", tuple(issue.labels), True, "", clause is not None)
    assert isinstance(issue, NumericIssue)
    coords, on_step = _nice_samples(issue, max_samples)
    if len(coords) > 1:
        half = (coords[-1] - coords[0]) / (len(coords) - 1) / 2.0
    else:  # pragma: no cover - a numeric issue always has two grid points
        half = issue.step / 2.0
    extent = (float(coords[0] - half), float(coords[-1] + half))
    pts = w * curve(coords)
    acc = _numeric_acceptable(issue, coords)
    line_coords = np.linspace(issue.min, issue.max, max(line_samples, 2))
    line_points = w * curve(line_coords)
    off = []
    for a, b in _runs(~acc):
        lo = float(coords[a] - half)
        hi = float(coords[b] + half)
        if not on_step and issue.hard_limit is not None:  # samples are not terms: cut at the limit itself
            if issue.direction == Direction.LOWER and a > 0:
                lo = float(issue.hard_limit)
            elif issue.direction == Direction.HIGHER and b < len(coords) - 1:
                hi = float(issue.hard_limit)
        off.append((lo, hi))
    better = "lower" if issue.direction == Direction.LOWER else "higher"
    if issue.curve == "breakpoints":
        better = ""
    return MapAxis(issue_name, False, coords.copy(), coords, pts, acc, extent, line_coords, line_points,
                   tuple(off), w, issue.unit, (), on_step, better, clause is not None)


# ------------------------------------------------------------------------------------ lines
@dataclass(frozen=True, eq=False)
class IsoLine:
    """One iso-value line: ``segments`` is ``(2k, 2)`` — point pairs, each pair a straight
    piece (draw with ``connect="pairs"``); empty when the level is not reached."""

    level: float
    segments: np.ndarray
    kind: str = "faint"  # "target", "reservation" or "faint"

    def __len__(self) -> int:
        return len(self.segments) // 2

    @property
    def empty(self) -> bool:
        return len(self.segments) == 0

    @property
    def x(self) -> np.ndarray:
        return self.segments[:, 0]

    @property
    def y(self) -> np.ndarray:
        return self.segments[:, 1]

    def anchor(self, prefer: str = "right") -> tuple[float, float] | None:
        """A point on the line to put its label at: its end furthest to the ``prefer``
        side (``"right"``, ``"left"``, ``"top"``, ``"bottom"``) — None when empty."""
        if self.empty:
            return None
        s = self.segments
        key = {"right": s[:, 0], "left": -s[:, 0], "top": s[:, 1], "bottom": -s[:, 1]}[prefer]
        k = int(np.argmax(key))
        return float(s[k, 0]), float(s[k, 1])


def contour_segments(xc: np.ndarray, yc: np.ndarray, values: np.ndarray, levels: Sequence[float]
                     ) -> list[np.ndarray]:
    """Marching squares over a rectilinear grid, vectorised over cells and levels.

    ``values`` is ``(len(yc), len(xc))``; ``xc``/``yc`` non-decreasing coordinates (a
    repeated coordinate makes a zero-width cell: a crossing there lies exactly on it).
    Returns, per level, an ``(2k, 2)`` array of segment end points.
    """
    xc = np.asarray(xc, float)
    yc = np.asarray(yc, float)
    V = np.asarray(values, float)
    lv = np.asarray(levels, float).ravel()
    if V.shape != (len(yc), len(xc)):
        raise ValueError("values must be (len(yc), len(xc))")
    empty = [np.zeros((0, 2)) for _ in range(lv.size)]
    if len(xc) < 2 or len(yc) < 2 or lv.size == 0:
        return empty
    # one byte per corner and cell: cheap even for several levels on a 200 × 200 grid
    above = (V[None, :, :] > lv[:, None, None]).view(np.uint8)
    case = above[:, :-1, :-1] + (above[:, :-1, 1:] << 1)
    case += above[:, 1:, 1:] << 2
    case += above[:, 1:, :-1] << 3
    li, jj, ii = np.nonzero((case - np.uint8(1)) < 14)  # neither all below (0) nor all above (15)
    if len(li) == 0:
        return empty
    c = case[li, jj, ii].astype(np.int64)
    saddle = np.flatnonzero((c == 5) | (c == 10))
    if len(saddle):  # the centre decides (bilinear centre = mean of the corners)
        s_l, s_j, s_i = li[saddle], jj[saddle], ii[saddle]
        centre = (V[s_j, s_i] + V[s_j, s_i + 1] + V[s_j + 1, s_i + 1] + V[s_j + 1, s_i]) / 4.0 > lv[s_l]
        c[saddle] = np.where(centre, np.where(c[saddle] == 5, 16, 17), c[saddle])
    segs = _SEGMENTS[c]  # (m, 2 segments, 2 edges)
    out: list[np.ndarray] = []

    def edge_points(edge: np.ndarray, lk: np.ndarray, j: np.ndarray, i: np.ndarray) -> np.ndarray:
        """Crossing point on ``edge`` (0..3) of cells ``(lk, j, i)``."""
        r0 = np.choose(edge, [0, 0, 1, 0])  # (row, col) offsets of the edge's two corners
        c0 = np.choose(edge, [0, 1, 0, 0])
        r1 = np.choose(edge, [0, 1, 1, 1])
        c1 = np.choose(edge, [1, 1, 1, 0])
        s0 = V[j + r0, i + c0] - lv[lk]
        s1 = V[j + r1, i + c1] - lv[lk]
        d = s0 - s1
        t = np.clip(np.divide(s0, d, out=np.full_like(s0, 0.5), where=d != 0), 0.0, 1.0)
        x0, x1 = xc[i + c0], xc[i + c1]
        y0, y1 = yc[j + r0], yc[j + r1]
        return np.stack([x0 + t * (x1 - x0), y0 + t * (y1 - y0)], axis=-1)

    pieces = []
    for k in (0, 1):
        e = segs[:, k, :]
        sel = np.flatnonzero(e[:, 0] >= 0)
        if len(sel) == 0:
            continue
        lk, j, i = li[sel], jj[sel], ii[sel]
        pieces.append((lk, edge_points(e[sel, 0], lk, j, i), edge_points(e[sel, 1], lk, j, i)))
    for level_index in range(lv.size):
        parts = []
        for lvl, a, b in pieces:
            m = lvl == level_index
            if m.any():
                pair = np.empty((2 * int(m.sum()), 2))
                pair[0::2] = a[m]
                pair[1::2] = b[m]
                parts.append(pair)
        out.append(np.concatenate(parts) if parts else np.zeros((0, 2)))
    return out


# ------------------------------------------------------------------------------------ slice
@dataclass(frozen=True, eq=False)
class ValueSlice:
    """Our value over two issues with every other term fixed.

    ``values`` is ``(y.n, x.n)`` — row ``j``, column ``i`` is the cell at
    ``(x.coords[i], y.coords[j])`` — in points; ``acceptable`` the same shape (False where
    the cell's X or Y term, or a fixed term, breaks a limit).
    """

    plan: Plan
    x: MapAxis
    y: MapAxis
    fixed: dict[str, Term]
    base: float
    values: np.ndarray
    acceptable: np.ndarray
    violations: tuple[str, ...] = ()
    package: str | None = None
    _line_values: np.ndarray = field(default=None, repr=False)  # type: ignore[assignment]

    @property
    def fixed_acceptable(self) -> bool:
        """True when the fixed (other) terms keep every limit."""
        return not self.violations

    @property
    def value_range(self) -> tuple[float, float]:
        """Lowest and highest value anywhere on the slice (continuous curves included)."""
        lv = self.line_values
        return float(lv.min()), float(lv.max())

    @property
    def line_values(self) -> np.ndarray:
        """The value on the line-tracing samples, ``(len(y.line_coords), len(x.line_coords))``."""
        return self._line_values

    # -- reading values ------------------------------------------------------------------
    def points_along(self, axis: MapAxis, coords: np.ndarray | float) -> np.ndarray:
        """What ``axis``'s term at plot coordinates ``coords`` contributes (exact on the curve
        for a numeric issue; the option's cell for a categorical one)."""
        c = np.asarray(coords, dtype=float)
        issue = self.plan.issue(axis.issue)
        if axis.categorical:
            k = np.clip(np.rint(c), 0, axis.n - 1).astype(np.int64)
            return axis.points[k]
        assert isinstance(issue, NumericIssue)
        if axis.contingent:  # expected values: between the (fine) line samples
            return np.interp(np.clip(c, issue.min, issue.max), axis.line_coords, axis.line_points)
        return axis.weight * issue.values(np.clip(c, issue.min, issue.max))

    def value_at(self, x: np.ndarray | float, y: np.ndarray | float) -> np.ndarray:
        """Our value at plot coordinates ``(x, y)`` (vectorised)."""
        return self.base + self.points_along(self.x, x) + self.points_along(self.y, y)

    def term_at(self, axis: MapAxis, coord: float) -> Term:
        """The term a point at ``coord`` on ``axis`` stands for: the nearest term on the
        issue's step grid, or the option whose cell it is in."""
        issue = self.plan.issue(axis.issue)
        if axis.categorical:
            k = int(np.clip(round(float(coord)), 0, axis.n - 1))
            return str(axis.labels[k])
        assert isinstance(issue, NumericIssue)
        return issue.snap(float(min(max(coord, issue.min), issue.max)))

    def coord_of(self, axis: MapAxis, term: Term) -> float:
        """Plot coordinate of a term on ``axis``."""
        if axis.categorical:
            return float(axis.labels.index(str(term)))
        return float(term)

    def position(self, terms: Mapping[str, Term]) -> tuple[float, float]:
        """Plot coordinates of a package (its X and Y terms)."""
        return self.coord_of(self.x, terms[self.x.issue]), self.coord_of(self.y, terms[self.y.issue])

    # -- lines ---------------------------------------------------------------------------
    def iso_lines(self, levels: Sequence[float], kinds: Sequence[str] | None = None, stride: int = 1
                  ) -> list[IsoLine]:
        """The iso-value lines at ``levels`` (points), traced on the line samples (every
        ``stride``-th sample of a numeric axis; categorical axes keep all their edges)."""
        kinds = list(kinds) if kinds is not None else ["faint"] * len(levels)
        xs = slice(None, None, stride if not self.x.categorical else 1)
        ys = slice(None, None, stride if not self.y.categorical else 1)
        xc, yc = self.x.line_coords[xs], self.y.line_coords[ys]
        if stride > 1:  # keep the far ends so that coarse lines still reach the borders
            xi = np.unique(np.r_[np.arange(len(self.x.line_coords))[xs], len(self.x.line_coords) - 1])
            yi = np.unique(np.r_[np.arange(len(self.y.line_coords))[ys], len(self.y.line_coords) - 1])
            xc, yc = self.x.line_coords[xi], self.y.line_coords[yi]
            values = self.line_values[np.ix_(yi, xi)]
        else:
            values = self.line_values
        segs = contour_segments(xc, yc, values, levels)
        return [IsoLine(float(lv), s, k) for lv, s, k in zip(levels, segs, kinds)]

    def faint_levels(self, avoid: Sequence[float] = (), count: int = 6, clearance: float = 1.5) -> list[float]:
        """Round levels for orientation lines across the slice's range (every 10, 5, 2 or 1
        points, whichever gives at most ``count``), none within ``clearance`` of ``avoid``."""
        lo, hi = self.value_range
        span = hi - lo
        if span <= 1e-9:
            return []
        for step in (1.0, 2.0, 5.0, 10.0, 20.0, 25.0):
            first = math.floor(lo / step) * step + step
            levels = np.arange(first, hi - 1e-9, step)
            if len(levels) <= count:
                break
        out = [float(v) for v in levels if all(abs(v - a) >= clearance for a in avoid) and lo < v < hi]
        return out

    def lines(self, target: float | None, reservation: float | None, faint: int = 6) -> list[IsoLine]:
        """The map's lines: the target level, the reservation value and a few faint ones
        (target and reservation first; a level outside the slice gives an empty line)."""
        levels, kinds = [], []
        if target is not None:
            levels.append(float(target))
            kinds.append("target")
        if reservation is not None:
            levels.append(float(reservation))
            kinds.append("reservation")
        out = self.iso_lines(levels, kinds)
        faint_levels = self.faint_levels(avoid=levels, count=faint) if faint else []
        # orientation lines are thin and faint: half the samples draw them just as well
        return out + (self.iso_lines(faint_levels, ["faint"] * len(faint_levels), stride=2) if faint_levels else [])


def _fixed_terms(plan: Plan, package: Mapping[str, Term] | str | None
                 ) -> tuple[dict[str, Term], str | None, dict[str, AnyClause]]:
    if isinstance(package, str):
        sp = plan.stored_package(package)
        return dict(sp.terms), sp.name, dict(sp.clauses)
    if package is None:
        if plan.packages:
            sp = plan.packages[0]
            return dict(sp.terms), sp.name, dict(sp.clauses)
        return {i.name: default_term(i) for i in plan.issues}, None, {}
    if isinstance(package, Package):
        return dict(package), package.name, package.clauses
    return dict(package), None, {}


def value_slice(plan: Plan, x_issue: str, y_issue: str, package: Mapping[str, Term] | str | None = None, *,
                max_samples: int = MAX_SAMPLES, line_samples: int = LINE_SAMPLES) -> ValueSlice:
    """Our value over ``x_issue`` × ``y_issue`` with every other term fixed at ``package``'s.

    ``package`` is a stored package's name, a mapping of terms, or None (the plan's first
    package, or each issue's default term when there are none).
    """
    if x_issue == y_issue:
        raise ValueError(tr("choose two different issues for the value map"))
    terms, name, clauses = _fixed_terms(plan, package)
    x = map_axis(plan, x_issue, max_samples=max_samples, line_samples=line_samples, clause=clauses.get(x_issue))
    y = map_axis(plan, y_issue, max_samples=max_samples, line_samples=line_samples, clause=clauses.get(y_issue))
    need = 9.0 * x.n * y.n + 8.0 * len(x.line_coords) * len(y.line_coords)  # values, acceptable, lines
    if need > MEMORY_BUDGET / 4:
        raise ResourceLimit(tr("the value map of {x} × {y} would need {megabytes:.0f} MB ({columns} × {rows} "
                               "cells); choose issues with fewer options").format(
            x=x_issue, y=y_issue, megabytes=need / 2**20, columns=x.n, rows=y.n))
    fixed: dict[str, Term] = {}
    base = 0.0
    violations = []
    for issue in plan.issues:
        if issue.name in (x_issue, y_issue):
            continue
        t = issue.check_term(terms[issue.name])
        fixed[issue.name] = t
        clause = clauses.get(issue.name)
        if clause is None:
            base += plan.weights[issue.name] * issue.value(t)
        else:  # a contingent term: its expected value under our forecast
            event = plan.event(clause.event)
            base += plan.weights[issue.name] * expected_value(clause, issue, t, event, event.ours)
        if not issue.is_acceptable(t):
            if isinstance(issue, NumericIssue):
                violations.append(tr("{issue} {term} is beyond the hard limit {limit}").format(
                    issue=issue.name, term=issue.format_term(t), limit=issue.format_term(issue.hard_limit)))
            else:
                violations.append(tr("{issue} {option} is unacceptable").format(issue=issue.name, option=t))
    values = base + x.points[None, :] + y.points[:, None]
    acceptable = y.acceptable[:, None] & x.acceptable[None, :]
    if violations:
        acceptable = np.zeros_like(acceptable)
    line_values = base + x.line_points[None, :] + y.line_points[:, None]
    return ValueSlice(plan, x, y, fixed, float(base), values, acceptable, tuple(violations), name, line_values)


def default_axes(plan: Plan) -> tuple[str, str] | None:
    """The two heaviest issues (heavier on X; ties in issue order), or None with fewer than two."""
    names = plan.issue_names
    if len(names) < 2:
        return None
    order = sorted(range(len(names)), key=lambda i: (-plan.weights[names[i]], i))
    return names[order[0]], names[order[1]]


__all__ = ["MAX_SAMPLES", "LINE_SAMPLES", "MapAxis", "IsoLine", "ValueSlice", "map_axis", "value_slice",
           "contour_segments", "default_axes"]
