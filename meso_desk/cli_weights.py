"""``meso-desk weights PLAN [--ask] [--band 10] [-o OUT.meso]``: the weights, and "Ask me" in a terminal.

Without ``--ask`` it prints the weights (and the plan's weight region, if any). With ``--ask`` it
asks the pairwise questions of :mod:`meso_desk.model.preferences.elicitation` one by one on
stdin (1 = the first, 2 = the second, = = about equal, q = stop; on a matching question also
the term that makes the two equal, e.g. ``4.5``), shows a conflict as the answers
that cannot all be true and asks for the first of them again, and prints the weights found; with
``-o`` it saves the plan with them (and the range each weight may still be in). ``-o`` and
``--band`` (0 < band ≤ 100 points) need ``--ask``; ``-o`` is tried before the first question.
"""

from __future__ import annotations

import argparse
import sys

from .cli import EXIT_OK, CliError, _load, _refuse_overwrite, _table, command, decimal
from .cli_output import check_writable, writing
from .model.edits.weight_edits import apply_elicited_weights
from .model.io import save_plan
from .model.language import QT_TR_NOOP, number, parse_number, tr
from .model.preferences.elicitation import start_elicitation
from .model.preferences.issues import NumericIssue
from .model.preferences.weights import region_source_words, weights_as_percent

_KEYS = {"1": "first", "a": "first", "2": "second", "b": "second", "=": "equal", "e": "equal", "0": "equal"}


def _read_choice(prompt: str, match: tuple[NumericIssue, tuple[float, float]] | None = None
                 ) -> str | float | None:
    """The answer typed on stdin ('first', 'second', 'equal'; with ``match`` = (issue, range)
    also a term of that issue, as a number — one out of the range is refused saying so), None to stop."""
    while True:
        print(prompt, end=" ", flush=True)
        line = sys.stdin.readline()
        if not line:
            return None
        key = line.strip().lower()
        if key in ("q", "quit", "stop"):
            return None
        if key in _KEYS:
            return _KEYS[key]
        if match is not None:
            try:
                x = parse_number(key)
            except ValueError:
                x = None
            (low, high), issue = match[1], match[0]
            if x is not None and low - 1e-9 <= x <= high + 1e-9:
                return x
            if x is not None:
                print("  " + tr("{number} is outside the range here: the {issue} that makes them equal is "
                                "from {low} to {high}").format(number=key, issue=issue.name,
                                                               low=issue.format_term(low),
                                                               high=issue.format_term(high)))
            print("  " + tr("answer 1 (the first), 2 (the second), = (about equal), q (stop) or the {issue} "
                            "that makes them equal").format(issue=issue.name))
            continue
        print("  " + tr("answer 1 (the first), 2 (the second), = (about equal) or q (stop)"))


def _print_weights(plan) -> None:
    pct = weights_as_percent(plan.weights)
    region = plan.weight_region
    rows = [[tr("issue", "command-line table column"), tr("weight", "command-line table column"),
             tr("may be", "command-line table column: the range a weight may be in")]]
    lo, hi = region.bounds(plan.weights) if region else ([], [])
    for k, name in enumerate(plan.issue_names):
        rng = f"{number(100 * lo[k], 1)}–{number(100 * hi[k], 1)} %" if region else ""
        rows.append([name, f"{number(pct[name], 1)} %", rng])
    print(_table(rows, right=(1, 2)))
    if region:
        print(tr("(weight region: {source})").format(source=region_source_words(region.source)))


def _ask(plan, band: float | None):
    state = start_elicitation(plan, band=band)
    if state.next_question() is None:  # a narrow --band (or one issue): the weights are pinned already
        raise CliError(tr("the weights are already within ± {band:.1f} points: nothing to ask").format(
            band=100 * max(state.uncertainty().values(), default=0.0)))
    print(tr("Which would you rather have? Answer 1 (the first), 2 (the second), = (about equal), q (stop)."))
    stopped = False
    while not state.finished:
        q = state.next_question()
        if q is None:
            break
        print()
        print(tr("Q{number}. 1) {first}\n    2) {second}? (Everything else the same.)").format(
            number=len(state.answers) + 1, first=_package_words(plan, q.first), second=_package_words(plan, q.second)))
        match = None
        if q.match is not None and q.match_range is not None:
            issue = plan.issue(q.match)
            match = (issue, q.match_range)
            print("    " + tr("Or type the {issue} at which the second is worth the same to you ({low} to {high}).").format(
                issue=q.match, low=issue.format_term(q.match_range[0]), high=issue.format_term(q.match_range[1])))
        choice = _read_choice(">", match)
        if choice is None:
            stopped = True
            break
        state = state.answer_match(q, choice) if isinstance(choice, float) else state.answer(q, choice)
        while state.conflict:
            print(state.conflict_text())
            k = state.conflict[0]
            asked = state.answers[k].original  # as it was asked: a named term is taken back
            again = _read_choice(tr("Q{number} again: {question} >").format(number=k + 1, question=asked.text),
                                 (plan.issue(asked.match), asked.match_range) if asked.match and asked.match_range
                                 else None)
            if again is None:
                state = state.drop(len(state.answers) - 1)
                break
            state = state.revise_match(k, again) if isinstance(again, float) else state.revise(k, again)
        unsure = max(state.uncertainty().values())
        print("  " + tr("({count} answered; every weight within ± {band:.1f} points)").format(
            count=len(state.answers), band=100 * unsure))
    if not stopped and state.answers:
        print(state.closing_text(None, terminal=True))
    return state


def _package_words(plan, terms: dict) -> str:
    """``Unit price EUR 190.00 with Delivery 8 weeks``: one side of a question (as in the question's text)."""
    parts = [f"{name} {plan.issue(name).format_term(term)}" for name, term in terms.items()]
    if len(parts) == 2:
        return tr("{first} with {second}", "two terms of a package").format(first=parts[0], second=parts[1])
    return ", ".join(parts)


@command("weights", QT_TR_NOOP("show the weights; --ask sets them by a few pairwise questions"))
def cmd_weights(args: argparse.Namespace) -> int:
    if not args.ask and args.out:  # it wrote nothing and said nothing
        raise CliError(tr("-o needs --ask: it saves the weights the questions find"))
    if not args.ask and args.band is not None:
        raise CliError(tr("--band needs --ask: it is where the questions start"))
    if args.band is not None and not 0 < args.band <= 100:  # also nan; inf is above 100
        raise CliError(tr("--band {band}: the band must be more than 0 and at most 100 points").format(
            band=f"{args.band:g}"))
    plan = _load(args.plan)
    if not args.ask:
        _print_weights(plan)
        return EXIT_OK
    if args.out:  # before the questions: a file that cannot be written must not waste the answers
        _refuse_overwrite(args.out, args.force)
        check_writable(args.out)
    state = _ask(plan, None if args.band is None else args.band / 100.0)
    r = apply_elicited_weights(plan, state)
    if not r.ok:
        raise CliError(r.message)
    print()
    _print_weights(r.plan)
    if args.out:
        with writing(args.out):
            save_plan(r.plan, args.out)
        print(tr("saved {path}").format(path=args.out))
    return EXIT_OK


@cmd_weights.arguments
def _weights_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", help=tr("a .meso file"))
    p.add_argument("--ask", action="store_true", help=tr("ask pairwise questions on stdin to set the weights"))
    p.add_argument("--band", type=decimal, default=None,
                   help=tr("start from the plan's weights ± this many points (default: from scratch)"))
    p.add_argument("-o", "--out", help=tr("save the plan with the weights found"))
    p.add_argument("--force", action="store_true", help=tr("overwrite OUT if it exists"))
