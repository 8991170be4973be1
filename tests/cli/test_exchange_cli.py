"""meso-desk export / import-quotes / export-genius / import-geniusweb / summary: files, one-line
errors and exit codes (docs/spreadsheets.md, docs/genius-import.md)."""

from __future__ import annotations

import csv
from pathlib import Path

import pypdf
from openpyxl import load_workbook

import meso_desk as md
from meso_desk import cli

WEB = Path(__file__).resolve().parents[1] / "data" / "geniusweb"


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _plan(tmp_path, supplier) -> Path:
    p = tmp_path / "chairs.meso"
    md.save_plan(supplier, p)
    return p


def test_export_xlsx_and_csv_and_refuse_overwrite(capsys, tmp_path, supplier):
    plan = _plan(tmp_path, supplier)
    code, out, _ = run(capsys, "export", plan, "-o", tmp_path / "a.xlsx")
    assert code == 0 and "INTERNAL" in out
    assert load_workbook(tmp_path / "a.xlsx").sheetnames == ["Packages", "MESO sets", "Rounds", "Estimate"]
    code, _, err = run(capsys, "export", plan, "-o", tmp_path / "a.xlsx")
    assert code == 1 and "already exists" in err
    code, out, _ = run(capsys, "export", plan, "-o", tmp_path / "p.csv", "--table", "packages")
    assert code == 0 and [f.name for f in tmp_path.glob("*.csv")] == ["p.csv"]
    code, _, err = run(capsys, "export", plan, "-o", tmp_path / "a.ods")
    assert code == 2 and err.count("\n") == 1 and ".xlsx or .csv" in err


def test_export_csv_refuses_the_files_it_would_write_unless_forced(capsys, tmp_path, supplier):
    plan = _plan(tmp_path, supplier)
    out = tmp_path / "out.csv"
    assert run(capsys, "export", plan, "-o", out)[0] == 0
    (tmp_path / "out-rounds.csv").write_text("precious")
    code, stdout, err = run(capsys, "export", plan, "-o", out)
    assert code == 1 and err.count("\n") == 1 and "out-packages.csv: already exists (use --force" in err
    assert stdout == "" and (tmp_path / "out-rounds.csv").read_text() == "precious"
    code, stdout, _ = run(capsys, "export", plan, "-o", out, "--force")
    assert code == 0 and (tmp_path / "out-rounds.csv").read_text(encoding="utf-8-sig").startswith("INTERNAL")


def test_import_quotes_adds_packages_or_says_what_is_wrong(capsys, tmp_path, supplier):
    plan = _plan(tmp_path, supplier)
    header = ["Quote", *supplier.issue_names]
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    with good.open("w", newline="") as f:
        csv.writer(f).writerows([header, ["Nordsitz", 231.5, 2000, 6, 45, 36, "DAP"]])
    with bad.open("w", newline="") as f:
        csv.writer(f).writerows([header, ["A", 5000, 2000, 6, 45, 36, "DAP"], ["B", 5000, 2000, 6, 45, 36, "DAP"]])
    code, out, _ = run(capsys, "import-quotes", plan, good, "-o", tmp_path / "new.meso")
    assert code == 0 and "Imported 1 quote from good.csv." in out
    assert md.load_plan(tmp_path / "new.meso").package_names == [*supplier.package_names, "Nordsitz"]
    code, _, err = run(capsys, "import-quotes", plan, bad, "-o", tmp_path / "bad.meso")
    assert code == 2 and err.count("\n") == 1
    assert "row 2: Unit price" in err and "(and 1 more)" in err
    assert not (tmp_path / "bad.meso").exists()
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    code, _, err = run(capsys, "import-quotes", plan, empty, "-o", tmp_path / "e.meso")
    assert code == 2 and "empty.csv: needs a header row" in err and err.count("empty.csv") == 1  # named once


def test_import_quotes_names_a_wrong_suffix_a_folder_or_a_missing_file_once(capsys, tmp_path, supplier,
                                                                          monkeypatch):
    plan = _plan(tmp_path, supplier)
    (tmp_path / "q.ods").write_text("hi")
    code, _, err = run(capsys, "import-quotes", plan, tmp_path / "q.ods", "-o", tmp_path / "o.meso")
    assert code == 2 and err == "meso-desk: q.ods: choose a .xlsx or .csv file\n"
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "import-quotes", plan, ".", "-o", tmp_path / "o.meso")
    assert code == 2 and err == "meso-desk: .: is a folder; choose a .xlsx or .csv file\n"
    missing = tmp_path / "missing.csv"
    code, _, err = run(capsys, "import-quotes", plan, missing, "-o", tmp_path / "o.meso")
    assert code == 2 and err == f"meso-desk: {missing}: cannot read (No such file or directory)\n"
    assert not (tmp_path / "o.meso").exists()


def test_export_genius_and_import_geniusweb(capsys, tmp_path, supplier):
    plan = _plan(tmp_path, supplier)
    code, out, _ = run(capsys, "export-genius", plan, "-o", tmp_path / "g")
    assert code == 0 and "not held:" in out and "hard limits" in out
    names = sorted(p.name for p in (tmp_path / "g").iterdir())
    assert len(names) == 3 and any(n.endswith("_domain.xml") for n in names)
    profile = next((tmp_path / "g").glob("*.json"))
    code, out, _ = run(capsys, "import-geniusweb", profile, "-o", tmp_path / "w.meso")
    assert code == 0
    assert md.load_plan(tmp_path / "w.meso").issue_names == supplier.issue_names
    code, _, err = run(capsys, "import-geniusweb", plan, "-o", tmp_path / "x.meso")
    assert code == 2 and err.count("\n") == 1 and "not a GeniusWeb" in err


def test_export_genius_refuses_existing_files_unless_forced(capsys, tmp_path, supplier):
    plan = _plan(tmp_path, supplier)
    assert run(capsys, "export-genius", plan, "-o", tmp_path / "g")[0] == 0
    json_file = next((tmp_path / "g").glob("*.json"))
    json_file.write_text("precious")
    code, _, err = run(capsys, "export-genius", plan, "-o", tmp_path / "g")
    assert code == 1 and err.count("\n") == 1 and "_domain.xml: already exists (use --force" in err
    for p in (tmp_path / "g").glob("*.xml"):
        p.unlink()
    code, _, err = run(capsys, "export-genius", plan, "-o", tmp_path / "g")
    assert code == 1 and f"{json_file.name}: already exists" in err
    assert json_file.read_text() == "precious" and not list((tmp_path / "g").glob("*.xml"))
    code, _, err = run(capsys, "export-genius", plan, "-o", tmp_path / "g", "--force")
    assert code == 0 and json_file.read_text().startswith("{")


def test_summary_into_a_folder_that_cannot_be_written_is_one_line(qapp, capsys, tmp_path, supplier,
                                                                   monkeypatch):
    import tempfile

    plan = _plan(tmp_path, supplier)

    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, _, err = run(capsys, "summary", plan, "-o", tmp_path / "s.pdf")
    assert code == 1 and err == f"meso-desk: s.pdf: cannot write in {tmp_path} (Permission denied)\n"


def test_summary_pdf_is_one_internal_page(qapp, capsys, tmp_path, supplier):
    plan = _plan(tmp_path, supplier)
    code, out, _ = run(capsys, "summary", plan, "-o", tmp_path / "s.pdf", "--text")
    assert code == 0 and "1 page" in out and "Approvals:" in out
    reader = pypdf.PdfReader(tmp_path / "s.pdf")
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "INTERNAL" in text and "Who must approve" in text and "Risks" in text
    assert "Dr. Ines Kraft" in text and "633,393" in text
