"""Contingent clauses: a rule that lets an event's outcome change one term of a package
(docs/contingent-terms.md). Three shapes cover most buying; there is no formula language:

* **threshold** — the term is the package's own unless the outcome falls *below* (or rises
  *above*) a threshold, then it is another term: "warranty 24 months, 36 if the failure rate
  exceeds 1 %";
* **linear** — the term moves by a rate for every unit the outcome lies beyond a pivot, on one
  side or both, at most a cap; the rate is in the issue's unit or in % of the package's term:
  "unit price EUR 180, minus 2 % for every point of on-time delivery below 95 %, at most 10 %",
  "price indexed to the steel index, shared 50/50" (both sides, 0.5 % per 1 %);
* **states** — a term for each named state of the event: "DAP; FCA if the new plant is late".

The package's own term (the *base*) is what applies when the clause does not bite. Values are
computed for all outcomes at once (numpy); a term beyond the issue's range is valued at the
range's end (the curve is flat beyond it), as everywhere in the program.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

import numpy as np
from pydantic import Field, field_validator, model_validator

from ..base import Frozen, Term, Text, clean_name
from ..errors import OneLineErrors
from ..language import tr
from .events import Event, Forecast

if TYPE_CHECKING:
    from ..preferences.issues import Issue


class _Clause(OneLineErrors, Frozen):
    #: the event whose outcome decides
    event: Text

    @field_validator("event")
    @classmethod
    def _event(cls, v: str) -> str:
        return clean_name(v, "the clause's event")


class ThresholdClause(_Clause):
    """When the outcome is ``when`` the ``threshold``, the term is ``term`` instead of the base."""

    shape: Literal["threshold"] = "threshold"
    when: Literal["below", "above"] = "below"
    threshold: float
    term: Term


class LinearClause(_Clause):
    """The term moves by ``per_unit`` for every unit the outcome lies beyond ``pivot`` (below
    it, above it, or on both sides), by at most ``cap``; ``relative``: ``per_unit`` and ``cap``
    are in % of the base term."""

    shape: Literal["linear"] = "linear"
    when: Literal["below", "above", "both"] = "below"
    pivot: float
    #: change of the term per unit beyond the pivot, signed (−2: the term drops by 2 per unit
    #: below/above the pivot; on "both", it moves with the outcome when positive)
    per_unit: float
    relative: bool = True
    #: the largest change either way (≥ 0), in the same measure as ``per_unit``; None: none
    cap: float | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _rate(self) -> LinearClause:
        if self.per_unit == 0:
            raise ValueError(tr("the rate per unit must not be zero"))
        return self


class StatesClause(_Clause):
    """A term for each named state of the event; a state not listed keeps the base term."""

    shape: Literal["states"] = "states"
    terms: dict[Text, Term]

    @model_validator(mode="after")
    def _some(self) -> StatesClause:
        if not self.terms:
            raise ValueError(tr("a clause on states needs a term for at least one state"))
        return self


AnyClause = Annotated[Union[ThresholdClause, LinearClause, StatesClause], Field(discriminator="shape")]
SHAPES = ("threshold", "linear", "states")


def check_clause(clause: AnyClause, issue: Issue, event: Event | None) -> str | None:
    """Why ``clause`` cannot apply to ``issue`` (None when it can): an unknown event, a shape
    that does not fit the event or the issue, a term the issue does not have. The reason is
    said after "The clause on <issue>" (``event_edits.clause_problem``)."""
    if event is None:
        return tr("refers to unknown event {event}", "after: The clause on <issue>").format(event=repr(clause.event))
    if isinstance(clause, StatesClause):
        if event.kind != "states":
            return tr("gives a term per state, but {event} is a number", "after: The clause on <issue>").format(
                event=repr(event.name))
        for s, t in clause.terms.items():
            if s not in event.states:
                return tr("names unknown state {state} of {event}", "after: The clause on <issue>").format(
                    state=repr(s), event=repr(event.name))
            try:
                issue.check_term(t)
            except ValueError as e:
                return tr("sets a term for {state} that does not fit: {error}", "after: The clause on <issue>").format(
                    state=repr(s), error=e)
        return None
    if event.kind != "number":
        return tr("needs a number, but {event} has states", "after: The clause on <issue>").format(
            event=repr(event.name))
    if isinstance(clause, LinearClause):
        if not issue.is_numeric:
            return tr("moves a number, but {issue} has options", "after: The clause on <issue>").format(
                issue=repr(issue.name))
        return None
    try:
        issue.check_term(clause.term)
    except ValueError as e:
        # ("The clause on Unit price the term if it applies: …" did not read)
        return tr("sets a term that does not fit: {error}", "after: The clause on <issue>").format(error=e)
    return None


def effective_terms(clause: AnyClause, issue: Issue, base: Term, outcomes: Any) -> np.ndarray:
    """The term that applies for each outcome (numbers for a numeric issue, option labels as
    an object array for a categorical one). ``outcomes``: numbers, or the event's states."""
    if isinstance(clause, StatesClause):
        terms = [clause.terms.get(s, base) for s in outcomes]
        return np.array(terms, dtype=float if issue.is_numeric else object)
    x = np.asarray(outcomes, dtype=float)
    if isinstance(clause, ThresholdClause):
        bites = x < clause.threshold if clause.when == "below" else x > clause.threshold
        if issue.is_numeric:
            return np.where(bites, float(clause.term), float(base))
        out = np.full(x.shape, base, dtype=object)
        out[bites] = clause.term
        return out
    # linear
    if clause.when == "below":
        beyond = np.maximum(clause.pivot - x, 0.0)
    elif clause.when == "above":
        beyond = np.maximum(x - clause.pivot, 0.0)
    else:
        beyond = x - clause.pivot
    change = clause.per_unit * beyond
    if clause.cap is not None:
        change = np.clip(change, -clause.cap, clause.cap)
    b = float(base)
    return b * (1.0 + change / 100.0) if clause.relative else b + change


def term_values(issue: Issue, terms: np.ndarray) -> np.ndarray:
    """Our value 0..100 (the issue's curve) of each term."""
    if issue.is_numeric:
        return issue.values(np.asarray(terms, dtype=float))  # type: ignore[attr-defined]
    by_label = {o.label: o.value for o in issue.options}  # type: ignore[attr-defined]
    return np.array([float(by_label[t]) for t in terms], dtype=float)


def outcome_values(clause: AnyClause, issue: Issue, base: Term, event: Event,
                   forecast: Forecast) -> tuple[np.ndarray, np.ndarray]:
    """(value 0..100 of the issue for each outcome, the outcome's chance) under ``forecast``."""
    outcomes, p = event.outcomes(forecast)
    return term_values(issue, effective_terms(clause, issue, base, outcomes)), p


def expected_value(clause: AnyClause, issue: Issue, base: Term, event: Event, forecast: Forecast) -> float:
    """The issue's expected value 0..100 (our curve) under ``forecast``."""
    v, p = outcome_values(clause, issue, base, event, forecast)
    return float(v @ p)


def expected_term(clause: AnyClause, issue: Issue, base: Term, event: Event, forecast: Forecast) -> float | None:
    """The expected term of a numeric issue (None for options)."""
    if not issue.is_numeric:
        return None
    outcomes, p = event.outcomes(forecast)
    return float(np.asarray(effective_terms(clause, issue, base, outcomes), dtype=float) @ p)


def expected_values_on_grid(clause: AnyClause, issue: Issue, event: Event, forecast: Forecast) -> np.ndarray:
    """The issue's expected value 0..100 under ``forecast`` for every base term on its grid
    (what the term is worth to us as the base of this clause)."""
    return expected_values_at(clause, issue, issue.grid(), event, forecast)


def expected_values_at(clause: AnyClause, issue: Issue, bases: Any, event: Event, forecast: Forecast) -> np.ndarray:
    """The issue's expected value 0..100 under ``forecast`` with each of ``bases`` as the base
    term: one array operation over bases × outcomes for a number, one expectation per option."""
    if not issue.is_numeric:
        return np.array([expected_value(clause, issue, str(b), event, forecast) for b in bases], dtype=float)
    outcomes, p = event.outcomes(forecast)
    bases = np.asarray(bases, dtype=float)
    if isinstance(clause, StatesClause):
        has = np.array([s in clause.terms for s in outcomes])
        fixed = np.array([float(clause.terms.get(s, 0.0)) for s in outcomes])
        eff = np.where(has[None, :], fixed[None, :], bases[:, None])
    elif isinstance(clause, ThresholdClause):
        x = np.asarray(outcomes, dtype=float)[None, :]
        bites = x < clause.threshold if clause.when == "below" else x > clause.threshold
        eff = np.where(bites, float(clause.term), bases[:, None])
    elif clause.relative:  # base × (1 + change/100) for each outcome
        eff = bases[:, None] * np.asarray(effective_terms(clause, issue, 1.0, outcomes), dtype=float)[None, :]
    else:  # base + change
        eff = bases[:, None] + np.asarray(effective_terms(clause, issue, 0.0, outcomes), dtype=float)[None, :]
    return issue.values(eff.ravel()).reshape(eff.shape) @ p  # type: ignore[attr-defined]


def term_at(clause: AnyClause, issue: Issue, base: Term, outcome: float | str) -> Term:
    """The term that applies once the outcome is known (the debrief's "what the clause did")."""
    t = effective_terms(clause, issue, base, [outcome])[0]
    return float(t) if issue.is_numeric else str(t)


def carried_clause(clause: AnyClause, issue: Issue, events: Mapping[str, Event],
                   mapped: Any) -> AnyClause | None:
    """``clause`` after its issue changed: the terms it names mapped by ``mapped(term, fallback)``
    (an option renamed), or None when it no longer fits the issue."""
    if isinstance(clause, ThresholdClause):
        clause = clause.model_copy(update={"term": mapped(clause.term, clause.term)})
    elif isinstance(clause, StatesClause):
        clause = clause.model_copy(update={"terms": {s: mapped(t, t) for s, t in clause.terms.items()}})
    return clause if check_clause(clause, issue, events.get(clause.event)) is None else None


def clauses_key(clauses: Mapping[str, AnyClause], event: Callable[[str], Event], *, theirs: bool = False) -> tuple:
    """What values under ``clauses`` depend on, for a cache key: the clauses and, for each
    event they use (``event(name)``, e.g. ``plan.event``), what its outcomes are drawn from —
    kind, bounds, states, our forecast and, with ``theirs``, their forecast. Hashable (the
    clauses and forecasts as their JSON); empty for a fixed package."""
    if not clauses:
        return ()
    out = []
    for issue, clause in sorted(clauses.items()):
        try:
            e = event(clause.event)
        except KeyError:
            e = None
        basis = None
        if e is not None:
            their = e.theirs.model_dump_json() if theirs and e.theirs is not None else None
            basis = (e.kind, e.lower, e.upper, e.states, e.ours.model_dump_json(), their)
        out.append((issue, clause.model_dump_json(), basis))
    return tuple(out)


def clauses_of(raw: Mapping[str, Any] | None) -> dict[str, AnyClause]:
    """Clauses from plain JSON (issue → clause), as the schemas take them."""
    from pydantic import TypeAdapter

    if not raw:
        return {}
    adapter = TypeAdapter(AnyClause)
    return {k: v if isinstance(v, _Clause) else adapter.validate_python(v) for k, v in raw.items()}
