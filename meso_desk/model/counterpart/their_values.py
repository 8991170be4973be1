"""The counterpart's value of packages as we model it: additive, on our plan's grids.

A :class:`TheirValues` is a point estimate (weights + per-issue values 0..100 on each
issue's grid). Before any round is recorded we use the *opposed-interests prior*
(``docs/decisions.md``): equal weights, and each grid point worth ``100 − our value`` to
them. The inference module produces better ones from recorded rounds; the MESO engine, the
frontier, the outcome plot and the deal phase all take a ``TheirValues``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..base import Term
from ..language import QT_TR_NOOP, tr
from ..plan import Plan
from ..preferences.issues import NumericIssue
from ..scoring import score_table

#: the label of values given by weights (marked for the catalogue; shown as ``tr(ESTIMATE)``)
ESTIMATE = QT_TR_NOOP("estimate")
#: the words for an issue's direction (``inference.DIRECTION_LABELS``), marked for the catalogue
DIRECTION_WORDS = {"opposed": QT_TR_NOOP("opposed"), "compatible": QT_TR_NOOP("compatible"),
                   "unknown": QT_TR_NOOP("unknown")}


def estimate_label(prior: bool, n_observations: int) -> str:
    """What an estimate of their values is, in words: the prior, or an estimate from so many
    observations (the label of its :class:`TheirValues`)."""
    if prior:
        return tr("opposed-interests prior")
    if n_observations == 1:
        return tr("estimate from 1 observation")
    return tr("estimate from {count} observations").format(count=n_observations)


def direction_word(direction: str) -> str:
    """``"opposed"`` / ``"compatible"`` / ``"unknown"`` in words of the current language."""
    return tr(DIRECTION_WORDS[direction])


@dataclass(frozen=True, eq=False)
class TheirValues:
    names: tuple[str, ...]
    weights: np.ndarray
    values: tuple[np.ndarray, ...]
    #: what the values are, in words (shown: the outcome plot, the briefing)
    label: str = QT_TR_NOOP("opposed-interests prior")

    def __post_init__(self) -> None:
        w = np.asarray(self.weights, dtype=float)
        if w.shape != (len(self.names),) or len(self.values) != len(self.names):
            raise ValueError("weights and values must have one entry per issue")
        if np.any(w < 0) or not np.isfinite(w).all() or w.sum() <= 0:
            raise ValueError("their weights must be ≥ 0 and not all zero")
        object.__setattr__(self, "weights", w / w.sum())
        width = max(len(v) for v in self.values) if self.values else 1
        table = np.full((len(self.names), width), np.nan)
        for i, v in enumerate(self.values):
            table[i, : len(v)] = self.weights[i] * np.asarray(v, dtype=float)
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_offsets", np.arange(len(self.names), dtype=np.int64) * width)

    @classmethod
    def opposed(cls, plan: Plan) -> TheirValues:
        """Equal weights; each term worth 100 − our value to them."""
        t = score_table(plan)
        n = len(t.names)
        return cls(t.names, np.full(n, 1.0 / max(n, 1)), tuple(100.0 - v for v in t.values),
                   tr("opposed-interests prior"))

    @classmethod
    def from_weights(cls, plan: Plan, weights: Mapping[str, float] | Sequence[float],
                     values: Mapping[str, Sequence[float]] | None = None, label: str = ESTIMATE) -> TheirValues:
        """Given weights (and per-issue grid values; default: opposed to ours)."""
        t = score_table(plan)
        w = np.array([weights[n] for n in t.names] if isinstance(weights, Mapping) else list(weights), float)
        vals = tuple(
            np.asarray(values[n], float) if values is not None and n in values else 100.0 - t.values[i]
            for i, n in enumerate(t.names)
        )
        return cls(t.names, w, vals, tr(ESTIMATE) if label == ESTIMATE else label)

    @property
    def table(self) -> np.ndarray:
        """``(n_issues, width)`` weight × value, nan-padded (same layout as ScoreTable.table)."""
        return self._table  # type: ignore[attr-defined]

    def score_indices(self, idx: np.ndarray) -> np.ndarray:
        """Their value (0..100) of each row of an ``(N, n_issues)`` grid-index matrix."""
        return self.table.ravel()[np.asarray(idx) + self._offsets].sum(axis=1)  # type: ignore[attr-defined]

    def value(self, plan: Plan, package: Mapping[str, Term]) -> float:
        """Their value of one package; numeric terms between grid points are interpolated."""
        t = score_table(plan)
        total = 0.0
        for i, (name, issue) in enumerate(zip(t.names, plan.issues)):
            term = package[name]
            if isinstance(issue, NumericIssue):
                v = float(np.interp(float(term), t.grids[i].astype(float), self.values[i]))
            else:
                v = float(self.values[i][issue.index_of(term)])
            total += self.weights[i] * v
        return total

    def weight_map(self) -> dict[str, float]:
        return {n: float(w) for n, w in zip(self.names, self.weights)}
