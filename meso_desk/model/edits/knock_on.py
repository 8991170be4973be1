"""What else an edit of an issue changed, in words for the status line.

Changing an issue's range, step or options can snap terms that are already recorded — in the
packages, the competing quote, the agreement, the rounds, the other suppliers' records — and
changing its kind can drop the approval conditions and the total-cost parts on it. The edit keeps
the plan valid (that is its rule); :func:`knock_on` says what moved, so that nothing changes
silently ("Also changed to fit: the agreement, 2 packages and 3 rounds — Edit ▸ Undo puts them back.").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..approvals.rules import condition_problem
from ..base import Term
from ..language import list_words, tr
from ..plan import Plan
from ..preferences.issues import CategoricalIssue, Issue

_MISSING = object()


def _moved(old_issue: Issue, new_issue: Issue, a: Any, b: Any) -> bool:
    """Whether a recorded term ``a`` (of the old issue) became something else ``b``; options of
    a categorical issue that keeps its number of options were renamed, not moved."""
    if a is _MISSING:
        return False
    if b is _MISSING:
        return True
    if isinstance(old_issue, CategoricalIssue) and isinstance(new_issue, CategoricalIssue) \
            and len(old_issue.options) == len(new_issue.options):
        return False
    return a != b


def _count(pairs: Iterable[tuple[Mapping[str, Term] | None, Mapping[str, Term] | None]], old_issue: Issue,
           new_issue: Issue) -> int:
    """How many of the ``(old terms, new terms)`` pairs had the issue's term moved."""
    n = 0
    for a, b in pairs:
        x = (a or {}).get(old_issue.name, _MISSING)
        y = (b or {}).get(new_issue.name, _MISSING)
        n += _moved(old_issue, new_issue, x, y)
    return n


def _round_terms(r) -> list[Mapping[str, Term] | None]:
    return [o.terms for o in r.offered] + [r.counter_offer, r.preferred_term]


def _rounds_moved(old_rounds, new_rounds, old_issue: Issue, new_issue: Issue) -> int:
    return sum(1 for a, b in zip(old_rounds, new_rounds)
               if _count(zip(_round_terms(a), _round_terms(b)), old_issue, new_issue))


def knock_on(old: Plan, new: Plan, old_issue: Issue, new_issue: Issue) -> str:
    """The sentence naming what the edit of ``old_issue`` (now ``new_issue``) changed besides the
    issue itself ("" when nothing else moved)."""
    if type(old_issue) is not type(new_issue):  # a new kind: every term is converted; say what is dropped
        parts = []
    else:
        parts = _terms_moved(old, new, old_issue, new_issue)
    # rules on the issue that could not follow it (an option renamed is carried, not dropped)
    before, after = old_issue.name, new_issue.name
    if _conditions(old, before) > _conditions(new, after):
        parts.append(tr("approval conditions on {issue} (they no longer apply)").format(issue=after))
    if _cost_parts(old, before) > _cost_parts(new, after):
        parts.append(tr("the total cost model"))
    if sum(c.issue == before for c in old.their_constituencies) > sum(c.issue == after for c in new.their_constituencies):
        parts.append(tr("their constituencies"))
    if not parts:
        return ""
    return tr("Also changed to fit: {what} — Edit ▸ Undo puts them back.").format(what=list_words(parts))


def _conditions(plan: Plan, name: str) -> int:
    """Approval conditions on the issue that can apply (one on a number does not, once it has options)."""
    return sum(c.issue == name and not condition_problem(plan, c, a) for a in plan.approvers for c in a.conditions)


def _cost_parts(plan: Plan, name: str) -> int:
    """How many parts of the total-cost model rest on the issue (its freight costs one each)."""
    c = plan.costs
    if c is None:
        return 0
    refs = sum(x == name for x in (c.unit_price, c.volume, c.freight_issue, c.payment_issue))
    return refs + (len(c.freight) if c.freight_issue == name else 0)


def _terms_moved(old: Plan, new: Plan, old_issue: Issue, new_issue: Issue) -> list[str]:
    parts = []
    names = [n for n in old.package_names if n in new.package_names]
    n = _count(((old.stored_package(k).terms, new.stored_package(k).terms) for k in names), old_issue, new_issue)
    if n:
        parts.append(tr("{count} package(s)").format(count=n))
    if _count([(old.batna_package, new.batna_package)], old_issue, new_issue):
        parts.append(tr("the competing quote"))
    if old.agreement is not None and new.agreement is not None and _count(
            [(old.agreement.terms, new.agreement.terms)], old_issue, new_issue):
        parts.append(tr("the agreement"))
    n = _rounds_moved(old.rounds, new.rounds, old_issue, new_issue)
    if n:
        parts.append(tr("{count} recorded round(s)").format(count=n))
    n = sum(1 for a, b in zip(old.suppliers, new.suppliers)
            if _rounds_moved(a.rounds, b.rounds, old_issue, new_issue) or (
                a.agreement is not None and b.agreement is not None
                and _count([(a.agreement.terms, b.agreement.terms)], old_issue, new_issue)))
    if n:
        parts.append(tr("the rounds or agreement of {count} other supplier(s)").format(count=n))
    return parts


__all__ = ["knock_on"]
