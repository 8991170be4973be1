"""meso-desk debrief: the INTERNAL page, post-settlement cards, one-line errors, exit codes."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pypdf
import pytest

import meso_desk as md
from meso_desk import cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
from deal_plans import dealt_plan

FORBIDDEN = re.compile(r"\b(points?|scores?|weights?|reservation|batna|utility|utilities|priorit\w*|estimat\w*|"
                       r"aspiration)\b", re.IGNORECASE)


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dealt(tmp_path) -> Path:
    path = tmp_path / "deal.meso"
    md.save_plan(dealt_plan(), path)
    return path


def test_a_folder_that_cannot_be_written_is_one_line(qapp, capsys, tmp_path, dealt, monkeypatch):
    import tempfile

    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, _, err = run(capsys, "debrief", str(dealt), "-o", str(tmp_path / "d.pdf"))
    assert code == 1 and err.startswith("meso-desk: ") and err.count("\n") == 1
    assert "d.pdf" in err and "cannot write" in err and "(Permission denied)" in err


def test_the_cards_folder_is_tried_before_the_debrief_is_written(qapp, capsys, tmp_path, dealt, monkeypatch):
    """A --cards folder that cannot be written (read-only) or does not exist is refused before the
    debrief is written: no debrief left behind by a run that fails."""
    import tempfile

    ro = tmp_path / "ro"
    ro.mkdir()
    real = tempfile.mkstemp

    def refuse_in_ro(*a, **k):
        if Path(k.get("dir") or ".").resolve() == ro.resolve():
            raise PermissionError(13, "Permission denied")
        return real(*a, **k)

    monkeypatch.setattr(tempfile, "mkstemp", refuse_in_ro)
    out = tmp_path / "d.pdf"
    code, stdout, err = run(capsys, "debrief", str(dealt), "-o", str(out), "--cards", str(ro / "p.pdf"))
    assert code == 1 and stdout == "" and err.count("\n") == 1
    assert "p.pdf" in err and "cannot write" in err and "(Permission denied)" in err
    assert not out.exists() and not (ro / "p.pdf").exists()
    code, stdout, err = run(capsys, "debrief", str(dealt), "-o", str(out), "--cards", str(tmp_path / "no" / "p.pdf"))
    assert code == 2 and stdout == "" and err == f"meso-desk: {tmp_path / 'no' / 'p.pdf'}: the folder does not exist\n"
    assert not out.exists()


def test_writes_one_internal_page(qapp, capsys, tmp_path, dealt):
    out = tmp_path / "debrief.pdf"
    code, stdout, err = run(capsys, "debrief", str(dealt), "-o", str(out))
    assert code == 0 and err == ""
    assert stdout.startswith(f"wrote {out}: INTERNAL debrief, 1 page")
    pages = pypdf.PdfReader(str(out)).pages
    assert len(pages) == 1
    text = clean(pages[0].extract_text())
    assert "INTERNAL" in text and f"{md.score(dealt_plan(), dealt_plan().agreement.terms):.1f}" in text


def test_post_settlement_cards_leak_nothing(qapp, capsys, tmp_path, dealt):
    out, cards = tmp_path / "debrief.pdf", tmp_path / "pss.pdf"
    code, stdout, err = run(capsys, "debrief", str(dealt), "-o", str(out), "--cards", str(cards), "--text")
    assert code == 0, err
    assert "VALUE LEFT ON THE TABLE" in stdout  # --text
    assert "3 post-settlement cards" in stdout
    text = clean(" ".join(p.extract_text() for p in pypdf.PdfReader(str(cards)).pages))
    assert "Alternative A" in text and "Our agreement stands. Would any of these work better for you?" in text
    assert not FORBIDDEN.search(text)
    plan = dealt_plan()
    assert f"{plan.reservation:.1f}" not in text and f"{plan.aspiration:.1f}" not in text


def test_no_agreement_is_exit_2_with_one_line(qapp, capsys, tmp_path):
    path = tmp_path / "plain.meso"
    md.save_plan(md.example_plan("supplier"), path)
    code, stdout, err = run(capsys, "debrief", str(path), "-o", str(tmp_path / "d.pdf"))
    assert code == 2 and stdout == ""
    assert err.count("\n") == 1 and "no agreement recorded" in err
    assert not (tmp_path / "d.pdf").exists()


@pytest.mark.parametrize("args, message", [
    (["-o", "x.png"], "must end in .pdf"),
    (["-o", "x.pdf", "--cards", "c.txt"], "must end in .pdf"),
    (["-o", "x.pdf", "--cards", "x.pdf"], "different files"),
])
def test_bad_outputs_exit_2(qapp, capsys, tmp_path, dealt, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "debrief", str(dealt), *args)
    assert code == 2 and message in err and err.count("\n") == 1


def test_unreadable_plan_exit_2(qapp, capsys, tmp_path):
    bad = tmp_path / "bad.meso"
    bad.write_text("{not json")
    code, _, err = run(capsys, "debrief", str(bad), "-o", str(tmp_path / "d.pdf"))
    assert code == 2 and err.count("\n") == 1


def test_no_suggestions_means_no_cards_exit_1(qapp, capsys, tmp_path):
    plan = dealt_plan()
    best = {i.name: i.best for i in plan.issues}
    path = tmp_path / "best.meso"
    md.save_plan(plan.replace(agreement=plan.agreement.model_copy(update={"terms": best})), path)
    out, cards = tmp_path / "d.pdf", tmp_path / "c.pdf"
    code, stdout, err = run(capsys, "debrief", str(path), "-o", str(out), "--cards", str(cards))
    assert code == 1 and out.exists() and not cards.exists()
    assert "no post-settlement cards written" in err


def test_existing_outputs_are_refused_before_any_is_written(qapp, capsys, tmp_path, dealt):
    """An existing debrief or cards file is refused in one line (exit 1) before either is
    written; --force replaces both."""
    out, cards = tmp_path / "d.pdf", tmp_path / "c.pdf"
    cards.write_bytes(b"keep me")
    code, stdout, err = run(capsys, "debrief", str(dealt), "-o", str(out), "--cards", str(cards))
    assert code == 1 and stdout == "" and err == f"meso-desk: {cards}: already exists (use --force to overwrite)\n"
    assert not out.exists() and cards.read_bytes() == b"keep me"
    out.write_bytes(b"keep me too")
    code, _, err = run(capsys, "debrief", str(dealt), "-o", str(out))
    assert code == 1 and "already exists" in err and out.read_bytes() == b"keep me too"
    code, stdout, err = run(capsys, "debrief", str(dealt), "-o", str(out), "--cards", str(cards), "--force")
    assert code == 0, err
    assert out.read_bytes()[:4] == b"%PDF" and cards.read_bytes()[:4] == b"%PDF"


def test_in_a_subprocess(tmp_path, dealt):
    out = tmp_path / "d.pdf"
    r = subprocess.run([sys.executable, "-m", "meso_desk", "debrief", str(dealt), "-o", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert out.stat().st_size > 5000


def test_the_bar_for_post_settlement_cards(qapp, capsys, tmp_path):
    """Agreed at their opening quote before any reaction, the best set holds one better for them
    with a chance of about 71 %: at the plan's bar (30 %) the cards are written; with --bar 90
    none are, and the one line says why; a bar out of range is refused in one line."""
    plan = md.example_plan("supplier")
    from meso_desk.model.edits import deal_edits

    path = tmp_path / "quote.meso"
    md.save_plan(deal_edits.with_agreement(plan, plan.package("Their opening quote").terms), path)
    out, cards = tmp_path / "d.pdf", tmp_path / "c.pdf"
    code, stdout, _ = run(capsys, "debrief", str(path), "-o", str(out), "--cards", str(cards))
    assert code == 0 and cards.exists() and "post-settlement cards" in stdout
    cards.unlink()
    code, _, err = run(capsys, "debrief", str(path), "-o", str(out), "--cards", str(cards), "--bar", "90",
                       "--force")
    assert code == 1 and not cards.exists() and err.count("\n") == 1
    assert "nothing is likely to help" in err and "90 %" in err
    code, _, err = run(capsys, "debrief", str(path), "-o", str(out), "--bar", "120")
    assert code == 2 and "--bar: must lie between 5 % and 95 %, not 120 %" in err and err.count("\n") == 1
