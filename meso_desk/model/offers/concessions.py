"""What a package gives away and how packages differ: the measures MESO sets are built from.

The MESO engine (:mod:`~meso_desk.model.offers.meso`), the information scorer
(:mod:`~meso_desk.model.offers.information`) and post-settlement suggestions all use them:

* **conceded points** of a package on an issue: our weight × (value of our best acceptable
  term − value of the package's term), i.e. the points the package gives away there;
* a package **concedes on** issue *j* within a set when it gives away more points on *j*
  than any other package of the set does; its concession is the issue where that excess
  (the *margin*) is largest;
* **term distance**: how different two packages look, in issues;
* **stakes** and **coverage**: the points at stake on each issue, and how well a set's
  concessions cover the issues that matter most to us.

See ``docs/meso-engine.md`` and ``docs/decisions.md``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from ..scoring import score_table

if TYPE_CHECKING:
    from ..plan import Plan

#: Clarity counts up to this many points of margin (beyond, a clearer concession adds nothing).
CLARITY_CAP = 10.0
#: A concession is *noticeable* (counts fully for coverage) from this share of the points
#: at stake on the issue or of the room below our best package, whichever is smaller.
NOTICEABLE_SHARE = 0.25


def min_difference(n_issues: int) -> int:
    """Terms in which every two packages of a set must differ: a third, at least two."""
    return max(2, math.ceil(n_issues / 3))


def conceded_points(plan: Plan, rows: np.ndarray) -> np.ndarray:
    """Points each package gives away on each issue, against our best acceptable term.

    ``rows`` are full-grid index rows ``(N, n)``; the result is ``(N, n)``, ≥ 0 for
    acceptable terms.
    """
    t = score_table(plan)
    rows = np.asarray(rows, dtype=np.int64)
    got = t.table.ravel()[rows + t.offsets]
    return best_acceptable_points(plan)[None, :] - got


def concession_margins(conceded: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For sets of packages, which issue each concedes on and by how much more than the rest.

    ``conceded`` is ``(..., k, n)`` (k packages of a set, n issues). Returns ``(issue,
    margin)`` of shape ``(..., k)``: the issue where the package gives away the most points
    *beyond the most any other package of the set gives there*, and that excess (> 0 means
    it concedes on that issue more than every other package).
    """
    x = np.asarray(conceded, dtype=float)
    k = x.shape[-2]
    if k == 1:
        rel = x.copy()
    else:
        # the most any *other* package gives on each issue: prefix and suffix maxima
        others = np.empty_like(x)
        run = np.full(x.shape[:-2] + x.shape[-1:], -np.inf)
        for p in range(k):
            others[..., p, :] = run
            run = np.maximum(run, x[..., p, :])
        run = np.full_like(run, -np.inf)
        for p in range(k - 1, -1, -1):
            others[..., p, :] = np.maximum(others[..., p, :], run)
            run = np.maximum(run, x[..., p, :])
        rel = x - others
    return rel.argmax(axis=-1), rel.max(axis=-1)


def conceded_issues(plan: Plan, packages: Sequence) -> list[str]:
    """The issue each package of a set concedes on (see :func:`concession_margins`)."""
    t = score_table(plan)
    rows = np.array([t.indices_of(p) for p in packages], dtype=np.int64)
    issue, _ = concession_margins(conceded_points(plan, rows))
    return [t.names[int(i)] for i in issue]


def term_positions(plan: Plan, rows: np.ndarray) -> np.ndarray:
    """Each term's place on its issue, 0..1 (numeric: along the range; categorical: the
    option's index, only compared for equality)."""
    t = score_table(plan)
    sizes = np.array([max(len(g) - 1, 1) for g in t.grids], dtype=float)
    return np.asarray(rows, dtype=float) / sizes[None, :]


def term_distance(plan: Plan, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """How different two packages look, in issues (0..n): a changed option counts 1, a numeric
    term moved across half its range or more counts 1, smaller moves proportionally.

    ``a``/``b`` are full-grid index rows broadcastable against each other.
    """
    a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
    d = np.empty(np.broadcast_shapes(a.shape, b.shape))
    for i, (issue, g) in enumerate(zip(plan.issues, score_table(plan).grids)):
        ai, bi = a[..., i], b[..., i]
        if len(g) <= DISTANCE_TABLE_TERMS:  # a look-up: the set search's pairwise distances cost
            d[..., i] = _distance_table(len(g), issue.is_numeric)[ai, bi]  # 2–3× as much computed
        elif issue.is_numeric:  # a fine grid (a 1-EUR step): no table of every two of its terms
            d[..., i] = np.minimum(1.0, 2.0 * np.abs(ai - bi) / float(len(g) - 1))
        else:
            d[..., i] = ai != bi
    return d.sum(axis=-1)


#: issues with at most this many terms have their distances in a table (its size grows with the
#: square: 25,001 terms of a salary on a 1-EUR step would take 5 GB)
DISTANCE_TABLE_TERMS = 512


@lru_cache(maxsize=64)
def _distance_table(n: int, numeric: bool) -> np.ndarray:
    """The distance between every two of an issue's ``n`` terms (:func:`term_distance`), from
    the terms' places as :func:`term_positions` gives them."""
    p = np.arange(n, dtype=float) / float(max(n - 1, 1))
    table = np.minimum(1.0, 2.0 * np.abs(p[:, None] - p[None, :])) if numeric else (p[:, None] != p[None, :]).astype(float)
    table.setflags(write=False)
    return table


def issue_stakes(plan: Plan) -> np.ndarray:
    """Points at stake on each issue among acceptable terms: weight × (best − worst
    acceptable value). The issues that *matter most* are those with the most at stake."""
    t = score_table(plan)
    out = np.zeros(len(t.names))
    for i, acc in enumerate(t.acceptable):
        v = t.table[i, : len(acc)][acc]
        out[i] = float(v.max() - v.min()) if len(v) else 0.0
    return out


def noticeable_points(plan: Plan, level: float) -> np.ndarray:
    """Per issue, the points a concession must give away there to count as *noticeable*:
    :data:`NOTICEABLE_SHARE` of the points at stake on the issue or of the room between our
    best acceptable package and the level, whichever is smaller (at least a hundredth of a
    point)."""
    stakes = issue_stakes(plan)
    room = max(float(sum(best_acceptable_points(plan))) - float(level), 0.0)
    return np.maximum(NOTICEABLE_SHARE * np.minimum(stakes, room), 0.01)


def best_acceptable_points(plan: Plan) -> np.ndarray:
    """Per issue, the points of our best acceptable term (weight × its value)."""
    t = score_table(plan)
    return np.array([float(np.max(t.table[i, : len(a)][a])) for i, a in enumerate(t.acceptable)])


def coverage(stakes: np.ndarray, notice: np.ndarray, issue: np.ndarray, margin: np.ndarray,
             count: int | None = None) -> np.ndarray:
    """How well sets' concessions cover the issues that matter most to us, 0..1.

    ``issue``/``margin`` are ``(V, k)`` (see :func:`concession_margins`). Each package adds
    the stake of the issue it concedes on, in full once its margin there is noticeable
    (``notice``) and proportionally below; the sum is divided by the stakes of the ``count``
    (default ``k``) heaviest issues. A set of three whose concessions are our three heaviest
    issues, each clearly, scores 1; one that never gives on the heaviest scores less.
    """
    k = issue.shape[-1] if count is None else int(count)
    top = float(np.sort(stakes)[::-1][:k].sum())
    if top <= 1e-12:
        return np.zeros(issue.shape[:-1])
    part = np.minimum(np.maximum(margin, 0.0) / notice[issue], 1.0)
    return (stakes[issue] * part).sum(axis=-1) / top
