"""What a recorded round says about the counterpart: its likelihood terms.

A choice or ranking (Plackett–Luce), "none of these" and an acceptance (against their
reservation value), a counter-offer (preferred to the package it modifies) and a statement
of their top issue, each compiled once into rows of the prior's value table
(:mod:`~meso_desk.model.counterpart.prior`) and evaluated for every posterior sample at once.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..base import Term
from ..plan import Round
from .prior import Derived, Particles, PriorSettings, Structure


@dataclass(frozen=True, eq=False)
class PackageRows:
    """Several packages as rows of the value table.

    A package's value under every sample is the sum of one table row per issue (``lo``),
    plus, for terms between two knots of a finely stepped numeric issue, a fraction of the
    difference to the next row (``interp``). Row gathers and adds only: no BLAS call, whose
    thread start-up costs milliseconds on a busy machine.
    """

    lo: np.ndarray  # (m, n) table rows
    interp: tuple[tuple[int, int, int, float], ...]  # (package, lo row, hi row, fraction)

    def values(self, T: np.ndarray) -> np.ndarray:
        lo = self.lo
        out = T[lo[:, 0]]
        for i in range(1, lo.shape[1]):
            out += T[lo[:, i]]
        for j, r0, r1, a in self.interp:
            out[j] += np.float32(a) * (T[r1] - T[r0])
        return out


def compile_packages(st: Structure, packages: Sequence[Mapping[str, Term]]) -> PackageRows:
    m = len(packages)
    lo = np.empty((m, st.n), dtype=np.int64)
    interp = []
    for j, pkg in enumerate(packages):
        for i, im in enumerate(st.issues):
            r0, r1, f = im.locate(pkg[im.name])
            lo[j, i] = im.offset + r0
            if r1 != r0 and f > 0:
                interp.append((j, im.offset + r0, im.offset + r1, float(f)))
    return PackageRows(lo, tuple(interp))


@dataclass(frozen=True, eq=False)
class Evidence:
    kind: str  # "rank" | "below" | "above" | "prefer" | "statement"
    packages: PackageRows | None = None
    order: tuple[int, ...] = ()
    issue: int = -1
    trust: float = 0.0


def compile_round(st: Structure, r: Round) -> list[Evidence]:
    """The likelihood terms one round carries (possibly none)."""
    out: list[Evidence] = []
    offered = [dict(o.terms) for o in r.offered]
    ranking = tuple(r.ranking)
    if not ranking and r.outcome == "accepted" and r.accepted is not None and len(offered) > 1:
        ranking = (r.accepted,)  # accepting one of several offers is choosing it
    if offered:
        pk = compile_packages(st, offered)
        if ranking and len(offered) > 1:
            # Plackett–Luce: each ranked package beats every package not ranked above it;
            # the last of a full ranking carries no further information.
            out.append(Evidence("rank", pk, ranking[: len(offered) - 1]))
        if r.outcome == "none_acceptable":
            out.append(Evidence("below", pk))
        elif r.outcome == "accepted" and r.accepted is not None:
            out.append(Evidence("above", compile_packages(st, [offered[r.accepted]])))
    if r.counter_offer:
        pairs: list[dict[str, Term]] = []
        bases = offered if offered else []
        for base in bases:
            countered = {**base, **r.counter_offer}
            if countered != base:
                pairs.extend([countered, base])
        if pairs:
            out.append(Evidence("prefer", compile_packages(st, pairs)))
    if r.statement_issue is not None and r.statement_trust > 0 and r.statement_issue in st.names:
        out.append(Evidence("statement", issue=st.names.index(r.statement_issue), trust=float(r.statement_trust)))
    return out


def log_sigmoid(x: np.ndarray) -> np.ndarray:
    return -np.logaddexp(0.0, -x)


def loglik(ev: Evidence, d: Derived, p: Particles, beta: float, settings: PriorSettings) -> np.ndarray:
    if ev.kind == "statement":
        n = d.W.shape[0]
        q = settings.statement_belief * ev.trust
        if n < 2:
            return np.zeros(d.W.shape[1])
        z = settings.statement_sharpness * n * d.W
        z = z - z.max(axis=0, keepdims=True)
        pz = np.exp(z)
        p_top = pz[ev.issue] / pz.sum(axis=0)
        return np.log(q * p_top + (1.0 - q) / n)
    assert ev.packages is not None
    U = ev.packages.values(d.T)
    bs = np.float32(beta) * d.B  # (S,) each sample's rationality
    U *= bs[None, :]
    if ev.kind == "rank":
        m = U.shape[0]
        remaining = list(range(m))
        ll = None
        for j in ev.order:
            sub = U[remaining] if len(remaining) < m else U
            top = sub.max(axis=0)
            e = np.exp(sub - top)
            term = U[j] - top
            term -= np.log(e.sum(axis=0))
            ll = term if ll is None else ll + term
            remaining.remove(j)
        return np.zeros(U.shape[1]) if ll is None else ll
    if ev.kind == "below":
        return log_sigmoid((bs * p.res.astype(np.float32))[None, :] - U).sum(axis=0)
    if ev.kind == "above":
        return log_sigmoid(U[0] - bs * p.res.astype(np.float32))
    if ev.kind == "prefer":
        return log_sigmoid(U[0::2] - U[1::2]).sum(axis=0)
    raise AssertionError(ev.kind)


def evidence_digest(r: Round) -> str:
    """The facts of a round that carry evidence (notes and time do not change the estimate)."""
    data = {
        "offered": [sorted((k, v) for k, v in o.terms.items()) for o in r.offered],
        "ranking": list(r.ranking),
        "outcome": r.outcome,
        "accepted": r.accepted,
        "counter": None if r.counter_offer is None else sorted(r.counter_offer.items()),
        "statement": [r.statement_issue, r.statement_trust],
    }
    return json.dumps(data, separators=(",", ":"), default=str)
