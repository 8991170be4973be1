"""Where MESO Desk keeps its own files, and the settings it remembers between sessions.

* **Data folder** (recovery files, the log of a windowed build): ``$MESO_DESK_DATA_DIR`` when
  set, else ``QStandardPaths.AppDataLocation`` (``~/.local/share/meso-desk`` on Linux,
  ``%APPDATA%\\meso-desk`` on Windows, ``~/Library/Application Support/meso-desk`` on macOS).
* **Settings file** (window geometry, each workspace's dock layout, recent files, last folder,
  whether the first-start tour was offered): an INI file
  ``meso-desk.ini`` in ``$MESO_DESK_CONFIG_DIR``, else ``$MESO_DESK_DATA_DIR``, else
  ``QStandardPaths.AppConfigLocation``. An INI file (not the Windows registry or a macOS
  plist) is readable, portable, and trivially redirected in tests.

Tests point ``MESO_DESK_DATA_DIR`` at a temporary folder (``tests/conftest.py``), which moves
everything MESO Desk writes about the user into it.

A folder that cannot be made (a read-only or full disk) never stops the window: :class:`Settings`
then keeps its values for this session only and says why in :attr:`Settings.trouble`, and the
window says so once in its status bar (``what_is_off`` in ``app/autosave.py``).

File paths are kept bytes-safe: a file name that is not valid UTF-8 (a Latin-1 name from an old
share) is held by Python with surrogate escapes, which Qt cannot store; such a path is written to
the settings file as ``bytes:`` and its percent-encoded bytes (:func:`path_to_setting`).
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote_from_bytes, unquote_to_bytes

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths

from ..model.language import tr

#: ``QCoreApplication.applicationName`` — also the folder name under the standard locations.
APP_NAME = "meso-desk"
#: The name people see (window titles, dialogs).
DISPLAY_NAME = "MESO Desk"
#: Organisation name. Deliberately empty so that the standard locations are
#: ``…/meso-desk`` instead of ``…/<organisation>/meso-desk``.
ORG_NAME = ""
MAX_RECENT = 10
SETTINGS_FILE = "meso-desk.ini"
#: how a path that Qt cannot hold as text (not valid UTF-8) is written in the settings file
BYTES_PREFIX = "bytes:"


def path_to_setting(path: str | os.PathLike[str]) -> str:
    """``path`` as text the settings file keeps: as it is, or ``bytes:`` and its percent-encoded
    bytes when it is not valid Unicode (surrogate escapes of an undecodable file name)."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return BYTES_PREFIX + quote_from_bytes(os.fsencode(text), safe="/\\:")


def path_from_setting(text: str) -> str:
    """The path :func:`path_to_setting` wrote (``os.fsdecode`` of its bytes: the same file)."""
    if text.startswith(BYTES_PREFIX):
        return os.fsdecode(unquote_to_bytes(text[len(BYTES_PREFIX):]))
    return text


def shown_name(name: str | os.PathLike[str]) -> str:
    """A file name (or path) as the window shows it: a byte that is not UTF-8 becomes “�”
    (Qt would drop it, and the title read ``caf plan.meso`` for ``caf\\xe9 plan.meso``)."""
    text = os.fspath(name)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "replace")


def folder_trouble(error: OSError, folder: str | os.PathLike[str]) -> str:
    """“cannot create /home/x/.config/meso-desk (Read-only file system)” for a failed mkdir."""
    where = error.filename if isinstance(error.filename, str) and error.filename else os.fspath(folder)
    reason = error.strerror or " ".join(str(error).split()) or type(error).__name__
    return tr("cannot create {folder} ({reason})").format(folder=shown_name(where), reason=reason)


def _standard_location(kind: QStandardPaths.StandardLocation, fallback: Path) -> Path:
    app = QCoreApplication.instance()
    if app is not None and app.applicationName() == APP_NAME:
        loc = QStandardPaths.writableLocation(kind)
        if loc:
            return Path(loc)
    # No application object (or a foreign one, e.g. in a script): compute the same place.
    old = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    try:
        loc = QStandardPaths.writableLocation(kind)
    finally:
        QCoreApplication.setApplicationName(old[0])
        QCoreApplication.setOrganizationName(old[1])
    return Path(loc) if loc else fallback


def data_dir(create: bool = True) -> Path:
    """The user's data folder for MESO Desk (recovery files, logs)."""
    env = os.environ.get("MESO_DESK_DATA_DIR")
    if env:
        d = Path(env)
    else:
        d = _standard_location(QStandardPaths.StandardLocation.AppDataLocation,
                               Path.home() / ".local" / "share" / APP_NAME)
    if create:
        d.mkdir(parents=True, exist_ok=True)
    return d


def config_dir(create: bool = True) -> Path:
    """The folder holding ``meso-desk.ini``."""
    env = os.environ.get("MESO_DESK_CONFIG_DIR") or os.environ.get("MESO_DESK_DATA_DIR")
    if env:
        d = Path(env)
    else:
        d = _standard_location(QStandardPaths.StandardLocation.AppConfigLocation,
                               Path.home() / ".config" / APP_NAME)
    if create:
        d.mkdir(parents=True, exist_ok=True)
    return d


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


class Settings:
    """A thin typed wrapper over one ``QSettings`` INI file.

    The path is resolved when the object is made, so a test that redirects
    ``MESO_DESK_DATA_DIR`` and then creates a window gets its own settings. When its folder
    cannot be made, the values are kept for this session only and :attr:`trouble` says why.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path else config_dir(create=False) / SETTINGS_FILE
        #: why the settings are not kept ("cannot create … (Read-only file system)"), or ""
        self.trouble = ""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            self.trouble = folder_trouble(e, self.path.parent)
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    # -- generic ---------------------------------------------------------------------------
    def value(self, key: str, default=None):
        return self.qsettings.value(key, default)

    def set_value(self, key: str, value) -> None:
        self.qsettings.setValue(key, value)

    # -- window ----------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        v = self.qsettings.value("window/geometry")
        return v if isinstance(v, QByteArray) and not v.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        v = self.qsettings.value("window/state")
        return v if isinstance(v, QByteArray) and not v.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray | None = None) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        if state is not None:
            self.qsettings.setValue("window/state", state)
        self.qsettings.sync()

    # -- workspaces (app/workspaces.py) ------------------------------------------------------
    def workspaces(self) -> tuple[str, dict[str, QByteArray], set[str]]:
        """The workspace that was current, each workspace's saved dock arrangement, and the
        workspaces whose panels the user arranged (moved or resized)."""
        current = self.qsettings.value("window/workspace", "")
        states: dict[str, QByteArray] = {}
        self.qsettings.beginGroup("window/workspace_state")
        try:
            for key in self.qsettings.childKeys():
                v = self.qsettings.value(key)
                if isinstance(v, QByteArray) and not v.isEmpty():
                    states[key] = v
        finally:
            self.qsettings.endGroup()
        custom = self.qsettings.value("window/workspace_custom", [])
        if isinstance(custom, str):  # QSettings returns a bare string for a one-element list
            custom = [custom]
        return (current if isinstance(current, str) else ""), states, {c for c in custom or [] if isinstance(c, str)}

    def save_workspaces(self, current: str, states: dict[str, QByteArray], custom=()) -> None:
        self.qsettings.setValue("window/workspace", current)
        self.qsettings.setValue("window/workspace_custom", sorted(custom))
        for key, state in states.items():
            self.qsettings.setValue(f"window/workspace_state/{key}", state)
        self.qsettings.sync()

    # -- first start -------------------------------------------------------------------------
    def tour_offered(self) -> bool:
        """True once the first-start tour has been offered (taken or skipped)."""
        v = self.qsettings.value("help/tour_offered", False)
        return v is True or (isinstance(v, str) and v.lower() == "true")

    def set_tour_offered(self, on: bool = True) -> None:
        self.qsettings.setValue("help/tour_offered", bool(on))
        self.qsettings.sync()

    # -- recent files ----------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        v = self.qsettings.value("files/recent", [])
        if isinstance(v, str):  # QSettings returns a bare string for a one-element list
            v = [v]
        out: list[str] = []
        for p in v or []:
            if isinstance(p, str) and p and path_from_setting(p) not in out:
                out.append(path_from_setting(p))
        return out[:MAX_RECENT]

    def _set_recent(self, paths: list[str]) -> None:
        self.qsettings.setValue("files/recent", [path_to_setting(p) for p in paths[:MAX_RECENT]])
        self.qsettings.sync()

    def add_recent(self, path: str | os.PathLike[str]) -> list[str]:
        """Put ``path`` first in the recent files (absolute, no duplicates); returns the list."""
        p = str(Path(path).resolve())
        paths = [p, *(x for x in self.recent_files() if x != p)]
        self._set_recent(paths)
        return self.recent_files()

    def remove_recent(self, path: str | os.PathLike[str]) -> list[str]:
        p = str(Path(path).resolve())
        self._set_recent([x for x in self.recent_files() if x != p and x != str(path)])
        return self.recent_files()

    def clear_recent(self) -> None:
        self._set_recent([])

    # -- folders ---------------------------------------------------------------------------
    def last_folder(self) -> str:
        v = self.qsettings.value("files/last_folder", "")
        if isinstance(v, str) and v and Path(path_from_setting(v)).is_dir():
            return path_from_setting(v)
        return str(Path.home())

    def set_last_folder(self, folder: str | os.PathLike[str]) -> None:
        self.qsettings.setValue("files/last_folder", path_to_setting(folder))
