"""What their reactions reveal: a Bayesian estimate of the counterpart's priorities.

The counterpart's value of a package is modelled, like ours, as additive::

    their value = Σᵢ wᵢ · vᵢ(termᵢ)          (0..100 points)

with unknown weights ``w`` (fractions summing to 1) and unknown value curves ``vᵢ``:

* **weights** — a Dirichlet prior, flat by default (every split of 100 % equally likely);
  the user may tilt it (``plan.counterpart_prior`` or ``prior_tilt={"Unit price": 2.0}``:
  "I think price matters most to them" doubles that issue's Dirichlet parameter);
* **numeric issues** — usually the opposite of ours (``v = 100 − our value``, prior 70 %),
  possibly *compatible* (they want the same end, 15 %) or with a preferred term somewhere
  inside the range (a single-peaked curve, 15 %);
* **categorical issues** — even the order of the options is unknown. Option values are
  sampled as ``exp(zₖ − max z)`` with ``zₖ = λ · oₖ + εₖ``: ``oₖ`` is 0 for our best
  option and 1 for our worst, ``λ ~ N(1, 3²)`` favours the opposite-of-ours order without
  insisting on it and ``εₖ ~ N(0, 1)`` lets any order happen; they are then rescaled so
  that their best option is worth 100 and their worst 0 — the *swing* convention of our own
  weights (an issue's weight is what moving it from their worst to their best term is
  worth), without which a large weight on a flat curve and a small weight on a steep one
  explain the same choices and the weights cannot be learned;
* a **reservation value** (what they would accept at all) ~ U(20, 85) points, used by
  "none of these" and by an accepted package.

Evidence (one :class:`~meso_desk.model.plan.Round` at a time, soft likelihoods with the
rationality β, by default 0.2 per point = 20 on a 0..1 utility):

* a choice or (partial) ranking — multinomial logit / Plackett–Luce;
* "none of these" — every offered package below their reservation value, each with a
  logistic likelihood ``σ(β · (reservation − value))``; an accepted package the reverse;
* a counter-offer — their package beats each offered package it modifies
  (``σ(β · (value(counter) − value(offered)))``; missing terms are taken from that package);
* a statement ("delivery is what matters most to us") — weak evidence: with probability
  ``0.6 × trust`` it is sincere and names their top issue, otherwise it carries nothing.

A contingent offered package (a term that depends on an uncertain event) is worth to them its
expectation over the event's outcomes under what they believe: ``λ · their forecast + (1 − λ) ·
ours``, where λ — how far they believe their own forecast, one per event — is a further latent
of every sample (uniform prior, drawn when an offer first has a clause on the event); their
choices between contingent and other packages move it (:attr:`CounterpartEstimate.forecast_belief`).

The posterior is kept as tens of thousands of weighted samples (vectorised importance
sampling): the prior samples are drawn once per plan structure with a seed derived from
the issues (SHA-256, never Python's randomised ``hash``); each round multiplies the weights
by its likelihood; when the effective sample size falls below 20 % of the samples they are
resampled and moved by a few Metropolis–Hastings steps (resample–move), with random
numbers seeded from the rounds themselves. The result is therefore a pure function of the
plan: the same plan gives the same estimate, in any process, with or without the caches.

The prior (its samples and moves) is :mod:`~meso_desk.model.counterpart.prior`, what a round
says is :mod:`~meso_desk.model.counterpart.evidence`; this module keeps the posterior (cached per
prefix of the rounds) and turns it into the :class:`CounterpartEstimate`.

Before any evidence the estimate *is* the opposed-interests prior of ``docs/decisions.md``
(equal weights — or the tilted Dirichlet mean — and ``100 − our value``).
"""

from __future__ import annotations

import hashlib
import math
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from ..base import Term
from ..language import tr
from ..limits import sample_cap
from ..plan import Plan, Round
from ..scoring import score_table
from .evidence import (
    Evidence,
    answer_sincerity,
    compile_packages,
    compile_round,
    evidence_digest,
    loglik,
    statement_increments,
)
from .prior import (
    PRIOR,
    Derived,
    Particles,
    PriorSettings,
    Structure,
    compile_structure,
    derive,
    dirichlet_alpha,
    draw_prior,
    propose,
)
from .their_values import TheirValues, direction_word, estimate_label
from .weighted_samples import systematic, weighted_quantiles

#: Rationality of the logit choice model, per point on the 0..100 scale (docs/decisions.md).
DEFAULT_BETA = 0.2
#: Posterior samples kept per plan.
DEFAULT_SAMPLES = 20_000
#: Width of the credible intervals reported for the weights.
CREDIBLE_MASS = 0.8
#: Resample (and rejuvenate) when the effective sample size falls below this share.
RESAMPLE_BELOW = 0.2
#: Metropolis–Hastings sweeps after each resampling.
MOVE_STEPS = 4
#: Correlation (across an issue's options/knots) between their values and ours beyond
#: which a sample counts as opposed (≤ −) or compatible (≥ +).
DIRECTION_CORRELATION = 0.5

DIRECTION_LABELS = ("opposed", "compatible", "unknown")
#: The sample derivation the posterior calls, looked up at call time so that a diagnostic can
#: wrap it (``benchmarks/simulate_counterparts.py --known-curves``).
_derive = derive


# =====================================================================================
# The posterior state after a prefix of the rounds
# =====================================================================================
@dataclass(eq=False)
class _State:
    particles: Particles
    derived: Derived
    ll: np.ndarray  # total log-likelihood of every sample (all rounds so far)
    logw: np.ndarray  # log importance weights (max 0)
    evidence: tuple[Evidence, ...]
    n_obs: int
    digest: str
    resampled: int = 0

    @cached_property
    def w(self) -> np.ndarray:
        z = self.logw - self.logw.max()
        # weights below e⁻⁶⁰ of the largest are zero (and exp never meets slow subnormals)
        w = np.exp(np.maximum(z, -60.0))
        w[z < -60.0] = 0.0
        return w / w.sum()

    @cached_property
    def ess(self) -> float:
        w = self.w
        return float(1.0 / (w * w).sum())


@dataclass(eq=False)
class _Model:
    """One plan structure with one prior and one β: the prior samples and cached states."""

    structure: Structure
    alpha: np.ndarray
    n_samples: int
    beta: float
    settings: PriorSettings
    seed: int
    root: _State
    states: OrderedDict[str, _State]


_MODELS: OrderedDict[tuple, _Model] = OrderedDict()
_STRUCTURES: OrderedDict[tuple, tuple[tuple, Structure]] = OrderedDict()
_LOCK = threading.RLock()
_MAX_MODELS = 4
_MAX_STATES = 64
_MAX_SAMPLE_SETS = 6


def _structure_of(plan: Plan) -> Structure:
    ident = tuple(id(i) for i in plan.issues)
    with _LOCK:
        hit = _STRUCTURES.get(ident)
        if hit is not None and all(a is b for a, b in zip(hit[0], plan.issues)):
            _STRUCTURES.move_to_end(ident)
            return hit[1]
    st = compile_structure(plan)
    with _LOCK:
        _STRUCTURES[ident] = (tuple(plan.issues), st)  # keeps the issues alive: ids stay unique
        while len(_STRUCTURES) > 32:
            _STRUCTURES.popitem(last=False)
    return st


def _seed(*parts: object) -> int:
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(h[:8], "little")


def _model(plan: Plan, tilt: Mapping[str, float], n_samples: int, beta: float,
           settings: PriorSettings) -> _Model:
    st = _structure_of(plan)
    n_samples = min(int(n_samples), sample_cap(st.n_rows))  # a huge plan: fewer samples (limits.py)
    tilt_key = tuple(sorted((k, round(float(v), 9)) for k, v in tilt.items() if k in st.names
                            and abs(float(v) - 1.0) > 1e-12))
    key = (st.key, tilt_key, int(n_samples), round(float(beta), 12), settings)
    with _LOCK:
        m = _MODELS.get(key)
        if m is not None:
            _MODELS.move_to_end(key)
            return m
    alpha = dirichlet_alpha(st, dict(tilt), settings)
    seed = _seed("meso-desk counterpart prior v1", st.key, tilt_key, n_samples)
    rng = np.random.default_rng(seed)
    particles = draw_prior(st, alpha, int(n_samples), settings, rng)
    derived = _derive(st, particles, settings)
    S = int(n_samples)
    root_digest = hashlib.sha256(repr(key).encode()).hexdigest()
    root = _State(particles, derived, np.zeros(S), np.zeros(S), (), 0, root_digest)
    m = _Model(st, alpha, S, float(beta), settings, seed, root, OrderedDict())
    with _LOCK:
        _MODELS[key] = m
        while len(_MODELS) > _MAX_MODELS:
            _MODELS.popitem(last=False)
    return m


def _advance(model: _Model, state: _State, r: Round, plan: Plan | None = None) -> _State:
    """The state after one more round: reweight, and resample–move if the weights collapsed.
    ``plan`` (its issues and events) values contingent offers; without it they count fixed."""
    st = model.structure
    digest = hashlib.sha256((state.digest + evidence_digest(r, plan)).encode()).hexdigest()
    items = [_with_history(ev, state.evidence, st.n) if ev.kind == "statement" else ev
             for ev in compile_round(st, r, plan)]
    if not items:
        return _State(state.particles, state.derived, state.ll, state.logw, state.evidence, state.n_obs,
                      digest, state.resampled)
    particles = state.particles
    beliefs = [e for ev in items if ev.packages is not None for e in ev.packages.events]
    if any(e not in particles.lam for e in beliefs):
        # the first contingent offer on an event: draw how far each sample believes their forecast
        particles = particles.with_beliefs(beliefs, np.random.default_rng(_seed(model.seed, digest, "beliefs")))
    inc = loglik(items[0], state.derived, particles, model.beta, model.settings).astype(np.float64)
    for ev in items[1:]:
        inc += loglik(ev, state.derived, particles, model.beta, model.settings)
    ll = state.ll + inc
    logw = state.logw + inc
    logw -= logw.max()
    # a counter-offer is one observation, even when it enters as two terms (tweak and prefer)
    n_obs = state.n_obs + len(items) - int({"tweak", "prefer"} <= {ev.kind for ev in items})
    evidence = state.evidence + tuple(items)
    new = _State(particles, state.derived, ll, logw, evidence, n_obs, digest, state.resampled)
    if new.ess < RESAMPLE_BELOW * model.n_samples:
        new = _resample_move(model, new)
    return new


def _with_history(ev: Evidence, before: Sequence[Evidence], n: int) -> Evidence:
    """A statement with the table of what it adds to the statements recorded before it."""
    history = [(e.issue, e.trust) for e in before if e.kind == "statement"] + [(ev.issue, ev.trust)]
    return Evidence("statement", issue=ev.issue, trust=ev.trust, table=statement_increments(history, n))


def _total_loglik(model: _Model, d: Derived, p: Particles, evidence: Sequence[Evidence]) -> np.ndarray:
    ll = np.zeros(p.size)
    for ev in evidence:
        ll += loglik(ev, d, p, model.beta, model.settings)
    return ll


def _resample_move(model: _Model, state: _State) -> _State:
    st, S = model.structure, model.n_samples
    rng = np.random.default_rng(_seed(model.seed, state.digest, "move"))
    cum = np.cumsum(state.w)
    cum[-1] = 1.0
    idx = np.searchsorted(cum, (rng.random() + np.arange(S)) / S)
    p = state.particles.take(idx)
    ll = state.ll[idx]
    d = Derived(state.derived.W[:, idx], tuple(v[:, idx] for v in state.derived.V), state.derived.T[:, idx],
                 state.derived.B[idx])
    # the curves' posterior narrows with evidence: start their steps smaller the more there is
    scales = {"weights": 0.5, "curves": 0.3 / math.sqrt(1.0 + state.n_obs / 2.0)}
    for step in range(MOVE_STEPS):
        block = "weights" if step % 2 == 0 else "curves"
        q, log_prior = propose(st, p, model.alpha, model.settings, rng, block, scales[block])
        dq = _derive(st, q, model.settings, keep=d, moved=block)
        ll_q = _total_loglik(model, dq, q, state.evidence)
        accept = np.log(rng.random(S)) < (ll_q - ll + log_prior)
        p = p.where(accept, q)
        ll = np.where(accept, ll_q, ll)
        if block == "weights":
            d = Derived(np.where(accept, dq.W, d.W), d.V, np.where(accept, dq.T, d.T), d.B)
        else:
            d = Derived(d.W, tuple(np.where(accept, b, a) for a, b in zip(d.V, dq.V)), np.where(accept, dq.T, d.T),
                         np.where(accept, dq.B, d.B))
        rate = float(accept.mean())
        if rate < 0.15:  # adapt the next step of this block (deterministically)
            scales[block] *= 0.5
        elif rate > 0.5:
            scales[block] *= 1.5
    return _State(p, d, ll, np.zeros(S), state.evidence, state.n_obs, state.digest, state.resampled + 1)


def _posterior(plan: Plan, tilt: Mapping[str, float], n_samples: int, beta: float,
               settings: PriorSettings) -> tuple[_Model, _State]:
    model = _model(plan, tilt, n_samples, beta, settings)
    digests = []
    d = model.root.digest
    for r in plan.rounds:
        d = hashlib.sha256((d + evidence_digest(r, plan)).encode()).hexdigest()
        digests.append(d)
    with _LOCK:
        start, state = 0, model.root
        for k in range(len(digests), 0, -1):
            hit = model.states.get(digests[k - 1])
            if hit is not None:
                start, state = k, hit
                model.states.move_to_end(digests[k - 1])
                break
    for k in range(start, len(plan.rounds)):
        state = _advance(model, state, plan.rounds[k], plan)
        with _LOCK:
            model.states[state.digest] = state
            _trim(model)
    return model, state


def _trim(model: _Model) -> None:
    """Keep at most ``_MAX_STATES`` cached states, and at most ``_MAX_SAMPLE_SETS`` distinct
    sample sets among them (each resample-move makes a new one of ~15 MB)."""
    while len(model.states) > _MAX_STATES:
        model.states.popitem(last=False)
    while len({id(s.particles) for s in model.states.values()}) > _MAX_SAMPLE_SETS:
        model.states.popitem(last=False)


def clear_cache() -> None:
    """Forget cached prior samples and posterior states (tests, memory)."""
    with _LOCK:
        _MODELS.clear()
        _STRUCTURES.clear()


# =====================================================================================
# The public estimate
# =====================================================================================
class CounterpartEstimate:
    """The posterior estimate of the counterpart's priorities, as numbers people read.

    * ``weights`` — issue → posterior mean weight (fractions summing to 1);
    * ``intervals`` — issue → 80 % credible interval ``(lo, hi)`` of that weight;
    * ``top_issue`` — issue → probability that it is their most important issue;
    * ``directions`` — issue → ``{"opposed": p, "compatible": p, "unknown": p}``: the
      probability that their values run against ours (what is better for us is worse for
      them), with ours, or neither (a preferred term in the middle, a different order of
      options); :meth:`direction` gives the most probable label with its probability;
    * ``n_observations`` (reactions that carry evidence), ``n_rounds``, ``ess`` (effective
      sample size: how many independent samples the weighted posterior is worth);
    * :meth:`value` — their expected value (0..100) of a package;
    * :meth:`their_values` — the point estimate as a :class:`TheirValues` for the MESO
      engine, the frontier and the outcome plot.
    """

    def __init__(self, plan: Plan, model: _Model, state: _State, tilt: Mapping[str, float]) -> None:
        self._plan = plan
        self._model = model
        self._state = state
        self._tilt = dict(tilt)

    # -- basic facts ----------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def names(self) -> tuple[str, ...]:
        return self._model.structure.names

    @property
    def n_observations(self) -> int:
        return self._state.n_obs

    @property
    def n_rounds(self) -> int:
        return len(self._plan.rounds)

    @property
    def is_prior(self) -> bool:
        """True while no reaction carrying evidence has been recorded."""
        return self._state.n_obs == 0

    @property
    def n_samples(self) -> int:
        return self._model.n_samples

    @property
    def beta(self) -> float:
        """Their rationality per point before any evidence (the prior median; each sample
        has its own, :meth:`sample_betas`)."""
        return self._model.beta

    @property
    def ess(self) -> float:
        return self._state.ess

    @property
    def prior_tilt(self) -> dict[str, float]:
        return dict(self._tilt)

    @property
    def sample_weights(self) -> np.ndarray:
        """Normalised importance weights of the posterior samples (read-only view)."""
        w = self._state.w.view()
        w.flags.writeable = False
        return w

    # -- weights --------------------------------------------------------------------------
    @cached_property
    def _weight_mean(self) -> np.ndarray:
        if self.is_prior:
            a = self._model.alpha
            return a / a.sum()
        return np.einsum("is,s->i", self._state.derived.W, self._state.w)

    @cached_property
    def weights(self) -> dict[str, float]:
        m = self._weight_mean
        m = m / m.sum()
        return {n: float(v) for n, v in zip(self.names, m)}

    @cached_property
    def intervals(self) -> dict[str, tuple[float, float]]:
        lo_q = (1.0 - CREDIBLE_MASS) / 2
        q = weighted_quantiles(self._state.derived.W, self._state.w, [lo_q, 1.0 - lo_q])
        return {n: (float(a), float(b)) for n, (a, b) in zip(self.names, q)}

    @cached_property
    def top_issue(self) -> dict[str, float]:
        W = self._state.derived.W
        top = np.argmax(W, axis=0)
        p = np.bincount(top, weights=self._state.w, minlength=len(self.names))
        p = p / p.sum()
        return {n: float(v) for n, v in zip(self.names, p)}

    @property
    def most_important(self) -> str:
        """The issue most likely to be their top one."""
        t = self.top_issue
        return max(self.names, key=lambda n: (t[n], self.weights[n]))

    # -- directions ------------------------------------------------------------------------
    @cached_property
    def directions(self) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        w = self._state.w
        for i, im in enumerate(self._model.structure.issues):
            u = im.ours - im.ours.mean()
            V = self._state.derived.V[i].astype(np.float64)
            if im.n_rows < 2 or float(np.dot(u, u)) <= 1e-12:
                out[im.name] = {"opposed": 0.0, "compatible": 0.0, "unknown": 1.0}
                continue
            Vc = V - V.mean(axis=0, keepdims=True)
            denom = np.sqrt((Vc * Vc).sum(axis=0) * float(np.dot(u, u)))
            corr = np.divide(u @ Vc, denom, out=np.zeros(V.shape[1]), where=denom > 1e-9)
            p_opp = float(w[corr <= -DIRECTION_CORRELATION].sum())
            p_comp = float(w[corr >= DIRECTION_CORRELATION].sum())
            out[im.name] = {"opposed": p_opp, "compatible": p_comp, "unknown": max(0.0, 1.0 - p_opp - p_comp)}
        return out

    def direction(self, issue: str) -> tuple[str, float]:
        """The most probable of opposed / compatible / unknown for ``issue``, with its probability."""
        d = self.directions[issue]
        label = max(DIRECTION_LABELS, key=lambda k: d[k])
        return label, d[label]

    # -- their values ------------------------------------------------------------------------
    @cached_property
    def _row_means(self) -> np.ndarray:
        """Posterior mean of weight × value per table row."""
        return np.einsum("rs,s->r", self._state.derived.T, self._state.w.astype(np.float32)).astype(np.float64)

    def their_values(self) -> TheirValues:
        """The estimate as a point :class:`TheirValues` (posterior expected value per term).

        Its weights are the posterior mean weights and each issue's values the posterior
        mean of ``w · v`` divided by the mean weight, so that ``their_values().score_indices``
        is their *expected* value of each package. With no evidence it is exactly the
        opposed-interests prior (with the tilted weights).
        """
        tv, label = self._their_values, estimate_label(self.is_prior, self.n_observations)
        return tv if tv.label == label else TheirValues(tv.names, tv.weights, tv.values, label)  # another language

    @cached_property
    def _their_values(self) -> TheirValues:
        plan = self._plan
        t = score_table(plan)
        wm = self._weight_mean
        if self.is_prior:
            return TheirValues.from_weights(plan, wm / wm.sum(), label=estimate_label(True, 0))
        rm = self._row_means
        values = []
        for i, im in enumerate(self._model.structure.issues):
            rows = rm[im.offset:im.offset + im.n_rows] / max(wm[i], 1e-300)
            lo, hi, a = im.grid_map(t.grids[i])
            values.append((1.0 - a) * rows[lo] + a * rows[hi])
        return TheirValues(t.names, wm / wm.sum(), tuple(values), estimate_label(False, self.n_observations))

    def value(self, package: Mapping[str, Term] | str) -> float:
        """Their expected value (0..100) of a package (a mapping, a Package or a package name)."""
        if isinstance(package, str):
            package = self._plan.package(package)
        return float(self._their_values.value(self._plan, package))

    def values(self, idx: np.ndarray) -> np.ndarray:
        """Their expected values of an ``(N, n_issues)`` grid-index matrix."""
        return self._their_values.score_indices(idx)

    def package_samples(self, packages: Sequence[Mapping[str, Term]], n: int | None = None) -> np.ndarray:
        """Their value of each of ``packages`` (terms, or Packages with their clauses) in every
        posterior sample → ``(m, S)``, weighted by :attr:`sample_weights`; a contingent term as
        the evidence counts it: its expectation under each sample's weights, curves and belief λ
        (:class:`~meso_desk.model.counterpart.evidence.PackageRows`), a λ no evidence has drawn yet
        at its prior mean, 0.5 (exact for an expectation: that λ is independent of the rest).

        With ``n``: in the ``n`` equally weighted samples of :meth:`sample_indices` → ``(m, n)``,
        a λ not drawn yet drawn from its uniform prior (stratified, seeded by the evidence: the
        same on every call), so that their spread holds how unsure their belief is too."""
        cp = compile_packages(self._model.structure, packages, self._plan)
        T, lam = self._state.derived.T, self._state.particles.lam
        if n is None:
            return cp.values(T, lam).astype(np.float64)
        sub = self.sample_indices(n)
        lam = {e: x[sub] for e, x in lam.items()}
        rng = np.random.default_rng(_seed(self._model.seed, self._state.digest, "belief samples", n))
        for e in cp.events:
            lam.setdefault(e, (rng.permutation(n) + rng.random(n)) / n)
        return cp.values(T[:, sub], lam).astype(np.float64)

    def choice_probabilities(self, packages: Sequence[Mapping[str, Term] | str]) -> np.ndarray:
        """Posterior predictive probability that they pick each of ``packages``."""
        pk = [self._plan.package(p) if isinstance(p, str) else p for p in packages]
        U = self.package_samples(pk) * self.sample_betas()[None, :]
        U = U - U.max(axis=0, keepdims=True)
        P = np.exp(U)
        P /= P.sum(axis=0, keepdims=True)
        return np.einsum("ms,s->m", P, self._state.w)

    # -- samples for the MESO engine ---------------------------------------------------------
    def sample_indices(self, n: int = 256) -> np.ndarray:
        """``n`` posterior samples drawn deterministically in proportion to their weights."""
        return systematic(self._state.w, int(n))

    @cached_property
    def _grid_maps(self) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], ...]:
        t = score_table(self._plan)
        return tuple(im.grid_map(t.grids[i]) for i, im in enumerate(self._model.structure.issues))

    def samples_values(self, idx: np.ndarray, n_samples: int = 256) -> np.ndarray:
        """Their values of grid-index packages under ``n_samples`` posterior samples.

        ``idx`` is an ``(N, n_issues)`` matrix of grid indices (the ScoreTable's grids);
        the result is ``(n_samples, N)``, one row per equally weighted posterior sample.
        """
        idx = np.atleast_2d(np.asarray(idx, dtype=np.int64))
        tables = self.issue_sample_values(n_samples)
        out = tables[0][idx[:, 0]]
        for i in range(1, len(tables)):
            out = out + tables[i][idx[:, i]]
        return np.ascontiguousarray(out.T)

    def issue_sample_values(self, n_samples: int = 256) -> tuple[np.ndarray, ...]:
        """Per issue, their weighted value (weight × value, points) of every term of the
        issue's grid under the ``n_samples`` samples of :meth:`sample_indices` → ``(m_i, n)``
        arrays; a package's value in a sample is the sum over issues (:meth:`samples_values`)."""
        n_samples = int(n_samples)
        hit = self._issue_tables.get(n_samples)
        if hit is not None:
            return hit
        sub = self.sample_indices(n_samples)
        T = self._state.derived.T[:, sub].astype(np.float64)  # (rows, n)
        tables = []
        for i, im in enumerate(self._model.structure.issues):
            lo, hi, a = self._grid_maps[i]
            v = T[im.offset + lo]
            if not im.exact:
                v = v + (T[im.offset + hi] - v) * a[:, None]
            v.flags.writeable = False
            tables.append(v)
        out = tuple(tables)
        self._issue_tables[n_samples] = out
        return out

    @cached_property
    def _issue_tables(self) -> dict[int, tuple[np.ndarray, ...]]:
        return {}

    def sample_betas(self, n: int | None = None) -> np.ndarray:
        """Their rationality (per point) in every posterior sample, or — with ``n`` — in the
        ``n`` samples of :meth:`sample_indices` (to go with :meth:`samples_values`)."""
        b = self._model.beta * self._state.derived.B.astype(np.float64)
        return b if n is None else b[self.sample_indices(n)]

    def reservation_samples(self) -> np.ndarray:
        """Their reservation value (points on their 0..100 scale) in every posterior sample.

        Indexed like the samples: ``reservation_samples()[sample_indices(n)]`` goes with
        ``samples_values(idx, n)``. It only moves away from its prior (uniform 20..85) when
        a round says "none of these" or records an acceptance.
        """
        return self._state.particles.res.astype(float)

    def sample_weights_matrix(self, n_samples: int = 256) -> np.ndarray:
        """Their weights under ``n_samples`` equally weighted posterior samples → ``(n, n_issues)``."""
        return self._state.derived.W[:, self.sample_indices(n_samples)].T.copy()

    @cached_property
    def answer_trust(self) -> float:
        """How far their answers to "which issue matters most to you?" are to be believed, as
        learned from the answers and everything else recorded (0..1; NaN before any answer):
        answers that the choices contradict lose weight."""
        history = [(e.issue, e.trust) for e in self._state.evidence if e.kind == "statement"]
        return answer_sincerity(history, np.array([self.top_issue[n] for n in self.names]))

    # -- forecasts ---------------------------------------------------------------------------
    @cached_property
    def forecast_belief(self) -> dict[str, tuple[float, tuple[float, float]]]:
        """Event → (posterior mean, 80 % credible interval) of how far they believe their own
        forecast of it: 0 — they act as if ours were right, 1 — as if theirs were (their
        belief is the mixture λ · theirs + (1 − λ) · ours). Only events on which a recorded
        offer had a clause, and whose forecast of theirs is known; the prior is uniform (0.5,
        0.1–0.9): it moves only when they chose between contingent and other packages."""
        out: dict[str, tuple[float, tuple[float, float]]] = {}
        lam = self._state.particles.lam
        names = dict.fromkeys(e for ev in self._state.evidence if ev.packages is not None
                              for e in ev.packages.events)
        w = self._state.w
        lo_q = (1.0 - CREDIBLE_MASS) / 2
        for name in names:
            x = lam.get(name)
            if x is None:
                continue
            q = weighted_quantiles(x[None, :], w, [lo_q, 1.0 - lo_q])[0]
            out[name] = (float(np.dot(w, x)), (float(q[0]), float(q[1])))
        return out

    @property
    def forecast_sentences(self) -> list[str]:
        """One line per event of :attr:`forecast_belief`, in words and then in numbers: "Their
        choices suggest they believe their own forecast of On-time delivery (0.8; 80 %: 0.6–1.0;
        0 = ours, 1 = theirs)", "… they share our forecast of …", "Their choices do not tell yet
        whether they believe their own forecast of …"."""
        out = []
        for name, (m, (lo, hi)) in self.forecast_belief.items():
            nums = tr("({mean:.1f}; 80 %: {low:.1f}–{high:.1f}; 0 = ours, 1 = theirs)").format(mean=m, low=lo, high=hi)
            if m >= 0.6 and lo > 0.3:
                text = tr("Their choices suggest they believe their own forecast of {event} {numbers}")
            elif m <= 0.4 and hi < 0.7:
                text = tr("Their choices suggest they share our forecast of {event} {numbers}")
            else:
                text = tr("Their choices do not tell yet whether they believe their own forecast of {event} {numbers}")
            out.append(text.format(event=name, numbers=nums))
        return out

    # -- words -------------------------------------------------------------------------------
    def summary(self) -> list[str]:
        """One plain line per issue, most important first (for the panel, the CLI, logs)."""
        lines = []
        for n in sorted(self.names, key=lambda k: -self.weights[k]):
            lo, hi = self.intervals[n]
            label, p = self.direction(n)
            lines.append(tr("{issue}: {weight:.0f} % (80 % between {low:.0f} and {high:.0f} %), top issue "
                            "{top:.0f} %, {direction} {share:.0f} %").format(
                issue=n, weight=100 * self.weights[n], low=100 * lo, high=100 * hi, top=100 * self.top_issue[n],
                direction=direction_word(label), share=100 * p))
        return lines

    def __repr__(self) -> str:
        w = ", ".join(f"{n}={100 * v:.0f}%" for n, v in self.weights.items())
        k = self.n_observations
        return f"CounterpartEstimate({w}; {k} observation{'' if k == 1 else 's'}, ESS {self.ess:.0f})"


def estimate_counterpart(plan: Plan, *, n_samples: int = DEFAULT_SAMPLES, beta: float = DEFAULT_BETA,
                         prior_tilt: Mapping[str, float] | None = None,
                         settings: PriorSettings = PRIOR) -> CounterpartEstimate:
    """Estimate the counterpart's priorities from the plan's recorded rounds.

    ``prior_tilt`` (issue → factor, default ``plan.counterpart_prior``) multiplies an
    issue's Dirichlet parameter: 2 says "I think this matters more to them". ``beta`` is
    the rationality per point of their value (0.2 = 20 on a 0..1 utility). The result
    is deterministic for a given plan; the prior samples and the posterior after each
    prefix of rounds are cached, so recording one more round costs one update.
    """
    if not plan.issues:
        raise ValueError("the plan has no issues to estimate")
    if not (isinstance(n_samples, int | np.integer) and n_samples >= 100):
        raise ValueError("n_samples must be an integer ≥ 100")
    if not (math.isfinite(beta) and beta > 0):
        raise ValueError("beta must be a positive number")
    tilt = dict(plan.counterpart_prior) if prior_tilt is None else dict(prior_tilt)
    for k, v in tilt.items():
        if k not in plan.issue_names:
            raise ValueError(f"prior tilt names unknown issue {k!r}")
        if not (math.isfinite(float(v)) and float(v) > 0):
            raise ValueError(f"prior tilt of {k!r} must be a number above zero")
    model, state = _posterior(plan, tilt, int(n_samples), float(beta), settings)
    return CounterpartEstimate(plan, model, state, tilt)
