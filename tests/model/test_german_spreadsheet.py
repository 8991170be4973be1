"""A plan printed in German (``plan.language == "de"``) exports German spreadsheets — sheet names,
headers, units, the INTERN line — with numbers still numbers, whatever language the program
speaks; and such a file reads back as quotes (the import matches headers in every language)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from meso_desk.model.io.quote_sheets import read_quotes
from meso_desk.model.io.spreadsheets import export_spreadsheet
from meso_desk.model.language import current_language

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
from deal_plans import dealt_plan


@pytest.fixture
def german_plan():
    return dealt_plan(agreement=False).replace(language="de")


def test_german_plan_exports_german_sheets_headers_and_intern_line(german_plan, tmp_path):
    assert current_language() == "en"  # the program speaks English; the document, the plan's language
    out = tmp_path / "plan.xlsx"
    export_spreadsheet(german_plan, out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Pakete", "MESO-Sets", "Runden", "Schätzung"]
    assert wb.properties.keywords == "INTERN" and "INTERNAL" not in wb.properties.subject
    assert wb.properties.title.endswith("(INTERN)")
    for ws in wb.worksheets:
        banner = ws["A1"].value
        assert banner.startswith("INTERN — ") and "INTERNAL" not in banner
        assert banner.endswith(german_plan.title)
    pk = wb["Pakete"]
    header = [c.value for c in pk[2]]
    assert header[:2] == ["Paket", "Set"]
    assert "Unsere Punkte [0–100]" in header and "Gesamtkosten [EUR]" in header and "Status" in header
    # issue names and units are the user's words: never translated
    assert "Unit price [EUR]" in header and "Delivery [weeks]" in header
    rows = {r[0]: dict(zip(header, r)) for r in pk.iter_rows(min_row=3, values_only=True)}
    assert set(rows) == set(german_plan.package_names)
    for name in german_plan.package_names:
        points = rows[name]["Unsere Punkte [0–100]"]
        assert isinstance(points, float) and points == pytest.approx(german_plan.package(name).score, abs=0.006)
        assert rows[name]["Unit price [EUR]"] == german_plan.stored_package(name).terms["Unit price"]
    assert pk.cell(3, header.index("Unsere Punkte [0–100]") + 1).number_format == "0.0"
    rounds = [c.value for c in wb["Runden"][2]]
    assert rounds[:2] == ["Runde", "Option"] and "Ergebnis" in rounds
    est = wb["Schätzung"]
    assert [c.value for c in est[2]][:2] == ["Verhandlungspunkt", "Gewicht der Gegenseite [%]"]
    weights = [r[1] for r in est.iter_rows(min_row=3, values_only=True)]
    assert all(isinstance(w, float) for w in weights) and sum(weights) == pytest.approx(1.0, abs=0.01)
    sets = [c.value for c in wb["MESO-Sets"][2]]
    assert sets[:3] == ["Set", "Niveau [Punkte]", "Pakete [Anzahl]"]
    # the English plan still exports English
    en = tmp_path / "en.xlsx"
    export_spreadsheet(german_plan.replace(language="en"), en)
    assert load_workbook(en).sheetnames[0] == "Packages"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_german_packages_export_reads_back_as_quotes(german_plan, tmp_path, suffix):
    out = tmp_path / f"p{suffix}"
    export_spreadsheet(german_plan, out, table="packages")
    if suffix == ".csv":
        first = next(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
        assert first[0].startswith("INTERN — ")
    sheet = read_quotes(german_plan.replace(language="en"), out)  # whatever language reads it
    assert sheet.errors == () and sheet.ok
    assert [q.terms for q in sheet.packages] == [p.terms for p in german_plan.packages]
