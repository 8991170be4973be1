"""Cards leak nothing (issue 18): for every example plan and every shared GENIUS case, the cards of the
default set and of a generated MESO set, read back from the PDF, carry none of our points, weights,
reservation, aspiration or estimate, not even in the metadata (the check of tests/app/test_cards.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from contract import DAY, FULL, sized

from meso_desk.model.documents.cards import CardError, default_packages
from meso_desk.model.examples import example_names, example_plan
from meso_desk.model.io.genius import import_genius

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
from generators import genius_pairs
from test_cards import assert_no_leak, pdf_metadata_text, pdf_pages

from meso_desk.app.printing import LAYOUTS, export_cards_pdf
from meso_desk.model.offers.meso import MesoError, generate_mesos

pytestmark = pytest.mark.reliability


def _layouts() -> list[str]:
    names = list(LAYOUTS)
    return names if FULL else [names[DAY % len(names)]]


def _sets(plan) -> list[tuple[str, list]]:
    out = []
    try:
        pk, _ = default_packages(plan)
        out.append(("default", pk))
    except CardError:
        pass
    for count in range(min(3, len(plan.issues)), 1, -1):  # a set trades between issues, one concession each
        try:
            out.append(("generated", list(generate_mesos(plan, count=count))))
            break
        except MesoError:  # (a small domain: no set of that size at the aspiration level)
            continue
    return out


def _check(plan, tmp_path: Path, label: str) -> int:
    pdfs = 0
    for kind, pkgs in _sets(plan):
        for layout in _layouts():
            out = export_cards_pdf(plan, pkgs, tmp_path / f"{label}-{kind}-{layout}.pdf", layout=layout)
            text = " ".join(pdf_pages(out))
            assert text, f"{label} {kind} {layout}: no text in the PDF"
            try:
                assert_no_leak(text, plan, pkgs)
                assert_no_leak(pdf_metadata_text(out), plan, pkgs)
            except AssertionError as e:
                raise AssertionError(f"{label}, {kind} set, layout {layout}: {e}") from None
            pdfs += 1
    return pdfs


@pytest.mark.parametrize("name", example_names())
def test_example_cards_leak_nothing(qapp, tmp_path, name, report):
    report(pdfs_checked=_check(example_plan(name), tmp_path, name), leaks=0)


def test_shared_genius_cards_leak_nothing(qapp, tmp_path, shared_cases, report):
    pairs = genius_pairs(shared_cases)
    k = sized(2, len(pairs))
    start = DAY % len(pairs)
    chosen = (pairs + pairs)[start:start + k]
    pdfs = generated = 0
    for dom, prof in chosen:
        plan = import_genius(dom, prof)
        generated += any(kind == "generated" for kind, _ in _sets(plan))
        pdfs += _check(plan, tmp_path, f"{dom.parent.name}-{prof.stem}")
    report(cases=len(chosen), of=len(pairs), with_generated_set=generated, pdfs_checked=pdfs, leaks=0)
    assert pdfs >= len(chosen)
