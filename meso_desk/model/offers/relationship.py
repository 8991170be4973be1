"""Relationship value next to economic value (``docs/behind-the-table.md``).

Every package has two numbers: our economic points (:func:`~meso_desk.model.scoring.score`)
and its *relationship effect* — the goodwill of the concessions it makes
(``Plan.goodwill``: per issue, moving the term toward the supplier's side is worth ``effect``
over the issue's full range, or ``effect`` for a categorical option that carries goodwill),
times the supplier's relationship weight (strategic 1, preferred 0.6, transactional 0.2; not
set: preferred).

:func:`goodwill_moves` prices each goodwill move in our points ("Payment term 30 days instead
of 60 days costs us 2.5 points and signals partnership"), so a gift is a choice, not an
accident; :func:`relationship_option` swaps one package of a MESO set for one of equal economic
value with the best goodwill. Qt-free.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..base import Term
from ..language import QT_TR_NOOP, tr
from ..package import Package
from ..plan import Plan
from ..preferences.behind_the_table import RELATIONSHIP_FACTORS
from ..preferences.issues import CategoricalIssue, NumericIssue
from ..scoring import score, score_table
from .meso import TOLERANCE, candidate_pool

#: The relationship weight used when the plan sets none.
DEFAULT_WEIGHT = "preferred"
#: The supplier a relationship weight describes, in words (translated where shown).
SUPPLIER_WORDS: dict[str, str] = {"strategic": QT_TR_NOOP("strategic supplier"),
                                  "preferred": QT_TR_NOOP("preferred supplier"),
                                  "transactional": QT_TR_NOOP("transactional supplier")}
#: A goodwill move shifts a numeric term by this share of its range (rounded to its step).
MOVE_SHARE = 0.25


def relationship_factor(plan: Plan) -> float:
    return RELATIONSHIP_FACTORS[plan.relationship_weight or DEFAULT_WEIGHT]


def _issue_goodwill(plan: Plan, name: str, term: Term) -> float:
    g = plan.goodwill.get(name)
    if g is None or name not in plan.issue_names:
        return 0.0
    issue = plan.issue(name)
    if isinstance(issue, CategoricalIssue):
        return g.effect if str(term) in g.options else 0.0
    span = issue.max - issue.min
    if span <= 0 or isinstance(term, str):
        return 0.0
    share = (float(term) - issue.min) / span
    share = 1.0 - share if g.toward == "lower" else share
    return g.effect * min(max(share, 0.0), 1.0)


def relationship_effect(plan: Plan, terms: Mapping[str, Term]) -> float:
    """The relationship effect of a package: the goodwill of its terms × the relationship factor."""
    return relationship_factor(plan) * sum(_issue_goodwill(plan, n, terms[n]) for n in plan.goodwill if n in terms)


def relationship_rows(plan: Plan, rows: np.ndarray) -> np.ndarray:
    """:func:`relationship_effect` of each row of a full-grid index matrix (vectorised)."""
    t = score_table(plan)
    rows = np.asarray(rows)
    out = np.zeros(rows.shape[:-1])
    for k, (name, grid) in enumerate(zip(t.names, t.grids)):
        if name in plan.goodwill:
            per = np.array([_issue_goodwill(plan, name, str(x) if grid.dtype == object else float(x)) for x in grid])
            out += per[rows[..., k]]
    return relationship_factor(plan) * out


def two_numbers(plan: Plan, terms: Mapping[str, Term]) -> str:
    """``"62.0 points · relationship +3.1"`` (for us only)."""
    return tr("{points:.1f} points · relationship {effect:+.1f}").format(
        points=score(plan, terms), effect=relationship_effect(plan, terms))


def relationship_line(plan: Plan, terms: Mapping[str, Term]) -> tuple[str, str]:
    """The package card's second number and its tooltip: ``("relationship +3.1", "Goodwill of
    its concessions … ")``; empty when no issue carries goodwill (for us only)."""
    if not plan.goodwill:
        return "", ""
    effect = relationship_effect(plan, terms)
    weight = plan.relationship_weight or DEFAULT_WEIGHT
    supplier = tr(SUPPLIER_WORDS[weight]) if weight in SUPPLIER_WORDS else f"{weight} supplier"
    tip = tr("Relationship effect {effect:+.1f}: the goodwill of this package's concessions on {issues}, "
             "× {factor:g} ({supplier}). Economic points and relationship are two numbers: a gift is a "
             "choice.").format(effect=effect, issues=", ".join(n for n in plan.goodwill if n in terms),
                               factor=relationship_factor(plan), supplier=supplier)
    return tr("relationship {effect:+.1f}").format(effect=effect), tip


@dataclass(frozen=True)
class GoodwillMove:
    """Moving one issue of a package toward the supplier: its price in our points and what it signals."""

    issue: str
    old: Term
    new: Term
    price: float
    gain: float
    signal: str

    def sentence(self, plan: Plan) -> str:
        i = plan.issue(self.issue)
        if self.signal:
            return tr("{issue} {new} instead of {old} costs us {price:.1f} points and signals {signal} "
                      "(relationship {gain:+.1f})").format(
                issue=self.issue, new=i.format_term(self.new), old=i.format_term(self.old), price=self.price,
                signal=self.signal, gain=self.gain)
        return tr("{issue} {new} instead of {old} costs us {price:.1f} points (relationship {gain:+.1f})").format(
            issue=self.issue, new=i.format_term(self.new), old=i.format_term(self.old), price=self.price,
            gain=self.gain)


def _moved(issue: NumericIssue, term: float, toward: str) -> float | None:
    step = issue.step or 1.0
    delta = max(step, round(MOVE_SHARE * (issue.max - issue.min) / step) * step)
    new = term - delta if toward == "lower" else term + delta
    new = min(max(new, issue.min), issue.max)
    return None if abs(new - term) < 1e-12 else float(new)


def goodwill_moves(plan: Plan, terms: Mapping[str, Term]) -> list[GoodwillMove]:
    """For each issue with goodwill, the move of ``terms`` toward the supplier (a quarter of the
    range for a number, the first goodwill option for a categorical issue) and its price in our
    points; an issue already at the supplier's end has none."""
    out = []
    base = score(plan, terms)
    for name, g in plan.goodwill.items():
        if name not in plan.issue_names or name not in terms:
            continue
        issue = plan.issue(name)
        if isinstance(issue, CategoricalIssue):
            if str(terms[name]) in g.options:
                continue
            new: Term | None = g.options[0]
        else:
            new = _moved(issue, float(terms[name]), g.toward)
        if new is None:
            continue
        moved = {**terms, name: new}
        gain = relationship_effect(plan, moved) - relationship_effect(plan, terms)
        out.append(GoodwillMove(name, terms[name], new, base - score(plan, moved), gain, g.signal))
    return out


def relationship_option(plan: Plan, packages: Sequence[Package], *, their=None,
                        level: float | None = None, tolerance: float = TOLERANCE) -> tuple[list[Package], int, str]:
    """``packages`` (a MESO set) with one member swapped for a package of equal economic value
    (within ``tolerance`` of ``level``, default the set's mean points) that has the best
    relationship effect. Returns the new list, the index replaced (-1: no better one) and a line."""
    if not packages:
        raise ValueError(tr("no packages to add a relationship option to"))
    if not plan.goodwill:
        return list(packages), -1, tr("no issue has a goodwill effect (set one first)")
    level = float(np.mean([score(plan, p) for p in packages])) if level is None else float(level)
    effects = [relationship_effect(plan, p) for p in packages]
    pool = candidate_pool(plan, level, their=their, tolerance=tolerance)
    if not len(pool):
        return list(packages), -1, tr("no acceptable package is worth {level:.1f} points").format(level=level)
    gains = relationship_rows(plan, pool.rows)
    t = score_table(plan)
    taken = {tuple(t.indices_of(p)) for p in packages}
    order = np.argsort(-gains, kind="stable")
    best = next((int(k) for k in order if tuple(pool.rows[k]) not in taken), None)
    if best is None or gains[best] <= max(effects) + 1e-9:
        return list(packages), -1, tr("no package of equal value builds more goodwill than the set already does")
    out = list(packages)
    k = int(np.argmin(effects))
    old = out[k].name or tr("option {number}").format(number=k + 1)
    out[k] = pool.package(best, name=tr("{name} (relationship)").format(name=old))
    return out, k, tr("{name} replaced by a package of equal value ({points:.1f} points) with relationship "
                      "{gain:+.1f} instead of {effect:+.1f}").format(
        name=old, points=pool.ours[best], gain=gains[best], effect=effects[k])


__all__ = ["GoodwillMove", "goodwill_moves", "relationship_effect", "relationship_factor", "relationship_option",
           "relationship_rows", "two_numbers"]
