"""Cards per supplier on paper (issue 25): the PDF printed for each supplier of a three-supplier
plan — its text and its metadata, read back with pypdf — names only that supplier and shows none
of the other suppliers' quotes; another supplier's quote is never written to a PDF."""

from __future__ import annotations

import re
import unicodedata

import pypdf
import pytest

import meso_desk as md
from meso_desk.app.printing.card_painter import export_cards_pdf
from meso_desk.model.documents.cards import SupplierError, card_set
from tests.model.test_cards_per_supplier import NEGOTIATORS, QUOTES, three_suppliers


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def pdf_text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    return " ".join(clean(p.extract_text()) for p in reader.pages) + " " + clean(meta)


@pytest.fixture(scope="module")
def plan() -> md.Plan:
    return three_suppliers()


@pytest.mark.parametrize("name", list(QUOTES))
def test_each_suppliers_pdf_names_only_that_supplier(qapp, tmp_path, plan, name):
    p = plan.with_supplier(name)
    mesos = md.generate_mesos(p, 3, seed=5)
    p, names = md.with_meso_set(p, list(mesos), mesos.level)
    out = export_cards_pdf(p, names, tmp_path / "cards.pdf", why_this_works=True)
    text = pdf_text(out)
    assert name in text and NEGOTIATORS[name] in text
    cs = card_set(p, names)
    assert clean(cs.cards[0].terms[0].text) in text  # the read-back works: our own terms are there
    for other in (n for n in QUOTES if n != name):
        assert other not in text
        assert NEGOTIATORS[other] not in text
        quote = p.package(QUOTES[other][0])
        row = " ".join(clean(f"{i.name}: {i.format_term(quote[i.name])}") for i in p.issues)
        assert row not in text


@pytest.mark.parametrize("layout", ["a4-3up", "a6"])
def test_another_suppliers_quote_never_reaches_a_pdf(qapp, tmp_path, plan, layout):
    out = tmp_path / "cards.pdf"
    with pytest.raises(SupplierError):
        export_cards_pdf(plan, [QUOTES["Nordlys Kontor AS"][0]], out, layout, allow_revealing=True)
    assert not out.exists()
