"""The card layout is decided once, at 600 dpi, and scaled to each device — but a font at a low
resolution is not simply the 600-dpi font scaled: its pixel size is rounded, so the on-screen
preview set each German post-settlement card's "Abnahmemenge" a few percent wider than measured
and clipped its last letter (the 200-dpi PNG was fine). Measured with the renderer's own fonts on
devices of many resolutions: every label fits its column, every value its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QImage, QPainter

from meso_desk.app.printing.card_painter import renderer_for
from meso_desk.app.printing.pages import MM_PER_INCH, Frame
from meso_desk.model.deal.post_settlement import post_settlement, pss_card_options
from meso_desk.model.documents.document_language import plan_language


@pytest.fixture(scope="module")
def german_post_settlement(qapp):
    from meso_desk.app.help.screenshots import phase_plans

    plan = dict(phase_plans("lieferant"))["deal"]
    pkgs = list(post_settlement(plan).packages)
    assert pkgs
    with plan_language(plan):
        return renderer_for(plan, pkgs, **pss_card_options(plan, len(pkgs)))


def _on_device(renderer, dpi: float):
    """The renderer's geometry for a page painted at ``dpi``, and that device."""
    img = QImage(16, 16, QImage.Format.Format_RGB32)
    dpm = round(dpi / MM_PER_INCH * 1000)
    img.setDotsPerMeterX(dpm)
    img.setDotsPerMeterY(dpm)
    size = renderer.page_size_mm()
    painter = QPainter(img)
    try:
        frame = Frame.fit(painter, size, QRectF(0, 0, size.width() / MM_PER_INCH * dpi,
                                                size.height() / MM_PER_INCH * dpi))
        return renderer._geometry(painter, frame), frame, img
    finally:
        painter.end()


@pytest.mark.parametrize("dpi", [58, 60, 66, 72, 80, 88, 96, 120, 150, 200, 300])
def test_every_label_and_value_fits_at_any_resolution(german_post_settlement, dpi):
    r = german_post_settlement
    g, frame, dev = _on_device(r, dpi)
    assert "Abnahmemenge" in r.cards.issue_labels
    label = QFontMetricsF(g.fonts["label"], dev)
    for text in r.cards.issue_labels:
        assert label.horizontalAdvance(text) <= g.label_w - frame.px(2), (dpi, text)
    for card in r.cards.cards:
        for k, term in enumerate(card.terms):
            if g.stacked[k]:
                continue
            value = QFontMetricsF(g.fonts["value_bold" if term.differs else "value"], dev)
            assert value.horizontalAdvance(term.value) <= g.value_w, (dpi, term.value)


def test_the_type_stays_the_size_the_layout_chose(german_post_settlement):
    """Fitted, not shrunk: on screen the label type is within a few percent of the 600-dpi size."""
    r = german_post_settlement
    ref, _, ref_dev = _on_device(r, 600)
    for dpi in (60, 80, 96):
        g, frame, dev = _on_device(r, dpi)
        k = dpi / 600
        got = QFontMetricsF(g.fonts["label"], dev).horizontalAdvance("Abnahmemenge")
        want = QFontMetricsF(ref.fonts["label"], ref_dev).horizontalAdvance("Abnahmemenge") * k
        assert 0.9 * want <= got <= want * 1.001, dpi
