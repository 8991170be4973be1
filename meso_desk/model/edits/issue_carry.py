"""Carrying what the plan holds across a change of one issue (its range, its options, its
kind): packages' terms, offered copies and counter-offers, contingent clauses, the cost model
and the behind-the-table data follow the issue, mapped term by term (the edits of
:mod:`~meso_desk.model.edits.issue_edits`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..base import Term
from ..contingent.clauses import carried_clause
from ..plan import Plan
from ..preferences.issues import CategoricalIssue, Issue


def carry_terms(old: Plan, new: Plan, old_name: str, issue: Issue,
                 term_map: Callable[[Term], Term | None]) -> Plan:
    def mapped(term: Term | None, fallback: Term) -> Term:
        if term is None:
            return fallback
        t = term_map(term)
        if t is None:
            return fallback
        try:
            return issue.check_term(t)
        except ValueError:
            return fallback

    name = issue.name
    events = {e.name: e for e in new.events}

    def clauses(old_clauses: Mapping[str, Any], new_clauses: Mapping[str, Any]) -> dict[str, Any]:
        # a clause on the changed issue follows it (an option renamed in its terms), or goes
        c = old_clauses.get(old_name)
        c = c and carried_clause(c, issue, events, mapped)
        return {**{k: v for k, v in new_clauses.items() if k != name}, **({name: c} if c else {})}

    old_pk = {p.name: p for p in old.packages}
    packages = []
    for p in new.packages:
        src = old_pk.get(p.name)
        terms = dict(p.terms)
        terms[name] = mapped(src.terms.get(old_name) if src else None, terms[name])
        packages.append(p.model_copy(update={"terms": terms,
                                             "clauses": clauses(src.clauses if src else {}, p.clauses)}))
    rounds = []
    for r_old, r_new in zip(old.rounds, new.rounds):
        offered = []
        for o_old, o_new in zip(r_old.offered, r_new.offered):
            terms = dict(o_new.terms)
            terms[name] = mapped(o_old.terms.get(old_name), terms[name])
            offered.append(o_new.model_copy(update={"terms": terms, "clauses": clauses(o_old.clauses, o_new.clauses)}))
        counter = r_new.counter_offer
        if counter is not None and r_old.counter_offer and old_name in r_old.counter_offer:
            counter = dict(counter)
            fallback = counter.get(name)
            t = mapped(r_old.counter_offer[old_name], fallback) if fallback is not None else None
            if t is not None:
                counter[name] = t
        rounds.append(r_new.model_copy(update={"offered": tuple(offered), "counter_offer": counter}))
    costs = old.costs and old.costs.carried(old_name, name, term_map, {i.name: i for i in new.issues})
    labels = relabelled(old.issue(old_name), issue, term_map)
    agreement = new.agreement
    if agreement is not None and old.agreement is not None:
        agreement = agreement.model_copy(update={"clauses": clauses(old.agreement.clauses, agreement.clauses)})
    return new.replace(packages=tuple(packages), rounds=tuple(rounds), costs=costs, agreement=agreement,
                       **new.carried_behind_the_table({name: name}, options=labels))


def relabelled(old: Issue, new: Issue, term_map: Callable[[Term], Term | None]) -> dict[str, str]:
    """Old → new option label when a categorical issue's options are renamed (approver conditions,
    their constituencies and goodwill name options too); nothing across a change of kind."""
    if not (isinstance(old, CategoricalIssue) and isinstance(new, CategoricalIssue)):
        return {}
    return {o: str(t) for o in old.labels if (t := term_map(o)) is not None and str(t) != o}
