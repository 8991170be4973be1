"""Scoring: our value of packages, 0..100 points, exactly for one and vectorised for many.

value(package) = Σ weight × curve(term). A :class:`ScoreTable` compiles a plan into one
padded table of weighted grid values so that scoring an ``(N, n_issues)`` matrix of grid
indices is a single gather and a row sum; every later feature (MESO engine, value map,
outcome plot, inference) builds on it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from .base import Term
from .contingent.clauses import AnyClause, expected_values_on_grid
from .errors import UnknownName, expect_type, quoted
from .language import tr
from .package import Package
from .plan import Plan
from .preferences.issues import CategoricalIssue, NumericIssue


def score(plan: Plan, package: Mapping[str, Term]) -> float:
    """Our value of one package in points (0..100), exact (numeric terms are not rounded).

    ``package`` may be a :class:`~meso_desk.model.package.Package` or any mapping of issue
    name → term; a mapping is checked against the plan first (:func:`checked_package`).
    """
    return checked_package(plan, package).score


def issue_contributions(plan: Plan, package: Mapping[str, Term]) -> dict[str, float]:
    """Points each issue contributes to the package's score (they sum to the score)."""
    return _as_package(plan, package).contributions()


def _as_package(plan: Plan, package: Mapping[str, Term]) -> Package:
    if isinstance(package, Package) and package.plan is plan:
        return package
    return Package(plan, package)


def checked_package(plan: Plan, package: Mapping[str, Term] | str) -> Package:
    """``package`` as a :class:`Package` of ``plan``, refused in one sentence when it cannot be one:
    a plan or package of the wrong type (``TypeError`` "expected a Plan, got dict"), an issue the
    plan does not have (:class:`~meso_desk.model.errors.UnknownName`), a missing term, a term out
    of range, off the step or not an option (``ValueError``). A string names a stored package.
    The scripting API's entry points that take terms check them here."""
    expect_type(plan, Plan, "a Plan")
    if isinstance(package, str):
        return plan.package(package)
    expect_type(package, Mapping, "a package (a mapping of issue → term)")
    if isinstance(package, Package) and package.plan is plan:
        return package
    index = plan._issue_index()
    for k in package:
        if k not in index:
            raise UnknownName(tr("unknown issue {issue}").format(issue=quoted(k)))
    return Package(plan, package, name=package.name if isinstance(package, Package) else None,
                   clauses=package.clauses if isinstance(package, Package) else None)


@dataclass(frozen=True, eq=False)
class ScoreTable:
    """A plan compiled for vectorised scoring on the issues' grids.

    ``grids[i]`` are issue ``i``'s terms (numbers or labels), ``values[i]`` our value 0..100
    at each, ``acceptable[i]`` whether each is allowed, ``weights`` the fractions.
    ``table`` is ``(n_issues, max_len)`` of weight × value, padded with ``nan``.
    """

    names: tuple[str, ...]
    grids: tuple[np.ndarray, ...]
    values: tuple[np.ndarray, ...]
    acceptable: tuple[np.ndarray, ...]
    weights: np.ndarray
    table: np.ndarray
    offsets: np.ndarray
    acceptable_table: np.ndarray

    @property
    def sizes(self) -> np.ndarray:
        return np.array([len(g) for g in self.grids], dtype=np.int64)

    @property
    def n_packages(self) -> int:
        """How many packages the grids span (may be astronomically large)."""
        return int(np.prod([float(len(g)) for g in self.grids]))

    def score_indices(self, idx: np.ndarray) -> np.ndarray:
        """Score an ``(N, n_issues)`` integer matrix of grid indices, vectorised over packages.

        One gather per issue, summed in issue order (the order :func:`score` uses, so a grid
        package gets the same points either way); several times faster than one big gather
        and a row sum, which allocate two ``N × n_issues`` temporaries.
        """
        idx = np.asarray(idx)
        n = len(self.names)
        if n == 0:
            return np.zeros(idx.shape[:-1])
        rows = self.table
        out = rows[0][idx[..., 0]]
        for k in range(1, n):
            out += rows[k][idx[..., k]]
        return out

    def acceptable_indices(self, idx: np.ndarray) -> np.ndarray:
        """Whether each row of an index matrix keeps every hard limit and acceptable option."""
        idx = np.asarray(idx)
        n = len(self.names)
        if n == 0:
            return np.ones(idx.shape[:-1], dtype=bool)
        acc = self.acceptable_table
        out = acc[0][idx[..., 0]]
        for k in range(1, n):
            out &= acc[k][idx[..., k]]
        return out

    def indices_of(self, package: Mapping[str, Term]) -> np.ndarray:
        """Grid indices of a package (numeric terms snapped to the nearest grid point)."""
        return np.array([_index(g, package[n]) for n, g in zip(self.names, self.grids)], dtype=np.int64)

    def package_terms(self, row: np.ndarray) -> dict[str, Term]:
        """Terms of one index row as plain Python values."""
        out: dict[str, Term] = {}
        for n, g, k in zip(self.names, self.grids, row):
            v = g[int(k)]
            out[n] = str(v) if g.dtype == object else float(v)
        return out


def _index(grid: np.ndarray, term: Term) -> int:
    if grid.dtype == object:
        return int(np.flatnonzero(grid == term)[0])
    return int(np.argmin(np.abs(grid - float(term))))


def score_table(plan: Plan) -> ScoreTable:
    """The compiled :class:`ScoreTable` of ``plan`` (cached per plan object)."""
    key = id(plan)
    with _TABLES_LOCK:  # the plots' worker threads use it too
        hit = _TABLES.get(key)
        if hit is not None and hit[0] is plan:
            _TABLES.move_to_end(key)
            return hit[1]
    table = build_score_table(plan)
    with _TABLES_LOCK:
        _TABLES[key] = (plan, table)  # the plan is kept alive, so its id cannot be reused
        while len(_TABLES) > 32:
            _TABLES.popitem(last=False)
    return table


_TABLES: OrderedDict[int, tuple[Plan, ScoreTable]] = OrderedDict()
_TABLES_LOCK = threading.Lock()


def contingent_score_table(plan: Plan, clauses: Mapping[str, AnyClause] | None) -> ScoreTable:
    """:func:`score_table` for a package with contingent ``clauses``: each clause's issue is
    worth, at every base term of its grid, its expected value under our forecast (as
    :attr:`Package.score` counts it), so that a search on the grid (hold value) keeps the
    *expected* value. Without clauses, the plan's own table. Cached per plan and clauses."""
    if not clauses:
        return score_table(plan)
    key = (id(plan), tuple((n, c.model_dump_json()) for n, c in sorted(clauses.items())))
    with _TABLES_LOCK:
        hit = _CONTINGENT.get(key)
        if hit is not None and hit[0] is plan:
            _CONTINGENT.move_to_end(key)
            return hit[1]
    base = score_table(plan)
    values = list(base.values)
    table = base.table.copy()
    for name, clause in clauses.items():
        i = base.names.index(name)
        event = plan.event(clause.event)
        v = expected_values_on_grid(clause, plan.issues[i], event, event.ours)
        values[i] = v
        table[i, : len(v)] = base.weights[i] * v
    t = ScoreTable(base.names, base.grids, tuple(values), base.acceptable, base.weights, table, base.offsets,
                   base.acceptable_table)
    with _TABLES_LOCK:
        _CONTINGENT[key] = (plan, t)
        while len(_CONTINGENT) > 16:
            _CONTINGENT.popitem(last=False)
    return t


_CONTINGENT: OrderedDict[tuple, tuple[Plan, ScoreTable]] = OrderedDict()


def build_score_table(plan: Plan) -> ScoreTable:
    names = tuple(plan.issue_names)
    grids, values, acceptable = [], [], []
    for issue in plan.issues:
        assert isinstance(issue, (NumericIssue, CategoricalIssue))
        grids.append(issue.grid())
        values.append(issue.grid_values())
        acceptable.append(issue.grid_acceptable())
    w = plan.weight_vector()
    width = max((len(g) for g in grids), default=1)
    table = np.full((len(names), width), np.nan)
    for i, v in enumerate(values):
        table[i, : len(v)] = w[i] * v
    acc = np.zeros((len(names), width), dtype=bool)
    for i, a in enumerate(acceptable):
        acc[i, : len(a)] = a
    offsets = np.arange(len(names), dtype=np.int64) * width
    return ScoreTable(names, tuple(grids), tuple(values), tuple(acceptable), w, table, offsets, acc)


def score_many(plan: Plan, idx: np.ndarray) -> np.ndarray:
    """Score an ``(N, n_issues)`` option-index matrix (grid indices in issue order): each index
    a whole number from 0 to the issue's number of grid points − 1 (else ``ValueError``, one
    sentence naming the first issue out of range; a negative index never counts from the end)."""
    expect_type(plan, Plan, "a Plan")
    table = score_table(plan)
    try:
        idx = np.asarray(idx)
    except ValueError:  # ragged rows
        raise ValueError(tr("the option indices must be a table with one column per issue")) from None
    n = len(table.names)
    if idx.ndim < 1 or idx.shape[-1] != n or not (idx.size == 0 or np.issubdtype(idx.dtype, np.integer)):
        raise ValueError(tr("the option indices must be a table of whole numbers with one column per issue "
                            "({count})").format(count=n))
    sizes = table.sizes
    bad = (idx < 0) | (idx >= sizes)
    if bad.any():
        j = int(np.flatnonzero(bad.reshape(-1, n).any(axis=0))[0])
        value = int(idx.reshape(-1, n)[:, j][bad.reshape(-1, n)[:, j]][0])
        raise ValueError(tr("option index {index} of {issue} is outside 0 – {last}").format(
            index=value, issue=quoted(table.names[j]), last=int(sizes[j]) - 1))
    return table.score_indices(idx)
