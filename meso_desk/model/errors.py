"""Validation errors in plain words: one line naming the field path and the reason."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError


def iter_validation_errors(err: ValidationError) -> Iterable[str]:
    for e in err.errors():
        loc = format_location(e.get("loc", ()))
        msg = e.get("msg", "invalid")
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, "):]
        yield f"{loc}: {msg}" if loc else msg


def format_location(loc: Sequence[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("numeric", "categorical", "function-after[_check_range()]"):
            continue
        elif isinstance(part, str) and part.startswith(("function-", "tagged-union")):
            continue
        else:
            out += ("." if out else "") + str(part)
    return out


def first_error(err: ValidationError) -> str:
    """The first validation error as one human line ("issues[2].min: …")."""
    return next(iter(iter_validation_errors(err)), "invalid")
