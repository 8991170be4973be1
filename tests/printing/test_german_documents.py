"""Documents speak the plan's language: a plan with ``language="de"`` prints its package cards,
the INTERNAL briefing, the debrief and the summary for approvers in German (PDF read back with
pypdf), whatever the window speaks — and the German cards still carry none of our numbers.

Relies on the German catalogue (``meso_desk/translations/meso_desk_de.ts`` / ``.qm``) being up to
date (``scripts/update_translations.py``)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pdf_text import assert_no_leak, pdf_metadata_text, pdf_pages, pdf_text

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.printing import CardsDialog, export_briefing_pdf, export_cards_pdf
from meso_desk.app.printing.debrief_painter import export_debrief_pdf
from meso_desk.app.printing.summary_painter import export_summary_pdf
from meso_desk.app.settings import Settings
from meso_desk.model.documents.briefing import briefing
from meso_desk.model.documents.cards import card_set
from meso_desk.model.documents.summary import approval_summary
from meso_desk.model.edits import deal_edits
from meso_desk.model.language import current_language, set_language
from meso_desk.model.plan import MesoSet

VALID = date(2026, 12, 31)
AGREED = {"Unit price": 214.0, "Order volume": 2000.0, "Delivery": 6.0, "Payment term": 45.0,
          "Warranty": 30.0, "Incoterm": "DAP"}

# -- helpers ----------------------------------------------------------------------------------------
def absent(text: str, *words: str) -> None:
    """None of ``words`` as a word of its own in ``text``."""
    for w in words:
        m = re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text)
        assert m is None, f"English {w!r} in German text: …{text[max(0, m.start() - 80):m.end() + 80]}…"



def three(plan):
    ideal = plan.package("Our ideal")
    return [ideal.replace(**{"Unit price": 215.0, "Delivery": 6.0, "Warranty": 36.0}).named("Set A"),
            ideal.replace(**{"Unit price": 205.0, "Delivery": 8.0, "Incoterm": "DAP"}).named("Set B"),
            ideal.replace(**{"Unit price": 222.0, "Payment term": 45.0}).named("Set C")]


def with_set(plan, pkgs):
    for p in pkgs:
        plan = plan.with_package(p.to_stored(hold_value=True))
    return plan.replace(meso_sets=(MesoSet(name="Set 1", level=73.0, packages=tuple(p.name for p in pkgs)),))


def german(plan=None):
    return (plan or md.example_plan("supplier")).replace(language="de")


def dealt(language: str = "de"):
    """The supplier example with an agreement recorded (no rounds), in ``language``."""
    p = md.example_plan("supplier").replace(language=language)
    p = deal_edits.with_agreement(p, AGREED, when=date(2026, 3, 12), notes="Von beiden unterschrieben",
                                  source="nach Runde 4")
    return deal_edits.with_lessons(p, "Früher nach der Menge fragen.")


@pytest.fixture
def process_language():
    """Sets the process's (the window's) language for one test and puts it back."""
    before = current_language()
    yield set_language
    set_language(before)


# -- cards ------------------------------------------------------------------------------------------
def test_german_cards_are_german_and_leak_nothing(qapp, tmp_path):
    plan = german()
    pkgs = three(plan)
    plan = with_set(plan, pkgs)
    out = export_cards_pdf(plan, pkgs, tmp_path / "karten.pdf", valid_until=VALID, why_this_works=True)
    pages = pdf_pages(out)
    fronts, backs = pages[0], pages[1]
    for letter in "ABC":
        assert f"Option {letter}" in fronts
    assert "Für Ergonord Seating AB" in fronts
    assert fronts.count("Gültig bis 31. Dezember 2026") == 3
    assert fronts.count("Wir schließen gerne auf Basis jeder dieser Optionen ab — welche passt für Sie am besten?") == 3
    assert "Angeboten zusammen mit den Optionen B und C." in fronts
    assert backs.count("Warum das für Sie passt") == 3
    text = " ".join(pages)
    absent(text, "Valid until", "Offered together", "We are happy", "Why this works for you", "For", "Package",
           "INTERNAL", "points", "Options")
    assert_no_leak(text, plan, pkgs)
    for p in pkgs:
        assert p.name not in text
    meta = pdf_metadata_text(out)
    assert "Optionen für Ergonord Seating AB" in meta and "Options for" not in meta
    assert_no_leak(meta, plan, pkgs)


def test_a_german_single_card_on_a6(qapp, tmp_path):
    plan = german()
    out = export_cards_pdf(plan, [plan.package("Our ideal")], tmp_path / "eine.pdf", layout="a6", valid_until=VALID)
    text = pdf_text(out)
    assert "Option A" in text and "Wir schließen gerne zu diesen Bedingungen ab." in text
    assert "Gültig bis 31. Dezember 2026" in text
    absent(text, "We are happy to proceed on these terms.", "Valid until", "points")
    assert_no_leak(text, plan, [plan.package("Our ideal")])


# -- INTERNAL documents -----------------------------------------------------------------------------
def test_german_briefing(qapp, tmp_path):
    plan = german()
    pkgs = three(plan)
    plan = with_set(plan, pkgs)
    out = export_briefing_pdf(plan, pkgs, tmp_path / "briefing.pdf", prepared=date(2026, 12, 4))
    pages = pdf_pages(out)
    text = " ".join(pages)
    for heading in ("Briefing: Office chairs 2027", "Das Set", "Was uns jede Wahl verraten würde",
                    "Reihenfolge der Zugeständnisse", "Fragen, die wir stellen", "Prioritäten der Gegenseite (Schätzung)",
                    "Wer freigeben muss (Level II)", "Beziehung"):
        assert heading in text, heading
    assert all("INTERN — nicht für Ergonord Seating AB" in p and "INTERN — nicht aushändigen" in p for p in pages)
    assert f"Seite 1 von {len(pages)}" in pages[0] and "erstellt am 4. Dezember 2026" in pages[0]
    assert "Unsere Punkte" in text and "Punkte" in text
    absent(text, "INTERNAL", "points", "Package", "The set", "Order of concessions", "Questions to ask",
           "Who must approve", "prepared", "page", "Relationship")
    assert "INTERN" in pdf_metadata_text(out)


def test_german_debrief(qapp, tmp_path):
    out, pages = export_debrief_pdf(dealt(), tmp_path / "nachbesprechung.pdf", prepared=date(2026, 3, 20))
    assert pages == 1
    text = pdf_text(out)
    for heading in ("Nachbesprechung: Office chairs 2027", "Die Einigung", "Auf dem Tisch gelassener Wert (Schätzung)",
                    "Was jede Runde verraten hat", "Nachverhandlung", "Erkenntnisse", "Unser Gewicht", "Summe"):
        assert heading in text, heading
    assert "INTERN — nicht aushändigen" in text and "vereinbart am 12. März 2026" in text
    assert "Früher nach der Menge fragen." in text
    absent(text, "INTERNAL", "points", "Package", "Debrief", "The agreement", "Lessons", "Total",
           "No rounds recorded.")


def test_german_summary_for_approvers(qapp, tmp_path):
    out, pages = export_summary_pdf(dealt(), tmp_path / "freigabe.pdf", prepared=date(2026, 3, 20))
    assert pages == 1
    text = pdf_text(out)
    for heading in ("Zur Freigabe: Office chairs 2027", "Der Abschluss", "Einigung", "Unsere Punkte",
                    "Gesamtkosten", "Wer freigeben muss", "Risiken",
                    "INTERN — für unsere Freigeber; nie an die Gegenseite senden"):
        assert heading in text, heading
    absent(text, "INTERNAL", "points", "Package", "Agreement", "Who must approve", "Risks", "The deal")
    plain = approval_summary(dealt()).text()
    assert "Freigaben:" in plain and "Risiken:" in plain and "Punkte" in plain
    absent(plain, "INTERNAL", "points", "Approvals:", "Risks:")


def test_the_summary_without_an_agreement_in_german(qapp, tmp_path):
    out, _ = export_summary_pdf(german(), tmp_path / "plan.pdf", prepared=date(2026, 3, 20))
    text = pdf_text(out)
    assert "Der Plan" in text and "3 Pakete vorbereitet, noch kein MESO-Set." in text
    absent(text, "packages prepared", "The plan", "points")


# -- the window's language does not leak into the documents ------------------------------------------
@pytest.mark.parametrize(("window", "document"), [("en", "de"), ("de", "en")])
def test_documents_speak_the_plan_language_not_the_window(qapp, tmp_path, process_language, window, document):
    process_language(window)
    plan = md.example_plan("supplier").replace(language=document)
    pkgs = three(plan)
    plan = with_set(plan, pkgs)
    cards = pdf_text(export_cards_pdf(plan, pkgs, tmp_path / "cards.pdf", valid_until=VALID))
    brief = briefing(plan, pkgs, prepared=date(2026, 12, 4)).text()
    if document == "de":
        assert "Gültig bis 31. Dezember 2026" in cards and "Für Ergonord Seating AB" in cards
        absent(cards, "Valid until", "For", "We are happy")
        assert "DAS SET" in brief and brief.startswith("INTERN — nicht für")
        absent(brief, "THE SET", "INTERNAL", "points")
    else:
        assert "Valid until 31 December 2026" in cards and "For Ergonord Seating AB" in cards
        assert "We are happy to proceed with any of these options — which works best for you?" in cards
        absent(cards, "Gültig", "Für", "Optionen")
        assert "THE SET" in brief and brief.startswith("INTERNAL — not for")
        absent(brief, "DAS SET", "INTERN", "Punkte")
    assert current_language() == window  # printing never changes the window's language


@pytest.mark.parametrize(("window", "document"), [("en", "de"), ("de", "en")])
def test_the_card_set_and_the_preview_follow_the_plan(qapp, tmp_path, process_language, window, document):
    process_language(window)
    plan = with_set(md.example_plan("supplier").replace(language=document), three(md.example_plan("supplier")))
    cs = card_set(plan, three(plan), valid_until=VALID)
    text = cs.text()
    if document == "de":
        assert "Gültig bis 31. Dezember 2026" in text and "Angeboten zusammen mit den Optionen B und C." in text
    else:
        assert "Valid until 31 December 2026" in text and "Offered together with options B and C." in text
    # the preview dialog (the window's language) draws the plan's language
    dlg = CardsDialog(PlanDocument(plan), settings=Settings(tmp_path / "s.ini"))
    try:
        assert dlg.source is not None
        shown = dlg.source.cards.text()  # type: ignore[attr-defined]
        assert ("Wir schließen gerne" in shown) == (document == "de")
        assert ("We are happy" in shown) == (document == "en")
        dlg.mode_combo.setCurrentIndex(1)
        dlg.refresh()
        brief = dlg.source.content  # type: ignore[attr-defined]
        assert brief.language == document
        assert (brief.document_title.startswith("INTERN:")) == (document == "de")
    finally:
        dlg.close()
        dlg.deleteLater()


def _room_plan():
    """The German example after three rounds (an estimate with directions and ranges)."""
    from meso_desk.app.help.screenshots import evening

    return evening(md.example_plan("lieferant"))[-1][1]


def test_no_english_word_is_left_in_any_german_document(qapp, tmp_path):
    """Every German document read back, word by word: a word of the program's English sentences
    that no German translation uses (or a common English word) fails, outside the plan's data —
    the cards, the briefing after three rounds (the estimate's table and its directions), the
    debrief and the summary for approvers."""
    from german_words import english_left, english_only_words, plan_words

    english = english_only_words()
    room = _room_plan()
    names = list(room.meso_sets[-1].packages)
    pkgs = [room.package(n) for n in names]
    deal = dealt()
    texts = {
        "cards": pdf_text(export_cards_pdf(room, pkgs, tmp_path / "karten.pdf", valid_until=VALID)),
        "briefing": pdf_text(export_briefing_pdf(room, pkgs, tmp_path / "briefing.pdf")),
        "debrief": pdf_text(export_debrief_pdf(deal, tmp_path / "nachbesprechung.pdf")[0]),
        "summary": pdf_text(export_summary_pdf(deal, tmp_path / "zusammenfassung.pdf")[0]),
    }
    user = plan_words(room) | plan_words(deal)
    bad = [b for name, text in texts.items() for b in english_left([(name, text)], english, user)]
    assert all(len(t) > 200 for t in texts.values())  # the documents were there to read
    assert bad == [], "\n".join(bad)
