"""What we assume about the counterpart before any reaction: the prior, as samples.

Their value of a package is additive like ours, with unknown weights (a Dirichlet prior)
and unknown value curves (numeric issues: opposed, compatible or single-peaked;
categorical issues: the same shapes along our order of the options, or any order); see
:mod:`~meso_desk.model.counterpart.inference` for the whole model and ``docs/inference.md``
for the numbers. This module compiles a plan's issues into one table (a row per option or
knot), draws the prior samples, derives their weights and values, and proposes the
Metropolis–Hastings moves the posterior uses after resampling.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from ..base import Term
from ..plan import Plan
from ..preferences.issues import CategoricalIssue, NumericIssue

#: A numeric issue with at most this many grid points is modelled on its grid; a finer
#: one on ``COARSE_KNOTS`` evenly spaced knots (linear interpolation in between).
KNOT_LIMIT = 65
COARSE_KNOTS = 41


@dataclass(frozen=True)
class PriorSettings:
    """The prior's constants (documented in ``docs/inference.md``)."""

    #: Dirichlet parameter of each issue's weight before any tilt (1 = flat).
    alpha: float = 1.0
    #: Numeric issues: prior probability of "opposite of ours" and of "same as ours";
    #: the rest goes to single-peaked curves (a preferred term inside the range).
    p_opposed: float = 0.70
    p_compatible: float = 0.15
    #: Categorical issues: the shapes real multi-issue profiles give their options, along
    #: *our* order of them (options are usually ordinal: sizes, grades, terms): opposed to ours,
    #: the same as ours, single-peaked (they like a middle option best), or any order at all;
    #: prior probabilities, and the noise around the structured shapes (on their 0..1 span).
    cat_opposed: float = 0.45
    cat_compatible: float = 0.15
    cat_peaked: float = 0.25
    cat_shape_noise: float = 0.2
    noise_sd: float = 1.0
    #: Their rationality is unknown and inferred: each sample's β is β · 2^(k/2) for k in
    #: ``rationality_steps`` (uniform prior) on a 0..1 utility around the default 20 (10 … 40).
    #: Contradictory reactions then make them look more erratic (a smaller β) instead of
    #: "exactly indifferent between everything offered", and the intervals widen.
    rationality_steps: tuple[int, ...] = (-2, -1, 0, 1, 2)
    #: Their reservation value (points on their 0..100 scale), uniform.
    reservation_low: float = 20.0
    reservation_high: float = 85.0
    #: A fully trusted statement is sincere with this probability.
    statement_belief: float = 0.6
    #: Sharpness of "this issue is their top one" in the statement likelihood.
    statement_sharpness: float = 6.0


PRIOR = PriorSettings()


# =====================================================================================
# The plan's structure, compiled: one table row per option (categorical) or knot (numeric)
# =====================================================================================
@dataclass(frozen=True, eq=False)
class IssueModel:
    name: str
    numeric: bool
    offset: int  # first row in the table
    n_rows: int
    ours: np.ndarray  # our value 0..100 at each row's option / knot
    knots: np.ndarray | None  # numeric: knot terms
    exact: bool  # numeric: knots are the grid itself
    lo: float = 0.0
    hi: float = 1.0
    step: float = 1.0
    labels: tuple[str, ...] = ()

    @cached_property
    def positions(self) -> np.ndarray:
        """Knot positions 0..1 along the range, in term order (numeric)."""
        assert self.knots is not None
        return (self.knots - self.lo) / (self.hi - self.lo)

    @cached_property
    def rank_position(self) -> np.ndarray:
        """Each option's place in our order, 0 for our best … 1 for our worst, evenly spaced."""
        k = len(self.ours)
        pos = np.empty(k)
        pos[np.argsort(-self.ours, kind="stable")] = np.arange(k) / max(k - 1, 1)
        return pos

    @cached_property
    def opposed_order(self) -> np.ndarray:
        """0 for our best option … 1 for our worst (categorical prior's direction)."""
        u = self.ours
        span = float(u.max() - u.min()) if len(u) else 0.0
        if span <= 1e-12:
            return np.zeros(len(u))
        return (u.max() - u) / span

    def locate(self, term: Term) -> tuple[int, int, float]:
        """Rows (within the issue) bracketing ``term`` and the interpolation fraction."""
        if not self.numeric:
            try:
                k = self.labels.index(str(term))
            except ValueError:
                raise ValueError(f"{self.name}: {term!r} is not one of {', '.join(self.labels)}") from None
            return k, k, 0.0
        x = float(term)
        assert self.knots is not None
        if self.exact:
            k = int(np.clip(round((x - self.lo) / self.step), 0, self.n_rows - 1))
            if abs(self.knots[-1] - x) < abs(self.knots[k] - x):
                k = self.n_rows - 1
            return k, k, 0.0
        t = min(max((x - self.lo) / (self.hi - self.lo), 0.0), 1.0) * (self.n_rows - 1)
        j = min(int(math.floor(t)), self.n_rows - 2)
        a = t - j
        if a < 1e-12:
            return j, j, 0.0
        return j, j + 1, a

    def grid_map(self, grid: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``locate`` for every point of the issue's grid (vectorised)."""
        n = len(grid)
        if not self.numeric or self.exact:
            k = np.arange(n, dtype=np.int64)
            return k, k, np.zeros(n)
        t = np.clip((grid.astype(float) - self.lo) / (self.hi - self.lo), 0.0, 1.0) * (self.n_rows - 1)
        j = np.minimum(np.floor(t).astype(np.int64), self.n_rows - 2)
        a = t - j
        return j, j + 1, a


@dataclass(frozen=True, eq=False)
class Structure:
    key: str
    names: tuple[str, ...]
    issues: tuple[IssueModel, ...]
    n_rows: int

    @property
    def n(self) -> int:
        return len(self.issues)

    @cached_property
    def categorical(self) -> tuple[int, ...]:
        return tuple(i for i, m in enumerate(self.issues) if not m.numeric)

    @cached_property
    def numeric(self) -> tuple[int, ...]:
        return tuple(i for i, m in enumerate(self.issues) if m.numeric)


def compile_structure(plan: Plan) -> Structure:
    models = []
    offset = 0
    fingerprint: list[Any] = []
    for issue in plan.issues:
        if isinstance(issue, CategoricalIssue):
            ours = issue.grid_values().astype(float)
            m = IssueModel(issue.name, False, offset, len(ours), ours, None, True, labels=tuple(issue.labels))
            fingerprint.append(["c", issue.name, list(issue.labels), [round(float(v), 9) for v in ours]])
        else:
            assert isinstance(issue, NumericIssue)
            grid = issue.grid()
            if len(grid) <= KNOT_LIMIT:
                knots, exact = grid.astype(float), True
            else:
                knots, exact = np.linspace(issue.min, issue.max, COARSE_KNOTS), False
            ours = issue.values(knots).astype(float)
            m = IssueModel(issue.name, True, offset, len(knots), ours, knots, exact,
                            lo=float(issue.min), hi=float(issue.max), step=float(issue.step))
            fingerprint.append(["n", issue.name, [round(float(v), 9) for v in knots],
                                [round(float(v), 9) for v in ours]])
        models.append(m)
        offset += m.n_rows
    key = hashlib.sha256(json.dumps(fingerprint, separators=(",", ":")).encode()).hexdigest()
    return Structure(key, tuple(plan.issue_names), tuple(models), offset)


# =====================================================================================
# Particles: the posterior samples and their latent variables
# =====================================================================================
@dataclass(eq=False)
class Particles:
    """Latent variables of every sample (axis −1 is the sample axis)."""

    y: np.ndarray  # (n, S) log of the Gamma variables behind the Dirichlet weights
    cfam: np.ndarray  # (n_cat, S) int8 categorical shape: 0 opposed, 1 compatible, 2 peaked, 3 any order
    cpeak: np.ndarray  # (n_cat, S) preferred position 0..1 along our order of the options (peaked)
    eps: tuple[np.ndarray, ...]  # per categorical issue (K, S) option noise
    fam: np.ndarray  # (n_num, S) int8: 0 opposed, 1 compatible, 2 single-peaked
    peak: np.ndarray  # (n_num, S) preferred position 0..1 of a single-peaked curve
    res: np.ndarray  # (S,) their reservation value in points
    lr: np.ndarray  # (S,) log of their rationality relative to β
    #: event name → (S,) how far they believe their own forecast of it (0: ours … 1: theirs);
    #: drawn (uniform) only once a recorded offer has a clause on the event
    lam: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return self.res.shape[0]

    def take(self, idx: np.ndarray) -> Particles:
        return Particles(self.y[:, idx], self.cfam[:, idx], self.cpeak[:, idx], tuple(e[:, idx] for e in self.eps),
                          self.fam[:, idx], self.peak[:, idx], self.res[idx], self.lr[idx],
                          {k: v[idx] for k, v in self.lam.items()})

    def where(self, mask: np.ndarray, other: Particles) -> Particles:
        """``other`` where ``mask`` (per sample), else self."""
        return Particles(np.where(mask, other.y, self.y), np.where(mask, other.cfam, self.cfam),
                          np.where(mask, other.cpeak, self.cpeak),
                          tuple(np.where(mask, b, a) for a, b in zip(self.eps, other.eps)),
                          np.where(mask, other.fam, self.fam), np.where(mask, other.peak, self.peak),
                          np.where(mask, other.res, self.res), np.where(mask, other.lr, self.lr),
                          {k: np.where(mask, other.lam.get(k, v), v) for k, v in self.lam.items()})

    def with_beliefs(self, names: list[str], rng: np.random.Generator) -> Particles:
        """These samples with a fresh uniform draw of the forecast belief λ of each event in
        ``names`` they do not carry yet. λ is independent of everything else a priori and no
        evidence before has touched it, so drawing it now is drawing it from its posterior."""
        lam = dict(self.lam)
        for k in names:
            if k not in lam:
                lam[k] = rng.random(self.size)
        return Particles(self.y, self.cfam, self.cpeak, self.eps, self.fam, self.peak, self.res, self.lr, lam)


@dataclass(eq=False)
class Derived:
    """What the evidence needs: weights, per-issue values and the weighted value table."""

    W: np.ndarray  # (n, S) float64 weights (columns sum to 1)
    V: tuple[np.ndarray, ...]  # per issue (K, S) float32 value 0..100 at each row
    T: np.ndarray  # (n_rows, S) float32 weight × value
    B: np.ndarray  # (S,) float32 rationality factor exp(lr): the sample's β is β · B


def derive(st: Structure, p: Particles, settings: PriorSettings, keep: Derived | None = None,
            moved: str = "") -> Derived:
    """Weights, values and the value table of the samples. With ``keep``, only the block
    that ``moved`` ("weights" or "curves") is recomputed."""
    S = p.size
    T = np.empty((st.n_rows, S), dtype=np.float32)
    if keep is not None and moved == "weights":
        W = weights_of(p.y)
        W32 = W.astype(np.float32)
        for i, m in enumerate(st.issues):
            np.multiply(keep.V[i], W32[i][None, :], out=T[m.offset:m.offset + m.n_rows])
        return Derived(W, keep.V, T, keep.B)
    W = keep.W if keep is not None and moved == "curves" else weights_of(p.y)
    W32 = W.astype(np.float32)
    V: list[np.ndarray] = [None] * st.n  # type: ignore[list-item]
    for c, i in enumerate(st.categorical):
        m = st.issues[i]
        V[i] = categorical_values(m, p.cfam[c], p.cpeak[c], p.eps[c], settings)
    for c, i in enumerate(st.numeric):
        m = st.issues[i]
        opp = (100.0 - m.ours).astype(np.float32)
        comp = m.ours.astype(np.float32)
        fam = p.fam[c]
        v = np.where(fam[None, :] == 1, comp[:, None], opp[:, None])
        peaked = np.flatnonzero(fam == 2)
        if len(peaked):
            pk = p.peak[c, peaked].astype(np.float32)[None, :]
            reach = np.maximum(pk, np.float32(1.0) - pk)
            pos = m.positions.astype(np.float32)[:, None]
            v[:, peaked] = np.float32(100.0) * (np.float32(1.0) - np.abs(pos - pk) / reach)
        V[i] = v
    for i, m in enumerate(st.issues):
        np.multiply(V[i], W32[i][None, :], out=T[m.offset:m.offset + m.n_rows])
    return Derived(W, tuple(V), T, np.exp(p.lr).astype(np.float32))


def categorical_values(m: IssueModel, fam: np.ndarray, peak: np.ndarray, eps: np.ndarray,
                       settings: PriorSettings) -> np.ndarray:
    """Their option values ``(K, S)`` of one categorical issue: a shape along our order of the
    options (opposed, compatible, single-peaked) with a little noise, or any order (noise
    only), rescaled so that their best option is worth 100 and their worst 0 — the *swing*
    convention of our own weights (an issue's weight is what the whole swing is worth)."""
    o = m.opposed_order.astype(np.float32)[:, None]  # 0 at our best option … 1 at our worst
    r = m.rank_position.astype(np.float32)[:, None]
    pk = peak.astype(np.float32)[None, :]
    reach = np.maximum(pk, np.float32(1.0) - pk)
    f = fam[None, :]
    base = np.where(f == 0, o, np.where(f == 1, np.float32(1.0) - o,
                    np.where(f == 2, np.float32(1.0) - np.abs(r - pk) / reach, np.float32(0.0))))
    noise = np.where(f == 3, np.float32(1.0), np.float32(settings.cat_shape_noise))
    z = (base + noise * eps.astype(np.float32)).astype(np.float32)
    lo = z.min(axis=0, keepdims=True)
    z -= lo
    z *= np.float32(100.0) / np.maximum(z.max(axis=0, keepdims=True), np.float32(1e-6))
    return z


def draw_cat_family(rng: np.random.Generator, shape: tuple[int, int], settings: PriorSettings) -> np.ndarray:
    u = rng.random(shape)
    a = settings.cat_opposed
    b = a + settings.cat_compatible
    c = b + settings.cat_peaked
    return np.where(u < a, 0, np.where(u < b, 1, np.where(u < c, 2, 3))).astype(np.int8)


def weights_of(y: np.ndarray) -> np.ndarray:
    x = np.exp(y - y.max(axis=0, keepdims=True))
    return x / x.sum(axis=0, keepdims=True)


def dirichlet_alpha(st: Structure, tilt: Mapping[str, float], settings: PriorSettings) -> np.ndarray:
    return np.array([settings.alpha * float(tilt.get(n, 1.0)) for n in st.names], dtype=float)


def draw_prior(st: Structure, alpha: np.ndarray, S: int, settings: PriorSettings,
                rng: np.random.Generator) -> Particles:
    g = rng.standard_gamma(alpha[:, None], size=(st.n, S))
    y = np.log(np.maximum(g, 1e-300))
    n_cat, n_num = len(st.categorical), len(st.numeric)
    cfam = draw_cat_family(rng, (n_cat, S), settings)
    cpeak = rng.random((n_cat, S))
    eps = tuple(rng.normal(0.0, settings.noise_sd, size=(st.issues[i].n_rows, S)) for i in st.categorical)
    fam = draw_family(rng, (n_num, S), settings)
    peak = rng.random((n_num, S))
    res = rng.uniform(settings.reservation_low, settings.reservation_high, size=S)
    lr = rationality_grid(settings)[rng.integers(0, len(settings.rationality_steps), size=S)]
    return Particles(y, cfam, cpeak, eps, fam, peak, res, lr)


def rationality_grid(settings: PriorSettings) -> np.ndarray:
    """The log rationality factors of the prior grid (β_sample = β · exp(lr))."""
    return np.array(settings.rationality_steps, dtype=float) * (0.5 * math.log(2.0))


def _rationality_move(rng: np.random.Generator, lr: np.ndarray, settings: PriorSettings) -> np.ndarray:
    """A symmetric step to a neighbouring grid point (staying put at the ends): leaves the
    uniform prior over the grid invariant."""
    grid = rationality_grid(settings)
    k = np.argmin(np.abs(lr[:, None] - grid[None, :]), axis=1)
    k2 = k + rng.choice((-1, 1), size=len(k))
    k2 = np.where((k2 < 0) | (k2 >= len(grid)), k, k2)
    return grid[k2]


def draw_family(rng: np.random.Generator, shape: tuple[int, int], settings: PriorSettings) -> np.ndarray:
    u = rng.random(shape)
    return np.where(u < settings.p_opposed, 0,
                    np.where(u < settings.p_opposed + settings.p_compatible, 1, 2)).astype(np.int8)


def reflect(x: np.ndarray, lo: float, hi: float) -> np.ndarray:
    span = hi - lo
    t = np.mod(x - lo, 2 * span)
    return lo + np.where(t > span, 2 * span - t, t)


def propose(st: Structure, p: Particles, alpha: np.ndarray, settings: PriorSettings,
             rng: np.random.Generator, block: str, scale: float) -> tuple[Particles, np.ndarray]:
    """A Metropolis–Hastings proposal for one block of latents, and its log prior ratio.

    ``"weights"``: a Gaussian random walk on the log Gamma latents of the Dirichlet weights,
    its step ``scale`` × their spread across the samples (the prior ratio is included).
    ``"curves"``: the value curves and the reservation move by kernels that leave their prior
    invariant — Crank–Nicolson steps of size ``scale`` for the Gaussian option noise of the
    categorical issues, fresh prior draws for a few shape families, reflected random walks
    for the uniform ones, a step to a neighbouring point of the rationality grid — so that only the
    likelihood ratio remains.
    """
    S = p.size
    if block == "weights":
        spread = np.clip(p.y.std(axis=1, keepdims=True), 0.05, 1.5)
        y2 = p.y + scale * spread * rng.standard_normal(p.y.shape)
        log_prior = (alpha[:, None] * (y2 - p.y) - (np.exp(y2) - np.exp(p.y))).sum(axis=0)
        return Particles(y2, p.cfam, p.cpeak, p.eps, p.fam, p.peak, p.res, p.lr, p.lam), log_prior
    rho = min(max(scale, 0.01), 0.9)
    keep = math.sqrt(1.0 - rho * rho)
    cfresh = draw_cat_family(rng, p.cfam.shape, settings)
    cfam2 = np.where(rng.random(p.cfam.shape) < min(0.5, rho), cfresh, p.cfam).astype(np.int8)
    cpeak2 = reflect(p.cpeak + 0.3 * rho * rng.standard_normal(p.cpeak.shape), 0.0, 1.0)
    eps2 = tuple(keep * e + rho * settings.noise_sd * rng.standard_normal(e.shape) for e in p.eps)
    fresh = draw_family(rng, p.fam.shape, settings)
    refresh = rng.random(p.fam.shape) < min(0.5, rho)
    fam2 = np.where(refresh, fresh, p.fam).astype(np.int8)
    peak2 = reflect(p.peak + 0.3 * rho * rng.standard_normal(p.peak.shape), 0.0, 1.0)
    span = settings.reservation_high - settings.reservation_low
    res2 = reflect(p.res + 0.15 * rho * span * rng.standard_normal(S), settings.reservation_low,
                    settings.reservation_high)
    lr2 = _rationality_move(rng, p.lr, settings)
    # forecast beliefs (only when a recorded offer was contingent: drawn last, so that the
    # random numbers of plans without them are unchanged): a reflected walk on 0..1
    step = min(max(0.5 * rho, 0.05), 0.3)
    lam2 = {k: reflect(v + step * rng.standard_normal(S), 0.0, 1.0) for k, v in p.lam.items()}
    return Particles(p.y, cfam2, cpeak2, eps2, fam2, peak2, res2, lr2, lam2), np.zeros(S)
