"""The deal phase: our walk-away (BATNA), theirs (an estimate), the ZOPA and the agreement.

* **BATNA as a competing quote** — ``plan.batna_package`` is a full package of terms (the
  other supplier's offer), scored by our own model. With ``plan.reservation_from_batna`` the
  reservation value *is* its points, kept in sync by the plan itself on every edit; otherwise
  the reservation is set by hand (:func:`~meso_desk.model.edits.deal_edits.with_reservation`).
* **Their reservation value** — in their points (0..100 on the counterpart estimate's
  scale). Entered by hand (``plan.their_reservation`` ± ``plan.their_reservation_uncertainty``,
  an 80 % range), or inferred from their reactions: a "none of these" says every offered
  package was below it, an acceptance that the accepted one was above it
  (:mod:`~meso_desk.model.counterpart.inference` keeps it as one latent variable of each posterior
  sample). Without either it is unknown, and the program says so instead of guessing.
* **The estimated ZOPA** — the packages both sides prefer to their BATNAs: worth at least
  our reservation to us, and at least their reservation to them under the estimate.
  :func:`zopa` gives its extent on the Pareto frontier, the probability that one exists
  across the plausible profiles, and the same in words.
* **Value left on the table** — :func:`left_on_table`: how far an agreed package lies inside
  the frontier, in our points (and money where the plan gives money equivalents) and in
  theirs.

Qt-free. Every function takes the counterpart ``estimate`` optionally (default: estimated
from the plan's rounds) so that a caller holding one does not compute it twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..base import Term
from ..counterpart.inference import estimate_counterpart
from ..language import QT_TR_NOOP, tr
from ..offers.contingent import their_values_many
from ..offers.frontier import frontier_on_grid, pareto_frontier
from ..offers.search_grid import search_grid
from ..package import Package
from ..plan import Plan
from ..preferences.issues import CategoricalIssue, Direction, NumericIssue
from ..preferences.total_cost import cost_steps, format_money
from ..scoring import score, score_table

#: How the competing quote is called in the user's words (term controls carry it as ``package``;
#: shown as ``tr(BATNA_LABEL)``).
BATNA_LABEL = QT_TR_NOOP("competing quote")
#: z of the 80 % range (an entered ± is the half-width of an 80 % range).
Z80 = 1.2815515655446004
#: Posterior samples used for the probability that a ZOPA exists.
ZOPA_SAMPLES = 48
#: Samples for the inferred reservation's mean and range.
RESERVATION_SAMPLES = 4000


# =====================================================================================
# Our walk-away (the edits of the deal phase are in meso_desk.model.edits.deal_edits)
# =====================================================================================
def batna_value(plan: Plan) -> float | None:
    """The competing quote's points to us, or None when the plan has none."""
    if plan.batna_package is None:
        return None
    return score(plan, plan.batna_package)


def agreed_package(plan: Plan) -> Package | None:
    """The agreement as a :class:`Package` (None when no agreement is recorded)."""
    if plan.agreement is None:
        return None
    return Package(plan, plan.agreement.terms, name="agreement", clauses=plan.agreement.clauses)


def first_agreed_package(plan: Plan) -> Package | None:
    """The package agreed first, with its contingent clauses, when a post-settlement package
    replaced it (None otherwise): valued the way the agreement is."""
    a = plan.agreement
    if a is None or a.before_post_settlement is None:
        return None
    return Package(plan, a.before_post_settlement, name="first agreement", clauses=a.clauses_before_post_settlement)


# =====================================================================================
# The counterpart under posterior samples
# =====================================================================================
def estimate_of(plan: Plan, estimate: Any = None):
    """``estimate`` if given, else the counterpart estimate of ``plan``."""
    if estimate is not None:
        return estimate
    return estimate_counterpart(plan)


@dataclass(frozen=True, eq=False)
class SampleTables:
    """Their value of every term under ``n`` equally weighted posterior samples, per issue.

    Their value is additive, so ``values(rows) = base + Σᵢ tables[i][:, rows[:, i]]``
    reproduces the estimate's own ``samples_values`` for any grid package (the tables are
    differences against one base package), with one gather per issue.
    """

    tables: tuple[np.ndarray, ...]  # per issue (S, grid size)
    base: np.ndarray  # (S,)

    @property
    def n_samples(self) -> int:
        return len(self.base)

    def values(self, rows: np.ndarray) -> np.ndarray:
        """``(S, N)`` their values of full-grid index rows ``(N, n_issues)``."""
        rows = np.atleast_2d(np.asarray(rows, dtype=np.int64))
        out = np.repeat(self.base[:, None], rows.shape[0], axis=1)
        for i, t in enumerate(self.tables):
            out += t[:, rows[:, i]]
        return out


def sample_tables(plan: Plan, estimate: Any, n_samples: int) -> SampleTables:
    """Per-issue tables of their value under ``n_samples`` posterior samples."""
    t = score_table(plan)
    sizes = [len(g) for g in t.grids]
    n = len(sizes)
    base_row = np.zeros((1, n), dtype=np.int64)
    rows = [base_row]
    for i, k in enumerate(sizes):
        r = np.zeros((k, n), dtype=np.int64)
        r[:, i] = np.arange(k)
        rows.append(r)
    allrows = np.concatenate(rows)
    v = estimate.samples_values(allrows, n_samples)  # (S, 1 + Σ sizes)
    base = v[:, 0].copy()
    tables = []
    off = 1
    for k in sizes:
        tables.append(v[:, off:off + k] - base[:, None])
        off += k
    return SampleTables(tuple(tables), base)


def reservation_samples(plan: Plan, estimate: Any, n_samples: int) -> np.ndarray | None:
    """Their reservation value under the same ``n_samples`` posterior samples as
    :func:`sample_tables` (entered: drawn from the entered 80 % range; inferred: the
    posterior's own reservation of each sample). None when it is unknown."""
    if plan.their_reservation is not None:
        sd = plan.their_reservation_uncertainty / Z80
        seed = int.from_bytes(hashlib.sha256(
            f"their reservation|{plan.their_reservation!r}|{sd!r}|{n_samples}".encode()).digest()[:8], "little")
        z = np.random.default_rng(seed).standard_normal(n_samples)
        return np.clip(plan.their_reservation + sd * z, 0.0, 100.0)
    if reservation_evidence(plan) == 0:
        return None
    # the inference module keeps their reservation as a latent variable of each sample
    res = np.asarray(estimate.reservation_samples(), dtype=float)
    return res[estimate.sample_indices(n_samples)]


def reservation_evidence(plan: Plan) -> int:
    """Rounds that say something about their reservation value: "none of these", or an
    acceptance."""
    return sum(1 for r in plan.rounds if r.offered and r.outcome in ("none_acceptable", "accepted"))


# =====================================================================================
# Their reservation value
# =====================================================================================
@dataclass(frozen=True)
class TheirReservation:
    """Our estimate of their reservation value, in their points (0..100).

    ``source`` is ``"entered"``, ``"inferred"`` (from ``n_evidence`` reactions) or
    ``"unknown"`` (then ``value``/``low``/``high`` are None). ``low``–``high`` is an 80 % range.
    """

    source: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    n_evidence: int = 0

    @property
    def known(self) -> bool:
        return self.value is not None

    @property
    def text(self) -> str:
        if self.value is None:
            return tr("Their walk-away is unknown: no “none of these” or acceptance recorded, and no guess "
                      "entered.")
        if self.source == "entered":
            return tr("Their walk-away: about {value:.0f} of their points (80 %: {low:.0f}–{high:.0f}), "
                      "your guess.").format(value=self.value, low=self.low, high=self.high)
        k = self.n_evidence
        if k == 1:
            return tr("Their walk-away: about {value:.0f} of their points (80 %: {low:.0f}–{high:.0f}), inferred "
                      "from 1 reaction (“none of these” or an acceptance).").format(
                value=self.value, low=self.low, high=self.high)
        return tr("Their walk-away: about {value:.0f} of their points (80 %: {low:.0f}–{high:.0f}), inferred from "
                  "{count} reactions (“none of these” or an acceptance).").format(
            value=self.value, low=self.low, high=self.high, count=k)


def their_reservation(plan: Plan, estimate: Any = None) -> TheirReservation:
    """Their reservation value: entered by hand, inferred from their reactions, or unknown."""
    if plan.their_reservation is not None:
        v, u = float(plan.their_reservation), float(plan.their_reservation_uncertainty)
        return TheirReservation("entered", v, max(0.0, v - u), min(100.0, v + u), 0)
    k = reservation_evidence(plan)
    if k == 0 or not plan.issues:
        return TheirReservation("unknown", n_evidence=k)
    est = estimate_of(plan, estimate)
    res = reservation_samples(plan, est, RESERVATION_SAMPLES)
    if res is None:
        return TheirReservation("unknown", n_evidence=k)
    lo, hi = np.quantile(res, [0.1, 0.9])
    return TheirReservation("inferred", float(res.mean()), float(lo), float(hi), k)


# =====================================================================================
# The ZOPA
# =====================================================================================
@dataclass(frozen=True, eq=False)
class Zopa:
    """The estimated zone of possible agreement.

    ``frontier_ours``/``frontier_theirs`` are the Pareto frontier (our points, their
    expected points) under the estimate, highest ours first; ``inside`` marks the frontier
    packages in the ZOPA. ``ours_range``/``theirs_range`` bound the ZOPA on the frontier
    (None when there is none or their reservation is unknown). ``probability`` is the share
    of plausible profiles (posterior samples, each with its own reservation value) in which
    some acceptable package is at or above both reservations.
    """

    our_reservation: float
    their: TheirReservation
    exists: bool | None
    probability: float | None
    ours_range: tuple[float, float] | None
    theirs_range: tuple[float, float] | None
    #: Their best expected value among packages at or above our reservation (None: none is).
    best_for_them: float | None
    frontier_ours: np.ndarray = field(repr=False)
    frontier_theirs: np.ndarray = field(repr=False)
    inside: np.ndarray = field(repr=False)
    n_observations: int = 0
    lines: tuple[str, ...] = ()

    @property
    def their_reservation(self) -> float | None:
        return self.their.value

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def _frontier(plan: Plan, their) -> Any:
    return pareto_frontier(plan, their)


def _best_theirs_each(plan: Plan, tables: SampleTables, floor: float) -> np.ndarray:
    """Per sample: the highest value to them of an acceptable package worth ≥ ``floor`` to us."""
    grid = search_grid(plan)
    out = np.full(tables.n_samples, np.nan)
    for s in range(tables.n_samples):  # one frontier merge per sample (not per package)
        theirs = tuple(tables.tables[i][s, opt] for i, opt in enumerate(grid.options))
        _, a, b = frontier_on_grid(grid.ours, theirs)
        ok = a >= floor - 1e-9
        if ok.any():
            out[s] = float(b[ok].max()) + float(tables.base[s])
    return out


def zopa(plan: Plan, estimate: Any = None, *, n_samples: int = ZOPA_SAMPLES) -> Zopa:
    """The estimated ZOPA of ``plan`` (see :class:`Zopa`), with a plain-words summary."""
    R = float(plan.reservation)
    if not plan.issues:
        empty = np.zeros(0)
        return Zopa(R, TheirReservation("unknown"), None, None, None, None, None, empty, empty,
                    np.zeros(0, dtype=bool), 0, (tr("The plan has no issues yet."),))
    est = estimate_of(plan, estimate)
    their = their_reservation(plan, est)
    F = _frontier(plan, est.their_values())
    fo, ft = np.asarray(F.ours, float), np.asarray(F.theirs, float)
    ours_ok = fo >= R - 1e-9
    best = float(ft[ours_ok].max()) if ours_ok.any() else None
    exists = probability = ours_range = theirs_range = None
    inside = np.zeros(len(fo), dtype=bool)
    if their.known and best is not None:
        r = float(their.value)
        inside = ours_ok & (ft >= r - 1e-9)
        exists = bool(inside.any())
        if exists:
            ours_range = (R, float(fo[inside].max()))
            theirs_range = (r, best)
    elif their.known:
        exists = False
    if their.known:
        tables = sample_tables(plan, est, n_samples)
        res = reservation_samples(plan, est, n_samples)
        if res is not None:
            b = _best_theirs_each(plan, tables, R)
            probability = float(np.mean(np.nan_to_num(b, nan=-np.inf) >= res))
    n_obs = est.n_observations
    lines = _zopa_lines(plan, their, exists, probability, ours_range, theirs_range, best, n_obs)
    return Zopa(R, their, exists, probability, ours_range, theirs_range, best, fo, ft, inside, n_obs, lines)


def _basis(n_obs: int) -> str:
    if n_obs == 0:
        return tr("Their values are a guess (no reactions recorded yet: opposite interests, equal weights).")
    if n_obs == 1:
        return tr("Their values are estimated from 1 observation.")
    return tr("Their values are estimated from {count} observations.").format(count=n_obs)


def our_walkaway_text(plan: Plan) -> str:
    v = batna_value(plan)
    if plan.reservation_from_batna and v is not None:
        return tr("Your walk-away: {points:.1f} points (the competing quote).").format(points=plan.reservation)
    if v is not None:
        return tr("Your walk-away: {points:.1f} points (set by hand; the competing quote is worth {quote:.1f}).").format(
            points=plan.reservation, quote=v)
    return tr("Your walk-away: {points:.1f} points (set by hand).").format(points=plan.reservation)


def _zopa_lines(plan: Plan, their: TheirReservation, exists: bool | None, probability: float | None,
                ours_range, theirs_range, best: float | None, n_obs: int) -> tuple[str, ...]:
    """Our walk-away, theirs, the ZOPA (headline), the basis. The headline follows the
    plausible profiles when they disagree with the average estimate: the best package for
    them varies with what they value, so a ZOPA can exist in most profiles though not under
    their average."""
    lines = [our_walkaway_text(plan), their.text]
    R = plan.reservation
    pct = 100 * probability if probability is not None else None
    if best is None:
        lines.append(tr("No acceptable package reaches your walk-away of {points:.1f} points: there is no "
                        "ZOPA.").format(points=R))
    elif not their.known:
        lines.append(tr("At your walk-away, the best you can give them is worth about {best:.0f} of their points; "
                        "whether that clears their walk-away is unknown.").format(best=best))
    elif exists:
        assert ours_range is not None and theirs_range is not None
        zone = dict(our_low=ours_range[0], our_high=ours_range[1], their_low=theirs_range[0],
                    their_high=theirs_range[1])
        if probability is None or probability >= 0.5:
            if pct is not None:
                lines.append(tr("Estimated ZOPA: packages worth {our_low:.1f}–{our_high:.1f} points to you, "
                                "{their_low:.0f}–{their_high:.0f} to them (a ZOPA exists in {pct:.0f} % of the "
                                "plausible profiles).").format(pct=pct, **zone))
            else:
                lines.append(tr("Estimated ZOPA: packages worth {our_low:.1f}–{our_high:.1f} points to you, "
                                "{their_low:.0f}–{their_high:.0f} to them.").format(**zone))
        else:
            lines.append(tr("A ZOPA only under the average estimate (packages worth {our_low:.1f}–{our_high:.1f} "
                            "points to you, {their_low:.0f}–{their_high:.0f} to them); it exists in just "
                            "{pct:.0f} % of the plausible profiles.").format(pct=pct, **zone))
    else:
        if probability is not None and probability >= 0.5:
            lines.append(tr("A ZOPA exists in {pct:.0f} % of the plausible profiles, though not under the average "
                            "estimate: at your walk-away the best you can give them is worth about {best:.0f} of "
                            "their points, below their {theirs:.0f}. Which packages it holds depends on what they "
                            "value.").format(pct=pct, best=best, theirs=their.value))
        elif pct is not None:
            lines.append(tr("Probably no ZOPA: at your walk-away the best you can give them is worth about "
                            "{best:.0f} of their points, below their {theirs:.0f}. A ZOPA exists in only "
                            "{pct:.0f} % of the plausible profiles.").format(pct=pct, best=best, theirs=their.value))
        else:
            lines.append(tr("Probably no ZOPA: at your walk-away the best you can give them is worth about "
                            "{best:.0f} of their points, below their {theirs:.0f}.").format(
                best=best, theirs=their.value))
    lines.append(_basis(n_obs))
    return tuple(lines)


# =====================================================================================
# Value left on the table
# =====================================================================================
@dataclass(frozen=True)
class MoneyLine:
    """One issue's share of a move in money: ``"Unit price EUR 236.00 → EUR 230.00: EUR 9,000"``."""

    issue: str
    before: str
    after: str
    money: float
    points: float
    #: Priced by the total cost model (a change of what we pay), not by a money equivalent.
    cost: bool = False

    def text(self, currency: str) -> str:
        """``"Unit price EUR 214.00 → EUR 180.00: saves EUR 101,497"`` (a change of the total cost:
        "costs EUR … more" when it rises) or ``"Delivery 6 → 2 weeks: worth EUR 3,200 to us"``."""
        amount = format_money(abs(self.money), currency)
        move = dict(issue=self.issue, before=self.before, after=self.after, amount=amount)
        if self.cost:
            if self.money >= 0:
                return tr("{issue} {before} → {after}: saves {amount}").format(**move)
            return tr("{issue} {before} → {after}: costs {amount} more").format(**move)
        if self.money >= 0:
            return tr("{issue} {before} → {after}: worth {amount} to us").format(**move)
        return tr("{issue} {before} → {after}: worth {amount} less to us").format(**move)


@dataclass(frozen=True, eq=False)
class LeftOnTable:
    """How far an agreed package lies inside the estimated Pareto frontier.

    ``our_gap`` — points we could have had at no cost to them (the best frontier package
    at least as good for them, ``our_target``); ``their_gap`` — their points they could
    have had at no cost to us (``their_target``). Both 0 on the frontier. Money: the
    ``our_target`` move priced with the issues' money equivalents (``money``, over
    ``money_lines``), the rest of ``our_gap`` in points (``points_without_money``).
    """

    ours: float
    theirs: float
    our_gap: float
    their_gap: float
    our_target: Package | None
    their_target: Package | None
    money: float | None
    money_lines: tuple[MoneyLine, ...]
    points_with_money: float
    points_without_money: float
    currency: str
    exact: bool
    n_observations: int
    agreed_terms: dict[str, Term] = field(default_factory=dict)

    @property
    def on_frontier(self) -> bool:
        return self.our_gap < 0.05 and self.their_gap < 0.05

    def money_text(self) -> str:
        """``"≈ EUR 9,800 in money (Unit price, Delivery) plus 0.4 points on Incoterm"``, or "though ≈
        EUR 110,660 more in money (…)" when the move costs more than it saves ("" without money)."""
        if self.money is None:
            return ""
        names = ", ".join(m.issue for m in self.money_lines)
        amount = format_money(abs(self.money), self.currency)
        x = self.points_without_money
        if abs(x) < 0.05:
            if self.money >= 0:
                return tr("≈ {amount} in money ({issues})").format(amount=amount, issues=names)
            return tr("though ≈ {amount} more in money ({issues})").format(amount=amount, issues=names)
        rest = ", ".join(self.other_issues) or tr("the other issues")
        words = dict(amount=amount, issues=names, points=abs(x), rest=rest)
        if self.money >= 0:
            if x > 0:
                return tr("≈ {amount} in money ({issues}) plus {points:.1f} points on {rest}").format(**words)
            return tr("≈ {amount} in money ({issues}) less {points:.1f} points on {rest}").format(**words)
        if x > 0:
            return tr("though ≈ {amount} more in money ({issues}) plus {points:.1f} points on {rest}").format(**words)
        return tr("though ≈ {amount} more in money ({issues}) less {points:.1f} points on {rest}").format(**words)

    @property
    def other_issues(self) -> tuple[str, ...]:
        """Issues without a money equivalent whose term the ``our_target`` move changes."""
        if self.our_target is None:
            return ()
        plan = self.our_target.plan
        money = {m.issue for m in self.money_lines}
        return tuple(i.name for i in plan.issues if i.name not in money
                     and self.agreed_terms.get(i.name) != self.our_target[i.name])


def money_equivalent(plan: Plan, before: Mapping[str, Term], after: Mapping[str, Term]
                     ) -> tuple[float | None, tuple[MoneyLine, ...], float]:
    """The move ``before → after`` in money, as a saving to us (positive: we are better off).

    Issues of the plan's total cost model (``plan.costs``: unit price × volume, freight,
    financing) are priced by it, one issue at a time in the order volume, unit price, freight,
    payment term — so a price move is priced at the package's *own* volume and the lines add up
    to the change of the total cost (:func:`~meso_desk.model.preferences.total_cost.cost_steps`).
    Other numeric issues with ``money_per_unit`` are priced by it. Returns ``(money, lines,
    points)``: the total (None when nothing in the plan has a money figure), one line per issue
    that moves, and the points those issues account for.
    """
    cost_issues = set(plan.costs.issues) if plan.costs is not None else set()
    has_money = [i for i in plan.issues if isinstance(i, NumericIssue) and i.money_per_unit
                 and i.name not in cost_issues]
    if not has_money and not cost_issues:
        return None, (), 0.0
    total, pts, lines = 0.0, 0.0, []
    for step in cost_steps(plan, before, after):
        i = plan.issue(step.issue)
        p = plan.weights[i.name] * (i.value(step.after) - i.value(step.before))
        total += step.saving
        pts += p
        lines.append(MoneyLine(i.name, i.format_term(step.before), i.format_term(step.after), step.saving, p, True))
    for i in has_money:
        a, b = float(before[i.name]), float(after[i.name])
        if a == b:
            continue
        units = (b - a) if i.direction == Direction.HIGHER else (a - b)
        m = float(i.money_per_unit) * units
        p = plan.weights[i.name] * (i.value(b) - i.value(a))
        total += m
        pts += p
        lines.append(MoneyLine(i.name, i.format_term(a), i.format_term(b), m, p))
    order = {n: k for k, n in enumerate(plan.issue_names)}
    lines.sort(key=lambda m: order[m.issue])
    return total, tuple(lines), pts


def left_on_table(plan: Plan, agreed: Mapping[str, Term] | None = None, estimate: Any = None) -> LeftOnTable:
    """Value left on the table by ``agreed`` (default: the plan's agreement), under the estimate."""
    if agreed is None:
        agreed = agreed_package(plan)
        if agreed is None:
            raise ValueError(tr("no agreement recorded: give the agreed package"))
    pkg = agreed if isinstance(agreed, Package) and agreed.plan is plan else Package(plan, agreed)
    est = estimate_of(plan, estimate)
    tv = est.their_values()
    ours = score(plan, pkg)
    # a contingent agreement counts for them as the debrief's improvement line and the
    # post-settlement suggestions count it: each clause at its expectation under their forecast
    theirs = float(their_values_many(plan, [pkg], tv)[0]) if pkg.contingent else float(tv.value(plan, pkg))
    F = _frontier(plan, tv)
    t = score_table(plan)
    fo, ft = np.asarray(F.ours, float), np.asarray(F.theirs, float)
    # the best for us among frontier packages at least as good for them (ours falls as theirs rises)
    ok = ft >= theirs - 1e-9
    our_gap, our_target = 0.0, None
    if ok.any():
        k = int(np.flatnonzero(ok)[0])
        if fo[k] > ours + 1e-9:
            our_gap = float(fo[k] - ours)
            our_target = Package(plan, t.package_terms(F.rows[k]), name="frontier")
    ok2 = fo >= ours - 1e-9
    their_gap, their_target = 0.0, None
    if ok2.any():
        k = int(np.flatnonzero(ok2)[-1])
        if ft[k] > theirs + 1e-9:
            their_gap = float(ft[k] - theirs)
            their_target = Package(plan, t.package_terms(F.rows[k]), name="frontier")
    money, lines, pts = (None, (), 0.0)
    if our_target is not None:
        money, lines, pts = money_equivalent(plan, pkg, our_target)
    elif plan.costs is not None or any(isinstance(i, NumericIssue) and i.money_per_unit for i in plan.issues):
        money = 0.0
    return LeftOnTable(ours, theirs, our_gap, their_gap, our_target, their_target, money, lines, pts,
                       our_gap - pts, plan.currency, bool(F.exact), est.n_observations,
                       pkg.terms)


def plot_marks(plan: Plan, estimate: Any = None) -> dict[str, Any]:
    """What the outcome plot draws for the deal phase: ``{"agreement": terms or None,
    "their_reservation": their points or None}`` (entered, or inferred from their reactions)."""
    out: dict[str, Any] = {"agreement": dict(plan.agreement.terms) if plan.agreement is not None else None,
                           "their_reservation": None}
    if plan.issues:
        theirs = their_reservation(plan, estimate)
        if theirs.value is not None:
            out["their_reservation"] = float(theirs.value)
    return out


# =====================================================================================
# Words
# =====================================================================================
def describe_changes(plan: Plan, before: Mapping[str, Term], after: Mapping[str, Term]) -> list[str]:
    """What changes from ``before`` to ``after``, one phrase per issue, in plan order:
    ``"Delivery 6 → 4 weeks"``, ``"Incoterm FCA → DAP"``."""
    out = []
    for i in plan.issues:
        a, b = before[i.name], after[i.name]
        if a == b:
            continue
        if isinstance(i, CategoricalIssue):
            out.append(f"{i.name} {a} → {b}")
        else:
            fa, fb = i.format_term(a), i.format_term(b)
            unit = i.unit.strip()
            if unit and fa.endswith(" " + unit) and not fa.startswith(unit) and i.unit not in ("%",):
                fa = fa[: -len(unit) - 1]
            out.append(f"{i.name} {fa} → {fb}")
    return out


def package_names_and_offers(plan: Plan) -> list[tuple[str, Mapping[str, Term]]]:
    """Every package the agreement could be taken from: the plan's packages, then each
    package offered in a recorded round ("Round 2, option B"), newest round first."""
    out: list[tuple[str, Mapping[str, Term]]] = [
        (tr("Package {name}").format(name=sp.name), _with_clauses(plan, sp.terms, sp.clauses))
        for sp in plan.packages]
    for k in range(len(plan.rounds), 0, -1):
        r = plan.rounds[k - 1]
        for j, o in enumerate(r.offered):
            if r.outcome == "accepted" and r.accepted == j:
                label = tr("Round {round}, option {option} (accepted)").format(round=k, option=o.label)
            else:
                label = tr("Round {round}, option {option}").format(round=k, option=o.label)
            out.append((label, _with_clauses(plan, o.terms, o.clauses)))
    return out


def _with_clauses(plan: Plan, terms: Mapping[str, Term], clauses: Mapping[str, Any]) -> Mapping[str, Term]:
    """The terms as a plain dict, or as a :class:`Package` carrying its contingent clauses (so
    that an agreement taken from it keeps them)."""
    return Package(plan, terms, clauses=clauses) if clauses else dict(terms)


def accepted_offer(plan: Plan) -> tuple[str, Mapping[str, Term]] | None:
    """The package accepted in the latest round that records an acceptance, if any."""
    for k in range(len(plan.rounds), 0, -1):
        r = plan.rounds[k - 1]
        if r.outcome == "accepted" and r.accepted is not None:
            o = r.offered[r.accepted]
            return (tr("Round {round}, option {option}").format(round=k, option=o.label),
                    _with_clauses(plan, o.terms, o.clauses))
    return None


__all__: Sequence[str] = [
    "BATNA_LABEL", "LeftOnTable", "MoneyLine", "SampleTables", "TheirReservation", "Zopa",
    "accepted_offer", "agreed_package", "batna_value", "describe_changes", "first_agreed_package", "format_money",
    "left_on_table", "money_equivalent", "package_names_and_offers", "plot_marks", "reservation_evidence",
    "reservation_samples", "sample_tables", "their_reservation", "zopa",
]
