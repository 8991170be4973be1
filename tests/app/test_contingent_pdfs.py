"""Contingent terms on paper: the cards' PDF carries each clause's sentence and never a
forecast; the INTERNAL briefing and debrief PDFs carry their contingent sections (read back with pypdf)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pypdf
import pytest

import meso_desk as md
from meso_desk.app.printing.briefing_painter import export_briefing_pdf
from meso_desk.app.printing.card_painter import export_cards_pdf
from meso_desk.app.printing.debrief_painter import export_debrief_pdf
from meso_desk.model.contingent.events import Forecast
from meso_desk.model.deal.debrief import debrief
from meso_desk.model.documents.cards import FORBIDDEN_WORDS, card_set
from meso_desk.model.plan import Agreement


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def pdf_text(path) -> str:
    return " ".join(clean(p.extract_text()) for p in pypdf.PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def plan():
    """The contingent example with forecasts whose numbers and sources appear nowhere else."""
    p = md.example_plan("contingent")
    events = []
    for k, e in enumerate(p.events):
        events.append(e.model_copy(update={
            "ours": Forecast(low=e.ours.low + 0.37, likely=e.ours.likely + 0.41, high=e.ours.high + 0.43,
                             source=f"our secret desk {k}"),
            "theirs": Forecast(low=e.theirs.low - 0.53, likely=e.theirs.likely - 0.57, high=e.theirs.high - 0.59,
                               source=f"their hint {k}")}))
    return p.replace(events=tuple(events))


def names(plan):
    return [sp.name for sp in plan.packages if sp.clauses]


@pytest.mark.parametrize("layout", ["a4-3up", "a6"])
def test_cards_pdf_prints_the_sentences_and_no_forecast(qapp, tmp_path, plan, layout):
    out = export_cards_pdf(plan, names(plan), tmp_path / "cards.pdf", layout=layout, allow_revealing=True,
                           check=False)
    text = pdf_text(out)
    conditions = [t.condition for c in card_set(plan, names(plan), allow_revealing=True, check=False).cards
                  for t in c.terms if t.condition]
    assert len(conditions) == len(names(plan))
    for s in conditions:
        assert clean(s) in text
    for e in plan.events:
        for f in (e.ours, e.theirs):
            for x in (f.low, f.likely, f.high):
                assert not re.search(rf"(?<![\d.]){re.escape(f'{x:.2f}'.rstrip('0').rstrip('.'))}(?!\d)", text)
            assert f.source not in text
    for w in FORBIDDEN_WORDS:
        assert not re.search(rf"\b{w}", text, re.IGNORECASE), w


def test_briefing_and_debrief_pdfs_carry_the_contingent_sections(qapp, tmp_path, plan):
    brief = pdf_text(export_briefing_pdf(plan, names(plan), tmp_path / "briefing.pdf", prepared=date(2026, 12, 4)))
    assert "Contingent terms" in brief
    for e in plan.events:
        assert e.ours.source in brief and e.theirs.source in brief
    bonus = plan.package(next(n for n in names(plan) if "Unit price" in plan.package(n).clauses))
    ev = bonus.clauses["Unit price"].event
    resolved = plan.replace(
        events=tuple(e.model_copy(update={"actual": 91.0}) if e.name == ev else e for e in plan.events),
        agreement=Agreement(terms=dict(bonus.terms), clauses=bonus.clauses, date=date(2026, 12, 10)))
    d = debrief(resolved, prepared=date(2027, 4, 10))
    path, pages = export_debrief_pdf(resolved, tmp_path / "debrief.pdf", content=d)
    text = pdf_text(path)
    assert pages == 1
    (c,) = d.contingent
    assert "Contingent terms" in text and clean(c.outcome) in text and clean(c.verdict) in text
