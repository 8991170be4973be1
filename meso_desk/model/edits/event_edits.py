"""Edits of uncertain events and contingent clauses (``docs/contingent-terms.md``). No Qt.

Each edit returns an :class:`EditResult` with the new, validated plan and a message for the
status bar, or raises :class:`EditRefused` with the one-line reason (nothing invalid reaches
the document):

* :func:`add_event`, :func:`replace_event` (a rename carries every clause's reference: in the
  packages, the rounds' offered copies and the agreement; a change of kind drops the clauses
  that no longer fit, and says so), :func:`remove_event` (drops the clauses that use it);
* :func:`with_events` — the whole list at once (the Uncertain events dialog: one undo step);
* :func:`set_clause` / :func:`remove_clause` — one package's clause on one issue;
* :func:`record_outcome` — what actually happened (None clears it).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..base import breaks_line, one_line_reason
from ..contingent.clauses import AnyClause, ThresholdClause, check_clause
from ..contingent.events import Event, outcome_bound_problem
from ..errors import first_error, quoted, short_number
from ..language import tr
from ..negotiation import Agreement, Round
from ..plan import Plan
from ..wording import join_words
from .issue_edits import EditRefused, parse_number
from .result import EditResult

_CLAUSE = TypeAdapter(AnyClause)


# -- helpers -------------------------------------------------------------------------------
def _plan(plan: Plan, **changes: Any) -> Plan:
    try:
        return plan.replace(**changes)
    except ValidationError as err:
        raise EditRefused(_reason(first_error(err))) from None
    except ValueError as err:
        raise EditRefused(_reason(str(err))) from None


def _reason(msg: str) -> str:
    msg = msg.removeprefix("Value error, ")
    return msg[:1].upper() + msg[1:] if msg else tr("invalid")


def _event(event: Event | Mapping[str, Any]) -> Event:
    if isinstance(event, Event):
        return event
    try:
        return Event.model_validate(dict(event))
    except ValidationError as err:
        raise EditRefused(_reason(first_error(err))) from None


def _clause(clause: Any) -> AnyClause:
    if isinstance(clause, Mapping):
        try:
            return _CLAUSE.validate_python(dict(clause))
        except ValidationError as err:
            raise EditRefused(_reason(first_error(err))) from None
    return clause


def clause_uses(plan: Plan, event: str) -> list[tuple[str, str]]:
    """(package, issue) of every stored package's clause on ``event``."""
    return [(p.name, issue) for p in plan.packages for issue, c in p.clauses.items() if c.event == event]


def round_place(number: int, label: str) -> str:
    """Where an offered copy's clause lives, in words: ``"option A of round 1"``."""
    return tr("option {option} of round {round}").format(round=number, option=label)


def agreement_place() -> str:
    return tr("the agreement")


def first_agreement_place() -> str:
    """Where the clauses agreed first live, after a post-settlement package replaced them."""
    return tr("the first agreement")


def supplier_place(place: str, supplier: str) -> str:
    """A place in another supplier's history: ``"option A of round 1 (Nordlys AS)"``."""
    return tr("{place} ({supplier})", "a place in another supplier's history").format(place=place, supplier=supplier)


def _histories(plan: Plan) -> Iterator[tuple[str | None, tuple[Round, ...], Agreement | None]]:
    """(supplier, rounds, agreement) of the supplier worked on (``None``) and of every other one."""
    yield None, plan.rounds, plan.agreement
    for rec in plan.suppliers:
        yield rec.counterpart, rec.rounds, rec.agreement


def _history_places(rounds: tuple[Round, ...], agreement: Agreement | None, event: str,
                    supplier: str | None) -> list[tuple[str, str]]:
    def at(place: str) -> str:
        return place if supplier is None else supplier_place(place, supplier)

    out = [(at(round_place(k, o.label)), issue) for k, r in enumerate(rounds, 1) for o in r.offered
           for issue, c in o.clauses.items() if c.event == event]
    if agreement is not None:
        out += [(at(agreement_place()), issue) for issue, c in agreement.clauses.items() if c.event == event]
        out += [(at(first_agreement_place()), issue) for issue, c in agreement.clauses_before_post_settlement.items()
                if c.event == event]
    return out


def clause_places(plan: Plan, event: str) -> list[tuple[str, str]]:
    """(where, issue) of every clause on ``event``: the stored packages (by name), then what the
    recorded rounds offered (:func:`round_place`), the agreement and the one agreed first (after a
    post-settlement package) — the other suppliers' too (:func:`supplier_place`) — everything
    removing the event drops (:func:`with_events` says the same places)."""
    out = clause_uses(plan, event)
    for supplier, rounds, agreement in _histories(plan):
        out += _history_places(rounds, agreement, event, supplier)
    return out


# -- the list of events --------------------------------------------------------------------
def with_events(plan: Plan, events: Iterable[Event | Mapping[str, Any]],
                renames: Mapping[str, str] | None = None) -> EditResult:
    """``plan`` with its events replaced by ``events``. ``renames`` (old name → new name) carries
    clauses along; a clause whose event is gone, or that no longer fits its event (a number that
    became states), is dropped from the packages, the rounds' offered copies and the agreement
    (and the clauses agreed first), and the message says how many and where."""
    new_events = tuple(_event(e) for e in events)
    known = {n for e in plan.events for n in (e.name, *e.states)}  # names already in the plan stay as they are
    for e in new_events:  # a new name or state must fit on one line
        for what, n in (("event name", e.name), *(("state", s) for s in e.states)):
            if n not in known and breaks_line(n):
                raise EditRefused(_reason(one_line_reason(what)))
        problem = None if e in plan.events else e.forecast_problem()  # a new or changed event's forecasts
        if problem:
            raise EditRefused(_reason(problem))
    names = [e.name for e in new_events]
    for n in names:
        if names.count(n) > 1:
            raise EditRefused(tr("Two events are called {name}").format(name=quoted(n)))
    renames = {k: v for k, v in (renames or {}).items() if k != v}
    by_event = {e.name: e for e in new_events}
    issues = {i.name: i for i in plan.issues}
    dropped: dict[str, int] = {}  # where → how many
    elsewhere: dict[str, int] = {}  # rounds and the agreement: where → how many

    def carried(clauses: Mapping[str, AnyClause]) -> tuple[dict[str, AnyClause], int]:
        out: dict[str, AnyClause] = {}
        lost = 0
        for issue, c in clauses.items():
            name = renames.get(c.event, c.event)
            if name != c.event:
                c = c.model_copy(update={"event": name})
            if issue in issues and check_clause(c, issues[issue], by_event.get(name)) is None:
                out[issue] = c
            else:
                lost += 1
        return out, lost

    packages = []
    for p in plan.packages:
        clauses, lost = carried(p.clauses)
        if lost:
            dropped[p.name] = lost
        packages.append(p.model_copy(update={"clauses": clauses}) if clauses != p.clauses else p)

    def history(rounds: tuple[Round, ...], agreement: Agreement | None,
                supplier: str | None) -> tuple[tuple[Round, ...], Agreement | None]:
        def at(place: str) -> str:
            return place if supplier is None else supplier_place(place, supplier)

        out = []
        for k, r in enumerate(rounds, 1):
            offered = []
            for o in r.offered:
                clauses, lost = carried(o.clauses)
                if lost:
                    elsewhere[at(round_place(k, o.label))] = lost
                offered.append(o.model_copy(update={"clauses": clauses}) if clauses != o.clauses else o)
            out.append(r.model_copy(update={"offered": tuple(offered)}) if offered != list(r.offered) else r)
        for key, place in (("clauses", agreement_place()), ("clauses_before_post_settlement", first_agreement_place())):
            if agreement is not None and getattr(agreement, key):
                clauses, lost = carried(getattr(agreement, key))
                if lost:
                    elsewhere[at(place)] = lost
                if clauses != getattr(agreement, key):
                    agreement = agreement.model_copy(update={key: clauses})
        return tuple(out), agreement

    rounds, agreement = history(plan.rounds, plan.agreement, None)
    suppliers = []
    for rec in plan.suppliers:  # the other suppliers' histories: a clause there on a removed event goes too
        r_rounds, r_agreement = history(rec.rounds, rec.agreement, rec.counterpart)
        suppliers.append(rec if (r_rounds, r_agreement) == (rec.rounds, rec.agreement)
                         else rec.model_copy(update={"rounds": r_rounds, "agreement": r_agreement}))
    new = _plan(plan, events=new_events, packages=tuple(packages), rounds=rounds, agreement=agreement,
                suppliers=tuple(suppliers))
    return EditResult(new, " ".join(filter(None, (_outcomes_said(plan, new_events, renames),
                                                   _dropped_said(dropped, elsewhere)))))


def _dropped_said(dropped: Mapping[str, int], elsewhere: Mapping[str, int]) -> str:
    """"1 contingent clause dropped from On-time bonus; 2 clauses dropped from option A of round 1
    and the agreement." ("" when nothing is dropped)."""
    total, other = sum(dropped.values()), sum(elsewhere.values())
    parts = []
    if total == 1:
        parts.append(tr("1 contingent clause dropped from {packages}").format(packages=join_words(list(dropped))))
    elif total:
        parts.append(tr("{count} contingent clauses dropped from {packages}").format(
            count=total, packages=join_words(list(dropped))))
    if other == 1:
        parts.append(tr("1 clause dropped from {places}").format(places=join_words(list(elsewhere))))
    elif other:
        parts.append(tr("{count} clauses dropped from {places}").format(count=other,
                                                                        places=join_words(list(elsewhere))))
    return "; ".join(parts) + "." if parts else ""


def outcome_said(name: str, event: Event) -> str:
    """"Outcome of 'On-time delivery': 91 %." (or "… cleared.") — what recording it says, here,
    on the command line and in the Uncertain events dialog."""
    if event.actual is None:
        return tr("Outcome of {name} cleared.").format(name=quoted(name))
    return tr("Outcome of {name}: {value}.").format(name=quoted(name), value=event.format_value(event.actual))


def _outcomes_said(plan: Plan, events: Iterable[Event], renames: Mapping[str, str]) -> str:
    """The outcomes recorded or cleared among ``events`` against ``plan``'s."""
    origin = {new: old for old, new in renames.items()}
    before = {e.name: e for e in plan.events}
    said = []
    for e in events:
        was = before.get(origin.get(e.name, e.name))
        if (was.actual if was is not None else None) != e.actual:
            said.append(outcome_said(e.name, e))
    return " ".join(said)


def add_event(plan: Plan, event: Event | Mapping[str, Any]) -> EditResult:
    """``plan`` with ``event`` added at the end."""
    event = _event(event)
    if any(e.name == event.name for e in plan.events):
        raise EditRefused(tr("There is already an event called {name}").format(name=quoted(event.name)))
    res = with_events(plan, (*plan.events, event))
    return EditResult(res.plan, tr("Event {name} added.").format(name=quoted(event.name)))


def replace_event(plan: Plan, name: str, event: Event | Mapping[str, Any]) -> EditResult:
    """The event ``name`` replaced by ``event``: a new name carries every clause along; a clause
    that no longer fits (a number became states) is dropped, and the message says so."""
    event = _event(event)
    try:
        index = [e.name for e in plan.events].index(name)
    except ValueError:
        raise EditRefused(tr("There is no event called {name}").format(name=quoted(name))) from None
    if event.name != name and any(e.name == event.name for e in plan.events):
        raise EditRefused(tr("There is already an event called {name}").format(name=quoted(event.name)))
    events = list(plan.events)
    events[index] = event
    res = with_events(plan, events, {name: event.name})
    head = (tr("Event {old} renamed to {new}.").format(old=quoted(name), new=quoted(event.name)) if event.name != name
            else tr("Event {name} changed.").format(name=quoted(name)))
    return EditResult(res.plan, f"{head} {res.message}".strip())


def remove_event(plan: Plan, name: str) -> EditResult:
    """``plan`` without the event ``name`` and without the clauses that use it (the message
    says how many and in which packages)."""
    if not any(e.name == name for e in plan.events):
        raise EditRefused(tr("There is no event called {name}").format(name=quoted(name)))
    res = with_events(plan, [e for e in plan.events if e.name != name])
    removed = tr("Event {name} removed.").format(name=quoted(name))
    return EditResult(res.plan, f"{removed} {res.message}".strip())


def event_renames(old: Plan, new: Plan) -> dict[str, str]:
    """The events renamed between ``old`` and ``new`` (old name → new name), as :func:`with_events`
    carries them: the same number of events, and at some place one under a name ``old`` did not
    have where ``old``'s is gone (what :func:`replace_event` and the event editor's rename make,
    and what their undo makes back). What follows an event by its name (an open clause dialog)
    follows these."""
    if len(old.events) != len(new.events):
        return {}
    before, after = {e.name for e in old.events}, {e.name for e in new.events}
    return {a.name: b.name for a, b in zip(old.events, new.events)
            if a.name != b.name and a.name not in after and b.name not in before}


def events_undo_text(before: Plan, after: Plan) -> str:
    """``"Add event 'X'"``, ``"Remove event 'X'"`` or ``"Edit events"``."""
    old, new = [e.name for e in before.events], [e.name for e in after.events]
    if len(new) == len(old) + 1 and new[:-1] == old:
        return tr("Add event {name}").format(name=quoted(new[-1]))
    if len(new) == len(old) - 1 and all(n in old for n in new):
        gone = next(n for n in old if n not in new)
        return tr("Remove event {name}").format(name=quoted(gone))
    return tr("Edit events")


# -- clauses -------------------------------------------------------------------------------
def _package_index(plan: Plan, package: str) -> int:
    for k, p in enumerate(plan.packages):
        if p.name == package:
            return k
    raise EditRefused(tr("There is no package called {name}").format(name=quoted(package)))


def clause_problem(plan: Plan, issue: str, clause: Any) -> str | None:
    """Why ``clause`` cannot apply to ``issue`` of ``plan`` (one line), or None."""
    try:
        c = _clause(clause)
    except EditRefused as err:
        return str(err)
    if issue not in plan.issue_names:
        return tr("There is no issue called {name}").format(name=quoted(issue))
    events = {e.name: e for e in plan.events}
    event = events.get(c.event)
    why = check_clause(c, plan.issue(issue), event)
    if why is None and isinstance(c, ThresholdClause) and event is not None and event.kind == "number":
        # (an edit's rule, not the file's: a plan saved with such a clause still opens)
        if c.when == "below" and event.lower is not None and c.threshold <= event.lower:
            why = tr("never applies: {event} cannot fall below {bound}", "after: The clause on <issue>").format(
                event=quoted(event.name), bound=short_number(event.lower))
        elif c.when == "above" and event.upper is not None and c.threshold >= event.upper:
            why = tr("never applies: {event} cannot rise above {bound}", "after: The clause on <issue>").format(
                event=quoted(event.name), bound=short_number(event.upper))
    return None if why is None else tr("The clause on {issue} {problem}").format(issue=issue, problem=why)


def set_clause(plan: Plan, package: str, issue: str, clause: Any, term: Any = None) -> EditResult:
    """Package ``package``'s term on ``issue`` made contingent by ``clause`` (replacing one there
    was). ``term``: a new base term for that issue at the same time (None keeps it). A clause that
    does not fit the issue or its event is refused with a one-line reason."""
    k = _package_index(plan, package)
    c = _clause(clause)
    why = clause_problem(plan, issue, c)
    if why:
        raise EditRefused(why)
    sp = plan.packages[k]
    terms = dict(sp.terms)
    if term is not None:
        try:
            terms[issue] = plan.issue(issue).check_term(term)
        except ValueError as err:
            raise EditRefused(f"{issue}: {_reason(str(err))}") from None
    packages = list(plan.packages)
    packages[k] = sp.model_copy(update={"terms": terms, "clauses": {**sp.clauses, issue: c}})
    new = _plan(plan, packages=tuple(packages))
    if issue in sp.clauses:
        msg = tr("{issue} in {package}: clause changed.").format(issue=issue, package=package)
    else:
        msg = tr("{issue} in {package} made contingent on {event}.").format(issue=issue, package=package,
                                                                            event=quoted(c.event))
    return EditResult(new, msg[:1].upper() + msg[1:])


def remove_clause(plan: Plan, package: str, issue: str) -> EditResult:
    """Package ``package``'s term on ``issue`` fixed again (its base term stays)."""
    k = _package_index(plan, package)
    sp = plan.packages[k]
    if issue not in sp.clauses:
        return EditResult(plan, tr("{issue} in {package} has no contingent clause.").format(issue=issue, package=package),
                          ok=False)
    packages = list(plan.packages)
    packages[k] = sp.model_copy(update={"clauses": {i: c for i, c in sp.clauses.items() if i != issue}})
    new = _plan(plan, packages=tuple(packages))
    return EditResult(new, tr("{issue} in {package} is fixed again at {term}.").format(
        issue=issue, package=package, term=plan.issue(issue).format_term(sp.terms[issue])))


def clause_undo_text(package: str, issue: str, removed: bool = False) -> str:
    if removed:
        return tr("Fix {issue} in {package}").format(issue=issue, package=package)
    return tr("Make {issue} in {package} contingent").format(issue=issue, package=package)


# -- outcomes ------------------------------------------------------------------------------
def record_outcome(plan: Plan, event: str, actual: float | str | None, when: date | None = None) -> EditResult:
    """The actual outcome of ``event`` (a number, as typed, or a state's name) recorded on
    ``when`` (default: today); None clears it."""
    try:
        index = [e.name for e in plan.events].index(event)
    except ValueError:
        raise EditRefused(tr("There is no event called {name}").format(name=quoted(event))) from None
    e = plan.events[index]
    if actual is None or (isinstance(actual, str) and not actual.strip()):
        new_event = e.model_copy(update={"actual": None, "actual_date": None})
    else:
        if e.kind == "states":
            value: float | str = str(actual).strip()
            if value not in e.states:
                raise EditRefused(tr("Outcome: {value} is not one of {states}").format(
                    value=quoted(value), states=tr(" or ", "between states").join(repr(x) for x in e.states)))
        else:
            value = parse_number(actual, "outcome", e.unit)
            if not math.isfinite(value):
                raise EditRefused(tr("Outcome: must be a finite number"))
            beyond = outcome_bound_problem(value, e.lower, e.upper, e.unit)
            if beyond:
                raise EditRefused(beyond)
        new_event = e.model_copy(update={"actual": value, "actual_date": when or date.today()})
    msg = outcome_said(event, new_event)
    events = list(plan.events)
    events[index] = new_event
    return EditResult(_plan(plan, events=tuple(events)), msg)


__all__ = [
    "EditRefused", "add_event", "clause_problem", "clause_undo_text", "clause_places", "clause_uses", "event_renames",
    "events_undo_text", "outcome_said",
    "record_outcome", "remove_clause", "remove_event", "replace_event", "set_clause", "with_events",
]
