"""MESO Desk — plan supplier negotiations with multiple equivalent simultaneous offers.

The scripting API. Headless: importing it never loads Qt.

    >>> import meso_desk as md
    >>> plan = md.example_plan("supplier")
    >>> round(md.score(plan, plan.package("Competing quote (BATNA)")), 1)
    41.8

The sentences it returns (suggestions, warnings, edit messages, documents) speak English unless
told otherwise: ``md.set_language("de")`` for the whole process, ``with md.speaking("de"): …``
for a block of code (``md.LANGUAGES``: the codes). Exceptions raised for a wrong call (a
``TypeError``, an unknown attribute) stay English: they are for the programmer.

A wrong call is refused in one sentence (docs/file-format.md, "Errors in scripts"): a name the
plan does not have raises :class:`UnknownName` (a ``ValueError``, and a ``KeyError`` for older
code); a term out of range, off the step or not an option, a bad value for a plan field or a
schema (``plan.replace(reservation=200)``, ``md.Forecast(low=3, likely=2, high=1)``) a
``ValueError`` (:class:`InvalidInput`, pydantic's ``ValidationError`` with its first error as its
text); something that is not a plan where a plan belongs a ``TypeError`` ("expected a Plan, got dict").
"""

from __future__ import annotations

import functools
import importlib
import inspect
import numbers

__version__ = "0.1.0"

from .model.contingent.clauses import LinearClause, StatesClause, ThresholdClause
from .model.contingent.events import Event, Forecast
from .model.errors import InvalidInput, UnknownName, expect_type
from .model.examples import example_names, example_plan
from .model.io import PlanFileError, load_plan, save_plan
from .model.language import LANGUAGES, current_language, set_language, speaking, tr
from .model.package import Package, StoredPackage
from .model.plan import MesoSet, OfferedPackage, Plan, Round
from .model.preferences.issues import CategoricalIssue, Curve, Direction, Issue, NumericIssue, Option
from .model.preferences.weights import normalise_weights, weights_from_swings
from .model.scoring import ScoreTable, score, score_many
from .model.scoring import score_table as _score_table


def _expect_plan(plan) -> None:
    expect_type(plan, Plan, "a Plan")


def _checking_plan(fn):
    """``fn`` refusing anything but a :class:`Plan` as its first argument ``plan`` in one sentence
    (``TypeError`` "expected a Plan, got dict") instead of failing deep inside; other callables as
    they are."""
    if inspect.isclass(fn) or not callable(fn):
        return fn
    try:
        params = list(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return fn
    if not params or params[0] != "plan":
        return fn

    @functools.wraps(fn)
    def call(*args, **kw):
        if args or "plan" in kw:
            _expect_plan(args[0] if args else kw["plan"])
        return fn(*args, **kw)

    return call


score_table = _checking_plan(_score_table)
save_plan = _checking_plan(save_plan)


def import_genius(domain, profile, **kw):
    """Build a :class:`Plan` from a GENIUS domain file and one party's profile (ours)."""
    from .model.io.genius import import_genius as _imp

    return _imp(domain, profile, **kw)


# -- MESO engine (imported on first use; keeps ``import meso_desk`` quick) --------------------
def generate_mesos(plan, count=3, level=None, **kw):
    """``count`` packages worth ``level`` points to us (default: aspiration), each conceding
    on a different issue. See :func:`meso_desk.model.offers.meso.generate_mesos`."""
    from .model.offers.meso import MesoError
    from .model.offers.meso import generate_mesos as _gen

    _expect_plan(plan)
    if level is not None and (isinstance(level, bool) or not isinstance(level, numbers.Real)):
        raise MesoError(tr("the level must be a number of points, not {level}").format(level=repr(level)),
                        kind="request")
    seed = kw.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0):
        raise MesoError(tr("the seed must be a whole number ≥ 0, not {seed}").format(seed=repr(seed)), kind="request")
    return _gen(plan, count, level, **kw)


def rebalance(plan, package, issue, value, locked=(), **kw):
    """Move one term and keep the package's value. See :func:`meso_desk.model.offers.rebalance.rebalance`."""
    from .model.offers.rebalance import rebalance as _reb

    _expect_plan(plan)
    return _reb(plan, package, issue, value, locked, **kw)


def pareto_frontier(plan, their=None, **kw):
    """The exact Pareto frontier of our value and ``their`` (default: opposed-interests prior).
    See :func:`meso_desk.model.offers.frontier.pareto_frontier`."""
    from .model.offers.frontier import pareto_frontier as _pf

    _expect_plan(plan)
    return _pf(plan, their, **kw)


# -- the counterpart: recorded reactions and what they reveal (numpy only, loaded on first use) ----
def record_choice(plan, offered, chosen, **kw):
    """A new plan with one round appended: the packages offered together and their reaction
    (``chosen``: an index, a best-first ranking, or ``None`` for "none of these").
    See :func:`meso_desk.model.edits.round_edits.record_choice`."""
    from .model.edits.round_edits import record_choice as _rc

    _expect_plan(plan)
    return _rc(plan, offered, chosen, **kw)


def estimate_counterpart(plan, **kw):
    """The counterpart's priorities inferred from the recorded rounds (weights, credible
    intervals, top issue, directions, their value of packages).
    See :func:`meso_desk.model.counterpart.inference.estimate_counterpart`."""
    from .model.counterpart.inference import estimate_counterpart as _est

    _expect_plan(plan)
    return _est(plan, **kw)


def logroll_suggestions(plan, estimate=None, **kw):
    """Which issue to concede (cheap for us, dear to them) and which to hold, in plain words.
    See :func:`meso_desk.model.counterpart.logroll.logroll_suggestions`."""
    from .model.counterpart.logroll import logroll_suggestions as _lr

    _expect_plan(plan)
    return _lr(plan, estimate, **kw)


def total_cost(plan, terms):
    """The total cost of one package in the plan's currency (None without a cost model); ``terms``
    must be a full package of the plan, else refused in one sentence (an unknown issue, a missing
    term, a term out of range). See :func:`meso_desk.model.preferences.total_cost.total_cost`."""
    from .model.preferences.total_cost import total_cost as _tc
    from .model.scoring import checked_package

    return _tc(plan, checked_package(plan, terms))


# -- the deal phase: post-settlement settlement, ZOPA, debrief (loaded on first use) ------------
def post_settlement(plan, agreed=None, count=3, **kw):
    """Up to ``count`` packages never worse for us than ``agreed`` (default: the plan's
    agreement), chosen so that at least one is better for them with a chance ≥ the plan's
    ``settlement_bar`` (0.3; ``min_probability=`` overrides it) under the counterpart estimate;
    ``.suggestions``, ``.chance`` and, when there are fewer or none, ``.reason``.
    See :func:`meso_desk.model.deal.post_settlement.post_settlement`."""
    from .model.deal.post_settlement import post_settlement as _pss

    _expect_plan(plan)
    return _pss(plan, agreed, count, **kw)


#: Names importable from the package but loaded only when first used.
_LAZY = {
    "MesoError": ("meso_desk.model.offers.meso", "MesoError"),
    "MesoWarning": ("meso_desk.model.offers.meso", "MesoWarning"),
    "RebalanceResult": ("meso_desk.model.offers.rebalance", "RebalanceResult"),
    "Frontier": ("meso_desk.model.offers.frontier", "Frontier"),
    # package cards and the internal briefing (content only; the Qt renderer is meso_desk.app.printing)
    "card_set": ("meso_desk.model.documents.cards", "card_set"),
    "CardSet": ("meso_desk.model.documents.cards", "CardSet"),
    "CardError": ("meso_desk.model.documents.cards", "CardError"),
    "briefing": ("meso_desk.model.documents.briefing", "briefing"),
    # the counterpart estimate
    "CounterpartEstimate": ("meso_desk.model.counterpart.inference", "CounterpartEstimate"),
    "LogrollSuggestion": ("meso_desk.model.counterpart.logroll", "LogrollSuggestion"),
    "TheirValues": ("meso_desk.model.counterpart.their_values", "TheirValues"),
    "expected_information_gain": ("meso_desk.model.offers.information", "expected_information_gain"),
    "expected_weight_information": ("meso_desk.model.offers.information", "expected_weight_information"),
    # the deal phase
    "PostSettlement": ("meso_desk.model.deal.post_settlement", "PostSettlement"),
    "pss_card_set": ("meso_desk.model.deal.post_settlement", "pss_card_set"),
    "zopa": ("meso_desk.model.deal.zopa", "zopa"),
    "left_on_table": ("meso_desk.model.deal.zopa", "left_on_table"),
    "their_reservation": ("meso_desk.model.deal.zopa", "their_reservation"),
    "debrief": ("meso_desk.model.deal.debrief", "debrief"),
    # a generated set added to a plan (names A, B, C / A2, B2, C2 …), as the window does
    "with_meso_set": ("meso_desk.model.offers.meso_sets", "with_meso_set"),
    # the value map's numbers: our value over two issues, iso-value lines (widget: meso_desk.app.plot)
    "value_slice": ("meso_desk.model.offers.value_slice", "value_slice"),
    "ValueSlice": ("meso_desk.model.offers.value_slice", "ValueSlice"),
    # our approvers as rules: who signs each package off, who objects and why (docs/approvals.md)
    "approvals": ("meso_desk.model.approvals.rules", "approvals"),
    "Approver": ("meso_desk.model.plan", "Approver"),
    "ApprovalCondition": ("meso_desk.model.preferences.approval_conditions", "ApprovalCondition"),
    # behind the table: what their negotiator can tell their own side, the relationship's number
    # and the price of each goodwill move (docs/behind-the-table.md); the total cost (docs/total-cost.md)
    "talking_points": ("meso_desk.model.counterpart.constituencies", "talking_points"),
    "relationship_effect": ("meso_desk.model.offers.relationship", "relationship_effect"),
    "goodwill_moves": ("meso_desk.model.offers.relationship", "goodwill_moves"),
    "relationship_option": ("meso_desk.model.offers.relationship", "relationship_option"),
    # contingent terms (docs/contingent-terms.md): our spread and the bet on the difference of
    # forecasts, a package made contingent at equal value to us, clauses worth offering …
    "contingent_risk": ("meso_desk.model.offers.contingent", "risk"),
    "contingent_bets": ("meso_desk.model.offers.contingent", "bets"),
    "contingent_version": ("meso_desk.model.offers.contingent", "contingent_version"),
    "suggest_clauses": ("meso_desk.model.offers.contingent", "suggest_clauses"),
    "ClauseBet": ("meso_desk.model.offers.contingent", "ClauseBet"),
    # … and the edits of events, clauses and outcomes (each returns an EditResult: .plan, .message)
    "add_event": ("meso_desk.model.edits.event_edits", "add_event"),
    "replace_event": ("meso_desk.model.edits.event_edits", "replace_event"),
    "remove_event": ("meso_desk.model.edits.event_edits", "remove_event"),
    "set_clause": ("meso_desk.model.edits.event_edits", "set_clause"),
    "remove_clause": ("meso_desk.model.edits.event_edits", "remove_clause"),
    "record_outcome": ("meso_desk.model.edits.event_edits", "record_outcome"),
    # several suppliers in one sourcing plan (docs/suppliers.md): the market of held offers, the
    # BATNA against each supplier, the suppliers side by side, split awards …
    "SupplierRecord": ("meso_desk.model.supplier", "SupplierRecord"),
    "HeldOffer": ("meso_desk.model.sourcing.market", "HeldOffer"),
    "best_offers": ("meso_desk.model.sourcing.market", "best_offers"),
    "batna_against": ("meso_desk.model.sourcing.market", "batna_against"),
    "SupplierRow": ("meso_desk.model.sourcing.comparison", "SupplierRow"),
    "compare_suppliers": ("meso_desk.model.sourcing.comparison", "compare_suppliers"),
    "SplitAward": ("meso_desk.model.sourcing.split", "SplitAward"),
    "split_award": ("meso_desk.model.sourcing.split", "split_award"),
    # … and the edits of the suppliers (each edit returns a Plan or an EditResult: .plan, .message)
    "add_supplier": ("meso_desk.model.edits.supplier_edits", "add_supplier"),
    "switch_supplier": ("meso_desk.model.edits.supplier_edits", "switch_supplier"),
    "rename_supplier": ("meso_desk.model.edits.supplier_edits", "rename_supplier"),
    "remove_supplier": ("meso_desk.model.edits.supplier_edits", "remove_supplier"),
    "set_quote": ("meso_desk.model.edits.supplier_edits", "set_quote"),
    "set_market_batna": ("meso_desk.model.edits.supplier_edits", "set_market_batna"),
}


def __getattr__(name):
    if name in _LAZY:
        mod, attr = _LAZY[name]
        value = _checking_plan(getattr(importlib.import_module(mod), attr))
        globals()[name] = value
        return value
    raise AttributeError(f"module 'meso_desk' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "__version__",
    "LANGUAGES",
    "current_language",
    "set_language",
    "speaking",
    "CardError",
    "CardSet",
    "CategoricalIssue",
    "CounterpartEstimate",
    "Curve",
    "Direction",
    "Frontier",
    "InvalidInput",
    "Issue",
    "LogrollSuggestion",
    "MesoError",
    "MesoSet",
    "MesoWarning",
    "NumericIssue",
    "OfferedPackage",
    "Option",
    "Package",
    "Plan",
    "PlanFileError",
    "RebalanceResult",
    "Round",
    "ScoreTable",
    "StoredPackage",
    "TheirValues",
    "UnknownName",
    "briefing",
    "card_set",
    "example_names",
    "estimate_counterpart",
    "example_plan",
    "expected_information_gain",
    "expected_weight_information",
    "generate_mesos",
    "import_genius",
    "load_plan",
    "logroll_suggestions",
    "normalise_weights",
    "pareto_frontier",
    "post_settlement",
    "PostSettlement",
    "pss_card_set",
    "zopa",
    "left_on_table",
    "their_reservation",
    "debrief",
    "rebalance",
    "record_choice",
    "save_plan",
    "score",
    "score_many",
    "score_table",
    "weights_from_swings",
    "with_meso_set",
    "value_slice",
    "ValueSlice",
    "approvals",
    "Approver",
    "talking_points",
    "relationship_effect",
    "goodwill_moves",
    "relationship_option",
    "total_cost",
    "ApprovalCondition",
    "Event",
    "Forecast",
    "ThresholdClause",
    "LinearClause",
    "StatesClause",
    "ClauseBet",
    "contingent_risk",
    "contingent_bets",
    "contingent_version",
    "suggest_clauses",
    "add_event",
    "replace_event",
    "remove_event",
    "set_clause",
    "remove_clause",
    "record_outcome",
    "SupplierRecord",
    "HeldOffer",
    "best_offers",
    "batna_against",
    "SupplierRow",
    "compare_suppliers",
    "SplitAward",
    "split_award",
    "add_supplier",
    "switch_supplier",
    "rename_supplier",
    "remove_supplier",
    "set_quote",
    "set_market_batna",
]
