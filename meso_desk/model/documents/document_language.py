"""The language of a printed document: the plan's (``plan.language``), whatever the window
speaks. Cards, the briefing, the debrief and the summary build and paint their text inside
:func:`plan_language`; a document's content keeps its language, so that text made later (a
property read while painting) speaks it too (:func:`document_language`)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from ..language import current_language, speaking


def document_language(language: str | None) -> contextlib.AbstractContextManager:
    """``with document_language(x):`` speaks ``x`` (a document's own language); ``None``: the
    language already spoken."""
    return speaking(language) if language else contextlib.nullcontext()


@contextlib.contextmanager
def plan_language(plan: Any) -> Iterator[str]:
    """``with plan_language(plan):`` — printed documents speak the plan's language, whatever the
    window speaks (:func:`~meso_desk.model.language.speaking`)."""
    with speaking(getattr(plan, "language", None) or current_language()) as language:
        yield language


__all__ = ["document_language", "plan_language"]
