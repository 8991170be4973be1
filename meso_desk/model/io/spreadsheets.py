"""Spreadsheets: the plan's tables to ``.xlsx``/CSV (INTERNAL).

Export (``docs/spreadsheets.md``): four tables — packages, MESO sets, rounds and the counterpart
estimate — one sheet each in an ``.xlsx`` (units in the header, number formats, the header row
frozen, widths fitted, "INTERNAL" in the first row and in the file's properties), or one CSV
file per table (or one chosen table). These files hold our points and our estimate of the other
side: they are never sent to the counterpart.

Reading supplier quotes from a sheet is :mod:`.quote_sheets`.

openpyxl is imported only when an ``.xlsx`` is written.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import quoted
from ..language import QT_TR_NOOP, speaking, tr
from ..plan import Plan
from ..preferences.issues import NumericIssue
from ..preferences.total_cost import total_costs
from .output_files import OutputFailed, write_files

#: The first row of every sheet and CSV file, and the xlsx properties' subject (in the plan's
#: language: ``tr(INTERNAL)``).
INTERNAL = QT_TR_NOOP("INTERNAL — our points and our estimate of the other side: never send this file to the "
                      "counterpart")
#: Table names, in sheet order (``--table`` on the command line).
TABLES = ("packages", "meso_sets", "rounds", "estimate", "events")
#: Sheet titles (shown as ``tr(SHEET_TITLES[key])``).
SHEET_TITLES = {"packages": QT_TR_NOOP("Packages"), "meso_sets": QT_TR_NOOP("MESO sets"),
                "rounds": QT_TR_NOOP("Rounds"), "estimate": QT_TR_NOOP("Estimate"), "events": QT_TR_NOOP("Events")}
#: Headers of the packages table that a quote import reads back as the name or ignores (in
#: every language: a German export reads back wherever it is imported).
PACKAGE_HEADER = QT_TR_NOOP("Package")
SET_HEADER = QT_TR_NOOP("Set")
CONDITIONS_HEADER = QT_TR_NOOP("Conditions")
POINTS_HEADER = QT_TR_NOOP("Our points")
TOTAL_COST_HEADER = QT_TR_NOOP("Total cost")
STATUS_HEADER = QT_TR_NOOP("Status")
class SpreadsheetError(ValueError):
    """A spreadsheet that cannot be read or written: one line."""


@dataclass(frozen=True)
class Column:
    """A column: its header word, unit (shown as ``Header [unit]``) and Excel number format."""

    name: str
    unit: str = ""
    number_format: str = "General"

    @property
    def header(self) -> str:
        return f"{self.name} [{self.unit}]" if self.unit else self.name


@dataclass(frozen=True)
class Table:
    """One table of the export: a sheet of the workbook, or one CSV file."""

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]


# =====================================================================================
# The tables
# =====================================================================================
def _term_columns(plan: Plan) -> list[Column]:
    cols = []
    for i in plan.issues:
        if isinstance(i, NumericIssue):
            fmt = "0" if i.decimals == 0 else "0." + "0" * i.decimals
            cols.append(Column(i.name, i.unit, fmt))
        else:
            cols.append(Column(i.name))
    return cols


def _points(x: float) -> float:
    return round(float(x), 2)


def _conditions(plan: Plan, terms: Mapping[str, Any], clauses: Mapping[str, Any]) -> str:
    """The contingent clauses of a package as the cards word them, one after the other."""
    from ..contingent.sentences import clause_sentence

    return " ".join(clause_sentence(c, plan.issue(n), terms[n], _event(plan, c.event)) for n, c in clauses.items())


def _event(plan: Plan, name: str):
    return next((e for e in plan.events if e.name == name), None)


def packages_table(plan: Plan) -> Table:
    """Every package: its MESO set, its terms (a contingent term: the one that applies when its
    clause does not bite, the clause in words under "Conditions"), our points (expected, for a
    contingent package), the total cost (if costed; expected likewise), its status."""
    from ..offers.contingent import risk
    from ..offers.status import package_status

    conditional = any(sp.clauses for sp in plan.packages)
    cols = [Column(tr(PACKAGE_HEADER)), Column(tr(SET_HEADER)), *_term_columns(plan)]
    if conditional:
        cols.append(Column(tr(CONDITIONS_HEADER)))
    cols.append(Column(tr(POINTS_HEADER), "0–100", "0.0"))
    costs = total_costs(plan, [p.terms for p in plan.packages]) if plan.packages else None
    if costs is not None:
        cols.append(Column(tr(TOTAL_COST_HEADER), plan.currency, "#,##0"))
    cols.append(Column(tr(STATUS_HEADER)))
    rows = []
    for k, sp in enumerate(plan.packages):
        st = package_status(plan, sp.name)
        s = plan.meso_set_of(sp.name)
        row = [sp.name, s.name if s else "", *(sp.terms[n] for n in plan.issue_names)]
        if conditional:
            row.append(_conditions(plan, sp.terms, sp.clauses) if sp.clauses else "")
        row.append(_points(st.value))
        if costs is not None:
            cost = float(costs[k])
            if sp.clauses:
                expected = risk(plan, plan.package(sp.name)).expected_cost
                cost = float("nan") if expected is None else float(expected)
            row.append(round(cost, 2) if math.isfinite(cost) else None)
        row.append(st.text)
        rows.append(tuple(row))
    return Table("packages", tr(SHEET_TITLES["packages"]), tuple(cols), tuple(rows))


def meso_sets_table(plan: Plan) -> Table:
    cols = (Column(tr(SET_HEADER)), Column(tr("Level", "column"), tr("points", "unit"), "0.0"),
            Column(tr("Packages", "column"), tr("count", "unit"), "0"),
            Column(tr("Package names")), Column(tr("Created")), Column(tr("Archived")))
    rows = tuple((s.name, s.level, len(s.packages), ", ".join(s.packages),
                  s.created.isoformat(timespec="minutes") if s.created else "", _yes_no(s.archived))
                 for s in plan.meso_sets)
    return Table("meso_sets", tr(SHEET_TITLES["meso_sets"]), cols, rows)


def _yes_no(flag: bool) -> str:
    return tr("yes", "spreadsheet cell") if flag else tr("no", "spreadsheet cell")


def _outcome_word(outcome: str) -> str:
    """A round's outcome in a cell of the rounds table."""
    if outcome == "accepted":
        return tr("accepted", "round outcome")
    if outcome == "not chosen":
        return tr("not chosen", "round outcome")
    if outcome == "pending":
        return tr("pending", "round outcome")
    if outcome == "none_acceptable":
        return tr("none_acceptable", "round outcome")
    return outcome


def _direction_word(label: str) -> str:
    """How their values run against ours, in a cell of the estimate table."""
    if label == "opposed":
        return tr("opposed", "their direction")
    if label == "compatible":
        return tr("compatible", "their direction")
    if label == "unknown":
        return tr("unknown", "their direction")
    return label


def rounds_table(plan: Plan) -> Table:
    """One row per package offered in a round: its terms (and clauses), our points, their rank and the outcome."""
    from ..package import Package

    conditional = any(o.clauses for r in plan.rounds for o in r.offered)
    cols = [Column(tr("Round", "column"), "", "0"), Column(tr("Option", "column")), *_term_columns(plan)]
    if conditional:
        cols.append(Column(tr(CONDITIONS_HEADER)))
    cols += [Column(tr(POINTS_HEADER), "0–100", "0.0"), Column(tr("Their rank"), tr("1 = liked best"), "0"),
             Column(tr("Outcome", "column")), Column(tr("Statement")), Column(tr("Time", "column"))]
    rows = []
    for r_k, r in enumerate(plan.rounds, 1):
        for o_k, o in enumerate(r.offered):
            rank = r.ranking.index(o_k) + 1 if o_k in r.ranking else None
            outcome = r.outcome if r.outcome != "accepted" else ("accepted" if r.accepted == o_k else "not chosen")
            cond = [_conditions(plan, o.terms, o.clauses) if o.clauses else ""] if conditional else []
            rows.append((r_k, o.label, *(o.terms.get(n) for n in plan.issue_names), *cond,
                         _points(Package(plan, o.terms, clauses=o.clauses).score),
                         rank, _outcome_word(outcome), r.statement if o_k == 0 else "",
                         r.time.isoformat(timespec="minutes") if r.time and o_k == 0 else ""))
    return Table("rounds", tr(SHEET_TITLES["rounds"]), tuple(cols), tuple(rows))


def estimate_table(plan: Plan) -> Table:
    """The counterpart estimate: per issue their weight, its 80 % range, the chance it matters
    most to them, and whether their values run against ours."""
    cols = (Column(tr("Issue", "column")), Column(tr("Their weight"), "%", "0.0%"),
            Column(tr("80 % range from"), "%", "0.0%"), Column(tr("80 % range to"), "%", "0.0%"),
            Column(tr("Most important to them"), tr("probability", "unit"), "0%"),
            Column(tr("Direction", "column")), Column(tr("Based on"), tr("observations", "unit"), "0"))
    if not plan.issues:
        return Table("estimate", tr(SHEET_TITLES["estimate"]), cols, ())
    from ..counterpart.inference import estimate_counterpart

    est = estimate_counterpart(plan)
    rows = []
    for n in plan.issue_names:
        lo, hi = est.intervals[n]
        label, p = est.direction(n)
        rows.append((n, round(est.weights[n], 4), round(lo, 4), round(hi, 4), round(est.top_issue[n], 3),
                     tr("{direction} ({probability:.0%})").format(direction=_direction_word(label), probability=p),
                     est.n_observations))
    return Table("estimate", tr(SHEET_TITLES["estimate"]), cols, tuple(rows))


def events_table(plan: Plan) -> Table:
    """The uncertain events: both sides' forecasts with their sources, how each is measured, the outcome."""
    cols = (Column(tr("Event", "column")), Column(tr("Unit or states")), Column(tr("Our forecast")),
            Column(tr("Our source")), Column(tr("Their forecast")), Column(tr("Their source")),
            Column(tr("Measured by")), Column(tr("Both can see it")), Column(tr("Outcome", "column")),
            Column(tr("Recorded")))
    rows = []
    for e in plan.events:
        unit = ", ".join(e.states) if e.kind == "states" else e.unit
        rows.append((e.name, unit, e.ours.describe(e.unit), e.ours.source,
                     e.theirs.describe(e.unit) if e.theirs else "", e.theirs.source if e.theirs else "",
                     e.measured_by, _yes_no(e.observable_by_both),
                     e.format_value(e.actual) if e.actual is not None else "",
                     e.actual_date.isoformat() if e.actual_date else ""))
    return Table("events", tr(SHEET_TITLES["events"]), cols, tuple(rows))


_BUILDERS: dict[str, Callable[[Plan], Table]] = {
    "packages": packages_table, "meso_sets": meso_sets_table, "rounds": rounds_table, "estimate": estimate_table,
    "events": events_table}


def default_tables(plan: Plan) -> tuple[str, ...]:
    """The tables an export writes when none is named: all, the events only when there are some."""
    return tuple(t for t in TABLES if t != "events" or plan.events)


def plan_tables(plan: Plan, tables: Sequence[str] | None = None) -> list[Table]:
    """The export's tables (by default :func:`default_tables`) in sheet order."""
    tables = default_tables(plan) if tables is None else tables
    _check_tables(tables)
    return [_BUILDERS[t](plan) for t in TABLES if t in tables]


def _check_tables(tables: Sequence[str] | None) -> None:
    for t in tables or ():
        if t not in _BUILDERS:
            raise SpreadsheetError(tr("unknown table {table} (one of {tables})").format(
                table=quoted(t), tables=", ".join(TABLES)))


# =====================================================================================
# Writing
# =====================================================================================
def _cell_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.12g}"
    return str(v)


def write_xlsx(plan: Plan, path: str | Path, tables: Sequence[str] | None = None) -> Path:
    """Write the tables to one workbook, one sheet each, in the plan's language (an error: in
    the language spoken); returns the path."""
    _check_tables(tables)
    with speaking(plan.language):
        wb = _workbook(plan, tables)
    path = Path(path)
    try:
        data = _xlsx_bytes(wb)
    except OSError as e:  # openpyxl's own temporary files, in the system's temporary folder
        raise SpreadsheetError(tr("{file}: cannot write ({reason})").format(file=path, reason=e.strerror or e)) \
            from None
    _write_files([(path, data)])
    return path


def _xlsx_bytes(wb) -> bytes:
    """The workbook as the bytes of an ``.xlsx`` file, made in memory (whole, or an ``OSError``)."""
    out = io.BytesIO()
    try:
        wb.save(out)
    except OSError as e:
        # let the half-made zip go now (finished in memory and thrown away), not at some later
        # moment with a traceback on stderr (ZipFile.__del__)
        e.__traceback__ = None
        raise
    return out.getvalue()


def _write_files(files: list[tuple[Path, bytes]]) -> None:
    """Written all or none, atomically (``output_files``); a failure is one line."""
    try:
        write_files(files)
    except OutputFailed as e:
        raise SpreadsheetError(str(e)) from None


def _workbook(plan: Plan, tables: Sequence[str] | None):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    props = wb.properties
    internal = tr(INTERNAL)
    props.title = tr("{title} (INTERNAL)").format(title=plan.title)
    props.subject = internal
    props.keywords = tr("INTERNAL", "spreadsheet")
    props.category = tr("INTERNAL", "spreadsheet")
    props.description = internal
    props.creator = "MESO Desk"
    bold, banner = Font(bold=True), Font(bold=True, color="B00020")
    fill = PatternFill("solid", fgColor="E8E8E8")
    for t in plan_tables(plan, tables):
        ws = wb.create_sheet(t.title)
        ws.append([f"{internal} · {plan.title}"])
        ws["A1"].font = banner
        ws.append([c.header for c in t.columns])
        for cell in ws[2]:
            cell.font, cell.fill = bold, fill
        for row in t.rows:
            ws.append([_xlsx_value(v) for v in row])
        for j, c in enumerate(t.columns, 1):
            if c.number_format != "General":
                for (cell,) in ws.iter_rows(min_row=3, min_col=j, max_col=j):
                    cell.number_format = c.number_format
            width = max([len(c.header)] + [len(_cell_text(r[j - 1])) for r in t.rows])
            ws.column_dimensions[get_column_letter(j)].width = min(60, width + 2)
        ws.freeze_panes = "A3"
    return wb


def _xlsx_value(v: Any) -> Any:
    return v if v is None or isinstance(v, (int, float, str)) else str(v)


def csv_text(table: Table, title: str = "") -> str:
    """One table as CSV text: the INTERNAL line (in the language spoken), the header, the rows."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    internal = tr(INTERNAL)
    w.writerow([f"{internal} · {title}" if title else internal])
    w.writerow([c.header for c in table.columns])
    for row in table.rows:
        w.writerow([_cell_text(v) for v in row])
    return buf.getvalue()


def _csv_path(path: Path, key: str, table: str | None) -> Path:
    return path if table else path.with_name(f"{path.stem}-{key}{path.suffix or '.csv'}")


def write_csv(plan: Plan, path: str | Path, table: str | None = None) -> list[Path]:
    """One table to ``path``; without ``table`` every table, to ``<stem>-<table>.csv`` beside it (in
    the plan's language)."""
    path = Path(path)
    keys = [table] if table else list(default_tables(plan))
    _check_tables(keys)
    with speaking(plan.language):
        texts = [(t.key, csv_text(t, plan.title)) for t in plan_tables(plan, keys)]
    files = [(_csv_path(path, key, table), text.encode("utf-8-sig")) for key, text in texts]
    _write_files(files)  # all tables or none
    return [p for p, _data in files]


def export_paths(plan: Plan, path: str | Path, table: str | None = None) -> list[Path]:
    """The files :func:`export_spreadsheet` writes for ``path``: the workbook itself, or one CSV
    file per table beside it (``OUT-packages.csv`` …; ``OUT.csv`` itself only for one ``table``).
    Check them all before writing any: an export must not overwrite a file unasked."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        _check_tables([table] if table else None)
        return [path]
    if suffix == ".csv":
        keys = [table] if table else list(default_tables(plan))
        _check_tables(keys)
        return [_csv_path(path, k, table) for k in TABLES if k in keys]
    raise SpreadsheetError(tr("{file}: choose a .xlsx or .csv file").format(file=path.name))


def export_spreadsheet(plan: Plan, path: str | Path, table: str | None = None) -> list[Path]:
    """``.xlsx`` (all tables, or the one named) or ``.csv`` by the path's suffix; returns the files
    written. The files speak the plan's language (``plan.language``); an error, the window's."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return [write_xlsx(plan, path, [table] if table else None)]
    if suffix == ".csv":
        return write_csv(plan, path, table)
    raise SpreadsheetError(tr("{file}: choose a .xlsx or .csv file").format(file=path.name))


__all__ = ["INTERNAL", "TABLES", "Column", "SpreadsheetError", "Table", "csv_text", "estimate_table",
           "export_paths", "export_spreadsheet", "meso_sets_table", "packages_table", "plan_tables", "rounds_table",
           "write_csv", "write_xlsx"]
