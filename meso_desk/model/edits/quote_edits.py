"""Supplier quotes imported from a spreadsheet (``docs/spreadsheets.md``): one edit adds them all."""

from __future__ import annotations

from collections.abc import Sequence

from ..package import StoredPackage
from ..plan import Plan
from .result import EditResult


def import_quotes(plan: Plan, quotes: Sequence[StoredPackage], source: str = "") -> EditResult:
    """Add the quotes as packages (a name already taken gets " (2)", " (3)" …); one undo step.

    The terms were checked when the file was read (``io.spreadsheets.read_quotes``); the plan
    checks them again, so a quote that no longer fits the issues is refused with one line.
    """
    if not quotes:
        return EditResult(plan, "No quotes to import.", ok=False)
    new = plan
    for q in quotes:
        name = q.name if q.name not in new.package_names else new.unique_package_name(q.name)
        try:
            new = new.with_package(q.model_copy(update={"name": name}))
        except ValueError as e:
            return EditResult(plan, f"Quote {q.name!r} does not fit the plan: {e}", ok=False)
    n = len(quotes)
    where = f" from {source}" if source else ""
    return EditResult(new, f"Imported {n} quote{'s' if n != 1 else ''}{where}.")


__all__ = ["import_quotes"]
