"""Cards and the INTERNAL briefing/debrief printed with the plan's properties (issue 17): the cards
carry our organisation, "For <negotiator>, <supplier>" and the plan's valid-until date, never our
approvers, relationship notes or reservation; the briefing and debrief PDFs carry them."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pypdf

from meso_desk.app.printing import export_briefing_pdf, export_cards_pdf
from meso_desk.app.printing.debrief_painter import export_debrief_pdf
from meso_desk.model.documents.cards import default_packages
from meso_desk.model.edits import deal_edits, plan_edits


def text_of(path) -> str:
    raw = " ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", raw))


def with_properties(plan):
    return plan_edits.with_properties(
        plan, our_organisation="Halden Facilities GmbH", counterpart="Ergonord Seating AB", negotiator="Lena Berg",
        valid_until=date(2027, 3, 31), approvers=[{"name": "Ines Kraft", "role": "CFO", "note": "above EUR 400k"}],
        relationship="Supplier since 2019.")


def test_cards_pdf_has_the_names_and_date_and_nothing_of_ours(qapp, tmp_path, supplier):
    plan = with_properties(supplier)
    pkgs, _ = default_packages(plan)
    text = text_of(export_cards_pdf(plan, pkgs, tmp_path / "cards.pdf"))
    assert text.count("For Lena Berg, Ergonord Seating AB") == len(pkgs)
    assert text.count("Valid until 31 March 2027") == len(pkgs)
    assert "Halden Facilities GmbH" in text
    for secret in ("Ines Kraft", "CFO", "Supplier since 2019", "reservation", f"{plan.reservation:.1f}"):
        assert secret not in text, secret


def test_a_long_organisation_name_stays_on_one_line(qapp, tmp_path, supplier):
    long_name = ("Halden Facilities and Workplace Services GmbH & Co. KG, Central Procurement, "
                 "Furniture and Fit-out Category, North-West")
    plan = plan_edits.with_properties(supplier, our_organisation=long_name)
    pkgs, _ = default_packages(plan)
    text = text_of(export_cards_pdf(plan, pkgs, tmp_path / "cards.pdf"))
    # elided to one line ("…" reads back as "..."), not wrapped into the title
    assert text.startswith("Halden Facilities") and "North-West" not in text and "... Option A" in text
    assert text.count("Option A") == 1


def test_briefing_and_debrief_pdfs_carry_approvers_and_relationship(qapp, tmp_path, supplier):
    plan = with_properties(supplier)
    pkgs, _ = default_packages(plan)
    brief = text_of(export_briefing_pdf(plan, pkgs, tmp_path / "briefing.pdf"))
    assert "Ines Kraft (CFO) — above EUR 400k" in brief and "Their negotiator: Lena Berg." in brief
    dealt = deal_edits.with_agreement(plan, plan.package(plan.package_names[0]).terms)
    debrief = text_of(export_debrief_pdf(dealt, tmp_path / "debrief.pdf")[0])
    assert "Who must approve" in debrief and "Ines Kraft (CFO) — above EUR 400k" in debrief
    assert "Supplier since 2019." in debrief
