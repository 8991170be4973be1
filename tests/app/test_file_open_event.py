"""macOS hands a double-clicked plan to the running program as a QFileOpenEvent."""

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

import meso_desk as md
from meso_desk.app.application import file_open_filter


def test_file_open_event_opens_the_plan(make_window, tmp_path):
    win = make_window()
    hiring = md.example_plan("hiring")
    path = tmp_path / "offer.meso"
    md.save_plan(hiring, path)
    app = QApplication.instance()
    filt = file_open_filter(win, app)
    app.installEventFilter(filt)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(path)))
    finally:
        app.removeEventFilter(filt)
    assert win.document.plan == hiring
    assert win.document.path is not None and win.document.path.name == "offer.meso"
