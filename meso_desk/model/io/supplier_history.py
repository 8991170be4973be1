"""A small local library of what we learnt about each supplier, kept across plans
(``docs/behind-the-table.md``). Qt-free: every function takes the library's folder (the window
uses ``suppliers/`` in the user's data folder).

One JSON file per supplier (``<slug>.json``): ``{"supplier": …, "entries": [ … ]}``, one entry per
plan added (by title: adding a plan again replaces its entry) with the agreement's terms, what
their choices revealed (the counterpart estimate's weights, when rounds were recorded), the
relationship notes and weight, and their constituencies as believed at the end.

A new plan for the same supplier gets the history's *hunch* (:func:`hunch`): a prior tilt per
issue from the revealed weights, and the constituencies it does not have yet — offered to the
user to take (an undo step: :func:`~meso_desk.model.edits.constituency_edits.with_supplier_hunch`),
never applied silently.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..counterpart.inference import estimate_counterpart
from ..language import tr
from ..plan import Plan
from ..preferences.behind_the_table import Constituency
from .output_files import write_file

#: The library's sub-folder of the user's data folder.
FOLDER_NAME = "suppliers"
#: A hunch's factor lies in this range (1 = neutral), like the hand-set hunch of the counterpart panel.
MIN_FACTOR, MAX_FACTOR = 0.5, 3.0


class HistoryError(ValueError):
    """A library file that cannot be read or written (one human line)."""


def slug(name: str) -> str:
    """``"Ergonord Seating AB"`` → ``"ergonord-seating-ab"`` (the file name of a supplier)."""
    s = re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-")
    return s[:80] or "supplier"


def history_path(folder: str | os.PathLike[str], supplier: str) -> Path:
    return Path(folder) / f"{slug(supplier)}.json"


@dataclass(frozen=True)
class SupplierHistory:
    supplier: str
    entries: tuple[dict[str, Any], ...]

    def __len__(self) -> int:
        return len(self.entries)


def load_history(folder: str | os.PathLike[str], supplier: str) -> SupplierHistory | None:
    """The history of ``supplier`` (``None`` when there is none, or no supplier name)."""
    if not supplier.strip():
        return None
    p = history_path(folder, supplier)
    if not p.is_file():
        return None
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        entries = tuple(e for e in data["entries"] if isinstance(e, dict))
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise HistoryError(tr("the supplier history {file} cannot be read ({reason})").format(
            file=p.name, reason=e)) from None
    return SupplierHistory(str(data.get("supplier", supplier)), entries)


def entry_of(plan: Plan, today: date | None = None) -> dict[str, Any]:
    """What ``plan`` adds to its supplier's history."""
    revealed: dict[str, float] = {}
    if plan.rounds and plan.issues:
        revealed = {k: round(v, 4) for k, v in estimate_counterpart(plan).weights.items()}
    return {
        "title": plan.title,
        "date": (plan.agreement.date if plan.agreement and plan.agreement.date else today or date.today()).isoformat(),
        "agreement": dict(plan.agreement.terms) if plan.agreement else None,
        "rounds": len(plan.rounds),
        "revealed_weights": revealed,
        "relationship": plan.relationship,
        "relationship_weight": plan.relationship_weight,
        "constituencies": [c.model_dump() for c in plan.their_constituencies],
    }


def add_plan(folder: str | os.PathLike[str], plan: Plan, today: date | None = None) -> Path:
    """Add (or replace, by title) ``plan``'s entry in its supplier's history; the file is written atomically."""
    if not plan.counterpart.strip():
        raise HistoryError(tr("the plan names no supplier (File ▸ Plan Properties…: counterpart)"))
    old = load_history(folder, plan.counterpart)
    entries = [e for e in (old.entries if old else ()) if e.get("title") != plan.title]
    entries.append(entry_of(plan, today))
    p = history_path(folder, plan.counterpart)
    text = json.dumps({"supplier": plan.counterpart, "entries": entries}, indent=2, ensure_ascii=False)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        write_file(p, text.encode("utf-8"))
    except OSError as e:
        raise HistoryError(tr("cannot write the supplier history in {folder} ({reason})").format(
            folder=p.parent, reason=e.strerror or e)) from None
    return p


@dataclass(frozen=True)
class Hunch:
    """What the history suggests for a new plan: a prior tilt per issue and constituencies."""

    supplier: str
    plans: int
    tilt: dict[str, float]
    constituencies: tuple[Constituency, ...]

    @property
    def empty(self) -> bool:
        return not self.tilt and not self.constituencies

    def lines(self) -> list[str]:
        """``"Unit price matters more to them (× 1.8)"`` …, then the constituencies (for the user to check)."""
        out = [(tr("{issue} matters more to them (× {factor:.1f})") if f > 1
                else tr("{issue} matters less to them (× {factor:.1f})")).format(issue=n, factor=f)
               for n, f in sorted(self.tilt.items(), key=lambda x: -abs(x[1] - 1))]
        out += [(tr("Their {party} on {issue} ({what})").format(party=c.party, issue=c.issue, what=c.what)
                 if c.what else tr("Their {party} on {issue} (condition)").format(party=c.party, issue=c.issue))
                for c in self.constituencies]
        return out


def hunch(history: SupplierHistory | None, plan: Plan) -> Hunch | None:
    """The history's hunch for ``plan`` (issues matched by name; ``None`` without a history).

    The tilt of an issue is its mean revealed weight × the number of the plan's issues (1 = an
    equal share), clamped to 0.5..3; constituencies come from the latest entry that has any, the
    ones on issues the plan has and not already in the plan. The plan's own entry (the same
    title: added from this plan) is left out — it would count its own rounds twice."""
    entries = [e for e in (history.entries if history is not None else ()) if e.get("title") != plan.title]
    if history is None or not entries:
        return None
    names = plan.issue_names
    sums: dict[str, list[float]] = {}
    for e in entries:
        for k, w in (e.get("revealed_weights") or {}).items():
            if k in names and isinstance(w, int | float):
                sums.setdefault(k, []).append(float(w))
    tilt = {}
    for k, ws in sums.items():
        f = min(max(sum(ws) / len(ws) * len(names), MIN_FACTOR), MAX_FACTOR)
        if abs(f - 1.0) >= 0.1:
            tilt[k] = round(f, 2)
    have = {(c.party, c.issue) for c in plan.their_constituencies}
    found: tuple[Constituency, ...] = ()
    for e in reversed(entries):
        items = []
        for d in e.get("constituencies") or ():
            try:
                c = Constituency(**d)
            except (TypeError, ValueError):
                continue
            if c.issue in names and (c.party, c.issue) not in have:
                items.append(c)
        if items:
            found = tuple(items)
            break
    return Hunch(history.supplier, len(entries), tilt, found)


__all__ = ["FOLDER_NAME", "HistoryError", "Hunch", "SupplierHistory", "add_plan", "entry_of", "history_path",
           "hunch", "load_history", "slug"]
