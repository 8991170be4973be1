"""Reading GENIUS XML safely, and the small helpers every GENIUS element needs.

DOCTYPE and entity declarations are refused (no billion laughs, no external entities), files
above 20 MB are refused before they are read, and every problem is one :class:`GeniusError`
line naming the file (docs/genius-import.md).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from ..language import tr
from .meso_file import PlanFileError, read_bounded

#: GENIUS files larger than this are refused before they are read.
MAX_XML_BYTES = 20 * 1024 * 1024


class GeniusError(PlanFileError):
    """A GENIUS file could not be imported. ``str(err)`` is one line: ``FILE: what is wrong``.

    A subclass of :class:`PlanFileError`, so ``except PlanFileError`` catches it too.
    """


def parse_file(p: Path) -> Element:
    """Read and parse a GENIUS XML file (at most :data:`MAX_XML_BYTES`, refused before reading)."""
    return parse_xml(read_bounded(p, MAX_XML_BYTES, GeniusError, kind="genius"), p)


def parse_xml(raw: bytes, path: str | os.PathLike[str] = "genius.xml") -> Element:
    """Parse GENIUS XML bytes safely: no DTD, no entities, no external references."""
    if not raw.strip():
        raise GeniusError(path, tr("file is empty"))
    try:
        root = fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        what = type(e).__name__
        if what == "DTDForbidden":
            reason = tr("refused: the file declares a DOCTYPE (GENIUS files never need one)")
        elif what == "EntitiesForbidden":
            reason = tr("refused: the file declares XML entities (GENIUS files never need them)")
        else:
            reason = tr("refused: the file refers to external resources")
        raise GeniusError(path, reason) from None
    except ParseError as e:
        msg = str(e).split(":")[0].strip() or tr("malformed")
        line, col = getattr(e, "position", (0, 0)) or (0, 0)
        raise GeniusError(path, tr("not well-formed XML ({reason} at line {line}, column {column})").format(
            reason=msg, line=line, column=col + 1)) from None
    except LookupError as e:  # expat: an encoding Python does not know
        enc = str(e).rpartition(":")[2].strip()[:40]
        raise GeniusError(path, tr("declares an unknown text encoding ({encoding})").format(
            encoding=repr(enc))) from None
    except (ValueError, RecursionError) as e:  # defensive: never a traceback
        raise GeniusError(path, tr("not readable XML ({reason})").format(reason=str(e)[:80])) from None
    return root


def tag_of(el: Element) -> str:
    t = el.tag if isinstance(el.tag, str) else ""
    return t.rsplit("}", 1)[-1].lower()


def children(el: Element, tag: str) -> list[Element]:
    return [c for c in el if tag_of(c) == tag]


def attr(el: Element, *names: str) -> str | None:
    """The first present attribute among ``names`` (case-insensitive), stripped."""
    attrib = el.attrib
    for n in names:
        v = attrib.get(n)
        if v is not None:
            return v.strip()
    if not any(k != k.lower() or "}" in k for k in attrib):
        return None
    lower = {k.rsplit("}", 1)[-1].lower(): v for k, v in attrib.items()}
    for n in names:
        v = lower.get(n.lower())
        if v is not None:
            return v.strip()
    return None


def number(p: Path, text: str | None, what: str) -> float:
    """``text`` as a finite number; else a :class:`GeniusError` naming ``what`` (a noun phrase
    in the language spoken: "the slope of the evaluator of issue 'Price'")."""
    try:
        x = float(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise GeniusError(p, tr("{what} is not a number ({text})").format(what=what, text=repr(text))) from None
    if not math.isfinite(x):
        raise GeniusError(p, tr("{what} is not a finite number ({text})").format(what=what, text=repr(text)))
    return x


def case_twins(names: Iterable[str]) -> tuple[str, str] | None:
    """The first two of ``names`` that differ only in case and outer blanks (``Laptop``,
    ``laptop``), or None: the plan reads them as one issue or one option, as its edits do."""
    seen: dict[str, str] = {}
    for n in names:
        key = n.strip().casefold()
        if key in seen and seen[key] != n:
            return seen[key], n
        seen.setdefault(key, n)
    return None


def index_of(el: Element) -> int | None:
    v = attr(el, "index")
    try:
        x = float(v) if v is not None else math.nan
    except ValueError:
        return None
    return int(x) if math.isfinite(x) else None  # "inf", "nan" or nothing: no index
