"""Plain words shared by every document the model writes (cards, briefing, debrief, deal)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def join_words(items: Sequence[str]) -> str:
    """``"B"``, ``"B and C"``, ``"B, C and D"``."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def format_date(d: date) -> str:
    """``"15 December 2026"`` — unambiguous on both sides of the Atlantic."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def internal_title(document: str, title: str) -> str:
    """``"INTERNAL briefing — Supplier renewal"``: the title of a document we keep to ourselves."""
    return f"INTERNAL {document} — {title}" if title else f"INTERNAL {document}"


def internal_line(counterpart: str) -> str:
    """``"INTERNAL — not for Acme"``: the line on every page of an internal document."""
    who = f" — not for {counterpart}" if counterpart else " — not for the other side"
    return f"INTERNAL{who}"
