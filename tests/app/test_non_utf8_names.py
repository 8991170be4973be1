"""A plan whose file name is not valid UTF-8 (a Latin-1 name from an old share or USB stick): the
title shows the byte as “�” instead of dropping it, and Open Recent keeps the real path, so it
reopens (audit "recovery" #8)."""

from __future__ import annotations

import os
import sys

import pytest

import meso_desk as md

pytestmark = pytest.mark.skipif(sys.platform == "win32" or os.fsencode("é") != b"\xc3\xa9",
                                reason="file names as bytes in UTF-8: POSIX")


@pytest.fixture
def latin1_plan(tmp_path, supplier):
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9 plan.meso"
    path = os.fsdecode(raw)  # 'caf\udce9 plan.meso': Python's surrogate escape of the byte
    md.save_plan(supplier, path)
    return path


def test_the_title_shows_the_name_with_a_replacement_character(make_window, latin1_plan):
    win = make_window()
    assert win.files.open_path(latin1_plan) and win.errors == []
    assert win.windowTitle().startswith("caf\ufffd plan.meso")
    assert "caf\ufffd plan.meso" in win.statusBar().currentMessage()


def test_open_recent_reopens_the_file(make_window, latin1_plan, supplier):
    from meso_desk.app.settings import Settings

    win = make_window()
    assert win.files.open_path(latin1_plan)
    assert Settings().recent_files()[0] == latin1_plan, "the path survives the settings file byte for byte"
    other = make_window()
    [entry] = [a for a in other.recent_menu.actions() if a.data()]
    assert entry.text() == "&1 caf\ufffd plan.meso"
    entry.trigger()
    assert other.errors == []
    assert str(other.document.path) == latin1_plan and other.document.plan == supplier
    assert other.files.recent_files() == [latin1_plan]


def test_settings_keep_ordinary_paths_as_they_are(tmp_path):
    from meso_desk.app.settings import Settings, path_from_setting, path_to_setting

    plain = str(tmp_path / "ünï cödé 100% plan.meso")
    assert path_to_setting(plain) == plain
    odd = os.fsdecode(os.fsencode(str(tmp_path)) + b"/caf\xe9 50% plan.meso")
    assert path_to_setting(odd).startswith("bytes:") and path_from_setting(path_to_setting(odd)) == odd
    s = Settings(tmp_path / "s.ini")
    s.set_last_folder(os.path.dirname(odd))
    assert s.last_folder() == os.path.dirname(odd)
