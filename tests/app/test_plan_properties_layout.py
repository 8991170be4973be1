"""File ▸ Plan Properties… as a user meets it on a laptop: it fits the screen with its buttons in
view (it was 705 px tall at least: on a 768 px screen with a taskbar OK and Cancel lay under the
taskbar), every Alt letter of the dialog is its own in English and German ("&Our organisation" and
"N&otes" both took Alt+O), an approver's condition offers only what applies to its kind, the
approver's own weights line up with the other fields, and Tab follows the dialog from top to
bottom with OK and Cancel last."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QScrollArea,
)

import meso_desk as md
from tests.app.test_plan_language import make_dialog


# -- #5: it fits the screen -----------------------------------------------------------------------------
def test_it_fits_a_laptop_screen_with_a_taskbar_and_keeps_its_buttons_in_view(qtbot):
    dlg = make_dialog(qtbot, md.example_plan("supplier"))
    avail = QApplication.primaryScreen().availableGeometry()
    # room for a title bar on whatever screen the tests run on (offscreen: 800 × 600) ...
    assert dlg.height() <= avail.height() - 60, (dlg.height(), avail)
    # ... and on a 1366 × 768 laptop with a 40 px taskbar whatever the screen
    assert dlg.minimumSizeHint().height() <= 768 - 40 - 60
    for button in dlg.buttons.buttons():
        top_left = button.mapTo(dlg, QPoint(0, 0))
        assert button.isVisible() and top_left.y() + button.height() <= dlg.height(), button.text()
    # the fields scroll: the last one can be brought into view, and no field is squeezed sideways
    scroll = dlg.findChild(QScrollArea, "propScroll")
    assert scroll is not None and scroll.isAncestorOf(dlg.relationship_edit)
    assert not scroll.isAncestorOf(dlg.buttons)
    scroll.ensureWidgetVisible(dlg.relationship_edit)
    assert not dlg.relationship_edit.visibleRegion().isEmpty()
    sections = scroll.widget()
    assert sections.width() >= sections.minimumSizeHint().width()


def test_fit_to_screen_says_when_a_dialog_cannot_fit(qtbot):
    from PySide6.QtWidgets import QDialog

    from meso_desk.app.widgets.common import fit_to_screen

    tall = QDialog()
    qtbot.addWidget(tall)
    tall.setMinimumHeight(5000)
    assert fit_to_screen(tall, 600, 6000) is False
    small = QDialog()
    qtbot.addWidget(small)
    assert fit_to_screen(small, 400, 300) is True and small.size().height() == 300


# -- #7: the Alt letters ---------------------------------------------------------------------------------
def _mnemonics(dlg) -> dict[str, list[str]]:
    """Alt letter → the texts that underline it (the form's labels with a buddy, the buttons)."""
    texts = [label.text() for label in dlg.findChildren(QLabel) if label.buddy() is not None]
    texts += [b.text() for b in dlg.findChildren(QAbstractButton)]
    keys: dict[str, list[str]] = {}
    for text in texts:
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        if found:
            keys.setdefault(found.group(1).lower(), []).append(text)
    return keys


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_alt_letter_of_the_dialog_is_its_own(qtbot, language):
    from meso_desk.app.application import create_app
    from meso_desk.app.translation import install_language

    app = create_app()
    install_language(app, language)
    try:
        dlg = make_dialog(qtbot, md.example_plan("supplier"))
        keys = _mnemonics(dlg)
        assert sum(len(v) for v in keys.values()) >= 10  # the form's labels were found
        assert {k: v for k, v in keys.items() if len(v) > 1} == {}
        # each letter takes the keyboard to its own field
        with qtbot.waitActive(dlg):
            dlg.activateWindow()
        dlg.notes_edit.setFocus()  # (from elsewhere: Alt+T must move the focus to the title)
        for label in (x for x in dlg.findChildren(QLabel) if x.buddy() is not None and "&" in x.text()):
            letter = re.search(r"&([^&\s])", label.text()).group(1)
            qtbot.keyClick(dlg, letter.lower(), Qt.KeyboardModifier.AltModifier)
            focus = dlg.focusWidget()
            buddy = label.buddy()
            assert focus is not None and (focus is buddy or buddy.isAncestorOf(focus)
                                          or focus is buddy.focusProxy()), (label.text(), focus)
            assert focus.focusPolicy() & Qt.FocusPolicy.TabFocus, (label.text(), focus)
    finally:
        install_language(app, "en")


# -- #13: the approver's conditions ----------------------------------------------------------------------
def _row(editor, r):
    t = editor.table
    return t.cellWidget(r, 0), t.cellWidget(r, 1), t.cellWidget(r, 2)


def test_a_condition_offers_only_what_applies_to_its_kind(qtbot):
    dlg = make_dialog(qtbot, md.example_plan("supplier"))
    editor = dlg.conditions_editor
    dlg.approvers_table.setCurrentCell(2, 0)  # Logistics: an options condition
    kind, issue, when = _row(editor, 0)
    assert kind.currentData() == "options" and issue.currentText() == "Incoterm"
    assert not when.isEnabled() and when.currentText() == "", "'below' read as a condition on options"
    assert issue.isEnabled()
    dlg.approvers_table.setCurrentCell(0, 0)  # CFO: a total cost
    kind, issue, when = _row(editor, 0)
    assert kind.currentData() == "total_cost"
    assert not issue.isEnabled() and when.isEnabled() and when.currentData() == "above"
    # a change of kind follows, and a change back brings the value back
    dlg.approvers_table.setCurrentCell(1, 0)  # Quality: Warranty below 24
    kind, issue, when = _row(editor, 0)
    assert (issue.isEnabled(), when.isEnabled()) == (True, True)
    kind.setCurrentIndex(kind.findData("options"))
    assert issue.isEnabled() and not when.isEnabled()
    kind.setCurrentIndex(kind.findData("points"))
    assert not issue.isEnabled() and when.isEnabled() and when.currentData() == "below"
    kind.setCurrentIndex(kind.findData("term"))
    assert issue.isEnabled() and issue.currentText() == "Warranty" and when.currentData() == "below"
    editor.table.item(0, 3).setText("30")
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    ok.click()
    cond = dlg.document.plan.approvers[1].conditions[0]
    assert (cond.kind, cond.issue, cond.when, cond.value) == ("term", "Warranty", "below", 30.0)


def test_an_options_condition_is_saved_without_a_below_or_above(qtbot):
    dlg = make_dialog(qtbot, md.example_plan("supplier"))
    dlg.approvers_table.setCurrentCell(2, 0)
    assert dlg.conditions_editor.conditions()[0]["when"] == "below"  # (the model's default; ignored)
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.document.plan.approvers == md.example_plan("supplier").approvers


def test_their_own_weights_line_up_with_the_other_fields(qtbot):
    dlg = make_dialog(qtbot, md.example_plan("supplier"))
    weights = dlg.findChild(QLineEdit, "propApproverWeights")
    x = weights.mapTo(dlg, QPoint(0, 0)).x()
    assert x == dlg.title_edit.mapTo(dlg, QPoint(0, 0)).x() == dlg.relationship_edit.mapTo(dlg, QPoint(0, 0)).x()
    label = next(lb for lb in dlg.findChildren(QLabel) if lb.buddy() is weights)
    assert label.text() == "Their own &weights"  # (no colon: the form's other labels have none)
    # enabled with the conditions of the selected approver
    dlg.approvers_table.setCurrentCell(-1, -1)
    dlg._show_conditions(-1)
    assert not weights.isEnabled() and not label.isEnabled()
    dlg.approvers_table.setCurrentCell(0, 0)
    assert weights.isEnabled() and label.isEnabled()


def _tab_chain(dlg) -> list:
    """The widgets Tab visits from the title, in order (focusable, visible and enabled)."""
    first = dlg.title_edit
    out, w = [first], first.nextInFocusChain()
    while w is not None and w is not first and len(out) < 200:
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and dlg.isAncestorOf(w):
            out.append(w)
        w = w.nextInFocusChain()
    return out


@pytest.mark.parametrize("approver", [0, 1, 2])
def test_tab_follows_the_dialog_from_top_to_bottom_with_the_buttons_last(qtbot, approver):
    dlg = make_dialog(qtbot, md.example_plan("supplier"))
    editor = dlg.conditions_editor
    dlg.approvers_table.setCurrentCell(approver, 0)
    editor.add_button.click()  # a row made after the dialog was built
    editor.table.item(editor.table.rowCount() - 1, 3).setText("1")
    qtbot.wait(20)  # (the new row's combos are placed)
    chain = _tab_chain(dlg)
    names = [w.objectName() for w in chain]
    buttons = [b for b in dlg.buttons.buttons() if b.isEnabled()]
    assert buttons
    assert set(chain[-len(buttons):]) == set(buttons), names
    combos = [w for w in chain if isinstance(w, QComboBox) and w.objectName().startswith("propCondition")]
    assert len(combos) >= 2 * 2, names
    assert names.index("propConditions") < names.index(combos[0].objectName())
    assert chain.index(combos[-1]) < names.index("propAddCondition") < names.index("propApproverWeights") \
        < names.index("propRelationship")
    # within the table: row by row, left to right
    pos = [(c.property("conditionRow"), c.mapTo(dlg, QPoint(0, 0)).x()) for c in combos]
    assert pos == sorted(pos)
    # and the whole chain reads from the top down (a field's top edge, within its row)
    tops = [w.mapTo(dlg, QPoint(0, 0)).y() for w in chain]
    assert all(b >= a - 30 for a, b in zip(tops, tops[1:])), list(zip(names, tops))
