"""Quote import as the user sees the sheet (docs/spreadsheets.md): a problem names the row the
spreadsheet program shows (our INTERNAL banner and empty rows counted), empty rows never cost a
quote, and numbers typed as text are read the plan's language's way (German ``1.500``)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

import meso_desk as md
from meso_desk import cli
from meso_desk.model.io import quote_sheets
from meso_desk.model.io.quote_sheets import MAX_QUOTES, read_quotes
from meso_desk.model.io.spreadsheets import export_spreadsheet
from meso_desk.model.language import speaking


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _edited_export(plan, tmp_path: Path) -> Path:
    """Our own export, edited in Excel: three bad cells in rows 3-5, a quote typed in row 8."""
    export_spreadsheet(plan, tmp_path / "base.xlsx")
    wb = load_workbook(tmp_path / "base.xlsx")
    ws = wb["Packages"]
    ws["C3"] = "12,5"
    ws["D4"] = None
    ws["E5"] = "six"
    for col, v in zip("ACDEFGH", ("Late", 9999, 2000, 6, 45, 36, "DAP")):
        ws[f"{col}8"] = v  # rows 6 and 7 left empty
    out = tmp_path / "quotes.xlsx"
    wb.save(out)
    return out


def test_errors_name_the_rows_excel_shows_banner_and_empty_rows_counted(supplier, tmp_path):
    errors = read_quotes(supplier, _edited_export(supplier, tmp_path)).errors
    assert [e.split(":")[0] for e in errors] == ["row 3", "row 4", "row 5", "row 8"]
    assert errors[0] == "row 3: Unit price: EUR 12.50 is outside EUR 180.00 – EUR 260.00 (the cell “12,5” read as 12.5)"
    assert errors[1] == "row 4: Order volume: empty"
    with speaking("de"):
        german = read_quotes(supplier, tmp_path / "quotes.xlsx").errors
    assert [e.split(":")[0] for e in german] == ["Zeile 3", "Zeile 4", "Zeile 5", "Zeile 8"]


def test_the_command_line_names_the_same_row(capsys, supplier, tmp_path):
    md.save_plan(supplier, tmp_path / "p.meso")
    code, _, err = run(capsys, "import-quotes", tmp_path / "p.meso", _edited_export(supplier, tmp_path),
                       "-o", tmp_path / "new.meso")
    assert code == 2 and "quotes.xlsx: row 3: Unit price" in err and "(and 3 more)" in err


def test_csv_rows_are_records_blank_lines_counted(supplier, tmp_path):
    f = tmp_path / "q.csv"
    f.write_text("Quote,Unit price,Order volume,Delivery,Payment term,Warranty,Incoterm\n\n"
                 "A,231.5,2000,6,45,36,DAP\n"
                 '"B\nsecond line",9999,2000,6,45,36,DAP\n', encoding="utf-8")
    assert read_quotes(supplier, f).errors[0].startswith("row 4: Unit price")


def _spaced(plan, path: Path, quotes: int, spacer) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Quote", *plan.issue_names])
    for k in range(quotes):
        ws.append([f"Q{k + 1}", 230, 2000, 6, 45, 36, "DAP"])
        ws.append(spacer)
    wb.save(path)
    return path


@pytest.mark.parametrize("spacer", [[], [None, None, " "]], ids=["empty row", "a cell with a space"])
def test_empty_rows_between_quotes_lose_no_quote(supplier, tmp_path, spacer):
    sheet = read_quotes(supplier, _spaced(supplier, tmp_path / "q.xlsx", 600, spacer))
    assert sheet.ok and len(sheet.packages) == 600 and sheet.packages[-1].name == "Q600"


def test_more_quotes_than_allowed_are_refused_never_cut_short(supplier, tmp_path):
    sheet = read_quotes(supplier, _spaced(supplier, tmp_path / "q.xlsx", MAX_QUOTES + 1, []))
    assert sheet.packages == () and sheet.errors == (f"q.xlsx: more than {MAX_QUOTES} quotes",)
    assert read_quotes(supplier, _spaced(supplier, tmp_path / "max.xlsx", MAX_QUOTES, [])).ok


def test_a_sheet_running_past_the_rows_read_is_refused_in_one_line(supplier, tmp_path, monkeypatch):
    monkeypatch.setattr(quote_sheets, "MAX_SHEET_ROWS", 50)
    sheet = read_quotes(supplier, _spaced(supplier, tmp_path / "q.xlsx", 30, []))
    assert sheet.packages == () and sheet.errors == ("q.xlsx: the first sheet runs past row 50; copy the quotes "
                                                     "into a new sheet",)


def _german_quote(tmp_path: Path, volume: str) -> Path:
    f = tmp_path / "de.csv"
    with f.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out, delimiter=";").writerows([
            ["Lieferant", "Stückpreis (EUR)", "Abnahmemenge", "Lieferzeit", "Zahlungsziel", "Gewährleistung",
             "Incoterm"], ["Sitwell", "240", volume, "8", "30", "24", "FCA"]])
    return f


@pytest.mark.parametrize("cell, read", [("1.500", 1500.0), ("2.500", 2500.0), ("1.500,0", 1500.0),
                                        ("1500", 1500.0)])
def test_a_german_plan_reads_a_number_as_it_shows_it(tmp_path, cell, read):
    plan = md.example_plan("lieferant")
    assert plan.issue("Abnahmemenge").format_term(1500) == "1,500 Stück"  # (the program speaks English here)
    sheet = read_quotes(plan, _german_quote(tmp_path, cell))
    assert sheet.errors == () and sheet.packages[0].terms["Abnahmemenge"] == read


def test_a_refused_number_is_written_as_read_in_the_plans_language(tmp_path):
    plan = md.example_plan("lieferant")
    with speaking("de"):
        errors = read_quotes(plan, _german_quote(tmp_path, "1.5")).errors
    assert errors == ("Zeile 2: Abnahmemenge: 1,5 Stück liegt außerhalb von 1.000 Stück – 3.000 Stück "
                      "(die Zelle „1.5“ gelesen als 1,5)",)


def test_a_value_in_a_column_without_a_header_is_named_by_its_cell(supplier, tmp_path):
    """Before: a rebate typed two columns right of the last header (or under an empty header cell)
    was dropped without a word and the quotes imported."""
    export_spreadsheet(supplier, tmp_path / "base.xlsx")
    wb = load_workbook(tmp_path / "base.xlsx")
    ws = wb["Packages"]
    ws["M4"] = "-5 % if paid in 10 days"  # the headers end at K
    ws["M5"] = 3
    ws["L3"] = "  "  # blanks only: nothing typed
    wb.save(tmp_path / "quotes.xlsx")
    sheet = read_quotes(supplier, tmp_path / "quotes.xlsx")
    assert not sheet.ok and sheet.packages == ()
    assert sheet.errors == ("cell M4: “-5 % if paid in 10 days” and 1 more cell(s) are in a column without a header; "
                            "give column M a header or clear it",)
    path = tmp_path / "quotes.csv"
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Quote", "", *supplier.issue_names])
        w.writerow(["A", "rebate 2 %", 230, 2000, 6, 30, 24, "FCA"])
        w.writerow(["B", "", 230, 2000, 6, 30, 24, "FCA", "extra"])
    sheet = read_quotes(supplier, path)
    assert sheet.errors == ("cell B2: “rebate 2 %” is in a column without a header; give column B a header or clear it",
                            "cell I3: “extra” is in a column without a header; give column I a header or clear it")
