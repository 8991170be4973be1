"""The page of the summary for approvers names the approvers' conditions, who signs each package on
the table off and who objects (as the text does: tests/model/test_summary.py)."""

from __future__ import annotations

import re
import unicodedata

import pypdf

from meso_desk.app.printing.summary_painter import export_summary_pdf
from meso_desk.model.edits.meso_set_edits import add_meso_set


def test_the_pdf_says_who_refuses_who_signs_and_each_condition(qapp, tmp_path, supplier):
    terms = [dict(supplier.stored_package(n).terms) for n in supplier.package_names]
    terms[2]["Warranty"] = 12.0
    plan, names = add_meso_set(supplier, terms, 40)
    path, pages = export_summary_pdf(plan, tmp_path / "s.pdf")
    text = " ".join(unicodedata.normalize("NFKC", p.extract_text()) for p in pypdf.PdfReader(str(path)).pages)
    text = re.sub(r"\s+", " ", text)
    assert pages == 1
    assert "refuses unless warranty ≥ 24 months" in text and "must sign off unless total ≤ EUR 400,000" in text
    assert f"{names[0]}: CFO must sign off (total EUR 633,393 > EUR 400,000)." in text
    risks = text[text.index("Risks"):]
    assert f"{names[2]}: Quality objects: warranty 12 < 24 months" in risks and "None found" not in risks
