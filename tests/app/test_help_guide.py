"""F1 opens the built-in guide (offline HTML with pictures), and the first-start tour is offered
once, can be skipped and never appears unless asked for (docs/window.md, "Help")."""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QDialog

import meso_desk as md
from meso_desk.app.help import GUIDE, HELP_DIR, TOUR_STEPS, GuideDialog


def test_the_guide_and_its_pictures_ship_in_the_package():
    text = GUIDE.read_text(encoding="utf-8")
    images = re.findall(r'<img src="([^"]+)"', text)
    assert len(images) >= 4
    for src in images:
        path = HELP_DIR / src
        assert path.is_file(), src
        assert path.stat().st_size < 200_000, f"{src}: keep the pictures small"
        assert not QImage(str(path)).isNull(), src
    assert sum((HELP_DIR / src).stat().st_size for src in set(images)) < 700_000
    assert "http://" not in text and "https://" not in text, "offline: no links out"
    for anchor in re.findall(r'href="#([^"]+)"', text):
        assert f'name="{anchor}"' in text, anchor


def test_f1_opens_the_guide_once(make_window, qtbot):
    win = make_window(md.example_plan("supplier"))
    assert win.action_guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents) \
        or win.action_guide.shortcut().toString() == "F1"
    win.action_guide.trigger()
    dlg = win.findChild(GuideDialog)
    assert dlg is not None and dlg.isVisible()
    browser = dlg.browser
    assert "the evening, step by step" in browser.toPlainText()
    assert browser.document().resource(browser.document().ResourceType.ImageResource.value,
                                       QUrl("images/offers.png")) is not None
    again = win.open_guide()
    assert again is dlg, "one guide per window, raised"
    browser.anchorClicked.emit(QUrl("https://example.com/"))
    assert browser.refused == ["https://example.com/"], "never opens a network link"
    dlg.close()


def test_no_tour_in_tests_or_screenshots_unless_asked(make_window):
    win = make_window(md.example_plan("supplier"))
    assert win.tour is None
    assert not [d for d in win.findChildren(QDialog) if d.isVisible()]


def test_the_tour_walks_the_workspaces_and_can_be_skipped(make_window, qtbot):
    win = make_window(md.example_plan("supplier"))
    win.show()
    qtbot.waitExposed(win)
    tour = win.offer_tour()
    assert tour is not None and tour.isVisible() and not tour.isModal()
    assert win.settings.tour_offered()
    seen = []
    for _ in range(len(TOUR_STEPS) - 1):
        tour.next_button.click()
        seen.append(win.workspace)
    assert {"prepare", "offers", "room", "deal"} <= set(seen)
    assert tour.next_button.text() == "Done"
    tour.back_button.click()
    assert tour.step == len(TOUR_STEPS) - 2
    tour.skip_button.click()
    assert not tour.isVisible()
    assert win.offer_tour() is None, "offered once"
    again = win.offer_tour(force=True)  # Help ▸ Short Tour
    assert again is not None and again.isVisible()
    again.close()
