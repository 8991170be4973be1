"""The Qt layer of MESO Desk (PySide6 + pyqtgraph). Importing it loads Qt."""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def __getattr__(name: str):
    # ``meso_desk.app.create_window`` etc. without importing the window at package import.
    if name in ("create_app", "create_window", "run"):
        from . import application

        return getattr(application, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["create_app", "create_window", "run"]
