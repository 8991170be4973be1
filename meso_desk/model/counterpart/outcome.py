"""The outcome space: every package as a point (our value, their estimated value).

What the outcome plot draws, computed without Qt:

* :func:`sample_cloud` — a fixed random sample of acceptable packages (uniform over each
  issue's acceptable terms, the same sample for the same issues) valued for us and, under
  the current estimate, for them; binned into a 2-D histogram (a density, not thousands of
  points);
* the exact Pareto frontier under the same estimate (:func:`meso_desk.model.offers.frontier.pareto_frontier`);
* :func:`package_outcomes` — the plan's packages with both values and, once rounds are
  recorded, the 80 % credible interval of their value;
* :func:`zopa_polygon` — the estimated zone of possible agreement: packages at or above our
  reservation and their (estimated) reservation, below the frontier.

The counterpart's values are always *our estimate*: the opposed-interests prior before any
round is recorded (``docs/decisions.md``), the posterior mean afterwards
(:func:`their_estimate`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..base import Term
from ..contingent.clauses import AnyClause
from ..language import tr
from ..limits import MEMORY_BUDGET, chunk_rows
from ..package import Package
from ..plan import Plan
from ..scoring import score, score_table
from .inference import CounterpartEstimate, estimate_counterpart
from .simulated import their_expected_values
from .their_values import TheirValues

#: Packages sampled for the density.
CLOUD_SAMPLES = 20_000
#: Histogram bins along each axis.
CLOUD_BINS = 80
#: Credible mass of the interval shown for their value of a package.
INTERVAL_MASS = 0.8
#: Posterior samples (equally weighted) the 80 % interval of a package's value is read from.
INTERVAL_SAMPLES = 400


@dataclass(frozen=True)
class Estimate:
    """Their values as we estimate them, and what the estimate rests on."""

    their: TheirValues
    label: str
    n_observations: int
    source: object | None = None  # the CounterpartEstimate, when rounds exist or the prior is tilted

    @property
    def is_prior(self) -> bool:
        return self.n_observations == 0


def their_estimate(plan: Plan) -> Estimate:
    """The current estimate of the counterpart's values.

    No rounds and no prior tilt: the opposed-interests prior itself (no sampling needed).
    Otherwise :func:`meso_desk.model.counterpart.inference.estimate_counterpart` (cached per plan
    structure and rounds by the inference module).
    """
    if not plan.rounds and not plan.counterpart_prior:
        return Estimate(TheirValues.opposed(plan), tr("opposed-interests prior"), 0, None)
    est = estimate_counterpart(plan)
    their = est.their_values()
    return Estimate(their, their.label, int(est.n_observations), est)


# ------------------------------------------------------------------------------------ cloud
def sample_row_bytes(n_issues: int) -> float:
    """Bytes one sampled package needs: its int64 indices and the per-issue float values the
    scoring gathers (``3 × 8`` bytes per issue), plus its two values."""
    return 24.0 * n_issues + 16.0


_SAMPLES: OrderedDict[tuple, np.ndarray] = OrderedDict()
_SAMPLES_LOCK = threading.Lock()


def sample_indices(plan: Plan, n: int = CLOUD_SAMPLES, seed: int = 20_24) -> np.ndarray:
    """``(n, n_issues)`` grid indices of random acceptable packages — the same sample for
    the same issues (cached), so the cloud does not flicker when weights or terms change."""
    t = score_table(plan)
    key = (plan.issues, n, seed)
    with _SAMPLES_LOCK:  # the outcome plot's worker thread uses it too
        hit = _SAMPLES.get(key)
        if hit is not None:
            _SAMPLES.move_to_end(key)
            return hit
    rng = np.random.default_rng(seed)
    cols = []
    for acc in t.acceptable:
        ok = np.flatnonzero(acc)
        cols.append(ok[rng.integers(0, len(ok), size=n)])
    idx = np.stack(cols, axis=1) if cols else np.zeros((n, 0), dtype=np.int64)
    with _SAMPLES_LOCK:
        _SAMPLES[key] = idx
        while len(_SAMPLES) > 4:
            _SAMPLES.popitem(last=False)
    return idx


@dataclass(frozen=True, eq=False)
class Cloud:
    """Sampled packages: both values, and their density on a ``(bins, bins)`` grid
    (``density[j, i]`` counts packages with ours in ``x_edges[i:i+2]``, theirs in
    ``y_edges[j:j+2]``)."""

    ours: np.ndarray
    theirs: np.ndarray
    density: np.ndarray
    x_edges: np.ndarray
    y_edges: np.ndarray

    @property
    def n(self) -> int:
        return len(self.ours)


def sample_cloud(plan: Plan, their: TheirValues, *, n: int = CLOUD_SAMPLES, bins: int = CLOUD_BINS,
                 x_range: tuple[float, float] | None = None, y_range: tuple[float, float] | None = None) -> Cloud:
    """Value ``n`` random acceptable packages for both sides and bin them (fewer when the
    sample would not fit the memory budget: ``n × issues`` indices and their values)."""
    idx = sample_indices(plan, min(n, chunk_rows(sample_row_bytes(len(plan.issues)), MEMORY_BUDGET / 4)))
    ours = score_table(plan).score_indices(idx)
    theirs = their.score_indices(idx)
    xr = x_range or (float(ours.min()), float(ours.max()))
    yr = y_range or (float(theirs.min()), float(theirs.max()))
    xr = (xr[0], xr[1] if xr[1] > xr[0] else xr[0] + 1.0)
    yr = (yr[0], yr[1] if yr[1] > yr[0] else yr[0] + 1.0)
    # one bincount instead of histogram2d: a few times faster for 20 000 points
    ix = np.clip(((ours - xr[0]) / (xr[1] - xr[0]) * bins).astype(np.int64), 0, bins - 1)
    iy = np.clip(((theirs - yr[0]) / (yr[1] - yr[0]) * bins).astype(np.int64), 0, bins - 1)
    density = np.bincount(iy * bins + ix, minlength=bins * bins).reshape(bins, bins).astype(float)
    return Cloud(ours, theirs, density, np.linspace(xr[0], xr[1], bins + 1), np.linspace(yr[0], yr[1], bins + 1))


# ------------------------------------------------------------------------------------ packages
@dataclass(frozen=True)
class PackageOutcome:
    """One package's place in the outcome space."""

    name: str
    ours: float
    theirs: float
    interval: tuple[float, float] | None
    acceptable: bool


#: Their belief in their own forecast (λ, 0 = ours … 1 = theirs) of an event no recorded offer had
#: a clause on: the mean of its uniform prior, as the estimate counts it (``PackageRows.values``).
BELIEF_PRIOR_MEAN = 0.5


def their_beliefs(plan: Plan, estimate: Estimate) -> dict[str, float]:
    """Event → how far they believe their own forecast under ``estimate``: the posterior mean
    of λ (:attr:`CounterpartEstimate.forecast_belief`) where their choices told it, else the
    prior mean. Their belief is the mixture ``λ · theirs + (1 − λ) · ours`` (docs/inference.md).
    A summary for words: their value of a contingent package is counted per sample, each with
    its own λ (:func:`package_outcomes`)."""
    told = getattr(estimate.source, "forecast_belief", None) or {}
    return {e.name: float(told[e.name][0]) if e.name in told else BELIEF_PRIOR_MEAN for e in plan.events}


def _sampled(estimate: Estimate) -> CounterpartEstimate | None:
    """The estimate's posterior samples (a CounterpartEstimate) when it rests on recorded
    rounds, else None (the prior: no interval, contingent terms at the prior mean belief)."""
    src = estimate.source
    return src if isinstance(src, CounterpartEstimate) and not estimate.is_prior else None


def contingent_values(plan: Plan, estimate: Estimate, packages: Sequence[Package]) -> tuple[np.ndarray, np.ndarray]:
    """Both values of contingent ``packages``: ours as the cards count it (:attr:`Package.score`,
    each contingent term at its expectation under our forecast) and theirs as the estimate
    counts it: with posterior samples, the mean over them of each sample's expected value (its
    weights, curves and belief λ: :meth:`CounterpartEstimate.package_samples`, as the evidence
    of a recorded contingent offer counts it); under the prior, their value of the terms that
    apply expected under the prior mean belief (:func:`their_beliefs`)."""
    return np.array([p.score for p in packages], dtype=float), _their_contingent(plan, estimate, packages)[0]


def _their_contingent(plan: Plan, estimate: Estimate, packages: Sequence[Package]) -> tuple[np.ndarray, np.ndarray | None]:
    """Their expected value of contingent ``packages`` (see :func:`contingent_values`) and,
    with posterior samples, their values in the :data:`INTERVAL_SAMPLES` equally weighted
    samples of :meth:`CounterpartEstimate.sample_indices` → ``(m, n)`` (else None)."""
    src = _sampled(estimate)
    if src is None:
        return their_expected_values(plan, packages, estimate.their, their_beliefs(plan, estimate)), None
    # einsum, not @: a BLAS call's thread start-up costs milliseconds on a busy machine
    mean = np.einsum("ms,s->m", src.package_samples(packages), src.sample_weights)
    return mean, src.package_samples(packages, INTERVAL_SAMPLES)


def _their_side(plan: Plan, estimate: Estimate, idx: np.ndarray, terms: Sequence[Mapping[str, Term]],
                contingent: Mapping[int, Package]) -> tuple[np.ndarray, list[tuple[float, float] | None]]:
    """Their value of each package (grid indices ``idx``, ``terms``; ``contingent``: position →
    the Package with its clauses) and, with posterior samples, its 80 % interval — read, for a
    contingent package too, from the samples' own values of it (weights, curves and λ), so that
    the uncertainty of a clause widens it."""
    theirs = np.array([estimate.their.value(plan, tm) for tm in terms], dtype=float)
    cont = sorted(contingent)
    drawn = None
    if cont:
        theirs[cont], drawn = _their_contingent(plan, estimate, [contingent[k] for k in cont])
    src = _sampled(estimate)
    if src is None:
        return theirs, [None] * len(terms)
    samples = src.samples_values(idx, INTERVAL_SAMPLES).T  # (N, n_samples)
    if drawn is not None:
        samples[cont] = drawn
    lo_q = (1 - INTERVAL_MASS) / 2
    lo, hi = np.quantile(samples, [lo_q, 1 - lo_q], axis=1)
    return theirs, [(float(a), float(b)) for a, b in zip(lo, hi)]


def package_outcomes(plan: Plan, estimate: Estimate, names: list[str] | None = None) -> list[PackageOutcome]:
    """Both values of the plan's packages (all, or ``names``), with the 80 % interval of
    their value when the estimate comes from recorded rounds. A contingent package counts at
    its expected values (:func:`contingent_values`); its interval is read from the posterior
    samples' values of it, each with its own belief λ (:func:`_their_side`)."""
    t = score_table(plan)
    names = plan.package_names if names is None else names
    if not names:
        return []
    stored = [plan.stored_package(n) for n in names]
    terms = [sp.terms for sp in stored]
    idx = np.array([t.indices_of(tm) for tm in terms], dtype=np.int64).reshape(len(names), -1)
    ours = np.array([score(plan, tm) for tm in terms], dtype=float)
    contingent = {k: plan.package(names[k]) for k, sp in enumerate(stored) if sp.clauses}
    if contingent:
        ours[list(contingent)] = [p.score for p in contingent.values()]
    theirs, intervals = _their_side(plan, estimate, idx, terms, contingent)
    acc = t.acceptable_indices(idx)
    return [PackageOutcome(n, float(o), float(th), iv, bool(a))
            for n, o, th, iv, a in zip(names, ours, theirs, intervals, acc)]


def package_outcome(plan: Plan, estimate: Estimate, terms: Mapping[str, Term], name: str = "",
                    clauses: Mapping[str, AnyClause] | None = None) -> PackageOutcome:
    """Both values of any package given by its terms and clauses (e.g. the agreed one), with
    the 80 % interval of their value when the estimate comes from recorded rounds (as
    :func:`package_outcomes`)."""
    t = score_table(plan)
    idx = t.indices_of(terms)[None, :]
    ok = bool(t.acceptable_indices(idx)[0])
    contingent = {0: Package(plan, terms, clauses=clauses)} if clauses else {}
    ours = contingent[0].score if clauses else score(plan, terms)
    theirs, intervals = _their_side(plan, estimate, idx, [terms], contingent)
    return PackageOutcome(name, float(ours), float(theirs[0]), intervals[0], ok)


# ------------------------------------------------------------------------------------ ZOPA
def zopa_polygon(frontier_ours: np.ndarray, frontier_theirs: np.ndarray, our_reservation: float,
                 their_reservation: float) -> np.ndarray | None:
    """The estimated ZOPA as a closed polygon ``(k, 2)`` in (ours, theirs): packages worth at
    least our reservation to us and at least their reservation to them, up to the frontier
    (drawn as the frontier's staircase: a frontier package dominates everything below and
    to its left). None when the zone is empty."""
    fo = np.asarray(frontier_ours, float)
    ft = np.asarray(frontier_theirs, float)
    keep = (fo >= our_reservation - 1e-9) & (ft >= their_reservation - 1e-9)
    if not keep.any():
        return None
    order = np.argsort(fo[keep])  # ours ascending → theirs descending along the frontier
    xs, ys = fo[keep][order], ft[keep][order]
    pts = [(our_reservation, their_reservation), (our_reservation, ys[0])]
    for k in range(len(xs)):
        pts.append((xs[k], ys[k]))
        if k + 1 < len(xs):
            pts.append((xs[k], ys[k + 1]))
    pts.append((xs[-1], their_reservation))
    return np.array(pts, dtype=float)


__all__ = ["Estimate", "their_estimate", "sample_indices", "Cloud", "sample_cloud", "PackageOutcome",
           "package_outcomes", "package_outcome", "contingent_values", "their_beliefs", "BELIEF_PRIOR_MEAN",
           "zopa_polygon", "CLOUD_SAMPLES", "CLOUD_BINS", "INTERVAL_SAMPLES"]
