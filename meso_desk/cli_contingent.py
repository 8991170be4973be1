"""Commands for contingent terms (``docs/contingent-terms.md``): the uncertain events and what a
contingent package is worth to each side.

    meso-desk events PLAN [--json]                       the events, both forecasts, how measured
    meso-desk events PLAN --add NAME --unit % --ours LOW LIKELY HIGH [--theirs LOW LIKELY HIGH]
                    [--their-source TEXT] [--measured-by TEXT] … -o OUT.meso [--force]
    meso-desk events PLAN --add NAME --states "on time,late" --ours-chances 0.7,0.3 … -o OUT.meso
    meso-desk events PLAN --outcome NAME VALUE [--date YYYY-MM-DD] -o OUT.meso   ("" clears it)
    meso-desk events PLAN --remove NAME -o OUT.meso      (drops the clauses that use it)
    meso-desk contingent PLAN PACKAGE [--json]           per clause: the card's sentence, our
                    expected points and 10–90 %, the bet on the difference, warnings (INTERNAL)
    meso-desk contingent PLAN PACKAGE --suggest [--limit 3] [--json]
                    contingent versions of the package worth the same to us, best bet first

An edit writes a new file (``-o``); ``-o PLAN --force`` edits the plan in place and keeps the old
one as ``PLAN.bak`` (as every save does).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from .cli import EXIT_OK, EXIT_REFUSED, CliError, _load, _refuse_overwrite, command, decimal
from .cli_output import check_writable
from .model.contingent.events import Event, Forecast
from .model.documents.briefing import forecast_text, verification_text
from .model.documents.cards import condition_sentence
from .model.documents.document_language import plan_language
from .model.edits.event_edits import EditRefused, add_event, clause_uses, record_outcome, remove_event
from .model.io import PlanFileError, save_plan
from .model.language import QT_TR_NOOP, number, tr
from .model.offers.contingent import ClauseBet, bets, risk, suggest_clauses, their_values_many
from .model.offers.waste import current_estimate


def _save(plan, path: str) -> None:
    try:
        save_plan(plan, path)
    except PlanFileError as e:
        raise CliError(str(e), EXIT_REFUSED) from None


def _numbers(text: str | None, what: str) -> list[float] | None:
    """``"0.7,0.3"`` → ``[0.7, 0.3]`` (one-line error otherwise)."""
    if text is None:
        return None
    try:
        return [float(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise CliError(tr("{option} {text}: expected numbers separated by commas").format(
            option=what, text=repr(text))) from None


# -- meso-desk events ---------------------------------------------------------------------------
def _event_rows(plan) -> list[dict[str, Any]]:
    out = []
    for e in plan.events:
        out.append({
            "name": e.name, "kind": e.kind, "unit": e.unit, "period": e.period, "states": list(e.states),
            "lower": e.lower, "upper": e.upper,
            "ours": forecast_text(e, e.ours), "theirs": forecast_text(e, e.theirs),
            "measured_by": e.measured_by, "observable_by_both": e.observable_by_both,
            "affects": list(e.affects), "verifiable": e.verifiable, "verification": verification_text(e),
            "actual": e.actual, "actual_text": e.format_value(e.actual) if e.resolved else "",
            "actual_date": e.actual_date.isoformat() if e.actual_date else None,
            "clauses": [f"{package} ({issue})" for package, issue in clause_uses(plan, e.name)],
        })
    return out


def _print_events(plan) -> None:
    rows = _event_rows(plan)
    if not rows:
        print(tr("no uncertain events (add one with --add NAME --unit U --ours LOW LIKELY HIGH -o OUT.meso)"))
        return
    if len(rows) == 1:
        print(tr("1 event (INTERNAL: our forecast is for our side only)"))
    else:
        print(tr("{count} events (INTERNAL: our forecast is for our side only)").format(count=len(rows)))
    for r, e in zip(rows, plan.events):
        what = [r["unit"] or (tr("states: {states}").format(states=", ".join(r["states"])) if r["states"] else "")]
        if r["period"]:
            what.append(tr("per {period}").format(period=r["period"]))
        if e.kind == "number" and (e.lower is not None or e.upper is not None):
            what.append(tr("{low} to {high}", "the range of an event").format(
                low=e.format_value(e.lower) if e.lower is not None else "…",
                high=e.format_value(e.upper) if e.upper is not None else "…"))
        print(f"\n{r['name']} ({'; '.join(x for x in what if x)})")
        print("  " + tr("ours:   {forecast}").format(forecast=r["ours"]))
        print("  " + tr("theirs: {forecast}").format(forecast=r["theirs"]))
        print(f"  {'' if r['verifiable'] else '! '}{r['verification']}")
        if r["actual_text"]:
            if r["actual_date"]:
                print("  " + tr("outcome: {value} (recorded {date})").format(value=r["actual_text"],
                                                                         date=r["actual_date"]))
            else:
                print("  " + tr("outcome: {value}").format(value=r["actual_text"]))
        if r["affects"]:
            print("  " + tr("may change: {issues}").format(issues=", ".join(r["affects"])))
        else:
            print("  " + tr("may change: any term"))
        if r["clauses"]:
            print("  " + tr("clauses: {clauses}").format(clauses=", ".join(r["clauses"])))
        else:
            print("  " + tr("clauses: none"))


def _forecast(nums: list[float] | None, chances: list[float] | None, states: list[str], source: str,
              which: str) -> Forecast | None:
    if nums is None and chances is None:
        return None
    if states:
        if chances is None:
            raise CliError(tr("an event with states needs --{which}-chances (one per state)").format(which=which))
        if len(chances) != len(states):
            raise CliError(tr("--{which}-chances: {chances} chances for {states} states").format(
                which=which, chances=len(chances), states=len(states)))
        return Forecast(chances=dict(zip(states, chances)), source=source)
    if nums is None:
        raise CliError(tr("a numeric event needs --{which} LOW LIKELY HIGH (the 10 %, 50 % and 90 % points)").format(
            which=which))
    low, likely, high = nums
    return Forecast(low=low, likely=likely, high=high, source=source)


def _new_event(args: argparse.Namespace) -> Event:
    states = [s.strip() for s in (args.states or "").split(",") if s.strip()]
    try:
        ours = _forecast(args.ours, _numbers(args.ours_chances, "--ours-chances"), states, args.our_source or "",
                         "ours")
        if ours is None:
            raise CliError(tr("--add needs our forecast: --ours LOW LIKELY HIGH, or --states with --ours-chances"))
        theirs = _forecast(args.theirs, _numbers(args.theirs_chances, "--theirs-chances"), states,
                           args.their_source or "", "theirs")
        return Event(name=args.add, kind="states" if states else "number", unit=args.unit or "",
                     lower=args.lower, upper=args.upper, states=tuple(states), period=args.period or "",
                     ours=ours, theirs=theirs, measured_by=args.measured_by or "",
                     observable_by_both=not args.one_sided,
                     affects=tuple(a.strip() for a in (args.affects or "").split(",") if a.strip()))
    except ValueError as e:  # pydantic's ValidationError is a ValueError: its first message, one line
        errors = getattr(e, "errors", None)
        msg = errors()[0]["msg"] if callable(errors) and errors() else str(e)
        raise CliError(tr("--add {name}: {problem}").format(
            name=repr(args.add), problem=msg.removeprefix("Value error, "))) from None


def _edit(plan, args: argparse.Namespace):
    """The plan after the one edit asked for, and its message."""
    try:
        if args.add is not None:
            r = add_event(plan, _new_event(args))
        elif args.remove is not None:
            r = remove_event(plan, args.remove)
        else:
            name, value = args.outcome
            when = None
            if args.date:
                try:
                    when = date.fromisoformat(args.date)
                except ValueError:
                    raise CliError(tr("--date {date}: expected a date as YYYY-MM-DD").format(
                        date=repr(args.date))) from None
            r = record_outcome(plan, name, value, when)
    except EditRefused as e:
        raise CliError(str(e)) from None
    return r.plan, r.message


#: the commands' one-line help (marked for the catalogue; translated where shown)
EVENTS_HELP = QT_TR_NOOP("the uncertain events (both forecasts, how measured); add one, record an outcome")
CONTINGENT_HELP = QT_TR_NOOP("a package's contingent terms: our expected points and spread, the bet, warnings")


@command("events", EVENTS_HELP)
def cmd_events(args: argparse.Namespace) -> int:
    plan = _load(args.plan)
    edits = [x for x in (args.add, args.remove, args.outcome) if x is not None]
    if len(edits) > 1:
        raise CliError(tr("one edit at a time: --add, --remove or --outcome"))
    _refuse_stray_options(args)
    if not edits:
        if args.json:
            print(json.dumps({"events": _event_rows(plan)}, indent=2, ensure_ascii=False))
        else:
            _print_events(plan)
        return EXIT_OK
    if not args.out:
        raise CliError(tr("an edit needs -o OUT.meso (-o PLAN --force edits the plan in place, keeping PLAN.bak)"))
    _refuse_overwrite(args.out, args.force)
    check_writable(args.out)
    new, message = _edit(plan, args)
    _save(new, args.out)
    print(tr("{message} Saved {path}").format(message=message, path=args.out))
    return EXIT_OK


#: the options that describe a new event (``dest``, as typed): dropped without a word before
ADD_OPTIONS = (("unit", "--unit"), ("ours", "--ours"), ("theirs", "--theirs"), ("our_source", "--our-source"),
               ("their_source", "--their-source"), ("states", "--states"), ("ours_chances", "--ours-chances"),
               ("theirs_chances", "--theirs-chances"), ("measured_by", "--measured-by"), ("affects", "--affects"),
               ("period", "--period"), ("lower", "--lower"), ("upper", "--upper"))


def _refuse_stray_options(args: argparse.Namespace) -> None:
    """An option that only an edit reads, given without that edit (``--unit %`` without ``--add``)."""
    if args.add is None:
        stray = [name for dest, name in ADD_OPTIONS if getattr(args, dest) is not None]
        if args.one_sided:
            stray.append("--one-sided")
        if stray:
            raise CliError(tr("{option} goes with --add").format(option=stray[0]))
    if args.date is not None and args.outcome is None:
        raise CliError(tr("{option} goes with --outcome").format(option="--date"))
    if args.out and args.add is None and args.remove is None and args.outcome is None:
        raise CliError(tr("-o goes with --add, --remove or --outcome"))


@cmd_events.arguments
def _events_args(p: argparse.ArgumentParser) -> None:
    p.description = tr("List the plan's uncertain events with our forecast and theirs (INTERNAL), how each is "
                       "measured and which packages' clauses use it; or change one event and save the plan.")
    p.add_argument("plan", help=tr("a .meso file"))
    p.add_argument("--json", action="store_true", help=tr("machine-readable output"))
    edit = p.add_argument_group(tr("edits (each needs -o OUT.meso)"))
    edit.add_argument("--add", metavar="NAME", help=tr("add an event"))
    edit.add_argument("--unit", help=tr("its unit (%%, index points, units …)"))
    edit.add_argument("--ours", nargs=3, type=decimal, metavar=("LOW", "LIKELY", "HIGH"),
                      help=tr("our forecast: the 10 %%, 50 %% and 90 %% points"))
    edit.add_argument("--theirs", nargs=3, type=decimal, metavar=("LOW", "LIKELY", "HIGH"),
                      help=tr("their forecast (what they claim, or what we infer)"))
    edit.add_argument("--our-source", metavar="TEXT", help=tr("where our forecast comes from"))
    edit.add_argument("--their-source", metavar="TEXT", help=tr("where their forecast comes from"))
    edit.add_argument("--states", metavar="A,B", help=tr("named states instead of a number (\"on time,late\")"))
    edit.add_argument("--ours-chances", metavar="P,Q", help=tr("our chance of each state"))
    edit.add_argument("--theirs-chances", metavar="P,Q", help=tr("their chance of each state"))
    edit.add_argument("--measured-by", metavar="TEXT", help=tr("how it is measured, and by whom"))
    edit.add_argument("--one-sided", action="store_true", help=tr("only we can see the measurement (a clause on "
                      "it pays only if they are wrong in a way they cannot check: warned)"))
    edit.add_argument("--affects", metavar="ISSUE,ISSUE", help=tr("the terms a clause on it may change (the "
                      "suggestions keep to them; default: any)"))
    edit.add_argument("--period", metavar="TEXT", help=tr("the period it is measured over (quarter, year)"))
    edit.add_argument("--lower", type=decimal, help=tr("the lowest possible value (a rate: 0)"))
    edit.add_argument("--upper", type=decimal, help=tr("the highest possible value (a rate in %%: 100)"))
    edit.add_argument("--remove", metavar="NAME", help=tr("remove an event and the clauses that use it"))
    edit.add_argument("--outcome", nargs=2, metavar=("NAME", "VALUE"), help=tr("record what happened (a number "
                      "or a state; \"\" clears it)"))
    edit.add_argument("--date", metavar="YYYY-MM-DD", help=tr("with --outcome: when (default today)"))
    p.add_argument("-o", "--out", metavar="OUT.meso", help=tr("save the edited plan here"))
    p.add_argument("--force", action="store_true", help=tr("overwrite OUT if it exists"))


# -- meso-desk contingent -----------------------------------------------------------------------
def _bet_dict(b: ClauseBet) -> dict[str, Any]:
    return {"issue": b.issue, "event": b.event, "our_gain": round(b.our_gain, 3),
            "their_gain": round(b.their_gain, 3), "theirs_under_our_forecast": round(b.theirs_under_our_forecast, 3),
            "ours_fixed": round(b.ours_fixed, 3), "ours_contingent": round(b.ours_contingent, 3),
            "theirs_fixed": round(b.theirs_fixed, 3), "theirs_contingent": round(b.theirs_contingent, 3),
            "verifiable": b.verifiable, "warning": b.warning, "sentence": b.sentence}


def _package_report(plan, pkg, their) -> dict[str, Any]:
    r = risk(plan, pkg)
    by_issue = {b.issue: b for b in bets(plan, pkg, their)}
    clauses = []
    for issue in plan.issue_names:
        clause = pkg.clauses.get(issue)
        if clause is None:
            continue
        b = by_issue[issue]
        clauses.append({"issue": issue, "base": pkg[issue], "base_text": plan.issue(issue).format_term(pkg[issue]),
                        "clause": clause.model_dump(), "card": _card_sentence(plan, pkg, issue),
                        "bet": _bet_dict(b)})
    theirs = float(their_values_many(plan, [pkg], their, "theirs")[0])
    return {"package": pkg.name, "terms": pkg.terms, "expected": round(r.expected, 3),
            "points": [round(x, 3) for x in r.points],
            "expected_cost": None if r.expected_cost is None else round(r.expected_cost, 2),
            "cost": None if r.cost is None else [round(x, 2) for x in r.cost],
            "their_points": round(theirs, 3),
            "their_estimate": getattr(their, "label", tr("estimate", "the counterpart estimate")),
            "clauses": clauses}


def _against(plan, pkg, other, their) -> dict[str, Any]:
    """``pkg`` against ``other`` (the fixed package it is meant to equal): our points, and theirs
    by their forecast and if ours is right."""
    by_theirs = their_values_many(plan, [other, pkg], their, "theirs")
    by_ours = their_values_many(plan, [other, pkg], their, "ours")
    return {"package": other.name, "ours": round(other.score, 3), "ours_gain": round(pkg.score - other.score, 3),
            "theirs": round(float(by_theirs[0]), 3), "their_gain": round(float(by_theirs[1] - by_theirs[0]), 3),
            "their_gain_if_ours_right": round(float(by_ours[1] - by_ours[0]), 3)}


def _signed(x: float) -> str:
    """``+3.3``, ``−0.7``, ``+0.0`` (never ``-0.0``); German ``+3,3``."""
    r = round(x, 1) + 0.0  # -0.0 + 0.0 is 0.0
    return f"−{number(-r, 1)}" if r < 0 else f"+{number(r, 1)}"


def _print_against(a: dict[str, Any]) -> None:
    print("  " + tr("against {package}: {ours_gain} points for us (it has {ours:.1f}); "
                    "{their_gain} of their points by their forecast, {their_gain_if_ours_right} if ours is right").format(
        package=a["package"], ours_gain=_signed(a["ours_gain"]), ours=a["ours"],
        their_gain=_signed(a["their_gain"]), their_gain_if_ours_right=_signed(a["their_gain_if_ours_right"])))


def _money(plan, x: float) -> str:
    return f"{plan.currency or ''} {number(x, 0)}".strip()


def _print_report(plan, rep: dict[str, Any]) -> None:
    lo, mid, hi = rep["points"]
    print(tr("{package}: {expected:.1f} points expected by our forecast "
             "(10–90 %: {low:.1f}–{high:.1f}; median {median:.1f}) — INTERNAL").format(
        package=rep["package"], expected=rep["expected"], low=lo, high=hi, median=mid))
    if rep["cost"] is not None:
        c = rep["cost"]
        print("  " + tr("total cost: {expected} expected (10–90 %: {low}–{high})").format(
            expected=_money(plan, rep["expected_cost"]), low=_money(plan, c[0]), high=_money(plan, c[2])))
    print("  " + tr("their points ({estimate}, their forecast): {points:.1f}").format(
        estimate=rep["their_estimate"], points=rep["their_points"]))
    if "against" in rep:
        _print_against(rep["against"])
    if not rep["clauses"]:
        print("  " + tr("every term is fixed (no contingent clause); --suggest proposes some"))
        return
    for c in rep["clauses"]:
        b = c["bet"]
        print("\n  " + tr("{issue} {term}, contingent on {event}").format(
            issue=c["issue"], term=c["base_text"], event=b["event"]))
        print("    " + tr("card: {sentence}").format(sentence=c["card"]))
        print("    " + tr("the bet: {sentence}").format(sentence=b["sentence"]))
        if b["warning"]:
            print(f"    ! {b['warning']}")


def _card_sentence(plan, pkg, issue: str) -> str:
    """The sentence as the card prints it: in the plan's language, whatever the command line speaks."""
    with plan_language(plan):
        return condition_sentence(plan, pkg, issue)


def _suggestions(plan, pkg, their, limit: int) -> list[dict[str, Any]]:
    out = []
    for version, b in suggest_clauses(plan, pkg, their, limit=limit):
        moved = {k: v for k, v in version.terms.items() if v != pkg[k]}
        out.append({"issue": b.issue, "event": b.event, "clause": version.clauses[b.issue].model_dump(),
                    "terms": version.terms, "moved": moved, "points": round(version.score, 3),
                    "card": _card_sentence(plan, version, b.issue), "bet": _bet_dict(b)})
    return out


def _print_suggestions(plan, pkg, rows: list[dict[str, Any]]) -> None:
    if not rows:
        print(tr("{package}: no contingent clause found that is worth the same to us and more to them "
                 "(their forecast must differ from ours on an event of the plan)").format(package=pkg.name))
        return
    print(tr("{package} ({points:.1f} points): contingent versions worth the same to us, best bet first "
             "— INTERNAL").format(package=pkg.name, points=pkg.score))
    for k, s in enumerate(rows, 1):
        moved = ", ".join(tr("{issue} {old} → {new}", "a term moved").format(
            issue=i, old=plan.issue(i).format_term(pkg[i]), new=plan.issue(i).format_term(t))
            for i, t in s["moved"].items()) or tr("no base term moves")
        print("\n" + tr("{number}. {issue} on {event} ({moved}; {points:.1f} points expected)").format(
            number=k, issue=s["issue"], event=s["event"], moved=moved, points=s["points"]))
        print("   " + tr("card: {sentence}").format(sentence=s["card"]))
        print("   " + tr("the bet: {sentence}").format(sentence=s["bet"]["sentence"]))
        if s["bet"]["warning"]:
            print(f"   ! {s['bet']['warning']}")


@command("contingent", CONTINGENT_HELP)
def cmd_contingent(args: argparse.Namespace) -> int:
    plan = _load(args.plan)
    if args.package not in plan.package_names:
        if plan.package_names:
            raise CliError(tr("no package called {name} (the plan has: {names})").format(
                name=repr(args.package), names=", ".join(plan.package_names)))
        raise CliError(tr("no package called {name} (the plan has: none)").format(name=repr(args.package)))
    pkg = plan.package(args.package)
    their = current_estimate(plan)
    if args.suggest:
        if args.limit < 1:
            raise CliError(tr("--limit {limit}: at least 1").format(limit=str(args.limit)))
        rows = _suggestions(plan, pkg, their, args.limit)
        if args.json:
            print(json.dumps({"package": pkg.name, "points": round(pkg.score, 3), "suggestions": rows},
                             indent=2, ensure_ascii=False))
        else:
            _print_suggestions(plan, pkg, rows)
        return EXIT_OK
    rep = _package_report(plan, pkg, their)
    if args.against:
        if args.against not in plan.package_names:
            raise CliError(tr("--against: no package called {name}").format(name=repr(args.against)))
        rep["against"] = _against(plan, pkg, plan.package(args.against), their)
    if args.json:
        print(json.dumps(rep, indent=2, ensure_ascii=False))
    else:
        _print_report(plan, rep)
    return EXIT_OK


@cmd_contingent.arguments
def _contingent_args(p: argparse.ArgumentParser) -> None:
    p.description = tr("What a package's contingent terms are worth (INTERNAL: our points): per clause the card's "
                       "sentence, our expected points with their 10–90 % spread under our forecast, the bet on the "
                       "difference of forecasts (what the clause gains each side) and warnings; --suggest proposes "
                       "contingent versions of the package worth the same to us and more to them.")
    p.add_argument("plan", help=tr("a .meso file"))
    p.add_argument("package", help=tr("the name of one of the plan's packages"))
    p.add_argument("--suggest", action="store_true", help=tr("suggest clauses for the package"))
    p.add_argument("--against", metavar="NAME", help=tr("also compare with this package (the fixed one it was "
                   "made equal to): our points, and theirs by their forecast and by ours"))
    p.add_argument("--limit", type=int, default=3, help=tr("with --suggest: at most this many (default 3)"))
    p.add_argument("--json", action="store_true", help=tr("machine-readable output"))
