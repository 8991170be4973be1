"""Commands for a sourcing plan with several suppliers (``docs/suppliers.md``). INTERNAL output:
our points, BATNA and estimates — never for the other side.

    meso-desk suppliers PLAN [--json]            each supplier: worked on or not, its best offer held,
                    our points and total cost, and our BATNA against it
    meso-desk suppliers PLAN --compare [--sort points|cost|zopa|name|rounds] [--json]
                    side by side: best offer, their priorities (estimate), the ZOPA, the next MESO set,
                    who would approve
    meso-desk suppliers PLAN --switch NAME -o OUT.meso [--force]     work on another supplier
    meso-desk suppliers PLAN --add NAME [--negotiator TEXT] [--contacts TEXT] -o OUT.meso [--force]
    meso-desk suppliers PLAN --split A B [--steps 11] [--volume N] [--json]  a split award against the best single one

An edit writes a new file (``-o``); ``-o PLAN --force`` edits the plan in place and keeps the old
one as ``PLAN.bak`` (as every save does). Errors are one line, exit 2.
"""

from __future__ import annotations

import argparse
import importlib
import json
from typing import Any

from .cli import EXIT_OK, EXIT_REFUSED, CliError, _load, _refuse_overwrite, _table, command, decimal
from .cli_output import check_writable
from .model.io import PlanFileError, save_plan
from .model.language import QT_TR_NOOP, number, tr
from .model.preferences.total_cost import format_money
from .model.sourcing.comparison import SORT_KEYS, SupplierRow, compare_suppliers
from .model.sourcing.market import HeldOffer, batna_in_use, best_offers
from .model.sourcing.split import split_award

#: helper module of the supplier edits (add, switch, rename, remove …)
SUPPLIER_EDITS = "meso_desk.model.edits.supplier_edits"


def _save(plan, path: str) -> None:
    try:
        save_plan(plan, path)
    except PlanFileError as e:
        raise CliError(str(e), EXIT_REFUSED) from None


def _edits():
    try:
        return importlib.import_module(SUPPLIER_EDITS)
    except ImportError:
        raise CliError(tr("the supplier edits are not part of this version")) from None


def _known(plan, name: str) -> str:
    if name not in plan.supplier_names:
        raise CliError(tr("no supplier called {name}; the plan has: {names}").format(
            name=repr(name), names=", ".join(plan.supplier_names)))
    return name


def _money(plan, x: float | None) -> str:
    return "" if x is None else format_money(x, plan.currency)


def _offer_json(offer: HeldOffer | None) -> dict[str, Any] | None:
    if offer is None:
        return None
    return {"supplier": offer.supplier, "label": offer.label, "source": offer.source, "terms": offer.terms,
            "points": round(offer.points, 2),
            "total_cost": None if offer.total_cost is None else round(offer.total_cost, 2)}


# -- the list ---------------------------------------------------------------------------------------
def _list_rows(plan) -> list[dict[str, Any]]:
    offers = best_offers(plan)
    out = []
    for name in plan.supplier_names:
        out.append({"name": name, "active": name == plan.counterpart, "best": _offer_json(offers[name]),
                    "batna": _offer_json(batna_in_use(plan, name, offers))})
    return out


def _print_list(plan, rows: list[dict[str, Any]]) -> None:
    one = len(rows) == 1
    if plan.batna_from_market:
        heading = (tr("1 supplier (INTERNAL: our points and BATNA; the BATNA follows the market)") if one else
                   tr("{count} suppliers (INTERNAL: our points and BATNA; the BATNA follows the market)"))
    else:
        heading = (tr("1 supplier (INTERNAL: our points and BATNA; the BATNA is the plan's competing quote)") if one
                   else tr("{count} suppliers (INTERNAL: our points and BATNA; the BATNA is the plan's competing "
                           "quote)"))
    print(heading.format(count=len(rows)))
    table = [["", tr("Supplier"), tr("Best offer held"), tr("Points"), tr("Total cost"),
              tr("Our BATNA against it")]]
    for r in rows:
        b, w = r["best"], r["batna"]
        table.append(["*" if r["active"] else "", r["name"], b["label"] if b else tr("none", "no offer held"),
                      number(b["points"], 1) if b else "", _money(plan, b["total_cost"]) if b else "",
                      tr("{source} ({points:.1f})", "a BATNA and its points").format(
                          source=w["source"], points=w["points"]) if w else tr("none", "no BATNA")])
    print(_table(table, right=(3, 4)))
    print(tr("* the supplier worked on"))


# -- the comparison -----------------------------------------------------------------------------------
def _row_json(r: SupplierRow) -> dict[str, Any]:
    return {"name": r.name, "active": r.active, "best": _offer_json(r.best), "rounds": r.n_rounds,
            "agreement_points": r.agreement_points,
            "their_weights": {k: round(v, 4) for k, v in r.their_weights.items()},
            "their_top": [r.their_top[0], round(r.their_top[1], 4)], "batna": _offer_json(r.batna),
            "zopa": r.zopa, "zopa_low": r.zopa_low, "zopa_high": r.zopa_high, "next_set": r.next_set,
            "next_level": r.next_level, "next_note": r.next_note, "approvals": r.approvals}


def _top(r: SupplierRow, n: int = 2) -> str:
    ranked = sorted(r.their_weights.items(), key=lambda kv: -kv[1])[:n]
    return ", ".join(f"{k} {number(100 * v, 0)} %" for k, v in ranked)


#: the order of ``--compare --sort`` in words (marked for the catalogue; the keys stay English)
SORT_WORDS = {"points": QT_TR_NOOP("by points"), "cost": QT_TR_NOOP("by cost"), "zopa": QT_TR_NOOP("by zopa"),
              "name": QT_TR_NOOP("by name"), "rounds": QT_TR_NOOP("by rounds")}


def _print_compare(plan, rows: list[SupplierRow], sort_by: str) -> None:
    order = tr(SORT_WORDS[sort_by]) if sort_by in SORT_WORDS else sort_by
    if len(rows) == 1:
        print(tr("1 supplier, {order} (INTERNAL: our points, BATNA and estimates)").format(order=order))
    else:
        print(tr("{count} suppliers side by side, {order} (INTERNAL: our points, BATNA and estimates)").format(
            count=len(rows), order=order))
    for r in rows:
        if r.n_rounds == 1:
            head = tr("{name} (worked on) — 1 round") if r.active else tr("{name} — 1 round")
        else:
            head = tr("{name} (worked on) — {rounds} rounds") if r.active else tr("{name} — {rounds} rounds")
        print("\n" + head.format(name=r.name, rounds=r.n_rounds))
        if r.best is None:
            print("  " + tr("best offer:   none held"))
        elif r.best.total_cost is not None:
            print("  " + tr("best offer:   {offer}: {points:.1f} points, {cost}").format(
                offer=r.best.label, points=r.best.points, cost=_money(plan, r.best.total_cost)))
        else:
            print("  " + tr("best offer:   {offer}: {points:.1f} points").format(
                offer=r.best.label, points=r.best.points))
        if r.n_rounds:
            print("  " + tr("priorities:   {top} (our estimate)").format(top=_top(r)))
        else:
            print("  " + tr("priorities:   {top} (our prior: no rounds yet)").format(top=_top(r)))
        print("  " + tr("ZOPA:         {zopa}").format(zopa=r.zopa))
        if r.next_set and r.next_level is not None:
            print("  " + tr("next set:     {count} packages at {level:.1f} points").format(
                count=len(r.next_set), level=r.next_level))
        elif r.next_set:
            print("  " + tr("next set:     {count} packages").format(count=len(r.next_set)))
        elif r.next_note:
            print("  " + tr("next set:     none — {note}").format(note=r.next_note))
        else:
            print("  " + tr("next set:     none"))
        print("  " + tr("approvals:    {approvals}").format(approvals=r.approvals))


# -- the split ------------------------------------------------------------------------------------------
def _split(plan, a: str, b: str, steps: int, as_json: bool, volume: float | None = None) -> int:
    if volume is not None and plan.costs is None:
        raise CliError(tr("--volume: the plan has no total cost, so no volume is split (Plan ▸ Total Cost…)"))
    try:
        s = split_award(plan, _known(plan, a), _known(plan, b), steps, volume=volume)
    except ValueError as e:
        raise CliError(str(e)) from None
    if as_json:
        print(json.dumps({"a": s.a, "b": s.b, "shares": [round(float(x), 4) for x in s.shares],
                          "points": [round(float(x), 2) for x in s.points],
                          "total_cost": None if s.total_cost is None else [round(float(x), 2) for x in s.total_cost],
                          "volume": s.volume,
                          "best_single": list(s.best_single), "best_split": list(s.best_split),
                          "assumptions": list(s.assumptions), "sentence": s.sentence}, indent=2))
        return EXIT_OK
    print(tr("Split award between {a} (share) and {b} (INTERNAL)").format(a=a, b=b))
    table = [[tr("{supplier} share").format(supplier=a), tr("Points"), tr("Total cost")]]
    for k, share in enumerate(s.shares):
        cost = "" if s.total_cost is None else _money(plan, float(s.total_cost[k]))
        table.append([f"{number(100 * share, 0)} %", number(s.points[k], 1), cost])
    print(_table(table, right=(0, 1, 2)))
    print(s.sentence)
    print(tr("Assumptions:"))
    for x in s.assumptions:
        print(f"  - {x}")
    return EXIT_OK


# -- edits -----------------------------------------------------------------------------------------------
def _edit(plan, args: argparse.Namespace) -> int:
    if not args.output:
        raise CliError(tr("--switch and --add write a new plan: give -o OUT.meso"))
    _refuse_overwrite(args.output, args.force)
    check_writable(args.output)
    if args.switch is not None:
        name = _known(plan, args.switch)
        mod = _edits()
        new = mod.switch_supplier(plan, name)
        message = tr("now working on {name}").format(name=name)
    else:
        mod = _edits()
        try:
            result = mod.add_supplier(plan, args.add, negotiator=args.negotiator or "",
                                      contacts=args.contacts or "")
        except ValueError as e:
            raise CliError(str(e)) from None
        new = getattr(result, "plan", result)
        message = getattr(result, "message", "") or tr("added {name}").format(name=args.add)
    _save(new, args.output)
    print(tr("wrote {path}: {message}").format(path=args.output, message=message))
    return EXIT_OK


#: the most shares ``--split --steps`` shows (every percent; a larger number only filled memory)
MAX_STEPS = 101


def _steps(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 2 <= n <= MAX_STEPS:
        raise argparse.ArgumentTypeError(tr("{text}: expected a whole number from 2 to {most}").format(
            text=repr(text), most=MAX_STEPS))
    return n


#: the command's one-line help (marked for the catalogue; translated where shown)
SUPPLIERS_HELP = QT_TR_NOOP("the suppliers of a sourcing plan: best offers, BATNA, comparison, split awards; edits")


@command("suppliers", SUPPLIERS_HELP)
def cmd_suppliers(args: argparse.Namespace) -> int:
    plan = _load(args.plan)
    if args.sort is not None and not args.compare:
        raise CliError(tr("--sort goes with --compare"))
    editing = args.switch is not None or args.add is not None
    if args.output and not editing:
        raise CliError(tr("-o goes with --switch or --add"))
    if args.volume is not None and not args.split:
        raise CliError(tr("--volume goes with --split"))
    if args.steps is not None and not args.split:
        raise CliError(tr("--steps goes with --split"))
    for option, value in (("--negotiator", args.negotiator), ("--contacts", args.contacts)):
        if value is not None and args.add is None:  # it was dropped without a word
            raise CliError(tr("{option} goes with --add").format(option=option))
    if editing:
        return _edit(plan, args)
    if args.split:
        return _split(plan, args.split[0], args.split[1], 11 if args.steps is None else args.steps, args.json,
                      args.volume)
    if args.compare:
        sort_by = args.sort or "points"
        rows = compare_suppliers(plan, sort_by)
        if args.json:
            print(json.dumps({"sort": sort_by, "suppliers": [_row_json(r) for r in rows]}, indent=2))
        else:
            _print_compare(plan, rows, sort_by)
        return EXIT_OK
    rows = _list_rows(plan)
    if args.json:
        print(json.dumps({"batna_from_market": plan.batna_from_market, "suppliers": rows}, indent=2))
    else:
        _print_list(plan, rows)
    return EXIT_OK


@cmd_suppliers.arguments
def _suppliers_args(p: argparse.ArgumentParser) -> None:
    p.description = tr("The suppliers of a sourcing plan (docs/suppliers.md). INTERNAL: the output carries our "
                       "points, BATNA and estimates.")
    p.add_argument("plan", help=tr("a .meso file"))
    what = p.add_mutually_exclusive_group()
    what.add_argument("--compare", action="store_true", help=tr("the suppliers side by side: best offer, their "
                      "priorities, the ZOPA, the next MESO set, approvals"))
    what.add_argument("--switch", metavar="NAME", help=tr("work on supplier NAME (writes -o OUT)"))
    what.add_argument("--add", metavar="NAME", help=tr("add a supplier with no rounds (writes -o OUT)"))
    what.add_argument("--split", nargs=2, metavar=("A", "B"), help=tr("a split award between suppliers A and B"))
    p.add_argument("--sort", choices=SORT_KEYS, default=None, help=tr("with --compare: the order (default points)"))
    p.add_argument("--steps", type=_steps, default=None, help=tr("with --split: shares from 0 to 1 (default 11)"))
    p.add_argument("--volume", type=decimal, metavar="UNITS", help=tr("with --split: the units to split (default: the "
                   "volume of the best single award's offer)"))
    p.add_argument("--negotiator", metavar="TEXT", help=tr("with --add: their negotiator"))
    p.add_argument("--contacts", metavar="TEXT", help=tr("with --add: how to reach them"))
    p.add_argument("--json", action="store_true", help=tr("machine-readable output"))
    p.add_argument("-o", "--output", metavar="OUT.meso", help=tr("where an edit writes the plan"))
    p.add_argument("--force", action="store_true", help=tr("overwrite OUT (keeps OUT.bak)"))
