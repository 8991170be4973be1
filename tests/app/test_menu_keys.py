"""Every menu's Alt-letters are its own: two entries of one menu with the same underlined letter
make the keyboard user press it twice and guess (File had Q for Import Quotes and Quit, P for Plan
Properties and Print Cards). And every entry has one (View ▸ Language's System language, English and
Deutsch had none), as docs/window.md says. Checked in English and German, submenus included."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMenu

import meso_desk as md
from meso_desk.app.translation import install_language


def _without_letter(win) -> list[tuple[str, str]]:
    return [(menu.title(), a.text()) for menu in win.menuBar().findChildren(QMenu) for a in menu.actions()
            if not a.isSeparator() and a.text() and not re.search(r"&([^&\s])", a.text().replace("&&", ""))]


def _clashes(win) -> dict[str, dict[str, list[str]]]:
    out = {}
    for menu in win.menuBar().findChildren(QMenu):
        keys: dict[str, list[str]] = {}
        for a in menu.actions():
            found = re.search(r"&([^&\s])", a.text().replace("&&", ""))
            if found:
                keys.setdefault(found.group(1).lower(), []).append(a.text())
        clash = {k: v for k, v in keys.items() if len(v) > 1}
        if clash:
            out[menu.title()] = clash
    return out


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_two_entries_of_a_menu_share_their_letter(qapp, make_window, language):
    from meso_desk.app.application import create_app

    app = create_app()
    install_language(app, language)
    try:
        win = make_window(md.example_plan("supplier"), autosave=False, remember_layout=False)
        menus = win.menuBar().findChildren(QMenu)
        assert len(menus) >= 5 and sum(len(m.actions()) for m in menus) > 40  # the menus were there
        assert _clashes(win) == {}
        assert _without_letter(win) == []
    finally:
        install_language(app, "en")
