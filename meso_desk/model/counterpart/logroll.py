"""Logrolling: which issue to concede (cheap for us, dear to them) and which to hold.

For every issue we compare, under each posterior sample of the counterpart estimate,

* **their gain** — their points if the issue moved from our best acceptable term to the
  acceptable term they like best (their weight × the value difference), and
* **our cost** — the points that move costs us (our weight × our value difference).

An issue is *cheap for us, dear to them* when their gain exceeds our cost; the
**confidence** of a suggestion is the posterior probability of that (for "concede") or of
the reverse (for "hold"). Issues where they most probably want what we want are
*compatible*: there is nothing to trade, only to agree on. Suggestions are phrased for
people and say how many observations they rest on.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..base import Term
from ..language import tr
from ..plan import Plan
from ..preferences.issues import NumericIssue
from ..preferences.total_cost import concession_money
from ..scoring import score_table
from .inference import CounterpartEstimate, estimate_counterpart

#: Posterior samples used for the comparison.
SAMPLES = 4000
#: An issue counts as compatible when this probable (and then is not traded).
COMPATIBLE_FROM = 0.5
#: Below this confidence a suggestion is not made at all.
MIN_CONFIDENCE = 0.55


@dataclass(frozen=True)
class LogrollSuggestion:
    """One suggestion: ``action`` is ``"concede"``, ``"hold"`` or ``"agree"``."""

    action: str
    issue: str
    confidence: float
    our_cost: float  # expected points it costs us to move the issue to their preferred term
    their_gain: float  # expected points it gives them
    term: Term | None  # their preferred acceptable term (expected values)
    text: str


@dataclass(frozen=True)
class _IssueStake:
    issue: str
    our_cost: np.ndarray  # (M,)
    their_gain: np.ndarray  # (M,)
    term: Term | None
    compatible: float


def _stakes(plan: Plan, est: CounterpartEstimate, n: int) -> list[_IssueStake]:
    m = est._model.structure  # the estimate's compiled issues (rows = options or knots)
    st = est._state
    sub = est.sample_indices(n)
    t = score_table(plan)
    tv = est.their_values()
    out = []
    for i, im in enumerate(m.issues):
        issue = plan.issues[i]
        if im.numeric:
            assert isinstance(issue, NumericIssue) and im.knots is not None
            acc = np.array([issue.is_acceptable(float(x)) for x in im.knots])
        else:
            acc = np.array([o.acceptable for o in issue.options])
        if not acc.any():
            acc = np.ones(im.n_rows, dtype=bool)
        ours = im.ours
        b = int(np.argmax(np.where(acc, ours, -np.inf)))
        V = st.derived.V[i][:, sub].astype(np.float64)  # (K, M)
        W = st.derived.W[i, sub]
        Vacc = np.where(acc[:, None], V, -np.inf)
        k_star = np.argmax(Vacc, axis=0)
        gain = W * (V[k_star, np.arange(len(sub))] - V[b])
        cost = plan.weights[issue.name] * (ours[b] - ours[k_star])
        # their preferred acceptable term under the expected values, on the full grid
        g_acc = t.acceptable[i]
        vals = np.where(g_acc, tv.values[i], -np.inf)
        k = int(np.argmax(vals))
        g = t.grids[i][k]
        term: Term = str(g) if t.grids[i].dtype == object else float(g)
        out.append(_IssueStake(issue.name, cost, gain, term, est.directions[issue.name]["compatible"]))
    return out


def _pts(x: float) -> str:
    if x < 0.95:
        return tr("less than 1 point")
    return tr("{points:.0f} points").format(points=x) if round(x) != 1 else tr("{points:.0f} point").format(points=x)


def logroll_suggestions(plan: Plan, estimate: CounterpartEstimate | None = None, *,
                        max_each: int = 2) -> list[LogrollSuggestion]:
    """Plain-word logroll suggestions, most confident first within each kind.

    Up to ``max_each`` issues to concede, ``max_each`` to hold, and every issue where both
    sides probably want the same ("agree"). ``estimate`` defaults to
    :func:`~meso_desk.model.counterpart.inference.estimate_counterpart` of ``plan``.
    """
    est = estimate_counterpart(plan) if estimate is None else estimate
    if len(plan.issues) < 2:
        return []
    if est.n_observations == 1:
        basis = tr("based on 1 observation")
    elif est.n_observations:
        basis = tr("based on {count} observations").format(count=est.n_observations)
    else:
        basis = tr("a guess: no reactions recorded yet")
    stakes = _stakes(plan, est, SAMPLES)
    agree, trade = [], []
    for s in stakes:
        (agree if s.compatible >= COMPATIBLE_FROM else trade).append(s)

    def describe_term(s: _IssueStake) -> str:
        issue = plan.issue(s.issue)
        return issue.format_term(s.term) if s.term is not None else tr("their preferred term")

    out: list[LogrollSuggestion] = []
    conc, hold = [], []
    for s in trade:
        p_dear = float(np.mean(s.their_gain > s.our_cost))
        cost, gain = float(s.our_cost.mean()), float(s.their_gain.mean())
        conc.append((p_dear, s, cost, gain))
        hold.append((1.0 - p_dear, s, cost, gain))
    conc.sort(key=lambda x: (-x[0], x[2]))
    hold.sort(key=lambda x: (-x[0], -x[2]))
    used: set[str] = set()
    conc = [c for c in conc if c[0] >= MIN_CONFIDENCE and c[3] > c[2]]
    hold = [h for h in hold if h[0] >= MIN_CONFIDENCE and h[3] < h[2]]
    for p, s, cost, gain in conc[:max_each]:
        used.add(s.issue)
        out.append(LogrollSuggestion(
            "concede", s.issue, p, cost, gain, s.term,
            tr("Concede on {issue} (towards {term}): it costs you about {cost}{money} and is worth "
               "about {gain} to them — {sure:.0f} % sure it is worth more to them than to you "
               "({basis}).").format(issue=s.issue, term=describe_term(s), cost=_pts(cost),
                                    money=concession_money(plan, s.issue, s.term), gain=_pts(gain),
                                    sure=100 * p, basis=basis)))
    for p, s, cost, gain in [h for h in hold if h[1].issue not in used][:max_each]:
        out.append(LogrollSuggestion(
            "hold", s.issue, p, cost, gain, s.term,
            tr("Hold on {issue}: giving it up would cost you about {cost}{money} and be worth only about "
               "{gain} to them — {sure:.0f} % sure it matters more to you ({basis}).").format(
                issue=s.issue, cost=_pts(cost), money=concession_money(plan, s.issue, s.term), gain=_pts(gain),
                sure=100 * p, basis=basis)))
    for s in sorted(agree, key=lambda x: -x.compatible):
        out.append(LogrollSuggestion(
            "agree", s.issue, s.compatible, float(s.our_cost.mean()), float(s.their_gain.mean()), s.term,
            tr("Agree on {issue}: they probably want what you want there ({sure:.0f} % sure), "
               "so there is nothing to trade — settle it early ({basis}).").format(
                issue=s.issue, sure=100 * s.compatible, basis=basis)))
    return out
