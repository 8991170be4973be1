"""The guide in German (guide_de.html): the same pictures as the English one taken in German
(images/de/), the same anchors, and the Help window shows it when MESO Desk speaks German."""

from __future__ import annotations

import re

from meso_desk.app.help import GUIDE, GUIDES, HELP_DIR, GuideDialog, guide_path
from meso_desk.model.language import speaking


def test_the_german_guide_has_the_english_ones_pictures_in_german_and_its_anchors():
    en, de = GUIDE.read_text(encoding="utf-8"), GUIDES["de"].read_text(encoding="utf-8")
    assert re.findall(r'<img src="([^"]+)"', de) == [s.replace("images/", "images/de/")
                                                    for s in re.findall(r'<img src="([^"]+)"', en)]
    for src in re.findall(r'<img src="([^"]+)"', de):
        assert (HELP_DIR / src).is_file(), src
    assert re.findall(r'name="([^"]+)"', de) == re.findall(r'name="([^"]+)"', en)
    for anchor in re.findall(r'href="#([^"]+)"', de):
        assert f'name="{anchor}"' in de, anchor
    assert "http://" not in de and "https://" not in de, "offline: no links out"


def test_guide_path_follows_the_language():
    assert guide_path("en") == GUIDE and guide_path("de") == GUIDES["de"]
    assert guide_path() == GUIDE  # the tests speak English
    with speaking("de"):
        assert guide_path() == GUIDES["de"]


def test_the_help_window_shows_the_german_guide_in_german(qtbot):
    with speaking("de"):
        dlg = GuideDialog()
    qtbot.addWidget(dlg)
    assert "der Verhandlungsabend, Schritt für Schritt" in dlg.browser.toPlainText()
    english = GuideDialog()
    qtbot.addWidget(english)
    assert "the evening, step by step" in english.browser.toPlainText()
