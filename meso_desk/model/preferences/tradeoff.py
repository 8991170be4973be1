"""Trade-off questions: check the weights by asking one concrete exchange. No Qt.

Weights are abstract; people answer concrete questions much better. A trade-off pairs an
improvement on one issue ("going from 8 to 4 weeks delivery") with an amount of a
*yardstick* issue, usually the price ("EUR 11.40 off the unit price"), chosen so that the
two are worth exactly the same under the current weights::

    t = build_tradeoff(plan, plan.package("Competing quote (BATNA)"), "Delivery")
    t.question   # 'Is going from 8 to 5 weeks delivery worth as much to you as EUR 11.43 off the unit price?'
    a = assess(plan, t, "more", amount=20.0)
    a.message    # "… Delivery's weight (20.0 %) looks too low next to Unit price's (35.0 %) …"
    a.suggested  # weights under which the delivery change is worth EUR 20.00 off the price

The answer "about the same" agrees with the weights; "worth more" says the asked issue's
weight is too low next to the yardstick's, "worth less" that it is too high. With the
amount the user would accept instead, :func:`implied_weights` gives the weights that make
their answer true (locks respected), ready to apply as one undoable edit.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from ..base import Term
from ..language import in_sentence, tr
from ..package import Package
from .issues import CategoricalIssue, Direction, NumericIssue, default_term, fit_term, format_quantity
from .total_cost import move_saving, saving_words
from .weights import set_weight, swing_span, weights_as_percent

if TYPE_CHECKING:
    from ..plan import Plan  # only passed in: the preferences sit below the plan

Answer = Literal["same", "more", "less"]

_MONEY_UNITS = {"EUR", "USD", "GBP", "CHF", "JPY", "CNY", "SEK", "NOK", "DKK", "PLN", "CAD", "AUD",
                "€", "$", "£"}
_EPS = 1e-9


# -- choosing what to compare --------------------------------------------------------------
def is_money(plan: Plan, issue_name: str) -> bool:
    """Whether an issue is measured in money (its unit is a currency)."""
    issue = plan.issue(issue_name)
    if not isinstance(issue, NumericIssue):
        return False
    unit = issue.unit.strip()
    return bool(unit) and (unit.upper() == plan.currency.strip().upper() or unit.upper() in _MONEY_UNITS
                           or unit in _MONEY_UNITS)


def _matters(plan: Plan, name: str) -> bool:
    return plan.weights[name] > _EPS and swing_span(plan.issue(name)) > _EPS


def yardstick_issue(plan: Plan) -> str | None:
    """The issue other changes are measured against: the weightiest money issue, else the
    weightiest numeric issue; ``None`` when no numeric issue matters."""
    numeric = [i.name for i in plan.issues if isinstance(i, NumericIssue) and _matters(plan, i.name)]
    if not numeric:
        return None
    money = [n for n in numeric if is_money(plan, n)]
    pool = money or numeric
    return max(pool, key=lambda n: plan.weights[n])


def comparable_issues(plan: Plan, yardstick: str | None = None) -> list[str]:
    """Issues that can be asked about against ``yardstick``, weightiest first."""
    yardstick = yardstick or yardstick_issue(plan)
    if yardstick is None:
        return []
    names = [i.name for i in plan.issues if i.name != yardstick and _matters(plan, i.name)]
    return sorted(names, key=lambda n: -plan.weights[n])


# -- words -----------------------------------------------------------------------------------
def _label(name: str) -> str:
    """The issue's name inside a sentence: lower case in English ("unit price"), as written otherwise."""
    return in_sentence(name)


def _number(issue: NumericIssue, x: float, decimals: int | None = None) -> str:
    d = issue.decimals if decimals is None else decimals
    return f"{x:,.{d}f}"


def _names_unit(issue: NumericIssue) -> bool:
    """Whether the issue's name already ends with its unit ("Remote days" in days)."""
    unit = issue.unit.strip().lower()
    last = issue.name.strip().lower().split()[-1] if issue.name.strip() else ""
    return bool(unit) and (last == unit or last.rstrip("s") == unit.rstrip("s"))


def _money_decimals(issue: NumericIssue, amount: float) -> int:
    return 2 if issue.decimals > 0 or amount < 100 else 0


def change_text(plan: Plan, issue_name: str, frm: Term, to: Term) -> str:
    """``going from 8 to 4 weeks delivery``, ``going from FCA to DDP on incoterm``."""
    issue = plan.issue(issue_name)
    label = _label(issue.name)
    if isinstance(issue, NumericIssue):
        if is_money(plan, issue_name) or not issue.unit.strip():
            old, new = issue.format_term(frm), issue.format_term(to)
        elif _names_unit(issue):  # "Remote days" in days: "going from 1 to 0 remote days"
            old, new = _number(issue, float(frm)), _number(issue, float(to))
        else:
            old, new = _number(issue, float(frm)), issue.format_term(to)
        return tr("going from {old} to {new} {issue}").format(old=old, new=new, issue=label)
    return tr("going from {old} to {new} on {issue}").format(old=frm, new=to, issue=label)


# -- the question ----------------------------------------------------------------------------
@dataclass(frozen=True)
class TradeOff:
    """One trade-off question: ``issue`` from ``frm`` to ``to`` against ``yardstick`` from
    ``y_from`` to ``y_to``; under the weights it was built with both are worth ``points``."""

    issue: str
    frm: Term
    to: Term
    yardstick: str
    y_from: float
    y_to: float
    points: float
    yardstick_points: float
    reference: str | None
    change: str
    yardstick_change: str
    question: str
    context: str
    #: The yardstick move in money at the reference package's own volume ("EUR 17,145 less in
    #: total on 1,500 units"; "" when the plan has no cost model or the yardstick is not in it).
    money: str = ""

    @property
    def amount(self) -> float:
        """How far the yardstick moves (e.g. EUR off the price), always ≥ 0."""
        return abs(self.y_to - self.y_from)


def yardstick_text(plan: Plan, yardstick: str, y_from: float, amount: float) -> str:
    """``EUR 2.10 off the unit price`` (money) or ``going from 30 to 41.5 days payment term``."""
    y = plan.issue(yardstick)
    assert isinstance(y, NumericIssue)
    label = _label(y.name)
    better_is_lower = y.direction is Direction.LOWER
    if is_money(plan, yardstick):
        amt = format_quantity(amount, y.unit, _money_decimals(y, amount))
        if better_is_lower:
            return tr("{amount} off the {issue}").format(amount=amt, issue=label)
        return tr("{amount} more on the {issue}").format(amount=amt, issue=label)
    to = y_from - amount if better_is_lower else y_from + amount
    d = y.decimals + 1
    return tr("going from {old} to {new} {issue}").format(
        old=_number(y, y_from, d), new=format_quantity(to, y.unit, d), issue=label)


def _toward(y: NumericIssue, y_from: float) -> float:
    """The end of the range that is better than ``y_from`` (direction of improvement)."""
    return y.min if y.direction is Direction.LOWER else y.max


def _solve_yardstick(y: NumericIssue, weight: float, y_from: float, points: float) -> float | None:
    """The continuous term ``x`` with ``weight × (v(x) − v(y_from)) = points`` on the way to
    the better end, or ``None`` when even the best end is worth less."""
    end = _toward(y, y_from)
    if abs(end - y_from) < _EPS:
        return None
    xs = np.linspace(y_from, end, 4001)
    gain = weight * (y.values(xs) - y.value(y_from))
    hit = np.flatnonzero(gain >= points - 1e-12)
    if len(hit) == 0:
        return None
    k = int(hit[0])
    if k == 0:
        return float(xs[0])
    g0, g1 = gain[k - 1], gain[k]
    f = 0.0 if g1 == g0 else (points - g0) / (g1 - g0)
    return float(xs[k - 1] + f * (xs[k] - xs[k - 1]))


def _moves(issue: NumericIssue | CategoricalIssue, start: Term) -> list[tuple[Term, Term]]:
    """Candidate improvements (from, to) around ``start``, the most natural first."""
    g = issue.grid()
    vals = issue.grid_values()
    acc = issue.grid_acceptable()
    ok = np.flatnonzero(acc) if acc.any() else np.arange(len(g))
    i0 = issue.index_of(start)
    if not acc[i0]:
        i0 = int(ok[np.argmin(np.abs(ok - i0))]) if isinstance(issue, NumericIssue) else int(
            ok[np.argmin(np.abs(vals[ok] - vals[i0]))])
    moves: list[tuple[int, int]] = []
    if isinstance(issue, NumericIssue):
        ib = int(ok[np.argmax(vals[ok])])
        iw = int(ok[np.argmin(vals[ok])])
        if ib != i0:
            s = 1 if ib > i0 else -1
            moves.append((i0, i0 + s * max(1, abs(ib - i0) // 2)))
            moves.append((i0, i0 + s))
        if iw != i0:
            s = 1 if iw > i0 else -1
            moves.append((i0 + s * max(1, abs(iw - i0) // 2), i0))
            moves.append((i0 + s, i0))
    else:
        better = [int(k) for k in ok if vals[k] > vals[i0] + _EPS]
        worse = [int(k) for k in ok if vals[k] < vals[i0] - _EPS]
        better.sort(key=lambda k: vals[k])
        worse.sort(key=lambda k: -vals[k])
        moves += [(i0, k) for k in better]
        moves += [(k, i0) for k in worse]
    out = []
    for a, b in moves:
        a_t = float(g[a]) if isinstance(issue, NumericIssue) else str(g[a])
        b_t = float(g[b]) if isinstance(issue, NumericIssue) else str(g[b])
        if vals[b] > vals[a] + _EPS and (a_t, b_t) not in out:
            out.append((a_t, b_t))
    return out


class NoTradeOff(ValueError):
    """No trade-off question can be built (no numeric issue, nothing that matters, …)."""


def build_tradeoff(plan: Plan, reference: Mapping[str, Term] | None = None, issue: str | None = None,
                   yardstick: str | None = None, reference_name: str | None = None) -> TradeOff:
    """A trade-off question about ``issue`` against ``yardstick`` (default: the price).

    The moves start from ``reference`` (a package's terms; default terms where missing) so
    the question reads like the user's own situation. Under the plan's current weights the
    two changes are worth the same to within the rounding of the shown amount.
    """
    yardstick = yardstick or yardstick_issue(plan)
    if yardstick is None:
        raise NoTradeOff(tr("the consistency check needs a numeric issue (such as the price) that matters"))
    candidates = comparable_issues(plan, yardstick)
    if issue is None:
        if not candidates:
            raise NoTradeOff(tr("the consistency check needs at least two issues that matter"))
        issue = candidates[0]
    if issue == yardstick:
        raise NoTradeOff(tr("an issue cannot be compared with itself"))
    if isinstance(reference, Package):
        reference_name = reference_name or reference.name
    ref = {i.name: fit_term(i, reference[i.name]) if reference and i.name in reference else default_term(i)
           for i in plan.issues}
    a = plan.issue(issue)
    y = plan.issue(yardstick)
    assert isinstance(y, NumericIssue)
    wa, wy = plan.weights[issue], plan.weights[yardstick]
    starts = [float(ref[yardstick])]
    worst = y.worst
    if worst not in starts:
        starts.append(float(worst))
    for frm, to in _moves(a, ref[issue]):
        pts = wa * (a.value(to) - a.value(frm))
        for y_from in starts:
            x = _solve_yardstick(y, wy, y_from, pts)
            if x is None:
                continue
            amount = abs(x - y_from)
            if is_money(plan, yardstick):
                amount = round(amount, _money_decimals(y, amount))
            else:
                amount = round(amount, y.decimals + 1)
            if amount <= 0:
                continue
            y_to = y_from - amount if y.direction is Direction.LOWER else y_from + amount
            y_pts = wy * (y.value(y_to) - y.value(y_from))
            ch = change_text(plan, issue, frm, to)
            ych = yardstick_text(plan, yardstick, y_from, amount)
            money = _money_words(plan, {**ref, yardstick: float(y_from)}, yardstick, float(y_from), y_to)
            own = _money_words(plan, ref, issue, frm, to)
            if own and money:
                question = tr("Is {change} ({own}) worth as much to you as {yardstick} ({money})?")
            elif own:
                question = tr("Is {change} ({own}) worth as much to you as {yardstick}?")
            elif money:
                question = tr("Is {change} worth as much to you as {yardstick} ({money})?")
            else:
                question = tr("Is {change} worth as much to you as {yardstick}?")
            question = question.format(change=ch, own=own, yardstick=ych, money=money)
            d = _money_decimals(y, amount) if is_money(plan, yardstick) else y.decimals + 1
            old, new = format_quantity(float(y_from), y.unit, d), format_quantity(y_to, y.unit, d)
            if reference_name:
                context = tr("{issue} {old} → {new}; everything else as in “{package}”.").format(
                    issue=y.name, old=old, new=new, package=reference_name)
            else:
                context = tr("{issue} {old} → {new}; everything else unchanged.").format(
                    issue=y.name, old=old, new=new)
            return TradeOff(issue, frm, to, yardstick, float(y_from), float(y_to), float(pts), float(y_pts),
                            reference_name, ch, ych, question, context, money)
    raise NoTradeOff(tr("no change on {issue} is small enough to match with {yardstick}").format(
        issue=issue, yardstick=yardstick))


def _money_words(plan: Plan, reference: Mapping[str, Term], issue: str, frm: Term, to: Term) -> str:
    """A move of a total-cost issue in money at the reference package's own volume ("")."""
    saving = move_saving(plan, reference, issue, frm, to)
    if saving is None or abs(saving) < 0.5:
        return ""
    volume = plan.costs.volume if plan.costs is not None else None
    return saving_words(plan, saving, None if issue == volume else reference)


# -- the answer --------------------------------------------------------------------------------
def max_amount(plan: Plan, t: TradeOff) -> float:
    """The largest yardstick move available from ``t.y_from`` (to the better end)."""
    y = plan.issue(t.yardstick)
    assert isinstance(y, NumericIssue)
    return abs(_toward(y, t.y_from) - t.y_from)


def default_amount(plan: Plan, t: TradeOff, answer: Answer) -> float:
    """A first guess for "how much would it be worth?": half as much again, or half."""
    if answer == "same":
        return t.amount
    guess = t.amount * (1.5 if answer == "more" else 0.5)
    cap = max_amount(plan, t)
    y = plan.issue(t.yardstick)
    assert isinstance(y, NumericIssue)
    d = _money_decimals(y, guess) if is_money(plan, t.yardstick) else y.decimals + 1
    return round(min(guess, cap), d)


def amount_decimals(plan: Plan, t: TradeOff) -> int:
    """Decimals to type the yardstick amount with: cents for money, one more than the
    issue's own for anything else."""
    y = plan.issue(t.yardstick)
    assert isinstance(y, NumericIssue)
    money = is_money(plan, t.yardstick)
    return 2 if (money and (y.decimals > 0 or t.amount < 100)) else (0 if money else y.decimals + 1)


def amount_words(plan: Plan, yardstick: str) -> tuple[str, str, str]:
    """How an amount of the yardstick reads: ``(prefix, suffix, after)``, as in
    "EUR 10.72 off the unit price" (``("EUR ", "", "off the unit price")``) or
    "2 weeks less delivery" (``("", " weeks", "less delivery")``)."""
    y = plan.issue(yardstick)
    assert isinstance(y, NumericIssue)
    if is_money(plan, yardstick):
        after = (tr("off the {issue}").format(issue=_label(y.name)) if y.direction is Direction.LOWER else
                 tr("more on the {issue}").format(issue=_label(y.name)))
        return f"{y.unit} ", "", after
    after = (tr("less {issue}").format(issue=_label(y.name)) if y.direction is Direction.LOWER else
             tr("more {issue}").format(issue=_label(y.name)))
    return "", f" {y.unit}" if y.unit else "", after


def implied_weights(plan: Plan, t: TradeOff, amount: float,
                    locked: Collection[str] = ()) -> dict[str, float] | None:
    """Weights under which ``t``'s change is worth ``amount`` of the yardstick.

    Only the two weights involved move (their sum stays the same); when one of them is
    locked, the other moves and the unlocked rest is rescaled. ``None`` when both are
    locked or the amount is empty.
    """
    a = plan.issue(t.issue)
    y = plan.issue(t.yardstick)
    assert isinstance(y, NumericIssue)
    amount = min(max(float(amount), 0.0), max_amount(plan, t))
    y_to = t.y_from - amount if y.direction is Direction.LOWER else t.y_from + amount
    d_y = y.value(y_to) - y.value(t.y_from)
    d_a = a.value(t.to) - a.value(t.frm)
    if d_y <= _EPS or d_a <= _EPS:
        return None
    ratio = d_y / d_a  # wanted weight(issue) / weight(yardstick)
    w = plan.weights
    la, ly = t.issue in locked, t.yardstick in locked
    if la and ly:
        return None
    if not la and not ly:
        pair = w[t.issue] + w[t.yardstick]
        out = dict(w)
        out[t.issue] = pair * ratio / (1.0 + ratio)
        out[t.yardstick] = pair / (1.0 + ratio)
        return out
    if la:
        return set_weight(w, t.yardstick, w[t.issue] / ratio, set(locked) | {t.issue})
    return set_weight(w, t.issue, w[t.yardstick] * ratio, set(locked) | {t.yardstick})


@dataclass(frozen=True)
class Assessment:
    """What an answer says about the weights."""

    answer: Answer
    agrees: bool
    #: "too low" / "too high" for the asked issue's weight next to the yardstick's
    verdict: str | None
    message: str
    amount: float | None = None
    suggested: dict[str, float] | None = None
    suggestion: str = ""


def assess(plan: Plan, t: TradeOff, answer: Answer, amount: float | None = None,
           locked: Collection[str] = ()) -> Assessment:
    """Compare an answer with the weights; with ``amount`` (what the change is worth on the
    yardstick, in the user's words) also suggest the weights that would agree."""
    pct = weights_as_percent(plan.weights)
    pa, py = pct[t.issue], pct[t.yardstick]
    if answer == "same":
        return Assessment("same", True, None,
                          tr("Your answer agrees with your weights: {issue} {issue_weight:.1f} % and {yardstick} "
                             "{yardstick_weight:.1f} % make {change} worth as much as {yardstick_change}.").format(
                              issue=t.issue, issue_weight=pa, yardstick=t.yardstick, yardstick_weight=py,
                              change=t.change, yardstick_change=t.yardstick_change))
    if answer not in ("more", "less"):
        raise ValueError(tr("answer must be 'same', 'more' or 'less', not {answer}").format(answer=repr(answer)))
    verdict = "too low" if answer == "more" else "too high"
    if answer == "more":
        msg = tr("Your weights make the two equal, but you say {change} is worth more than {yardstick_change}. "
                 "{issue}'s weight ({issue_weight:.1f} %) looks too low next to {yardstick}'s "
                 "({yardstick_weight:.1f} %).")
    else:
        msg = tr("Your weights make the two equal, but you say {change} is worth less than {yardstick_change}. "
                 "{issue}'s weight ({issue_weight:.1f} %) looks too high next to {yardstick}'s "
                 "({yardstick_weight:.1f} %).")
    msg = msg.format(change=t.change, yardstick_change=t.yardstick_change, issue=t.issue, issue_weight=pa,
                     yardstick=t.yardstick, yardstick_weight=py)
    if amount is None:
        return Assessment(answer, False, verdict, msg)
    y = plan.issue(t.yardstick)
    assert isinstance(y, NumericIssue)
    suggested = implied_weights(plan, t, amount, locked)
    if suggested is None:
        why = (tr("No adjustment possible: both weights are locked.") if t.issue in locked and t.yardstick in locked
               else tr("No adjustment possible: that amount gives no change."))
        return Assessment(answer, False, verdict, msg, amount, None, why)
    new_pct = weights_as_percent(suggested)
    moved = [n for n in plan.issue_names if not math.isclose(suggested[n], plan.weights[n], abs_tol=1e-9)]
    parts = [tr("{issue} {old:.1f} % → {new:.1f} %").format(issue=n, old=pct[n], new=new_pct[n])
             for n in (t.issue, t.yardstick) if n in moved]
    others = [n for n in moved if n not in (t.issue, t.yardstick)]
    if others:
        parts.append(tr("the other unlocked weights rescaled"))
    diff = new_pct[t.issue] - pa
    amt = yardstick_text(plan, t.yardstick, t.y_from, min(amount, max_amount(plan, t)))
    suggestion = tr("If it is worth as much as {amount}: {changes} ({issue} {difference:+.1f} points).").format(
        amount=amt, changes=", ".join(parts), issue=t.issue, difference=diff)
    return Assessment(answer, False, verdict, msg, amount, suggested, suggestion)
