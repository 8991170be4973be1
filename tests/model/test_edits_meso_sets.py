"""Archiving a MESO set (meso_desk.model.edits.meso_set_edits.set_meso_set_archived): kept in the
plan, the file and the rounds; hidden only from the packages panel; old files load unchanged."""

from __future__ import annotations

import json

from meso_desk.model.edits.meso_set_edits import add_meso_set, set_meso_set_archived
from meso_desk.model.io.meso_file import plan_from_bytes, plan_to_bytes


def _with_set(plan):
    pkgs = [plan.stored_package(n).terms for n in plan.package_names[:2]]
    new, names = add_meso_set(plan, pkgs, None)
    return new, new.meso_sets[-1].name, names


def test_archiving_keeps_the_set_and_its_packages_and_restoring_undoes_it(supplier):
    plan, set_name, names = _with_set(supplier)
    assert plan.meso_sets[-1].archived is False
    r = set_meso_set_archived(plan, set_name, True)
    assert r.ok
    s = r.plan.meso_sets[-1]
    assert s.archived is True and s.packages == tuple(names) and s.name == set_name
    assert r.plan.packages == plan.packages and r.plan.rounds == plan.rounds
    back = set_meso_set_archived(r.plan, set_name, False)
    assert back.ok and back.plan.meso_sets == plan.meso_sets


def test_archiving_twice_changes_nothing_and_an_unknown_set_is_refused(supplier):
    plan, set_name, _ = _with_set(supplier)
    once = set_meso_set_archived(plan, set_name, True).plan
    assert set_meso_set_archived(once, set_name, True).plan is once
    r = set_meso_set_archived(plan, "MESO 99", True)
    assert not r.ok and r.plan is plan and "MESO 99" in r.message and "\n" not in r.message


def test_the_archived_flag_round_trips_and_old_files_load_without_it(supplier):
    plan, set_name, _ = _with_set(supplier)
    archived = set_meso_set_archived(plan, set_name, True).plan
    again = plan_from_bytes(plan_to_bytes(archived))
    assert again.meso_sets[-1].archived is True
    data = json.loads(plan_to_bytes(plan))
    for s in data["meso_sets"]:
        s.pop("archived", None)  # a file written before the field existed
    old = plan_from_bytes(json.dumps(data).encode())
    assert [s.archived for s in old.meso_sets] == [False] * len(old.meso_sets)


def test_an_archived_set_is_never_the_latest_and_its_selection_moves(supplier):
    from meso_desk.model.documents.cards import latest_meso_set
    from meso_desk.model.edits.meso_set_edits import shown_selection

    plan, first, _ = _with_set(supplier)
    plan, second, names = _with_set(plan)
    assert latest_meso_set(plan).name == second
    put_away = set_meso_set_archived(plan, second, True).plan
    assert latest_meso_set(put_away).name == first
    assert shown_selection(put_away, names[0]) == put_away.meso_sets[-2].packages[0]
    assert shown_selection(put_away, "Their opening quote") == "Their opening quote"  # in no set
    every = set_meso_set_archived(put_away, first, True).plan
    assert latest_meso_set(every) is None
    kept = {n for s in every.meso_sets for n in s.packages}
    assert shown_selection(every, names[0]) not in kept
