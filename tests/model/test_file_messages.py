"""A plan file that is something else says what it is (audit_recovery item 9): a spreadsheet renamed
``.meso``, a PDF, a picture, UTF-16 text, a binary file — not "not UTF-8 text (byte 10)"; a list
field holding the wrong type says "list", not pydantic's "tuple"; and the reason for broken JSON is
said in words of the language spoken, with its line and column."""

from __future__ import annotations

import gzip
import io
import json
import zipfile

import pytest

from meso_desk.model import language
from meso_desk.model.io import PlanFileError, load_plan, plan_to_bytes
from meso_desk.model.io.genius_xml import GeniusError
from meso_desk.model.io.geniusweb import import_geniusweb
from meso_desk.model.io.spreadsheets import export_spreadsheet


def _error(tmp_path, data: bytes, name: str = "plan.meso") -> str:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(PlanFileError) as ei:
        load_plan(p)
    line = str(ei.value)
    assert "\n" not in line and len(line) <= 200 and p.read_bytes() == data, line
    return line


def _zip(*names: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n in names:
            z.writestr(n, "x")
    return out.getvalue()


def test_a_spreadsheet_renamed_meso_says_it_is_one_and_where_quotes_go_in(tmp_path, supplier):
    """Before: "sheet.meso: not UTF-8 text (byte 10)"."""
    export_spreadsheet(supplier, tmp_path / "sheet.xlsx")
    line = _error(tmp_path, (tmp_path / "sheet.xlsx").read_bytes(), "sheet.meso")
    assert line == ("sheet.meso: not a MESO Desk plan (this is a spreadsheet, .xlsx; add its quotes with "
                    "File ▸ Import Quotes… or import-quotes)")


@pytest.mark.parametrize("data, says", [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not a MESO Desk plan (this is a PDF document)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a MESO Desk plan (this is a picture, PNG)"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "not a MESO Desk plan (this is a picture, JPEG)"),
    (gzip.compress(b'{"format": "meso-desk"}'), "not a MESO Desk plan (this is a compressed file, gzip; unpack it"),
    (_zip("notes.txt"), "not a MESO Desk plan (this is a ZIP archive)"),
    (b"PK\x03\x04\x14\x00\x00\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
     "not a MESO Desk plan (this is an OpenDocument spreadsheet; save it as .xlsx or .csv"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), "not a MESO Desk plan (this is an old Office file, .xls"),
    ('{"format": "meso-desk"}'.encode("utf-16"), "not UTF-8 text (this is UTF-16 text; save it as UTF-8)"),
    (bytes(range(256)) * 4, "not a MESO Desk plan (a binary file, not text)"),
    (bytes(1000), "not a MESO Desk plan (a binary file, not text)"),
])
def test_other_files_say_what_they_are(tmp_path, data, says):
    assert _error(tmp_path, data).startswith(f"plan.meso: {says}")


def test_a_damaged_or_latin_1_plan_still_says_where(tmp_path, supplier):
    """A plan with one bad byte is no "binary file": the line names the place."""
    text = json.dumps(supplier.model_dump(mode="json"), indent=2)
    at = text.index("Ergonord")
    latin1 = (text[:at] + "Büro" + text[at:]).encode("latin-1")
    assert _error(tmp_path, latin1) == f"plan.meso: not UTF-8 text (byte {at + 1})"
    nul = text[:at] + "\x00" + text[at:]
    assert "not valid JSON (a control character inside quotation marks at line" in _error(tmp_path, nul.encode())


@pytest.mark.parametrize("text, says", [
    ('{"format": "meso-desk", "version": 2 "title": "x"}', "expected a comma at line 1, column 38"),
    ('{"format": "meso-desk",\n  "version": }', "expected a value at line 2, column 14"),
    ('{"format" "meso-desk"}', "expected a colon at line 1, column 11"),
    ("{'format': 'meso-desk'}", "expected a name in double quotes at line 1, column 2"),
    ('{"format": "meso-desk', "an unclosed quotation mark at line 1, column 12"),
    ('{"format": "meso\\desk"}', "a backslash that starts no escape at line 1, column 17"),
    ('{"format": "meso-desk"} {}', "more text after the end at line 1, column 25"),
])
def test_broken_json_is_said_in_plain_words_with_line_and_column(tmp_path, text, says):
    """Before: Python's words ("Expecting ',' delimiter"), and in German too."""
    assert _error(tmp_path, text.encode()) == f"plan.meso: not valid JSON ({says})"


def test_the_json_reason_is_said_in_the_language_spoken(tmp_path, monkeypatch):
    """The reason goes through the catalogue like the sentence around it (German in the window:
    "kein gültiges JSON (Komma erwartet in Zeile 1, Spalte 38)")."""
    monkeypatch.setattr(language, "_lookup", lambda lang, text, _d: f"«{text}»")  # (the lookup set_lookup installs)
    with language.speaking("de"):
        line = _error(tmp_path, b'{"format": "meso-desk", "version": 2 "title": "x"}')
        p = tmp_path / "w.json"
        p.write_bytes(b'{"LinearAdditiveUtilitySpace": ')
        with pytest.raises(GeniusError) as ei:
            import_geniusweb(p)
    assert "«expected a comma»" in line and "Expecting" not in line
    assert "«expected a value»" in str(ei.value) and "Expecting" not in str(ei.value)


@pytest.mark.parametrize("field", ["issues", "packages", "rounds", "events"])
def test_a_list_field_of_the_wrong_type_asks_for_a_list(tmp_path, supplier, field):
    """Before: "issues: Input should be a valid tuple" (German "gültiges Tupel")."""
    data = json.loads(plan_to_bytes(supplier))
    data[field] = {"not": "a list"}
    assert _error(tmp_path, json.dumps(data).encode()) == f"plan.meso: {field}: Input should be a valid list"
