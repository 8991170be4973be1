"""Which MESO set teaches us most: expected information gain over the counterpart estimate.

Whatever package the counterpart prefers tells us something; *how much* depends on the
set. A set whose packages they would rank the same way under every plausible profile
teaches nothing; a set that splits the plausible profiles teaches most. The expected
information gain of a set is the mutual information between their (logit) choice and the
unknown profile::

    EIG = H( mean_s p_s ) − mean_s H( p_s ),     p_s(j) = softmax_j(β · value_s(package j))

over posterior samples ``s`` (a deterministic, equally weighted subsample of the
posterior, so that scoring thousands of candidate sets stays inside the MESO budget). It
is measured in bits: at most log₂ 3 ≈ 1.58 for a set of three.

:class:`InformationScorer` plugs into the MESO engine's set search
(:func:`~meso_desk.model.meso.select_diverse` accepts a scorer): every candidate set is
already equal in value to us and acceptable; the scorer keeps the engine's own criteria
(clear, distinct concessions, diversity, equal value), demands that the set's best package
be near-efficient under the estimate, and adds the information gain, weighted by the
strategy:

* ``"learn"`` — information first (still near-efficient);
* ``"balanced"`` (default) — information and their expected value;
* ``"please"`` — their expected value first (information only breaks ties).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .inference import CounterpartEstimate, estimate_counterpart
from .plan import Plan

#: The strategies that use the estimate (the MESO engine's own names pass through).
STRATEGIES = ("learn", "balanced", "please")
#: Points of set score per bit of expected information, per strategy.
INFORMATION_WEIGHT = {"learn": 30.0, "balanced": 15.0, "please": 1.0}
#: Points of set score per point of *their* value the set's best package leaves on the table.
BEST_GAP_WEIGHT = {"learn": 2.0, "balanced": 4.0, "please": 8.0}
#: The engine's built-in scoring used underneath each strategy.
BASE_STRATEGY = {"learn": "balanced", "balanced": "balanced", "please": "efficient"}
#: A set is near-efficient when its best package is within this many of their points of
#: the best we can give them at that level (beyond it the set is heavily penalised).
NEAR_EFFICIENT_POINTS = 2.0
NEAR_EFFICIENT_PENALTY = 25.0
#: Posterior samples used to score sets (more is more exact and slower).
SCORING_SAMPLES = 96


def choice_entropy_terms(values: np.ndarray, sets: np.ndarray, beta: float) -> tuple[np.ndarray, np.ndarray]:
    """``(H(mean p), mean H(p))`` in nats for sets of columns of ``values``.

    ``values`` is ``(M, P)``: their value of ``P`` packages under ``M`` equally weighted
    posterior samples; ``sets`` is ``(V, k)`` column indices.
    """
    sets = np.asarray(sets, dtype=np.int64)
    U = values[:, sets] * np.float32(beta)  # (M, V, k)
    U -= U.max(axis=2, keepdims=True)
    P = np.exp(U)
    P /= P.sum(axis=2, keepdims=True)
    logP = np.log(np.maximum(P, 1e-30))
    h_cond = -(P * logP).sum(axis=2).mean(axis=0)
    pbar = P.mean(axis=0)
    h_marg = -(pbar * np.log(np.maximum(pbar, 1e-30))).sum(axis=1)
    return h_marg, h_cond


def set_information(values: np.ndarray, sets: np.ndarray, beta: float) -> np.ndarray:
    """Expected information gain in bits of each set (see the module docs)."""
    h_marg, h_cond = choice_entropy_terms(values, sets, beta)
    return np.maximum(h_marg - h_cond, 0.0) / np.log(2.0)


def expected_information_gain(estimate: CounterpartEstimate, sets: Sequence[Sequence] | np.ndarray,
                              *, n_samples: int = 512) -> np.ndarray:
    """Bits we expect to learn from their choice in each set.

    ``sets`` is either a sequence of sets of packages (mappings or Package objects) or an
    ``(V, k, n_issues)`` array of grid-index rows.
    """
    from .scoring import score_table

    arr = np.asarray(sets, dtype=object) if not isinstance(sets, np.ndarray) else sets
    if isinstance(arr, np.ndarray) and arr.dtype != object and arr.ndim == 3:
        rows = arr.astype(np.int64)
    else:
        t = score_table(estimate.plan)
        rows = np.array([[t.indices_of(p) for p in s] for s in sets], dtype=np.int64)
    V, k, n = rows.shape
    vals = estimate.samples_values(rows.reshape(V * k, n), n_samples).astype(np.float32)
    return set_information(vals, np.arange(V * k).reshape(V, k), estimate.beta)


class InformationScorer:
    """A set scorer for the MESO engine (``scorer(pool, sets) -> scores``, higher is better)."""

    def __init__(self, estimate: CounterpartEstimate, strategy: str = "balanced",
                 n_samples: int = SCORING_SAMPLES) -> None:
        if strategy not in STRATEGIES:
            raise ValueError(f"unknown strategy {strategy!r}; use one of {', '.join(STRATEGIES)}")
        self.estimate = estimate
        self.strategy = strategy
        self.n_samples = int(n_samples)
        self._pool = None
        self._vals: np.ndarray | None = None
        self._have: np.ndarray | None = None
        #: bits of information of the last full-size set scored best (for the UI's "why").
        self.last_information: float | None = None

    def _values(self, pool, idx: np.ndarray) -> np.ndarray:
        if self._pool is not pool:
            self._pool = pool
            self._vals = np.zeros((self.n_samples, len(pool)), dtype=np.float32)
            self._have = np.zeros(len(pool), dtype=bool)
        assert self._vals is not None and self._have is not None
        need = np.unique(idx[~self._have[idx]])
        if len(need):
            self._vals[:, need] = self.estimate.samples_values(pool.rows[need], self.n_samples)
            self._have[need] = True
        return self._vals

    def information(self, pool, sets: np.ndarray) -> np.ndarray:
        """Expected information gain (bits) of sets of pool indices ``(V, k)``."""
        sets = np.asarray(sets, dtype=np.int64)
        if sets.shape[1] < 2:
            return np.zeros(len(sets))
        vals = self._values(pool, sets.ravel())
        return set_information(vals, sets, self.estimate.beta)

    def __call__(self, pool, sets: np.ndarray) -> np.ndarray:
        from .meso import score_sets

        sets = np.asarray(sets, dtype=np.int64)
        s = self.strategy
        base = score_sets(pool, sets, BASE_STRATEGY[s])
        best_gap = pool.gap[sets].min(axis=1)
        score = base - BEST_GAP_WEIGHT[s] * best_gap
        score -= NEAR_EFFICIENT_PENALTY * np.maximum(best_gap - NEAR_EFFICIENT_POINTS, 0.0)
        eig = self.information(pool, sets)
        score += INFORMATION_WEIGHT[s] * eig
        if len(score) and sets.shape[1] >= 2:
            self.last_information = float(eig[int(np.argmax(score))])
        return score


def informed_strategy(plan: Plan, their, strategy):
    """What the MESO engine should use for ``their`` and ``strategy`` (its hook).

    With rounds recorded and no explicit ``their``, the counterpart estimate replaces the
    opposed-interests prior and the set search scores information gain (``"learn"``,
    ``"balanced"``, ``"please"``). Without rounds, ``"balanced"`` keeps the engine's own
    behaviour; ``"learn"`` scores information under the prior and ``"please"`` becomes the
    engine's ``"efficient"``. Any other strategy (the engine's names, a callable) passes
    through unchanged.
    """
    if not isinstance(strategy, str) or strategy not in STRATEGIES:
        return their, strategy
    if their is not None:
        # an explicit estimate of them: no posterior to learn from, use the engine's scores
        return their, BASE_STRATEGY[strategy]
    if not plan.rounds and strategy != "learn":
        return None, BASE_STRATEGY[strategy]
    est = estimate_counterpart(plan)
    return est.their_values(), InformationScorer(est, strategy)
