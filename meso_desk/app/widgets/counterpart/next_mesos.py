"""Next MESOs from the estimate: the worker that makes the set (off the GUI thread) and the
sentences the counterpart panel says about it.

The rule of what a next set must not repeat lives in the model
(``offers/meso_sets.not_again``): the set on the table when nothing was learned since it,
else the packages they last reacted to. When every set at the level repeats it, the worker
looks for the nearest level that has a different set (``offers/meso_sets.nearest_different_set``)
so that the panel can offer it in one click instead of only asking for another level.
"""

from __future__ import annotations

import warnings

from ....model.counterpart.inference import estimate_counterpart
from ....model.language import tr
from ....model.offers.information import auto_purpose
from ....model.offers.meso import MesoError, MesoPackages, generate_mesos
from ....model.offers.meso_sets import first_different, nearest_different_set
from ....model.plan import Plan
from ...background import checkpoint


class NoDifferentSet(MesoError):
    """Every set found at the level offers the packages the next set must not repeat;
    ``nearest`` is the nearest level with a set that does not (None when none was found),
    ``tried`` the levels looked at."""

    def __init__(self, message: str, *, nearest: float | None = None, tried: tuple[float, ...] = ()) -> None:
        super().__init__(message, nearest=nearest)
        self.tried = tried


def next_mesos(payload: tuple[Plan, int, float, str, list | None]) -> tuple[MesoPackages, bool, str, list[float]]:
    """``generate_mesos`` for the next set (runs in a worker thread), and whether the first set
    found repeated ``avoid`` (the set on the table, when nothing new was learned since it, else
    the packages of the last round, which they have just reacted to) so that the next best
    *different* set was taken (``offers/meso_sets.first_different``), and,
    for the strategy ``"auto"``, the purpose the round chose and why (``offers/information.auto_purpose``),
    and each package's value to them by the estimate (a learning set is chosen with their values
    not compared, so the set's own ``theirs`` are flat). Raises :class:`NoDifferentSet` (with
    the nearest level that has a different set) when every set at the level repeats ``avoid``."""
    plan, count, level, strategy, avoid = payload
    why = ""
    if strategy == "auto":  # the round chooses the purpose (learn, balanced, please) and says why
        strategy, why = auto_purpose(plan)

    def make_at(lv: float, seed: int) -> MesoPackages:
        checkpoint()  # a newer request (the plan moved on) stops the search between engine runs
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return generate_mesos(plan, count, lv, strategy=strategy, seed=seed)

    out, seed = first_different(lambda s: make_at(level, s), avoid)
    if out is None:
        found = nearest_different_set(plan, level, count, make_at, avoid)
        raise NoDifferentSet(tr("no set different from the one they last saw exists at this level"),
                             nearest=found.level, tried=found.tried)
    theirs = list(out.theirs)
    if strategy == "learn":
        est = estimate_counterpart(plan)
        theirs = [est.value(p) for p in out]
    return out, seed > 0, why, theirs


def no_different_set_text(level: float, nearest: float | None, stale: str, last_round: int,
                          tried: tuple[float, ...] = ()) -> str:
    """What the panel says when every set at ``level`` repeats the set it must not repeat
    (``tried``: the other levels looked at for a set that does not)."""
    if stale:
        head = tr("No reaction to {set} recorded yet, so nothing new was learned, and every set at {level:.1f} "
                  "points repeats it.").format(set=stale, level=level)
    else:
        head = tr("Every set at {level:.1f} points repeats the packages they reacted to in round {round}.").format(
            level=level, round=last_round)
    if nearest is not None:
        if stale:
            return head + " " + tr("Record their reaction to it, or offer a different set at {nearest:.1f} "
                                   "({change}), the nearest level that has one.").format(
                nearest=nearest, change=level_change_words(level, nearest))
        return head + " " + tr("The nearest level with a different set is {nearest:.1f} ({change}).").format(
            nearest=nearest, change=level_change_words(level, nearest))
    looked = tr("None of the levels tried from {lo:.1f} to {hi:.1f} points has a different one.").format(
        lo=min(tried), hi=max(tried)) + " " if tried else ""
    if stale:
        return head + " " + looked + tr("Record their reaction to it, or change the level.")
    return head + " " + looked + tr("Change the level to offer them something new.")


def level_change_words(level: float, nearest: float) -> str:
    """"1.5 points more for you" / "1 point less for you"."""
    d = round(nearest - level, 1)
    if abs(abs(d) - 1.0) < 1e-9:
        return tr("1 point more for you") if d > 0 else tr("1 point less for you")
    if d >= 0:
        return tr("{points:.1f} points more for you").format(points=d)
    return tr("{points:.1f} points less for you").format(points=-d)


def added_text(set_name: str, names: list[str], level: float, best: str, why: str, stale: str, last_round: int,
               was_duplicate: bool) -> str:
    """What the panel says after adding the next set (``best``: the sentence on their best package)."""
    if stale:
        if was_duplicate:
            text = tr("No reaction to {stale} recorded yet, so nothing new was learned. The best set would repeat "
                      "{stale}; this is the next best different one. Added {set}: {packages} at {level:.1f} "
                      "points.{best} Record their reaction to learn from it.")
        else:
            text = tr("No reaction to {stale} recorded yet, so nothing new was learned. Added {set}: {packages} "
                      "at {level:.1f} points.{best} Record their reaction to learn from it.")
        return text.format(stale=stale, set=set_name, packages=", ".join(names), level=level, best=best)
    purpose = " " + tr("Purpose: {why}.").format(why=why) if why else ""
    repeat = tr("The best set would repeat the packages they reacted to in round {round}; this is the next "
                "best different one.").format(round=last_round) + " " if was_duplicate and last_round else ""
    return repeat + tr("Added {set}: {packages} at {level:.1f} points.").format(
        set=set_name, packages=", ".join(names), level=level) + best + purpose
