"""The value map's legend draws what the map draws, readable on either palette (the keyboard audit).

In the dark palette the legend's "selected" ring (0x111111) and "off-limits" swatch (0x444444)
stood about 1.3 : 1 and 1.4 : 1 from the background, and the ring was not the map's: there it is
white on a dark halo.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.plot.value_map import ValueMap
from meso_desk.app.widgets.look import contrast_ratio


def _swatch_pixels(w: ValueMap, word: str) -> list[QColor]:
    view = w.canvas.view
    image = view.grab().toImage()
    dpr = image.devicePixelRatio()
    sample = next(s for s, label in w.canvas.legend.items if label.text == word)
    r = view.mapFromScene(sample.sceneBoundingRect()).boundingRect()
    return [QColor(image.pixel(int(x * dpr), int(y * dpr)))
            for x in range(r.left(), r.right()) for y in range(r.top(), r.bottom())]


def test_the_legends_selected_ring_and_off_limits_swatch_are_the_maps_and_read_on_either_palette(qtbot, palette):
    w = ValueMap(PlanDocument(md.example_plan("supplier")))
    qtbot.addWidget(w)
    w.resize(700, 380)
    w.show()
    qtbot.waitExposed(w)
    w.redraw()
    qtbot.waitUntil(lambda: not w.is_busy())
    legend, plot = w.canvas.legend, w.canvas.plot
    qtbot.waitUntil(lambda: legend.sceneBoundingRect().top() >= plot.sceneBoundingRect().bottom())  # laid out
    bg = w.canvas.view.palette().color(QPalette.ColorRole.Window)
    ring = _swatch_pixels(w, "selected")
    assert max(contrast_ratio(c, bg) for c in ring) >= 3.0, f"the ring does not stand out ({palette})"
    # as on the map: a white ring on a near-black halo
    assert any(c.lightness() >= 240 for c in ring) and any(c.lightness() <= 40 for c in ring)
    swatch = _swatch_pixels(w, "off-limits")
    assert max(contrast_ratio(c, bg) for c in swatch) >= 3.0, f"the off-limits swatch does not stand out ({palette})"
