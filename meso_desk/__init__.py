"""MESO Desk — plan supplier negotiations with multiple equivalent simultaneous offers.

The scripting API. Headless: importing it never loads Qt.

    >>> import meso_desk as md
    >>> plan = md.example_plan("supplier")
    >>> round(md.score(plan, plan.package("Competing quote (BATNA)")), 1)
    41.8
"""

from __future__ import annotations

__version__ = "0.1.0"

from .model.examples import example_names, example_plan
from .model.io import PlanFileError, load_plan, save_plan
from .model.package import Package
from .model.plan import (
    CategoricalIssue,
    Curve,
    Direction,
    Issue,
    MesoSet,
    NumericIssue,
    OfferedPackage,
    Option,
    Plan,
    Round,
    StoredPackage,
    normalise_weights,
    weights_from_swings,
)
from .model.scoring import ScoreTable, score, score_many, score_table


def import_genius(domain, profile, **kw):
    """Build a :class:`Plan` from a GENIUS domain file and one party's profile (ours)."""
    from .model.io.genius import import_genius as _imp

    return _imp(domain, profile, **kw)


__all__ = [
    "__version__",
    "CategoricalIssue",
    "Curve",
    "Direction",
    "Issue",
    "MesoSet",
    "NumericIssue",
    "OfferedPackage",
    "Option",
    "Package",
    "Plan",
    "PlanFileError",
    "Round",
    "ScoreTable",
    "StoredPackage",
    "example_names",
    "example_plan",
    "import_genius",
    "load_plan",
    "normalise_weights",
    "save_plan",
    "score",
    "score_many",
    "score_table",
    "weights_from_swings",
]
