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

    def terms_of(old_terms: Mapping[str, Term] | None, new_terms: Mapping[str, Term]) -> dict[str, Term]:
        terms = dict(new_terms)
        if name in terms:
            terms[name] = mapped((old_terms or {}).get(old_name), terms[name])
        return terms

    def carried_rounds(old_rounds, new_rounds) -> tuple:
        out = []
        for r_old, r_new in zip(old_rounds, new_rounds):
            offered = tuple(o_new.model_copy(update={"terms": terms_of(o_old.terms, o_new.terms),
                                                     "clauses": clauses(o_old.clauses, o_new.clauses)})
                            for o_old, o_new in zip(r_old.offered, r_new.offered))
            update: dict[str, Any] = {"offered": offered}
            for key in ("counter_offer", "preferred_term"):  # partial: only the terms they named
                was, now = getattr(r_old, key), getattr(r_new, key)
                if now is not None and was and old_name in was and name in now:
                    update[key] = {**now, name: mapped(was[old_name], now[name])}
            out.append(r_new.model_copy(update=update))
        return tuple(out)

    def carried_agreement(was, now):
        if now is None or was is None:
            return now
        return now.model_copy(update={
            "terms": terms_of(was.terms, now.terms), "clauses": clauses(was.clauses, now.clauses),
            "before_post_settlement": None if now.before_post_settlement is None
            else terms_of(was.before_post_settlement, now.before_post_settlement),
            "clauses_before_post_settlement": clauses(was.clauses_before_post_settlement,
                                                      now.clauses_before_post_settlement)})

    old_pk = {p.name: p for p in old.packages}
    packages = []
    for p in new.packages:
        src = old_pk.get(p.name)
        packages.append(p.model_copy(update={"terms": terms_of(src.terms if src else None, p.terms),
                                             "clauses": clauses(src.clauses if src else {}, p.clauses)}))
    # every copy of terms follows the issue: the competing quote, the agreement, the rounds and
    # the other suppliers' rounds and agreements (an option renamed once left them on the fallback)
    suppliers = tuple(b.model_copy(update={"rounds": carried_rounds(a.rounds, b.rounds),
                                           "agreement": carried_agreement(a.agreement, b.agreement)})
                      for a, b in zip(old.suppliers, new.suppliers))
    batna = None if new.batna_package is None else terms_of(old.batna_package, new.batna_package)
    costs = old.costs and old.costs.carried(old_name, name, term_map, {i.name: i for i in new.issues})
    labels = relabelled(old.issue(old_name), issue, term_map)
    return new.replace(packages=tuple(packages), rounds=carried_rounds(old.rounds, new.rounds), costs=costs,
                       agreement=carried_agreement(old.agreement, new.agreement), batna_package=batna,
                       suppliers=suppliers if len(suppliers) == len(new.suppliers) else new.suppliers,
                       **new.carried_behind_the_table({name: name}, options=labels))


def relabelled(old: Issue, new: Issue, term_map: Callable[[Term], Term | None]) -> dict[str, str]:
    """Old → new option label when a categorical issue's options are renamed (approver conditions,
    their constituencies and goodwill name options too); nothing across a change of kind."""
    if not (isinstance(old, CategoricalIssue) and isinstance(new, CategoricalIssue)):
        return {}
    return {o: str(t) for o in old.labels if (t := term_map(o)) is not None and str(t) != o}
