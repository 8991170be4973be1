"""Reading printed PDFs back in tests: their text (ligatures undone, whitespace collapsed) and what
the file says about itself (metadata); and the one check that cards leak nothing of ours — no word
of our scale (English or German), none of our figures outside the printed terms."""

from __future__ import annotations

import re
import unicodedata

import pypdf

import meso_desk as md
from meso_desk.model.language import speaking

#: Our words, in English and in German: never on a card.
FORBIDDEN = re.compile(r"\b(points?|scores?|weights?|reservation|batna|utility|utilities|priorit\w*|estimat\w*|"
                       r"aspiration|punkte?|punktzahl\w*|gewicht\w*|reservationswert\w*|prioritä\w*|"
                       r"schätzung\w*|anspruchsniveau\w*|nutzwert\w*)\b", re.IGNORECASE)


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


def our_figures(plan, packages) -> set[str]:
    """Our numbers as the program prints them, the English and the German way: scores, level,
    reservation, aspiration, weights."""
    nums = [md.score(plan, p) for p in packages] + [plan.reservation, plan.aspiration]
    out = set()
    for x in nums:
        out |= {f"{x:.1f}", f"{x:.2f}", f"{x:.0f}"}
    for w in plan.weights.values():
        out |= {f"{100 * w:.1f} %", f"{100 * w:.0f} %", f"{100 * w:.1f}%", f"{w:.2f}"}
    return out | {f.replace(".", ",") for f in out}


def assert_no_leak(text: str, plan, packages) -> None:
    """No word of ours anywhere; none of our figures outside the printed terms (written in the
    plan's language, as the cards print them)."""
    m = FORBIDDEN.search(text)
    assert m is None, f"leaked word {m.group(0)!r} in {text!r}"
    with speaking(plan.language):
        terms = {plan.issue(n).format_term(p[n]) for p in packages for n in plan.issue_names}
    rest = text
    for t in sorted(terms, key=len, reverse=True):
        rest = rest.replace(t, " ")
    for fig in our_figures(plan, packages):
        pat = r"(?<![\w.,])" + re.escape(fig) + r"(?![\w]|[.,]\d)"
        assert not re.search(pat, rest), f"leaked figure {fig!r} in {rest!r}"
