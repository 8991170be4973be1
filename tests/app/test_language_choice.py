"""Which language the window speaks (issue 26): ``$MESO_DESK_LANGUAGE``, else the setting chosen
in View ▸ Language, else the system's; the menu stores the choice for the next start and says so."""

from __future__ import annotations

import meso_desk as md
from meso_desk.app import translation
from meso_desk.app.settings import Settings


def test_the_environment_then_the_setting_then_the_system(monkeypatch, tmp_path):
    settings = Settings(tmp_path / "meso-desk.ini")
    monkeypatch.setattr(translation, "system_language", lambda: "de")
    monkeypatch.setenv("MESO_DESK_LANGUAGE", "en_GB")
    assert translation.chosen_language(settings) == "en"  # the environment wins (tests, scripts)
    monkeypatch.delenv("MESO_DESK_LANGUAGE")
    assert translation.chosen_language(settings) == "de"  # nothing chosen: the system's
    settings.set_value(translation.SETTING, "en")
    assert translation.chosen_language(settings) == "en"  # the user's choice beats the system
    settings.set_value(translation.SETTING, "klingon")
    assert translation.stored_choice(settings) == "system"  # a broken setting: the system's
    assert translation.chosen_language(settings) == "de"
    monkeypatch.setattr(translation, "system_language", lambda: "en")
    settings.set_value(translation.SETTING, "system")
    assert translation.chosen_language(settings) == "en"


def test_the_language_menu_remembers_the_choice_for_the_next_start(make_window, qtbot):
    win = make_window(md.example_plan("supplier"), autosave=False, remember_layout=False)
    menu = win.findChild(type(win.menuBar().actions()[0].menu()), "languageMenu")
    assert menu is not None
    actions = {a.objectName(): a for a in menu.actions()}
    assert set(actions) == {"language_system", "language_en", "language_de"}
    assert actions["language_system"].isChecked()  # the tests' settings file is fresh
    assert all(a.statusTip() for a in actions.values())
    actions["language_de"].trigger()
    assert actions["language_de"].isChecked() and not actions["language_system"].isChecked()
    assert Settings().value(translation.SETTING) == "de"
    assert "Deutsch" in win.statusBar().currentMessage()  # said at once: from the next start
    from meso_desk.model.language import current_language

    assert current_language() == "en"  # the window keeps speaking English until it restarts
