"""Supplier quotes imported from a spreadsheet (``docs/spreadsheets.md``): one edit adds them all."""

from __future__ import annotations

from collections.abc import Sequence

from ..language import tr
from ..package import StoredPackage
from ..plan import Plan
from .result import EditResult


def import_quotes(plan: Plan, quotes: Sequence[StoredPackage], source: str = "") -> EditResult:
    """Add the quotes as packages (a name already taken gets " (2)", " (3)" …); one undo step.

    The terms were checked when the file was read (``io.quote_sheets.read_quotes``); the plan
    checks them again, so a quote that no longer fits the issues is refused with one line.
    """
    if not quotes:
        return EditResult(plan, tr("No quotes to import."), ok=False)
    new = plan
    for q in quotes:
        name = q.name if q.name not in new.package_names else new.unique_package_name(q.name)
        try:
            new = new.with_package(q.model_copy(update={"name": name}))
        except ValueError as e:
            return EditResult(plan, tr("Quote {name} does not fit the plan: {reason}").format(
                name=repr(q.name), reason=e), ok=False)
    n = len(quotes)
    if n == 1:
        text = (tr("Imported 1 quote from {source}.").format(source=source) if source else tr("Imported 1 quote."))
    else:
        text = (tr("Imported {count} quotes from {source}.").format(count=n, source=source) if source
                else tr("Imported {count} quotes.").format(count=n))
    return EditResult(new, text)


__all__ = ["import_quotes"]
