"""The INTERNAL documents break lines between words only: Qt's own rule also breaks inside a
word, and a crowded table then squeezed a column below its longest word — the German debrief's
first header printed as "Verhandlungspun" / "kt" (preview, PDF and PNG alike: one layout).
Measured with the renderer's own layout: every line of every table cell starts after a space."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextTable

import meso_desk as md
from meso_desk.app.printing.briefing_painter import BriefingRenderer
from meso_desk.app.printing.debrief_painter import DebriefRenderer
from meso_desk.model.deal.debrief import debrief
from meso_desk.model.documents.briefing import briefing
from meso_desk.model.documents.document_language import plan_language

#: a line may start after these without splitting a word
_BREAKS = " \u00a0-\u00ad–—/"


def split_words(renderer) -> list[str]:
    """Each table cell text whose lines break inside a word, as "Verhandlungspun|kt"."""
    doc = renderer._doc
    out = []
    for table in (f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)):
        for row in range(table.rows()):
            for col in range(table.columns()):
                cell = table.cellAt(row, col)
                block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
                while block.isValid():
                    text, layout = block.text(), block.layout()
                    for k in range(1, layout.lineCount()):
                        at = layout.lineAt(k).textStart()
                        if 0 < at < len(text) and text[at - 1] not in _BREAKS and not text[at].isspace():
                            out.append(f"{text[:at]}|{text[at:]}")
                    if block == last:
                        break
                    block = block.next()
    return out


def _phase(name: str):
    from meso_desk.app.help.screenshots import phase_plans

    return dict(phase_plans("lieferant"))[name]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_german_debrief_table_keeps_its_words_whole(qapp, paper):
    plan = _phase("deal")
    with plan_language(plan):
        renderer = DebriefRenderer(debrief(plan), paper)
    assert renderer.page_count() == 1
    assert any(isinstance(f, QTextTable) and f.columns() >= 6 for f in renderer._doc.rootFrame().childFrames())
    assert split_words(renderer) == []
    # ... and nothing is pushed past the page's right edge instead
    assert renderer._doc.documentLayout().documentSize().width() <= renderer._doc.pageSize().width() + 1


def test_the_german_briefing_keeps_its_words_whole(qapp):
    plan = _phase("room")
    names = list(plan.meso_sets[-1].packages) if plan.meso_sets else []
    with plan_language(plan):
        renderer = BriefingRenderer(briefing(plan, [plan.package(n) for n in names]), "a4")
    assert split_words(renderer) == []


def test_a_word_wider_than_the_page_may_still_break(qapp):
    """The one exception: a word the page could not hold whole is broken rather than cut off."""
    plan = md.example_plan("supplier")
    plan = plan.replace(title="Chairs " + "x" * 400)
    with plan_language(plan):
        renderer = BriefingRenderer(briefing(plan, [plan.package("Our ideal")]), "a4")
    assert renderer._doc.documentLayout().documentSize().width() <= renderer._doc.pageSize().width() + 1
