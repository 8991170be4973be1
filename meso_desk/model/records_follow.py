"""What the plan records follows an edited issue (``docs/issues-panel.md``). No Qt.

Renaming an issue, giving it a new range, step or option list, or removing it carries everything
the plan holds on it, for every supplier:

* the packages' terms, locks and contingent clauses;
* the recorded rounds: the offered copies (terms and clauses), the counter-offers, the issue a
  statement named and their Ask-next answers ("X matters more to us than Y", "this term suits us
  best");
* the agreement, and the terms and clauses agreed first;
* the competing quote and the outside option;
* the events' issues, the approvers' conditions and own weights, their constituencies and
  goodwill, the counterpart prior, the cost model and the Ask-me weight region.

A term off the new range or step moves to the nearest one; a term on a removed option moves to
the remaining option nearest to it by value (on a tie, the one worth less to us: a package never
gains points from an option that is gone); a contingent clause's terms follow the same rule, so a
clause stays. An approver's "only FCA, DAP or DDP" loses a removed option and keeps the others;
so do their constituencies' "one of" and the goodwill's options (left with none, they go).
What moved is said by :mod:`~meso_desk.model.edits.knock_on`. The plan's ``with_issue``,
``with_issue_added`` and ``with_issue_removed`` call :func:`fitted` and :func:`removed`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .base import Term
from .contingent.clauses import AnyClause, carried_clause, check_clause
from .contingent.events import Event
from .negotiation import Round
from .preferences.issues import CategoricalIssue, Issue, fit_term
from .preferences.weights import WeightRegion

if TYPE_CHECKING:
    from .plan import Plan


def nearest_option(old: CategoricalIssue, new: CategoricalIssue, label: str) -> str:
    """The option of ``new`` nearest by value to ``old``'s option ``label`` (a removed option's
    terms move there); on a tie, the one worth less to us."""
    value = old.value(label)
    return min(new.options, key=lambda o: (abs(o.value - value), o.value)).label


def term_fitter(old: Issue | None, new: Issue) -> Callable[[Term], Term]:
    """``term`` (of ``old``, the issue before the edit) made a term of ``new``: snapped onto the
    new grid, or a removed option's nearest remaining option (:func:`nearest_option`)."""
    if isinstance(old, CategoricalIssue) and isinstance(new, CategoricalIssue):
        labels = set(new.labels)

        def fit(term: Term) -> Term:
            if isinstance(term, str) and term not in labels and term in old.labels:
                return nearest_option(old, new, term)
            return fit_term(new, term)

        return fit
    return lambda term: fit_term(new, term)


def _same_kind(a: Issue | None, b: Issue) -> bool:
    return a is not None and type(a) is type(b)


def fitted(plan: Plan, issues: Sequence[Issue], renames: Mapping[str, str],
           weights: Mapping[str, float] | None = None) -> Plan:
    """``plan`` with ``issues`` (``renames``: old → new name); everything recorded on them follows."""
    if plan.suppliers:  # every supplier's rounds and agreement follow
        return plan.with_every_supplier(lambda p, _s: fitted(p, issues, renames, weights))
    weights = dict(plan.weights if weights is None else weights)
    for old, new in renames.items():
        weights = {(new if k == old else k): v for k, v in weights.items()}
    by_name = {i.name: i for i in issues}
    order = [i.name for i in issues]
    weights = {n: weights.get(n, 0.0) for n in order}
    if order and sum(weights.values()) <= 0:
        weights = {n: 1.0 for n in order}
    before = {renames.get(i.name, i.name): i for i in plan.issues}  # new name → the issue before
    fitters = {n: term_fitter(before.get(n), by_name[n]) for n in order}

    def fit(terms: Mapping[str, Term], partial: bool = False) -> dict[str, Term]:
        terms = {renames.get(k, k): v for k, v in terms.items()}
        out: dict[str, Term] = {}
        for n in order:
            if n in terms:
                out[n] = fitters[n](terms[n])
            elif not partial:
                out[n] = fitters[n](None)  # (a new issue: its default term)
        return out

    events = {e.name: e for e in plan.events}

    def fit_clauses(clauses: Mapping[str, AnyClause]) -> dict[str, AnyClause]:
        # renamed with their issue; their terms follow a new range or options as terms do; a
        # clause a new kind no longer admits is dropped (the kind edit carries what it can)
        out: dict[str, AnyClause] = {}
        for k, c in clauses.items():
            n = renames.get(k, k)
            if n not in by_name:
                continue
            if _same_kind(before.get(n), by_name[n]):
                kept = carried_clause(c, by_name[n], events, lambda t, _fallback, f=fitters[n]: f(t))
            else:
                kept = c if check_clause(c, by_name[n], events.get(c.event)) is None else None
            if kept is not None:
                out[n] = kept
        return out

    def fit_round(r: Round) -> Round:
        return r.model_copy(update={
            "offered": tuple(o.model_copy(update={"terms": fit(o.terms), "clauses": fit_clauses(o.clauses)})
                             for o in r.offered),
            "counter_offer": None if r.counter_offer is None else fit(r.counter_offer, partial=True),
            "statement_issue": renames.get(r.statement_issue, r.statement_issue)
            if renames.get(r.statement_issue, r.statement_issue) in by_name else None,
            **_answers(r, lambda n: renames.get(n, n) if renames.get(n, n) in by_name else None,
                       lambda t: fit(t, partial=True)),
        })

    packages = tuple(
        p.model_copy(update={"terms": fit(p.terms),
                             "locked": tuple(renames.get(x, x) for x in p.locked if renames.get(x, x) in by_name),
                             "clauses": fit_clauses(p.clauses)})
        for p in plan.packages
    )
    prior = {renames.get(k, k): v for k, v in plan.counterpart_prior.items() if renames.get(k, k) in by_name}
    return plan.replace(
        issues=tuple(issues), weights=weights, packages=packages, rounds=tuple(fit_round(r) for r in plan.rounds),
        events=events_carried(plan, renames, keep=by_name), counterpart_prior=prior,
        batna_package=None if plan.batna_package is None else fit(plan.batna_package),
        outside_option=None if plan.outside_option is None else fit(plan.outside_option),
        agreement=None if plan.agreement is None else plan.agreement.carried(fit, fit_clauses),
        costs=plan.costs and plan.costs.renamed(renames).fitted(by_name),
        weight_region=region_carried(plan.weight_region, renames, keep=by_name),
        **behind_the_table(plan, renames, issues=by_name))


def _answers(r: Round, name: Callable[[str], str | None],
             terms: Callable[[Mapping[str, Term]], dict[str, Term]]) -> dict[str, Any]:
    """A round's Ask-next answers after its issues are renamed (``name``: the new name, None when
    the issue is gone: "X matters more than Y" goes with either) and their terms fitted."""
    out: dict[str, Any] = {}
    if r.issue_over is not None:
        over = tuple(name(n) for n in r.issue_over)
        out["issue_over"] = over if all(over) else None
    if r.preferred_term is not None:
        pref = terms(r.preferred_term)
        out["preferred_term"] = pref if pref or not r.preferred_term else None  # no answer left: none
    return out


def removed(plan: Plan, name: str) -> Plan:
    """``plan`` without the issue ``name`` and what was recorded on it (its weight shared out; when
    no other issue had a weight, they all weigh the same)."""
    if plan.suppliers:  # every supplier's rounds and agreement lose it too
        return plan.with_every_supplier(lambda p, _s: removed(p, name))
    issues = [i for i in plan.issues if i.name != name]
    weights = {k: v for k, v in plan.weights.items() if k != name}
    if issues and sum(weights.values()) <= 0:
        weights = {i.name: 1.0 for i in issues}
    packages = tuple(
        p.model_copy(update={"terms": {k: v for k, v in p.terms.items() if k != name},
                             "locked": tuple(x for x in p.locked if x != name),
                             "clauses": {k: v for k, v in p.clauses.items() if k != name}})
        for p in plan.packages
    )
    prior = {k: v for k, v in plan.counterpart_prior.items() if k != name}

    def drop(terms: Mapping[str, Any] | None) -> dict[str, Any] | None:
        return None if terms is None else {k: v for k, v in terms.items() if k != name}

    agreement = None if plan.agreement is None else plan.agreement.carried(drop, drop)  # type: ignore[arg-type]
    keep = {i.name: i for i in issues}
    return plan.replace(issues=tuple(issues), weights=weights, packages=packages,
                        rounds=tuple(round_without_issue(r, name) for r in plan.rounds),
                        events=events_carried(plan, {}, gone=name),
                        counterpart_prior=prior, batna_package=drop(plan.batna_package),
                        outside_option=drop(plan.outside_option),
                        agreement=agreement, costs=plan.costs and plan.costs.without_issue(name),
                        weight_region=region_carried(plan.weight_region, {}, keep=keep),
                        **behind_the_table(plan, {}, gone=name))


def round_without_issue(r: Round, name: str) -> Round:
    """A recorded round without what it recorded on issue ``name`` (its answers on it too)."""
    def drop(terms: Mapping[str, Term]) -> dict[str, Term]:
        return {k: v for k, v in terms.items() if k != name}

    return r.model_copy(update={
        "offered": tuple(o.model_copy(update={"terms": drop(o.terms),
                                              "clauses": {k: v for k, v in o.clauses.items() if k != name}})
                         for o in r.offered),
        "counter_offer": None if r.counter_offer is None else drop(r.counter_offer),
        "statement_issue": None if r.statement_issue == name else r.statement_issue,
        **_answers(r, lambda n: None if n == name else n, drop),
    })


def events_carried(plan: Plan, renames: Mapping[str, str], gone: str | None = None,
                   keep: Mapping[str, Any] | None = None) -> tuple[Event, ...]:
    """The events with the issues they may change renamed (or one dropped)."""
    def moved(names: tuple[str, ...]) -> tuple[str, ...]:
        out = (renames.get(n, n) for n in names if n != gone)
        return tuple(n for n in out if keep is None or n in keep)

    return tuple(e if not e.affects else e.model_copy(update={"affects": moved(e.affects)}) for e in plan.events)


def region_carried(region: WeightRegion | None, renames: Mapping[str, str],
                   keep: Mapping[str, Any]) -> WeightRegion | None:
    """The Ask-me weight region with its ranges renamed with their issues (a removed issue's goes)."""
    if region is None:
        return None
    stale = {new for old, new in renames.items() if old != new and (old in region.low or old in region.high)}

    def moved(ranges: Mapping[str, float]) -> dict[str, float]:
        return {renames.get(k, k): v for k, v in ranges.items() if k not in stale and renames.get(k, k) in keep}

    low, high = moved(region.low), moved(region.high)
    if low == region.low and high == region.high:
        return region
    return region.model_copy(update={"low": low, "high": high})


def behind_the_table(plan: Plan, renames: Mapping[str, str], gone: str | None = None,
                     options: Mapping[str, str] | None = None,
                     issues: Mapping[str, Issue] | None = None) -> dict[str, Any]:
    """Approver conditions and own weights, their constituencies and goodwill after issues are renamed
    (``renames``: old → new name), the issue ``gone`` removed (what was on it goes) or the
    options of a categorical issue relabelled (``options``: old → new label, on the issue's
    new name). A renamed issue's goodwill wins over a stale one already under the new name. With
    ``issues`` (the issues after the edit), an approver's allowed options lose those the issue no
    longer has, as long as one is left (with none left the condition stays, and never applies);
    a constituency's "one of" and the goodwill's options lose them too, and go when none is left
    (:mod:`~meso_desk.model.edits.knock_on` says so)."""
    def moved(issue: str) -> str:
        return renames.get(issue, issue)

    def relabelled(issue: str, labels: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(options.get(o, o) for o in labels) if options and issue in renames.values() else labels

    def carried(x: Any) -> Any:
        new = moved(x.issue)
        return x.model_copy(update={"issue": new, "options": relabelled(new, x.options)})

    def left(issue: str, labels: tuple[str, ...]) -> tuple[str, ...]:
        """``labels`` without the options ``issue`` no longer has (all of them when it has none:
        a kind changed, or no issues given)."""
        it = (issues or {}).get(issue)
        return tuple(o for o in labels if o in it.labels) if isinstance(it, CategoricalIssue) and labels else labels

    def allowed(c: Any) -> Any:
        c = carried(c)
        if c.kind != "options":
            return c
        kept = left(c.issue, c.options)
        return c.model_copy(update={"options": kept}) if kept and kept != c.options else c

    def believed(c: Any) -> Any:  # their "one of FCA, DAP" loses a removed option; with none left it goes
        c = carried(c)
        kept = left(c.issue, c.options)
        return c if kept == c.options else c.model_copy(update={"options": kept}) if kept else None

    approvers = tuple(a.model_copy(update={"weights": a.weights_carried(renames, gone), "conditions": tuple(
        allowed(c) for c in a.conditions if c.issue != gone)}) for a in plan.approvers)
    constituencies = tuple(c for c in (believed(c) for c in plan.their_constituencies if c.issue != gone)
                           if c is not None)
    stale = {new for old, new in renames.items() if old != new and old in plan.goodwill}
    goodwill = {}
    for k, v in plan.goodwill.items():
        if k == gone or k in stale:
            continue
        labels = relabelled(moved(k), v.options)
        kept = left(moved(k), labels)
        if kept or not labels:  # goodwill carried only by options that are gone goes with them
            goodwill[moved(k)] = v.model_copy(update={"options": kept})
    return {"approvers": approvers, "their_constituencies": constituencies, "goodwill": goodwill}


__all__ = ["behind_the_table", "events_carried", "fitted", "nearest_option", "region_carried", "removed",
           "round_without_issue", "term_fitter"]
