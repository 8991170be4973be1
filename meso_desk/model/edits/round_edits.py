"""Edits of what we know of the counterpart: record a round (what we offered and how they
reacted), change its reaction, replace or delete it; our hunch before any evidence.

A round keeps *copies* of the offered terms (docs/decisions.md): editing or deleting a package
later never rewrites history. Each edit takes a plan and returns the new plan; a bad index or
value raises ``ValueError`` with the reason in words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from ..base import Term
from ..counterpart.reactions import checked_index, checked_outcome, make_round, ranking_of
from ..language import tr
from ..package import Package
from ..plan import Plan, Round


def record_choice(plan: Plan, offered: Sequence[Package | Mapping[str, Term] | str],
                  chosen: int | Sequence[int] | None, *, outcome: str | None = None, notes: str = "",
                  level: float | None = None, time: datetime | None = None,
                  counter_offer: Mapping[str, Term] | None = None, statement: str = "",
                  statement_issue: str | None = None, statement_trust: float = 0.5) -> Plan:
    """A new plan with one round appended: what we offered and how they reacted.

    ``offered`` — the packages shown together: :class:`Package` objects, mappings of terms,
    or names of the plan's packages (their terms are copied). ``chosen`` — the index of the
    package they preferred, a best-first list of indices (a full or partial ranking), or
    ``None`` for "none of these". ``outcome`` — ``"pending"`` (default when they chose),
    ``"accepted"`` (they accepted ``chosen``) or ``"none_acceptable"`` (default for
    ``chosen=None``; combine it with a choice for "refused all, but liked B best").
    A ``counter_offer`` (all or some terms of their own package), a ``statement`` with the
    ``statement_issue`` it says matters most to them and how far we trust it (0..1) may
    be recorded in the same round. Bad indices raise ``ValueError``.
    """
    return plan.with_round(make_round(
        plan, offered, chosen, outcome=outcome, notes=notes, level=level, time=time,
        counter_offer=counter_offer, statement=statement, statement_issue=statement_issue,
        statement_trust=statement_trust))


def with_round_replaced(plan: Plan, index: int, rnd: Round) -> Plan:
    """``plan`` with round ``index`` replaced (an edited reaction)."""
    rounds = list(plan.rounds)
    rounds[checked_index(index, len(rounds), "round")] = rnd
    return plan.replace(rounds=tuple(rounds))


def with_round_removed(plan: Plan, index: int) -> Plan:
    """``plan`` without round ``index``."""
    rounds = list(plan.rounds)
    del rounds[checked_index(index, len(rounds), "round")]
    return plan.replace(rounds=tuple(rounds))


def with_reaction(plan: Plan, index: int, chosen: int | Sequence[int] | None, *,
                  outcome: str | None = None) -> Plan:
    """``plan`` with the reaction of round ``index`` changed (offered terms stay as recorded)."""
    r = plan.rounds[checked_index(index, len(plan.rounds), "round")]
    ranking = ranking_of(chosen, len(r.offered))
    if outcome is None:
        outcome = "none_acceptable" if chosen is None else ("pending" if r.outcome == "none_acceptable"
                                                            else r.outcome)
    outcome, accepted = checked_outcome(outcome, ranking)
    return with_round_replaced(plan, index, r.model_copy(update={
        "ranking": ranking, "outcome": outcome, "accepted": accepted}))


def with_answer(plan: Plan, kind: str, answer: Any, *, trust: float | None = None) -> Plan:
    """``plan`` with their answer to a question of the planner recorded on the latest round (a
    new round without offers when none is recorded yet), replacing an earlier answer of the
    same kind there:

    * ``"most_important"`` — the issue they named (``statement_issue``);
    * ``"pairwise"`` — ``(X, Y)``: X matters more to them than Y (``issue_over``);
    * ``"preferred_term"`` — ``{issue: term}``: the term they said suits them best;
    * ``"counter_offer"`` — ``{issue: term, …}``: what they would change in their pick.

    ``trust`` (0..1) sets the round's ``statement_trust``. Unknown issues or terms raise ``ValueError``.
    """
    update: dict[str, Any] = {}
    if kind == "most_important":
        # the issue only: the words the user typed for the round stay theirs (a sentence made up
        # here was stored in English and replaced them); the window says it in its language
        update = {"statement_issue": _issue_name(plan, answer)}
    elif kind == "pairwise":
        x, y = (_issue_name(plan, a) for a in answer)
        if x == y:
            raise ValueError(tr("a pairwise answer needs two different issues"))
        update = {"issue_over": (x, y)}
    elif kind in ("preferred_term", "counter_offer"):
        terms = {_issue_name(plan, k): plan.issue(_issue_name(plan, k)).check_term(v) for k, v in dict(answer).items()}
        if not terms:
            raise ValueError(tr("the answer names no term"))
        update = {"preferred_term" if kind == "preferred_term" else "counter_offer": terms}
    else:
        raise ValueError(tr("unknown kind of answer {kind}").format(kind=repr(kind)))
    if trust is not None:
        if not 0.0 <= float(trust) <= 1.0:
            raise ValueError(tr("trust must lie between 0 and 1"))
        update["statement_trust"] = float(trust)
    if not plan.rounds:
        return plan.with_round(Round(**update))
    last = len(plan.rounds) - 1
    return with_round_replaced(plan, last, plan.rounds[last].model_copy(update=update))


def _issue_name(plan: Plan, name: Any) -> str:
    if not isinstance(name, str) or name not in plan.issue_names:
        raise ValueError(tr("{name} is not one of the plan's issues").format(name=repr(name)))
    return name


def with_counterpart_prior(plan: Plan, prior: Mapping[str, float]) -> Plan:
    """``plan`` with our hunch about the counterpart before any evidence: a tilt factor per
    issue ("price matters more to them": 2) that the estimate starts from; ``{}`` for none."""
    return plan.replace(counterpart_prior=dict(prior))


__all__ = ["record_choice", "with_answer", "with_counterpart_prior", "with_reaction", "with_round_removed", "with_round_replaced"]
