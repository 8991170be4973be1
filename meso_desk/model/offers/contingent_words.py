"""The words of :mod:`~meso_desk.model.offers.contingent` for our own papers (never for the
other side): a clause in a few words, a bet's sentence and warnings, a clause's short label.
In the current language (:func:`~meso_desk.model.language.tr`); event names and option labels
are the user's and stay as typed (in English sentences an event reads with its article, "the
failure rate": :func:`~meso_desk.model.contingent.sentences.event_subject`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..contingent.clauses import AnyClause, StatesClause, ThresholdClause
from ..contingent.events import Event
from ..contingent.sentences import event_subject
from ..language import current_language, in_sentence, localise_number, tr
from ..preferences.issues import NumericIssue

if TYPE_CHECKING:
    from ..plan import Plan


def _points(x: float) -> str:
    if round(abs(x), 1) == 1:
        return tr("{points:.1f} point").format(points=abs(x))
    return tr("{points:.1f} points").format(points=abs(x))


def _signed(x: float) -> str:
    return ("+" if x >= 0 else "−") + localise_number(f"{abs(x):.1f}", abs(x), ".1f", current_language())


def _subject(event: str) -> str:
    """The event inside a sentence: "the failure rate" in English, the name as typed otherwise."""
    return event_subject(event) if current_language() == "en" else event


def _our_words(gain: float) -> str:
    if abs(gain) < 0.05:
        return tr("worth the same to us")
    if gain > 0:
        return tr("gains us {points}").format(points=_points(gain))
    return tr("costs us {points}").format(points=_points(gain))


def _their_words(gain: float) -> str:
    if abs(gain) < 0.05:
        return tr("worth nothing to them")
    if gain > 0:
        return tr("worth {points} to them").format(points=_points(gain))
    return tr("costs them {points}").format(points=_points(gain))


def bet_words(plan: Plan, issue: str, clause: AnyClause, event: Event, our_gain: float, their_gain: float,
              their_gain_ours: float) -> tuple[str, str]:
    """A clause bet's ``(warning, sentence)``: why the bet is doubtful ("" when it is not) and
    one line for the planner. ``their_gain_ours`` is their gain if our forecast is right."""
    warnings: list[str] = []
    if not event.verifiable:
        if not event.observable_by_both:
            warnings.append(tr("Only pays if they are wrong about {event} in a way they cannot check (they cannot "
                               "see the measurement): agree how it is measured, by whom, and share the "
                               "figures.").format(event=_subject(event.name)))
        else:
            warnings.append(tr("Only pays if they are wrong about {event} in a way they cannot check (nobody has "
                               "said how it is measured): agree how it is measured, by whom, and share the "
                               "figures.").format(event=_subject(event.name)))
    if their_gain > 0 and their_gain_ours <= -0.05:
        warnings.append(tr("Its value to them rests on their forecast of {event}: if ours is right it costs them "
                           "{points}; expect them to feel it when it bites.").format(
            event=_subject(event.name), points=_points(their_gain_ours)))
    if event.theirs is not None:
        sentence = tr("{clause}: {ours} by our forecast; {theirs} by their forecast ({signed} to them if ours is "
                      "right).").format(clause=clause_summary(plan, issue, clause), ours=_our_words(our_gain),
                                        theirs=_their_words(their_gain), signed=_signed(their_gain_ours))
    else:
        sentence = tr("{clause}: {ours} by our forecast; {theirs} by our forecast too (their forecast of {event} "
                      "is unknown).").format(clause=clause_summary(plan, issue, clause), ours=_our_words(our_gain),
                                             theirs=_their_words(their_gain), event=_subject(event.name))
    return " ".join(warnings), sentence


def clause_summary(plan: Plan, issue: str, clause: AnyClause) -> str:
    """The clause in a few words (INTERNAL lists): "Unit price −2 % per point below 95 % of
    on-time delivery, at most 10 %", "Warranty 36 months if the failure rate is above 1 %",
    "Incoterm FCA if the new plant is late"."""
    event = plan.event(clause.event)
    i = plan.issue(issue)
    subject = _subject(event.name)
    if isinstance(clause, StatesClause):
        parts = ", ".join(tr("{term} if {event} is {state}").format(term=i.format_term(t), event=subject, state=s)
                          for s, t in clause.terms.items())
        return f"{issue} {parts}"
    if isinstance(clause, ThresholdClause):
        when = (tr("{issue} {term} if {event} is below {threshold}") if clause.when == "below" else
                tr("{issue} {term} if {event} is above {threshold}"))
        return when.format(issue=issue, term=i.format_term(clause.term), event=subject,
                           threshold=_minus(event.format_value(clause.threshold)))
    unit = "%" if clause.relative else (i.unit if isinstance(i, NumericIssue) else "")
    language = current_language()
    rate = (("+" if clause.per_unit > 0 else "−")
            + localise_number(f"{abs(clause.per_unit):g}", abs(clause.per_unit), "g", language)
            + (" " + unit if unit else ""))
    per = tr("point", "a percentage point of an event") if event.unit == "%" else (event.unit or tr("unit"))
    pivot = _minus(event.format_value(clause.pivot))
    if clause.when == "below":
        text = tr("{issue} {rate} per {per} below {pivot} of {event}")
    elif clause.when == "above":
        text = tr("{issue} {rate} per {per} above {pivot} of {event}")
    else:
        text = tr("{issue} {rate} per {per} that moves from {pivot} in {event}")
    text = text.format(issue=issue, rate=rate, per=per, pivot=pivot, event=subject)
    if clause.cap is not None:
        return tr("{clause}, at most {cap:g}{unit}").format(clause=text, cap=clause.cap,
                                                           unit=" " + unit if unit else "")
    return text


def _minus(text: str) -> str:
    return "−" + text[1:] if text.startswith("-") else text


def clause_label(event: str) -> str:
    """The short name of a clause on ``event`` for a package name ("on-time clause")."""
    words = in_sentence(event).split()  # the whole name decides: "Termintreue je Quartal" keeps its capital
    return tr("{event} clause").format(event=words[0] if words else event)
