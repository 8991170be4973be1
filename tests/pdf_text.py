"""Reading printed PDFs back in tests: their text (ligatures undone, whitespace collapsed) and what
the file says about itself (metadata), for the checks that cards and documents leak nothing."""

from __future__ import annotations

import re
import unicodedata

import pypdf


def clean(text: str) -> str:
    """Extracted PDF text with ligatures undone and every run of whitespace one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def pdf_pages(path) -> list[str]:
    return [clean(p.extract_text()) for p in pypdf.PdfReader(str(path)).pages]


def pdf_metadata_text(path) -> str:
    """Everything the file says about itself: the info dictionary and the XMP packet."""
    r = pypdf.PdfReader(str(path))
    parts = [f"{k} {v}" for k, v in (r.metadata or {}).items()]
    root = r.trailer["/Root"]
    if "/Metadata" in root:
        parts.append(root["/Metadata"].get_object().get_data().decode("utf-8", "replace"))
    text = clean(" ".join(parts))
    # Time stamps and the document id are Qt's, not ours: take them out before looking for our
    # figures (a creation time of 10:42 is not our reservation value of 41.7 ≈ 42).
    text = re.sub(r"D:\d{14}Z?|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[+-]\d\d:\d\d|Z)?", " ", text)
    return re.sub(r"uuid:[0-9a-f-]{36}", " ", text)


def pdf_text(path) -> str:
    return " ".join(pdf_pages(path))
