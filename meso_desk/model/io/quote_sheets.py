"""Supplier quotes read from a CSV or ``.xlsx`` sheet (``docs/spreadsheets.md``).

One row per quote, columns matched to the plan's issues by name (case-insensitive, a unit in
brackets or parentheses allowed: ``Price [EUR]``); :func:`read_quotes` checks every cell and
returns the quotes as packages plus one-line errors; adding them to the plan is
:func:`meso_desk.model.edits.quote_edits.import_quotes` (one undoable edit). Our own packages
export (:mod:`.spreadsheets`) reads back: its INTERNAL banner and its computed columns are
skipped.

openpyxl is imported only when an ``.xlsx`` is read.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..base import on_one_line
from ..errors import one_line, quoted, shorten
from ..language import LANGUAGES, localise_number, number, parse_number, tr, translated
from ..package import StoredPackage
from ..plan import Plan
from ..preferences.issue_text import plain_number
from ..preferences.issues import CategoricalIssue, NumericIssue, needed_decimals
from .spreadsheets import (
    CONDITIONS_HEADER,
    INTERNAL,
    PACKAGE_HEADER,
    POINTS_HEADER,
    SET_HEADER,
    STATUS_HEADER,
    TOTAL_COST_HEADER,
    SpreadsheetError,
    _cell_text,
)

#: Largest quote file read (bytes) and quotes imported: more is not a list of quotes (refused,
#: never cut short). Quotes are counted without the empty rows between them.
MAX_QUOTE_BYTES = 5_000_000
MAX_QUOTES = 1000
#: An xlsx whose first sheet runs past this row (empty rows too) is refused before it is read on.
MAX_SHEET_ROWS = 100_000
#: Columns a quote file may carry besides the issues: the quote's name, a note, and the
#: columns of our own packages export (recomputed, so ignored on import).
NAME_COLUMNS = ("package", "quote", "name", "supplier", "paket", "angebot", "preisangebot", "lieferant")
NOTE_COLUMNS = ("note", "notes", "comment", "notiz", "notizen", "bemerkung", "kommentar")
IGNORED_COLUMNS = ("set", "our points", "points", "total cost", "status", "conditions", "unsere punkte", "punkte",
                   "gesamtkosten", "bedingungen")


def _header_keys(words: Sequence[str]) -> set[str]:
    """The column keys of our own headers in every language MESO Desk speaks."""
    return {column_key(translated(w, language=lang)) for w in words for lang in LANGUAGES}


def _is_banner(text: str) -> bool:
    """Whether a first cell is our INTERNAL banner line (in any language)."""
    return text.startswith("INTERNAL") or any(text.startswith(translated(INTERNAL, language=lang))
                                              for lang in LANGUAGES)


@dataclass(frozen=True)
class QuoteSheet:
    """Quotes read from a file: the packages (named, terms checked), which column is which issue,
    and one line per problem (a file with problems imports nothing)."""

    source: str
    packages: tuple[StoredPackage, ...] = ()
    columns: Mapping[str, str] = field(default_factory=dict)
    errors: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.packages)


_UNIT = re.compile(r"\s*[\[(][^\])]*[\])]\s*$")
#: A row of the sheet as the user sees it: its number there (1 = the first row, empty rows and
#: our INTERNAL banner counted) and its cells.
Row = tuple[int, list[Any]]


def column_key(header: str) -> str:
    """``"Unit price [EUR]"`` → ``"unit price"``: the unit dropped, case and spacing ignored."""
    h = " ".join(str(header).split())
    return _UNIT.sub("", h).strip().casefold()


def _is_empty(cells: Sequence[Any]) -> bool:
    """A row with nothing in it but blanks (a cell holding a space is empty to the eye too)."""
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in cells)


def _rows_of_csv(data: bytes, name: str = "") -> list[Row]:
    """The rows of a CSV file, numbered as a spreadsheet program shows them (one record a row);
    the delimiter (comma, semicolon or tab) is the one the header row uses most (the first line
    that is not our INTERNAL banner). UTF-8, else the Windows encoding that Excel writes by
    default (cp1252: "Société" once came out as "Soci�t�"); a file that is neither text nor CSV
    is refused in one line."""
    if b"\x00" in data[:4096]:
        raise SpreadsheetError(tr("{file}: not a CSV text file (save the sheet as CSV or .xlsx)").format(file=name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    header = next((ln for ln in lines if not _is_banner(ln.lstrip('"'))), "")
    delimiter = max(",;\t", key=header.count)
    try:
        return list(enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), 1))
    except csv.Error as e:
        raise SpreadsheetError(tr("{file}: not a readable CSV file ({reason})").format(
            file=name, reason=one_line(str(e), 80))) from None


def _rows_of_xlsx(path: Path) -> list[Row]:
    """The rows of the first sheet that hold anything, with their row numbers; reading stops once
    there are more than a quote file may hold (refused by :func:`read_quotes`, never cut short)."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # zipfile/xml errors of a damaged workbook
        raise SpreadsheetError(tr("{file}: not a readable .xlsx workbook ({reason})").format(
            file=path.name, reason=one_line(str(e), 80))) from None
    try:
        rows: list[Row] = []
        for k, cells in enumerate(wb.worksheets[0].iter_rows(values_only=True), 1):
            if k > MAX_SHEET_ROWS:
                raise SpreadsheetError(tr("{file}: the first sheet runs past row {rows:,}; copy the quotes into a "
                                          "new sheet").format(file=path.name, rows=MAX_SHEET_ROWS))
            if not _is_empty(cells):
                rows.append((k, list(cells)))
                if len(rows) > MAX_QUOTES + 2:  # banner, header and one quote too many
                    break
        return rows
    finally:
        wb.close()


def _raw_rows(path: Path) -> list[Row]:
    """The rows that hold anything, each with its number in the sheet; our own export's INTERNAL
    banner line dropped (it still counts in the numbers, as it does on the screen)."""
    if path.is_dir():
        raise SpreadsheetError(tr("{file}: is a folder; choose a .xlsx or .csv file").format(file=path))
    if path.suffix.lower() not in (".csv", ".xlsx"):  # an .ods or .xls read as CSV said "needs a header row"
        raise SpreadsheetError(tr("{file}: choose a .xlsx or .csv file").format(file=_source(path)))
    try:
        size = path.stat().st_size
    except OSError as e:
        raise SpreadsheetError(tr("{file}: cannot read ({reason})").format(file=path, reason=e.strerror or e)) \
            from None
    if size > MAX_QUOTE_BYTES:
        raise SpreadsheetError(tr("{file}: {size:,} bytes is too large for a list of quotes").format(
            file=path.name, size=size))
    if path.suffix.lower() == ".xlsx":
        rows = _rows_of_xlsx(path)
    else:
        rows = _rows_of_csv(path.read_bytes(), path.name)
    rows = [(k, r) for k, r in rows if not _is_empty(r)]
    if rows and _is_banner(str(rows[0][1][0] or "")):
        rows = rows[1:]  # our own export's banner line (in any language)
    return rows
def _match_columns(plan: Plan, header: Sequence[Any]) -> tuple[dict[int, str], int | None, int | None, list[str]]:
    """Column index → issue name, the name and note columns, and an error per unknown column."""
    by_key = {n.casefold(): n for n in plan.issue_names}
    name_keys = set(NAME_COLUMNS) | _header_keys([PACKAGE_HEADER])
    ignored = set(IGNORED_COLUMNS) | _header_keys([SET_HEADER, POINTS_HEADER, TOTAL_COST_HEADER, STATUS_HEADER,
                                                   CONDITIONS_HEADER])
    issues: dict[int, str] = {}
    name_col = note_col = None
    errors = []
    for j, h in enumerate(header):
        key = column_key(h or "")
        if not key:
            continue
        if key in by_key:
            if by_key[key] in issues.values():
                errors.append(tr("column {column}: issue {issue} has two columns").format(
                    column=quoted(h), issue=quoted(by_key[key])))
            issues[j] = by_key[key]
        elif key in name_keys and name_col is None:
            name_col = j
        elif key in NOTE_COLUMNS and note_col is None:
            note_col = j
        elif key not in ignored:
            errors.append(tr("column {column}: no issue of that name (issues: {issues})").format(
                column=quoted(shorten(str(h), 40)), issues=shorten(", ".join(plan.issue_names), 80)))
    missing = [n for n in plan.issue_names if n not in issues.values()]
    if missing:
        errors.append(tr("no column for {issues}").format(issues=", ".join(quoted(n) for n in missing)))
    return issues, name_col, note_col, errors


def _number(cell: Any, language: str) -> Any:
    """A cell's number: numbers as they are; text read by the one rule for typed numbers in the
    plan's language (German ``1.500`` and ``12,5``, English ``1,500`` and ``12.5``; blanks
    between digits ignored), else the text itself."""
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return cell
    try:
        return parse_number(str(cell).strip(), language)
    except ValueError:
        return str(cell).strip()


def _read_as(value: float, issue: NumericIssue, language: str) -> str:
    """The number a cell was read as, in the plan's language, at the issue's decimals or as many
    as it needs (1.5 on a whole-number issue is "1.5", never "2")."""
    return number(value, needed_decimals(value, issue.decimals), language=language)


def _term(issue: NumericIssue | CategoricalIssue, cell: Any, language: str) -> Any:
    if cell is None or str(cell).strip() == "":
        raise ValueError(tr("{issue}: empty").format(issue=shorten(issue.name)))
    if isinstance(issue, CategoricalIssue):
        by_label = {o.label.casefold(): o.label for o in issue.options}
        text = _cell_text(cell).strip()
        return issue.check_term(by_label.get(text.casefold(), text))
    value = _number(cell, language)
    try:
        return issue.check_term(value)
    except ValueError as e:
        text = str(cell).strip()
        other = _number(cell, next(lang for lang in LANGUAGES if lang != language))
        if isinstance(cell, str) and isinstance(other, float) and other != value:  # "1,500" typed the other way
            try:
                return issue.check_term(other)
            except ValueError:
                pass
        shown = _read_as(value, issue, language) if isinstance(value, float) else ""
        plain = localise_number(plain_number(value), value, "g", language) if shown else ""
        if isinstance(cell, str) and shown and text not in (shown, plain):  # "1.5" in a German plan: say how
            raise ValueError(tr("{reason} (the cell “{cell}” read as {value})").format(
                reason=e, cell=text, value=shown)) from None
        raise


def _source(path: Path) -> str:
    """The file's name as the messages give it (``.`` or ``/``: the path itself)."""
    return path.name or str(path)


def read_quotes(plan: Plan, path: str | Path) -> QuoteSheet:
    """The quotes in a ``.csv`` or ``.xlsx`` file (first sheet), checked against ``plan``'s issues
    (another suffix, a folder, a file that cannot be read: one error naming it). A problem names
    the row as the sheet shows it; numbers typed as text are read in the plan's language."""
    path = Path(path)
    try:
        rows = _raw_rows(path)
    except SpreadsheetError as e:
        return QuoteSheet(_source(path), errors=(str(e),))
    except OSError as e:
        return QuoteSheet(_source(path), errors=(tr("{file}: cannot read ({reason})").format(
            file=path, reason=e.strerror or e),))
    if len(rows) < 2:
        return QuoteSheet(path.name, errors=(tr("{file}: needs a header row and at least one quote").format(
            file=path.name),))
    if len(rows) > MAX_QUOTES + 1:
        return QuoteSheet(path.name, errors=(tr("{file}: more than {count} quotes").format(
            file=path.name, count=MAX_QUOTES),))
    header = rows[0][1]
    issues, name_col, note_col, errors = _match_columns(plan, header)
    columns = {str(header[j]): n for j, n in issues.items()}
    errors += _headerless(rows, header)
    if errors:
        return QuoteSheet(path.name, columns=columns, errors=tuple(errors))
    packages, taken = [], set(plan.package_names)
    for number_of_quote, (row_number, row) in enumerate(rows[1:], 1):
        cells = list(row) + [None] * (len(header) - len(row))
        terms, bad = {}, []
        for j, n in issues.items():
            try:
                terms[n] = _term(plan.issue(n), cells[j], plan.language)
            except ValueError as e:
                bad.append(str(e))
        if bad:
            errors.append(tr("row {row}: {problems}").format(row=row_number, problems="; ".join(bad)))
            continue
        # a name cell across lines (Alt+Enter in a spreadsheet) names the quote on one line
        base = " ".join(on_one_line(_cell_text(cells[name_col])).split()) if name_col is not None else ""
        name = _unique(base or tr("Quote {number}").format(number=number_of_quote), taken)
        note = _cell_text(cells[note_col]).strip() if note_col is not None else ""
        packages.append(StoredPackage(name=name, terms=terms, note=note))
    return QuoteSheet(path.name, tuple(packages), columns, tuple(errors))


def _headerless(rows: Sequence[Row], header: Sequence[Any]) -> list[str]:
    """One line per column without a header that holds something in a quote, naming its first such
    cell as the sheet shows it ("H4"): nothing typed is dropped without a word."""
    filled: dict[int, list[tuple[int, Any]]] = {}
    for k, row in rows[1:]:
        for j, v in enumerate(row):
            if (j >= len(header) or not column_key(header[j] or "")) and not _is_empty([v]):
                filled.setdefault(j, []).append((k, v))
    out = []
    for j, cells in sorted(filled.items()):
        letter = ""
        n = j + 1
        while n:
            n, r = divmod(n - 1, 26)
            letter = chr(65 + r) + letter
        (k, v), more = cells[0], len(cells) - 1
        text = (tr("cell {cell}: “{value}” is in a column without a header; give column {column} a header or clear "
                   "it") if not more else
                tr("cell {cell}: “{value}” and {count} more cell(s) are in a column without a header; give column "
                   "{column} a header or clear it"))
        out.append(text.format(cell=f"{letter}{k}", value=shorten(_cell_text(v).strip(), 24), count=more,
                               column=letter))
    return out


def _unique(base: str, taken: set[str]) -> str:
    name, n = base, 2
    while name in taken:
        name, n = f"{base} ({n})", n + 1
    taken.add(name)
    return name


__all__ = ["MAX_QUOTES", "QuoteSheet", "column_key", "read_quotes"]
