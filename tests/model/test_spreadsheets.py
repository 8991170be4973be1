"""Spreadsheets (docs/spreadsheets.md): the INTERNAL xlsx/CSV export, and supplier quotes read back
with columns matched by name, one-line errors, and one undoable edit adding them."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

import meso_desk as md
from meso_desk.model.edits.quote_edits import import_quotes
from meso_desk.model.io.quote_sheets import column_key, read_quotes
from meso_desk.model.io.spreadsheets import (
    INTERNAL,
    SpreadsheetError,
    default_tables,
    export_paths,
    export_spreadsheet,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
from deal_plans import dealt_plan


@pytest.fixture
def plan():
    return dealt_plan(agreement=False)


def test_xlsx_has_one_internal_sheet_per_table_with_units_formats_and_frozen_header(plan, tmp_path):
    out = tmp_path / "plan.xlsx"
    assert export_spreadsheet(plan, out) == [out]
    wb = load_workbook(out)
    assert wb.sheetnames == ["Packages", "MESO sets", "Rounds", "Estimate"]
    assert "INTERNAL" in wb.properties.subject and wb.properties.keywords == "INTERNAL"
    assert "INTERNAL" in wb.properties.title
    for ws in wb.worksheets:
        assert ws["A1"].value.startswith(INTERNAL)
        assert ws.freeze_panes == "A3"
        for cell in ws[2]:  # the header row: every column at least as wide as its header
            width = ws.column_dimensions[cell.column_letter].width
            assert width >= min(60, len(str(cell.value))), (ws.title, cell.value)
    pk = wb["Packages"]
    header = [c.value for c in pk[2]]
    assert "Unit price [EUR]" in header and "Delivery [weeks]" in header and "Our points [0–100]" in header
    assert "Total cost [EUR]" in header
    rows = {r[0]: dict(zip(header, r)) for r in pk.iter_rows(min_row=3, values_only=True)}
    assert set(rows) == set(plan.package_names)
    for name in plan.package_names:
        assert rows[name]["Our points [0–100]"] == pytest.approx(plan.package(name).score, abs=0.006)
        assert rows[name]["Unit price [EUR]"] == plan.stored_package(name).terms["Unit price"]
    col = header.index("Our points [0–100]") + 1
    assert pk.cell(3, col).number_format == "0.0"
    assert pk.cell(3, header.index("Total cost [EUR]") + 1).number_format == "#,##0"
    rounds = wb["Rounds"]
    assert rounds.max_row - 2 == sum(len(r.offered) for r in plan.rounds)
    est = wb["Estimate"]
    assert est.cell(3, 2).number_format == "0.0%"
    weights = [r[1] for r in est.iter_rows(min_row=3, values_only=True)]
    assert sum(weights) == pytest.approx(1.0, abs=0.01)
    assert wb["MESO sets"].max_row - 2 == len(plan.meso_sets)


def test_csv_writes_one_internal_file_per_table_or_the_chosen_one(plan, tmp_path):
    files = export_spreadsheet(plan, tmp_path / "plan.csv")
    assert [f.name for f in files] == [f"plan-{t}.csv" for t in default_tables(plan)]
    for f in files:
        rows = list(csv.reader(f.read_text(encoding="utf-8-sig").splitlines()))
        assert rows[0][0].startswith(INTERNAL)
    one = export_spreadsheet(plan, tmp_path / "rounds.csv", table="rounds")
    assert one == [tmp_path / "rounds.csv"]
    rows = list(csv.reader(one[0].read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1][:2] == ["Round", "Option"] and len(rows) - 2 == sum(len(r.offered) for r in plan.rounds)
    with pytest.raises(SpreadsheetError, match="unknown table"):
        export_spreadsheet(plan, tmp_path / "x.csv", table="weights")
    with pytest.raises(SpreadsheetError, match=r"\.xlsx or \.csv"):
        export_spreadsheet(plan, tmp_path / "x.ods")


def test_export_paths_are_the_files_an_export_writes(plan, tmp_path):
    assert export_paths(plan, tmp_path / "plan.csv") == export_spreadsheet(plan, tmp_path / "plan.csv")
    assert export_paths(plan, tmp_path / "r.csv", "rounds") == [tmp_path / "r.csv"]
    assert export_paths(plan, tmp_path / "p.xlsx") == [tmp_path / "p.xlsx"]
    with pytest.raises(SpreadsheetError, match=r"x\.ods: choose a \.xlsx or \.csv"):
        export_paths(plan, tmp_path / "x.ods")
    with pytest.raises(SpreadsheetError, match="unknown table"):
        export_paths(plan, tmp_path / "x.csv", "weights")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_our_packages_export_reads_back_as_the_same_quotes(plan, tmp_path, suffix):
    out = tmp_path / f"p{suffix}"
    export_spreadsheet(plan, out, table="packages")
    path = out if suffix == ".xlsx" else out
    sheet = read_quotes(plan, path)
    assert sheet.errors == () and sheet.ok
    assert [q.terms for q in sheet.packages] == [p.terms for p in plan.packages]
    # names already in the plan get a number, so nothing is replaced
    assert all(q.name not in plan.package_names for q in sheet.packages)


def test_column_key_ignores_case_spacing_and_units():
    assert column_key("  Unit   PRICE [EUR] ") == "unit price"
    assert column_key("Delivery (weeks)") == "delivery"
    assert column_key("Incoterm") == "incoterm"


def _write_csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


HEADER = ["Supplier", "UNIT PRICE (EUR)", "order volume", "Delivery [weeks]", "Payment term", "Warranty", "incoterm"]


def test_quotes_match_columns_by_name_any_case_with_units(supplier, tmp_path):
    f = _write_csv(tmp_path / "q.csv", [HEADER, ["Nordsitz", "231.5", "2000", "6", "45", "36", "dap"],
                                        ["", "240", "1500", "8", "30", "24", "FCA"]])
    sheet = read_quotes(supplier, f)
    assert sheet.ok, sheet.errors
    a, b = sheet.packages
    assert a.name == "Nordsitz" and a.terms["Unit price"] == 231.5 and a.terms["Incoterm"] == "DAP"
    assert b.name == "Quote 2"
    assert sheet.columns["UNIT PRICE (EUR)"] == "Unit price"


def test_semicolons_and_decimal_commas_are_read(supplier, tmp_path):
    f = _write_csv(tmp_path / "q.csv", [HEADER, ["Nordsitz", "231,5", "2000", "6", "45", "36", "DAP"]], ";")
    sheet = read_quotes(supplier, f)
    assert sheet.ok, sheet.errors
    assert sheet.packages[0].terms["Unit price"] == 231.5


def test_unknown_column_is_one_clear_line_and_nothing_is_read(supplier, tmp_path):
    f = _write_csv(tmp_path / "q.csv", [HEADER + ["Colour"], ["X", "231.5", "2000", "6", "45", "36", "DAP", "red"]])
    sheet = read_quotes(supplier, f)
    assert not sheet.ok and sheet.packages == ()
    assert len(sheet.errors) == 1 and "\n" not in sheet.errors[0]
    assert "'Colour'" in sheet.errors[0] and "no issue of that name" in sheet.errors[0]


def test_missing_issue_column_is_named(supplier, tmp_path):
    f = _write_csv(tmp_path / "q.csv", [HEADER[:-1], ["X", "231.5", "2000", "6", "45", "36"]])
    sheet = read_quotes(supplier, f)
    assert sheet.errors == ("no column for 'Incoterm'",)


def test_terms_off_range_name_the_row_and_issue(supplier, tmp_path):
    f = _write_csv(tmp_path / "q.csv", [HEADER, ["ok", "231.5", "2000", "6", "45", "36", "DAP"],
                                        ["bad", "9999", "2000", "6", "45", "36", "CIF?"],
                                        ["empty", "", "2000", "6", "45", "36", "DAP"]])
    sheet = read_quotes(supplier, f)
    assert not sheet.ok
    assert len(sheet.errors) == 2
    assert sheet.errors[0].startswith("row 3: Unit price: ") and "outside" in sheet.errors[0]
    assert "Incoterm" in sheet.errors[0]
    assert sheet.errors[1] == "row 4: Unit price: empty"
    assert all("\n" not in e for e in sheet.errors)


def test_xlsx_quotes_with_numbers_as_numbers(supplier, tmp_path):
    wb = Workbook()
    wb.active.append(HEADER)
    wb.active.append(["Nordsitz", 231.5, 2000, 6, 45, 36, "DAP"])
    wb.save(tmp_path / "q.xlsx")
    sheet = read_quotes(supplier, tmp_path / "q.xlsx")
    assert sheet.ok and sheet.packages[0].terms["Order volume"] == 2000


def test_unreadable_files_are_one_line(supplier, tmp_path):
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a zip")
    assert "not a readable .xlsx" in read_quotes(supplier, bad).errors[0]
    assert "cannot read" in read_quotes(supplier, tmp_path / "missing.csv").errors[0]
    _write_csv(tmp_path / "h.csv", [HEADER])
    assert "at least one quote" in read_quotes(supplier, tmp_path / "h.csv").errors[0]


def test_import_quotes_is_one_edit_adding_every_quote(supplier, tmp_path):
    f = _write_csv(tmp_path / "q.csv", [HEADER, ["Nordsitz", "231.5", "2000", "6", "45", "36", "DAP"],
                                        ["Nordsitz", "240", "1500", "8", "30", "24", "FCA"]])
    sheet = read_quotes(supplier, f)
    r = import_quotes(supplier, sheet.packages, sheet.source)
    assert r.ok and r.message == "Imported 2 quotes from q.csv."
    new = r.plan.package_names[len(supplier.packages):]
    assert new == ["Nordsitz", "Nordsitz (2)"]
    assert r.plan.packages[: len(supplier.packages)] == supplier.packages
    assert r.plan.stored_package("Nordsitz (2)").terms["Unit price"] == 240
    assert not import_quotes(supplier, ()).ok


def test_import_quotes_never_replaces_a_package_of_the_same_name(supplier):
    q = supplier.packages[0].model_copy(update={"terms": {**supplier.packages[0].terms, "Unit price": 200.0}})
    r = import_quotes(supplier, [q])
    assert r.plan.packages[0] == supplier.packages[0]
    assert len(r.plan.packages) == len(supplier.packages) + 1


def test_plan_without_packages_exports_empty_tables(tmp_path):
    plan = md.Plan(title="Empty", issues=(md.Issue.numeric("Price", 0, 10),))
    wb = load_workbook(export_spreadsheet(plan, tmp_path / "e.xlsx")[0])
    assert wb["Packages"].max_row == 2 and wb["Estimate"].max_row == 3


def test_the_header_decides_the_delimiter_not_a_note_full_of_commas(supplier, tmp_path):
    f = _write_csv(tmp_path / "q.csv", [HEADER + ["Note"], ["Nordsitz", "231,5", "2000", "6", "45", "36", "DAP",
                                                            "a, b, c, d, e, f, g, h, i, j, k"]], ";")
    sheet = read_quotes(supplier, f)
    assert sheet.ok, sheet.errors
    assert sheet.packages[0].note == "a, b, c, d, e, f, g, h, i, j, k"
    tab = _write_csv(tmp_path / "t.csv", [HEADER, ["X", "231.5", "2000", "6", "45", "36", "DAP"]], "\t")
    assert read_quotes(supplier, tab).ok


# -- contingent terms (docs/contingent-terms.md) -----------------------------------------------
def test_contingent_packages_export_their_clause_in_words_and_expected_figures(tmp_path):
    import meso_desk as md
    from meso_desk.model.contingent.sentences import clause_sentence
    from meso_desk.model.io.spreadsheets import default_tables, events_table, packages_table

    plan = md.example_plan("contingent")
    t = packages_table(plan)
    head = [c.name for c in t.columns]
    assert "Conditions" in head
    sp = next(p for p in plan.packages if p.clauses)
    row = next(r for r in t.rows if r[0] == sp.name)
    issue, clause = next(iter(sp.clauses.items()))
    assert clause_sentence(clause, plan.issue(issue), sp.terms[issue], plan.event(clause.event)) in row[head.index("Conditions")]
    # our points are the expected value (what the panel shows), not the base terms' value
    assert row[head.index("Our points")] == round(plan.package(sp.name).score, 2)
    assert row[head.index("Our points")] != round(md.score(plan, sp.terms), 2)
    ev = events_table(plan)
    assert [r[0] for r in ev.rows] == [e.name for e in plan.events]
    assert "events" in default_tables(plan)
    assert "events" not in default_tables(md.example_plan())
    # the workbook gains an Events sheet only where there are events
    from openpyxl import load_workbook

    from meso_desk.model.io.spreadsheets import write_xlsx
    assert "Events" in load_workbook(write_xlsx(plan, tmp_path / "c.xlsx")).sheetnames
    assert "Events" not in load_workbook(write_xlsx(md.example_plan(), tmp_path / "s.xlsx")).sheetnames


def test_a_csv_saved_in_the_windows_encoding_keeps_its_accents(supplier, tmp_path):
    """Excel writes CSV in cp1252 by default: "Société Générale" once came out as "Soci�t� G�n�rale"."""
    f = tmp_path / "q.csv"
    rows = [",".join(HEADER), ",".join(["Société Générale", "231.5", "2000", "6", "45", "36", "DAP"])]
    f.write_bytes("\r\n".join(rows).encode("cp1252"))
    sheet = read_quotes(supplier, f)
    assert sheet.ok, sheet.errors
    assert sheet.packages[0].name == "Société Générale"


def test_a_workbook_renamed_to_csv_is_one_clear_line(supplier, tmp_path):
    """An .xlsx renamed to .csv showed Python's "new-line character seen in unquoted field…"."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(HEADER)
    wb.save(tmp_path / "q.xlsx")
    f = tmp_path / "q.csv"
    f.write_bytes((tmp_path / "q.xlsx").read_bytes())
    sheet = read_quotes(supplier, f)
    assert not sheet.ok and len(sheet.errors) == 1 and "\n" not in sheet.errors[0]
    assert sheet.errors[0].startswith("q.csv: not a CSV text file")


def test_a_thousands_comma_is_read_when_the_decimal_reading_is_off_range(supplier, tmp_path):
    """"1,500" units was read as 1.5 and refused as "2 units is outside 1,000–3,000"."""
    f = _write_csv(tmp_path / "q.csv", [HEADER, ["Nordsitz", "231,5", "1,500", "6", "45", "36", "DAP"],
                                        ["Odd", "231,5", "9,5", "6", "45", "36", "DAP"]], ";")
    sheet = read_quotes(supplier, f)
    assert sheet.packages[0].terms["Order volume"] == 1500.0 and sheet.packages[0].terms["Unit price"] == 231.5
    assert len(sheet.errors) == 1 and "the cell “9,5” read as 9.5" in sheet.errors[0]


def test_another_suffix_or_a_folder_is_refused_by_name(supplier, tmp_path, monkeypatch):
    ods = tmp_path / "q.ods"
    ods.write_text("hi")  # read as CSV it said "needs a header row and at least one quote"
    assert read_quotes(supplier, ods).errors == ("q.ods: choose a .xlsx or .csv file",)
    folder = tmp_path / "quotes.csv"
    folder.mkdir()
    assert read_quotes(supplier, folder).errors == (f"{folder}: is a folder; choose a .xlsx or .csv file",)
    monkeypatch.chdir(tmp_path)
    sheet = read_quotes(supplier, ".")  # its name was "", so the message began ": .: cannot read"
    assert sheet.source == "." and sheet.errors == (".: is a folder; choose a .xlsx or .csv file",)
