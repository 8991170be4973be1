"""Commands that move a plan to and from other programs (``docs/spreadsheets.md``, ``docs/genius-import.md``).

    meso-desk export PLAN -o OUT.xlsx|OUT.csv [--table packages|meso_sets|rounds|estimate] [--force]
    meso-desk import-quotes PLAN QUOTES.csv|.xlsx -o NEW.meso [--force]
    meso-desk import-genius DOMAIN PROFILE -o PLAN.meso [--force]
    meso-desk export-genius PLAN -o DIR [--force]  GENIUS domain + profile XML and a GeniusWeb JSON profile
                    (the profiles named ``…_profile_INTERNAL``: our weights, reservation and BATNA)
    meso-desk import-geniusweb PROFILE.json -o PLAN.meso [--force]
    meso-desk summary PLAN -o OUT.pdf          the INTERNAL one-page summary for approvers

``-o`` is ``--output`` (``--out`` is taken too). Every output is checked before any work: an
existing file is refused unless ``--force`` (exit 1), a missing folder is exit 2, a folder that
cannot be written exit 1 (``cli_output``); the summary must end in ``.pdf`` and is never the plan.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from .cli import EXIT_OK, EXIT_REFUSED, CliError, _count, _load, _refuse_overwrite, command
from .cli_output import check_output, check_writable, refuse_existing, refuse_plan, writing
from .model.edits.quote_edits import import_quotes
from .model.io import PlanFileError, save_plan
from .model.io.genius import read_genius
from .model.io.genius_xml import GeniusError
from .model.io.quote_sheets import read_quotes
from .model.io.spreadsheets import TABLES, SpreadsheetError, export_paths, export_spreadsheet
from .model.language import QT_TR_NOOP, tr
from .model.plan import Plan


def _out_args(p: argparse.ArgumentParser, what: str, metavar: str = "OUT") -> None:
    """``what``: the help of ``-o`` (``--output``; ``--out`` is taken too), already translated."""
    p.add_argument("-o", "--out", required=True, metavar=metavar, help=what)
    p.add_argument("--force", action="store_true", help=tr("overwrite OUT if it exists"))


def _new_file(path: str, force: bool) -> None:
    """An output refused before any work: it exists (exit 1 unless ``force``), its folder is
    missing (exit 2) or cannot be written (exit 1) — the same lines in every command."""
    _refuse_overwrite(path, force)
    check_writable(path)


#: the commands' one-line help (marked for the catalogue; translated where shown: the command's
#: description below, the list of commands in ``meso-desk --help``)
EXPORT_HELP = QT_TR_NOOP("export packages, MESO sets, rounds and the estimate to .xlsx or CSV (INTERNAL)")
IMPORT_QUOTES_HELP = QT_TR_NOOP("add supplier quotes (one row each, columns named like the issues) as packages")
EXPORT_GENIUS_HELP = QT_TR_NOOP("write the plan as a GENIUS domain and profile (XML) and a GeniusWeb profile (JSON)")
IMPORT_GENIUSWEB_HELP = QT_TR_NOOP("turn a GeniusWeb linear additive profile (JSON) into a plan")
SUMMARY_HELP = QT_TR_NOOP("write the INTERNAL one-page summary for approvers (PDF)")


def _save(plan, path: str) -> None:
    try:
        save_plan(plan, path)
    except PlanFileError as e:
        raise CliError(str(e), EXIT_REFUSED) from None


def _imported(plan, path: str) -> None:
    """What both importers say: ``wrote PLAN: 6 issues, reservation 41.7 points``."""
    print(_count(len(plan.issues), tr("wrote {path}: {count} issue, reservation {reservation:.1f} points"),
                 tr("wrote {path}: {count} issues, reservation {reservation:.1f} points"),
                 path=path, reservation=plan.reservation))


@command("export", EXPORT_HELP)
def cmd_export(args: argparse.Namespace) -> int:
    plan = _load(args.plan)
    try:
        paths = export_paths(plan, args.out, args.table)
        refuse_plan(paths, args.plan)  # never the plan itself, even with --force
        refuse_existing(paths, args.force)  # OUT-packages.csv … too
        for p in paths:
            check_writable(p)
        for p in export_spreadsheet(plan, args.out, args.table):
            print(tr("wrote {path} (INTERNAL: never send it to the counterpart)").format(path=p))
    except SpreadsheetError as e:
        raise CliError(str(e)) from None
    return EXIT_OK


@cmd_export.arguments
def _export_args(p: argparse.ArgumentParser) -> None:
    p.description = tr(EXPORT_HELP)
    p.add_argument("plan", help=tr("a .meso file"))
    _out_args(p, tr("OUT.xlsx (one sheet per table) or OUT.csv (one file per table)"))
    p.add_argument("--table", choices=TABLES, help=tr("only this table"))


@command("import-quotes", IMPORT_QUOTES_HELP)
def cmd_import_quotes(args: argparse.Namespace) -> int:
    plan = _load(args.plan)
    _new_file(args.out, args.force)
    sheet = read_quotes(plan, args.quotes)
    if sheet.errors:
        first, source = sheet.errors[0], sheet.source
        for name in (str(args.quotes), sheet.source):  # a whole-file error names the file already ("q.csv: …")
            if first.startswith(f"{name}: "):
                first, source = first[len(name) + 2:], name
                break
        if len(sheet.errors) > 1:
            raise CliError(tr("{source}: {error} (and {more} more)").format(
                source=source, error=first, more=len(sheet.errors) - 1))
        raise CliError(f"{source}: {first}")
    r = import_quotes(plan, sheet.packages, sheet.source)
    if not r.ok:
        raise CliError(r.message)
    _save(r.plan, args.out)
    for q in sheet.packages:
        print(f"  {q.name}")
    print(tr("{message} Saved {path}").format(message=r.message, path=args.out))
    return EXIT_OK


@cmd_import_quotes.arguments
def _import_quotes_args(p: argparse.ArgumentParser) -> None:
    p.description = tr(IMPORT_QUOTES_HELP)
    p.add_argument("plan", help=tr("a .meso file"))
    p.add_argument("quotes", help=tr("a .csv or .xlsx file, one row per quote"))
    _out_args(p, tr("the new .meso file"))


@command("import-genius", QT_TR_NOOP("build a plan from a GENIUS domain and our profile"))
def cmd_import_genius(args: argparse.Namespace) -> int:
    assumed: list[str] = []

    def read() -> Plan:
        case = read_genius(args.domain, args.profile)
        assumed.extend(case.warnings)
        return case.to_plan()

    code = _import_to(args.out, args.force, read)
    for line in assumed:  # what the files did not say (no weights): never assumed quietly
        print("  " + line)
    return code


def _import_to(out: str, force: bool, read: Callable[[], Plan]) -> int:
    """The import commands: ``out`` tried first, the plan read (a GENIUS file's problem in one
    line), saved and summed up."""
    _new_file(out, force)
    try:
        plan = read()
    except GeniusError as e:
        raise CliError(str(e)) from None
    _save(plan, out)
    _imported(plan, out)
    return EXIT_OK


@cmd_import_genius.arguments
def _imp_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("domain", help=tr("GENIUS domain XML"))
    p.add_argument("profile", help=tr("GENIUS utility profile XML (our side)"))
    _out_args(p, tr("the .meso file to write"))


@command("export-genius", EXPORT_GENIUS_HELP)
def cmd_export_genius(args: argparse.Namespace) -> int:
    from .model.io.genius_export import export_genius, genius_paths
    from .model.io.geniusweb import export_geniusweb

    plan = _load(args.plan)
    out = Path(args.out)
    domain, profile = genius_paths(plan, out)
    refuse_existing((domain, profile, profile.with_suffix(".json")), args.force)
    check_writable(domain if out.is_dir() else out)  # DIR is made, its folder must exist
    try:
        files = export_genius(plan, out)
        json_path = files.profile.with_suffix(".json")
        notes = list(files.notes) + [n for n in export_geniusweb(plan, json_path) if n not in files.notes]
    except GeniusError as e:
        raise CliError(str(e)) from None
    print(tr("wrote {domain}, {profile} (GENIUS) and {json} (GeniusWeb); the profiles are INTERNAL: our weights, "
             "reservation and BATNA — never send them to the counterpart").format(
        domain=files.domain, profile=files.profile, json=json_path))
    for n in dict.fromkeys(notes):
        print("  " + tr("not held: {note}").format(note=n))
    return EXIT_OK


@cmd_export_genius.arguments
def _export_genius_args(p: argparse.ArgumentParser) -> None:
    p.description = tr(EXPORT_GENIUS_HELP)
    p.add_argument("plan", help=tr("a .meso file"))
    p.add_argument("-o", "--out", required=True, help=tr("the folder to write into (created if missing)"))
    p.add_argument("--force", action="store_true", help=tr("overwrite the domain and profile files if they exist"))


@command("import-geniusweb", IMPORT_GENIUSWEB_HELP)
def cmd_import_geniusweb(args: argparse.Namespace) -> int:
    from .model.io.geniusweb import import_geniusweb

    return _import_to(args.out, args.force, lambda: import_geniusweb(args.profile))


@cmd_import_geniusweb.arguments
def _import_geniusweb_args(p: argparse.ArgumentParser) -> None:
    p.description = tr(IMPORT_GENIUSWEB_HELP)
    p.add_argument("profile", help=tr("a GeniusWeb profile (.json)"))
    _out_args(p, tr("the new .meso file"))


@command("summary", SUMMARY_HELP)
def cmd_summary(args: argparse.Namespace) -> int:
    from .cli import _qt_for_printing
    from .model.documents.summary import approval_summary

    plan = _load(args.plan)
    check_output(args.out, args.plan, args.force, ".pdf", tr("{path}: the summary must end in .pdf"))
    if args.text:
        print(approval_summary(plan).text())
    app = _qt_for_printing()  # noqa: F841 (keeps Qt alive)
    from .app.printing.pages import ExportError
    from .app.printing.summary_painter import export_summary_pdf

    try:
        with writing(args.out):
            written, pages = export_summary_pdf(plan, args.out, args.paper)
    except ExportError as e:
        raise CliError(str(e)) from None
    if pages == 1:
        print(tr("wrote {path}: INTERNAL summary for approvers, 1 page").format(path=written))
    else:
        print(tr("wrote {path}: INTERNAL summary for approvers, {pages} pages").format(path=written, pages=pages))
    return EXIT_OK


@cmd_summary.arguments
def _summary_args(p: argparse.ArgumentParser) -> None:
    p.description = tr(SUMMARY_HELP)
    p.add_argument("plan", help=tr("a .meso file"))
    _out_args(p, tr("the summary PDF"), "OUT.pdf")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help=tr("paper size (default a4)"))
    p.add_argument("--text", action="store_true", help=tr("also print the summary as text"))
