"""Which MESO set teaches us most: expected information over the counterpart estimate.

Whatever package the counterpart prefers tells us something; *how much* depends on the
set. A set whose packages they would rank the same way under every plausible profile
teaches nothing; a set that splits the plausible profiles teaches most. Two measures, both
over posterior samples ``s`` (a deterministic, equally weighted subsample of the posterior,
so that scoring thousands of candidate sets stays inside the MESO budget), with
``p_s(j) = softmax_j(β_s · value_s(package j))`` their (logit) choice in sample ``s``:

* the **expected information gain** about their whole profile (weights *and* value
  curves) — the mutual information between their choice and the profile, in bits (at most
  log₂ 3 ≈ 1.58 for a set of three)::

      EIG = H( mean_s p_s ) − mean_s H( p_s )

* the **expected weight information** — how much of the posterior variance of their
  *weights* their answer is expected to remove (law of total variance; a Bayesian
  A-optimal design criterion)::

      ΔVar = Σ_c p(c) · ‖ E[w | c] − E[w] ‖²,     p(c) = mean_s p_s(c)

The sets are chosen by the second: what the panel shows, and what logrolling needs, are
their weights; the profile EIG also rewards sets that only pin down the shape of a curve.

**The room.** Once a recorded reaction came with a counter-offer, the next is expected to
come with one too, and a set is scored on everything its reaction will tell: the outcome is
their pick *together with* the issue their counter-offer names (a logit over their gain when
that issue moves to their best term — the counter-offer's own likelihood,
:meth:`InformationScorer.counter_probabilities`). A set whose packages leave different issues
short for them then teaches more than one whose pick alone would split the profiles. The
joint outcome is scored for the :data:`COUNTER_SHORTLIST` best sets by the pick (it never
tells less than the pick alone), inside the MESO budget.

:class:`InformationScorer` plugs into the MESO engine's set search
(:func:`~meso_desk.model.offers.meso.select_diverse` accepts a scorer): every candidate set is
already equal in value to us and acceptable; the scorer keeps the engine's own criteria
(clear, distinct concessions, diversity, equal value), demands that the set's best package
be near-efficient under the estimate (within 2 of their points of the best we can give them
at that level, heavily penalised beyond), and adds

* the expected weight information (``info`` points per 0.01 of weight variance removed —
  a 1 % weight has a variance of 0.0001, the flat prior over six issues about 0.12 in
  total), and
* the *hedge*: their expected value of the package they would like best, averaged over the
  posterior samples — under an uncertain estimate a good set has, whichever profile is
  true, one package that suits them (the reason to offer several at once),

weighted by the strategy:

* ``"learn"`` — information about their top issue only (the set need not be near-efficient);
* ``"balanced"`` (default) — information and their expected value;
* ``"please"`` — their expected value first (information only breaks ties);
* ``"auto"`` — the round chooses (:func:`auto_purpose`): learn in the first rounds, please
  once the estimate is sure enough of their top issue, balance otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..counterpart.inference import CounterpartEstimate, estimate_counterpart
from ..counterpart.sureness import top_issue_words
from ..counterpart.their_values import TheirValues
from ..language import tr
from ..plan import Plan
from ..scoring import score_table
from .concessions import CLARITY_CAP, concession_margins, term_distance

#: The strategies that use the estimate (the MESO engine's own names pass through); ``"auto"``
#: lets the round choose among the other three (:func:`auto_purpose`).
STRATEGIES = ("learn", "balanced", "please", "auto")
#: ``"auto"``: please once one issue is their top one with at least this probability (the words
#: say how sure by the estimate's grade, ``counterpart/sureness.py``: "taking shape" below 75 %).
SURE_ENOUGH = 0.6
#: ``"auto"``: learn during the first rounds (this many recorded), then balance.
LEARNING_ROUNDS = 4
#: Set score weights per strategy: points per 0.01 of expected weight variance removed
#: (``info``), per point of their expected value of the package they like best (``hedge``),
#: per point of their value the set's *best* package leaves on the table, per point the
#: set's packages leave on average, per point of concession clarity (capped), per unit of
#: diversity (the smallest term distance of a pair ÷ issues) and per point of spread in our
#: value. Chosen by exact expectations over the simulated counterparts' choices
#: (``benchmarks/simulate_counterparts.py --exact``, docs/inference.md): ``balanced`` learns
#: more than the earlier profile-EIG default *and* pleases as much; ``learn`` spends the two
#: packages beside the near-efficient one on probes.
WEIGHTS: dict[str, dict[str, float]] = {
    # learn: only what their answer tells about their top issue (bits ``top``); the set need
    # not be near-efficient (``near`` 0): the purpose is the question, not the offer
    "learn": {"top": 100.0, "info": 0.0, "hedge": 0.0, "best_gap": 0.0, "mean_gap": 0.0, "clarity": 0.0,
              "diversity": 0.0, "spread": 0.0, "near": 0.0},
    "balanced": {"top": 20.0, "info": 0.0, "hedge": 2.0, "best_gap": 2.0, "mean_gap": 0.5, "clarity": 0.5,
                 "diversity": 12.0, "spread": 2.0},
    "please": {"info": 0.8, "hedge": 4.0, "best_gap": 4.0, "mean_gap": 2.0, "clarity": 0.25, "diversity": 6.0,
               "spread": 2.0},
}
#: The engine's own strategy used when there is no posterior to learn from.
BASE_STRATEGY = {"learn": "balanced", "balanced": "balanced", "please": "efficient", "auto": "balanced"}
#: A set is near-efficient when its best package is within this many of their points of
#: the best we can give them at that level (beyond it the set is heavily penalised).
NEAR_EFFICIENT_POINTS = 2.0
NEAR_EFFICIENT_PENALTY = 25.0
#: Posterior samples used to score sets (more is more exact and slower).
SCORING_SAMPLES = 96
#: The room: how many of the best sets (by what the pick tells) are re-scored with what the
#: counter-offer will tell too (all of them costs ~4× the MESO budget on 10 × 7).
COUNTER_SHORTLIST = 384
#: Probes per issue that the scorer adds to the engine's shortlist of a large pool (see
#: :meth:`InformationScorer.candidates`).
PROBES_PER_ISSUE = 8


def choice_entropy_terms(values: np.ndarray, sets: np.ndarray, beta: float) -> tuple[np.ndarray, np.ndarray]:
    """``(H(mean p), mean H(p))`` in nats for sets of columns of ``values``.

    ``values`` is ``(M, P)``: their value of ``P`` packages under ``M`` equally weighted
    posterior samples; ``sets`` is ``(V, k)`` column indices; ``beta`` the rationality, one
    number or one per sample ``(M,)``.
    """
    sets = np.asarray(sets, dtype=np.int64)
    b = np.asarray(beta, dtype=np.float32).reshape(-1, 1, 1) if np.ndim(beta) else np.float32(beta)
    U = values[:, sets] * b  # (M, V, k)
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


def weight_information(values: np.ndarray, weights: np.ndarray, sets: np.ndarray, beta) -> np.ndarray:
    """Expected reduction of the posterior variance of their weights (summed over issues) from
    their choice in each set: ``Σ_c p(c) ‖E[w|c] − E[w]‖²`` over equally weighted samples.

    ``values`` ``(M, P)`` their value of ``P`` packages per sample, ``weights`` ``(M, n)``
    their weights per sample, ``sets`` ``(V, k)`` column indices, ``beta`` one number or one
    per sample. In squared weight fractions (0.01 = a standard deviation of 10 % removed).
    """
    return _weight_info(choice_probabilities(values, sets, beta), weights)


def choice_probabilities(values: np.ndarray, sets: np.ndarray, beta) -> np.ndarray:
    """``(M, V, k)``: their logit choice probabilities in each set under each sample."""
    sets = np.asarray(sets, dtype=np.int64)
    return _logit(values[:, sets], beta, values)


def _logit(set_values: np.ndarray, beta, values: np.ndarray) -> np.ndarray:
    """:func:`choice_probabilities` from the sets' values ``(M, V, k)`` (gathered from
    ``values``, whose range says whether exp needs a shift)."""
    b = np.asarray(beta, dtype=np.float32).reshape(-1, 1, 1) if np.ndim(beta) else np.float32(beta)
    U = set_values * b  # (M, V, k)
    if float(np.max(b)) * max(float(np.abs(values).max(initial=0.0)), 1.0) > 80.0:
        U -= U.max(axis=2, keepdims=True)  # exp would overflow float32: shift (values of 0..100 points
        # at β ≤ 0.8 per point never need it, and the shift costs a pass over the array)
    P = np.exp(U, out=U)
    P /= P.sum(axis=2, keepdims=True)
    return P


def _weight_info(P: np.ndarray, weights: np.ndarray) -> np.ndarray:
    M, V, k = P.shape
    Wc = (weights - weights.mean(axis=0, keepdims=True)).astype(np.float32)  # (M, n)
    # einsum, not @: a BLAS call wakes OpenBLAS's threads, which then spin on the other core
    # for the rest of the set search (twice the CPU, and slower under load: docs/inference.md)
    num = np.einsum("mi,mc->ic", Wc, P.reshape(M, V * k)) / np.float32(M)  # (n, V·k): E[p(c) (w − w̄)]
    pc = P.mean(axis=0).reshape(V * k)
    gain = (num * num).sum(axis=0) / np.maximum(pc, 1e-12)
    return gain.reshape(V, k).sum(axis=1).astype(np.float64)


def _sums_by(P: np.ndarray, group: np.ndarray, n: int) -> np.ndarray:
    """``(n, C)``: the rows of ``P`` ``(M, C)`` summed per group (``group`` ``(M,)`` in 0..n−1),
    each in row order — what ``onehot(group).T @ P`` gives, without a BLAS call (see
    :func:`_weight_info`)."""
    out = np.zeros((n, P.shape[1]), dtype=P.dtype)
    for row, g in zip(P, group.tolist()):
        out[g] += row
    return out


def top_information(values: np.ndarray, top: np.ndarray, sets: np.ndarray, beta) -> np.ndarray:
    """Mutual information (bits) between their choice in each set and *which issue is their most
    important*: ``Σ_c,t p(c,t) log p(c,t) / (p(c) p(t))`` over equally weighted samples.

    ``values`` ``(M, P)`` their value of ``P`` packages per sample (curves' uncertainty
    included: every sample has its own curves), ``top`` ``(M,)`` each sample's top issue,
    ``sets`` ``(V, k)`` column indices, ``beta`` one number or one per sample.
    """
    return _top_info(choice_probabilities(values, sets, beta), top)


def _top_info(P: np.ndarray, top: np.ndarray) -> np.ndarray:
    M, V, k = P.shape
    n = int(top.max()) + 1 if len(top) else 1
    joint = _sums_by(P.reshape(M, V * k), top, n) / np.float32(M)  # (n, V·k): p(t, c)
    pt = (np.bincount(top, minlength=n).astype(np.float32) / np.float32(M))[:, None]
    pc = joint.sum(axis=0, keepdims=True)
    ratio = joint / np.maximum(pt * pc, 1e-30)
    mi = (joint * np.log(np.maximum(ratio, 1e-30))).sum(axis=0).reshape(V, k).sum(axis=1)
    return np.maximum(mi, 0.0).astype(np.float64) / np.log(2.0)


def expected_information_gain(estimate: CounterpartEstimate, sets: Sequence[Sequence] | np.ndarray,
                              *, n_samples: int = 512) -> np.ndarray:
    """Bits we expect to learn from their choice in each set.

    ``sets`` is either a sequence of sets of packages (mappings or Package objects) or an
    ``(V, k, n_issues)`` array of grid-index rows.
    """
    rows = _set_rows(estimate, sets)
    V, k, n = rows.shape
    vals = estimate.samples_values(rows.reshape(V * k, n), n_samples).astype(np.float32)
    return set_information(vals, np.arange(V * k).reshape(V, k), _betas(estimate, n_samples))


def expected_top_information(estimate: CounterpartEstimate, sets: Sequence[Sequence] | np.ndarray,
                             *, n_samples: int = 512) -> np.ndarray:
    """Bits their choice in each set is expected to tell about their top issue
    (:func:`top_information`); ``sets`` as for :func:`expected_information_gain`."""
    rows = _set_rows(estimate, sets)
    V, k, n = rows.shape
    vals = estimate.samples_values(rows.reshape(V * k, n), n_samples).astype(np.float32)
    top = np.argmax(estimate.sample_weights_matrix(n_samples), axis=1)
    return top_information(vals, top, np.arange(V * k).reshape(V, k), _betas(estimate, n_samples))


def _set_rows(estimate: CounterpartEstimate, sets) -> np.ndarray:
    """``(V, k, n_issues)`` grid-index rows of sets given as packages or as such an array."""
    arr = np.asarray(sets, dtype=object) if not isinstance(sets, np.ndarray) else sets
    if isinstance(arr, np.ndarray) and arr.dtype != object and arr.ndim == 3:
        return arr.astype(np.int64)
    t = score_table(estimate.plan)
    return np.array([[t.indices_of(p) for p in s] for s in sets], dtype=np.int64)


def _betas(estimate, n: int):
    """Each scoring sample's rationality (an estimate without per-sample ones: its β)."""
    fn = getattr(estimate, "sample_betas", None)
    return fn(n) if fn is not None else estimate.beta


def expected_weight_information(estimate: CounterpartEstimate, sets: Sequence[Sequence] | np.ndarray,
                                *, n_samples: int = 512) -> np.ndarray:
    """Weight variance we expect their choice in each set to remove (:func:`weight_information`).

    ``sets`` as for :func:`expected_information_gain`.
    """
    rows = _set_rows(estimate, sets)
    V, k, n = rows.shape
    vals = estimate.samples_values(rows.reshape(V * k, n), n_samples).astype(np.float32)
    W = estimate.sample_weights_matrix(n_samples).astype(np.float32)
    return weight_information(vals, W, np.arange(V * k).reshape(V, k), _betas(estimate, n_samples))


class InformationScorer:
    """A set scorer for the MESO engine (``scorer(pool, sets) -> scores``, higher is better)."""

    def __init__(self, estimate: CounterpartEstimate, strategy: str = "balanced",
                 n_samples: int = SCORING_SAMPLES) -> None:
        if strategy not in STRATEGIES:
            raise ValueError(tr("unknown strategy {strategy}; use one of {strategies}").format(
                strategy=repr(strategy), strategies=", ".join(STRATEGIES)))
        if strategy == "auto":
            strategy = auto_purpose(estimate.plan, estimate)[0]
        self.estimate = estimate
        self.strategy = strategy
        self.n_samples = int(n_samples)
        self._pool = None
        self._vals: np.ndarray | None = None
        self._have: np.ndarray | None = None
        self._betas = None
        self._W: np.ndarray | None = None
        #: the room: their reactions so far came with a counter-offer, so the next will too —
        #: what the counter-offer tells counts with the pick (:meth:`counter_probabilities`)
        self.counters = any(r.counter_offer for r in estimate.plan.rounds)
        #: the counter-offer chances computed so far, ``(M, packages, n)`` in the order computed
        #: (``_q_at``: each pool package's place, −1 not yet): a full ``(M, pool, n)`` array would
        #: be tens of megabytes, touched page by page (:meth:`counter_probabilities`)
        self._q_blocks: np.ndarray | None = None
        self._q_at: np.ndarray | None = None
        self._q_count = 0
        #: bits of information (about the whole profile) and weight variance removed by the
        #: last full-size set scored best (for the UI's "why").
        self.last_information: float | None = None
        self.last_weight_information: float | None = None

    def _values(self, pool, idx: np.ndarray) -> np.ndarray:
        if self._pool is not pool:
            self._pool = pool
            self._q_at = None
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
        return set_information(self._values(pool, sets.ravel()), sets, self._sample_betas())

    def candidates(self, pool, per_issue: int = PROBES_PER_ISSUE) -> np.ndarray:
        """Probes for the engine's shortlist of a large pool (its own shortlist is built for
        efficiency): per issue, the candidates whose value to them *on that issue* is most
        uncertain under the posterior, relative to the pool's average there — packages that
        give them much (or little) on an issue whose weight we do not know. Their choice
        between such packages depends on exactly what we want to learn. Cheap: one variance
        per term of each issue, then one gather per candidate."""
        tables = self.estimate.issue_sample_values(self.n_samples)
        rows = np.asarray(pool.rows, dtype=np.int64)
        N = len(rows)
        if N == 0:
            return np.empty(0, dtype=np.int64)
        per = []
        for i, tab in enumerate(tables):
            counts = np.bincount(rows[:, i], minlength=len(tab)).astype(np.float64)
            avg = np.einsum("t,ts->s", counts, tab) / N  # (samples,) the pool's average on issue i in each sample
            d = tab - avg[None, :]
            per.append(d.var(axis=1)[rows[:, i]])
        total = np.sum(per, axis=0)
        picks = []
        for contrib in per:
            key = contrib + 1e-9 * total
            k = min(per_issue, N)
            top = np.argpartition(-key, k - 1)[:k]
            picks.append(top)
        return np.unique(np.concatenate(picks))

    def counter_probabilities(self, pool, idx: np.ndarray) -> np.ndarray:
        """``(M, *idx.shape, n)``: per sample, the chance that their counter-offer to each of the
        pool packages ``idx`` names each issue — a logit over their gain when that issue moves
        to their best term, the counter-offer's own likelihood (computed once per package)."""
        idx = np.asarray(idx, dtype=np.int64)
        flat = idx.ravel()
        self._values(pool, flat)  # resets the cache on a new pool
        M, n = self.n_samples, pool.rows.shape[1]
        if self._q_at is None or self._q_blocks is None:
            self._q_at = np.full(len(pool), -1, dtype=np.int64)
            self._q_blocks = np.empty((M, max(64, len(flat)), n), dtype=np.float32)
            self._q_count = 0
        need = np.unique(flat[self._q_at[flat] < 0])
        if len(need):
            tables = self.estimate.issue_sample_values(self.n_samples)
            rows = np.asarray(pool.rows, dtype=np.int64)[need]
            W = self._weights()
            b = np.asarray(self._sample_betas(), dtype=np.float32).reshape(-1, 1)
            G = np.stack([(100.0 * W[:, i][:, None] - tab[rows[:, i]].T.astype(np.float32)) * b
                          for i, tab in enumerate(tables)], axis=2)  # (M, len(need), n)
            G -= G.max(axis=2, keepdims=True)
            np.exp(G, out=G)
            G /= G.sum(axis=2, keepdims=True)
            end = self._q_count + len(need)
            if end > self._q_blocks.shape[1]:
                grown = np.empty((M, max(end, 2 * self._q_blocks.shape[1]), n), dtype=np.float32)
                grown[:, : self._q_count] = self._q_blocks[:, : self._q_count]
                self._q_blocks = grown
            self._q_blocks[:, self._q_count:end] = G
            self._q_at[need] = np.arange(self._q_count, end)
            self._q_count = end
        return self._q_blocks[:, self._q_at[idx]]

    def _information_points(self, P: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The set score's information part (points) and the weight information, for the
        outcome chances ``P`` ``(M, V, outcomes)`` of each set."""
        w = WEIGHTS[self.strategy]
        info = _weight_info(P, self._weights()) if w["info"] else np.zeros(P.shape[1])
        pts = w["info"] * info / 0.01
        if w.get("top", 0.0):
            pts = pts + w["top"] * _top_info(P, np.argmax(self._weights(), axis=1))
        return pts, info

    def _with_counter_offers(self, pool, sets: np.ndarray, score: np.ndarray, P: np.ndarray,
                             pts: np.ndarray, info: np.ndarray) -> None:
        """The room: re-score the :data:`COUNTER_SHORTLIST` best sets with what their pick *and*
        their counter-offer will tell — the outcome is the pick with the issue the counter-offer
        names (:meth:`counter_probabilities`); in place. Never less than the pick alone tells,
        so the shortlist only rises."""
        k = min(COUNTER_SHORTLIST, len(sets))
        short = np.argpartition(-score, k - 1)[:k] if k < len(sets) else np.arange(len(sets))
        Q = self.counter_probabilities(pool, sets[short])  # (M, V', k, n)
        J = (P[:, short, :, None] * Q).reshape(P.shape[0], len(short), -1)
        pts_j, info_j = self._information_points(J)
        score[short] += pts_j - pts[short]
        info[short] = info_j

    def _weights(self) -> np.ndarray:
        if self._W is None:
            self._W = self.estimate.sample_weights_matrix(self.n_samples).astype(np.float32)
        return self._W

    def _sample_betas(self):
        if self._betas is None:
            self._betas = _betas(self.estimate, self.n_samples)
        return self._betas

    def top_information(self, pool, sets: np.ndarray) -> np.ndarray:
        """Bits their choice in each set is expected to tell about their top issue."""
        sets = np.asarray(sets, dtype=np.int64)
        if sets.shape[1] < 2:
            return np.zeros(len(sets))
        vals = self._values(pool, sets.ravel())
        return top_information(vals, np.argmax(self._weights(), axis=1), sets, self._sample_betas())

    def weight_information(self, pool, sets: np.ndarray) -> np.ndarray:
        """Expected weight variance removed (:func:`weight_information`) by sets of pool
        indices ``(V, k)``."""
        sets = np.asarray(sets, dtype=np.int64)
        if sets.shape[1] < 2:
            return np.zeros(len(sets))
        return weight_information(self._values(pool, sets.ravel()), self._weights(), sets, self._sample_betas())

    def expected_best(self, pool, sets: np.ndarray) -> np.ndarray:
        """Their expected value of the package they would like best in each set (points).

        Under an uncertain estimate a set hedges: whichever profile is true, one of its
        packages should be good for them — the point of offering several at once.
        """
        sets = np.asarray(sets, dtype=np.int64)
        return _best_mean(self._values(pool, sets.ravel())[:, sets])

    def __call__(self, pool, sets: np.ndarray) -> np.ndarray:
        sets = np.asarray(sets, dtype=np.int64)
        w = WEIGHTS[self.strategy]
        k = sets.shape[1]
        n = pool.rows.shape[1]
        gap = pool.gap[sets]
        best_gap = gap.min(axis=1)
        vals = self._values(pool, sets.ravel())
        set_vals = vals[:, sets]  # (M, V, k) their value of each package, gathered once
        learns = k >= 2 and (w["info"] or w.get("top", 0.0))
        if learns:
            P = _logit(set_vals, self._sample_betas(), vals)
            pts, info = self._information_points(P)
        else:
            pts, info = np.zeros(len(sets)), np.zeros(len(sets))
        score = pts - w["best_gap"] * best_gap - w["mean_gap"] * gap.mean(axis=1)
        # the engine's own criteria, each only where its weight counts (``learn`` has none)
        if w["clarity"]:
            score += w["clarity"] * np.minimum(concession_margins(pool.conceded[sets])[1].min(axis=1), CLARITY_CAP)
        if w["diversity"]:
            if k > 1:
                iu, ju = np.triu_indices(k, 1)
                r = pool.rows[sets]
                score += w["diversity"] * term_distance(pool.plan, r[:, iu, :], r[:, ju, :]).min(axis=1) / n
            else:
                score += w["diversity"]
        if w["spread"]:
            ours = pool.ours[sets]
            score -= w["spread"] * (ours.max(axis=1) - ours.min(axis=1) + np.abs(ours - pool.level).max(axis=1))
        if w["hedge"]:
            score += w["hedge"] * _best_mean(set_vals)
        score -= w.get("near", 1.0) * NEAR_EFFICIENT_PENALTY * np.maximum(best_gap - NEAR_EFFICIENT_POINTS, 0.0)
        if learns and self.counters and len(score):
            self._with_counter_offers(pool, sets, score, P, pts, info)
        if len(score) and k >= 2:
            top = int(np.argmax(score))
            self.last_weight_information = float(info[top])
            self.last_information = float(self.information(pool, sets[top:top + 1])[0])
        return score


def _best_mean(set_values: np.ndarray) -> np.ndarray:
    """Their expected value of their best package of each set, from ``(M, V, k)`` values."""
    return set_values.max(axis=2).mean(axis=0).astype(np.float64)


def auto_purpose(plan: Plan, estimate: CounterpartEstimate | None = None) -> tuple[str, str]:
    """The purpose the round gives the next set, and why: ``"please"`` once the estimate is
    sure enough of their top issue (≥ :data:`SURE_ENOUGH`), ``"learn"`` in the first rounds
    (fewer than :data:`LEARNING_ROUNDS` recorded), else ``"balanced"``."""
    if not plan.rounds:
        return "balanced", tr("no reaction recorded yet: the first set balances learning and pleasing")
    est = estimate if estimate is not None else estimate_counterpart(plan)
    top, p = max(est.top_issue.items(), key=lambda kv: kv[1])
    if not est.is_prior and p >= SURE_ENOUGH:  # the words: as sure as the panel's headline says
        return "please", tr("{how_sure}: please them").format(how_sure=top_issue_words(p, len(est.top_issue), top))
    if len(plan.rounds) < LEARNING_ROUNDS:
        if any(r.counter_offer for r in plan.rounds):
            return "learn", tr("round {round}: still learning what matters to them — a set chosen for what their "
                               "pick and their counter-offer will tell").format(round=len(plan.rounds) + 1)
        return "learn", tr("round {round}: still learning what matters to them").format(round=len(plan.rounds) + 1)
    return "balanced", tr("not yet sure what matters most to them ({issue}: {share:.0f} %): balance").format(
        issue=top, share=100 * p)


def informed_strategy(plan: Plan, their, strategy):
    """What the MESO engine should use for ``their`` and ``strategy`` (its hook).

    With reactions recorded and no explicit ``their``, the counterpart estimate replaces the
    opposed-interests prior and the set search scores information gain (``"learn"``,
    ``"balanced"``, ``"please"``). Without rounds, ``"balanced"`` keeps the engine's own
    behaviour; ``"learn"`` scores information under the prior and ``"please"`` becomes the
    engine's ``"efficient"``. Any other strategy (the engine's names, a callable) passes
    through unchanged.
    """
    if not isinstance(strategy, str) or strategy not in STRATEGIES:
        return their, strategy
    if strategy == "auto":
        strategy = auto_purpose(plan)[0]
    if their is not None:
        # an explicit estimate of them: no posterior to learn from, use the engine's scores
        return their, BASE_STRATEGY[strategy]
    if not plan.rounds and strategy != "learn":
        return None, BASE_STRATEGY[strategy]
    est = estimate_counterpart(plan)
    if est.is_prior and strategy != "learn":  # rounds, but none says anything yet
        return None, BASE_STRATEGY[strategy]
    if strategy == "learn":
        # the purpose is the question: no package is preferred for being efficient under the
        # estimate (a flat view of them puts every package on the frontier), the scorer decides
        tv = est.their_values()
        flat = TheirValues(tv.names, tv.weights, tuple(np.zeros_like(v) for v in tv.values),
                           tr("{estimate} (a learning set: their values are not compared)").format(
                               estimate=tv.label))
        return flat, InformationScorer(est, strategy)
    return est.their_values(), InformationScorer(est, strategy)
