"""The Uncertain events dialog's drafts: what was typed for one event (plain values, so nothing
typed is lost while it cannot be used yet), and how a draft becomes an
:class:`~meso_desk.model.contingent.events.Event` — or the problems, each with the field to mark."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import ValidationError

from ....model.contingent.events import Event, Forecast, level_bound_problem, outcome_bound_problem
from ....model.edits.event_edits import EditRefused
from ....model.edits.issue_edits import parse_number, parse_optional_number
from ....model.errors import first_error
from ....model.language import tr

#: the sides, as the dialog's object names spell them (not shown: the messages say each side in words)
SIDES = {"ours": "Our", "theirs": "Their"}


def _default_states() -> list[list[str]]:
    """The two states a new event starts with (user data once made: in the window's language)."""
    return [[tr("happens"), "50", "50"], [tr("does not happen"), "50", "50"]]


# -- drafts: what was typed for one event, and how it becomes an Event ------------------------
def draft_of(event: Event | None, origin: str | None = None) -> dict[str, Any]:
    """The fields of ``event`` as the dialog holds them (a new, empty number without one)."""
    if event is None:
        return {"origin": None, "name": "", "kind": "number", "unit": "", "lower": "", "upper": "",
                "period": "", "ours": [0.0, 0.0, 0.0], "ours_source": "", "theirs_on": False,
                "theirs": [0.0, 0.0, 0.0], "theirs_source": "",
                "states": _default_states(), "measured_by": "", "observable": True,
                "affects": [], "outcome_on": False, "outcome": "", "outcome_state": "", "outcome_date": date.today()}
    num = event.kind == "number"
    theirs = event.theirs

    def three(f: Forecast | None) -> list[float]:
        return [float(f.low), float(f.likely), float(f.high)] if f is not None and f.is_numeric else [0.0] * 3

    def pct(f: Forecast | None, s: str) -> str:
        return "" if f is None else f"{100 * f.chance(s):.4g}"

    return {
        "origin": origin, "name": event.name, "kind": event.kind, "unit": event.unit,
        "lower": "" if event.lower is None else f"{event.lower:.10g}",
        "upper": "" if event.upper is None else f"{event.upper:.10g}", "period": event.period,
        "ours": three(event.ours if num else None), "ours_source": event.ours.source,
        "theirs_on": theirs is not None, "theirs": three(theirs if num else None),
        "theirs_source": theirs.source if theirs is not None else "",
        "states": ([[s, pct(event.ours, s), pct(theirs, s)] for s in event.states] if not num
                   else _default_states()),
        "measured_by": event.measured_by, "observable": event.observable_by_both,
        "affects": list(event.affects), "outcome_on": event.actual is not None,
        "outcome": f"{event.actual:.10g}" if isinstance(event.actual, float) else "",
        "outcome_state": event.actual if isinstance(event.actual, str) else "",
        "outcome_date": event.actual_date or date.today(),
    }


def check_draft(d: dict[str, Any], taken: set[str] | None = None) -> tuple[Event | None, list[tuple[str, str]]]:
    """The event of draft ``d``, or None and the problems as (field key, one-line reason); field
    keys: ``name``, ``lower``, ``upper``, ``ours_low`` … ``theirs_high``, ``states``, ``outcome``."""
    problems: list[tuple[str, str]] = []
    name = d["name"].strip()
    if not name:
        problems.append(("name", tr("Give the event a name")))
    elif taken and name in taken:
        problems.append(("name", tr("Two events are called ‘{name}’").format(name=name)))
    bounds: dict[str, float | None] = {}
    for key, what in (("lower", tr("lower bound")), ("upper", tr("upper bound"))):
        try:
            bounds[key] = parse_optional_number(d[key], what)
        except EditRefused as e:
            problems.append((key, _cap(str(e))))
            bounds[key] = None
    lower, upper = bounds["lower"], bounds["upper"]
    if d["kind"] == "states":
        lower = upper = None
    elif lower is not None and upper is not None and not lower < upper:
        problems.append(("upper", tr("The upper bound must be above the lower bound")))
    forecasts: dict[str, Forecast | None] = {"theirs": None}
    if d["kind"] == "number":
        for side in ("ours", "theirs") if d["theirs_on"] else ("ours",):
            forecasts[side] = _numeric_forecast(d, side, lower, upper, problems)
    else:
        forecasts.update(_state_forecasts(d, problems))
    actual: float | str | None = None
    if d["outcome_on"]:
        actual = _outcome(d, lower, upper, problems)
    if problems:
        return None, problems
    try:
        event = Event(name=name, kind=d["kind"], unit=d["unit"] if d["kind"] == "number" else "",
                      lower=lower, upper=upper,
                      states=tuple(r[0].strip() for r in d["states"]) if d["kind"] == "states" else (),
                      period=d["period"], ours=forecasts["ours"], theirs=forecasts["theirs"],
                      measured_by=d["measured_by"], observable_by_both=d["observable"], actual=actual,
                      affects=tuple(d.get("affects", ())),
                      actual_date=d["outcome_date"] if actual is not None else None)
    except ValidationError as err:
        return None, [("name", _cap(first_error(err)))]
    return event, []


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _numeric_forecast(d: dict[str, Any], side: str, lower: float | None, upper: float | None,
                      problems: list[tuple[str, str]]) -> Forecast | None:
    low, likely, high = (float(x) for x in d[side])
    ours = side == "ours"
    n0 = len(problems)
    if low > likely:
        problems.append((f"{side}_low", tr("Our forecast: low must not be above likely") if ours
                         else tr("Their forecast: low must not be above likely")))
    if likely > high:
        problems.append((f"{side}_high", tr("Our forecast: high must not be below likely") if ours
                         else tr("Their forecast: high must not be below likely")))
    for key, x in (("low", low), ("likely", likely), ("high", high)):
        beyond = level_bound_problem(key, x, lower, upper, d["unit"], ours)  # the model's sentence
        if beyond:
            problems.append((f"{side}_{key}", _cap(beyond)))
    if len(problems) > n0:
        return None
    return Forecast(low=low, likely=likely, high=high, source=d[f"{side}_source"])


def _state_forecasts(d: dict[str, Any], problems: list[tuple[str, str]]) -> dict[str, Forecast | None]:
    rows = d["states"]
    names = [r[0].strip() for r in rows]
    n0 = len(problems)
    if len(rows) < 2:
        problems.append(("states", tr("An event with states needs at least two")))
    if any(not n for n in names):
        problems.append(("states", tr("Every state needs a name")))
    elif len(set(names)) != len(names):
        problems.append(("states", tr("Two states have the same name")))
    out: dict[str, Forecast | None] = {"ours": None, "theirs": None}
    for col, side in ((1, "ours"), (2, "theirs")):
        if side == "theirs" and not d["theirs_on"]:
            continue
        chances = {}
        ours = side == "ours"
        for r, n in zip(rows, names):
            text = str(r[col]).strip().rstrip("%").strip()
            try:
                x = parse_number(text, "chance") if text else 0.0
            except EditRefused:
                problems.append(("states", (tr("Our chance of ‘{state}’: “{text}” is not a number") if ours else
                                            tr("Their chance of ‘{state}’: “{text}” is not a number")).format(
                                                state=n, text=text)))
                continue
            if not 0 <= x <= 100:
                problems.append(("states", (tr("Our chance of ‘{state}’ must lie between 0 and 100 %") if ours else
                                            tr("Their chance of ‘{state}’ must lie between 0 and 100 %")).format(
                                                state=n)))
            chances[n] = x
        if len(problems) == n0 and not sum(chances.values()) > 0:
            problems.append(("states", tr("Our forecast: give at least one state a chance above 0") if ours
                             else tr("Their forecast: give at least one state a chance above 0")))
        if len(problems) == n0:
            out[side] = Forecast(chances=chances, source=d[f"{side}_source"])
    return out


def _outcome(d: dict[str, Any], lower: float | None, upper: float | None,
             problems: list[tuple[str, str]]) -> float | str | None:
    if d["kind"] == "states":
        state = d["outcome_state"].strip()
        if state not in [r[0].strip() for r in d["states"]]:
            problems.append(("outcome", tr("Choose which state came about")))
            return None
        return state
    try:
        x = parse_number(d["outcome"], tr("outcome"), d["unit"])
    except EditRefused as e:
        problems.append(("outcome", _cap(str(e))))
        return None
    beyond = outcome_bound_problem(x, lower, upper, d["unit"])  # the model's sentence
    if beyond:
        problems.append(("outcome", beyond))
        return None
    return x


__all__ = ["SIDES", "check_draft", "draft_of"]
