"""The ``meso-desk`` command.

    meso-desk [PLAN] [--screenshot OUT.png]    open the window (on the supplier example)
    meso-desk check PLAN                       summary of a plan
    meso-desk score PLAN                       the plan's packages and their points
    meso-desk import-genius DOMAIN PROFILE -o PLAN [--force]

Exit codes: 0 success; 1 refused (an output file exists and --force was not given) or the
program failed; 2 bad input — a file that cannot be read or is invalid, bad arguments, an
unreachable level. Errors are one line on stderr, never a traceback.

GUI modules are imported only when the window is asked for, so the commands stay quick
and headless.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__

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


def command(name: str, help: str):
    def deco(fn):
        def register(add_args):
            COMMANDS[name] = (help, add_args, fn)
            return add_args

        fn.arguments = register
        return fn

    return deco


def _load(path: str):
    from .model.io import PlanFileError, load_plan

    try:
        return load_plan(path)
    except PlanFileError as e:
        raise CliError(str(e)) from None


def _refuse_overwrite(path: str | Path, force: bool) -> None:
    if Path(path).exists() and not force:
        raise CliError(f"{path}: already exists (use --force to overwrite)", EXIT_REFUSED)


def _table(rows: list[list[str]], right: Sequence[int] = ()) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))]
        lines.append("  ".join(cells).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


@command("check", "summarise a plan file (exit 2 if it cannot be read)")
def cmd_check(args: argparse.Namespace) -> int:
    from .model.plan import weights_as_percent
    from .model.scoring import score

    plan = _load(args.plan)
    print(f"{plan.title}")
    if plan.our_organisation or plan.counterpart:
        print(f"  {plan.our_organisation or '(us)'} ↔ {plan.counterpart or '(counterpart)'}")
    pct = weights_as_percent(plan.weights)
    rows = [["issue", "kind", "range / options", "weight"]]
    for i in plan.issues:
        kind = "numeric" if i.is_numeric else "categorical"
        rows.append([i.name, kind, i.range_text(), f"{pct[i.name]:.1f} %"])
    print(f"  {len(plan.issues)} issues")
    print("\n".join("    " + line for line in _table(rows, right=(3,)).splitlines()))
    print(f"  reservation {plan.reservation:.1f} points, aspiration {plan.aspiration:.1f} points")
    if plan.batna:
        print(f"  BATNA: {plan.batna}")
    print(f"  {len(plan.packages)} packages, {len(plan.meso_sets)} MESO sets, {len(plan.rounds)} rounds")
    bad = [p.name for p in plan.packages if not plan.package(p.name).acceptable]
    if bad:
        print(f"  unacceptable packages: {', '.join(bad)}")
    del score
    return EXIT_OK


@cmd_check.arguments
def _check_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", help="a .meso file")


@command("score", "list the plan's packages with our points")
def cmd_score(args: argparse.Namespace) -> int:
    import json

    from .model.scoring import score

    plan = _load(args.plan)
    if args.json:
        out = []
        for sp in plan.packages:
            pkg = plan.package(sp.name)
            out.append({"name": sp.name, "points": round(score(plan, pkg), 4),
                        "acceptable": pkg.acceptable, "terms": pkg.terms})
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not plan.packages:
        print("no packages in this plan")
        return EXIT_OK
    rows = [["package", *plan.issue_names, "points", ""]]
    for sp in plan.packages:
        pkg = plan.package(sp.name)
        s = score(plan, pkg)
        flag = "below reservation" if s < plan.reservation - 1e-9 else ""
        if not pkg.acceptable:
            flag = "UNACCEPTABLE" + (", " + flag if flag else "")
        rows.append([sp.name, *(plan.issue(n).format_term(pkg[n]) for n in plan.issue_names), f"{s:.1f}", flag])
    print(_table(rows, right=(len(rows[0]) - 2,)))
    print(f"(reservation {plan.reservation:.1f}, aspiration {plan.aspiration:.1f})")
    return EXIT_OK


@cmd_score.arguments
def _score_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", help="a .meso file")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")


@command("import-genius", "build a plan from a GENIUS domain and our profile")
def cmd_import_genius(args: argparse.Namespace) -> int:
    from .model.io import PlanFileError, save_plan
    from .model.io.genius import GeniusError, import_genius

    _refuse_overwrite(args.output, args.force)
    try:
        plan = import_genius(args.domain, args.profile)
    except GeniusError as e:
        raise CliError(str(e)) from None
    try:
        save_plan(plan, args.output, backup=True)
    except PlanFileError as e:
        raise CliError(str(e), EXIT_REFUSED) from None
    print(f"wrote {args.output}: {len(plan.issues)} issues, reservation {plan.reservation:.1f} points")
    return EXIT_OK


@cmd_import_genius.arguments
def _imp_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("domain", help="GENIUS domain XML")
    p.add_argument("profile", help="GENIUS utility profile XML (our side)")
    p.add_argument("-o", "--output", required=True, help="the .meso file to write")
    p.add_argument("--force", action="store_true", help="overwrite OUTPUT if it exists")


# -- entry point ----------------------------------------------------------------------------
def _gui_parser() -> argparse.ArgumentParser:
    cmds = "\n".join(f"  {n:<14} {h}" for n, (h, _, _) in COMMANDS.items())
    p = argparse.ArgumentParser(
        prog="meso-desk",
        description="Plan a negotiation with multiple equivalent simultaneous offers (MESOs).",
        epilog=f"commands (meso-desk COMMAND --help):\n{cmds}\n\n"
        "exit codes: 0 ok, 1 refused or failed, 2 bad input (unreadable or invalid file, bad arguments)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"MESO Desk {__version__}")
    p.add_argument("plan", nargs="?", help="a .meso plan to open (default: the supplier example)")
    p.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    return p


def _command_parser(name: str) -> argparse.ArgumentParser:
    help_, add_args, _ = COMMANDS[name]
    p = argparse.ArgumentParser(prog=f"meso-desk {name}", description=help_)
    add_args(p)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            name = argv[0]
            args = _command_parser(name).parse_args(argv[1:])
            return COMMANDS[name][2](args)
        args = _gui_parser().parse_args(argv)
        return run_gui(args)
    except CliError as e:
        print(f"meso-desk: {e}", file=sys.stderr)
        return e.code
    except SystemExit as e:  # argparse: --help, --version, usage errors
        return int(e.code or 0) if isinstance(e.code, int) else EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


def run_gui(args: argparse.Namespace) -> int:
    try:
        from .app.application import run
    except ImportError as e:
        if "PySide6" in str(e) or "pyqtgraph" in str(e):
            raise CliError(f"the window needs PySide6 and pyqtgraph ({e})", EXIT_REFUSED) from None
        _gui_parser().print_help()
        return EXIT_OK
    return run(plan_path=args.plan, screenshot=args.screenshot)


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
