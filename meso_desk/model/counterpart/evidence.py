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
from ..contingent.clauses import AnyClause, effective_terms
from ..contingent.events import Event, Forecast
from ..plan import Plan, Round
from ..preferences.issues import Issue
from .prior import Derived, IssueModel, Particles, PriorSettings, Structure


@dataclass(frozen=True, eq=False)
class PackageRows:
    """Several packages as rows of the value table.

    A package's value under every sample is the sum of one table row per issue (``lo``),
    plus, for terms between two knots of a finely stepped numeric issue, a fraction of the
    difference to the next row (``interp``). Row gathers and adds only: no BLAS call, whose
    thread start-up costs milliseconds on a busy machine.

    A contingent term (a clause on an event) is worth the expectation over the event's
    outcomes of the rows of the terms that then apply, which is again a weighted sum of rows:
    under our forecast (``mix``: the weights minus the base row already in ``lo``), plus
    λ × (their forecast's weights − ours) (``bets``), λ being how far they believe their own
    forecast of the event (a latent of every sample, :attr:`Particles.lam`).
    """

    lo: np.ndarray  # (m, n) table rows
    interp: tuple[tuple[int, int, int, float], ...]  # (package, lo row, hi row, fraction)
    mix: tuple[tuple[int, int, np.ndarray, np.ndarray], ...] = ()  # (package, issue, rows, weights)
    bets: tuple[tuple[int, int, str, np.ndarray, np.ndarray], ...] = ()  # (package, issue, event, rows, weights)

    @property
    def events(self) -> tuple[str, ...]:
        """The events whose forecast belief λ these packages' values depend on."""
        return tuple(dict.fromkeys(e for _, _, e, _, _ in self.bets))

    def values(self, T: np.ndarray, lam: Mapping[str, np.ndarray] | None = None) -> np.ndarray:
        """``(m, S)`` their value of every package under every sample. ``lam``: the samples'
        forecast beliefs per event; an event it lacks counts at its prior mean, 0.5."""
        lo = self.lo
        out = T[lo[:, 0]]
        for i in range(1, lo.shape[1]):
            out += T[lo[:, i]]
        for j, r0, r1, a in self.interp:
            out[j] += np.float32(a) * (T[r1] - T[r0])
        self.add_contingent(out, T, lam)
        return out

    def add_contingent(self, out: np.ndarray, T: np.ndarray, lam: Mapping[str, np.ndarray] | None,
                       by_issue: bool = False) -> None:
        """Add the contingent terms' share to ``out``: row ``j`` (the package) or, with
        ``by_issue``, row ``i`` (the issue, one package)."""
        for j, i, rows, wts in self.mix:
            k = i if by_issue else j
            for r, w in zip(rows, wts):
                out[k] += w * T[r]
        for j, i, e, rows, wts in self.bets:
            d = wts[0] * T[rows[0]]
            for r, w in zip(rows[1:], wts[1:]):
                d += w * T[r]
            b = None if lam is None else lam.get(e)
            out[i if by_issue else j] += d * (np.float32(0.5) if b is None else b.astype(np.float32))


def outcome_rows(im: IssueModel, issue: Issue, clause: AnyClause, base: Term, event: Event,
                 forecast: Forecast) -> np.ndarray:
    """The chance of each of the issue's table rows (within the issue) under ``forecast``:
    the terms the clause gives over the event's outcomes, a numeric term between two knots
    shared between them (linear interpolation, flat beyond the range)."""
    outcomes, p = event.outcomes(forecast)
    p = np.asarray(p, dtype=float)
    p = p / p.sum() if p.sum() > 0 else np.full(p.shape, 1.0 / max(p.size, 1))
    terms = effective_terms(clause, issue, base, outcomes)
    if not im.numeric:
        k = np.array([im.labels.index(str(t)) for t in terms], dtype=np.int64)
        return np.bincount(k, weights=p, minlength=im.n_rows)
    assert im.knots is not None
    if im.n_rows == 1:
        return np.ones(1)
    t = np.interp(np.asarray(terms, dtype=float), im.knots, np.arange(im.n_rows, dtype=float))
    j = np.minimum(np.floor(t).astype(np.int64), im.n_rows - 2)
    a = t - j
    return (np.bincount(j, weights=p * (1.0 - a), minlength=im.n_rows)
            + np.bincount(j + 1, weights=p * a, minlength=im.n_rows))


def compile_packages(st: Structure, packages: Sequence[Mapping[str, Term]], plan: Plan | None = None,
                     clauses: Sequence[Mapping[str, AnyClause] | None] | None = None) -> PackageRows:
    """The packages as table rows. With ``plan`` (its issues and events), a package's
    contingent clauses — ``clauses[j]``, or the package's own ``.clauses`` (a
    :class:`~meso_desk.model.package.Package`) — are valued as their expectation (see
    :class:`PackageRows`); without it, or for a clause on an unknown event, the base terms."""
    m = len(packages)
    lo = np.empty((m, st.n), dtype=np.int64)
    interp = []
    mix: list[tuple[int, int, np.ndarray, np.ndarray]] = []
    bets: list[tuple[int, int, str, np.ndarray, np.ndarray]] = []
    for j, pkg in enumerate(packages):
        cl = _clauses_of(pkg, j, clauses, plan)
        for i, im in enumerate(st.issues):
            r0, r1, f = im.locate(pkg[im.name])
            lo[j, i] = im.offset + r0
            clause = cl.get(im.name)
            if clause is not None:
                assert plan is not None
                event = plan.event(clause.event)
                issue = plan.issue(im.name)
                a = outcome_rows(im, issue, clause, pkg[im.name], event, event.ours)
                d = a.copy()
                d[r0] -= 1.0
                rows = np.flatnonzero(np.abs(d) > 1e-12)
                if len(rows):
                    mix.append((j, i, im.offset + rows, d[rows].astype(np.float32)))
                if event.theirs is not None:
                    b = outcome_rows(im, issue, clause, pkg[im.name], event, event.theirs) - a
                    rows = np.flatnonzero(np.abs(b) > 1e-12)
                    if len(rows):
                        bets.append((j, i, event.name, im.offset + rows, b[rows].astype(np.float32)))
            elif r1 != r0 and f > 0:
                interp.append((j, im.offset + r0, im.offset + r1, float(f)))
    return PackageRows(lo, tuple(interp), tuple(mix), tuple(bets))


def _clauses_of(pkg: Mapping[str, Term], j: int, clauses: Sequence[Mapping[str, AnyClause] | None] | None,
                plan: Plan | None) -> dict[str, AnyClause]:
    """The clauses of package ``j`` that can be valued (an issue and an event the plan has)."""
    if plan is None:
        return {}
    raw = clauses[j] if clauses is not None else getattr(pkg, "clauses", None)
    if not raw:
        return {}
    names = {e.name for e in plan.events}
    return {k: c for k, c in raw.items() if k in plan.issue_names and c.event in names}


@dataclass(frozen=True, eq=False)
class Evidence:
    kind: str  # "rank" | "below" | "above" | "prefer" | "tweak" | "statement" | "over" | "term"
    packages: PackageRows | None = None
    order: tuple[int, ...] = ()
    issue: int = -1
    trust: float = 0.0
    #: "statement": per candidate top issue, the log-likelihood this answer adds to the answers
    #: before it (:func:`statement_increments`); "tweak": the named term's row in the issue and
    #: the row of the term it replaces.
    table: np.ndarray | None = None
    #: "tweak": the issue is a number (its rows ordered along it)
    numeric: bool = False


def compile_round(st: Structure, r: Round, plan: Plan | None = None) -> list[Evidence]:
    """The likelihood terms one round carries (possibly none). With ``plan`` (its issues and
    events), contingent offered packages are valued as their expectation
    (:func:`compile_packages`)."""
    out: list[Evidence] = []
    offered = [dict(o.terms) for o in r.offered]
    clauses = [dict(o.clauses) for o in r.offered]
    ranking = tuple(r.ranking)
    if not ranking and r.outcome == "accepted" and r.accepted is not None and len(offered) > 1:
        ranking = (r.accepted,)  # accepting one of several offers is choosing it
    if offered:
        pk = compile_packages(st, offered, plan, clauses)
        if ranking and len(offered) > 1:
            # Plackett–Luce: each ranked package beats every package not ranked above it;
            # the last of a full ranking carries no further information.
            out.append(Evidence("rank", pk, ranking[: len(offered) - 1]))
        if r.outcome == "none_acceptable":
            out.append(Evidence("below", pk))
        elif r.outcome == "accepted" and r.accepted is not None:
            out.append(Evidence("above", compile_packages(st, [offered[r.accepted]], plan, [clauses[r.accepted]])))
    if r.counter_offer:
        pairs: list[dict[str, Term]] = []
        pair_clauses: list[dict[str, AnyClause]] = []
        bases = offered if offered else []
        chosen = ranking[0] if ranking else None
        for k, base in enumerate(bases):
            countered = {**base, **r.counter_offer}
            changed = [n for n in st.names if countered[n] != base[n]]
            if k == chosen and len(changed) == 1:
                out.append(_tweak(st, base, changed[0], countered[changed[0]], plan, clauses[k]))
            elif changed:
                pairs.extend([countered, base])
                # a term they changed is their fixed term; the clauses on the others stay
                pair_clauses.extend([{n: c for n, c in clauses[k].items() if n not in changed}, clauses[k]])
        if pairs:
            out.append(Evidence("prefer", compile_packages(st, pairs, plan, pair_clauses)))
    if r.issue_over is not None and r.statement_trust > 0 and all(n in st.names for n in r.issue_over) \
            and r.issue_over[0] != r.issue_over[1]:
        out.append(Evidence("over", issue=st.names.index(r.issue_over[0]), trust=float(r.statement_trust),
                            table=np.array([st.names.index(r.issue_over[1])])))
    for name, term in (r.preferred_term or {}).items():
        if name in st.names and r.statement_trust > 0:
            i = st.names.index(name)
            r0, r1, f = st.issues[i].locate(term)
            out.append(Evidence("term", issue=i, trust=float(r.statement_trust), table=np.array([r1 if f >= 0.5 else r0])))
    if r.statement_issue is not None and r.statement_trust > 0 and r.statement_issue in st.names:
        out.append(Evidence("statement", issue=st.names.index(r.statement_issue), trust=float(r.statement_trust)))
    return out


def _tweak(st: Structure, base: Mapping[str, Term], issue: str, term: Term, plan: Plan | None = None,
           clauses: Mapping[str, AnyClause] | None = None) -> Evidence:
    """Their choice with one term changed: the issue they most want changed (a logit over
    their gain on each issue, moving it to their best term) and the term they name — a move
    from our term towards theirs (:func:`_moved_term_loglik`). A contingent term of the package
    counts at its expectation."""
    i = st.names.index(issue)
    r0, r1, f = st.issues[i].locate(term)
    b0, b1, g = st.issues[i].locate(base[issue])
    return Evidence("tweak", compile_packages(st, [base], plan, [clauses] if clauses else None), issue=i,
                    table=np.array([r1 if f >= 0.5 else r0, b1 if g >= 0.5 else b0]), numeric=st.issues[i].numeric)


def statement_increments(history: Sequence[tuple[int, float]], n: int) -> np.ndarray:
    """What the last of a run of answers to "which issue matters most to you?" adds, per
    candidate top issue ``t``: ``log L(all answers | t) − log L(all but the last | t)``.

    Each answer is sincere (names their top issue) with probability ``s``, names a *decoy* — one
    issue, the same for the whole negotiation — with probability ``(1 − s)·c``, or any issue
    at random. The sincerity ``s`` (prior centred on the trust the user gave), the decoy share
    ``c`` and the decoy issue are unknown and integrated over, so answers the choices contradict
    are soon read as the decoy and lose weight: the trust is learned.
    """
    def joint(h: Sequence[tuple[int, float]]) -> np.ndarray:
        if not h:
            return np.zeros(n)
        trust = float(np.mean([t for _, t in h]))
        s = np.array(SINCERITY)
        prior_s = s ** (3.0 * trust) * (1.0 - s) ** (3.0 * (1.0 - trust))
        prior_s /= prior_s.sum()
        a = np.array([i for i, _ in h])
        out = np.full(n, -np.inf)
        for ps, sv in zip(prior_s, s):
            for c in DECOY_SHARES:
                lik = _answers_loglik(a, n, sv, c)  # (t, D)
                m = lik.max(axis=1, keepdims=True)
                per_t = m[:, 0] + np.log(np.exp(lik - m).mean(axis=1))
                out = np.logaddexp(out, np.log(ps / len(DECOY_SHARES)) + per_t)
        return out

    return joint(history) - joint(history[:-1])


def _answers_loglik(a: np.ndarray, n: int, s: float, c: float) -> np.ndarray:
    """``(t, D)``: log-probability of the answers ``a`` given top issue ``t`` and decoy ``D``,
    with sincerity ``s`` and decoy share ``c``."""
    d, r = (1.0 - s) * c, (1.0 - s) * (1.0 - c) / n
    p = r + s * (a[None, None, :] == np.arange(n)[:, None, None]) + d * (a[None, None, :] == np.arange(n)[None, :, None])
    return np.log(p).sum(axis=2)


def answer_sincerity(history: Sequence[tuple[int, float]], p_top: np.ndarray) -> float:
    """The learned trust: the posterior mean sincerity ``s`` of their answers to "which issue
    matters most to you?" (:func:`statement_increments`'s model), given the answers and the
    current probability of each issue being their top one (``p_top``)."""
    n = len(p_top)
    if not history:
        return float("nan")
    trust = float(np.mean([t for _, t in history]))
    s = np.array(SINCERITY)
    prior_s = s ** (3.0 * trust) * (1.0 - s) ** (3.0 * (1.0 - trust))
    a = np.array([i for i, _ in history])
    post = np.zeros(len(s))
    for j, sv in enumerate(s):
        for c in DECOY_SHARES:
            lik = np.exp(_answers_loglik(a, n, sv, c)).mean(axis=1)  # (t,)
            post[j] += prior_s[j] * float(np.dot(p_top, lik))
    return float(np.dot(post, s) / max(post.sum(), 1e-300))


#: Sharpness of "X matters more than Y" (per unit of weight difference × number of issues).
OVER_SHARPNESS = 20.0
#: Sincerity grid and decoy shares of :func:`statement_increments`.
SINCERITY = (0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95)
DECOY_SHARES = (0.0, 0.5, 0.9)


def log_sigmoid(x: np.ndarray) -> np.ndarray:
    return -np.logaddexp(0.0, -x)


def loglik(ev: Evidence, d: Derived, p: Particles, beta: float, settings: PriorSettings) -> np.ndarray:
    if ev.kind == "statement":
        if d.W.shape[0] < 2 or ev.table is None:
            return np.zeros(d.W.shape[1])
        return ev.table[np.argmax(d.W, axis=0)]
    if ev.kind == "over":  # "X matters more to us than Y": sincere with probability trust, else a coin
        assert ev.table is not None
        diff = (d.W[ev.issue] - d.W[int(ev.table[0])]) * (OVER_SHARPNESS * d.W.shape[0])
        return np.log(ev.trust / (1.0 + np.exp(-diff)) + (1.0 - ev.trust) * 0.5)
    if ev.kind == "term":  # "this term suits us best": a logit over their values of the issue's terms
        assert ev.table is not None
        z = d.V[ev.issue] * (np.float32(beta) * d.B)[None, :]
        zt = z.max(axis=0)
        p = np.exp(z[int(ev.table[0])] - zt) / np.exp(z - zt).sum(axis=0)
        return np.log(ev.trust * p + (1.0 - ev.trust) / z.shape[0])
    assert ev.packages is not None
    if ev.kind == "tweak":
        return _tweak_loglik(ev, d, np.float32(beta) * d.B, p.lam)
    U = ev.packages.values(d.T, p.lam)
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


def _tweak_loglik(ev: Evidence, d: Derived, bs: np.ndarray, lam: Mapping[str, np.ndarray] | None = None
                  ) -> np.ndarray:
    assert ev.packages is not None and ev.table is not None
    rows = ev.packages.lo[0]
    have = d.T[rows]  # (n, S) their weighted value of each issue's term
    if ev.packages.mix or ev.packages.bets:
        ev.packages.add_contingent(have, d.T, lam, by_issue=True)
    gain = (np.float32(100.0) * d.W.astype(np.float32) - have) * bs[None, :]  # (n, S)
    top = gain.max(axis=0)
    ll = gain[ev.issue] - top - np.log(np.exp(gain - top).sum(axis=0))
    return ll + _moved_term_loglik(d.V[ev.issue], int(ev.table[0]), int(ev.table[1]), bs, ev.numeric)


#: the share of counter-offers that name their best term outright; the others ask for a move
#: towards it, any distance (a seller offered EUR 180 asks 205, not the top of the range)
COUNTER_BEST = 0.3
#: counter-offers that follow neither reading (a slip, or a reason the model does not know)
COUNTER_LAPSE = 0.02


def _moved_term_loglik(V: np.ndarray, t: int, o: int, bs: np.ndarray, numeric: bool) -> np.ndarray:
    """Log-likelihood, per sample, that they name row ``t`` in place of our row ``o``:
    with :data:`COUNTER_BEST` their best term (a logit over their values of the rows), else a
    move towards it — on a number any row from ours (exclusive) to their best (inclusive) alike,
    on options any option better for them than ours alike — and a small lapse. Read as "their
    favourite" alone, a seller's 205 against our 180 made a low price look like what they want."""
    K = V.shape[0]
    z = V * bs[None, :]
    zt = z.max(axis=0)
    best = np.exp(z[t] - zt) / np.exp(z - zt).sum(axis=0)
    if numeric:
        b = np.argmax(V, axis=0)  # (S,) their best row
        if t == o:  # the same row: no direction shown
            move = np.full(V.shape[1], 1.0 / K)
        else:
            towards = (b >= t) if t > o else (b <= t)
            move = towards / np.maximum(np.abs(b - o), 1)
    else:
        better = V > V[o][None, :]
        move = better[t] / np.maximum(better.sum(axis=0), 1)
    p = COUNTER_BEST * best + (1.0 - COUNTER_BEST - COUNTER_LAPSE) * move + COUNTER_LAPSE / K
    return np.log(p.astype(np.float64))


def evidence_digest(r: Round, plan: Plan | None = None) -> str:
    """The facts of a round that carry evidence (notes and time do not change the estimate).
    A round with contingent offers adds the clauses and, from ``plan``, the events' forecasts
    (changing a forecast changes what the round says); other rounds' digests are unchanged."""
    data = {
        "offered": [sorted((k, v) for k, v in o.terms.items()) for o in r.offered],
        "ranking": list(r.ranking),
        "outcome": r.outcome,
        "accepted": r.accepted,
        "counter": None if r.counter_offer is None else sorted(r.counter_offer.items()),
        "statement": [r.statement_issue, r.statement_trust],
        "over": None if r.issue_over is None else list(r.issue_over),
        "term": None if r.preferred_term is None else sorted(r.preferred_term.items()),
    }
    if any(o.clauses for o in r.offered):
        data["clauses"] = [{k: c.model_dump(mode="json") for k, c in sorted(o.clauses.items())} for o in r.offered]
        used = sorted({c.event for o in r.offered for c in o.clauses.values()})
        known = {e.name: e for e in plan.events} if plan is not None else {}
        data["events"] = {n: known[n].model_dump(mode="json", include={"kind", "lower", "upper", "states", "ours",
                                                                        "theirs"})
                          if n in known else None for n in used}
    return json.dumps(data, separators=(",", ":"), default=str)
