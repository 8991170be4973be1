"""GENIUS files both ways as a careful buyer needs them (docs/genius-import.md): our own export
re-imports without making our organisation "INTERNAL"; the domain — the file both sides load —
carries neither our working title nor our descriptions; names that differ only in case, two
weights for one issue and missing weights are never settled quietly."""

from __future__ import annotations

from pathlib import Path

import pytest

import meso_desk as md
from meso_desk import cli
from meso_desk.model.io.genius import GeniusError, import_genius, read_genius
from meso_desk.model.io.genius_export import export_genius

DATA = Path(__file__).resolve().parents[1] / "data" / "genius"
DOMAIN, PROFILE = DATA / "fleet_domain.xml", DATA / "fleet_lessee.xml"


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _edited(tmp_path: Path, source: Path, name: str, old: str, new: str) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text
    out = tmp_path / name
    out.write_text(text.replace(old, new), encoding="utf-8")
    return out


# -- 2: the INTERNAL marker is never our side's name -------------------------------------------------
def test_our_own_export_reimports_with_our_organisation_never_internal(supplier, tmp_path):
    files = export_genius(supplier, tmp_path)
    assert files.profile.name.endswith("_profile_INTERNAL.xml")
    back = import_genius(files.domain, files.profile)
    assert back.our_organisation == supplier.our_organisation == "Halden Facilities GmbH"
    nameless = export_genius(supplier.replace(our_organisation=""), tmp_path / "nameless")
    assert import_genius(nameless.domain, nameless.profile).our_organisation == ""


@pytest.mark.parametrize("marker", ["INTERNAL", "intern"])
def test_the_internal_marker_in_a_profiles_file_name_is_no_side(tmp_path, marker):
    profile = tmp_path / f"fleet_lessee_profile_{marker}.xml"
    profile.write_bytes(PROFILE.read_bytes())
    assert import_genius(DOMAIN, profile).our_organisation == "lessee"


def test_cards_of_a_reimported_plan_never_print_internal(supplier, tmp_path, capsys):
    files = export_genius(supplier, tmp_path)
    md.save_plan(import_genius(files.domain, files.profile), tmp_path / "back.meso")
    code, _, _ = run(capsys, "cards", tmp_path / "back.meso", "--mesos", "3", "-o", tmp_path / "cards.pdf")
    assert code == 0
    import pypdf

    reader = pypdf.PdfReader(tmp_path / "cards.pdf")
    text = "".join(p.extract_text() for p in reader.pages)
    assert "INTERNAL" not in text and reader.metadata["/Author"] == "Halden Facilities GmbH"


# -- 9: the domain carries nothing the cards leave out ----------------------------------------------------
def test_the_domain_holds_no_working_title_and_no_descriptions(supplier, tmp_path):
    price = supplier.issue("Unit price").model_copy(update={"description": "CFO caps us at 248; aim for 220"})
    plan = supplier.replace(title="Ergonord – squeeze them, NordSeat is our fallback",
                            issues=[price if i.name == "Unit price" else i for i in supplier.issues])
    files = export_genius(plan, tmp_path)
    domain = files.domain.read_text(encoding="utf-8")
    assert "squeeze" not in domain and "CFO" not in domain and "squeeze" not in files.domain.name
    assert 'name="Halden Facilities GmbH – Ergonord Seating AB"' in domain
    assert files.domain.name == "Halden_Facilities_GmbH_Ergonord_Seating_AB_domain.xml"
    assert "CFO caps us at 248" in files.profile.read_text(encoding="utf-8")  # the INTERNAL file keeps it
    back = import_genius(files.domain, files.profile)
    assert back.issue("Unit price").description == "CFO caps us at 248; aim for 220"


def test_a_plan_naming_neither_side_exports_a_neutral_domain(supplier, tmp_path):
    plan = supplier.replace(our_organisation="", counterpart="", title="Squeeze them")
    files = export_genius(plan, tmp_path)
    assert files.domain.name == "Negotiation_domain.xml" and "Squeeze" not in files.domain.read_text()


# -- 6: names that differ only in case ---------------------------------------------------------------------
def test_issue_names_differing_only_in_case_are_refused_in_one_line(tmp_path):
    domain = _edited(tmp_path, DOMAIN, "d.xml", 'name="Term"', 'name="monthly rate"')
    profile = _edited(tmp_path, PROFILE, "p.xml", 'name="Term"', 'name="monthly rate"')
    with pytest.raises(GeniusError) as err:
        import_genius(domain, profile)
    assert str(err.value) == ("d.xml: two issues are called 'Monthly rate' and 'monthly rate': names that differ "
                              "only in case are one issue in MESO Desk")


def test_options_differing_only_in_case_are_refused_in_one_line(tmp_path):
    domain = _edited(tmp_path, DOMAIN, "d.xml", 'value="Basic"', 'value="none"')
    with pytest.raises(GeniusError) as err:
        import_genius(domain, PROFILE)
    assert str(err.value) == "d.xml: issue 'Service' lists options 'None' and 'none', which differ only in case"


# -- 7: weights ------------------------------------------------------------------------------------------------
def test_two_different_weights_for_one_issue_are_refused(tmp_path):
    profile = _edited(tmp_path, PROFILE, "p.xml", '<weight index="2" value="0.15"/>',
                      '<weight index="2" value="0.15"/><weight index="2" value="0.9"/>')
    with pytest.raises(GeniusError) as err:
        import_genius(DOMAIN, profile)
    assert str(err.value) == "p.xml: issue 'Term' has two different weights ('0.15' and '0.9'); keep one"
    same = _edited(tmp_path, PROFILE, "same.xml", '<weight index="2" value="0.15"/>',
                   '<weight index="2" value="0.15"/><weight index="2" value="0.150"/>')
    assert import_genius(DOMAIN, same).weights == import_genius(DOMAIN, PROFILE).weights  # one weight, twice


def _without_weights(tmp_path: Path, keep: int = 0) -> Path:
    lines = [ln for ln in PROFILE.read_text(encoding="utf-8").splitlines()
             if "<weight" not in ln or f'index="{keep}"' in ln]
    out = tmp_path / "noweights.xml"
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


def test_a_profile_without_weights_says_equal_weights_are_assumed(tmp_path, capsys):
    case = read_genius(DOMAIN, _without_weights(tmp_path))
    line = "The profile gives no weights: equal weights are assumed (5 issues, 1/5 each)."
    assert case.warnings == (line,)
    plan = case.to_plan()
    assert line in plan.notes and "uses the weights assumed above" in plan.notes
    code, out, _ = run(capsys, "import-genius", DOMAIN, tmp_path / "noweights.xml", "-o", tmp_path / "nw.meso")
    assert code == 0 and line in out


def test_a_profile_weighing_only_some_issues_names_the_others(tmp_path):
    case = read_genius(DOMAIN, _without_weights(tmp_path, keep=1))
    assert case.warnings == ("The profile gives no weight for 'Term', 'Mileage cap', 'Service', 'Deposit': they "
                             "share what the other weights leave of 1.",)
    assert read_genius(DOMAIN, PROFILE).warnings == ()


def test_geniusweb_names_differing_only_in_case_are_refused_too(tmp_path):
    import json

    from meso_desk.model.io.geniusweb import import_geniusweb

    web = Path(__file__).resolve().parents[1] / "data" / "geniusweb" / "fleet_profile.json"
    data = json.loads(web.read_text(encoding="utf-8"))
    space = data["LinearAdditiveUtilitySpace"]
    space["issueUtilities"]["term"] = space["issueUtilities"]["Term"]
    space["issueWeights"]["term"] = 0.0
    (tmp_path / "p.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GeniusError) as err:
        import_geniusweb(tmp_path / "p.json")
    assert str(err.value) == ("p.json: two issues are called 'Term' and 'term': names that differ only in case are "
                              "one issue in MESO Desk")
