"""How a supplier is named in text people type (docs/suppliers.md, "Cards per supplier"): the
cards' leak check warns when a subject line or an issue description names another supplier.

People rarely write a company's full registered name: "the Nordlys offer", "as agreed with Ms
Solberg". So a supplier is named by its full name and its negotiator's, and also by

* the distinctive word of its name: the first word, unless it is a common word ("Nordlys" of
  "Nordlys Kontor AS", "Sitwell" of "Sitwell Office Ltd"; nothing of "General Office Supplies");
  legal forms (AS, Ltd, GmbH, AB, Inc, SA, BV, Oy, plc, LLC, Co …) never count;
* each word of its negotiator's name ("Solberg", "Ingrid"), titles and common words aside;
* the e-mail addresses and the names ("Anna Holm") written in its contacts.

Words are matched whole and regardless of capitals. A word that also names the supplier worked on
or our own organisation (two suppliers both called "Nordic …") is no sign of another supplier.
"""

from __future__ import annotations

import re
from typing import Any

#: legal forms written with a company's name: they tell no supplier apart
LEGAL_FORMS = frozenset(
    "as asa ab ltd limited gmbh ag ug ohg gbr inc incorporated corp corporation co company sa sas sarl srl spa bv nv oy oyj "
    "plc llc llp lp kg kgaa aps pty pte bhd".split())
#: words too common to be taken for a supplier or a person on a card
COMMON_WORDS = frozenset(
    "the and of for our your their new first best good great general national international global united "
    "office offices supply supplies service services trading trade group holding holdings industries "
    "industry solutions systems products product furniture seating chairs chair quality premier prime "
    "standard modern royal north south east west northern southern eastern western central euro european "
    "nordic scandinavian american british city metro smart green blue red black white gold golden star sun "
    "top pro total direct express advanced allied associated continental digital price delivery warranty "
    "payment volume order terms term offer option package deal contract quote sales team buyer "
    "mr mrs ms miss dr prof sir madam will mark grace hope may june april rose bill frank dean art joy faith "
    "summer victor chase page "
    "der die das und für von mit neue neuer erste beste allgemeine deutsche nord süd ost west büro bürobedarf "
    "möbel stühle stuhl handel gruppe dienst dienste herr frau".split())

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PERSON = re.compile(r"\b([^\W\d_][^\W\d_'’-]+)\s+([^\W\d_][^\W\d_'’-]+)\b")


def _words(text: str) -> list[str]:
    return _WORD.findall(text or "")


def _telling(word: str) -> bool:
    w = word.casefold()
    return len(w) >= 3 and w not in LEGAL_FORMS and w not in COMMON_WORDS


def name_marks(rec: Any) -> list[str]:
    """What names supplier ``rec`` (a record, or the plan for the supplier worked on) in text:
    its full name and negotiator, the distinctive word of its name, its negotiator's name words,
    the e-mail addresses and people's names in its contacts (longest first, without repeats)."""
    marks = [rec.counterpart.strip(), rec.negotiator.strip()]
    words = [w for w in _words(rec.counterpart) if w.casefold() != "the"]
    if words and _telling(words[0]):
        marks.append(words[0])
    marks += [w for w in _words(rec.negotiator) if _telling(w)]
    contacts = rec.contacts or ""
    marks += _EMAIL.findall(contacts)
    for first, last in _PERSON.findall(_EMAIL.sub(" ", contacts)):
        if first[:1].isupper() and last[:1].isupper():
            marks += [w for w in (first, last) if _telling(w)]
    seen: set[str] = set()
    out = []
    for m in sorted((m for m in marks if m), key=len, reverse=True):
        if m.casefold() not in seen:
            seen.add(m.casefold())
            out.append(m)
    return out


def _found(mark: str, text: str) -> bool:
    if " " in mark or "@" in mark:
        return mark.casefold() in text.casefold()
    return re.search(rf"(?<![\w]){re.escape(mark)}(?![\w])", text, re.IGNORECASE) is not None


def other_supplier_named(plan: Any, text: str) -> str:
    """The first other supplier named in ``text`` — its full name or negotiator as registered, or
    "Nordlys (Nordlys Kontor AS)" for a part of it — or "" when none is."""
    if not text or not plan.suppliers:
        return ""
    ours = {w.casefold() for w in _words(" ".join((plan.counterpart, plan.negotiator, plan.our_organisation)))}
    for rec in plan.suppliers:
        for mark in name_marks(rec):
            if mark.casefold() in ours or not _found(mark, text):
                continue
            whole = mark in (rec.counterpart.strip(), rec.negotiator.strip())
            return mark if whole else f"{mark} ({rec.counterpart})"
    return ""


__all__ = ["COMMON_WORDS", "LEGAL_FORMS", "name_marks", "other_supplier_named"]
