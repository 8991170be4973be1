"""Where the row of cards scrolls to show a package (pure arithmetic)."""

from __future__ import annotations

from meso_desk.app.widgets.packages.reveal import reveal_value


def test_a_set_that_fits_is_shown_whole():
    # set 300..820 in a 600-wide view scrolled to 0: moved just enough for its right end
    assert reveal_value(0, 600, (300, 550), (300, 820), 8) == 828 - 600


def test_a_set_wider_than_the_view_is_shown_from_the_card_on():
    assert reveal_value(0, 520, (300, 552), (300, 1060), 6) == 294  # its card at the left edge
    assert reveal_value(900, 520, (560, 812), (300, 1060), 6) == 554  # a later card: from it on


def test_a_card_in_view_stays_put_and_a_lone_package_is_shown_whole():
    assert reveal_value(100, 600, (300, 552), (280, 600), 8) == 100
    assert reveal_value(0, 400, (500, 752), None, 8) == 360
    assert reveal_value(50, 400, (0, 252), None, 8) == 0  # never before the start
