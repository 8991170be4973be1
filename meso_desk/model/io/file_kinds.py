"""What a file is when it is not a plan, by its first bytes: a spreadsheet renamed ``.meso``, a PDF,
a picture, UTF-16 text … A plan file that cannot be read says what it holds instead ("this is a
spreadsheet, .xlsx; add its quotes with File ▸ Import Quotes…") rather than what the reader
tripped on ("not UTF-8 text (byte 10)")."""

from __future__ import annotations

from ..language import QT_TR_NOOP, tr

_ZIP = b"PK\x03\x04"
#: (first bytes, the reason, translated where shown); ZIP files are looked into (:func:`_zip_kind`)
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", QT_TR_NOOP("not a MESO Desk plan (this is a PDF document)")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     QT_TR_NOOP("not a MESO Desk plan (this is an old Office file, .xls or .doc; save a spreadsheet as .xlsx or .csv "
                "to import its quotes)")),
    (b"\x1f\x8b", QT_TR_NOOP("not a MESO Desk plan (this is a compressed file, gzip; unpack it first)")),
    (b"\xff\xfe", QT_TR_NOOP("not UTF-8 text (this is UTF-16 text; save it as UTF-8)")),
    (b"\xfe\xff", QT_TR_NOOP("not UTF-8 text (this is UTF-16 text; save it as UTF-8)")),
)
#: (first bytes, the picture's format)
PICTURES = ((b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF87a", "GIF"), (b"GIF89a", "GIF"))


def not_a_plan(raw: bytes) -> str | None:
    """Why ``raw`` (a whole file) is no plan when its first bytes tell what it is instead, in
    the language spoken; None for anything that may be text (JSON, XML, a damaged plan: the
    reader says what is wrong with it)."""
    if raw.startswith(_ZIP):
        return _zip_kind(raw)
    for start, reason in SIGNATURES:
        if raw.startswith(start):
            return tr(reason)
    for start, name in PICTURES:
        if raw.startswith(start):
            return tr("not a MESO Desk plan (this is a picture, {format})").format(format=name)
    head = raw[:512]
    text_like = head.lstrip().startswith((b"{", b"[", b"<", b"\xef\xbb\xbf"))
    if not text_like and any(b < 9 or 13 < b < 32 for b in head):
        return tr("not a MESO Desk plan (a binary file, not text)")
    return None


def _zip_kind(raw: bytes) -> str:
    if b"xl/" in raw[:1 << 20]:  # an Excel workbook names its parts xl/workbook.xml, xl/worksheets/…
        return tr("not a MESO Desk plan (this is a spreadsheet, .xlsx; add its quotes with File ▸ Import Quotes… "
                  "or import-quotes)")
    if b"application/vnd.oasis.opendocument.spreadsheet" in raw[:200]:
        return tr("not a MESO Desk plan (this is an OpenDocument spreadsheet; save it as .xlsx or .csv to import "
                  "its quotes)")
    return tr("not a MESO Desk plan (this is a ZIP archive)")


__all__ = ["not_a_plan"]
