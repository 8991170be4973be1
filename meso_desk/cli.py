"""The ``meso-desk`` command.

    meso-desk [PLAN] [--screenshot OUT.png [--size WxH] [--workspace NAME] [--force]]    open the window
    meso-desk check PLAN                       summary of a plan
    meso-desk score PLAN                       the plan's packages and their points
    meso-desk import-genius DOMAIN PROFILE -o PLAN [--force]
    meso-desk mesos PLAN [--count 3] [--level 70] [--robust] [--no-approvals] [--json]   a MESO set
    meso-desk weights PLAN [--ask [--band 10] [-o OUT.meso]]   the weights; set them by pairwise questions
    meso-desk cards PLAN [--mesos N --level L | --packages NAMES] -o OUT.pdf [--layout a4-3up]
                    [--briefing BRIEF.pdf] [--valid-until YYYY-MM-DD] [--why-this-works] [--allow-unequal]
                    [--supplier NAME] [--force]
                    cards for the other side
    meso-desk debrief PLAN -o OUT.pdf [--paper a4] [--cards PSS.pdf] [--text] [--force]
                    the INTERNAL one-page debrief of the agreement (and post-settlement cards)

Exit codes: 0 success; 1 refused (an output file exists and --force was not given, its folder
cannot be written) or the program failed; 2 bad input — a file that cannot be read or is invalid,
bad arguments, a missing output folder, an output that is the plan, an unreachable level. Errors
are one line on stderr (a usage error too: ``_Parser``), never a traceback. ``-o`` is ``--output``
in every command (``--out`` is taken too).

GUI modules are imported only when the window is asked for, so the commands stay quick
and headless.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path

from . import __version__
from .model.approvals.rules import approvals
from .model.deal.zopa import agreed_package
from .model.documents.cards import (
    CARD_LAYOUTS,
    DEFAULT_LAYOUT,
    CardError,
    as_packages,
    card_set,
    default_packages,
    leak_warnings,
    letters,
    unequal_warning,
)
from .model.errors import one_line
from .model.io import PlanFileError, load_plan
from .model.language import QT_TR_NOOP, current_language, normalise, number, parse_number, set_language, tr
from .model.limits import ResourceLimit
from .model.offers.contingent import package_total_cost
from .model.offers.meso import STRATEGIES, MesoError, MesoPackages, MesoWarning, generate_mesos
from .model.offers.robustness import set_robustness
from .model.offers.status import below_reservation, package_status
from .model.offers.waste import WASTE_EPS
from .model.preferences.total_cost import format_money, total_cost, total_costs
from .model.preferences.weights import weights_as_percent
from .model.scoring import score

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_BAD_INPUT = 2


class CliError(Exception):
    """An error reported as one line with an exit code."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


# -- commands -----------------------------------------------------------------------------
# Each command: name → (help, add_arguments(parser), run(args) -> exit code).
Command = tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]
COMMANDS: dict[str, Command] = {}


class _Parser(argparse.ArgumentParser):
    """A command's parser: a usage error is one line (``meso-desk cards: error: … (see meso-desk cards
    --help)``, exit 2), ``-o`` is ``--output`` everywhere and ``--out`` is taken too (the
    attribute keeps the name the command reads)."""

    def __init__(self, **kw) -> None:
        super().__init__(formatter_class=kw.pop("formatter_class", _HelpFormatter), **kw)

    def add_argument(self, *names, **kw):
        if "-o" in names:
            kw.setdefault("dest", next((n[2:] for n in names if n.startswith("--")), "output"))
            names = ("-o", "--output", "--out")
        return super().add_argument(*names, **kw)

    def error(self, message: str):
        message = message.replace("-o/--output/--out", "-o/--output")
        self.exit(EXIT_BAD_INPUT, tr("{prog}: error: {message} (see {prog} --help)").format(
            prog=self.prog, message=one_line(message)) + "\n")


class _HelpFormatter(argparse.HelpFormatter):
    """Help that names ``-o`` once as ``-o OUT, --output OUT`` (``--out`` works, unlisted)."""

    def _format_action_invocation(self, action):
        if "--out" in action.option_strings and "--output" in action.option_strings:
            action = argparse.Action([o for o in action.option_strings if o != "--out"], action.dest,
                                     nargs=action.nargs, metavar=action.metavar)
        return super()._format_action_invocation(action)


def decimal(text: str) -> float:
    """An option's number as typed in the terminal's language (``70.5``; ``70,5`` too, as for
    ``--outcome``)."""
    try:
        return parse_number(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("{text}: expected a number").format(text=repr(text))) from None


def natural(text: str) -> int:
    """A whole number, 0 or more (``--seed``)."""
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(tr("{text}: expected a whole number, 0 or more").format(
            text=repr(text)))
    return n


def command(name: str, help: str):  # help: marked with QT_TR_NOOP, translated where it is shown
    def deco(fn):
        def register(add_args):
            COMMANDS[name] = (help, add_args, fn)
            return add_args

        fn.arguments = register
        return fn

    return deco


def _load(path: str):
    notes: list[str] = []
    try:
        plan = load_plan(path, notes)
    except PlanFileError as e:
        raise CliError(str(e)) from None
    for note in notes:  # an older file migrated in memory: say what was filled in
        print(tr("meso-desk: note: {file}: {note}").format(file=Path(path).name, note=note), file=sys.stderr)
    return plan


def _refuse_overwrite(path: str | Path, force: bool) -> None:
    if Path(path).exists() and not force:
        raise CliError(tr("{path}: already exists (use --force to overwrite)").format(path=path), EXIT_REFUSED)


def _table(rows: list[list[str]], right: Sequence[int] = ()) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))]
        lines.append("  ".join(cells).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


@command("check", QT_TR_NOOP("summarise a plan file (exit 2 if it cannot be read)"))
def cmd_check(args: argparse.Namespace) -> int:
    plan = _load(args.plan)
    print(f"{plan.title}")
    if plan.our_organisation or plan.counterpart:
        print("  " + " ↔ ".join([plan.our_organisation or tr("(us)"), plan.counterpart or tr("(counterpart)")]))
    pct = weights_as_percent(plan.weights)
    rows = [[tr("issue", "command-line table column"), tr("kind", "command-line table column"),
             tr("range / options", "command-line table column"), tr("better", "command-line table column"),
             tr("never accept", "command-line table column"), tr("weight", "command-line table column")]]
    for i in plan.issues:
        if i.is_numeric:
            kind, better = tr("numeric", "kind of issue"), (tr("lower") if i.direction == "lower" else tr("higher"))
            term = "" if i.hard_limit is None else i.format_term(i.hard_limit)
            limit = term and (tr("above {term}", "hard limit") if i.direction == "lower" else
                              tr("below {term}", "hard limit")).format(term=term)
        else:
            kind, better = tr("categorical", "kind of issue"), i.best
            limit = _shorten(", ".join(o.label for o in i.options if not o.acceptable), 30)
        rows.append([i.name, kind, _options_text(i), better, limit, f"{number(pct[i.name], 1)} %"])
    print("  " + _count(len(plan.issues), tr("{count} issue"), tr("{count} issues")))
    if plan.issues:
        print("\n".join("    " + line for line in _table(rows, right=(5,)).splitlines()))
    print("  " + tr("reservation {reservation:.1f} points, aspiration {aspiration:.1f} points").format(
        reservation=plan.reservation, aspiration=plan.aspiration))
    if plan.batna:
        print("  " + tr("BATNA: {batna}").format(batna=plan.batna))
    print("  " + ", ".join([_count(len(plan.packages), tr("{count} package"), tr("{count} packages")),
                            _count(len(plan.meso_sets), tr("{count} MESO set"), tr("{count} MESO sets")),
                            _count(len(plan.rounds), tr("{count} round"), tr("{count} rounds"))]))
    bad = [p.name for p in plan.packages if not plan.package(p.name).acceptable]
    if bad:
        print("  " + tr("unacceptable packages: {names}").format(names=", ".join(bad)))
    low = [p.name for p in plan.packages if package_status(plan, p.name).status == "below"]
    if low:
        print("  " + tr("below the reservation value: {names}").format(names=", ".join(low)))
    if plan.their_reservation is not None:
        print("  " + tr("their reservation (our guess): {value:.1f} ± {uncertainty:.1f} points on their scale").format(
            value=plan.their_reservation, uncertainty=plan.their_reservation_uncertainty))
    if plan.agreement is not None:
        _print_agreement(plan)
    return EXIT_OK


def _day(d: date) -> str:
    """A date on its own: ``2026-12-04`` in English, ``04.12.2026`` in German."""
    return d.isoformat() if current_language() == "en" else d.strftime("%d.%m.%Y")


def _print_agreement(plan) -> None:
    a = plan.agreement
    agreed = (tr("agreed on {date} ({source}):") if a.date and a.source else tr("agreed on {date}:") if a.date
              else tr("agreed ({source}):") if a.source else tr("agreed:"))
    print("  " + agreed.format(date=_day(a.date) if a.date else "", source=a.source))
    try:
        pkg = agreed_package(plan)
    except (KeyError, ValueError):
        pkg = None
    for i in plan.issues:
        if i.name in a.terms:
            print(f"    {i.name}: {i.format_term(a.terms[i.name])}")
    if pkg is not None:
        v = score(plan, pkg)
        margin = abs(v - plan.reservation)
        below = below_reservation(plan, v)
        worth = ((tr("worth {points:.1f} points to us, {margin:.1f} below the reservation value") if pkg.acceptable
                  else tr("worth {points:.1f} points to us, {margin:.1f} below the reservation value; breaks a "
                          "hard limit or an unacceptable option")) if below else
                 (tr("worth {points:.1f} points to us, {margin:.1f} above the reservation value") if pkg.acceptable
                  else tr("worth {points:.1f} points to us, {margin:.1f} above the reservation value; breaks a "
                          "hard limit or an unacceptable option")))
        print("    " + worth.format(points=v, margin=margin))
    if a.before_post_settlement is not None:
        print("    " + tr("(replaced by a post-settlement package; the first agreement is kept in the file)"))


def _count(n: int, one, many, **kw) -> str:  # one, many: tr("{count} issue"), tr("{count} issues")
    return (one if n == 1 else many).format(count=n, **kw)


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip(", ") + "…"


def _options_text(issue) -> str:
    """A numeric range, or the options (long lists shortened: ``a0, a1, …, a1000 (1001 options)``)."""
    if issue.is_numeric:
        return issue.range_text()
    labels = issue.labels
    full = ", ".join(labels)
    if len(full) <= 60:
        return full
    head = []
    for lab in labels[:-1]:
        if len(", ".join([*head, lab])) > 40:
            break
        head.append(lab)
    return tr("{first}, …, {last} ({count} options)").format(first=", ".join(head), last=_shorten(labels[-1], 15),
                                                               count=len(labels))


@cmd_check.arguments
def _check_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", help=tr("a .meso file"))


@command("score", QT_TR_NOOP("list the plan's packages with our points"))
def cmd_score(args: argparse.Namespace) -> int:
    plan = _load(args.plan)
    if args.json:
        out = []
        for sp in plan.packages:
            pkg = plan.package(sp.name)
            out.append({"name": sp.name, "points": round(score(plan, pkg), 4),
                        "total_cost": package_total_cost(plan, pkg), "acceptable": pkg.acceptable,
                        "violations": pkg.violations, "terms": pkg.terms})
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not plan.packages:
        print(tr("no packages in this plan"))
        return EXIT_OK
    rows = [[tr("package", "command-line table column"), *plan.issue_names, tr("points", "command-line table column"),
             *([tr("total cost", "command-line table column")] if plan.costs else []), ""]]
    for sp in plan.packages:
        pkg = plan.package(sp.name)
        s = score(plan, pkg)
        below = below_reservation(plan, s)
        flag = ((tr("UNACCEPTABLE, below reservation") if below else tr("UNACCEPTABLE")) if not pkg.acceptable
                else tr("below reservation") if below else "")
        cost = [_money(plan, package_total_cost(plan, pkg))] if plan.costs else []  # contingent: expected
        rows.append([sp.name, *(plan.issue(n).format_term(pkg[n]) for n in plan.issue_names), number(s, 1), *cost,
                     flag])
    print(_table(rows, right=tuple(range(len(plan.issue_names) + 1, len(rows[0]) - 1))))
    print(tr("(reservation {reservation:.1f}, aspiration {aspiration:.1f})").format(
        reservation=plan.reservation, aspiration=plan.aspiration))
    for sp in plan.packages:
        for why in plan.package(sp.name).violations:
            print(f"{sp.name}: {why}")
    return EXIT_OK


def _money(plan, amount: float | None) -> str:  # a total cost in a table: EUR 552,000 ("" without a cost model)
    return "" if amount is None else format_money(float(amount), plan.currency)


@cmd_score.arguments
def _score_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", help=tr("a .meso file"))
    p.add_argument("--json", action="store_true", help=tr("print JSON instead of a table"))


@command("mesos", QT_TR_NOOP("propose a MESO set: packages worth the same to us, each conceding on another issue"))
def cmd_mesos(args: argparse.Namespace) -> int:
    plan = _load(args.plan)
    mesos = _generate(plan, args.count, args.level, strategy=args.strategy, seed=args.seed,
                      robust=True if args.robust else None, approvals=args.approvals)
    robustness = set_robustness(plan, mesos)
    verdicts = approvals(plan, list(mesos))
    if args.json:
        out = {
            "level": mesos.level,
            "requested_level": mesos.requested_level,
            "tolerance": mesos.tolerance,
            "reservation": plan.reservation,
            "counterpart_estimate": mesos.their_label,
            "packages": [
                {"name": p.name, "terms": p.terms, "points": round(o, 4), "concedes_on": c,
                 "concession_margin": round(m, 4), "their_estimated_points": round(t, 4),
                 "left_on_table": round(w, 4), "total_cost": total_cost(plan, p),
                 "approvals": {"sign_off": verdicts.signers(k), "object": verdicts.objections(k)}}
                for k, (p, o, c, m, t, w) in enumerate(zip(mesos, mesos.ours, mesos.conceded, mesos.margins,
                                                           mesos.theirs, mesos.waste))
            ],
            "worst_spread_over_weight_region": round(robustness.worst, 4),
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return EXIT_OK
    rows = [["", *(p.name or "" for p in mesos)]]
    for issue in plan.issues:
        rows.append([issue.name, *(issue.format_term(p[issue.name]) for p in mesos)])
    rows.append([tr("our points", "command-line table row"), *(number(o, 2) for o in mesos.ours)])
    if plan.costs is not None:
        costs = total_costs(plan, list(mesos))
        rows.append([tr("total cost", "command-line table row"),
                     *(_money(plan, x) for x in (costs if costs is not None else [None] * len(mesos)))])
    if verdicts.rules:
        rows.append([tr("approvals", "command-line table row"), *(x or "—" for x in verdicts.lines())])
    rows.append([tr("concedes on", "command-line table row"), *mesos.conceded])
    rows.append([tr("their points (est.)", "command-line table row"), *(number(t, 1) for t in mesos.theirs)])
    rows.append([tr("left on table (theirs)", "command-line table row"),
                 *(f"≈ {number(w, 1)}" if w > WASTE_EPS else "0" for w in mesos.waste)])
    print(tr("MESO set at {level:.1f} points (each within {tolerance:g}; reservation {reservation:.1f})").format(
        level=mesos.level, tolerance=mesos.tolerance, reservation=plan.reservation))
    print(_table(rows))
    print(tr("(their points: {estimate}; left on table: what each package leaves them against the best we could "
             "give them at the same value to us)").format(estimate=mesos.their_label))
    print(tr("robustness: {sentence}").format(sentence=robustness.sentence))
    return EXIT_OK


@cmd_mesos.arguments
def _mesos_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", help=tr("a .meso file"))
    p.add_argument("--count", type=int, default=3, help=tr("packages in the set, 2-5 (default 3)"))
    p.add_argument("--level", type=decimal, default=None, help=tr("points each package is worth (default: aspiration)"))
    p.add_argument("--strategy", choices=tuple(STRATEGIES), default="balanced",
                   help=tr("what to favour among valid sets (default balanced)"))
    p.add_argument("--seed", type=natural, default=0, help=tr("another valid set for another seed (default 0)"))
    p.add_argument("--json", action="store_true", help=tr("print JSON instead of a table"))
    p.add_argument("--robust", action="store_true",
                   help=tr("a set that stays equal if the weights are a little off (default once the plan has a "
                           "weight region; else ± 5 points)"))
    p.add_argument("--approvals", action=argparse.BooleanOptionalAction, default=None,
                   help=tr("only packages every approver of ours accepts (default: on when an approver refuses "
                           "something; docs/approvals.md)"))


def _generate(plan, count: int, level: float | None, **kw) -> MesoPackages:
    """A MESO set, its warnings on stderr, its error as a :class:`CliError`."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", MesoWarning)
        try:
            mesos = generate_mesos(plan, count, level, **kw)
        except (MesoError, ResourceLimit) as e:
            raise CliError(str(e)) from None
    for w in caught:
        _warn(w.message)
    if mesos.approximate:
        print(tr("meso-desk: note: {message}").format(message=mesos.approximation), file=sys.stderr)
    return mesos


def _warn(message) -> None:
    print(tr("meso-desk: warning: {message}").format(message=message), file=sys.stderr)


def _qt_for_printing():
    """A headless Qt application for the printing commands (the one place the CLI starts Qt)."""
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform not in ("win32", "darwin"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window needed, and none may be available
    try:
        from PySide6.QtGui import QGuiApplication
    except ImportError as e:
        raise CliError(tr("printing needs PySide6 ({error})").format(error=e), EXIT_REFUSED) from None
    return QGuiApplication.instance() or QGuiApplication(["meso-desk"])


@command("cards", QT_TR_NOOP("print package cards for the other side (PDF or PNG), and an INTERNAL briefing"))
def cmd_cards(args: argparse.Namespace) -> int:
    """Cards for a MESO set. Which packages: ``--mesos N [--level L]`` generates them exactly as
    ``meso-desk mesos``/``generate_mesos`` would; ``--packages NAME …`` names packages of the
    plan; neither: the plan's latest MESO set, else every package that may be offered. An
    existing OUT (each page's PNG) or BRIEF is refused unless --force, before any is written."""
    from .cli_output import check_card_outputs

    plan = _card_supplier(_load(args.plan), getattr(args, "supplier", None))
    out = Path(args.output)
    check_card_outputs(args, out)
    valid = _valid_until(args.valid_until)
    packages, source = _card_packages(args, plan)
    unequal = unequal_warning(plan, as_packages(plan, packages))
    if unequal and not getattr(args, "allow_unequal", False):
        raise CliError(tr("{warning}; choose equal options or add --allow-unequal").format(warning=unequal))
    try:  # what may not be offered or would show our hand: refused before any warning
        card_set(plan, packages)
    except CardError as e:
        raise CliError(str(e)) from None
    if unequal:
        _warn(unequal)
    _approver_warnings(plan, packages)
    app = _qt_for_printing()  # noqa: F841 (keeps Qt alive)
    from .app.printing.briefing_painter import export_briefing_pdf, paper_for_layout
    from .app.printing.card_painter import export_cards_pdf, export_cards_png, renderer_for
    from .app.printing.pages import ExportError
    from .cli_output import writing

    options = {"subject": args.subject or "", "show_descriptions": args.descriptions,
               "why_this_works": args.why_this_works}
    try:
        renderer = renderer_for(plan, packages, args.layout, valid, **options)
        pages = renderer.page_count()
        _refuse_card_outputs(args, out, pages)
        for w in leak_warnings(plan, renderer.cards, as_packages(plan, packages)):
            _warn(tr("check your own text on the cards: {warning}").format(warning=w))
        with writing(out):
            if out.suffix.lower() == ".png":
                written = export_cards_png(plan, packages, out, args.layout, valid, dpi=args.dpi, **options)
            else:
                written = [export_cards_pdf(plan, packages, out, args.layout, valid, **options)]
        if args.briefing:  # a generated set carries its level; the briefing reads it
            with writing(args.briefing):
                brief = export_briefing_pdf(plan, packages, args.briefing, paper=paper_for_layout(args.layout))
    except (CardError, ExportError) as e:
        raise CliError(str(e)) from None
    n = len(packages)
    print(tr("wrote {files}: {cards} ({letters}) on {pages}, {layout}, from {source}").format(
        files=", ".join(str(w) for w in written), cards=_count(n, tr("{count} card"), tr("{count} cards")),
        letters=", ".join(letters(n)), pages=_count(pages, tr("{count} page"), tr("{count} pages")),
        layout=args.layout, source=source))
    if args.briefing:
        print(tr("wrote {path}: INTERNAL briefing — keep it on your side of the table").format(path=brief))
    return EXIT_OK


def _card_supplier(plan, name: str | None):
    """The plan with supplier ``name`` worked on (its cards; None: the one worked on)."""
    if not name or name == plan.counterpart:
        return plan
    if name not in plan.supplier_names:
        raise CliError(tr("--supplier {name}: no such supplier; the plan has: {names}").format(
            name=repr(name), names=", ".join(plan.supplier_names)))
    return plan.with_supplier(name)


def _refuse_card_outputs(args: argparse.Namespace, out: Path, pages: int) -> None:
    """Every file the cards (OUT-1.png … for several pages) and the briefing would replace, refused
    unless --force, and their folders tried, before any is written."""
    from .app.printing.pages import png_paths
    from .cli_output import refuse_outputs

    refuse_outputs([*(png_paths(out, pages) if out.suffix.lower() == ".png" else [out]),
                    *([Path(args.briefing)] if args.briefing else [])], getattr(args, "force", False))


def _approver_warnings(plan, packages) -> None:
    """One line per card an approver of ours refuses (named, with the reason). The cards are still
    written — as for the other warnings; the window shows the same objection on the package."""
    pkgs = as_packages(plan, packages)
    verdicts = approvals(plan, pkgs)
    for k, (letter, p) in enumerate(zip(letters(len(pkgs)), pkgs)):
        said = "; ".join(tr("{approver} objects: {reason}").format(approver=who, reason=why)
                         for who, why in verdicts.objections(k))
        if said:
            _warn(tr("card {letter} ({package}): {objections} — settle it on our side before the card goes "
                     "out").format(letter=letter, package=p.name or letter, objections=said))


def _valid_until(text: str | None) -> date | None:
    if not text:
        return None
    try:
        valid = date.fromisoformat(text)
    except ValueError:
        raise CliError(tr("--valid-until {text}: expected a date as YYYY-MM-DD").format(text=repr(text))) from None
    if valid < date.today():
        _warn(tr("the cards say valid until {date}, which has passed").format(date=_day(valid)))
    return valid


def _card_packages(args: argparse.Namespace, plan) -> tuple[list, str]:
    """The packages to print and where they come from (a new MESO set, named, or the default)."""
    if args.mesos is not None or args.level is not None:
        extra = {}
        if args.seed is not None:
            extra["seed"] = args.seed
        if args.strategy is not None:
            extra["strategy"] = args.strategy
        packages = _generate(plan, 3 if args.mesos is None else args.mesos, args.level, **extra)
        source = tr("a new MESO set at {level:.1f} points").format(level=packages.level)
    elif args.packages:
        names = list(args.packages)
        if len(names) == 1 and names[0] not in plan.package_names and "," in names[0]:
            names = [n.strip() for n in names[0].split(",") if n.strip()]
        try:
            packages = as_packages(plan, names)
        except CardError as e:
            raise CliError(str(e)) from None
        source = tr("the named packages")
    else:
        try:
            packages, source = default_packages(plan)
        except CardError as e:
            raise CliError(str(e)) from None
    if len(packages) > 3 and args.mesos is None:
        _warn(tr("{count} options at once tend to overload the other side").format(count=len(packages)))
    return packages, source


@cmd_cards.arguments
def _cards_args(p: argparse.ArgumentParser) -> None:
    p.description = tr("Print package cards for the other side: one card per option (Option A, B, C …) with "
                       "the terms only — never our points, weights, reservation, BATNA or estimates. Which "
                       "packages: --mesos/--level generate a MESO set exactly as 'meso-desk mesos' does; "
                       "--packages names packages of the plan; by default the plan's latest MESO set, else "
                       "every package that may be offered.")
    p.add_argument("plan", help=tr("a .meso file"))
    which = p.add_mutually_exclusive_group()
    which.add_argument("--mesos", type=int, metavar="N", help=tr("generate a MESO set of N packages (2-5)"))
    which.add_argument("--packages", nargs="+", metavar="NAME", help=tr("packages of the plan, in card order "
                       "(several names, or one comma-separated list)"))
    p.add_argument("--level", type=decimal, metavar="L", help=tr("with --mesos: points each package is worth "
                   "(default: the aspiration); alone: --mesos 3 at this level"))
    p.add_argument("--seed", type=natural, default=None, help=argparse.SUPPRESS)
    p.add_argument("--strategy", choices=tuple(STRATEGIES), default=None, help=argparse.SUPPRESS)
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help=tr("the cards: a .pdf, or a .png "
                   "(several pages: OUT-1.png, OUT-2.png …)"))
    p.add_argument("--layout", choices=CARD_LAYOUTS, default=DEFAULT_LAYOUT,
                   help=tr("a4-3up / letter-3up: three cards per page with cut marks; a5 / a6: one card per "
                           "page (default {layout})").format(layout=DEFAULT_LAYOUT))
    p.add_argument("--briefing", metavar="BRIEF.pdf", help=tr("also write the INTERNAL briefing sheet (our points, "
                   "what each choice tells us, concessions, questions) to this PDF"))
    p.add_argument("--force", action="store_true", help=tr("overwrite the cards and the briefing if they exist"))
    p.add_argument("--valid-until", metavar="YYYY-MM-DD", help=tr("print 'Valid until …' on every card"))
    p.add_argument("--subject", metavar="TEXT", help=tr("a subject line under the counterpart's name"))
    p.add_argument("--descriptions", action="store_true", help=tr("print each issue's description under its name"))
    p.add_argument("--dpi", type=decimal, default=200.0, help=tr("resolution of PNG output (default 200)"))
    p.add_argument("--why-this-works", action="store_true", help=tr("print a reverse on every card with talking "
                   "points for their negotiator (docs/behind-the-table.md; checked by the same leak guard)"))
    p.add_argument("--allow-unequal", action="store_true", help=tr("print options whose points spread more than "
                   "the MESO tolerance (refused by default: the cards call the options equally welcome)"))
    p.add_argument("--supplier", metavar="NAME", help=tr("a sourcing plan: the cards for this supplier (as if "
                   "switched to it; never another supplier's name or terms)"))


# -- entry point ----------------------------------------------------------------------------
def _gui_parser() -> argparse.ArgumentParser:
    width = max(map(len, COMMANDS)) + 1  # the longest name (import-geniusweb) keeps a gap too
    cmds = "\n".join(f"  {n:<{width}} {tr(h)}" for n, (h, _, _) in COMMANDS.items())
    p = _Parser(
        prog="meso-desk",
        description=tr("Plan a negotiation with multiple equivalent simultaneous offers (MESOs)."),
        epilog=tr("commands (meso-desk COMMAND --help):") + f"\n{cmds}\n\n"
        + tr("exit codes: 0 ok, 1 refused or failed, 2 bad input (unreadable or invalid file, bad arguments)"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"MESO Desk {__version__}")
    p.add_argument("plan", nargs="?", help=tr("a .meso plan to open (default: the supplier example)"))
    p.add_argument("--screenshot", metavar="OUT.png", help=tr("render the window to a PNG and exit"))
    p.add_argument("--force", action="store_true", help=tr("overwrite OUT.png if it exists"))
    p.add_argument("--size", metavar="WxH", help=tr("the screenshot's size (default 1400x900)"))
    p.add_argument("--workspace", metavar="NAME",
                   help=tr("the screenshot's workspace: prepare, offers, room or deal"))
    return p


def _command_parser(name: str) -> argparse.ArgumentParser:
    help_, add_args, _ = COMMANDS[name]
    p = _Parser(prog=f"meso-desk {name}", description=tr(help_))
    add_args(p)
    return p


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """``$MESO_DESK_LANGUAGE``, else the POSIX locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``; ``de_DE.UTF-8``)."""
    env = os.environ if environ is None else environ
    found = [v for k in ("MESO_DESK_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG") if (v := env.get(k, "").strip())]
    return normalise(found[0] if found else None)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(cli_language())  # before any parser is built: the help texts speak it too
    _tolerant_streams()
    try:
        if argv and argv[0] in COMMANDS:
            name = argv[0]
            args = _command_parser(name).parse_args(argv[1:])
            return COMMANDS[name][2](args)
        args = _gui_parser().parse_args(argv)
        return run_gui(args)
    except CliError as e:
        print(f"meso-desk: {one_line(str(e))}", file=sys.stderr)
        return e.code
    except SystemExit as e:  # argparse: --help, --version, usage errors
        return int(e.code or 0) if isinstance(e.code, int) else EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as e:  # a bug: still one line and an exit code, the trace on request
        if os.environ.get("MESO_DESK_DEBUG"):
            raise
        print(tr("meso-desk: internal error: {kind}: {message} (set MESO_DESK_DEBUG=1 for details)").format(
            kind=type(e).__name__, message=one_line(str(e), 120)), file=sys.stderr)
        return EXIT_REFUSED


def _tolerant_streams() -> None:
    """Text the console cannot encode (a cp1252 Windows console) is escaped, never an error."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            pass


def run_gui(args: argparse.Namespace) -> int:
    if args.screenshot:  # the picture's file is checked before the window is made (docs/window.md)
        from .cli_output import check_screenshot

        check_screenshot(args.screenshot, args.plan, args.force)
    elif args.force:
        raise CliError(tr("--force goes with --screenshot"))
    try:
        from .app.application import run
    except ImportError as e:
        if "PySide6" in str(e) or "pyqtgraph" in str(e):
            raise CliError(tr("the window needs PySide6 and pyqtgraph ({error})").format(error=e), EXIT_REFUSED) from None
        _gui_parser().print_help()
        return EXIT_OK
    return run(plan_path=args.plan, screenshot=args.screenshot, size=args.size, workspace=args.workspace)


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()


# register the split command modules: events, contingent; weights; export, import-quotes, GENIUS, summary;
# suppliers (a sourcing plan, docs/suppliers.md)
from . import cli_debrief, cli_contingent, cli_exchange, cli_suppliers, cli_weights  # noqa: E402,F401,I001

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
