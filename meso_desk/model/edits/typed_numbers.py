"""Numbers as people type them, in the language they speak: ``1,500.50``, ``12,5``, ``EUR 180``,
``30 days`` (German ``1.500,50``), read for every edit of the plan; a refusal names the field in the
user's words. No Qt."""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np

from ..language import QT_TR_NOOP, number_text, tr


class EditRefused(ValueError):
    """An edit that would make the plan invalid; ``str(err)`` is the one-line reason."""


#: The fields :func:`parse_number` names in its reasons (``what``), in words the user reads;
#: any other ``what`` is shown as given (the caller translates it).
FIELD_NAMES = {
    "value": QT_TR_NOOP("value"),
    "min": QT_TR_NOOP("min"),
    "max": QT_TR_NOOP("max"),
    "step": QT_TR_NOOP("step"),
    "bend": QT_TR_NOOP("bend"),
    "hard limit": QT_TR_NOOP("hard limit"),
    "money equivalent": QT_TR_NOOP("money equivalent"),
    "outcome": QT_TR_NOOP("outcome"),
    "chance": QT_TR_NOOP("chance"),
    "financing rate": QT_TR_NOOP("financing rate"),
    "units": QT_TR_NOOP("units"),
    "price break volume": QT_TR_NOOP("price break volume"),
    "price break discount": QT_TR_NOOP("price break discount"),
}


#: An issue's fields by their names in the file → the words of the issue table's columns.
CODE_FIELDS = {"money_per_unit": "money equivalent", "curvature": "bend", "hard_limit": "hard limit"}


def field_name(what: str) -> str:
    """``what`` (a key of :data:`FIELD_NAMES`) in the user's words; anything else as given."""
    return tr(FIELD_NAMES[what]) if what in FIELD_NAMES else what


def parse_number(text: Any, what: str = "value", unit: str = "", *, language: str | None = None) -> float:
    """A number as people type it: ``1,500.50``, ``12,5``, ``-3``, ``EUR 180``, ``30 days``
    (German: ``1.500,50``); ``language`` — the way it is written (default: the current one)."""
    if isinstance(text, bool):
        raise EditRefused(tr("{field}: {text} is not a number").format(field=field_name(what), text=repr(text)))
    if isinstance(text, (int, float, np.integer, np.floating)):
        x = float(text)
    else:
        s = str(text).strip()
        if not s:
            raise EditRefused(tr("{field}: enter a number").format(field=field_name(what)))
        u = unit.strip()
        if u:
            if s.casefold().startswith(u.casefold()):
                s = s[len(u):].strip()
            elif s.casefold().endswith(u.casefold()):
                s = s[: -len(u)].strip()
        s = number_text(re.sub(r"[\s_'’\u00a0\u202f]", "", s), language)
        try:
            x = float(s)
        except ValueError:
            raise EditRefused(tr("{field}: {text} is not a number").format(
                field=field_name(what), text=repr(str(text).strip()))) from None
    if not math.isfinite(x):
        raise EditRefused(tr("{field}: must be a finite number").format(field=field_name(what)))
    return x


def parse_optional_number(text: Any, what: str, unit: str = "") -> float | None:
    if text is None or (isinstance(text, str) and text.strip().casefold() in ("", "none", "—", "-")):
        return None
    return parse_number(text, what, unit)
