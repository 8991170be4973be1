"""Contingent clauses in plain words (docs/contingent-terms.md), in the language spoken (``tr``).

* :func:`clause_sentence` — the sentence printed on a card under the term: what the clause
  does, from the clause, the base term and the event's name, unit and period only. It never
  carries a forecast (ours or theirs), so it may go to the other side;
* :func:`short_clause` — a short line for a panel (about 40 characters);
* :func:`outcome_sentence` — once the outcome is known, what the clause did (the debrief).

Issues are duck-typed (``name``, ``format_term(term)``, ``unit``, ``is_numeric``); the words
depend only on the change of the term ("rises"/"drops"), never on whether it is good for us.

In German the names of the event and the issue are quoted („Liefertreue“) rather than given an
article (their gender is not known), and numbers are written the German way.
"""

from __future__ import annotations

import math
from typing import Any

from ..base import Term
from ..language import current_language, in_sentence, localise_number, tr, true_minus
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
    return true_minus(localise_number(text, float(x), "f", current_language()))


def _english() -> bool:
    return current_language() == "en"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def event_subject(name: str) -> str:
    """``"the failure rate"``, ``"the steel price index"``, ``"on-time delivery"`` (German:
    ``"„Ausfallrate“"``)."""
    if not _english():
        return tr("“{name}”", "a name quoted in a sentence").format(name=name)
    words = name.split()
    low = in_sentence(name)
    if words and words[-1].lower().strip(".,") in _ARTICLE_NOUNS and words[0].lower() not in ("the", "a", "an"):
        return f"the {low}"
    return low


def issue_subject(issue: Any) -> str:
    """``"the unit price"``, ``"the incoterm"`` (German: ``"„Stückpreis“"``)."""
    if not _english():
        return tr("“{name}”", "a name quoted in a sentence").format(name=str(issue.name))
    low = in_sentence(str(issue.name))
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
    within = tr(" in an {period}") if p[:1].lower() in "aeiou" else tr(" in a {period}")
    return within.format(period=p), tr(" for that {period}").format(period=p)


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
            term = issue.format_term(clause.terms[s])
            if k == 0:
                parts.append(tr("if {event} is {state}{in_period}, {issue} is {term}").format(
                    event=subject, state=s, in_period=in_period, issue=term_name, term=term))
            else:
                parts.append(tr("if it is {state}, it is {term}").format(state=s, term=term))
        return _cap("; ".join(parts)) + "."
    if isinstance(clause, ThresholdClause):
        said = (tr("If {event} falls below {value}{in_period}, {issue} is {term}.") if clause.when == "below"
                else tr("If {event} exceeds {value}{in_period}, {issue} is {term}."))
        return said.format(event=subject, value=_value(event, clause.threshold), in_period=in_period,
                           issue=term_name, term=issue.format_term(clause.term))
    # linear
    step = _rate_step(clause.per_unit)
    rate = _amount(clause, issue, clause.per_unit * step)
    per = _value(event, step)
    pivot = _value(event, clause.pivot)
    if clause.when == "both":
        cap = (tr(", at most {amount} either way").format(amount=_amount(clause, issue, clause.cap))
               if clause.cap is not None else "")
        said = (tr("{Issue} follows {event}: it moves by {rate} for each {per} {event} moves away from "
                   "{pivot}{in_period}, in the same direction{cap}.") if clause.per_unit > 0 else
                tr("{Issue} moves against {event}: it moves by {rate} for each {per} {event} moves away from "
                   "{pivot}{in_period}, in the opposite direction{cap}."))
        return said.format(Issue=_cap(term_name), event=subject, rate=rate, per=per, pivot=pivot,
                           in_period=in_period, cap=cap)
    cap = tr(", at most {amount}").format(amount=_amount(clause, issue, clause.cap)) if clause.cap is not None else ""
    if clause.when == "below":
        said = (tr("If {event} falls below {pivot}{in_period}, {issue}{for_period} drops by {rate} for each "
                   "{per} below that{cap}.") if clause.per_unit < 0 else
                tr("If {event} falls below {pivot}{in_period}, {issue}{for_period} rises by {rate} for each "
                   "{per} below that{cap}."))
    else:
        said = (tr("If {event} rises above {pivot}{in_period}, {issue}{for_period} drops by {rate} for each "
                   "{per} above that{cap}.") if clause.per_unit < 0 else
                tr("If {event} rises above {pivot}{in_period}, {issue}{for_period} rises by {rate} for each "
                   "{per} above that{cap}."))
    return said.format(event=subject, pivot=pivot, in_period=in_period, issue=term_name, for_period=for_period,
                       rate=rate, per=per, cap=cap)


# -- the panel's line --------------------------------------------------------------------------
def short_clause(clause: AnyClause, issue: Any, event: Event | None) -> str:
    """At most 40 characters for a panel line: ``"−2 %/pt below 95 % on-time, ≤ 10 %"`` (the
    event's name, its first word, or none, whichever fits; cut with "…" as a last resort)."""
    name = in_sentence(_event_name(clause, event))
    names = [name, name.split()[0]] if " " in name else [name]
    if isinstance(clause, StatesClause):
        return _fit([", ".join(tr("{term} if {state}").format(term=issue.format_term(t), state=s)
                               for s, t in clause.terms.items())])
    if isinstance(clause, ThresholdClause):
        op = "<" if clause.when == "below" else ">"
        term = issue.format_term(clause.term)
        limit = f"{op} {_value(event, clause.threshold)}"
        return _fit([tr("{term} if {event} {limit}").format(term=term, event=n, limit=limit) for n in names]
                    + [tr("{term} if {limit}").format(term=term, limit=limit)])
    step = _rate_step(clause.per_unit)
    unit = event.unit if event is not None else ""
    per = tr("pt", "percentage point, short") if unit == "%" and step == 1 else _value(event, step)
    sign = "+" if clause.per_unit > 0 else "−"
    if clause.when == "both":
        sign = "±" if clause.per_unit > 0 else "∓"
    rate = f"{sign}{_amount(clause, issue, clause.per_unit * step)}/{per}"
    cap = f", ≤ {_amount(clause, issue, clause.cap)}" if clause.cap is not None else ""
    pivot = _value(event, clause.pivot)
    if clause.when == "both":
        long, short = tr("{rate} {event} vs {pivot}{cap}"), tr("{rate} vs {pivot}{cap}")
    elif clause.when == "below":
        long, short = tr("{rate} below {pivot} {event}{cap}"), tr("{rate} below {pivot}{cap}")
    else:
        long, short = tr("{rate} above {pivot} {event}{cap}"), tr("{rate} above {pivot}{cap}")
    return _fit([long.format(rate=rate, event=n, pivot=pivot, cap=cap) for n in names]
                + [short.format(rate=rate, pivot=pivot, cap=cap)])


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
    subject = _cap(event_subject(_event_name(clause, event)))
    shown = actual if isinstance(actual, str) else _value(event, float(actual))
    term_name = issue_subject(issue)
    t = term_at(clause, issue, base, actual)
    stays = tr("{Event} was {outcome}: the clause did not apply; {issue} stays {term}.")
    instead = tr("{Event} was {outcome}: {issue} is {term} instead of {base}.")
    if issue.is_numeric:
        b, x = float(base), float(t)
        if math.isclose(x, b, rel_tol=1e-9, abs_tol=1e-9):
            return stays.format(Event=subject, outcome=shown, issue=term_name, term=issue.format_term(b))
        if isinstance(clause, LinearClause):
            change = (f"{_num(round(100 * abs(x - b) / abs(b), 2))} %" if clause.relative and b
                      else issue.format_term(abs(x - b)))
            capped = False
            if clause.cap is not None:
                size = 100 * abs(x - b) / abs(b) if clause.relative and b else abs(x - b)
                capped = math.isclose(size, clause.cap, rel_tol=1e-6, abs_tol=1e-9)
            if x > b:
                said = (tr("{Event} was {outcome}: {issue} rose by {change} (the most the clause allows) to {term}.")
                        if capped else tr("{Event} was {outcome}: {issue} rose by {change} to {term}."))
            else:
                said = (tr("{Event} was {outcome}: {issue} dropped by {change} (the most the clause allows) to "
                           "{term}.") if capped else
                        tr("{Event} was {outcome}: {issue} dropped by {change} to {term}."))
            return said.format(Event=subject, outcome=shown, issue=term_name, change=change,
                               term=issue.format_term(x))
        return instead.format(Event=subject, outcome=shown, issue=term_name, term=issue.format_term(x),
                              base=issue.format_term(b))
    if str(t) == str(base):
        return stays.format(Event=subject, outcome=shown, issue=term_name, term=issue.format_term(base))
    return instead.format(Event=subject, outcome=shown, issue=term_name, term=issue.format_term(t),
                          base=issue.format_term(base))


__all__ = ["SHORT_LENGTH", "clause_sentence", "event_subject", "issue_subject", "outcome_sentence",
           "short_clause"]
