"""The debrief PDF: one INTERNAL page whose numbers are the model's (read back with pypdf)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pypdf
import pytest
from deal_plans import HAGGLED, dealt_plan

import meso_desk as md
from meso_desk.app.printing.debrief_painter import DebriefRenderer, export_debrief_pdf
from meso_desk.app.printing.pages import render_image
from meso_desk.model.deal.debrief import debrief
from meso_desk.model.deal.post_settlement import post_settlement
from meso_desk.model.deal.zopa import format_money, left_on_table


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


@pytest.fixture(scope="module")
def content():
    return debrief(dealt_plan(), prepared=date(2026, 3, 20))


def test_debrief_numbers_match_the_model(content):
    plan = dealt_plan()
    assert content.agreed_points == md.score(plan, HAGGLED)
    assert content.reservation == plan.reservation == md.score(plan, plan.batna_package)
    assert content.batna_points == content.reservation
    lt = left_on_table(plan, HAGGLED)
    assert (content.left.our_gap, content.left.their_gap, content.left.money) == (lt.our_gap, lt.their_gap, lt.money)
    assert sum(r.points for r in content.rows) == pytest.approx(content.agreed_points)
    pss = post_settlement(plan)
    assert [s.terms for s in content.settlement] == [s.terms for s in pss]
    assert len(content.rounds) == 4 and content.n_observations == 4
    assert content.lessons == ("Ask about volume earlier: it moved them more than price.",
                               "The competing quote kept us calm in round 3.")
    share = 100 * (content.agreed_points - content.reservation) / (content.aspiration - content.reservation)
    assert f"{share:.0f} % of the way" in content.standing_line


def test_the_pdf_is_one_internal_page_with_the_model_numbers(qapp, tmp_path, content):
    out, pages = export_debrief_pdf(dealt_plan(), tmp_path / "debrief.pdf", content=content)
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == pages == 1
    text = clean(reader.pages[0].extract_text())
    assert text.count("INTERNAL") >= 2
    assert "not for Ergonord Seating AB" in text and "do not hand over" in text
    expected = [
        f"worth {content.agreed_points:.1f} points",
        f"{content.aspiration - content.agreed_points:.1f} short of the aspiration {content.aspiration:.1f}",
        f"reservation value {content.reservation:.1f}",
        f"Up to {content.left.our_gap:.1f} points more for us",
        f"Up to {content.left.their_gap:.1f} more of their points",
        format_money(content.left.money, "EUR"),
        f"{content.agreed_points + content.left.our_gap:.1f}",
        "12 March 2026",
    ]
    expected += [clean(m.issue + " " + m.before + " → " + m.after) for m in content.left.money_lines]
    expected += [f"{r.points:.1f}" for r in content.rows]
    expected += [f"Round {r.number}" for r in content.rounds]
    for s in content.settlement:
        expected += [clean(c.text) for c in s.changes]
        expected.append(f"about +{s.their_gain:.1f} points for them")
    expected += list(content.lessons)
    missing = [e for e in expected if clean(e) not in text]
    assert not missing, missing
    assert (reader.metadata or {}).get("/Title", "").startswith("INTERNAL debrief")


def test_one_page_even_with_many_rounds_and_lessons(qapp):
    plan = dealt_plan()
    for k in range(8):
        plan = md.record_choice(plan, ["Our ideal", "Their opening quote"], k % 2)
    plan = plan.replace(lessons="\n".join(f"Lesson number {k}: keep the quote in the room." for k in range(8)))
    r = DebriefRenderer(debrief(plan))
    assert r.page_count() == 1
    assert r.font_pt < 9.2  # it had to step down to fit
    img = render_image(r, 0, 40)
    assert not img.isNull()


def test_no_agreement_no_debrief():
    with pytest.raises(ValueError, match="no agreement"):
        debrief(dealt_plan(agreement=False))
