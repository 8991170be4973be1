"""Setting the weights by pairwise questions ("Ask me"; issue 24). No Qt.

The buyer is asked a short, adaptive series of questions between two packages that differ on
two issues only, in the plan's own terms and units::

    Unit price EUR 190.00 with Delivery 8 weeks — or Unit price EUR 196.00 with Delivery 4 weeks?

and answers "the first", "the second" or "about equal". With the value curves taken as they
are, package values are linear in the weights, so each answer is a linear constraint on the
weight vector ``w`` (``d`` = the first package's curve values minus the second's, in points):

* the first: ``w·d ≥ +EQUAL_POINTS − SLACK``; the second: ``w·d ≤ −(EQUAL_POINTS − SLACK)``;
* about equal: ``|w·d| ≤ EQUAL_POINTS + SLACK``.

The weights consistent with every answer form a polytope inside the simplex (and inside a
starting band, when one is given). It is represented by a sample of weight vectors spread
uniformly over it: Dirichlet points at the start, then, after each answer, the points that
still satisfy everything are spread again over the smaller polytope by hit-and-run (numpy,
vectorised over many chains). The estimate is the sample's mean; a weight is *pinned* when
half the range holding 95 % of the sample (2.5–97.5 %) is at most ``PIN`` (3 points) — the ±
the plan's weight region shows once applied.

Where one of the two issues is a number whose value rises or falls throughout (a price,
weeks), a *matching* question also lets the buyer name the term of the second package at which
the two are worth the same ("equal at EUR 191.50"): an "about equal" answer to the question with
that term — a slab a few points wide instead of a half-space, far more information than a choice.

The next question is the candidate that best splits the sample — the smallest expected spread
of the weights after the answer (over the three answers of a plain question, over the terms a
buyer might name for a matching one) — among questions whose answer is not already implied
(every answer has at least ``MIN_SHARE`` of the sample). It stops when every weight is pinned
or after ``MAX_QUESTIONS``. Answers that no weights satisfy together are found (the smallest
set of answers that conflict, by deletion) and shown so that one can be revised.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

import numpy as np

from ..language import current_language, tr
from .issues import Issue

if TYPE_CHECKING:
    from ..plan import Plan

Choice = Literal["first", "second", "equal"]
CHOICES: tuple[str, ...] = ("first", "second", "equal")
#: "about equal" means within this many points to the buyer
EQUAL_POINTS = 1.0
#: how far an answer may be off (the buyer is not exact): widens every constraint
SLACK = 0.6
#: a weight is pinned when half its 95 % range (2.5–97.5 % of the region) is at most PIN (fraction)
PIN = 0.03
MAX_QUESTIONS = 10
#: a question whose most likely answer covers more than 1 − MIN_SHARE of the region is implied
MIN_SHARE = 0.03
SAMPLE = 1500
_LEVELS = 7
_STEPS = 60
_MAX_CANDIDATES = 6000
#: a matching answer is read as this many bins of the region when choosing the next question
_MATCH_BINS = 8


@dataclass(frozen=True)
class Question:
    """Two packages differing on two issues: ``first`` is better on ``better`` and worse on
    ``worse``; ``second`` the other way round. ``first``/``second`` map those two issue names to
    terms; ``d`` is first − second in curve points per issue (plan order)."""

    better: str
    worse: str
    first: dict
    second: dict
    d: tuple[float, ...]
    text: str
    #: The issue (``better``, numeric) on which the buyer may instead name the term of the
    #: second package that makes the two equal ("equal at EUR 191.50"); None for a plain question.
    match: str | None = None
    #: The range (low, high) a matching term may take (the issue's acceptable range).
    match_range: tuple[float, float] | None = None

    def key(self) -> tuple:
        if self.match is not None:  # one matching question per pair and swing, whatever its middle
            return ("match", self.better, self.worse, self.first[self.worse], self.second[self.worse])
        return (self.better, self.worse, tuple(self.first.items()), tuple(self.second.items()))


@dataclass(frozen=True)
class Answer:
    question: Question
    choice: str
    #: True when the buyer named the matching term (the question's second package then holds
    #: that term and ``choice`` is "equal").
    matched: bool = False
    #: The question as it was asked, when the answer changed it (a named term): revising the
    #: answer asks that question again, not the one the term made.
    asked: Question | None = None

    @property
    def original(self) -> Question:
        """The question as it was asked."""
        return self.asked if self.asked is not None else self.question


def question_text(a: Issue, b: Issue, first: dict, second: dict) -> str:
    """``Unit price EUR 190.00 with Delivery 8 weeks — or Unit price EUR 196.00 with Delivery 4 weeks?``"""
    return tr("{a} {a_first} with {b} {b_first} — or {a} {a_second} with {b} {b_second}? "
              "(Everything else the same.)").format(
        a=a.name, b=b.name, a_first=a.format_term(first[a.name]), b_first=b.format_term(first[b.name]),
        a_second=a.format_term(second[a.name]), b_second=b.format_term(second[b.name]))


def answer_rows(d: np.ndarray, choice: str) -> tuple[np.ndarray, np.ndarray]:
    """The constraint rows ``C w ≤ b`` an answer adds."""
    lo = EQUAL_POINTS - SLACK
    if choice == "first":
        return -d[None, :], np.array([-lo])
    if choice == "second":
        return d[None, :], np.array([-lo])
    if choice == "equal":
        hi = EQUAL_POINTS + SLACK
        return np.stack([d, -d]), np.array([hi, hi])
    raise ValueError(tr("an answer is 'first', 'second' or 'equal', not {choice}").format(choice=repr(choice)))


def band_rows(low: np.ndarray, high: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``low ≤ w ≤ high`` as rows of ``C w ≤ b``."""
    n = len(low)
    eye = np.eye(n)
    return np.vstack([-eye, eye]), np.concatenate([-low, high])


# -- the polytope: sampling and feasibility ------------------------------------------------------
def hit_and_run(C: np.ndarray, b: np.ndarray, X: np.ndarray, steps: int, rng: np.random.Generator) -> np.ndarray:
    """Points ``X`` (rows inside ``C w ≤ b`` on the plane Σw = 1) moved by ``steps`` hit-and-run
    steps each (all chains at once); the result stays inside and spreads uniformly."""
    X = X.copy()
    N, n = X.shape
    for _ in range(steps):
        U = rng.standard_normal((N, n))
        U -= U.mean(axis=1, keepdims=True)
        U /= np.linalg.norm(U, axis=1, keepdims=True) + 1e-300
        CU = U @ C.T
        slack = np.maximum(b[None, :] - X @ C.T, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            t = slack / CU
        tmax = np.where(CU > 1e-12, t, np.inf).min(axis=1)
        tmin = np.where(CU < -1e-12, t, -np.inf).max(axis=1)
        ok = np.isfinite(tmax) & np.isfinite(tmin) & (tmax > tmin)
        T = np.where(ok, tmin + rng.random(N) * (tmax - tmin), 0.0)
        X += T[:, None] * U
    return X


def feasible_point(C: np.ndarray, b: np.ndarray, x0: np.ndarray, margin: float = 0.002,
                   sweeps: int = 400) -> np.ndarray | None:
    """A point on Σw = 1 with ``C w ≤ b − margin·|c|`` (a little inside), found by cyclic
    projections onto the half-spaces; None when none converges (the constraints conflict)."""
    P = C - C.mean(axis=1, keepdims=True)  # the rows projected onto the plane Σw = 1
    norm2 = (P * P).sum(axis=1)
    use = norm2 > 1e-18
    P, Cu, bu, norm2 = P[use], C[use], b[use] - margin * np.sqrt(norm2[use]), norm2[use]
    x = x0.astype(float).copy()
    for _ in range(sweeps):
        worst = 0.0
        for k in range(len(Cu)):
            v = float(Cu[k] @ x - bu[k])
            if v > 0:
                x -= (v / norm2[k]) * P[k]
                worst = max(worst, v)
        if worst <= 1e-12:
            return x
    viol = Cu @ x - (bu + margin * np.sqrt(norm2))
    return x if viol.max() <= 1e-9 else None


@dataclass(frozen=True, eq=False)
class Elicitation:
    """The state of an "Ask me" session: the answers so far and the region they leave.

    Start one with :func:`start_elicitation`; :meth:`answer`, :meth:`revise` and :meth:`drop`
    return a new state. ``sample`` is ``(N, n)`` weight vectors spread over the region.
    """

    issues: tuple[Issue, ...]
    low: np.ndarray
    high: np.ndarray
    answers: tuple[Answer, ...]
    sample: np.ndarray
    conflict: tuple[int, ...] = ()
    asked: frozenset = field(default_factory=frozenset)
    seed: int = 0
    #: offer matching questions (the buyer may name the term that makes two packages equal)
    matching: bool = True

    # -- the region --------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        return [i.name for i in self.issues]

    def fits(self, plan: Plan) -> bool:
        """Whether the answers still speak about ``plan``: the same issues with the same
        terms and value curves (an answer compared packages valued by them)."""
        return tuple(self.issues) == tuple(plan.issues)

    def constraints(self, answers: tuple[Answer, ...] | None = None) -> tuple[np.ndarray, np.ndarray]:
        rows = [band_rows(self.low, self.high)]
        for a in self.answers if answers is None else answers:
            rows.append(answer_rows(np.asarray(a.question.d), a.choice))
        return np.vstack([r[0] for r in rows]), np.concatenate([r[1] for r in rows])

    @property
    def estimate(self) -> dict[str, float]:
        """The weights in the middle of the region (fractions, summing to 1)."""
        m = np.clip(self.sample.mean(axis=0), 0.0, None)
        m = m / m.sum()
        return dict(zip(self.names, (float(x) for x in m)))

    def uncertainty(self) -> dict[str, float]:
        """Per weight, the ± (fraction): half its range that holds 95 % of the region
        (:meth:`bounds`) — the figure the plan's weight region shows once applied
        (:attr:`WeightRegion.widest`), one figure for one idea."""
        lo, hi = np.quantile(self.sample, [0.025, 0.975], axis=0)
        return dict(zip(self.names, (float(x) for x in (hi - lo) / 2.0)))

    def bounds(self) -> dict[str, tuple[float, float]]:
        """Per weight, the range (fractions) that holds 95 % of the region."""
        lo, hi = np.quantile(self.sample, [0.025, 0.975], axis=0)
        return {n: (float(a), float(b)) for n, a, b in zip(self.names, lo, hi)}

    def least_sure(self) -> tuple[str, float]:
        """The weight the answers pin least, and its ± (fraction, as :meth:`uncertainty`)."""
        return max(self.uncertainty().items(), key=lambda kv: kv[1])

    def closing_text(self, question: Question | None, terminal: bool = False) -> str:
        """What the session says when it asks nothing more — ``question``, the
        :meth:`next_question` already found, is None ("" while it still asks or in conflict):
        pinned, or which weight is least sure and what to do about it (in the app's words, or
        with ``terminal`` the command line's: no tabs, no Apply)."""
        if self.conflict or question is not None:
            return ""
        if self.pinned:
            return tr("Done: your weights are pinned down.")
        name, band = self.least_sure()
        if terminal:
            text = (tr("That is enough questions. The least sure weight is {issue}'s (± {band:.1f} points). "
                       "The weights found are below; -o saves them.") if len(self.answers) >= MAX_QUESTIONS else
                    tr("No question left would narrow the weights further. The least sure weight is {issue}'s "
                       "(± {band:.1f} points). The weights found are below; -o saves them."))
            return text.format(issue=name, band=100 * band)
        if len(self.answers) >= MAX_QUESTIONS:
            text = tr("That is enough questions. The least sure weight is {issue}'s (± {band:.1f} points): "
                      "swing weighting (the Swings tab) can check it, or apply the weights as found.")
        else:
            text = tr("No question left would narrow the weights further. The least sure weight is {issue}'s "
                      "(± {band:.1f} points): swing weighting (the Swings tab) can check it, or apply the weights "
                      "as found.")
        return text.format(issue=name, band=100 * band)

    @property
    def pinned(self) -> bool:
        return not self.conflict and max(self.uncertainty().values()) <= PIN

    @property
    def finished(self) -> bool:
        """Every weight is pinned within ± PIN, or MAX_QUESTIONS have been answered."""
        return self.pinned or (len(self.answers) >= MAX_QUESTIONS and not self.conflict)

    def conflict_text(self) -> str:
        """The answers that cannot all be true, in words ("" when they can)."""
        if not self.conflict:
            return ""
        if len(self.conflict) == 1:  # no other answer to blame: the band the weights may move in
            a = self.answers[self.conflict[0]]
            return tr("Q{number} cannot be true for weights within the band you set ({question}). Change or remove "
                      "it, or start again without the band.").format(number=self.conflict[0] + 1,
                                                                      question=a.original.text)
        said = {"first": tr("Q{number} ({question} — you said the first)"),
                "second": tr("Q{number} ({question} — you said the second)"),
                "equal": tr("Q{number} ({question} — you said about equal)"),
                "matched": tr("Q{number} ({question} — you said these are equal)")}
        parts = []
        for k in self.conflict:
            a = self.answers[k]
            key = "matched" if a.matched and a.choice == "equal" else a.choice
            parts.append(said[key].format(number=k + 1, question=a.question.text))
        return tr("These answers cannot all be true: {answers}. Revise one of them.").format(answers="; ".join(parts))

    # -- answering ---------------------------------------------------------------------
    def answer(self, question: Question, choice: str) -> Elicitation:
        """The state after answering ``question`` with ``choice`` ('first', 'second', 'equal').

        A buyer who twice in a row answers a matching question by choosing, without naming the
        term, is asked plain questions from then on (they are better split for choosing)."""
        answer_rows(np.asarray(question.d), choice)  # checks the choice
        answers = (*self.answers, Answer(question, choice))
        state = self._with_answers(answers, self.asked | {question.key()})
        offered = [a for a in answers if a.question.match is not None or a.matched]
        if self.matching and len(offered) >= 2 and not any(a.matched for a in offered[-2:]):
            state = replace(state, matching=False)
        return state

    def answer_match(self, question: Question, term: float) -> Elicitation:
        """The state after the buyer says the two packages are equal when the second's
        ``question.match`` term is ``term`` ("equal at EUR 191.50"): an "about equal" answer to
        the question with that term, a much narrower cut than a choice."""
        q = matched_question(self.issues, question, term)
        answers = (*self.answers, Answer(q, "equal", matched=True, asked=question))
        return self._with_answers(answers, self.asked | {question.key(), q.key()})

    def revise(self, index: int, choice: str) -> Elicitation:
        """The state with answer ``index`` changed to ``choice`` — an answer to the question as
        it was asked (a named term is taken back)."""
        answer_rows(np.asarray(self.answers[index].original.d), choice)  # checks the choice
        answers = list(self.answers)
        answers[index] = Answer(answers[index].original, choice)
        return self._with_answers(tuple(answers), self.asked, fresh=True)

    def revise_match(self, index: int, term: float) -> Elicitation:
        """The state with answer ``index`` changed to "worth the same with ``term``" on the
        question as it was asked (which must let the buyer name a term)."""
        asked = self.answers[index].original
        answers = list(self.answers)
        answers[index] = Answer(matched_question(self.issues, asked, term), "equal", matched=True, asked=asked)
        return self._with_answers(tuple(answers), self.asked, fresh=True)

    def drop(self, index: int) -> Elicitation:
        """The state without answer ``index``."""
        answers = tuple(a for k, a in enumerate(self.answers) if k != index)
        return self._with_answers(answers, self.asked, fresh=True)

    def _with_answers(self, answers: tuple[Answer, ...], asked: frozenset, fresh: bool = False) -> Elicitation:
        rng = np.random.default_rng(self.seed + 7919 * len(answers) + 1)
        C, b = self.constraints(answers)
        X = self.sample
        inside = (X @ C.T <= b[None, :] + 1e-9).all(axis=1)
        if fresh or inside.sum() < 20:
            x = feasible_point(C, b, self.sample.mean(axis=0))
            if x is None:
                return replace(self, answers=answers, asked=asked, conflict=_smallest_conflict(self, answers))
            starts = np.repeat(x[None, :], SAMPLE, axis=0)
            X = hit_and_run(C, b, starts, 3 * _STEPS, rng)
        else:
            idx = np.flatnonzero(inside)
            starts = X[idx[rng.integers(0, len(idx), SAMPLE)]]
            X = hit_and_run(C, b, starts, _STEPS, rng)
        return replace(self, answers=answers, sample=X, conflict=(), asked=asked)

    # -- choosing the next question ----------------------------------------------------
    def next_question(self) -> Question | None:
        """The question that best narrows the region (None when finished or in conflict):
        a plain question (three answers) or, with ``matching``, a matching question (the buyer
        may also name the term that makes the two equal), whichever leaves the smaller expected
        spread of the weights."""
        if self.conflict or self.finished:
            return None
        cands = [q for q in candidate_questions(self.issues) if q.key() not in self.asked]
        best, score = None, math.inf
        if cands:
            expected = _three_way_spread(self.sample, np.array([q.d for q in cands]))
            k = int(np.argmin(expected))
            if np.isfinite(expected[k]):
                best, score = cands[k], float(expected[k])
        if self.matching:
            q, s = _best_matching(self)
            if q is not None and s < score:
                best = q
        return best


def _spread_after(W: np.ndarray, masks: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """For answers that split the sample ``W`` (N, n) by ``masks`` (each (N, Q)): the expected
    sum of the weights' standard deviations after the answer, and the largest answer's share."""
    N = len(W)
    W2 = W**2
    expected = np.zeros(masks[0].shape[1])
    largest = np.zeros(masks[0].shape[1])
    for M in masks:
        Mf = M.astype(float)
        cnt = Mf.sum(axis=0)
        p = cnt / N
        largest = np.maximum(largest, p)
        safe = np.maximum(cnt, 1.0)
        mean = (Mf.T @ W) / safe[:, None]
        var = (Mf.T @ W2) / safe[:, None] - mean**2
        expected += p * np.sqrt(np.maximum(var, 0.0)).sum(axis=1)
    return expected, largest


def _three_way_spread(W: np.ndarray, D: np.ndarray) -> np.ndarray:
    """Expected spread after a plain question (first / second / about equal) for each row of
    ``D``; inf where one answer is already implied."""
    S = W @ D.T  # (N, Q): the first's advantage in points under each sample
    masks = [S > EQUAL_POINTS, S < -EQUAL_POINTS]
    masks.append(~(masks[0] | masks[1]))
    expected, largest = _spread_after(W, masks)
    expected[largest > 1.0 - MIN_SHARE] = np.inf
    return expected


@dataclass(frozen=True)
class _Matching:
    """Matching questions of a plan: issue ``a`` (numeric, monotone) at its best in the first
    package against a swing of issue ``b``; the buyer names ``a``'s term in the second."""

    a: np.ndarray  # (T,) index of the matching issue
    b: np.ndarray  # (T,) index of the other issue
    best: np.ndarray  # (T,) our value of a's best acceptable term
    floor: np.ndarray  # (T,) our value of a's worst acceptable term
    db: np.ndarray  # (T,) points of b's swing
    rows: tuple[tuple[object, object], ...]  # (b's better term, b's worse term)


def _matchable(issue: Issue) -> tuple[np.ndarray, np.ndarray] | None:
    """(acceptable terms, their values) of a numeric issue whose value rises or falls
    throughout its acceptable range (so one term makes two packages equal), else None."""
    if not issue.is_numeric:
        return None
    g, v, ok = issue.grid(), issue.grid_values(), issue.grid_acceptable()
    g, v = g[ok], v[ok]
    if len(g) < 5 or v.max() - v.min() < 20.0:
        return None
    dv = np.diff(v)
    if not ((dv >= -1e-9).all() or (dv <= 1e-9).all()):
        return None
    return g, v


_MATCH_CACHE: dict[tuple, _Matching] = {}


def _matching_templates(issues: tuple[Issue, ...]) -> _Matching:
    key = tuple(issues)
    if key in _MATCH_CACHE:
        return _MATCH_CACHE[key]
    a_, b_, best, floor, db, rows = [], [], [], [], [], []
    for a, ia in enumerate(issues):
        m = _matchable(ia)
        if m is None:
            continue
        for b, ib in enumerate(issues):
            if b == a:
                continue
            for bhi, blo, d in _swings(ib):
                a_.append(a), b_.append(b), best.append(m[1].max()), floor.append(m[1].min())
                db.append(d), rows.append((bhi, blo))
    out = _Matching(np.array(a_, dtype=int), np.array(b_, dtype=int), np.array(best, dtype=float),
                    np.array(floor, dtype=float), np.array(db, dtype=float), tuple(rows))
    if len(_MATCH_CACHE) > 16:
        _MATCH_CACHE.clear()
    _MATCH_CACHE[key] = out
    return out


def matching_points(W: np.ndarray, t: _Matching) -> np.ndarray:
    """(N, T): for each weight vector, our value of the matching issue's term that makes the
    two packages of each template equal (``-inf`` where the second stays better)."""
    wa, wb = W[:, t.a], W[:, t.b]
    with np.errstate(divide="ignore", invalid="ignore"):
        u = t.best[None, :] - wb * t.db[None, :] / wa
    return np.where((wa > 1e-9) & (u >= t.floor[None, :]), u, -np.inf)


def _best_matching(state: Elicitation) -> tuple[Question | None, float]:
    """The matching question with the smallest expected spread after the buyer names the
    term (read as ``_MATCH_BINS`` equal shares of the answers the region allows), and that spread."""
    issues = state.issues
    t = _matching_templates(issues)
    if not len(t.a):
        return None, math.inf
    names = [i.name for i in issues]
    keys = [("match", names[a], names[b], lo, hi) for a, b, (hi, lo) in zip(t.a, t.b, t.rows)]
    fresh = np.array([k not in state.asked for k in keys])
    if not fresh.any():
        return None, math.inf
    W = state.sample
    U = matching_points(W, t)
    inside = np.isfinite(U)
    share = inside.mean(axis=0)
    rank = np.argsort(np.argsort(np.where(inside, U, np.inf), axis=0), axis=0)  # in-range first
    bins = np.where(inside, (rank * _MATCH_BINS) // np.maximum(inside.sum(axis=0), 1)[None, :], _MATCH_BINS)
    expected, _ = _spread_after(W, [bins == j for j in range(_MATCH_BINS + 1)])
    expected[(share < 0.5) | ~fresh] = np.inf
    # implied: the terms the region allows lie within one answer's width (in package points)
    cols = np.flatnonzero(np.isfinite(expected))
    if len(cols):
        Uc = np.where(inside[:, cols], U[:, cols], np.nan)
        lo, hi = np.nanquantile(Uc, [0.05, 0.95], axis=0)
        width = (hi - lo) * np.nanmedian(np.where(inside[:, cols], W[:, t.a[cols]], np.nan), axis=0)
        expected[cols[width <= 2.0 * (EQUAL_POINTS + SLACK)]] = np.inf
    k = int(np.argmin(expected))
    if not np.isfinite(expected[k]):
        return None, math.inf
    a, b = int(t.a[k]), int(t.b[k])
    ia, ib = issues[a], issues[b]
    terms, vals = _matchable(ia)
    order = np.argsort(vals)
    x = float(np.interp(np.median(U[inside[:, k], k]), vals[order], terms[order]))
    x = round(x, ia.decimals)
    bhi, blo = t.rows[k]
    first = {ia.name: float(terms[int(np.argmax(vals))]), ib.name: blo}
    second = {ia.name: x, ib.name: bhi}
    d = [0.0] * len(issues)
    d[a], d[b] = float(t.best[k] - ia.value(x)), -float(t.db[k])
    q = Question(ia.name, ib.name, first, second, tuple(d), question_text(ia, ib, first, second),
                 match=ia.name, match_range=(float(terms.min()), float(terms.max())))
    return q, float(expected[k])


def balancing_term(issues: tuple[Issue, ...], weights, question: Question, offset: float = 0.0) -> float | None:
    """The term of ``question.match`` at which a buyer with ``weights`` (plan order) finds the
    two packages equal — their difference off by ``offset`` points (a simulated buyer's noise) —
    or None when no term in the range does (then one package is better whatever the term)."""
    if question.match is None or question.match_range is None:
        return None
    w = np.asarray(weights, dtype=float)
    a = [i.name for i in issues].index(question.match)
    if w[a] <= 1e-12:
        return None
    rest = float(w @ np.asarray(question.d)) - w[a] * question.d[a] + offset  # all but the matching issue
    u = issues[a].value(question.first[question.match]) + rest / w[a]
    grid = np.linspace(*question.match_range, 4001)
    vals = issues[a].values(grid)
    if not vals.min() - 1e-9 <= u <= vals.max() + 1e-9:
        return None
    order = np.argsort(vals, kind="stable")
    return float(np.interp(u, vals[order], grid[order]))


def matched_question(issues: tuple[Issue, ...], question: Question, term: float) -> Question:
    """``question`` with its second package's matching term set to ``term``."""
    if question.match is None or question.match_range is None:
        raise ValueError(tr("This question has no term to name; answer the first, the second or about equal."))
    names = [i.name for i in issues]
    a, b = names.index(question.match), names.index(question.worse)
    ia = issues[a]
    lo, hi = question.match_range
    x = float(term)
    if not math.isfinite(x) or x < lo - 1e-9 or x > hi + 1e-9:
        raise ValueError(tr("{issue}: name a term from {low} to {high}").format(
            issue=ia.name, low=ia.format_term(lo), high=ia.format_term(hi)))
    second = {**question.second, ia.name: x}
    d = list(question.d)
    d[a] = float(ia.value(question.first[ia.name]) - ia.value(x))
    return Question(question.better, question.worse, question.first, second, tuple(d),
                    question_text(ia, issues[b], question.first, second))


def _feasible(state: Elicitation, answers: tuple[Answer, ...]) -> bool:
    C, b = state.constraints(answers)
    return feasible_point(C, b, state.sample.mean(axis=0)) is not None


def _smallest_conflict(state: Elicitation, answers: tuple[Answer, ...]) -> tuple[int, ...]:
    """A smallest set of answers that cannot all be true (deletion filter, earliest first)."""
    keep = list(range(len(answers)))
    for k in list(keep):
        trial = [j for j in keep if j != k]
        if not _feasible(state, tuple(answers[j] for j in trial)):
            keep = trial
    return tuple(keep)


def _levels(issue: Issue) -> list[tuple[object, float]]:
    """Up to ``_LEVELS`` acceptable terms of an issue spread over its range, with their values."""
    terms, vals, ok = issue.grid(), issue.grid_values(), issue.grid_acceptable()
    idx = np.flatnonzero(ok)
    if len(idx) > _LEVELS:
        idx = idx[np.unique(np.round(np.linspace(0, len(idx) - 1, _LEVELS)).astype(int))]
    out = [(terms[i].item() if hasattr(terms[i], "item") else terms[i], float(vals[i])) for i in idx]
    return out


def _swings(issue: Issue) -> list[tuple[object, object, float]]:
    """(better term, worse term, points between them) for every two levels apart by ≥ 5 points."""
    lv = _levels(issue)
    out = []
    for (ta, va), (tb, vb) in itertools.combinations(lv, 2):
        if abs(va - vb) >= 5.0:
            out.append((ta, tb, va - vb) if va > vb else (tb, ta, vb - va))
    return out


_CACHE: dict[tuple, list[Question]] = {}


def candidate_questions(issues: tuple[Issue, ...]) -> list[Question]:
    """Every question the chooser may ask: for two issues, the first package better on one and
    worse on the other by a swing between two of a few acceptable terms of each."""
    key = (current_language(), *issues)  # the questions' words are in the current language
    if key in _CACHE:
        return _CACHE[key]
    n = len(issues)
    swings = [_swings(i) for i in issues]
    out: list[Question] = []
    pairs = [(a, b) for a in range(n) for b in range(n) if a < b and swings[a] and swings[b]]
    per_pair = max(16, _MAX_CANDIDATES // max(1, len(pairs)))
    rng = np.random.default_rng(0)
    for a, b in pairs:
        combos = list(itertools.product(swings[a], swings[b]))
        if len(combos) > per_pair:
            combos = [combos[k] for k in sorted(rng.choice(len(combos), per_pair, replace=False))]
        ia, ib = issues[a], issues[b]
        for (ahi, alo, da), (bhi, blo, db) in combos:
            d = [0.0] * n
            d[a], d[b] = da, -db
            first = {ia.name: ahi, ib.name: blo}
            second = {ia.name: alo, ib.name: bhi}
            out.append(Question(ia.name, ib.name, first, second, tuple(d), question_text(ia, ib, first, second)))
    if len(_CACHE) > 16:
        _CACHE.clear()
    _CACHE[key] = out
    return out


def start_elicitation(plan: Plan, band: float | None = None, *, seed: int = 0,
                      matching: bool = True) -> Elicitation:
    """A new "Ask me" session on ``plan``: the region is the whole simplex, or, with ``band``
    (a fraction, 0.10 for ±10 points), the weights within ± band of the plan's weights.
    ``matching``: offer matching questions, where the buyer may name the term that makes two
    packages equal (only on numeric issues whose value rises or falls throughout)."""
    issues = tuple(plan.issues)
    n = len(issues)
    w = plan.weight_vector()
    if band is None:
        low, high = np.zeros(n), np.ones(n)
    else:
        low, high = np.clip(w - band, 0.0, 1.0), np.clip(w + band, 0.0, 1.0)
    rng = np.random.default_rng(seed)
    X = rng.dirichlet(np.ones(n), size=SAMPLE * 4)
    inside = ((X >= low - 1e-12) & (X <= high + 1e-12)).all(axis=1)
    state = Elicitation(issues, low, high, (), X[:SAMPLE], seed=seed, matching=matching)
    if inside.sum() >= SAMPLE // 4:
        X = X[inside][:SAMPLE]
        X = X[np.random.default_rng(seed + 1).integers(0, len(X), SAMPLE)]
        C, b = state.constraints(())
        X = hit_and_run(C, b, X, 5, rng)
    else:
        C, b = state.constraints(())
        x = feasible_point(C, b, w, margin=0.0)
        X = hit_and_run(C, b, np.repeat((w if x is None else x)[None, :], SAMPLE, axis=0), 3 * _STEPS, rng)
    return replace(state, sample=X)
