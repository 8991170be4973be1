"""Files the window loads at run time (the application icon), found inside the installed package.

The PNG files are generated from ``resources/icons/meso-desk.svg`` by ``packaging/make_icons.py``.
The icon is built from PNG files, not from the SVG, so that it needs no SVG icon-engine plugin
(a frozen bundle may leave that plugin out).

    from meso_desk.app.assets import app_icon
    app.setWindowIcon(app_icon())
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

ASSETS_DIR = Path(__file__).resolve().parent
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def asset_path(name: str) -> Path:
    """The path of an asset file shipped in this folder (raises FileNotFoundError when missing)."""
    p = ASSETS_DIR / name
    if not p.is_file():
        raise FileNotFoundError(f"{name}: missing from this installation ({ASSETS_DIR})")
    return p


def icon_files() -> list[Path]:
    """The application icon as PNG files, smallest first."""
    return [asset_path(f"meso-desk-{s}.png") for s in ICON_SIZES]


def app_icon() -> QIcon:
    """The application icon as a ``QIcon`` holding every shipped size (needs a QGuiApplication)."""
    icon = QIcon()
    for s, p in zip(ICON_SIZES, icon_files()):
        icon.addFile(str(p), QSize(s, s))
    return icon
