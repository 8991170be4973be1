"""The example plans that ship with MESO Desk (``supplier``, ``hiring``)."""

from __future__ import annotations

from pathlib import Path

from .io import load_plan
from .language import tr
from .plan import Plan

_HERE = Path(__file__).resolve()
#: Installed wheels carry the examples inside the package; a source checkout has them at
#: the repository root under ``resources/examples``.
_CANDIDATES = (
    _HERE.parent.parent / "resources" / "examples",
    _HERE.parents[2] / "resources" / "examples",
)


def examples_dir() -> Path:
    for c in _CANDIDATES:
        if c.is_dir():
            return c
    raise FileNotFoundError(tr("the example plans are missing from this installation"))


def example_names() -> list[str]:
    return sorted(p.stem for p in examples_dir().glob("*.meso"))


def example_path(name: str = "supplier") -> Path:
    p = examples_dir() / f"{name}.meso"
    if not p.is_file():
        raise ValueError(tr("no example called {name}; there are: {names}").format(
            name=repr(name), names=", ".join(example_names())))
    return p


def example_plan(name: str = "supplier") -> Plan:
    """One of the shipped example plans: ``"supplier"`` (default) or ``"hiring"``."""
    return load_plan(example_path(name))
