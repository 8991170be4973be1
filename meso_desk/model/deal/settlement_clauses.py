"""The agreement's contingent clauses on a post-settlement alternative.

An alternative to a contingent agreement keeps the agreement's clauses: on an issue whose term
it does not change, the clause stays as agreed; on an issue whose base term it changes, the
clause stays only while it still works the same way from the new term — a linear clause moves
the term from whatever base it has; a threshold or states clause names fixed terms, and it is
kept only when each of them lies on the same side of the new base, by our value, as it did of
the agreed one (a penalty must not turn into a reward). Otherwise the alternative drops that
clause and says so (:attr:`~meso_desk.model.deal.post_settlement.TermChange.clause_dropped`).

One rule (:func:`clause_fits`, vectorised over base terms) serves the search, the suggestion
built from a grid row, the cards and the adoption (``with_settlement_adopted``), so what is
proposed, valued, printed and adopted is the same package. Values follow the cards: ours is the
expected value under our forecast (:func:`~meso_desk.model.scoring.contingent_score_table`,
as :attr:`Package.score` counts it), theirs the expected value under their forecast (ours when
theirs is unknown), as :func:`~meso_desk.model.offers.contingent.their_values_many` counts it.
Qt-free.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from ..base import Term
from ..contingent.clauses import AnyClause, LinearClause, StatesClause, ThresholdClause, check_clause
from ..counterpart.their_values import TheirValues
from ..offers.contingent import _effective_for_bases, forecast_of
from ..plan import Plan
from ..preferences.issues import NumericIssue
from ..scoring import ScoreTable, contingent_score_table, score_table


def _term_values(issue: Any, terms: Any) -> np.ndarray:
    """Our value 0..100 of each term (numbers or option labels)."""
    if issue.is_numeric:
        return issue.values(np.asarray(terms, dtype=float))
    return np.array([float(issue.value(t)) for t in terms], dtype=float)


def clause_fits(plan: Plan, issue: str, clause: AnyClause, agreed: Term, bases: Any) -> np.ndarray:
    """Whether the agreement's ``clause`` on ``issue`` (agreed with base term ``agreed``) still
    makes sense with each of ``bases`` as its base term (see the module docs)."""
    i = plan.issue(issue)
    bases = list(bases) if not isinstance(bases, np.ndarray) else bases
    n = len(bases)
    if check_clause(clause, i, _event(plan, clause.event)) is not None:
        return np.zeros(n, dtype=bool)
    if isinstance(clause, LinearClause):
        return np.ones(n, dtype=bool)
    named = [clause.term] if isinstance(clause, ThresholdClause) else list(clause.terms.values())
    at = _term_values(i, named)
    was = np.sign(np.round(at - _term_values(i, [agreed])[0], 9))
    now = np.sign(np.round(at[None, :] - _term_values(i, bases)[:, None], 9))
    fits = (now == was[None, :]).all(axis=1)
    same = np.array([_same_term(i, b, agreed) for b in bases], dtype=bool)
    return fits | same


def _event(plan: Plan, name: str) -> Any:
    return next((e for e in plan.events if e.name == name), None)


def _same_term(issue: Any, a: Term, b: Term) -> bool:
    return abs(float(a) - float(b)) < 1e-9 if issue.is_numeric else str(a) == str(b)


def kept_clauses(plan: Plan, agreed_terms: Mapping[str, Term], agreed_clauses: Mapping[str, AnyClause],
                 terms: Mapping[str, Term]) -> tuple[dict[str, AnyClause], tuple[str, ...]]:
    """The clauses an alternative with ``terms`` keeps of the agreement's, and the issues whose
    clause it drops (their new base term would turn the clause against its purpose)."""
    kept: dict[str, AnyClause] = {}
    dropped: list[str] = []
    for issue, clause in agreed_clauses.items():
        if issue not in terms:
            continue
        if bool(clause_fits(plan, issue, clause, agreed_terms[issue], [terms[issue]])[0]):
            kept[issue] = clause
        else:
            dropped.append(issue)
    return kept, tuple(dropped)


def _grid_fits(plan: Plan, t: ScoreTable, agreed_terms: Mapping[str, Term],
               clauses: Mapping[str, AnyClause]) -> dict[str, np.ndarray]:
    return {n: clause_fits(plan, n, c, agreed_terms[n], t.grids[t.names.index(n)]) for n, c in clauses.items()}


def settlement_score_table(plan: Plan, agreed_terms: Mapping[str, Term],
                           clauses: Mapping[str, AnyClause]) -> ScoreTable:
    """Our values on the grid for alternatives to an agreement with ``clauses``: each clause's
    issue worth its expected value with the clause at the bases where it is kept, its plain
    value where it is dropped (``plan``'s own table without clauses)."""
    if not clauses:
        return score_table(plan)
    plain = score_table(plan)
    with_clause = contingent_score_table(plan, clauses)
    values = list(with_clause.values)
    table = with_clause.table.copy()
    for name, fits in _grid_fits(plan, plain, agreed_terms, clauses).items():
        i = plain.names.index(name)
        v = np.where(fits, with_clause.values[i], plain.values[i])
        values[i] = v
        table[i, : len(v)] = plain.weights[i] * v
    return ScoreTable(plain.names, plain.grids, tuple(values), plain.acceptable, plain.weights, table,
                      plain.offsets, plain.acceptable_table)


def _interpolation(grid: np.ndarray, x: np.ndarray) -> np.ndarray:
    """``(len(x), len(grid))`` weights that interpolate grid values at ``x`` as ``np.interp``
    does (clamped at the ends)."""
    g = grid.astype(float)
    x = np.clip(np.asarray(x, dtype=float), g[0], g[-1])
    hi = np.clip(np.searchsorted(g, x, side="right"), 1, len(g) - 1) if len(g) > 1 else np.zeros(len(x), int)
    out = np.zeros((len(x), len(g)))
    if len(g) == 1:
        out[:, 0] = 1.0
        return out
    lo = hi - 1
    span = g[hi] - g[lo]
    w = np.where(span > 0, (x - g[lo]) / np.where(span > 0, span, 1.0), 0.0)
    rows = np.arange(len(x))
    np.add.at(out, (rows, lo), 1.0 - w)
    np.add.at(out, (rows, hi), w)
    return out


def their_clause_operators(plan: Plan, agreed_terms: Mapping[str, Term],
                           clauses: Mapping[str, AnyClause]) -> dict[int, np.ndarray]:
    """Per clause issue (its index), the ``(k, k)`` matrix that turns their grid values of the
    issue into their expected values with the clause at each base (under their forecast; the
    identity row where the clause is dropped)."""
    t = score_table(plan)
    out: dict[int, np.ndarray] = {}
    for name, fits in _grid_fits(plan, t, agreed_terms, clauses).items():
        i = t.names.index(name)
        issue, clause, grid = plan.issue(name), clauses[name], t.grids[i]
        event = _event(plan, clause.event)
        outcomes, p = event.outcomes(forecast_of(event, "theirs"))
        k = len(grid)
        if isinstance(issue, NumericIssue):
            eff = _effective_for_bases(clause, outcomes, grid.astype(float))  # (k, m)
            m = np.einsum("bmj,m->bj", _interpolation(grid, eff.ravel()).reshape(k, len(p), k), p)
        else:
            pos = {str(lab): j for j, lab in enumerate(grid)}
            m = np.zeros((k, k))
            for b, base in enumerate(grid):
                for s, q in zip(outcomes, p):
                    m[b, pos[str(_option_term(clause, base, s))]] += q
        m[~fits] = np.eye(k)[~fits]
        out[i] = m
    return out


def _option_term(clause: AnyClause, base: Any, outcome: Any) -> Any:
    if isinstance(clause, StatesClause):
        return clause.terms.get(outcome, base)
    bites = outcome < clause.threshold if clause.when == "below" else outcome > clause.threshold  # type: ignore[union-attr]
    return clause.term if bites else base  # type: ignore[union-attr]


def their_values_with_clauses(tv: TheirValues, operators: Mapping[int, np.ndarray]) -> TheirValues:
    """``tv`` with each clause issue's values as expected values with the clause."""
    if not operators:
        return tv
    values = tuple(operators[i] @ np.asarray(v, dtype=float) if i in operators else v for i, v in enumerate(tv.values))
    return TheirValues(tv.names, tv.weights, values, tv.label)


def sample_tables_with_clauses(tables: Any, operators: Mapping[int, np.ndarray]) -> Any:
    """The posterior samples' tables (``zopa.SampleTables``) with the clause issues' columns as
    expected values with the clause."""
    if not operators:
        return tables
    new = tuple(t @ operators[i].T if i in operators else t for i, t in enumerate(tables.tables))
    return type(tables)(new, tables.base)


__all__ = ["clause_fits", "kept_clauses", "settlement_score_table", "sample_tables_with_clauses",
           "their_clause_operators", "their_values_with_clauses"]
