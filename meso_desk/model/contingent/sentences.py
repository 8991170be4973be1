"""Contingent clauses in plain English (docs/contingent-terms.md).

* :func:`clause_sentence` — the sentence printed on a card under the term: what the clause
  does, from the clause, the base term and the event's name, unit and period only. It never
  carries a forecast (ours or theirs), so it may go to the other side;
* :func:`short_clause` — a short line for a panel (about 40 characters);
* :func:`outcome_sentence` — once the outcome is known, what the clause did (the debrief).

Issues are duck-typed (``name``, ``format_term(term)``, ``unit``, ``is_numeric``); the words
depend only on the change of the term ("rises"/"drops"), never on whether it is good for us.
"""

from __future__ import annotations

import math
from typing import Any

from ..base import Term
from .clauses import AnyClause, LinearClause, StatesClause, ThresholdClause, term_at
from .events import Event

#: A panel line stays about this short.
SHORT_LENGTH = 40
#: Last words of an event's name that read as a countable noun: "the failure rate", "the steel
#: price index" (while "on-time delivery" takes no article).
_ARTICLE_NOUNS = {"rate", "index", "price", "prices", "volume", "level", "share", "count", "cost", "costs",
                  "ratio", "number", "figure", "quantity", "demand", "output", "yield", "plant", "line",
                  "launch", "result", "score", "quota", "forecast", "exchange", "currency", "market",
                  "tariff", "supplier", "audit", "certification", "inflation", "order", "project", "start"}


# -- small words -------------------------------------------------------------------------------
def _num(x: float) -> str:
    """``2``, ``0.5``, ``1,250``, ``2.25``, ``−3`` (at most two decimals, no trailing zeros, a
    true minus sign)."""
    if abs(x - round(x)) < 1e-9:
        text = f"{int(round(x)):,}"
    else:
        text = f"{x:,.2f}".rstrip("0").rstrip(".")
    return "−" + text[1:] if text.startswith("-") else text


def _lower_first(name: str) -> str:
    """The name inside a sentence: first letter lower case unless the first word is an
    acronym or carries other capitals ("EU tariff", "iPhone volume" stay as they are)."""
    first = name.split(" ", 1)[0]
    if len(first) > 1 and any(c.isupper() or c.isdigit() for c in first[1:]):
        return name
    return name[:1].lower() + name[1:]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def event_subject(name: str) -> str:
    """``"the failure rate"``, ``"the steel price index"``, ``"on-time delivery"``."""
    words = name.split()
    low = _lower_first(name)
    if words and words[-1].lower().strip(".,") in _ARTICLE_NOUNS and words[0].lower() not in ("the", "a", "an"):
        return f"the {low}"
    return low


def issue_subject(issue: Any) -> str:
    """``"the unit price"``, ``"the incoterm"``."""
    low = _lower_first(str(issue.name))
    return low if low.lower().startswith("the ") else f"the {low}"


def _event_name(clause: AnyClause, event: Event | None) -> str:
    return event.name if event is not None else clause.event


def _value(event: Event | None, x: float) -> str:
    """An outcome or threshold in the event's unit: ``"95 %"``, ``"1,200 units"``."""
    if event is None:
        return _num(x)
    unit = event.unit
    if unit == "%":
        return f"{_num(x)} %"
    return f"{_num(x)} {unit}".strip()


def _rate_step(per_unit: float) -> float:
    """How many of the event's units to quote the rate for, so it reads well: 1, 10, 100 …
    ("0.2 % for each 1,000 units", not "0.0002 % for each unit")."""
    step = 1.0
    while abs(per_unit) * step < 0.1 - 1e-12 and step < 1e9:
        step *= 10.0
    return step


def _amount(clause: LinearClause, issue: Any, x: float) -> str:
    """A change of the term: ``"2 %"`` (relative) or in the issue's unit (``"EUR 2.00"``)."""
    x = abs(x)
    if clause.relative:
        return f"{_num(x)} %"
    return issue.format_term(x)


def _period(event: Event | None) -> tuple[str, str]:
    """(``" in a quarter"``, ``" for that quarter"``) or ("", "") without a period."""
    p = event.period.strip() if event is not None else ""
    if not p:
        return "", ""
    article = "an" if p[:1].lower() in "aeiou" else "a"
    return f" in {article} {p}", f" for that {p}"


# -- the card's sentence -----------------------------------------------------------------------
def clause_sentence(clause: AnyClause, issue: Any, base: Term, event: Event | None) -> str:
    """The clause in one plain sentence for the card (no forecast, no points):

    * ``"If on-time delivery falls below 95 % in a quarter, the unit price for that quarter
      drops by 2 % for each 1 % below that, at most 10 %."``
    * ``"The unit price follows the steel price index: it moves by 0.5 % for each 1 % the
      steel price index moves away from 0 % in a year, in the same direction, at most 8 % either way."``
    * ``"If the failure rate exceeds 1 % in a year, the warranty is 36 months."``
    * ``"If the new line is late, the incoterm is FCA."``
    """
    subject = event_subject(_event_name(clause, event))
    term_name = issue_subject(issue)
    in_period, for_period = _period(event)
    if isinstance(clause, StatesClause):
        order = list(event.states) if event is not None else list(clause.terms)
        states = [s for s in order if s in clause.terms] + [s for s in clause.terms if s not in order]
        parts = []
        for k, s in enumerate(states):
            who = subject if k == 0 else "it"
            what = term_name if k == 0 else "it"
            parts.append(f"if {who} is {s}{in_period if k == 0 else ''}, {what} is {issue.format_term(clause.terms[s])}")
        return _cap("; ".join(parts)) + "."
    if isinstance(clause, ThresholdClause):
        verb = "falls below" if clause.when == "below" else "exceeds"
        return (f"If {subject} {verb} {_value(event, clause.threshold)}{in_period}, "
                f"{term_name} is {issue.format_term(clause.term)}.")
    # linear
    step = _rate_step(clause.per_unit)
    rate = _amount(clause, issue, clause.per_unit * step)
    per = _value(event, step)
    cap = f", at most {_amount(clause, issue, clause.cap)}" if clause.cap is not None else ""
    if clause.when == "both":
        follows = "follows" if clause.per_unit > 0 else "moves against"
        direction = "in the same direction" if clause.per_unit > 0 else "in the opposite direction"
        either = " either way" if cap else ""
        return (f"{_cap(term_name)} {follows} {subject}: it moves by {rate} for each {per} {subject} moves "
                f"away from {_value(event, clause.pivot)}{in_period}, {direction}{cap}{either}.")
    verb = "falls below" if clause.when == "below" else "rises above"
    side = "below" if clause.when == "below" else "above"
    moves = "drops" if clause.per_unit < 0 else "rises"
    return (f"If {subject} {verb} {_value(event, clause.pivot)}{in_period}, {term_name}{for_period} {moves} "
            f"by {rate} for each {per} {side} that{cap}.")


# -- the panel's line --------------------------------------------------------------------------
def short_clause(clause: AnyClause, issue: Any, event: Event | None) -> str:
    """At most 40 characters for a panel line: ``"−2 %/pt below 95 % on-time, ≤ 10 %"`` (the
    event's name, its first word, or none, whichever fits; cut with "…" as a last resort)."""
    name = _lower_first(_event_name(clause, event))
    names = [name, name.split()[0]] if " " in name else [name]
    if isinstance(clause, StatesClause):
        return _fit([", ".join(f"{issue.format_term(t)} if {s}" for s, t in clause.terms.items())])
    if isinstance(clause, ThresholdClause):
        op = "<" if clause.when == "below" else ">"
        what = f"{issue.format_term(clause.term)} if"
        limit = f"{op} {_value(event, clause.threshold)}"
        return _fit([f"{what} {n} {limit}" for n in names] + [f"{what} {limit}"])
    step = _rate_step(clause.per_unit)
    unit = event.unit if event is not None else ""
    per = "pt" if unit == "%" and step == 1 else _value(event, step)
    sign = "+" if clause.per_unit > 0 else "−"
    if clause.when == "both":
        sign = "±" if clause.per_unit > 0 else "∓"
    rate = f"{sign}{_amount(clause, issue, clause.per_unit * step)}/{per}"
    cap = f", ≤ {_amount(clause, issue, clause.cap)}" if clause.cap is not None else ""
    where = clause.when
    pivot = _value(event, clause.pivot)
    if clause.when == "both":
        return _fit([f"{rate} {n} vs {pivot}{cap}" for n in names] + [f"{rate} vs {pivot}{cap}"])
    return _fit([f"{rate} {where} {pivot} {n}{cap}" for n in names] + [f"{rate} {where} {pivot}{cap}"])


def _fit(tries: list[str]) -> str:
    """The first of ``tries`` (longest first) that is short enough; the last one cut otherwise."""
    for text in tries:
        if len(text) <= SHORT_LENGTH:
            return text
    text = tries[-1]
    return text if len(text) <= SHORT_LENGTH else text[: SHORT_LENGTH - 1].rstrip() + "…"


# -- the debrief's sentence --------------------------------------------------------------------
def outcome_sentence(clause: AnyClause, issue: Any, base: Term, event: Event | None,
                     actual: float | str) -> str:
    """What the clause did once the outcome is known:
    ``"On-time delivery was 91 %: the unit price dropped by 8 % to EUR 195.04."``"""
    subject = event_subject(_event_name(clause, event))
    shown = actual if isinstance(actual, str) else _value(event, float(actual))
    head = f"{_cap(subject)} was {shown}"
    term_name = issue_subject(issue)
    t = term_at(clause, issue, base, actual)
    if issue.is_numeric:
        b, x = float(base), float(t)
        if math.isclose(x, b, rel_tol=1e-9, abs_tol=1e-9):
            return f"{head}: the clause did not apply; {term_name} stays {issue.format_term(b)}."
        moved = "rose" if x > b else "dropped"
        if isinstance(clause, LinearClause):
            change = (f"{_num(round(100 * abs(x - b) / abs(b), 2))} %" if clause.relative and b
                      else issue.format_term(abs(x - b)))
            capped = ""
            if clause.cap is not None:
                size = 100 * abs(x - b) / abs(b) if clause.relative and b else abs(x - b)
                if math.isclose(size, clause.cap, rel_tol=1e-6, abs_tol=1e-9):
                    capped = " (the most the clause allows)"
            return f"{head}: {term_name} {moved} by {change}{capped} to {issue.format_term(x)}."
        return f"{head}: {term_name} is {issue.format_term(x)} instead of {issue.format_term(b)}."
    if str(t) == str(base):
        return f"{head}: the clause did not apply; {term_name} stays {issue.format_term(base)}."
    return f"{head}: {term_name} is {issue.format_term(t)} instead of {issue.format_term(base)}."


__all__ = ["SHORT_LENGTH", "clause_sentence", "event_subject", "issue_subject", "outcome_sentence",
           "short_clause"]
