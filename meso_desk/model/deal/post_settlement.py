"""Post-settlement settlement: after agreeing, look for a package better for both sides.

Raiffa's idea (Malhotra and Bazerman recommend it): the agreement stands — either side can
fall back to it — and we ask whether another package would suit both of us better. The
program proposes packages that are

* **never worse for us** than the agreed one — checked exactly with
  :func:`~meso_desk.model.scoring.score` (and never below our reservation value, inside every
  hard limit, free of unacceptable options);
* **chosen as a set** — together they maximise the chance that *at least one* is better for
  them under the posterior samples of the counterpart estimate (greedily: each next one covers
  most of the plausible profiles the others miss; each is better for them in at least
  ``ITEM_FLOOR`` of the samples); a set is proposed only when that chance reaches
  ``min_probability`` (the plan's ``settlement_bar``, 0.3 by default: the bar the user may lower
  or raise); the result says the chance (``chance``) and, when nothing is likely to help, why;
* **different from each other** — every two suggestions differ by at least one issue's
  worth of terms (:func:`~meso_desk.model.offers.meso.term_distance` ≥ 1), so each is another
  trade rather than a nudge of the same one.

How: candidates are the agreed package with one, two or three terms changed (every
combination on the search grid; four when the plan is small) plus the Pareto frontier under
the estimate; those at least as good for us and better for them on average are scored
under a few hundred posterior samples; the ones that clear the probability are ranked by
their robust gain (the 10th percentile of their gain, so a suggestion that *might* help them
a lot ranks below one that surely helps them some; it breaks ties of the cover) plus half our own gain, less one point
per changed term (a post-settlement proposal should be easy to accept); the best ones that
differ from each other are returned.

A contingent agreement's alternatives keep its clauses (:mod:`.settlement_clauses`): on the
issues they do not change, and on a changed issue while the clause still works the same way
from the new term (otherwise the clause is dropped and the change says so). They are valued
as the cards value contingent packages — at their expected value — printed with the clause
sentence, and adopted exactly as proposed.

Qt-free; :func:`pss_card_set` builds the printable cards with the post-settlement framing
(terms and clause sentences, as every card).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from ..approvals.meso_rules import approved_plan, refused_rows
from ..approvals.rules import approvals as approver_verdicts
from ..approvals.rules import has_refusals
from ..base import Term
from ..counterpart.their_values import TheirValues
from ..documents.cards import card_set
from ..language import QT_TR_NOOP, current_language, localise_number, speaking, tr
from ..offers.concessions import term_distance
from ..offers.frontier import pareto_frontier
from ..offers.search_grid import search_grid
from ..package import Package
from ..plan import Plan
from ..preferences.total_cost import total_change_text
from ..scoring import ScoreTable, score
from ..wording import chance_words, format_date, percent_words
from .settlement_clauses import (
    kept_clauses,
    sample_tables_with_clauses,
    settlement_score_table,
    their_clause_operators,
    their_values_with_clauses,
)
from .zopa import estimate_of, sample_tables

#: The set must hold a package better for them with at least this probability — the chance that
#: at least one of the suggestions is better for them (the bar the user can lower or raise:
#: offering a set costs little, so the default is low).
MIN_PROBABILITY = 0.3
#: Every suggestion is better for them in at least this share of the plausible profiles (a
#: long shot in a set that, as a whole, clears the bar — never a package that helps nobody).
ITEM_FLOOR = 0.1
#: Posterior samples that judge the candidates.
SAMPLES = 400
#: Their gain (points) that counts as "better" in one sample (float noise is not a gain).
MIN_GAIN = 0.01
#: Every local candidate changes at most this many terms (four when the plan is small).
MAX_CHANGED = 3
#: Local candidates generated at most (combinations of more changed terms are skipped beyond it).
LOCAL_CAP = 400_000
#: Candidates judged under the posterior samples at most; at most ``PER_GROUP`` of them
#: change the same set of issues.
SCREEN_CAP = 5000
PER_GROUP = 40
#: Points subtracted per changed term when ranking (simpler proposals first).
CHANGE_PENALTY = 1.0
#: Quantile of their gain used as the robust gain.
ROBUST_QUANTILE = 0.1
#: Weight of our own gain (points) against their robust gain when ranking.
OUR_GAIN_WEIGHT = 0.5
#: Two suggestions must differ by at least this much (term_distance; 1 = one issue's worth).
MIN_DISTANCE = 1.0

#: The line on post-settlement cards (one option / several).
#: (Shown as ``tr(PSS_LINE_ONE)`` …: :func:`pss_line`.)
PSS_LINE_ONE = QT_TR_NOOP("Our agreement stands. Would this work better for you?")
PSS_LINE_TWO = QT_TR_NOOP("Our agreement stands. Would either of these work better for you?")
PSS_LINE_MANY = QT_TR_NOOP("Our agreement stands. Would any of these work better for you?")
#: The heading word of post-settlement cards ("Alternative A"; shown as ``tr(PSS_HEADING)``).
PSS_HEADING = QT_TR_NOOP("Alternative")


def _signed(x: float) -> str:
    """``x`` with one decimal and its sign, the minus a true minus as everywhere in the app
    (``−1.0``, ``+2.5``; German ``−1,0``)."""
    text = localise_number(f"{x:+.1f}", float(x), "+.1f", current_language())
    return "−" + text[1:] if text.startswith("-") else text


@dataclass(frozen=True)
class TermChange:
    """One term that differs from the agreed deal."""

    issue: str
    before: str
    after: str
    #: the agreement's clause on this term is dropped: from the new term it would work the other way
    clause_dropped: bool = False

    @property
    def text(self) -> str:
        if self.clause_dropped:
            return tr("{issue} {before} → {after}, without its contingent clause (from this term it would "
                      "work the other way)").format(issue=self.issue, before=self.before, after=self.after)
        return f"{self.issue} {self.before} → {self.after}"


@dataclass(frozen=True, eq=False)
class Suggestion:
    """One post-settlement package and how it compares with the agreed one.

    ``our_gain`` is exact (points); ``their_gain`` the expected gain in their points under
    the estimate, ``their_gain_low`` its 10th percentile, ``probability`` the share of
    plausible profiles in which it is better for them.
    """

    package: Package
    changes: tuple[TermChange, ...]
    our_value: float
    our_gain: float
    their_value: float
    their_gain: float
    their_gain_low: float
    probability: float

    @property
    def terms(self) -> dict[str, Term]:
        return self.package.terms

    @property
    def text(self) -> str:
        """What changes against the agreed deal, in plain words."""
        return "; ".join(c.text for c in self.changes)

    @property
    def summary(self) -> str:
        """What it is worth, for us (never for the other side)."""
        ours = (tr("the same for you") if self.our_gain < 0.05
                else tr("+{gain:.1f} points for you").format(gain=self.our_gain))
        # a long shot may be worse for them on average: say so, not "+-2.9"
        theirs = (tr("about {gain} points for them on average").format(gain=_signed(self.their_gain))
                  if self.their_gain < 0 else tr("about +{gain:.1f} points for them").format(gain=self.their_gain))
        return tr("{ours}; {theirs} ({sure} sure it is better for them)").format(
            ours=ours, theirs=theirs, sure=percent_words(self.probability))

    def describe(self) -> str:
        return f"{self.text} — {self.summary}"


@dataclass(frozen=True, eq=False)
class PostSettlement:
    """The result of :func:`post_settlement`: ``suggestions`` (possibly empty) and, when
    there are fewer than asked for, the ``reason`` in one sentence."""

    agreed: Package
    suggestions: tuple[Suggestion, ...]
    reason: str
    our_value: float
    their_value: float
    count: int
    min_probability: float
    n_candidates: int
    n_observations: int
    #: The chance (under the estimate) that at least one suggestion is better for them.
    chance: float = float("nan")

    def __len__(self) -> int:
        return len(self.suggestions)

    def __iter__(self) -> Iterator[Suggestion]:
        return iter(self.suggestions)

    def __bool__(self) -> bool:
        return bool(self.suggestions)

    def __getitem__(self, k: int) -> Suggestion:
        return self.suggestions[k]

    @property
    def packages(self) -> list[Package]:
        return [s.package for s in self.suggestions]

    @property
    def basis(self) -> str:
        k = self.n_observations
        if k == 0:
            return tr("a guess: no reactions recorded yet")
        if k == 1:
            return tr("based on 1 observation")
        return tr("based on {count} observations").format(count=k)

    def total_change(self, suggestion: Suggestion) -> str:
        """``", EUR 3,000 less in total"``: the change of the total cost from the agreement to
        ``suggestion`` ("" without a cost model or when the total stays) — ours alone, never on a card."""
        return total_change_text(suggestion.package.plan, self.agreed, suggestion.package)

    def lines(self) -> list[str]:
        """The result in words, one line per suggestion (for the CLI, logs and the debrief)."""
        if not self.suggestions:
            return [tr("No post-settlement suggestion: {reason}").format(reason=self.reason)]
        out = [f"{chr(65 + k)}: {s.describe()}{self.total_change(s)}" for k, s in enumerate(self.suggestions)]
        if self.chance == self.chance:  # not NaN
            out.append(tr("Chance that at least one is better for them: {chance}.").format(
                chance=chance_words(self.chance)))
        if self.reason:
            out.append(self.reason)
        return out


def _as_package(plan: Plan, agreed: Mapping[str, Term] | None) -> Package:
    if agreed is None:
        if plan.agreement is None:
            raise ValueError(tr("no agreement recorded: give the agreed package"))
        return Package(plan, plan.agreement.terms, name="agreement", clauses=plan.agreement.clauses)
    if isinstance(agreed, Package) and agreed.plan is plan:
        return agreed
    return Package(plan, dict(agreed), name="agreement")


def _local_rows(base: np.ndarray, options: Sequence[np.ndarray]) -> np.ndarray:
    """The base row with 1..k terms changed to every other option of the search grid."""
    n = len(base)
    alts = [opt[opt != base[i]] for i, opt in enumerate(options)]
    counts = np.array([len(a) for a in alts], dtype=float)
    blocks = [base[None, :]]
    total = 0.0
    limit = min(n, MAX_CHANGED + 1)
    for k in range(1, limit + 1):
        combos = [c for c in itertools.combinations(range(n), k) if all(counts[i] > 0 for i in c)]
        size = float(sum(np.prod(counts[list(c)]) for c in combos))
        if k > MAX_CHANGED and total + size > LOCAL_CAP / 4:
            break  # four changed terms only where they are few
        if total + size > LOCAL_CAP:
            break
        total += size
        for c in combos:
            mesh = np.stack(np.meshgrid(*[alts[i] for i in c], indexing="ij"), axis=-1).reshape(-1, k)
            rows = np.repeat(base[None, :], len(mesh), axis=0)
            rows[:, list(c)] = mesh
            blocks.append(rows)
    return np.concatenate(blocks)


def _group_top(keys: np.ndarray, order: np.ndarray, per_group: int) -> np.ndarray:
    """Of candidates in rank ``order``, the first ``per_group`` of each key."""
    k = keys[order]
    srt = np.argsort(k, kind="stable")
    ks = k[srt]
    start = np.r_[0, np.flatnonzero(ks[1:] != ks[:-1]) + 1]
    rank_in = np.arange(len(ks)) - np.repeat(start, np.diff(np.r_[start, len(ks)]))
    keep = np.zeros(len(order), dtype=bool)
    keep[srt[rank_in < per_group]] = True
    return order[keep]


def post_settlement(plan: Plan, agreed: Mapping[str, Term] | None = None, count: int = 3, *,
                    estimate: Any = None, min_probability: float | None = None,
                    n_samples: int = SAMPLES, approvals: bool | None = None) -> PostSettlement:
    """Up to ``count`` packages never worse for us than ``agreed``, chosen so that at least one
    is better for them with probability ≥ ``min_probability`` under the counterpart estimate
    (default: the plan's ``settlement_bar``, 0.3 unless the user changed it; see the module docs).

    ``agreed`` defaults to the plan's recorded agreement. ``estimate`` defaults to
    :func:`~meso_desk.model.counterpart.inference.estimate_counterpart` of the plan. ``approvals``
    works as in ``generate_mesos`` (docs/approvals.md): None (default) keeps out every package an
    approver of ours refuses whenever one refuses something, True likewise, False ignores them; when
    that leaves nothing, the reason names who refuses the improvements and why. The result is a
    :class:`PostSettlement`: ``.suggestions`` (best first) and ``.reason`` when there are
    fewer than ``count``. Deterministic for a given plan.
    """
    if isinstance(count, bool) or not isinstance(count, (int, np.integer)) or count < 1:
        raise ValueError(f"count must be a whole number ≥ 1, not {count!r}")
    if min_probability is None:
        min_probability = float(plan.settlement_bar)
    if not 0.0 < float(min_probability) < 1.0:
        raise ValueError("min_probability must lie between 0 and 1")
    pkg = _as_package(plan, agreed)
    if not plan.issues:
        return _result(plan, pkg, count, min_probability, [], tr("the plan has no issues."))
    est = estimate_of(plan, estimate)
    if approvals is False or not has_refusals(plan):
        return _settle(plan, pkg, count, est, float(min_probability), int(n_samples), plan)
    try:
        search: Plan | None = approved_plan(plan)  # the approvers' refusals as hard limits, as MESO sets
    except ValueError:
        search = None  # their conditions leave some issue no term: nothing passes
    kept = _settle(plan, pkg, count, est, float(min_probability), int(n_samples), search)
    if kept.suggestions:
        return kept
    free = _settle(plan, pkg, count, est, float(min_probability), int(n_samples), plan)
    if not free.suggestions:
        return kept
    return replace(kept, reason=_refused_reason(plan, free.packages))


def _result(plan: Plan, pkg: Package, count: int, min_probability: float, sugg: Sequence[Suggestion], reason: str,
            their_a: float = float("nan"), n_cand: int = 0, n_obs: int = 0,
            chance: float = float("nan")) -> PostSettlement:
    return PostSettlement(pkg, tuple(sugg), reason, score(plan, pkg), their_a, int(count), float(min_probability),
                          n_cand, n_obs, chance)


def _settle(plan: Plan, pkg: Package, count: int, est: Any, min_probability: float, n_samples: int,
            search: Plan | None) -> PostSettlement:
    """:func:`post_settlement` searching ``search`` (``plan``, or ``plan`` with its approvers'
    refusals as hard limits; None: nothing passes them), keeping out what an approver refuses
    unless ``search`` is ``plan`` itself."""
    ours_a = score(plan, pkg)
    n_obs = int(getattr(est, "n_observations", 0))
    agreed, clauses = pkg.terms, pkg.clauses
    operators = their_clause_operators(plan, agreed, clauses)  # contingent terms: expected values
    tv = their_values_with_clauses(est.their_values(), operators)
    t = settlement_score_table(plan, agreed, clauses)
    base = t.indices_of(pkg)
    their_a = float(tv.value(plan, pkg))
    floor = max(ours_a, float(plan.reservation))
    approving = search is not plan

    def result(sugg: Sequence[Suggestion], reason: str, n_cand: int = 0,
               chance: float = float("nan")) -> PostSettlement:
        return _result(plan, pkg, count, min_probability, sugg, reason, their_a, n_cand, n_obs, chance)

    rows, ours, changed = (_candidates(search, settlement_score_table(search, agreed, clauses), base, tv, floor)
                           if search is not None
                           else (np.zeros((0, len(base)), dtype=np.int64), np.zeros(0), np.zeros((0, len(base)), bool)))
    if approving and len(rows):
        keep = ~refused_rows(plan, rows)
        rows, ours, changed = rows[keep], ours[keep], changed[keep]
    if len(rows) == 0:
        if ours_a < plan.reservation:
            why = tr("the agreement is worth {points:.1f} points, below your reservation value "
                     "{reservation:.1f}, and no acceptable package close to it reaches the reservation.").format(
                points=ours_a, reservation=plan.reservation)
        else:
            why = tr("no other acceptable package is worth at least as much to you as the agreement "
                     "({points:.1f} points).").format(points=ours_a)
        return result([], why)
    mean_gain = tv.score_indices(rows) - their_a
    rows, ours, n_changed = _screen(rows, ours, changed, mean_gain, ours_a)

    tables = sample_tables_with_clauses(sample_tables(plan, est, n_samples), operators)
    gain = tables.values(rows) - tables.values(base[None, :])  # (S, N)
    better = gain > MIN_GAIN
    prob = better.mean(axis=0)
    low = np.quantile(gain, ROBUST_QUANTILE, axis=0)
    eligible = prob >= min(ITEM_FLOOR, min_probability)
    rank = low + OUR_GAIN_WEIGHT * (ours - ours_a) - CHANGE_PENALTY * n_changed
    picked = (_cover(plan, t, rows, better, np.flatnonzero(eligible), rank, pkg, count, approving)
              if eligible.any() else [])
    chance = float(better[:, picked].any(axis=1).mean()) if picked else 0.0
    if chance < min_probability:
        return result([], tr("nothing is likely to help: no set of packages at least as good for you holds one "
                             "better for them with {bar:.0f} % probability (the best: {best:.0f} %) — the agreement "
                             "seems to sit on the frontier; lower the bar to propose long shots, or record more of "
                             "their reactions.").format(bar=100 * min_probability, best=math.floor(100 * chance)),
                      len(rows), chance)

    tv_gain = tv.score_indices(rows[picked]) - their_a if picked else np.zeros(0)
    out = []
    for k, j in enumerate(picked):
        cand = alternative(plan, pkg, t.package_terms(rows[j])).named(f"{tr(PSS_HEADING)} {chr(65 + k)}")
        s = score(plan, cand)
        out.append(Suggestion(cand, _changes(plan, pkg, cand), s, s - ours_a, their_a + float(tv_gain[k]),
                              float(tv_gain[k]), float(low[j]), float(prob[j])))
    return result(out, _fewer(len(out), count), len(rows), chance)


def _refused_reason(plan: Plan, found: Sequence[Package]) -> str:
    """Why nothing is proposed although ``found`` (the suggestions without the approvers) exist:
    ``"every improvement found is refused by Quality: warranty 18 < 24 months."`` — each approver
    who objects, with the reason of the first (best) suggestion they refuse."""
    verdicts = approver_verdicts(plan, found)
    why: dict[str, str] = {}
    for k in range(len(found)):
        for who, reason in verdicts.objections(k):
            why.setdefault(who, reason)
    refusals = "; ".join(f"{who}: {reason}" for who, reason in why.items())
    if bool(verdicts.accepted.any()):  # some passed, but not enough of them to clear the bar
        return tr("nothing that your approvers accept is likely to help; the likelier improvements are "
                  "refused by {refusals}.").format(refusals=refusals)
    return tr("every improvement found is refused by {refusals}.").format(refusals=refusals)


def _fewer(found: int, count: int) -> str:
    """Why there are fewer suggestions than asked for ("" when there are not)."""
    if found >= count:
        return ""
    if found == 1:
        return tr("only 1 sufficiently different package at least as good for you is better for them in "
                  "at least 1 plausible case in 10.")
    return tr("only {count} sufficiently different packages at least as good for you are better for them "
              "in at least 1 plausible case in 10.").format(count=found)


def _candidates(plan: Plan, t: ScoreTable, base: np.ndarray, tv: TheirValues,
                floor: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Acceptable packages near the agreement (and on the frontier) worth at least ``floor``
    to us, other than the agreement: their rows, our values and which terms changed."""
    grid = search_grid(plan, keep={n: int(base[i]) for i, n in enumerate(t.names)})
    rows = _local_rows(base, grid.options)
    F = pareto_frontier(plan, tv)
    rows = np.concatenate([rows, F.rows[np.asarray(F.ours) >= floor - 1e-9]])
    changed = rows != base[None, :]
    ours = t.score_indices(rows)
    keep = changed.any(axis=1) & t.acceptable_indices(rows) & (ours >= floor - 1e-9)
    rows, ours, changed = rows[keep], ours[keep], changed[keep]
    if len(rows) == 0:
        return rows, ours, changed
    rows, first = np.unique(rows, axis=0, return_index=True)
    return rows, ours[first], changed[first]


def _screen(rows: np.ndarray, ours: np.ndarray, changed: np.ndarray, mean_gain: np.ndarray,
            ours_a: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidates worth sampling: the best few per set of changed issues, at most
    ``SCREEN_CAP``; their rows, our values and how many terms each changes."""
    n_changed = changed.sum(axis=1)
    pre = mean_gain + (ours - ours_a) - CHANGE_PENALTY * n_changed
    order = np.argsort(-pre, kind="stable")
    if changed.shape[1] <= 62:  # which issues change, as one number per candidate
        keys = changed.astype(np.int64) @ (np.int64(1) << np.arange(changed.shape[1], dtype=np.int64))
    else:
        keys = np.unique(changed, axis=0, return_inverse=True)[1].ravel()
    sel = _group_top(keys, order, PER_GROUP)[:SCREEN_CAP]
    return rows[sel], ours[sel], n_changed[sel]


def _cover(plan: Plan, t: ScoreTable, rows: np.ndarray, better: np.ndarray, idx: np.ndarray, rank: np.ndarray,
           agreed: Package, count: int, approving: bool = False) -> list[int]:
    """Up to ``count`` of ``idx`` chosen greedily so that at least one is better for them in as
    many posterior samples as possible (``better`` is ``(S, N)``); ties by ``rank``. Each one
    passes :func:`_pick`'s checks (different enough, exactly never worse for us)."""
    picked: list[int] = []
    covered = np.zeros(better.shape[0], dtype=bool)
    scale = max(float(np.abs(rank[idx]).max()), 1.0)
    while len(picked) < count:
        gain = better[:, idx][~covered].sum(axis=0) / better.shape[0]
        order = idx[np.lexsort((-rank[idx], -(gain + 1e-6 * rank[idx] / scale)))]
        order = np.array([j for j in order if j not in picked], dtype=np.int64)
        nxt = _pick(plan, t, rows, order, agreed, len(picked) + 1, start=picked, approving=approving)
        if len(nxt) <= len(picked):
            break
        picked = nxt
        covered |= better[:, picked[-1]]
    return picked


def _pick(plan: Plan, t: ScoreTable, rows: np.ndarray, idx: np.ndarray, agreed: Package, count: int,
          start: Sequence[int] = (), approving: bool = False) -> list[int]:
    """Up to ``count`` of ``idx`` (best first) that differ enough from each other, each checked
    exactly: never worse for us than the agreement, acceptable, at or above the reservation (and,
    ``approving``, refused by none of our approvers)."""
    picked: list[int] = list(start)
    ours_a = score(plan, agreed)
    for min_d in (MIN_DISTANCE, MIN_DISTANCE / 2):
        for j in idx:
            if len(picked) >= count:
                break
            if j in picked:
                continue
            if picked and float(term_distance(plan, rows[j][None, :], rows[picked]).min()) < min_d:
                continue
            cand = alternative(plan, agreed, t.package_terms(rows[j]))
            s = score(plan, cand)  # the guarantee, checked exactly (a kept clause at its expected value)
            if s < ours_a or s < plan.reservation or not cand.acceptable:
                continue
            if approving and not bool(approver_verdicts(plan, [cand.terms]).accepted[0]):
                continue
            picked.append(int(j))
        if len(picked) >= count:
            break
    return picked


def alternative(plan: Plan, agreed: Package, terms: Mapping[str, Term]) -> Package:
    """The post-settlement alternative with ``terms`` to ``agreed``: the agreement's clauses it
    keeps (:func:`~meso_desk.model.deal.settlement_clauses.kept_clauses`) ride along."""
    kept, _ = kept_clauses(plan, agreed.terms, agreed.clauses, terms)
    return Package(plan, terms, clauses=kept)


def _changes(plan: Plan, agreed: Package, cand: Package) -> tuple[TermChange, ...]:
    return tuple(TermChange(i.name, i.format_term(agreed[i.name]), i.format_term(cand[i.name]),
                            i.name in agreed.clauses and i.name not in cand.clauses)
                 for i in plan.issues if agreed[i.name] != cand[i.name])


# -- cards ---------------------------------------------------------------------------------------
def pss_line(n: int) -> str:
    """The presentation line of ``n`` post-settlement cards."""
    return tr(PSS_LINE_ONE) if n <= 1 else (tr(PSS_LINE_TWO) if n == 2 else tr(PSS_LINE_MANY))


def pss_subject(plan: Plan) -> str:
    """``"Alternatives to our agreement of 12 March 2026"`` (no date: "… to our agreement")."""
    when = plan.agreement.date if plan.agreement is not None else None
    if when:
        return tr("Alternatives to our agreement of {date}").format(date=format_date(when))
    return tr("Alternatives to our agreement")


def pss_card_options(plan: Plan, n: int) -> dict[str, Any]:
    """The card options that give cards the post-settlement framing (for ``card_set``), in the
    plan's language (cards are printed in it)."""
    reference = (Package(plan, plan.agreement.terms, clauses=plan.agreement.clauses)
                 if plan.agreement is not None else None)  # a dropped clause is a difference too
    with speaking(plan.language):
        return {"presentation": pss_line(n), "heading": tr(PSS_HEADING), "reference": reference,
                "subject": pss_subject(plan)}


def pss_card_set(plan: Plan, suggestions: PostSettlement | Sequence[Any], **kw: Any):
    """The cards for post-settlement ``suggestions`` (a :class:`PostSettlement`, or packages):
    "Alternative A, B …" with the line "Our agreement stands. Would either of these work better
    for you?"; the terms that differ from the agreement are set in bold. Terms and clause
    sentences, as on every card (the usual checks apply: nothing below our reservation value is
    printed)."""
    pkgs = suggestions.packages if isinstance(suggestions, PostSettlement) else [
        s.package if isinstance(s, Suggestion) else s for s in suggestions]
    options = pss_card_options(plan, len(pkgs))
    options.update(kw)
    return card_set(plan, pkgs, **options)


__all__ = ["MIN_PROBABILITY", "PostSettlement", "Suggestion", "TermChange", "alternative", "post_settlement",
           "pss_card_options",
           "pss_card_set", "pss_line", "pss_subject"]
