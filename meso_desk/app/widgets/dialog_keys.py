"""What Enter and Tab do in a dialog: Enter presses the button the dialog names (never a Cancel, a
Close that loses work, or a "Start again"), and Tab follows the order the controls are seen in,
the dialog's buttons last.

Why a helper: :meth:`QPushButton.setDefault` registers the button with its dialog only when the
button is already inside it. Called while the button box is still outside the dialog's layout, it
is forgotten, and when the dialog is shown Qt makes the *first* auto-default push button in the Tab
chain the default instead — the Cancel of Record Reaction, the "Start again" of Ask me, the
"Aspiration" of Generate MESOs. :func:`add_buttons` puts the box in the layout first and then names
the default; :func:`set_default` does the second half for a box that is already in place.

Widgets made later (cards, a term field, the rows of a form rebuilt on a choice) join the end of
the Tab chain, after the buttons: :func:`tab_after` puts them where they are seen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QPushButton, QWidget


def set_default(button: QPushButton) -> QPushButton:
    """Make ``button`` the one Enter presses in its dialog (doing nothing while it is disabled).
    ``button`` must already be inside the dialog (raises ValueError otherwise: the dialog would
    forget it)."""
    dialog = button.window()
    if not isinstance(dialog, QDialog):
        raise ValueError(f"{button.objectName() or button.text()!r} is not inside a dialog yet")
    button.setDefault(False)  # setDefault(True) on a button that already says so registers nothing
    button.setDefault(True)
    return button


def add_buttons(layout: QBoxLayout, box: QDialogButtonBox, default: QPushButton | None = None,
                quiet: tuple[QPushButton, ...] = ()) -> QDialogButtonBox:
    """Put ``box`` at the end of ``layout`` (a dialog's), then make ``default`` the button Enter
    presses. ``quiet`` buttons (outside the box or in it) are never pressed by an Enter typed
    elsewhere: they do something that cannot be taken back, or that Enter in a field should not do."""
    layout.addWidget(box)
    for b in quiet:
        b.setAutoDefault(False)
    if default is not None:
        set_default(default)
    return box


def tab_after(anchor: QWidget, *widgets: QWidget) -> None:
    """Tab goes from ``anchor`` to each of ``widgets`` in turn, then on to what followed ``anchor``."""
    before = anchor
    for w in widgets:
        QWidget.setTabOrder(before, w)
        before = w
