"""Plain words shared by every document the model writes (cards, briefing, debrief, deal),
in the language being spoken (:mod:`meso_desk.model.language`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .language import list_words, long_date, tr


def join_words(items: Sequence[str]) -> str:
    """``"B"``, ``"B and C"``, ``"B, C and D"`` (German: ``"B, C und D"``)."""
    return list_words(items)


def format_date(d: date) -> str:
    """``"15 December 2026"`` — unambiguous on both sides of the Atlantic (``"15. Dezember
    2026"``)."""
    return long_date(d)


def percent_words(p: float) -> str:
    """A chance ``p`` (0..1) as ``"62 %"``; at the ends ``"over 99 %"`` and ``"under 1 %"`` — an
    estimate from a few observations is never certain, and "100 %" would say it is."""
    if p >= 0.995:
        return tr("over 99 %")
    if p < 0.005:
        return tr("under 1 %")
    return tr("{percent:.0f} %").format(percent=100 * p)


def chance_words(p: float) -> str:
    """``"about 62 %"`` (``"over 99 %"``, ``"under 1 %"`` at the ends, as :func:`percent_words`)."""
    if 0.005 <= p < 0.995:
        return tr("about {percent:.0f} %").format(percent=100 * p)
    return percent_words(p)


def internal_title(document: str, title: str) -> str:
    """``"INTERNAL briefing — Supplier renewal"``: the title of a document we keep to ourselves
    (``document`` already in the language spoken)."""
    if title:
        return tr("INTERNAL {document} — {title}").format(document=document, title=title)
    return tr("INTERNAL {document}").format(document=document)


def internal_line(counterpart: str) -> str:
    """``"INTERNAL — not for Acme"``: the line on every page of an internal document."""
    if counterpart:
        return tr("INTERNAL — not for {counterpart}").format(counterpart=counterpart)
    return tr("INTERNAL — not for the other side")
