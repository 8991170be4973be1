"""Weighted posterior samples: their quantiles, and equally weighted samples drawn from them.

The estimate keeps its posterior as samples with importance weights
(:mod:`~meso_desk.model.counterpart.inference`); what it reports — an 80 % interval, a few
hundred samples for the MESO engine or the outcome plot — is read from them here.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def weighted_quantiles(x: np.ndarray, w: np.ndarray, qs: Sequence[float]) -> np.ndarray:
    """Quantiles of each row of ``x`` under sample weights ``w`` → ``(rows, len(qs))``."""
    order = np.argsort(x, axis=1)
    xs = np.take_along_axis(x, order, axis=1)
    cw = np.cumsum(w[order], axis=1)
    cw /= cw[:, -1:]
    out = np.empty((x.shape[0], len(qs)))
    for r in range(x.shape[0]):
        idx = np.searchsorted(cw[r], qs)
        out[r] = xs[r, np.minimum(idx, x.shape[1] - 1)]
    return out


def systematic(w: np.ndarray, n: int) -> np.ndarray:
    """``n`` sample indices drawn deterministically in proportion to ``w``."""
    cum = np.cumsum(w)
    cum[-1] = 1.0
    return np.minimum(np.searchsorted(cum, (np.arange(n) + 0.5) / n), len(w) - 1)


__all__ = ["weighted_quantiles", "systematic"]
