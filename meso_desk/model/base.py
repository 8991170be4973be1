"""Building blocks shared by every schema of the plan: the term type, the frozen base model,
name cleaning and the clock. No Qt, no numpy."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Union

from pydantic import BaseModel, ConfigDict

Term = Union[float, str]


class Frozen(BaseModel):
    """Base of every plan schema: immutable, no unknown fields, defaults validated."""

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)


def clean_name(value: str, what: str) -> str:
    """``value`` stripped; an empty name is refused with ``what`` in the reason."""
    value = value.strip() if isinstance(value, str) else value
    if not value:
        raise ValueError(f"{what} must not be empty")
    return value


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
