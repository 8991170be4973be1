"""The INTERNAL briefing never cuts a table row in two at the foot of a page: Qt splits a row's
cells line by line ("EUR 85,000 –" on one page, "EUR 96,000" on the next); the table is cut
before that row instead and goes on under its header on the next page."""

from __future__ import annotations

import pytest
from pdf_text import pdf_pages

import meso_desk as md
from meso_desk.app.printing import export_briefing_pdf
from meso_desk.app.printing.briefing_painter import BriefingRenderer, _split_table
from meso_desk.model.documents.briefing import briefing


@pytest.mark.parametrize("example", ["hiring", "supplier", "contingent"])
def test_no_table_row_is_cut_by_a_page(qapp, example):
    plan = md.example_plan(example)
    r = BriefingRenderer(briefing(plan, list(md.generate_mesos(plan, 3))))
    assert r._straddling_row() is None


def test_the_hiring_briefing_goes_on_under_the_header(qapp, tmp_path):
    """On the hiring example the order of concessions reaches the foot of page 1: its last rows
    start page 2, under the column names, and Salary's range is whole on one page."""
    plan = md.example_plan("hiring")
    pages = pdf_pages(export_briefing_pdf(plan, list(md.generate_mesos(plan, 3)), tmp_path / "b.pdf"))
    with_salary_row = [p for p in pages if "EUR 85,000 – EUR 96,000" in " ".join(p.split())]
    assert with_salary_row, "the row's range is on one page"
    assert "One step" in with_salary_row[0]  # the header again above it


def test_a_cut_keeps_the_header_and_a_cut_at_the_first_row_moves_the_table():
    html = ("<p>x</p><table style='a: b;'><thead><tr><th>H</th></tr></thead>"
            "<tr><td>1</td></tr><tr><td>2</td></tr></table>")
    cut = _split_table(html, 0, 2)
    assert cut.count("<table") == 2 and cut.count("<thead>") == 2
    assert "</table><table style='page-break-before: always; a: b;'><thead>" in cut
    whole = _split_table(html, 0, 1)
    assert whole.count("<table") == 1 and "page-break-before: always" in whole
    assert _split_table(whole, 0, 1) == whole  # once only
