"""No text reaches a Qt widget without ``tr()`` (issue 26).

A static check of the Qt layer, beside the German walk of the window (test_german_window.py),
which can only read what is on screen: every call that puts a text in front of the user —
``setText``, ``setToolTip``, ``setWindowTitle``, ``QLabel("…")``, ``addAction("…")``,
``QMessageBox.warning(…, "…")`` and the rest — must not be given a bare string literal or an
f-string with words in it. (Such a call may take ``tr("…")``, a variable or user data.)
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "meso_desk"
WORDS = re.compile(r"[A-Za-z]{2,}")

#: method name → which positional arguments are texts (None: all)
SETTERS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,),
    "setWindowTitle": (0,), "setPlaceholderText": (0,), "setAccessibleName": (0,),
    "setAccessibleDescription": (0,), "setTitle": (0,), "setTabText": (1,), "setTabToolTip": (1,),
    "addTab": (1,), "insertTab": (2,), "addMenu": (0,), "addSection": (0,), "showMessage": (0,),
    "setLabelText": (0,), "setInformativeText": (0,), "setDetailedText": (0,), "setSpecialValueText": (0,),
    "setHeaderLabels": None, "setHorizontalHeaderLabels": None, "setVerticalHeaderLabels": None,
    "addItem": (0,), "addItems": None, "setItemText": (1,), "setToolTipText": (0,),
    "warning": (1, 2), "information": (1, 2), "critical": (1, 2), "question": (1, 2), "about": (1, 2),
    "getSaveFileName": (1,), "getOpenFileName": (1,), "getExistingDirectory": (1,),
    "addRow": (0,), "setButtonText": (1,), "setSuffix": (0,), "setPrefix": (0,),
}
#: constructors whose first argument is a text
WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
           "QMenu", "QCommandLinkButton", "WrapLabel", "ElidingLabel", "QElidedLabel"}
#: a literal that reads as a text, not a key, a unit or a format: words and a space, or a capital word
TEXTLIKE = re.compile(r"[A-Za-z]{2,}.*\s|^&?[A-Z][a-z]{2,}")


#: never translated: the product's name
NAMES = {"MESO Desk"}
TAGS = re.compile(r"<[^>]*>")


def bare_texts(node: ast.AST) -> list[str]:
    """The literal texts in ``node`` that did not go through a function call (tr())."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = TAGS.sub(" ", node.value)
        return [node.value] if node.value not in NAMES and TEXTLIKE.search(text) else []
    if isinstance(node, ast.JoinedStr):
        text = TAGS.sub(" ", "".join(v.value for v in node.values if isinstance(v, ast.Constant)))
        return [text] if WORDS.search(text) else []
    if isinstance(node, (ast.List, ast.Tuple)):
        return [t for e in node.elts for t in bare_texts(e)]
    if isinstance(node, ast.BinOp):
        return bare_texts(node.left) + bare_texts(node.right)
    if isinstance(node, ast.IfExp):
        return bare_texts(node.body) + bare_texts(node.orelse)
    return []


def call_name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def offending(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        f = node.func
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id in ("log", "logger", "logging"):
            continue  # log lines stay English
        if name in SETTERS:
            which = SETTERS[name]
            args = [a for i, a in enumerate(node.args) if which is None or i in which]
        elif name in WIDGETS:
            args = node.args[:1]
        else:
            continue
        args += [k.value for k in node.keywords if k.arg in ("text", "title", "toolTip")]
        for a in args:
            for text in bare_texts(a):
                out.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {name}({text[:60]!r})")
    return out


def test_qt_texts_go_through_tr():
    bad = [line for p in sorted((PACKAGE / "app").rglob("*.py")) for line in offending(p)]
    assert bad == [], f"{len(bad)} text(s) without tr():\n" + "\n".join(bad[:80])


def test_the_check_finds_a_bare_text(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('label.setText("Hold value")\nlabel.setText(tr("Hold value"))\n'
                      'b = QPushButton(f"Save {name} now")\nx.setObjectName("holdValue")\n'
                      'box.addItems(["Fixed price", tr("Linear")])\n', encoding="utf-8")
    global PACKAGE
    old, PACKAGE = PACKAGE, tmp_path
    try:
        found = offending(sample)
    finally:
        PACKAGE = old
    assert [f.split(" ", 1)[1] for f in found] == [
        "setText('Hold value')", "QPushButton('Save  now')", "addItems('Fixed price')"]


def tr_inside_fstrings(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    """``tr("…")`` calls written inside an f-string's braces: ``pyside6-lupdate`` does not look
    there, so their text never reaches the catalogue and stays English in German."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            for value in node.values:
                if isinstance(value, ast.FormattedValue):
                    out += [f"{path.relative_to(root)}:{n.lineno} {n.args[0].value!r}"
                            for n in ast.walk(value.value)
                            if isinstance(n, ast.Call) and call_name(n) == "tr" and n.args
                            and isinstance(n.args[0], ast.Constant)]
    return out


def test_no_tr_hides_inside_an_fstring(tmp_path):
    bad = [line for p in sorted(PACKAGE.rglob("*.py")) for line in tr_inside_fstrings(p)]
    assert bad == [], "\n".join(bad)
    sample = tmp_path / "sample.py"
    sample.write_text("x = f\"{tr('Hidden')} {name}\"\ny = tr('Seen') + f' {name}'\n", encoding="utf-8")
    assert [f.split(" ", 1)[1] for f in tr_inside_fstrings(sample, tmp_path)] == ["'Hidden'"]
