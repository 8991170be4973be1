"""``meso-desk debrief PLAN -o OUT.pdf [--cards PSS.pdf] [--bar 30]``: the INTERNAL one-page debrief
of the plan's agreement, and the post-settlement alternatives as cards for the other side."""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli import EXIT_OK, EXIT_REFUSED, CliError, _count, _load, _qt_for_printing, command
from .cli_output import check_writable, refuse_existing, refuse_plan, writing
from .model.deal.debrief import debrief
from .model.deal.post_settlement import pss_card_set
from .model.documents.cards import CardError
from .model.edits.deal_edits import with_settlement_bar
from .model.errors import PlanError
from .model.language import QT_TR_NOOP, tr


@command("debrief", QT_TR_NOOP("the INTERNAL one-page debrief of the agreement (PDF), and post-settlement cards"))
def cmd_debrief(args: argparse.Namespace) -> int:
    """The debrief of the plan's agreement: against aspiration and reservation, the value left on
    the table, what each round revealed, the post-settlement suggestions, the lessons. Exit 2
    when the plan records no agreement. An existing OUT (or CARDS) is refused unless ``--force``, and
    both folders are tried, before either is written; then each is replaced atomically."""
    plan = _load(args.plan)
    if plan.agreement is None:
        raise CliError(tr("{path}: no agreement recorded (record the agreed package in the Deal panel "
                          "first)").format(path=args.plan))
    out = Path(args.output)
    if out.suffix.lower() != ".pdf":
        raise CliError(tr("{path}: the debrief must end in .pdf").format(path=out))
    cards = Path(args.cards) if args.cards else None
    if cards is not None and cards.suffix.lower() != ".pdf":
        raise CliError(tr("{path}: the post-settlement cards must end in .pdf").format(path=cards))
    refuse_plan([out, cards], args.plan)
    if cards is not None and cards.resolve() == out.resolve():
        raise CliError(tr("the debrief and the cards must go to different files"))
    if args.bar is not None:  # for this run: propose post-settlement alternatives from this chance
        try:
            plan = with_settlement_bar(plan, args.bar / 100.0)
        except PlanError as e:
            raise CliError(tr("--bar: {reason}").format(reason=e.reason)) from None
    outputs = [p for p in (out, cards) if p is not None]
    refuse_existing(outputs, args.force)
    for p in outputs:  # every folder tried before anything is written (the cards come after the debrief)
        check_writable(p)
    content = debrief(plan)
    if args.text:
        print(content.text())
    app = _qt_for_printing()  # noqa: F841 (keeps Qt alive)
    from .app.printing.card_painter import CardRenderer
    from .app.printing.debrief_painter import export_debrief_pdf
    from .app.printing.pages import ExportError, write_pdf

    try:
        with writing(out):
            written, pages = export_debrief_pdf(plan, out, args.paper, content=content)
    except ExportError as e:
        raise CliError(str(e)) from None
    print(_count(pages, tr("wrote {path}: INTERNAL debrief, {count} page — keep it on your side"),
                 tr("wrote {path}: INTERNAL debrief, {count} pages — keep it on your side"), path=written))
    if cards is None:
        return EXIT_OK
    if not content.settlement.suggestions:
        raise CliError(tr("no post-settlement cards written: {reason}").format(reason=content.settlement.reason),
                       EXIT_REFUSED)
    layout = "letter-3up" if args.paper == "letter" else "a4-3up"
    try:
        with writing(cards):
            pss = write_pdf(CardRenderer(pss_card_set(plan, content.settlement), layout), cards)
    except (ExportError, CardError) as e:
        raise CliError(str(e)) from None
    n = len(content.settlement.suggestions)
    print(_count(n, tr("wrote {path}: {count} post-settlement card for the other side (terms only)"),
                 tr("wrote {path}: {count} post-settlement cards for the other side (terms only)"), path=pss))
    return EXIT_OK


@cmd_debrief.arguments
def _debrief_args(p: argparse.ArgumentParser) -> None:
    p.description = tr("Write the INTERNAL one-page debrief of the plan's agreement: the agreed package against "
                       "our aspiration and reservation, the value left on the table (points, and money where the "
                       "issues carry money equivalents), what each round revealed, the post-settlement "
                       "suggestions and the lessons. Exit 2 when the plan records no agreement.")
    p.add_argument("plan", help=tr("a .meso file with an agreement"))
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help=tr("the debrief PDF"))
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help=tr("paper size (default a4)"))
    p.add_argument("--cards", metavar="PSS.pdf", help=tr("also write the post-settlement suggestions as cards for "
                   "the other side (terms only)"))
    p.add_argument("--text", action="store_true", help=tr("also print the debrief as text"))
    p.add_argument("--force", action="store_true", help=tr("overwrite the debrief and the cards if they exist"))
    p.add_argument("--bar", type=float, metavar="PERCENT",
                   help=tr("propose post-settlement alternatives when the chance that one is better for them "
                           "reaches this (default: the plan's, 30 %%)"))
