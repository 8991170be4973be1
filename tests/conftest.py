"""Test setup: headless Qt, settings and data folders redirected to a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings
from reliability.network_guard import network_guard  # noqa: F401 - autouse: no test uses the network

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
os.environ["MESO_DESK_LANGUAGE"] = "en"  # tests read English; German tests ask for it

# Property tests: in CI the same examples every run (a red CI is a regression, never the luck of a
# draw); on a developer's machine a fresh random search each run, failures kept in .hypothesis/.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
SHARED_CASES = ROOT.parent / "shared" / "cases" / "genius"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True, scope="session")
def _isolated_user_folders(tmp_path_factory):
    """Keep settings, autosave and recent files away from the real user folders."""
    home = tmp_path_factory.mktemp("home")
    old = {k: os.environ.get(k) for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                          "MESO_DESK_DATA_DIR")}
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")
    os.environ["MESO_DESK_DATA_DIR"] = str(home / "meso-desk-data")
    yield home
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture
def shared_cases() -> Path:
    if not SHARED_CASES.is_dir():
        pytest.skip("../shared/cases/genius is absent")
    return SHARED_CASES


@pytest.fixture
def supplier():
    import meso_desk as md

    return md.example_plan("supplier")


@pytest.fixture
def user_dirs(tmp_path, monkeypatch) -> Path:
    """A fresh data/settings folder for one test (recovery files, meso-desk.ini, logs)."""
    d = tmp_path / "user"
    d.mkdir()
    monkeypatch.setenv("MESO_DESK_DATA_DIR", str(d))
    monkeypatch.delenv("MESO_DESK_CONFIG_DIR", raising=False)
    return d


@pytest.fixture
def make_window(qtbot, user_dirs):
    """``make_window(plan_or_path=None, **kw)`` → a MainWindow whose questions never block.

    Every prompt of its file controller (``win.files``) answers from ``win.answers``
    (``save_changes``: "save"/"discard"/"cancel", ``save_path``, ``open_path``, ``restore``,
    ``genius_files``, ``replace``: True/False, ``unreadable``: "keep"/"remove", ``changed_on_disk``:
    "overwrite"/"save_as"/"cancel"), the questions asked are listed in ``win.asked`` and errors collected in
    ``win.errors``; at teardown unsaved changes are discarded and the window is closed and
    deleted by pytest-qt.
    """
    from meso_desk.app import create_window

    made = []

    def factory(plan_or_path=None, path=None, **kw):
        win = create_window(plan_or_path, path, **kw)
        win.answers = {"save_changes": "discard", "save_path": None, "open_path": None,
                       "restore": "later", "genius_files": None, "replace": False, "unreadable": "keep",
                       "changed_on_disk": "cancel"}
        win.errors = []
        win.asked = []

        def ask(key):
            def f(*a, **k):
                win.asked.append(key)
                return win.answers[key]
            return f

        files = win.files
        files.ask_save_changes = ask("save_changes")
        files.ask_save_path = ask("save_path")
        files.ask_open_path = ask("open_path")
        files.ask_restore = ask("restore")
        files.ask_genius_files = ask("genius_files")
        files.ask_replace = ask("replace")
        files.ask_unreadable = ask("unreadable")
        files.ask_changed_on_disk = ask("changed_on_disk")
        files.show_error = lambda title, message: win.errors.append((title, message))
        qtbot.addWidget(win)
        made.append(win)
        return win

    yield factory
    for win in made:
        try:
            win.answers["save_changes"] = "discard"
        except RuntimeError:  # already deleted
            pass


@pytest.fixture
def german(qapp):
    """The application speaking German for one test (English again after it)."""
    from meso_desk.app.application import create_app
    from meso_desk.app.translation import install_language

    app = create_app()  # its first call installs the setting's language: before ours
    install_language(app, "de")
    yield
    install_language(app, "en")


@pytest.fixture(params=["light", "dark"])
def palette(qapp, request):
    """Each test twice: on the light palette and on MESO Desk's dark one (put back after)."""
    from PySide6.QtGui import QPalette

    from meso_desk.app.widgets.look import dark_palette

    before = QPalette(qapp.palette())
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(before)
