"""Carrying what the plan holds across a change of one issue (its range, its options, its
kind): packages' terms, offered copies and counter-offers, contingent clauses, the cost model
and the behind-the-table data follow the issue, mapped term by term (the edits of
:mod:`~meso_desk.model.edits.issue_edits`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..base import Term
from ..contingent.clauses import carried_clause, check_clause
from ..language import tr
from ..plan import Plan
from ..preferences.issues import CategoricalIssue, Issue
from .knock_on import quoted_name as quoted


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
        # a clause on the changed issue follows it (an option renamed in its terms), else keeps what
        # the plain edit made of it (a removed option's nearest one), or goes (a kind that cannot hold it)
        c = old_clauses.get(old_name)
        c = (c and carried_clause(c, issue, events, mapped)) or new_clauses.get(name)
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
    agreement = carried_agreement(old.agreement, new.agreement)
    _keeps_agreed_clauses(old, old_name, issue, ((old.counterpart, old.agreement, agreement), *(
        (a.counterpart, a.agreement, b.agreement) for a, b in zip(old.suppliers, suppliers))))
    by_name = {i.name: i for i in new.issues}
    costs = old.costs and old.costs.carried(old_name, name, term_map, by_name)
    labels = relabelled(old.issue(old_name), issue, term_map)
    return new.replace(packages=tuple(packages), rounds=carried_rounds(old.rounds, new.rounds), costs=costs,
                       agreement=agreement, suppliers=suppliers if len(suppliers) == len(new.suppliers) else new.suppliers,
                       batna_package=None if new.batna_package is None else terms_of(old.batna_package, new.batna_package),
                       outside_option=None if new.outside_option is None
                       else terms_of(old.outside_option, new.outside_option),
                       # from the plan before: the plain edit has already let go of the renamed options
                       **old.carried_behind_the_table({old_name: name}, options=labels, issues=by_name))


def _keeps_agreed_clauses(old: Plan, old_name: str, issue: Issue, agreements) -> None:
    """Refuse (ValueError, one sentence) an edit that would drop a contingent clause agreed on the
    issue: what was agreed is not rewritten away (the edit of a package's clause says so instead)."""
    for supplier, was, now in agreements:
        if was is None or now is None:
            continue
        for before, after in ((was.clauses, now.clauses),
                              (was.clauses_before_post_settlement, now.clauses_before_post_settlement)):
            if old_name in before and issue.name not in after:
                why = check_clause(before[old_name], issue, next((e for e in old.events
                                                                  if e.name == before[old_name].event), None))
                raise ValueError(_agreed_refusal(supplier if supplier != old.counterpart else "", issue.name, why))


def _agreed_refusal(supplier: str, issue: str, why: str | None) -> str:
    reason = why or tr("does not fit", "after: it (a clause)")
    if supplier:
        return tr("the agreement with {supplier} has a contingent clause on {issue} that the change cannot keep "
                  "(it {reason}); change that agreement first").format(supplier=supplier, issue=quoted(issue),
                                                                       reason=reason)
    return tr("the agreement has a contingent clause on {issue} that the change cannot keep (it {reason}); "
              "change the agreement first").format(issue=quoted(issue), reason=reason)


def relabelled(old: Issue, new: Issue, term_map: Callable[[Term], Term | None]) -> dict[str, str]:
    """Old → new option label when a categorical issue's options are renamed (approver conditions,
    their constituencies and goodwill name options too); nothing across a change of kind."""
    if not (isinstance(old, CategoricalIssue) and isinstance(new, CategoricalIssue)):
        return {}
    return {o: str(t) for o in old.labels if (t := term_map(o)) is not None and str(t) != o}
