"""meso-desk cards: which packages, layouts, PNG, the briefing, one-line errors, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from pdf_text import FORBIDDEN, assert_no_leak, pdf_metadata_text, pdf_pages

import meso_desk as md
from meso_desk.model.examples import example_path
from meso_desk.model.plan import MesoSet
from tests.cli.calls import call

SUPPLIER = str(example_path("supplier"))

def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("MESO_DESK_DEBUG", None)
    env.pop("QT_QPA_PLATFORM", None)  # the command must choose a headless platform itself
    return subprocess.run([sys.executable, "-m", "meso_desk", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=180, env=env)



def assert_one_line_error(err: str) -> None:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("meso-desk")
    assert "Traceback" not in err


def assert_terms_on_pages(plan, packages, pages, per_page):
    for k, p in enumerate(packages):
        page = pages[k // per_page]
        assert f"Option {'ABCDE'[k]}" in page
        for issue in plan.issues:
            assert f"{issue.name} {issue.format_term(p[issue.name])}" in page, (issue.name, page)



# -- the real command, in a subprocess (no display, Qt imported lazily) --------------------------------------
def test_mesos_cards_and_briefing_in_a_subprocess(tmp_path):
    from meso_desk.model.offers.meso import generate_mesos

    out, brief = tmp_path / "cards.pdf", tmp_path / "brief.pdf"
    r = run("cards", SUPPLIER, "--mesos", "3", "--level", "65", "-o", str(out), "--briefing", str(brief),
            "--valid-until", "2027-01-31", "--layout", "a6")
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    assert "3 cards (A, B, C) on 3 pages" in r.stdout and str(brief) in r.stdout
    plan = md.load_plan(SUPPLIER)
    expected = generate_mesos(plan, count=3, level=65)
    pages = pdf_pages(out)
    assert len(pages) == 3
    assert_terms_on_pages(plan, expected, pages, 1)
    assert all("Valid until 31 January 2027" in p for p in pages)
    assert_no_leak(" ".join(pages), plan, expected)
    assert_no_leak(pdf_metadata_text(out), plan, expected)
    bpages = pdf_pages(brief)
    assert all("INTERNAL" in p for p in bpages)
    btext = " ".join(bpages)
    assert all(f"{md.score(plan, p):.1f}" in btext for p in expected)
    assert "65.0 points" in btext


def test_help_does_not_load_qt():
    code = ("import sys; from meso_desk.cli import main; main(['cards', '--help']);"
            "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','shiboken6')]; sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "--mesos" in r.stdout and "--briefing" in r.stdout and "a4-3up" in r.stdout


# -- in process (pytest-qt's application is reused) ------------------------------------------------------------
def plan_file(tmp_path, plan) -> str:
    path = tmp_path / "plan.meso"
    md.save_plan(plan, path)
    return str(path)


@pytest.mark.parametrize("layout,pages", [("a4-3up", 1), ("letter-3up", 1), ("a5", 3), ("a6", 3)])
def test_layouts(qapp, capsys, tmp_path, layout, pages):
    from meso_desk.model.offers.meso import generate_mesos

    out = tmp_path / "c.pdf"
    code, stdout, err = call(capsys, "cards", SUPPLIER, "--mesos", "3", "-o", str(out), "--layout", layout)
    assert code == 0, err
    got = pdf_pages(out)
    assert len(got) == pages
    plan = md.load_plan(SUPPLIER)
    assert_terms_on_pages(plan, generate_mesos(plan, 3), got, 3 if pages == 1 else 1)
    paper = pypdf.PdfReader(str(out)).pages[0].mediabox
    w, h = float(paper.width), float(paper.height)
    expect = {"a4-3up": (842, 595), "letter-3up": (792, 612), "a5": (420, 595), "a6": (298, 420)}[layout]
    assert (round(w), round(h)) == pytest.approx(expect, abs=1)


def test_default_is_the_latest_meso_set(qapp, capsys, tmp_path):
    plan = md.load_plan(SUPPLIER)
    ideal = plan.package("Our ideal")
    a = ideal.replace(**{"Unit price": 215.0, "Delivery": 6.0}).named("Mine A")
    b = ideal.replace(**{"Unit price": 205.0, "Delivery": 8.0}).named("Mine B")
    for p in (a, b):
        plan = plan.with_package(p.to_stored())
    plan = plan.replace(meso_sets=(MesoSet(name="Old", packages=("Our ideal",)),
                                   MesoSet(name="Latest", packages=("Mine B", "Mine A"))))
    out = tmp_path / "c.pdf"
    code, stdout, err = call(capsys, "cards", plan_file(tmp_path, plan), "-o", str(out))
    assert code == 0, err
    assert "MESO set 'Latest'" in stdout
    assert_terms_on_pages(plan, [b, a], pdf_pages(out), 3)


def equal_pair(plan):
    """Two packages of the supplier plan worth nearly the same to us (76.7 and 77.6 points)."""
    ideal = plan.package("Our ideal")
    return (ideal.replace(**{"Unit price": 215.0, "Delivery": 6.0}).named("Mine A"),
            ideal.replace(**{"Unit price": 205.0, "Delivery": 8.0}).named("Mine B"))


def with_packages(plan, *packages):
    for p in packages:
        plan = plan.with_package(p.to_stored())
    return plan


@pytest.mark.parametrize("marked", [True, False])
def test_default_without_sets_never_prints_the_competing_quote(qapp, capsys, tmp_path, marked):
    """Issue 19, 1.: the supplier example without a MESO set printed the competing quote (our
    walk-away) as Option A — whether or not the plan marks it as the BATNA."""
    plan = md.load_plan(SUPPLIER)
    assert plan.batna_package == dict(plan.package("Competing quote (BATNA)").terms)  # the example marks it
    if not marked:
        plan = plan.replace(batna_package=None)
    out = tmp_path / "c.pdf"
    code, stdout, err = call(capsys, "cards", plan_file(tmp_path, plan), "-o", str(out))
    assert code == 0, err
    pages = pdf_pages(out)
    assert_terms_on_pages(plan, [plan.package("Our ideal")], pages, 3)
    assert "Option B" not in pages[0] and "EUR 236.00" not in pages[0] and "1,500 units" not in pages[0]
    assert "left out" in stdout


def test_named_packages_in_order(qapp, capsys, tmp_path):
    a, b = equal_pair(md.load_plan(SUPPLIER))
    plan = with_packages(md.load_plan(SUPPLIER), a, b)
    path = plan_file(tmp_path, plan)
    out = tmp_path / "c.pdf"
    code, _, err = call(capsys, "cards", path, "--packages", "Mine B", "Mine A", "-o", str(out))
    assert code == 0, err
    assert_terms_on_pages(plan, [b, a], pdf_pages(out), 3)
    out2 = tmp_path / "c2.pdf"
    code, _, err = call(capsys, "cards", path, "--packages", "Mine B,Mine A", "-o", str(out2))
    assert code == 0, err
    assert pdf_pages(out2) == pdf_pages(out)


@pytest.mark.parametrize("names,reason", [
    (["Competing quote (BATNA)"], "it is our BATNA"),
    (["Our ideal", "Fresh offer"], "near-copy of our BATNA"),  # EUR 235.50 instead of 236
])
def test_asking_for_our_walk_away_is_refused(qapp, capsys, tmp_path, names, reason):
    plan = md.load_plan(SUPPLIER)
    fresh = plan.package("Competing quote (BATNA)").replace(**{"Unit price": 235.5}).named("Fresh offer")
    path = plan_file(tmp_path, with_packages(plan, fresh))
    out = tmp_path / "c.pdf"
    code, _, err = call(capsys, "cards", path, "--packages", *names, "--allow-unequal", "-o", str(out))
    assert code == 2
    assert_one_line_error(err)
    assert names[-1] in err and reason in err and "would show our hand" in err
    assert not out.exists()


def test_unmarked_competing_quote_is_refused_by_its_value(qapp, capsys, tmp_path):
    """Renamed and not marked as the BATNA, the quote is still worth our reservation: refused."""
    plan = md.load_plan(SUPPLIER).replace(batna_package=None).with_package_renamed("Competing quote (BATNA)",
                                                                                   "NordSeat")
    out = tmp_path / "c.pdf"
    code, _, err = call(capsys, "cards", plan_file(tmp_path, plan), "--packages", "NordSeat", "-o", str(out))
    assert code == 2
    assert_one_line_error(err)
    assert "NordSeat" in err and "worth our reservation value" in err
    assert not out.exists()


def test_unequal_options_are_refused_unless_allowed(qapp, capsys, tmp_path):
    """Issue 19, 2.: "Competing quote" and "Our ideal" (41.8 and 90.8 points) were printed as equally
    welcome options. Refused with the spread; --allow-unequal prints (with a warning) what may be offered."""
    out = tmp_path / "c.pdf"
    code, _, err = call(capsys, "cards", SUPPLIER, "--packages", "Competing quote (BATNA)", "Our ideal",
                        "-o", str(out))
    assert code == 2
    assert_one_line_error(err)
    assert "spread 49.0 points" in err and "--allow-unequal" in err
    assert not out.exists()
    code, _, err = call(capsys, "cards", SUPPLIER, "--packages", "Competing quote (BATNA)", "Our ideal",
                        "--allow-unequal", "-o", str(out))
    assert code == 2 and "would show our hand" in err and not out.exists()  # allowed unequal, still our BATNA
    assert_one_line_error(err)
    a, _ = equal_pair(md.load_plan(SUPPLIER))
    path = plan_file(tmp_path, with_packages(md.load_plan(SUPPLIER), a))
    code, _, err = call(capsys, "cards", path, "--packages", "Our ideal", "Mine A", "-o", str(out))
    assert code == 2 and "spread 14.1 points" in err and not out.exists()
    code, stdout, err = call(capsys, "cards", path, "--packages", "Our ideal", "Mine A", "--allow-unequal",
                             "-o", str(out))
    assert code == 0, err
    assert "warning" in err and "spread 14.1 points" in err
    assert out.exists() and "2 cards" in stdout


def test_png_output(qapp, capsys, tmp_path):
    code, stdout, err = call(capsys, "cards", SUPPLIER, "--mesos", "3", "-o", str(tmp_path / "c.png"),
                             "--layout", "a5", "--dpi", "40")
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c-1.png", "c-2.png", "c-3.png"]


def test_an_existing_output_is_refused_unless_forced(qapp, capsys, tmp_path):
    out = tmp_path / "c.pdf"
    out.write_bytes(b"old")
    code, _, err = call(capsys, "cards", SUPPLIER, "-o", str(out))
    assert code == 1 and "c.pdf: already exists (use --force" in err
    assert_one_line_error(err)
    assert out.read_bytes() == b"old"
    code, _, err = call(capsys, "cards", SUPPLIER, "-o", str(out), "--force")
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")


def test_an_existing_briefing_or_png_page_is_refused_before_anything_is_written(qapp, capsys, tmp_path):
    out, brief = tmp_path / "c.pdf", tmp_path / "b.pdf"
    brief.write_bytes(b"old")
    code, _, err = call(capsys, "cards", SUPPLIER, "-o", str(out), "--briefing", str(brief))
    assert code == 1 and "b.pdf: already exists" in err
    assert not out.exists() and brief.read_bytes() == b"old"  # the cards are not half the job
    (tmp_path / "p-2.png").write_bytes(b"old")
    code, _, err = call(capsys, "cards", SUPPLIER, "--mesos", "3", "--layout", "a5", "--dpi", "40",
                        "-o", str(tmp_path / "p.png"))
    assert code == 1 and "p-2.png: already exists" in err
    assert sorted(p.name for p in tmp_path.glob("p*.png")) == ["p-2.png"]
    code, _, err = call(capsys, "cards", SUPPLIER, "--mesos", "3", "--layout", "a5", "--dpi", "40",
                        "-o", str(tmp_path / "p.png"), "--force")
    assert code == 0, err
    assert (tmp_path / "p-2.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize("args,message", [
    (["--packages", "Nope"], "no package called 'Nope'"),
    (["--packages", "Their opening quote"], "hard limit"),
    (["--mesos", "3", "--level", "100"], "level"),
    (["--mesos", "9"], "2 to 5"),
    (["--valid-until", "31/12/2026"], "YYYY-MM-DD"),
    (["--dpi", "0"], "resolution"),
    (["--dpi", "-5"], "resolution"),
    (["--dpi", "nan"], "resolution"),
])
def test_errors_are_one_line_exit_2(qapp, capsys, tmp_path, args, message):
    out = tmp_path / "c.pdf"
    code, stdout, err = call(capsys, "cards", SUPPLIER, *args, "-o", str(out))
    assert code == 2
    assert_one_line_error(err)
    assert message in err
    assert not out.exists()


def test_bad_paths_exit_2(qapp, capsys, tmp_path):
    code, _, err = call(capsys, "cards", SUPPLIER, "-o", str(tmp_path / "c.docx"))
    assert code == 2 and ".pdf or .png" in err
    assert_one_line_error(err)
    code, _, err = call(capsys, "cards", str(tmp_path / "missing.meso"), "-o", str(tmp_path / "c.pdf"))
    assert code == 2
    assert_one_line_error(err)
    code, _, err = call(capsys, "cards", SUPPLIER, "-o", str(tmp_path / "no" / "such" / "c.pdf"))
    assert code == 2 and "folder does not exist" in err
    assert_one_line_error(err)
    code, _, err = call(capsys, "cards", SUPPLIER, "-o", str(tmp_path / "c.pdf"), "--briefing",
                        str(tmp_path / "c.pdf"))
    assert code == 2 and "different files" in err


def test_a_folder_that_cannot_be_written_is_one_line_before_anything_is_written(qapp, capsys, tmp_path,
                                                                                 monkeypatch):
    import tempfile

    real = tempfile.mkstemp
    ro = tmp_path / "ro"
    ro.mkdir()

    def mkstemp(*a, dir=None, **k):  # only the folder ro refuses a new file
        if dir is not None and Path(dir) == ro:
            raise PermissionError(13, "Permission denied")
        return real(*a, dir=dir, **k)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    code, _, err = call(capsys, "cards", SUPPLIER, "-o", str(ro / "c.pdf"))
    assert code == 1 and f"c.pdf: cannot write in {ro} (Permission denied)" in err
    assert_one_line_error(err)
    code, _, err = call(capsys, "cards", SUPPLIER, "-o", str(tmp_path / "c.pdf"), "--briefing", str(ro / "b.pdf"))
    assert code == 1 and f"b.pdf: cannot write in {ro} (Permission denied)" in err
    assert not (tmp_path / "c.pdf").exists()  # the briefing's folder was tried before the cards were written


def test_mesos_and_packages_exclude_each_other(qapp, capsys, tmp_path):
    code, _, err = call(capsys, "cards", SUPPLIER, "--mesos", "3", "--packages", "Our ideal", "-o",
                        str(tmp_path / "c.pdf"))
    assert code == 2 and "not allowed" in err


def test_warns_about_our_words_in_the_subject(qapp, capsys, tmp_path):
    code, _, err = call(capsys, "cards", SUPPLIER, "-o", str(tmp_path / "c.pdf"), "--subject",
                        "Chairs (our BATNA is weak)")
    assert code == 0
    assert "warning" in err and "BATNA" in err


def test_why_this_works_prints_a_reverse_of_talking_points_that_leaks_nothing(tmp_path):
    """``--why-this-works``: every card gets a back page with talking points for their negotiator,
    behind the same leak guard (no digit left once the front terms are taken out, no forbidden word)."""
    out = tmp_path / "cards.pdf"
    r = run("cards", SUPPLIER, "--mesos", "3", "--level", "70", "--why-this-works", "-o", str(out))
    assert r.returncode == 0, r.stderr
    front, back = pdf_pages(out)
    assert "Why this works for you" not in front and back.count("Why this works for you") == 3
    plain = tmp_path / "plain.pdf"
    assert run("cards", SUPPLIER, "--mesos", "3", "--level", "70", "-o", str(plain)).returncode == 0
    assert len(pdf_pages(plain)) == 1
    rest = back.replace("Why this works for you", " ")
    plan = md.load_plan(SUPPLIER)
    for name in plan.issue_names:
        rest = rest.replace(name, " ")
    terms = sorted({plan.issue(n).format_term(t) for n in plan.issue_names for t in plan.issue(n).grid()},
                   key=len, reverse=True)
    for t in terms:
        rest = rest.replace(t, " ")
    assert not FORBIDDEN.search(rest), rest
