"""The result of an edit that has something to tell the user besides the new plan."""

from __future__ import annotations

from dataclasses import dataclass

from ..plan import Plan


@dataclass(frozen=True)
class EditResult:
    """The new plan, and a message for the user (a reason, a warning) with whether the edit
    did all it was asked (``ok``)."""

    plan: Plan
    message: str = ""
    ok: bool = True
