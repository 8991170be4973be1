"""Text columns sharing a table's width (meso_desk.app.widgets.shared_columns.share_widths): all
whole when they fit, the last taking the rest; else the narrow ones whole and the wide ones an
equal share — never one squeezed to a letter by the names before it."""

from __future__ import annotations

from meso_desk.app.widgets.shared_columns import share_widths


def test_all_whole_when_they_fit_the_last_takes_the_rest():
    assert share_widths([100, 50, 80], 300, 90) == [100, 50, 150]


def test_the_narrow_ones_whole_the_wide_ones_an_equal_share():
    assert share_widths([260, 240, 330], 500, 90) == [166, 166, 166]
    assert share_widths([260, 60, 330], 500, 90) == [220, 60, 220]


def test_never_under_the_floor():
    assert share_widths([300, 300, 300], 120, 90) == [90, 90, 90]
    assert share_widths([40, 300], 60, 90) == [40, 90]
