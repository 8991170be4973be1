"""The window's language: English or German, from the setting or the system's locale.

* ``$MESO_DESK_LANGUAGE`` (``en``/``de``) wins (tests, screenshots); else the setting
  ``language`` (View ▸ Language: *System*, *English*, *Deutsch*); else the system's UI language.
* The catalogue is ``meso_desk/translations/meso_desk_<lang>.qm`` (compiled from the ``.ts``
  beside it) loaded in a ``QTranslator``, with Qt's own ``qtbase_<lang>.qm`` for its standard
  buttons and dialogs. Every ``tr("…")`` of the model and of the window then goes through that
  translator (:func:`meso_desk.model.language.set_lookup`), including documents printed in a plan
  language other than the window's.
* ``QLocale.setDefault`` follows, so spin boxes write and read ``70,5`` in German.
* A new choice takes effect at the next start (said in the status bar); a plan's cards speak the
  plan's language at once.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup

from ..model.language import LANGUAGES, catalogue_path, normalise, set_language, set_lookup, tr

SETTING = "language"
#: Qt's own locales for the languages spoken
_LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
            "de": QLocale(QLocale.Language.German, QLocale.Country.Germany)}

_translators: dict[str, QTranslator] = {}
_installed: list[QTranslator] = []


def system_language() -> str:
    """The system's UI language if MESO Desk speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = normalise(name)
        if code != "en" or name.lower().startswith("en"):
            return code
    return "en"


def chosen_language(settings=None) -> str:
    """``$MESO_DESK_LANGUAGE``, else the setting, else the system's language."""
    env = os.environ.get("MESO_DESK_LANGUAGE", "").strip()
    if env:
        return normalise(env)
    choice = stored_choice(settings)
    return choice if choice in LANGUAGES else system_language()


def stored_choice(settings=None) -> str:
    """``"system"``, ``"en"`` or ``"de"`` as stored in the settings file."""
    if settings is None:
        from .settings import Settings

        settings = Settings()
    value = settings.value(SETTING, "system")
    return value if isinstance(value, str) and value in ("system", *LANGUAGES) else "system"


def translator(language: str) -> QTranslator | None:
    """The loaded catalogue of ``language`` (None for English, the source, or when missing)."""
    if language == "en":
        return None
    t = _translators.get(language)
    if t is None:
        t = QTranslator()
        if not t.load(str(catalogue_path(language, ".qm"))):
            return None
        _translators[language] = t
    return t


def _lookup(language: str, text: str, disambiguation: str | None) -> str:
    t = translator(language)
    return t.translate("", text, disambiguation) if t is not None else ""


def install_language(app, language: str | None = None) -> str:
    """Speak ``language`` (default :func:`chosen_language`) in the window and the model;
    returns the code spoken. Safe to call again (tests switch language)."""
    language = normalise(language) if language else chosen_language()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    for lang in LANGUAGES:  # every catalogue loaded now, on the GUI thread
        translator(lang)
    set_lookup(_lookup)
    if language != "en":
        own = translator(language)
        if own is not None:
            app.installTranslator(own)
            _installed.append(own)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(_LOCALES.get(language, _LOCALES["en"]))
    set_language(language)
    return language


def add_language_menu(menu, settings, status=None):
    """View ▸ Language: System, English, Deutsch (checkable; takes effect at the next start).
    Returns the submenu."""
    sub = menu.addMenu(tr("&Language"))
    sub.setObjectName("languageMenu")
    group = QActionGroup(sub)
    group.setExclusive(True)
    current = stored_choice(settings)
    # an Alt letter each, as every menu entry has (docs/window.md): S, E, D in either language
    labels = {"system": tr("&System language"), **{code: f"&{name}" for code, name in LANGUAGES.items()}}
    for code, label in labels.items():
        name = LANGUAGES.get(code, "")
        act = QAction(label, sub)
        act.setCheckable(True)
        act.setChecked(code == current)
        act.setObjectName(f"language_{code}")
        act.setProperty("language", code)
        act.setStatusTip(tr("Speak the system's language (English where it is neither English nor German), "
                            "from the next start") if code == "system" else
                         tr("Speak {language} from the next start; the cards speak each plan's own "
                            "language").format(language=name))
        group.addAction(act)
        sub.addAction(act)

    def chosen(act: QAction) -> None:
        code = act.property("language")
        settings.set_value(SETTING, code)
        settings.qsettings.sync()
        speaks = LANGUAGES.get(code) or LANGUAGES[system_language()]
        if status is not None:
            status(tr("MESO Desk will speak {language} when it next starts.").format(
                language=speaks))

    group.triggered.connect(chosen)
    return sub

