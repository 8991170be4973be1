"""Plan properties (File ▸ Plan Properties…): the edit, its checks, the file, and where they show —
cards (never our approvers, notes or relationship), briefing and debrief."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import meso_desk as md
from meso_desk.model.counterpart.constituencies import meets
from meso_desk.model.deal.debrief import debrief
from meso_desk.model.documents.briefing import briefing
from meso_desk.model.documents.cards import card_set, default_packages
from meso_desk.model.edits import deal_edits, plan_edits
from meso_desk.model.errors import PlanError
from meso_desk.model.io.meso_file import load_plan, plan_from_bytes, plan_to_bytes
from meso_desk.model.plan import Approver

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
NEW_FIELDS = ("negotiator", "valid_until", "approvers", "relationship")


def props(plan):
    return plan_edits.with_properties(
        plan, title="Chairs 2027", our_organisation="Halden Facilities GmbH", counterpart="Ergonord Seating AB",
        negotiator="Lena Berg", currency="eur", valid_until=date(2027, 3, 31), notes="Bring samples.",
        approvers=[{"name": "Ines Kraft", "role": "CFO", "note": "above EUR 400k"}, {"role": "Legal"}],
        relationship="Supplier since 2019.\nKeep the tone cooperative.")


def test_all_properties_in_one_edit(supplier):
    p = props(supplier)
    assert (p.title, p.negotiator, p.currency, p.valid_until) == ("Chairs 2027", "Lena Berg", "EUR", date(2027, 3, 31))
    assert p.approvers == (Approver(name="Ines Kraft", role="CFO", note="above EUR 400k"), Approver(role="Legal"))
    assert [a.text for a in p.approvers] == ["Ines Kraft (CFO) — above EUR 400k", "Legal"]
    assert p.issues == supplier.issues and p.packages == supplier.packages  # nothing else changes
    assert plan_edits.with_properties(p, title="Chairs 2027") is p  # no change, same plan


@pytest.mark.parametrize("field, value, words", [
    ("title", "   ", "needs a title"),
    ("title", "x" * 121, "at most 120"),
    ("currency", "EURO", "3-letter code"),
    ("currency", "12", "3-letter code"),
    ("currency", "", "empty currency"),
    ("approvers", [{"note": "above 1M"}], "name or a role"),
])
def test_bad_values_are_refused_with_the_field(supplier, field, value, words):
    with pytest.raises(PlanError, match=words) as e:
        plan_edits.with_properties(supplier, **{field: value})
    assert e.value.path.startswith(field)
    assert len(str(e.value)) <= 200


def test_currency_symbols_and_codes():
    assert plan_edits.checked_currency(" usd ") == "USD"
    assert plan_edits.checked_currency("€") == "€"
    assert plan_edits.checked_currency("kr") == "kr"


def test_a_past_date_warns_but_is_kept(supplier):
    p = plan_edits.with_properties(supplier, valid_until=date(2020, 1, 31))
    assert p.valid_until == date(2020, 1, 31)
    assert "in the past" in plan_edits.valid_until_warning(p.valid_until, date(2026, 12, 4))
    assert plan_edits.valid_until_warning(date(2027, 1, 1), date(2026, 12, 4)) == ""


def test_properties_survive_the_file(supplier, tmp_path):
    p = props(supplier)
    assert plan_from_bytes(plan_to_bytes(p)) == p


def test_an_old_file_opens_unchanged():
    raw = (EXAMPLES / "hiring.meso").read_bytes()
    data = json.loads(raw)
    assert not any(f in data for f in NEW_FIELDS)  # written before the fields existed
    plan = load_plan(EXAMPLES / "hiring.meso")
    assert (plan.negotiator, plan.valid_until, plan.approvers, plan.relationship) == ("", None, (), "")
    for key, value in data.items():  # every field it had reads as it was
        if key not in ("version", "issues", "packages", "meso_sets", "rounds", "agreement"):
            assert json.loads(plan.model_dump_json())[key] == value, key


def test_cards_carry_the_names_and_date_but_never_our_side(supplier):
    p = props(supplier)
    pkgs, _ = default_packages(p)
    cs = card_set(p, pkgs)
    text = cs.text()
    assert cs.from_line == "Halden Facilities GmbH"
    assert cs.to_line == "For Lena Berg, Ergonord Seating AB"
    assert "Valid until 31 March 2027" in text
    for secret in ("Ines Kraft", "CFO", "Legal", "Supplier since 2019", "cooperative", "Bring samples",
                   f"{p.reservation:.1f}", "reservation"):
        assert secret not in text, secret
    assert card_set(p, pkgs, valid_until=date(2027, 1, 15)).valid_until_line == "Valid until 15 January 2027"


def test_briefing_shows_title_approvers_and_relationship(supplier):
    p = props(supplier).replace(notes="Level II: the board sees it in March.", their_constituencies=(), goodwill={})
    b = briefing(p, default_packages(p)[0])
    assert b.document_title.endswith("Chairs 2027")
    assert b.level_ii == ("Ines Kraft (CFO) — above EUR 400k", "Legal", "the board sees it in March.")
    assert b.relationship == ("Their negotiator: Lena Berg.", "Supplier since 2019.", "Keep the tone cooperative.")
    text = b.text()
    assert "Ines Kraft (CFO) — above EUR 400k" in text and "Keep the tone cooperative." in text


def test_debrief_shows_approvers_and_relationship(supplier):
    p = props(supplier)
    p = deal_edits.with_agreement(p, p.package(p.package_names[0]).terms)
    d = debrief(p)
    assert d.approvals[:2] == ("Ines Kraft (CFO) — above EUR 400k", "Legal")
    # their constituencies, by the agreement, in one line (the debrief is one page)
    assert d.approvals[2:] == ("Their side, by the agreement: "
                               + ", ".join(f"{c.party} {'met' if meets(p, c, p.agreement.terms) else 'not met'}"
                                           for c in p.their_constituencies) + ".",)
    assert d.relationship[:3] == ("Their negotiator: Lena Berg.", "Supplier since 2019.", "Keep the tone cooperative.")
    assert d.relationship[-1].startswith("The agreement: ") and "relationship +" in d.relationship[-1]
    text = d.text()
    assert "WHO MUST APPROVE" in text and "Supplier since 2019." in text and d.document_title.endswith("Chairs 2027")


def test_no_properties_no_sections(supplier):
    bare = supplier.replace(approvers=(), their_constituencies=(), goodwill={}, notes="")
    p = deal_edits.with_agreement(bare, supplier.package(supplier.package_names[0]).terms)
    d = debrief(p)
    assert d.approvals == () and d.relationship == ()
    assert "WHO MUST APPROVE" not in d.text()
    assert md.example_plan("supplier").negotiator == ""
